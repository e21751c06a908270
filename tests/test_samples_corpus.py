"""Properties of the bundled sample corpus in samples/ (the data, not the pipeline).

samples/EXPECTED.json describes every document; these tests check that the
files really have the properties the pipeline tests rely on (encodings,
page furniture, repeated block, near-duplicate, contradiction, ...), and
that no sample text was copied from the seed articles in ../shared/seeds.
"""
import html
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES_DIR = ROOT / "samples"
SAMPLES = SAMPLES_DIR / "articles"
SEEDS = Path(__file__).parent.parent.parent / "shared" / "seeds"
META_FILES = {"README.md", "EXPECTED.json"}
EXPECTED = json.loads((SAMPLES_DIR / "EXPECTED.json").read_text(encoding="utf-8"))
ENCODING = {row["file"]: row["encoding"] for row in EXPECTED}
LANGUAGES = {"de", "ru", "en", "kk", "be"}
JSONL_FIELDS = {"text", "html", "url", "title", "published", "language"}
EXONYMS = {"MINSK": "Minsk", "МИНСК": "Minsk", "МІНСК": "Minsk",
           "ASTANA": "Astana", "АСТАНА": "Astana",
           "TASHKENT": "Tashkent", "ТАШКЕНТ": "Tashkent"}
AGENCY_FORMS = {"BelTA": ("(BelTA)", "(БЕЛТА)"), "Sputnik": ("Sputnik.",),
                "Kazinform": ("(Kazinform)",), "Steppe Post": ("(Steppe Post)",)}
DATELINE = re.compile(r"^([A-ZА-ЯЁІЎ]{4,}), (\d{1,2}\.? \w+|\w+ \d{1,2})\b", re.M)
SEED_WINDOW = 60


def read_text(name):
    """Decode a sample file strictly in its declared encoding."""
    return (SAMPLES / name).read_bytes().decode(ENCODING[name])


def jsonl_records(name):
    return [json.loads(line) for line in read_text(name).splitlines() if line.strip()]


def raw_document(row):
    """The text or HTML of one document (a file, or one record of a .jsonl file)."""
    if row["record"] is None:
        return read_text(row["file"])
    record = jsonl_records(row["file"])[row["record"] - 1]
    return record.get("text") or record["html"]


def visible_text(raw):
    """Strip tags (keeping only <article> when there is one) and normalise spaces."""
    if "<html" in raw:
        article = re.search(r"<article>(.*?)</article>", raw, re.S)
        raw = article.group(1) if article else raw
        raw = html.unescape(re.sub(r"<[^>]+>", "\n", raw))
    return raw.replace("\u00a0", " ").replace("\u00ad", "").replace("\r\n", "\n")


def body_words(text):
    """Words of the unique lines that look like prose (menus and repeats dropped)."""
    lines = dict.fromkeys(line.strip() for line in text.splitlines())
    return [w for line in lines if len(line.split()) >= 4 for w in line.split()]


def shingles(text, size=3):
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + size]) for i in range(len(words) - size + 1)}


def jaccard(a, b):
    return len(a & b) / len(a | b)


def row_for(prefix):
    return next(row for row in EXPECTED if row["file"].startswith(prefix))


def normalise(text):
    text = text.replace("\u00a0", " ").replace("\u00ad", "")
    return re.sub(r"\s+", " ", text)


DOC_IDS = [f"{row['file']}#{row['record']}" if row["record"] else row["file"]
           for row in EXPECTED]


def test_every_file_is_described_in_expected_and_readme():
    on_disk = {p.name for p in SAMPLES.iterdir() if p.is_file()} - META_FILES
    assert on_disk == set(ENCODING)
    readme = (SAMPLES_DIR / "README.md").read_text(encoding="utf-8")
    assert all(name in readme for name in on_disk)
    assert "CC0" in readme


def test_expected_rows_are_well_formed():
    files = set(ENCODING)
    for row in EXPECTED:
        assert row["language"] in LANGUAGES
        assert re.fullmatch(r"(\d{4}|-)-\d{2}-\d{2}", row["published"])
        assert row["place"] in EXONYMS.values()
        assert row["duplicate_of_file"] in files | {None}
        assert row["title"] is None or row["title"] == row["title"].strip()
    assert sum(row["duplicate_of_file"] is not None for row in EXPECTED) == 1


@pytest.mark.parametrize("name", sorted(ENCODING))
def test_file_decodes_in_declared_encoding(name):
    data = (SAMPLES / name).read_bytes()
    text = data.decode(ENCODING[name])
    assert "\ufffd" not in text
    if ENCODING[name] == "utf-8":
        assert not data.startswith(b"\xef\xbb\xbf")


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r", "utf-16"])
def test_legacy_encoded_files_are_not_utf8(encoding):
    names = [name for name, enc in ENCODING.items() if enc == encoding]
    assert names, f"no {encoding} sample"
    for name in names:
        with pytest.raises(UnicodeDecodeError):
            (SAMPLES / name).read_bytes().decode("utf-8")


def test_utf16_file_starts_with_bom():
    (name,) = [n for n, enc in ENCODING.items() if enc == "utf-16"]
    assert (SAMPLES / name).read_bytes()[:2] in (b"\xff\xfe", b"\xfe\xff")


def test_cp1251_file_has_windows_line_ends_and_cyrillic():
    (name,) = [n for n, enc in ENCODING.items() if enc == "cp1251"]
    text = read_text(name)
    assert "\r\n" in text and re.search("[А-Яа-я]{5}", text)
    assert (SAMPLES / name).read_bytes().decode("koi8-r") != text


def test_jsonl_records_parse_and_use_known_fields():
    (name,) = [n for n in ENCODING if n.endswith(".jsonl")]
    records = jsonl_records(name)
    assert len(records) == 3
    assert all(set(r) <= JSONL_FIELDS and ("text" in r or "html" in r) for r in records)
    assert sum("html" in r for r in records) == 1
    dated = [r["published"] for r in records if "published" in r]
    assert dated and all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) for d in dated)


def test_html_page_has_article_structure_and_published_time():
    row = next(r for r in EXPECTED if r["file"].endswith(".html"))
    page = read_text(row["file"])
    for tag in ("<nav", "<header", "<article", "<h1", "<footer", "<p>"):
        assert tag in page
    meta = re.search(r'property="article:published_time" content="([^"]+)"', page)
    assert meta and meta.group(1).startswith(row["published"])
    assert re.search(r"<h1>(.*?)</h1>", page).group(1) == row["title"]


@pytest.mark.parametrize("row", EXPECTED, ids=DOC_IDS)
def test_article_body_has_120_to_400_words(row):
    assert 120 <= len(body_words(visible_text(raw_document(row)))) <= 400


@pytest.mark.parametrize("row", EXPECTED, ids=DOC_IDS)
def test_dateline_names_expected_place_and_agency(row):
    text = visible_text(raw_document(row))
    match = DATELINE.search(text)
    assert match, "no dateline"
    assert EXONYMS[match.group(1)] == row["place"]
    line = text[match.start():text.find("\n", match.start())]
    assert any(form in line for form in AGENCY_FORMS[row["agency"]])


@pytest.mark.parametrize("row", EXPECTED, ids=DOC_IDS)
def test_title_and_year_are_written_in_the_document(row):
    raw = raw_document(row)
    record = jsonl_records(row["file"])[row["record"] - 1] if row["record"] else {}
    if row["title"]:
        assert row["title"] in (record.get("title"), *visible_text(raw).splitlines())
    year = row["published"][:4]
    if not year.startswith("-"):
        assert year in raw or record.get("published", "").startswith(year)


@pytest.mark.parametrize("row", EXPECTED, ids=DOC_IDS)
def test_language_identifier_agrees_with_declared_language(row):
    langid = pytest.importorskip("py3langid")
    text = " ".join(body_words(visible_text(raw_document(row))))
    assert langid.classify(text)[0] == row["language"]


def test_german_page_has_menu_timestamp_and_footer():
    lines = read_text(row_for("02_")["file"]).splitlines()
    for furniture in ("Startseite", "Politik", "Wirtschaft", "Archivfoto",
                      "Abonnieren Sie uns auf"):
        assert furniture in lines
    assert any(re.fullmatch(r"\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}", line) for line in lines)


def test_repeated_block_article_contains_its_body_twice():
    text = read_text(row_for("03_")["file"])
    title, _, body = text.partition("\n\n")
    half = len(body) // 2
    assert body[:half].strip() == body[half:].strip() and len(body) > 500


def test_russian_typography_sample_has_nbsp_soft_hyphen_and_source_line():
    text = read_text(row_for("04_")["file"])
    assert "1\u00a0200" in text and "в\u00a0" in text
    assert text.count("\u00ad") >= 3
    assert re.search(r"^Источник: \S+", text, re.M)


def test_mixed_page_has_exactly_one_english_paragraph():
    text = read_text(row_for("12_")["file"])
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    latin = [p for p in paragraphs if len(re.findall("[A-Za-z]", p)) > len(p) / 2]
    assert len(latin) == 1 and len(paragraphs) >= 5


def test_quote_styles_and_a_quote_spanning_two_paragraphs():
    corpus = "".join(raw_document(row) for row in EXPECTED)
    for opening, closing in (("„", "“"), ("«", "»"), ("“", "”"), ('"', '"')):
        assert re.search(re.escape(opening) + r"[^\n]{20,}" + re.escape(closing), corpus)
    paragraphs = read_text(row_for("09_")["file"]).split("\n\n")
    assert any(p.startswith('"') and p.count('"') == 1 for p in paragraphs)


def test_only_the_declared_pair_is_a_near_duplicate():
    docs = {doc_id: shingles(visible_text(raw_document(row)))
            for doc_id, row in zip(DOC_IDS, EXPECTED)}
    dup = next(row for row in EXPECTED if row["duplicate_of_file"])
    pair = {dup["file"], dup["duplicate_of_file"]}
    ids = sorted(docs)
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            similarity = jaccard(docs[a], docs[b])
            if {a, b} == pair:
                assert similarity >= 0.8
            else:
                assert similarity < 0.2, (a, b, similarity)


def test_the_deliberate_turnover_contradiction_is_present():
    high = normalise(read_text(row_for("02_")["file"]))
    low = normalise(read_text(row_for("05_")["file"]))
    assert re.search(r"2024 die Marke von \$1,3 Mrd", high)
    assert re.search(r"2024 года товарооборот Беларуси и Казахстана составил около 0,9 млрд", low)


def _seed_windows():
    windows = set()
    for path in sorted(SEEDS.glob("*")):
        text = normalise(path.read_text(encoding="utf-8", errors="replace"))
        windows.update(text[i:i + SEED_WINDOW] for i in range(len(text) - SEED_WINDOW + 1))
    return windows


def test_no_sample_shares_60_characters_with_a_seed():
    if not SEEDS.is_dir() or not any(SEEDS.iterdir()):
        pytest.skip(f"seeds not available at {SEEDS}")
    windows = _seed_windows()
    texts = {name: read_text(name) for name in ENCODING}
    texts.update({doc_id: raw_document(row) for doc_id, row in zip(DOC_IDS, EXPECTED)})
    for name, text in texts.items():
        text = normalise(text)
        for i in range(len(text) - SEED_WINDOW + 1):
            assert text[i:i + SEED_WINDOW] not in windows, (name, text[i:i + SEED_WINDOW])
