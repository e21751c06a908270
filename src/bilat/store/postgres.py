"""PostgreSQL store for teams: the same interface and records as the SQLite store."""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Iterator

from bilat.errors import BilatError
from bilat.model import Document, Mention, Quote, Role
from bilat.store.base import SearchHit, Store, entity_matches
from bilat.store.records import (DOCUMENT_COLUMNS, claim_rows, document_row, event_rows, entity_row, mention_rows, quote_rows, role_rows,
                                 row_claim, row_event,
                                 row_document,
                                 row_entity)

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
    CREATE TABLE mentions (document TEXT NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        type TEXT NOT NULL, text TEXT NOT NULL, normal TEXT NOT NULL, language TEXT, ref TEXT, PRIMARY KEY (document, idx));
    CREATE TABLE roles (document TEXT NOT NULL, mention INTEGER NOT NULL, title TEXT NOT NULL, "of" TEXT, "to" TEXT,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL);
    CREATE INDEX roles_document ON roles(document);
    CREATE TABLE claims (document TEXT NOT NULL, idx INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (document, idx));
    CREATE TABLE events (document TEXT NOT NULL, idx INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (document, idx));
    CREATE TABLE quotes (
        document TEXT NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        text TEXT NOT NULL, speaker INTEGER, speaker_text TEXT, attribution TEXT, PRIMARY KEY (document, idx));
    CREATE TABLE entities (id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL, names TEXT NOT NULL,
        aliases TEXT NOT NULL, code TEXT, roles TEXT NOT NULL, documents TEXT NOT NULL);
    CREATE TABLE entity_mentions (entity TEXT NOT NULL, document TEXT NOT NULL, start INTEGER NOT NULL,
        "end" INTEGER NOT NULL, text TEXT NOT NULL);
    CREATE INDEX entity_mentions_entity ON entity_mentions(entity);
    """,
)
SELECT_DOCUMENT = f"SELECT {', '.join(DOCUMENT_COLUMNS)} FROM documents"


class PostgresStore(Store):
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

    def has_document(self, doc_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE id = %s", (doc_id,)).fetchone() is not None

    def save_document(self, doc: Document, signature: bytes, bands: list[tuple[int, int]]) -> None:
        placeholders = ", ".join("%s" for _ in DOCUMENT_COLUMNS)
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with self.conn.transaction(), self.conn.cursor() as cur:
            cur.execute(f"INSERT INTO documents ({', '.join(DOCUMENT_COLUMNS)}, signature, ingested_at) "
                        f"VALUES ({placeholders}, %s, %s) RETURNING seq", document_row(doc) + (signature, now))
            seq = cur.fetchone()[0]
            cur.executemany("INSERT INTO document_bands VALUES (%s, %s, %s)", [(b, h, seq) for b, h in bands])
            cur.executemany("INSERT INTO mentions VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)", mention_rows(doc))
            cur.executemany("INSERT INTO roles VALUES (%s, %s, %s, %s, %s, %s, %s)", role_rows(doc))
            cur.executemany("INSERT INTO quotes VALUES (%s, %s, %s, %s, %s, %s, %s, %s)", quote_rows(doc))
            cur.executemany("INSERT INTO claims VALUES (%s, %s, %s)", claim_rows(doc))
            cur.executemany("INSERT INTO events VALUES (%s, %s, %s)", event_rows(doc))

    def duplicate_candidates(self, bands: list[tuple[int, int]]) -> list[tuple[str, bytes, str | None]]:
        if not bands:
            return []
        condition = " OR ".join("(b.band = %s AND b.hash = %s)" for _ in bands)
        params = [value for pair in bands for value in pair]
        rows = self.conn.execute(
            f"SELECT DISTINCT d.seq, d.id, d.signature, d.duplicate_of FROM document_bands b "
            f"JOIN documents d ON d.seq = b.document_seq WHERE {condition} ORDER BY d.seq", params).fetchall()
        return [(doc_id, bytes(signature), duplicate_of) for _seq, doc_id, signature, duplicate_of in rows]

    def get_document(self, doc_id: str) -> Document | None:
        row = self.conn.execute(f"{SELECT_DOCUMENT} WHERE id = %s", (doc_id,)).fetchone()
        return self._with_extractions(row_document(row)) if row else None

    def iter_documents(self) -> Iterator[Document]:
        for row in self.conn.execute(f"{SELECT_DOCUMENT} ORDER BY seq").fetchall():
            yield self._with_extractions(row_document(row))

    def _with_extractions(self, doc: Document) -> Document:
        mentions = self.conn.execute('SELECT start, "end", type, text, normal, language, ref FROM mentions '
                                     "WHERE document = %s ORDER BY idx", (doc.id,)).fetchall()
        roles = self.conn.execute('SELECT mention, title, "of", "to", start, "end" FROM roles WHERE document = %s',
                                  (doc.id,)).fetchall()
        quotes = self.conn.execute('SELECT start, "end", text, speaker, speaker_text, attribution FROM quotes '
                                   "WHERE document = %s ORDER BY idx", (doc.id,)).fetchall()
        claims = self.conn.execute("SELECT data FROM claims WHERE document = %s ORDER BY idx", (doc.id,)).fetchall()
        events = self.conn.execute("SELECT data FROM events WHERE document = %s ORDER BY idx", (doc.id,)).fetchall()
        return doc.evolve(mentions=tuple(Mention(*m) for m in mentions), roles=tuple(Role(*r) for r in roles),
                          quotes=tuple(Quote(*q) for q in quotes), claims=tuple(row_claim(c[0]) for c in claims),
                          events=tuple(row_event(e[0]) for e in events))

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        rows = self.conn.execute(
            "SELECT id, title, published, language, ts_headline('simple', text, q, 'StartSel=[,StopSel=],MaxWords=20') "
            "FROM documents, websearch_to_tsquery('simple', %s) q WHERE search @@ q "
            "ORDER BY ts_rank(search, q) DESC LIMIT %s", (query, limit)).fetchall()
        return [SearchHit(*row) for row in rows]

    def count_documents(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]

    def replace_entities(self, entities, links) -> None:
        with self.conn.transaction(), self.conn.cursor() as cur:
            cur.execute("DELETE FROM entities")
            cur.execute("DELETE FROM entity_mentions")
            cur.executemany("INSERT INTO entities VALUES (%s, %s, %s, %s, %s, %s, %s, %s)", [entity_row(e) for e in entities])
            cur.executemany("INSERT INTO entity_mentions VALUES (%s, %s, %s, %s, %s)",
                            [(l.entity, l.document, l.start, l.end, l.text) for l in links])

    def iter_entities(self, type_: str | None = None, query: str | None = None) -> Iterator[dict]:
        sql, params = "SELECT id, type, name, names, aliases, code, roles, documents FROM entities", []
        if type_:
            sql += " WHERE type = %s"
            params.append(type_)
        for row in self.conn.execute(sql + " ORDER BY type, name", params).fetchall():
            entity = row_entity(row)
            if query is None or entity_matches(entity, query):
                yield entity

    def iter_entity_mentions(self, entity_id: str | None = None) -> Iterator[tuple]:
        sql = 'SELECT entity, document, start, "end", text FROM entity_mentions'
        if entity_id:
            yield from self.conn.execute(sql + " WHERE entity = %s ORDER BY document, start", (entity_id,)).fetchall()
        else:
            yield from self.conn.execute(sql + " ORDER BY entity, document, start").fetchall()

    def close(self) -> None:
        self.conn.close()
