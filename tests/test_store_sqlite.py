"""The SQLite store: migrations, all-or-nothing saves, round trips, integrity, search."""
from __future__ import annotations

import sqlite3

import pytest

from bilat.errors import BilatError
from bilat.resolve import neardup
from bilat.store import open_store, resolve_db
from bilat.store import sqlite as sqlite_store
from bilat.store.sqlite import SQLiteStore, fts_phrase
from conftest import run_text

TEXTS = [
    "MINSK, 3. Mai (BelTA) – Belarus und Kasachstan haben ein Abkommen über die Lieferung von Mähdreschern "
    "unterzeichnet. Das teilte das Ministerium mit.\nDie ersten Maschinen gehen im Sommer nach Kostanai.",
    "МИНСК, 9 мар — Sputnik. Беларусь и Узбекистан договорились о выпуске лифтов в Ташкенте. "
    "Об этом сообщили в министерстве.\nПервые лифты будут собраны осенью.",
]


def save(store, doc):
    signature = neardup.signature(doc.text)
    store.save_document(doc, neardup.to_bytes(signature), neardup.bands(signature))


@pytest.fixture
def doc():
    return run_text(TEXTS[0])


def test_schema_migrated_from_empty(tmp_path):
    path = tmp_path / "new.db"
    with SQLiteStore(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == len(sqlite_store.MIGRATIONS) == 1
        tables = {row[0] for row in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"documents", "document_bands", "documents_fts"} <= tables
        assert store.count_documents() == 0
        assert store.integrity_problems() == []


def test_reopening_does_not_migrate_again(tmp_path, doc, monkeypatch):
    path = tmp_path / "store.db"
    with SQLiteStore(path) as store:
        save(store, doc)
    calls = []
    monkeypatch.setattr(sqlite_store, "_statements", lambda script: calls.append(script) or [])
    with SQLiteStore(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert store.count_documents() == 1
    assert calls == []


def test_database_newer_than_bilat_is_refused(tmp_path):
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(BilatError, match="newer"):
        SQLiteStore(path)


class FailingExecutemany:
    """The store's connection, except that executemany (used after the INSERT into documents) raises."""

    def __init__(self, conn):
        self._conn = conn
        self.inserted_document = False

    def execute(self, sql, *args):
        if sql.lstrip().upper().startswith("INSERT INTO DOCUMENTS "):
            self.inserted_document = True
        return self._conn.execute(sql, *args)

    def executemany(self, sql, rows):
        raise sqlite3.OperationalError("disk I/O error (simulated)")

    def __getattr__(self, name):
        return getattr(self._conn, name)


def test_failed_save_leaves_nothing(tmp_path, doc, monkeypatch):
    with SQLiteStore(tmp_path / "store.db") as store:
        real = store.conn
        failing = FailingExecutemany(real)
        monkeypatch.setattr(store, "conn", failing)
        with pytest.raises(sqlite3.OperationalError):
            save(store, doc)
        assert failing.inserted_document
        monkeypatch.setattr(store, "conn", real)
        assert real.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 0
        assert real.execute("SELECT COUNT(*) FROM document_bands").fetchone()[0] == 0
        assert not store.has_document(doc.id)
        assert store.search("Mähdreschern") == []
        assert not real.in_transaction
        save(store, doc)  # the store is still usable
        assert store.count_documents() == 1
        assert store.integrity_problems() == []


def test_duplicate_id_is_refused_and_rolled_back(tmp_path, doc):
    with SQLiteStore(tmp_path / "store.db") as store:
        save(store, doc)
        with pytest.raises(sqlite3.IntegrityError):
            save(store, doc)
        assert store.count_documents() == 1
        assert store.conn.execute("SELECT COUNT(*) FROM document_bands").fetchone()[0] == len(neardup.bands(
            neardup.signature(doc.text)))
        assert store.integrity_problems() == []


def test_document_round_trip(tmp_path, doc):
    with SQLiteStore(tmp_path / "store.db") as store:
        save(store, doc)
        loaded = store.get_document(doc.id)
    for name in ("id", "source", "text", "title", "language", "dateline", "agency", "place", "published",
                 "published_precision", "year_inferred", "year_source", "removed", "removed_lines", "paragraphs",
                 "sentences", "duplicate_of", "meta"):
        assert getattr(loaded, name) == getattr(doc, name), name


def test_get_and_has_unknown_document(tmp_path):
    with SQLiteStore(tmp_path / "store.db") as store:
        assert store.get_document("doc-0000000000000000") is None
        assert store.has_document("doc-0000000000000000") is False


def test_iter_documents_in_stored_order(tmp_path):
    docs = [run_text(text) for text in TEXTS]
    with SQLiteStore(tmp_path / "store.db") as store:
        for d in docs:
            save(store, d)
        assert [d.id for d in store.iter_documents()] == [d.id for d in docs]


def test_search_and_integrity(tmp_path):
    with SQLiteStore(tmp_path / "store.db") as store:
        docs = [run_text(text) for text in TEXTS]
        for d in docs:
            save(store, d)
        assert [hit.id for hit in store.search("Узбекистан")] == [docs[1].id]
        assert [hit.id for hit in store.search("Mähdreschern")] == [docs[0].id]
        assert [hit.id for hit in store.search("mahdreschern")] == [docs[0].id]  # diacritics folded
        assert store.search('"unbalanced') == []
        assert store.search("AND OR (") == []
        hit = store.search("Ташкенте")[0]
        assert "[" in hit.snippet and hit.language == "ru"
        assert store.integrity_problems() == []


def test_integrity_problems_reports_missing_bands(tmp_path, doc):
    with SQLiteStore(tmp_path / "store.db") as store:
        save(store, doc)
        store.conn.execute("DELETE FROM document_bands")
        assert any("bands" in problem for problem in store.integrity_problems())


def test_duplicate_candidates_share_a_band(tmp_path):
    first, second = run_text(TEXTS[0]), run_text(TEXTS[0] + " ")
    with SQLiteStore(tmp_path / "store.db") as store:
        save(store, first)
        signature = neardup.signature(second.text)
        candidates = store.duplicate_candidates(neardup.bands(signature))
        assert [c[0] for c in candidates] == [first.id]
        assert neardup.find_original(signature, candidates) == first.id
        assert store.duplicate_candidates([]) == []


@pytest.mark.parametrize("query, expected", [
    ("Минск", '"Минск"'), ('say "hi"', '"say" """hi"""'), ("", '""'), ("a  b", '"a" "b"'),
])
def test_fts_phrase(query, expected):
    assert fts_phrase(query) == expected


def test_open_store_by_path_and_url(tmp_path, monkeypatch):
    with open_store(str(tmp_path / "a.db")) as store:
        assert isinstance(store, SQLiteStore)
    with open_store(f"sqlite:///{tmp_path / 'b.db'}") as store:
        assert store.path == str(tmp_path / "b.db")
    with pytest.raises(BilatError, match="unsupported"):
        open_store("mysql://localhost/x")
    monkeypatch.setenv("BILAT_DB", str(tmp_path / "env.db"))
    assert resolve_db(None) == str(tmp_path / "env.db")
    assert resolve_db("given.db") == "given.db"
    monkeypatch.delenv("BILAT_DB")
    assert resolve_db(None) == "bilat.db"


def test_not_a_database_is_a_clean_error(tmp_path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"junk" * 1000)
    with pytest.raises(BilatError, match="cannot open database"):
        SQLiteStore(path)


def test_samples_ingest_is_consistent(samples_db):
    with SQLiteStore(samples_db) as store:
        assert store.integrity_problems() == []


def test_a_failing_extraction_stage_is_reported_and_the_document_kept(tmp_path, monkeypatch):
    from bilat import pipeline
    from bilat.ingest import ingest
    from bilat.model import Context
    from bilat.store import open_store

    def broken(doc, ctx):
        raise ValueError("odd sentence")
    broken.__module__ = "bilat.stages.claims"
    stages = tuple(broken if s is pipeline.claims.run else s for s in pipeline.DOCUMENT_STAGES)
    monkeypatch.setattr(pipeline, "DOCUMENT_STAGES", stages)
    monkeypatch.setattr(pipeline, "EXTRACTION_STAGES", tuple(broken if s is pipeline.claims.run else s
                                                             for s in pipeline.EXTRACTION_STAGES))
    monkeypatch.setattr(pipeline.process, "__defaults__", (stages, None))
    source = tmp_path / "a.txt"
    source.write_text("MINSK, 3. März (BelTA) – Belarus und Kasachstan wollen den Handel auf $2 Mrd. steigern.",
                      encoding="utf-8")
    warnings = []
    with open_store(str(tmp_path / "w.db")) as store:
        summary = ingest([str(source)], store, Context(), on_warning=warnings.append)
        [doc] = list(store.iter_documents())
    assert summary.stored == 1 and summary.failed == 0
    assert doc.claims == () and doc.mentions                      # the other stages still ran
    assert len(warnings) == 1 and "claims stage skipped (ValueError: odd sentence)" in warnings[0]


def test_reprocess_replaces_extractions_and_applies_a_reference_date(tmp_path):
    from bilat.ingest import ingest
    from bilat.model import Context
    from bilat.store import open_store
    from conftest import invoke
    source = tmp_path / "a.txt"
    source.write_text("MINSK, 3. März (BelTA) – Igor Petraschko sagte, der Handel solle auf $2 Mrd. steigen.\n"
                      "Im Jahr 2024 lag er bei $1,1 Mrd.", encoding="utf-8")
    db = str(tmp_path / "r.db")
    with open_store(db) as store:
        ingest([str(source)], store, Context())
        before = {(c.value_min, c.modality) for c in next(store.iter_documents()).claims}
    result = invoke(["reprocess", "--db", db, "--reference-date", "2026-11-22"])
    assert result.exit_code == 0 and "reprocessed 1 documents" in result.stderr
    with open_store(db) as store:
        [doc] = list(store.iter_documents())
        assert doc.published == "2026-03-03" and doc.year_source == "reference-date"
        assert {(c.value_min, c.modality) for c in doc.claims} == before
        assert store.count_documents() == 1 and store.integrity_problems() == []
        assert [e["name"] for e in store.iter_entities("PER")] == ["Igor Petrashko"]
