"""Stable ids from hashed natural keys, and the mention -> entity map every export needs."""
from __future__ import annotations

import hashlib


def stable_id(prefix: str, *parts) -> str:
    """followthemoney-style id: a hash of the record's natural key."""
    key = ":".join(str(p) for p in parts)
    return f"{prefix}-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def entity_by_span(store) -> dict[tuple[str, int, int], str]:
    """(document, start, end) of every resolved mention -> entity id."""
    return {(doc, start, end): entity for entity, doc, start, end, _ in store.iter_entity_mentions()}
