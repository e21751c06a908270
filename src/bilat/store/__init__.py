"""Storage: one interface, SQLite embedded by default, PostgreSQL for teams."""
from __future__ import annotations

import os

from bilat.errors import BilatError
from bilat.store.base import Store

DEFAULT_DB = "bilat.db"


def resolve_db(db: str | None) -> str:
    """The database to use: ``--db``, else ``$BILAT_DB``, else ``./bilat.db``."""
    return db or os.environ.get("BILAT_DB") or DEFAULT_DB


def open_store(db: str | None = None) -> Store:
    """Open (creating and migrating as needed) the store named by a path or URL."""
    target = resolve_db(db)
    if target.startswith(("postgresql://", "postgres://")):
        from bilat.store.postgres import PostgresStore
        return PostgresStore(target)
    if target.startswith("sqlite:///"):
        target = target[len("sqlite:///"):]
    elif "://" in target:
        raise BilatError(f"{target}: unsupported database URL (use a file path, sqlite:///PATH or postgresql://...)")
    from bilat.store.sqlite import SQLiteStore
    return SQLiteStore(target)


__all__ = ["Store", "open_store", "resolve_db"]
