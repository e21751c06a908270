"""What the SQL backends share: reads written once, with each backend's parameter marker.

A backend sets ``MARK`` (``?`` for SQLite, ``%s`` for psycopg) and implements
``_rows``; the queries below are written with ``?`` and translated.
"""
from __future__ import annotations

from typing import Iterator

from bilat.model import Document, Mention, Quote, Role
from bilat.store.base import Store, entity_matches
from bilat.store.records import DOCUMENT_COLUMNS, row_claim, row_document, row_entity, row_event

# What every backend stores beside its documents table (schema 1).
EXTRACTION_TABLES = """
    CREATE TABLE mentions (
        document TEXT NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        type TEXT NOT NULL, text TEXT NOT NULL, normal TEXT NOT NULL, language TEXT, ref TEXT,
        PRIMARY KEY (document, idx));
    CREATE TABLE roles (
        document TEXT NOT NULL, mention INTEGER NOT NULL, title TEXT NOT NULL, "of" TEXT, "to" TEXT,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL);
    CREATE INDEX roles_document ON roles(document);
    CREATE TABLE claims (document TEXT NOT NULL, idx INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (document, idx));
    CREATE TABLE events (document TEXT NOT NULL, idx INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (document, idx));
    CREATE TABLE quotes (
        document TEXT NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        text TEXT NOT NULL, speaker INTEGER, speaker_text TEXT, attribution TEXT, PRIMARY KEY (document, idx));
    CREATE TABLE entities (
        id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL, names TEXT NOT NULL, aliases TEXT NOT NULL,
        code TEXT, roles TEXT NOT NULL, documents TEXT NOT NULL);
    CREATE TABLE entity_mentions (
        entity TEXT NOT NULL, document TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL);
    CREATE INDEX entity_mentions_entity ON entity_mentions(entity);
    CREATE INDEX entity_mentions_document ON entity_mentions(document);
"""
PER_DOCUMENT_TABLES = ("mentions", "roles", "quotes", "claims", "events")


def delete_statements() -> list[str]:
    """Statements (one ``?`` for the document id) that remove a document and what was extracted from it."""
    return ["DELETE FROM document_bands WHERE document_seq IN (SELECT seq FROM documents WHERE id = ?)",
            *[f"DELETE FROM {table} WHERE document = ?" for table in PER_DOCUMENT_TABLES],
            "DELETE FROM documents WHERE id = ?"]


SELECT_DOCUMENT = f"SELECT {', '.join(DOCUMENT_COLUMNS)} FROM documents"
ENTITY_INSERT = "INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
LINK_INSERT = "INSERT INTO entity_mentions VALUES (?, ?, ?, ?, ?)"


class SQLStore(Store):
    MARK = "?"

    def _rows(self, sql: str, params=()) -> list[tuple]:
        raise NotImplementedError

    def _sql(self, sql: str) -> str:
        return sql if self.MARK == "?" else sql.replace("?", self.MARK)

    def _query(self, sql: str, params=()) -> list[tuple]:
        return self._rows(self._sql(sql), params)

    def has_document(self, doc_id: str) -> bool:
        return bool(self._query("SELECT 1 FROM documents WHERE id = ?", (doc_id,)))

    def count_documents(self) -> int:
        return self._query("SELECT COUNT(*) FROM documents")[0][0]

    def get_document(self, doc_id: str) -> Document | None:
        rows = self._query(f"{SELECT_DOCUMENT} WHERE id = ?", (doc_id,))
        return self._with_extractions(row_document(rows[0])) if rows else None

    def iter_documents(self) -> Iterator[Document]:
        for row in self._query(f"{SELECT_DOCUMENT} ORDER BY seq"):
            yield self._with_extractions(row_document(row))

    def _with_extractions(self, doc: Document) -> Document:
        key = (doc.id,)
        mentions = self._query('SELECT start, "end", type, text, normal, language, ref FROM mentions '
                               "WHERE document = ? ORDER BY idx", key)
        roles = self._query('SELECT mention, title, "of", "to", start, "end" FROM roles WHERE document = ?', key)
        quotes = self._query('SELECT start, "end", text, speaker, speaker_text, attribution FROM quotes '
                             "WHERE document = ? ORDER BY idx", key)
        claims = self._query("SELECT data FROM claims WHERE document = ? ORDER BY idx", key)
        events = self._query("SELECT data FROM events WHERE document = ? ORDER BY idx", key)
        return doc.evolve(mentions=tuple(Mention(*m) for m in mentions), roles=tuple(Role(*r) for r in roles),
                          quotes=tuple(Quote(*q) for q in quotes), claims=tuple(row_claim(c[0]) for c in claims),
                          events=tuple(row_event(e[0]) for e in events))

    def duplicate_candidates(self, bands: list[tuple[int, int]]) -> list[tuple[str, bytes, str | None]]:
        if not bands:
            return []
        condition = " OR ".join("(b.band = ? AND b.hash = ?)" for _ in bands)
        params = [value for pair in bands for value in pair]
        rows = self._query("SELECT DISTINCT d.seq, d.id, d.signature, d.duplicate_of FROM document_bands b "
                           f"JOIN documents d ON d.seq = b.document_seq WHERE {condition} ORDER BY d.seq", params)
        return [(doc_id, bytes(signature), duplicate_of) for _seq, doc_id, signature, duplicate_of in rows]

    def iter_entities(self, type_: str | None = None, query: str | None = None) -> Iterator[dict]:
        sql, params = "SELECT id, type, name, names, aliases, code, roles, documents FROM entities WHERE 1=1", []
        if type_:
            sql += " AND type = ?"
            params.append(type_)
        for row in self._query(sql + " ORDER BY type, name", params):
            entity = row_entity(row)
            if query is None or entity_matches(entity, query):
                yield entity

    def iter_entity_mentions(self, entity_id: str | None = None) -> Iterator[tuple]:
        sql = 'SELECT entity, document, start, "end", text FROM entity_mentions'
        if entity_id:
            yield from self._query(sql + " WHERE entity = ? ORDER BY document, start", (entity_id,))
        else:
            yield from self._query(sql + " ORDER BY entity, document, start")
