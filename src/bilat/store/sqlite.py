"""SQLite store: the embedded default. Schema created and migrated by bilat itself."""
from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from bilat.errors import BilatError
from bilat.model import Document
from bilat.store.base import SearchHit
from bilat.store.sql import ENTITY_INSERT, EXTRACTION_TABLES, LINK_INSERT, SQLStore, delete_statements
from bilat.store.records import (DOCUMENT_COLUMNS, claim_rows, document_row, entity_row, event_rows, mention_rows,
                                 quote_rows, role_rows)

MIGRATIONS: tuple[str, ...] = (
    # 1: documents, near-duplicate bands, full-text index
    """
    CREATE TABLE documents (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE, source TEXT NOT NULL, title TEXT, language TEXT, agency TEXT, place TEXT,
        published TEXT, published_precision TEXT, year_inferred INTEGER NOT NULL, year_source TEXT,
        text TEXT NOT NULL, removed TEXT NOT NULL, duplicate_of TEXT, paragraphs TEXT NOT NULL,
        sentences TEXT NOT NULL, dateline TEXT, meta TEXT NOT NULL, removed_lines TEXT NOT NULL, raw TEXT NOT NULL,
        signature BLOB NOT NULL, ingested_at TEXT NOT NULL);
    CREATE TABLE document_bands (band INTEGER NOT NULL, hash INTEGER NOT NULL, document_seq INTEGER NOT NULL);
    CREATE INDEX document_bands_key ON document_bands(band, hash);
    CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, text, content='documents', content_rowid='seq', tokenize='unicode61 remove_diacritics 2');
    CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
    END;
    CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
    END;
    """ + EXTRACTION_TABLES,
)


class SQLiteStore(SQLStore):
    def _rows(self, sql: str, params=()) -> list[tuple]:
        return self.conn.execute(sql, params).fetchall()

    def __init__(self, path: str | Path):
        self.path = str(path)
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            migrate(self.conn)
        except sqlite3.DatabaseError as exc:
            raise BilatError(f"{self.path}: cannot open database ({exc})") from None

    def save_document(self, doc: Document, signature: bytes, bands: list[tuple[int, int]],
                      replace: bool = False) -> None:
        placeholders = ", ".join("?" for _ in DOCUMENT_COLUMNS)
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with transaction(self.conn):
            if replace:
                for statement in delete_statements():
                    self.conn.execute(statement, (doc.id,))
            cursor = self.conn.execute(
                f"INSERT INTO documents ({', '.join(DOCUMENT_COLUMNS)}, signature, ingested_at) "
                f"VALUES ({placeholders}, ?, ?)", document_row(doc) + (signature, now))
            self.conn.executemany("INSERT INTO document_bands (band, hash, document_seq) VALUES (?, ?, ?)",
                                  [(band, value, cursor.lastrowid) for band, value in bands])
            self.conn.executemany('INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', mention_rows(doc))
            self.conn.executemany('INSERT INTO roles VALUES (?, ?, ?, ?, ?, ?, ?)', role_rows(doc))
            self.conn.executemany('INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?)', quote_rows(doc))
            self.conn.executemany('INSERT INTO claims VALUES (?, ?, ?)', claim_rows(doc))
            self.conn.executemany('INSERT INTO events VALUES (?, ?, ?)', event_rows(doc))

    def replace_entities(self, entities, links) -> None:
        with transaction(self.conn):
            self.conn.execute("DELETE FROM entities")
            self.conn.execute("DELETE FROM entity_mentions")
            self.conn.executemany(ENTITY_INSERT, map(entity_row, entities))
            self.conn.executemany(LINK_INSERT,
                                  [(l.entity, l.document, l.start, l.end, l.text) for l in links])

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        sql = ("SELECT d.id, d.title, d.published, d.language, "
               "snippet(documents_fts, 1, '[', ']', ' … ', 12) FROM documents_fts "
               "JOIN documents d ON d.seq = documents_fts.rowid WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?")
        try:
            rows = self.conn.execute(sql, (query, limit)).fetchall()
        except sqlite3.OperationalError:
            rows = self.conn.execute(sql, (fts_phrase(query), limit)).fetchall()
        return [SearchHit(*row) for row in rows]

    def integrity_problems(self) -> list[str]:
        """What is inconsistent in the database (empty when all is well)."""
        problems = [row[0] for row in self.conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
        orphans = self.conn.execute(
            "SELECT COUNT(*) FROM document_bands WHERE document_seq NOT IN (SELECT seq FROM documents)").fetchone()[0]
        if orphans:
            problems.append(f"{orphans} near-duplicate bands without a document")
        incomplete = self.conn.execute(
            "SELECT COUNT(*) FROM documents d WHERE (SELECT COUNT(*) FROM document_bands b WHERE b.document_seq = d.seq) = 0"
        ).fetchone()[0]
        if incomplete:
            problems.append(f"{incomplete} documents without near-duplicate bands")
        try:
            self.conn.execute("INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError as exc:
            problems.append(f"full-text index: {exc}")
        return problems

    def close(self) -> None:
        self.conn.close()


class transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any exception (including KeyboardInterrupt)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def __enter__(self):
        self.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type, exc, tb):
        self.conn.execute("ROLLBACK" if exc_type else "COMMIT")
        return False


def migrate(conn: sqlite3.Connection) -> None:
    """Apply the migrations this database has not seen yet, each in its own transaction."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > len(MIGRATIONS):
        raise BilatError(f"database schema {version} is newer than this bilat ({len(MIGRATIONS)}); upgrade bilat")
    for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
        with transaction(conn):
            for statement in _statements(script):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (trigger bodies keep their inner semicolons)."""
    statements, buffer = [], []
    for line in script.strip().splitlines():
        buffer.append(line)
        joined = "\n".join(buffer).strip()
        if joined.endswith(";") and (not joined.upper().startswith("CREATE TRIGGER") or joined.upper().endswith("END;")):
            statements.append(joined)
            buffer = []
    return statements


def fts_phrase(query: str) -> str:
    """A query FTS5 accepts: each word quoted, so punctuation cannot break the syntax."""
    words = [w.replace('"', '""') for w in query.split()]
    return " ".join(f'"{w}"' for w in words) or '""'
