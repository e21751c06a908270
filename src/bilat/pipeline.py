"""The document pipeline: an ordered list of stages, each ``run(doc, ctx) -> doc``."""
from __future__ import annotations

from typing import Callable, Sequence

from bilat.model import Context, Document
from bilat.stages import claims, clean, entities, events, language, metadata, quotes, roles, sentences

Stage = Callable[[Document, Context], Document]

DOCUMENT_STAGES: tuple[Stage, ...] = (clean.run, language.run, metadata.run, sentences.run, entities.run, roles.run,
                                         quotes.run, claims.run, events.run)


def process(doc: Document, ctx: Context, stages: Sequence[Stage] = DOCUMENT_STAGES) -> Document:
    """Run ``doc`` through ``stages`` in order and return the final record."""
    for stage in stages:
        doc = stage(doc, ctx)
    return doc
