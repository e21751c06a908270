"""`bilat reprocess`: run the current pipeline again over every stored report's raw text.

When extraction improves, stored reports get the new entities, quotes, claims and events
without their files; each document is replaced in one transaction, then entities are
resolved again. Near-duplicate links are kept.
"""
from __future__ import annotations

from typing import Callable

from bilat.ingest import resolve_entities
from bilat.model import Context, Document
from bilat.pipeline import process
from bilat.resolve import neardup
from bilat.store.base import Store


def reprocess(store: Store, ctx: Context, on_warning: Callable[[str], None] = lambda message: None) -> int:
    """Re-run the pipeline on every stored document; returns how many were processed."""
    count = 0
    for stored in list(store.iter_documents()):
        fresh = process(Document(id=stored.id, source=stored.source, raw=stored.raw, meta=stored.meta), ctx,
                        on_stage_error=lambda stage, exc: on_warning(
                            f"{stored.source}: {stage} stage skipped ({type(exc).__name__}: {exc})"))
        signature = neardup.signature(fresh.text)
        store.save_document(fresh.evolve(duplicate_of=stored.duplicate_of), neardup.to_bytes(signature),
                            neardup.bands(signature), replace=True)
        count += 1
    if count:
        resolve_entities(store)
    return count
