"""The document pipeline: an ordered list of stages, each ``run(doc, ctx) -> doc``.

The foundation stages (clean ... sentences) must succeed for a document to be
stored. An extraction stage that fails on some odd report is reported and
skipped, so the document is still stored with what the other stages found.
"""
from __future__ import annotations

from typing import Callable, Sequence

from bilat.model import Context, Document
from bilat.stages import claims, clean, entities, events, language, metadata, quotes, roles, sentences

Stage = Callable[[Document, Context], Document]

FOUNDATION_STAGES: tuple[Stage, ...] = (clean.run, language.run, metadata.run, sentences.run)
EXTRACTION_STAGES: tuple[Stage, ...] = (entities.run, roles.run, quotes.run, claims.run, events.run)
DOCUMENT_STAGES: tuple[Stage, ...] = FOUNDATION_STAGES + EXTRACTION_STAGES


def process(doc: Document, ctx: Context, stages: Sequence[Stage] = DOCUMENT_STAGES,
            on_stage_error: Callable[[str, Exception], None] | None = None) -> Document:
    """Run ``doc`` through ``stages`` in order and return the final record.

    With ``on_stage_error``, a failing extraction stage is reported to it and skipped.
    """
    for stage in stages:
        if on_stage_error is None or stage not in EXTRACTION_STAGES:
            doc = stage(doc, ctx)
            continue
        try:
            doc = stage(doc, ctx)
        except Exception as exc:  # an extraction bug must not lose the document
            on_stage_error(stage.__module__.rsplit(".", 1)[-1], exc)
    return doc
