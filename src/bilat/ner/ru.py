"""Russian NER: natasha/slovnet news tagger + rule post-processing + nominative forms.

``recognise(text)`` returns PER/LOC/ORG :class:`EntitySpan` mentions with
character offsets into ``text``.  The natasha models (embeddings, NER and
morphology taggers, shipped inside the pip packages) are loaded once, lazily.
Boundary and type fixes live in :mod:`bilat.ner.ru_rules`; nominative normal
forms in :mod:`bilat.ner.ru_normal`.
"""
from __future__ import annotations

from functools import lru_cache

from bilat.ner.base import EntitySpan
from bilat.ner.ru_morph import ensure_pymorphy
from bilat.ner.ru_normal import normal_forms
from bilat.ner.ru_rules import Mention, postprocess


class _Models:
    """natasha segmenter, embedding and taggers (built once)."""

    def __init__(self) -> None:
        ensure_pymorphy()
        from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter
        self.segmenter = Segmenter()
        embedding = NewsEmbedding()
        self.ner = NewsNERTagger(embedding)
        self.morph = NewsMorphTagger(embedding)


@lru_cache(maxsize=1)
def models() -> _Models:
    return _Models()


def tagger_mentions(text: str):
    """natasha's raw mentions and the segmented Doc (tokens and sentences)."""
    from natasha import Doc
    doc = Doc(text)
    doc.segment(models().segmenter)
    doc.tag_ner(models().ner)
    return [(s.start, s.stop, s.type) for s in doc.spans], doc


def recognise(text: str) -> list[EntitySpan]:
    """PER/LOC/ORG mentions in Russian ``text`` (offsets into ``text``)."""
    if not text or not text.strip():
        return []
    raw, doc = tagger_mentions(text)
    mentions: list[Mention] = postprocess(text, raw)
    normals = normal_forms(text, mentions, doc, models().morph)
    return [EntitySpan(s, e, t, text[s:e], n) for (s, e, t), n in zip(mentions, normals)]
