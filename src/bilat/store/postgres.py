"""PostgreSQL store for teams: the same interface and records as the SQLite store."""
from __future__ import annotations

from datetime import datetime, timezone

from bilat.errors import BilatError
from bilat.model import Document
from bilat.store.base import SearchHit
from bilat.store.sql import ENTITY_INSERT, EXTRACTION_TABLES, LINK_INSERT, SQLStore, delete_statements
from bilat.store.records import (DOCUMENT_COLUMNS, claim_rows, document_row, entity_row, event_rows, mention_rows,
                                 quote_rows, role_rows)

MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE documents (
        seq BIGSERIAL PRIMARY KEY,
        id TEXT NOT NULL UNIQUE, source TEXT NOT NULL, title TEXT, language TEXT, agency TEXT, place TEXT,
        published TEXT, published_precision TEXT, year_inferred INTEGER NOT NULL, year_source TEXT,
        text TEXT NOT NULL, removed TEXT NOT NULL, duplicate_of TEXT, paragraphs TEXT NOT NULL,
        sentences TEXT NOT NULL, dateline TEXT, meta TEXT NOT NULL, removed_lines TEXT NOT NULL, raw TEXT NOT NULL,
        signature BYTEA NOT NULL, ingested_at TEXT NOT NULL,
        search tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED);
    CREATE INDEX documents_search ON documents USING GIN (search);
    CREATE TABLE document_bands (band INTEGER NOT NULL, hash BIGINT NOT NULL,
        document_seq BIGINT NOT NULL REFERENCES documents(seq) ON DELETE CASCADE);
    CREATE INDEX document_bands_key ON document_bands(band, hash);
    """ + EXTRACTION_TABLES,
)


class PostgresStore(SQLStore):
    MARK = "%s"

    def _rows(self, sql: str, params=()) -> list[tuple]:
        return self.conn.execute(sql, params).fetchall()

    def __init__(self, url: str):
        try:
            import psycopg
        except ImportError:
            raise BilatError("PostgreSQL needs psycopg: pip install 'bilat[postgres]'") from None
        try:
            self.conn = psycopg.connect(url, autocommit=True)
        except psycopg.Error as exc:
            raise BilatError(f"cannot connect to PostgreSQL ({str(exc).strip().splitlines()[0]})") from None
        self._migrate()

    def _migrate(self) -> None:
        with self.conn.transaction():
            self.conn.execute("CREATE TABLE IF NOT EXISTS bilat_schema (version INTEGER NOT NULL)")
            self.conn.execute("LOCK TABLE bilat_schema")
            row = self.conn.execute("SELECT max(version) FROM bilat_schema").fetchone()
            version = row[0] or 0
            if version > len(MIGRATIONS):
                raise BilatError(f"database schema {version} is newer than this bilat; upgrade bilat")
            for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
                self.conn.execute(script)
                self.conn.execute("INSERT INTO bilat_schema VALUES (%s)", (number,))

    def save_document(self, doc: Document, signature: bytes, bands: list[tuple[int, int]],
                      replace: bool = False) -> None:
        placeholders = ", ".join("%s" for _ in DOCUMENT_COLUMNS)
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with self.conn.transaction(), self.conn.cursor() as cur:
            if replace:
                for statement in delete_statements():
                    cur.execute(self._sql(statement), (doc.id,))
            cur.execute(f"INSERT INTO documents ({', '.join(DOCUMENT_COLUMNS)}, signature, ingested_at) "
                        f"VALUES ({placeholders}, %s, %s) RETURNING seq", document_row(doc) + (signature, now))
            seq = cur.fetchone()[0]
            cur.executemany("INSERT INTO document_bands VALUES (%s, %s, %s)", [(b, h, seq) for b, h in bands])
            cur.executemany("INSERT INTO mentions VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)", mention_rows(doc))
            cur.executemany("INSERT INTO roles VALUES (%s, %s, %s, %s, %s, %s, %s)", role_rows(doc))
            cur.executemany("INSERT INTO quotes VALUES (%s, %s, %s, %s, %s, %s, %s, %s)", quote_rows(doc))
            cur.executemany("INSERT INTO claims VALUES (%s, %s, %s)", claim_rows(doc))
            cur.executemany("INSERT INTO events VALUES (%s, %s, %s)", event_rows(doc))

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        rows = self.conn.execute(
            "SELECT id, title, published, language, ts_headline('simple', text, q, 'StartSel=[,StopSel=],MaxWords=20') "
            "FROM documents, websearch_to_tsquery('simple', %s) q WHERE search @@ q "
            "ORDER BY ts_rank(search, q) DESC LIMIT %s", (query, limit)).fetchall()
        return [SearchHit(*row) for row in rows]

    def replace_entities(self, entities, links) -> None:
        with self.conn.transaction(), self.conn.cursor() as cur:
            cur.execute("DELETE FROM entities")
            cur.execute("DELETE FROM entity_mentions")
            cur.executemany(self._sql(ENTITY_INSERT), [entity_row(e) for e in entities])
            cur.executemany(self._sql(LINK_INSERT),
                            [(l.entity, l.document, l.start, l.end, l.text) for l in links])

    def close(self) -> None:
        self.conn.close()
