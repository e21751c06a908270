"""`bilat ingest samples/articles` against samples/EXPECTED.json, plus decoding of legacy encodings."""
from __future__ import annotations

import json

import pytest

from bilat.decode import decode
from bilat.store.sqlite import SQLiteStore
from conftest import SAMPLES, SAMPLES_DIR

EXPECTED = json.loads((SAMPLES_DIR / "EXPECTED.json").read_text(encoding="utf-8"))
MOJIBAKE = set("ÐÑÃâ€ЃЌЉ”Ѕ") | {"\ufffd"}


def row_id(row) -> str:
    return row["file"] if row["record"] is None else f"{row['file']}#{row['record']}"


def expected_source(row) -> str:
    """Where the export says the document came from: the record's url, else path[:line]."""
    path = str(SAMPLES / row["file"])
    if row["record"] is None:
        return path
    lines = [line for line in (SAMPLES / row["file"]).read_text(encoding="utf-8").splitlines()]
    record = json.loads(lines[row["record"] - 1])
    return record.get("url") or f"{path}:{row['record']}"


def exported(samples_export, row) -> dict:
    matches = [r for r in samples_export if r["source"] == expected_source(row)]
    assert len(matches) == 1, f"{row_id(row)}: {[r['source'] for r in samples_export]}"
    return matches[0]


def test_every_sample_is_stored(samples_export):
    assert len(samples_export) == len(EXPECTED)
    assert len({r["id"] for r in samples_export}) == len(EXPECTED)


@pytest.mark.parametrize("row", EXPECTED, ids=row_id)
@pytest.mark.parametrize("field", ["language", "title", "place", "agency", "published"])
def test_sample_field(samples_export, row, field):
    assert exported(samples_export, row)[field] == row[field]


@pytest.mark.parametrize("row", EXPECTED, ids=row_id)
def test_sample_duplicate_of(samples_export, row):
    record = exported(samples_export, row)
    if row["duplicate_of_file"] is None:
        assert record["duplicate_of"] is None
    else:
        original = exported(samples_export, next(r for r in EXPECTED if r["file"] == row["duplicate_of_file"]))
        assert record["duplicate_of"] == original["id"]


@pytest.mark.parametrize("row", EXPECTED, ids=row_id)
def test_year_provenance_matches_published(samples_export, row):
    record = exported(samples_export, row)
    if record["published"].startswith("--"):
        assert record["year_source"] is None and record["year_inferred"] is False
    else:
        assert record["year_source"] in {"text", "metadata"}


def test_jsonl_sources_are_url_or_path_and_line(samples_export):
    sources = {r["source"] for r in samples_export}
    jsonl = str(SAMPLES / "11_mul_agency-export.jsonl")
    assert "https://example.org/en/news/by-uz-pharmaceutical-plant" in sources
    assert "https://example.org/ru/news/by-kz-container-train" in sources
    assert f"{jsonl}:3" in sources
    assert jsonl not in sources


def test_english_paragraph_in_russian_report(samples_db):
    with SQLiteStore(samples_db) as store:
        doc = next(d for d in store.iter_documents() if d.source.endswith("12_ru_by-uz-lifts-english-paragraph.txt"))
    assert doc.language == "ru"
    english = [p for p in doc.paragraphs if "joint venture" in doc.text[p.start:p.end]]
    assert len(english) == 1 and english[0].label == "en"
    others = [p.label for p in doc.paragraphs if p not in english]
    assert len(others) >= 4 and set(others) == {"ru"}


def test_paragraph_spans_cover_the_text(samples_db):
    with SQLiteStore(samples_db) as store:
        for doc in store.iter_documents():
            assert [doc.text[p.start:p.end] for p in doc.paragraphs] == doc.text.split("\n")


@pytest.mark.parametrize("name, encoding, word", [
    ("05_ru_by-kz-credentials-cp1251.txt", "cp1251", "Петрашко"),
    ("06_ru_kz-uz-trade-koi8r.txt", "koi8_r", "Узбекистан"),
    ("09_en_kz-uz-summit-utf16.txt", "utf-16", "Mirziyoyev"),
])
def test_legacy_encodings_decode_to_readable_text(name, encoding, word):
    data = (SAMPLES / name).read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    text, used = decode(data, name)
    assert text == data.decode(encoding)
    assert word in text
    assert used.replace("-", "_").lower() == encoding.replace("-", "_")


@pytest.mark.parametrize("name, words", [
    ("05_ru_by-kz-credentials-cp1251.txt", ["Петрашко", "Казахстана", "Токаеву"]),
    ("06_ru_kz-uz-trade-koi8r.txt", ["Узбекистан", "Рахимов", "долларов"]),
    ("09_en_kz-uz-summit-utf16.txt", ["Tokayev", "Tashkent", "water"]),
])
def test_legacy_encodings_in_stored_text(samples_db, name, words):
    with SQLiteStore(samples_db) as store:
        doc = next(d for d in store.iter_documents() if d.source.endswith(name))
    for word in words:
        assert word in doc.text
    assert not MOJIBAKE & set(doc.text)
    assert "\r" not in doc.text


def test_samples_store_is_consistent(samples_db):
    with SQLiteStore(samples_db) as store:
        assert store.integrity_problems() == []
        assert store.count_documents() == len(EXPECTED)
