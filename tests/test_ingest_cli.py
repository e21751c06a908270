"""`bilat ingest`, `search` and `export` on the command line, including bad input."""
from __future__ import annotations

import csv
import io
import json
import random
from pathlib import Path

import pytest

from bilat.decode import decode
from bilat.errors import InputError
from bilat.export import DOCUMENT_FIELDS
from bilat.reader import document_id
from conftest import document_rows, error_lines, export_jsonl, invoke, summary_line

GOOD = {
    "de": "MINSK, 3. Mai (BelTA) – Belarus und Kasachstan haben ein Abkommen über die Lieferung von 400 "
          "Mähdreschern unterzeichnet. Das teilte das Landwirtschaftsministerium in Minsk mit.\n"
          "Die ersten Maschinen sollen im Sommer nach Kostanai gehen, sagte der Minister vor Journalisten.",
    "ru": "МИНСК, 9 мар — Sputnik. Беларусь и Узбекистан договорились о совместном выпуске лифтов в Ташкенте. "
          "Об этом сообщили в министерстве промышленности.\n"
          "Первые лифты будут собраны уже осенью, заявил заместитель министра журналистам.",
    "en": "ASTANA, Nov 5 (Kazinform) - Kazakhstan and Belarus agreed to build a dairy plant near Pavlodar, "
          "the agriculture ministry said on Tuesday.\n"
          "The plant will process 300 tonnes of milk a day and is due to open next year, officials said.",
}
FIELDS = set(DOCUMENT_FIELDS)
UNDECODABLE = bytes(range(0x80, 0x100)) * 3  # every high byte: no legacy code page reads this as text


def write(directory: Path, name: str, content: str | bytes) -> Path:
    path = directory / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def ingest(*args, **kwargs):
    return invoke(["ingest", "--quiet", *args], **kwargs)


@pytest.fixture
def good_dir(tmp_path) -> Path:
    directory = tmp_path / "good"
    for code, text in GOOD.items():
        write(directory, f"{code}.txt", text)
    return directory


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "store.db"


# --- bad input -------------------------------------------------------------------------------------

def test_undecodable_bytes_really_are_undecodable():
    with pytest.raises(InputError, match="undecodable"):
        decode(UNDECODABLE, "x")


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_random_high_bytes_are_not_text(seed):
    noise = bytes(random.Random(seed).randrange(0x80, 0x100) for _ in range(400))
    with pytest.raises(InputError):
        decode(noise, "noise.txt")


def bad_batch(directory: Path) -> dict[str, str]:
    """Write one file of each kind of bad input; returns {source as reported: reason keyword}."""
    write(directory, "good.txt", GOOD["en"].replace("dairy plant", "glass factory"))
    png = write(directory, "picture.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(64))
    empty = write(directory, "empty.txt", b"")
    blank = write(directory, "blank.txt", b"  \n\n \t\n")
    high = write(directory, "noise.txt", UNDECODABLE)
    nul = write(directory, "nul.txt", b"MINSK, 3 May (BelTA) - text\x00with\x00nuls\x00inside")
    page = write(directory, "nobody.html", "<!DOCTYPE html><html><head><title>Only a title</title></head>"
                                           "<body><script>var a = 1;</script></body></html>")
    records = [json.dumps({"url": "https://example.org/a", "text": GOOD["ru"]}, ensure_ascii=False),
               '{"text": broken',
               json.dumps({"text": GOOD["de"].replace("Mähdreschern", "Traktoren"), "language": "de"},
                          ensure_ascii=False),
               json.dumps(["not", "an", "object"]),
               json.dumps({"title": "no text here"})]
    jsonl = write(directory, "feed.jsonl", "\n".join(records) + "\n")
    big = write(directory, "big.txt", GOOD["en"] + "\n" + "More words about trade and tractors. " * 60)
    return {str(png): "binary", str(empty): "empty", str(blank): "empty", str(high): "undecodable",
            str(nul): "binary", str(page): "no body text", f"{jsonl}:2": "malformed JSON",
            f"{jsonl}:4": "not an object", f"{jsonl}:5": "no 'text'", str(big): "limit"}


def test_bad_input_one_error_line_each_and_the_run_goes_on(tmp_path, db):
    expected = bad_batch(tmp_path / "batch")
    result = ingest(tmp_path / "batch", "--db", db, "--max-size", "1KB")
    assert result.exit_code == 1
    errors = error_lines(result)
    assert len(errors) == len(expected), result.stderr
    for source, reason in expected.items():
        matching = [line for line in errors if line.startswith(f"error: {source}: ")]
        assert len(matching) == 1, (source, errors)
        assert reason.lower() in matching[0].lower(), matching[0]
    assert "Traceback" not in result.output
    failed = len(expected)
    assert summary_line(result) == f"read {failed + 3}, stored 3, unchanged 0, duplicates 0, failed {failed}"
    sources = {record["source"] for record in export_jsonl(db) if record["kind"] == "document"}
    assert sources == {str(tmp_path / "batch" / "good.txt"), "https://example.org/a",
                       f"{tmp_path / 'batch' / 'feed.jsonl'}:3"}


def test_missing_path_is_an_error_line(tmp_path, db, good_dir):
    result = ingest(tmp_path / "nowhere.txt", good_dir, "--db", db)
    assert result.exit_code == 1
    assert error_lines(result) == [f"error: {tmp_path / 'nowhere.txt'}: no such file or directory"]
    assert summary_line(result) == "read 4, stored 3, unchanged 0, duplicates 0, failed 1"


def test_bad_batch_leaves_stored_documents_untouched(tmp_path, db, good_dir):
    assert ingest(good_dir, "--db", db).exit_code == 0
    before = document_rows(db)
    bad_batch(tmp_path / "batch")
    assert ingest(tmp_path / "batch", "--db", db, "--max-size", "1KB").exit_code == 1
    after = document_rows(db)
    assert after[:len(before)] == before
    assert len(after) == len(before) + 3


@pytest.mark.parametrize("name, content", [
    ("nav.html", "<html><head><title>x</title></head><body><nav>Home</nav></body></html>"),
    ("furniture.txt", "Archivfoto\nAlle Nachrichten\n"),
])
def test_input_with_only_furniture_is_an_error(tmp_path, db, name, content):
    path = write(tmp_path, name, content)
    result = ingest(path, "--db", db)
    assert result.exit_code == 1
    assert len(error_lines(result)) == 1 and str(path) in error_lines(result)[0]
    assert summary_line(result) == "read 1, stored 0, unchanged 0, duplicates 0, failed 1"


def test_size_limit_accepts_units(tmp_path, db, good_dir):
    assert ingest(good_dir, "--db", db, "--max-size", "0.5 kb").exit_code == 0
    result = ingest(good_dir, "--db", db, "--max-size", "lots")
    assert result.exit_code == 2 and "Traceback" not in result.output


def test_success_exits_zero_with_summary(db, good_dir):
    result = ingest(good_dir, "--db", db)
    assert result.exit_code == 0, result.output
    assert error_lines(result) == []
    assert summary_line(result) == "read 3, stored 3, unchanged 0, duplicates 0, failed 0"
    assert result.stdout == ""


def test_reference_date_option(db, good_dir):
    result = ingest(good_dir / "ru.txt", "--db", db, "--reference-date", "2026-01-10")
    assert result.exit_code == 0
    [record] = [r for r in export_jsonl(db) if r["kind"] == "document"]
    assert (record["published"], record["year_source"], record["year_inferred"]) == ("2025-03-09", "reference-date", True)
    bad = ingest(good_dir / "en.txt", "--db", db, "--reference-date", "22.11.2026")
    assert bad.exit_code == 2 and "Traceback" not in bad.output


def test_without_reference_date_no_year_is_invented(db, good_dir):
    ingest(good_dir, "--db", db)
    published = {r["language"]: r["published"] for r in export_jsonl(db) if r["kind"] == "document"}
    assert published == {"de": "--05-03", "ru": "--03-09", "en": "--11-05"}


# --- re-ingest and stable ids --------------------------------------------------------------------

def test_reingesting_the_same_bytes_changes_nothing(tmp_path, db, good_dir):
    ingest(good_dir, "--db", db)
    first = document_rows(db)
    result = ingest(good_dir, "--db", db)
    assert result.exit_code == 0
    assert summary_line(result) == "read 3, stored 0, unchanged 3, duplicates 0, failed 0"
    assert document_rows(db) == first
    copy = write(tmp_path / "elsewhere", "renamed.txt", (good_dir / "de.txt").read_bytes())
    result = ingest(copy, "--db", db)
    assert summary_line(result) == "read 1, stored 0, unchanged 1, duplicates 0, failed 0"
    assert document_rows(db) == first


def test_same_bytes_same_id_in_two_databases(tmp_path, good_dir):
    ingest(good_dir, "--db", tmp_path / "one.db")
    ingest(good_dir, "--db", tmp_path / "two.db")
    one = {r["source"]: r["id"] for r in export_jsonl(tmp_path / "one.db") if r["kind"] == "document"}
    two = {r["source"]: r["id"] for r in export_jsonl(tmp_path / "two.db") if r["kind"] == "document"}
    assert one == two and len(one) == 3
    for source, doc_id in one.items():
        assert doc_id == document_id(Path(source).read_bytes())


# --- stdin, --db, $BILAT_DB ------------------------------------------------------------------------

def test_dash_reads_stdin(db):
    result = ingest("-", "--db", db, input=GOOD["ru"].encode("utf-8"))
    assert result.exit_code == 0, result.output
    [record] = [r for r in export_jsonl(db) if r["kind"] == "document"]
    assert record["source"] == "<stdin>"
    assert record["id"] == document_id(GOOD["ru"].encode("utf-8"))
    assert (record["language"], record["place"], record["agency"]) == ("ru", "Minsk", "Sputnik")


def test_empty_stdin_is_an_error(db):
    result = ingest("-", "--db", db, input=b"")
    assert result.exit_code == 1
    assert error_lines(result) == ["error: <stdin>: empty input"]


def test_bilat_db_environment_variable(tmp_path, good_dir):
    env_db = tmp_path / "from-env.db"
    result = ingest(good_dir, env={"BILAT_DB": str(env_db)})
    assert result.exit_code == 0
    assert len(document_rows(env_db)) == 3
    assert not (tmp_path / "bilat.db").exists()
    hits = invoke(["search", "Ташкенте"], env={"BILAT_DB": str(env_db)})
    assert hits.exit_code == 0 and "doc-" in hits.stdout


def test_db_option_beats_environment(tmp_path, good_dir):
    option_db, env_db = tmp_path / "option.db", tmp_path / "env.db"
    assert ingest(good_dir, "--db", option_db, env={"BILAT_DB": str(env_db)}).exit_code == 0
    assert len(document_rows(option_db)) == 3
    assert not env_db.exists()


def test_default_database_in_working_directory(tmp_path, good_dir):
    assert ingest(good_dir).exit_code == 0  # conftest runs every test inside tmp_path
    assert len(document_rows(tmp_path / "bilat.db")) == 3


def test_unsupported_database_url_is_one_clean_line(good_dir):
    result = ingest(good_dir, "--db", "mysql://localhost/x")
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith("error: ") and "Traceback" not in result.output


def test_corrupt_database_is_one_clean_line(tmp_path, good_dir):
    broken = write(tmp_path, "broken.db", b"this is not a database at all" * 100)
    result = ingest(good_dir, "--db", broken)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {broken}") and "Traceback" not in result.output


# --- search ------------------------------------------------------------------------------------------

@pytest.fixture
def searchable(db, good_dir) -> Path:
    assert ingest(good_dir, "--db", db).exit_code == 0
    return db


def ids_in(output: str) -> set[str]:
    return {line.split()[0] for line in output.splitlines() if line.startswith("doc-")}


@pytest.mark.parametrize("query, code", [
    ("Узбекистан", "ru"), ("лифтов", "ru"), ("Mähdreschern", "de"), ("Landwirtschaftsministerium", "de"),
    ("Pavlodar", "en"), ("pavlodar", "en"),
])
def test_search_finds_a_word(searchable, good_dir, query, code):
    result = invoke(["search", query, "--db", searchable])
    assert result.exit_code == 0
    assert ids_in(result.stdout) == {document_id((good_dir / f"{code}.txt").read_bytes())}


def test_search_without_match(searchable):
    result = invoke(["search", "Quantencomputer", "--db", searchable])
    assert result.exit_code == 0
    assert result.stdout.strip() == "no documents match"


@pytest.mark.parametrize("query", ['"unbalanced', "AND OR (", "NEAR(", "*", "-", "title:", "'", ")", "",
                                   'Минск" OR "', "a AND", "^x"])
def test_search_with_query_syntax_characters_does_not_crash(searchable, query):
    result = invoke(["search", query, "--db", searchable])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output and "error" not in result.output.lower()


def test_search_limit(searchable):
    result = invoke(["search", "OR", "--db", searchable, "--limit", "1"])
    assert result.exit_code == 0
    assert len(ids_in(result.stdout)) <= 1


# --- export --------------------------------------------------------------------------------------------

def no_empty_strings(value) -> bool:
    if isinstance(value, dict):
        return all(no_empty_strings(v) for v in value.values())
    if isinstance(value, list):
        return all(no_empty_strings(v) for v in value)
    return value != ""


def test_export_jsonl_documents_follow_the_contract(searchable):
    result = invoke(["export", "--db", searchable, "--kind", "document"])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 3
    for record in records:
        assert record["kind"] == "document" and record["schema"] == 1
        assert set(record) == FIELDS | {"kind", "schema"}
        assert no_empty_strings(record)
        assert set(record["removed"]) == {"boilerplate_lines", "repeated_blocks"}
        assert isinstance(record["year_inferred"], bool)


def test_export_without_kind_marks_every_line(searchable):
    records = export_jsonl(searchable)
    assert all(r["schema"] == 1 and isinstance(r["kind"], str) for r in records)
    documents = [r for r in records if r["kind"] == "document"]
    assert len(documents) == 3 and all(set(r) == FIELDS | {"kind", "schema"} for r in documents)
    assert all(no_empty_strings(r) for r in records)


def test_export_csv_documents(searchable, tmp_path):
    result = invoke(["export", "--db", searchable, "--format", "csv", "--kind", "document"])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 3
    assert set(rows[0]) == FIELDS | {"kind", "schema"}
    assert {row["language"] for row in rows} == {"de", "ru", "en"}
    assert all(json.loads(row["removed"]).keys() == {"boilerplate_lines", "repeated_blocks"} for row in rows)


def test_export_to_file(searchable, tmp_path):
    out = tmp_path / "docs.jsonl"
    result = invoke(["export", "--db", searchable, "--kind", "document", "-o", out])
    assert result.exit_code == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3
    assert f"wrote 3 records to {out}" in result.stderr


def test_export_csv_without_kind_is_one_clean_line(searchable):
    result = invoke(["export", "--db", searchable, "--format", "csv"])
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "--kind" in lines[0]


def test_export_unknown_kind_is_one_clean_line(searchable):
    result = invoke(["export", "--db", searchable, "--kind", "gossip"])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "gossip" in lines[0]


def test_show_and_summary(searchable, good_dir):
    doc_id = document_id((good_dir / "en.txt").read_bytes())
    result = invoke(["show", doc_id, "--db", searchable])
    assert result.exit_code == 0 and "Pavlodar" in result.stdout
    missing = invoke(["show", "doc-0000000000000000", "--db", searchable])
    assert missing.exit_code == 1 and missing.stderr.startswith("error: doc-0000000000000000")
    overview = invoke(["summary", "--db", searchable])
    assert overview.exit_code == 0 and "3 documents" in overview.stdout
