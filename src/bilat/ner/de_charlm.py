"""Character n-gram "name-likeness" scores for unseen capitalised words.

Three small letter models are built from word lists at load time: person-name
parts (given names + family names), place names, and ordinary capitalised German
words (``ner_common_words.txt``, nouns seen outside entities in the training
text). A word is scored by each model; the differences become CRF features, so
"Gartrell" looks like a name and "Rückhaltebecken" like a noun even if neither
was ever seen.

Cross-fitting: words are split into two folds by a stable hash and a word is
always scored by models built from the *other* fold, so a listed word looks
exactly like an unlisted one - at training time and at tagging time alike.
"""
from __future__ import annotations

import math
import zlib
from collections import defaultdict
from functools import lru_cache

from bilat.ner.de_lexicon import read_list, name_tokens

ORDER = 4
CLASSES = ("PER", "LOC", "COM")


def fold_of(word: str) -> int:
    return zlib.crc32(word.lower().encode("utf-8")) & 1


class CharModel:
    """Interpolated character n-gram model with add-one smoothing per order."""

    def __init__(self, words):
        self.counts = [defaultdict(int) for _ in range(ORDER)]
        self.context = [defaultdict(int) for _ in range(ORDER)]
        self.alphabet = set()
        for word in words:
            self._add(word)
        self.vocab = max(len(self.alphabet), 1) + 1

    def _add(self, word: str) -> None:
        padded = "^" * (ORDER - 1) + word + "$"
        self.alphabet.update(word)
        for i in range(ORDER - 1, len(padded)):
            for n in range(ORDER):
                ctx = padded[i - n:i]
                self.counts[n][ctx + padded[i]] += 1
                self.context[n][ctx] += 1

    def logprob(self, word: str) -> float:
        """Mean log-probability per character (length-normalised)."""
        padded = "^" * (ORDER - 1) + word + "$"
        total = 0.0
        weights = (0.1, 0.2, 0.3, 0.4)
        for i in range(ORDER - 1, len(padded)):
            p = 0.0
            for n in range(ORDER):
                ctx = padded[i - n:i]
                p += weights[n] * (self.counts[n].get(ctx + padded[i], 0) + 1) / (
                    self.context[n].get(ctx, 0) + self.vocab)
            total += math.log(p)
        return total / (len(padded) - ORDER + 1)


def _class_words() -> dict[str, set[str]]:
    per = set(read_list("ner_given_names.txt")) | set(read_list("ner_surnames.txt"))
    loc = {tok for entry in read_list("ner_locations.txt") for tok in name_tokens(entry)}
    com = set(read_list("ner_common_words.txt"))
    clean = lambda words: {w.lower() for w in words if len(w) > 2 and w[:1].isupper()}  # noqa: E731
    return {"PER": clean(per), "LOC": clean(loc), "COM": clean(com)}


@lru_cache(maxsize=1)
def models() -> dict[tuple[str, int], CharModel]:
    """(class, fold) -> model trained on that class's words *outside* ``fold``."""
    built = {}
    for label, words in _class_words().items():
        for fold in (0, 1):
            built[(label, fold)] = CharModel(w for w in words if fold_of(w) != fold)
    return built


@lru_cache(maxsize=50000)
def scores(word: str) -> tuple[float, float, float]:
    """(PER, LOC, COM) mean log-probabilities of ``word`` (lower-cased)."""
    lower = word.lower()
    fold = fold_of(lower)
    table = models()
    return tuple(table[(label, fold)].logprob(lower) for label in CLASSES)


def _bucket(value: float) -> str:
    for edge in (-0.6, -0.3, -0.1, 0.1, 0.3, 0.6):
        if value < edge:
            return str(edge)
    return "hi"


def features(word: str) -> list[str]:
    """Name-likeness features for a capitalised alphabetic word of 3+ letters."""
    if len(word) < 3 or not word[:1].isupper() or not word.replace("-", "").isalpha():
        return []
    per, loc, com = scores(word)
    best = max(zip((per, loc, com), CLASSES))[1]
    return ["lm_best=" + best, "lm_per=" + _bucket(per - com), "lm_loc=" + _bucket(loc - com)]
