"""Ingest: inputs -> documents through the pipeline -> store, one transaction per document."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable

from bilat.errors import InputError
from bilat.model import Context
from bilat.pipeline import process
from bilat.reader import document_id, read_item
from bilat.resolve import neardup
from bilat.resolve.entities import resolve
from bilat.sources import RawItem, iter_inputs
from bilat.store.base import Store


@dataclass
class IngestSummary:
    read: int = 0
    stored: int = 0
    unchanged: int = 0
    duplicates: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"read {self.read}, stored {self.stored}, unchanged {self.unchanged}, "
                f"duplicates {self.duplicates}, failed {self.failed}")


def ingest(paths: Iterable[str], store: Store, ctx: Context,
           on_error: Callable[[str], None] = lambda message: None,
           on_item: Callable[[RawItem | InputError], None] = lambda item: None, stdin=None,
           on_warning: Callable[[str], None] = lambda message: None) -> IngestSummary:
    """Read every input under ``paths`` into ``store``; a bad input is reported and skipped."""
    summary = IngestSummary()
    for item in iter_inputs(paths, ctx.max_bytes, stdin=stdin):
        on_item(item)
        summary.read += 1
        outcome, message = _ingest_one(item, store, ctx, on_warning)
        if outcome == "failed":
            summary.failed += 1
            summary.errors.append(message)
            on_error(message)
        elif outcome == "unchanged":
            summary.unchanged += 1
        else:
            summary.stored += 1
            summary.duplicates += outcome == "duplicate"
    if summary.stored:
        resolve_entities(store)
    return summary


def resolve_entities(store: Store) -> None:
    """Re-resolve entities over every stored document (one transaction)."""
    entities, links = resolve(list(store.iter_documents()))
    store.replace_entities(entities, links)


def _ingest_one(item: RawItem | InputError, store: Store, ctx: Context,
                on_warning: Callable[[str], None] = lambda message: None) -> tuple[str, str]:
    """(``stored``|``duplicate``|``unchanged``|``failed``, error message or "")."""
    if isinstance(item, InputError):
        return "failed", str(item)
    if store.has_document(document_id(item.data)):
        return "unchanged", ""
    try:
        doc = process(read_item(item), ctx, on_stage_error=lambda stage, exc: on_warning(
            f"{item.source}: {stage} stage skipped ({type(exc).__name__}: {exc})"))
        if not doc.text.strip():
            raise InputError(item.source, "no body text (only page furniture)")
    except InputError as exc:
        return "failed", str(exc)
    except Exception as exc:  # one broken report must not stop the run
        return "failed", f"{item.source}: cannot process ({type(exc).__name__}: {exc})"
    signature = neardup.signature(doc.text)
    bands = neardup.bands(signature)
    original = neardup.find_original(signature, store.duplicate_candidates(bands))
    if original is not None:
        doc = doc.evolve(duplicate_of=original)
    store.save_document(doc, neardup.to_bytes(signature), bands)
    return ("duplicate" if original else "stored"), ""
