"""German named-entity recognition: a CRF we train ourselves plus a few post-rules.

The model (``src/bilat/lang/de/ner_model.crfsuite``) is built by
``scripts/train_de_ner.py`` from GermEval 2014 dev (CC BY 4.0) and German
Europarl NER (research use). :func:`recognise` tokenizes with offsets, splits
sentences, tags each with the CRF and turns BIO tags into character spans.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from bilat.ner.base import EntitySpan
from bilat.ner.crf_features import sentence_features
from bilat.ner.de_lexicon import load as load_lexicon
from bilat.ner.de_postrules import apply_rules
from bilat.ner.de_tokenize import Token, sentences

MODEL_PATH = Path(__file__).resolve().parent.parent / "lang" / "de" / "ner_model.crfsuite"


@lru_cache(maxsize=4)
def load_tagger(path: str = str(MODEL_PATH)):
    """An opened pycrfsuite tagger for the model file at ``path``."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    return tagger


def tag_tokens(tokens: list[Token], tagger=None) -> list[str]:
    """BIO labels for one sentence's tokens."""
    if not tokens:
        return []
    tagger = tagger or load_tagger()
    words = [t[2] for t in tokens]
    return tagger.tag(sentence_features(words, load_lexicon()))


def bio_to_spans(tokens: list[Token], labels: list[str]) -> list[tuple[int, int, str]]:
    """Character spans from BIO labels (a stray I- opens a new entity)."""
    spans: list[tuple[int, int, str]] = []
    current: list | None = None
    for token, label in zip(tokens, labels):
        kind = label[2:] if label != "O" else None
        continues = current is not None and label.startswith("I-") and kind == current[2]
        if continues:
            current[1] = token[1]
            continue
        if current is not None:
            spans.append(tuple(current))
            current = None
        if kind:
            current = [token[0], token[1], kind]
    if current is not None:
        spans.append(tuple(current))
    return spans


def recognise_with(text: str, tagger=None, split: bool = True) -> list[EntitySpan]:
    """:func:`recognise` with an explicit tagger; ``split=False`` treats text as one sentence."""
    groups = sentences(text) if split else [_all_tokens(text)]
    spans: list[tuple[int, int, str]] = []
    for tokens in groups:
        spans.extend(bio_to_spans(tokens, tag_tokens(tokens, tagger)))
    return apply_rules(text, spans, load_lexicon())


def _all_tokens(text: str) -> list[Token]:
    from bilat.ner.de_tokenize import tokenize

    return tokenize(text)


def recognise(text: str) -> list[EntitySpan]:
    """PER/LOC/ORG mentions in German ``text`` with character offsets."""
    return recognise_with(text)
