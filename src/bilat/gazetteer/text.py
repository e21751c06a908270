"""Tokenising and normalising text for gazetteer matching.

Tokens are runs of letters/digits, with apostrophes allowed inside a word
(Belarusian ``прэм'ер``, ``Xi'an``).  Hyphens and dashes separate tokens, so
``Nur-Sultan`` and ``Nur Sultan`` match alike.  An English possessive ``'s``
is cut off the token so the span covers the name only.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

TOKEN_RE = re.compile(r"[^\W_]+(?:['\u2019\u02bc`\u00b4][^\W_]+)*")
# length-preserving character mapping applied after lower(): apostrophes, ё -> е
FOLD_PAIRS = (("\u2019", "'"), ("\u02bc", "'"), ("`", "'"), ("\u00b4", "'"), ("ё", "е"))
# characters allowed between two tokens of one multi-word name
GAP_CHARS = frozenset(" \u00a0\u202f\t-\u2010\u2011\u2012\u2013\u2014\u00ab\u00bb\u201e\u201c\u201d\"'\u2019")
MAX_GAP = 4
LATIN_POSSESSIVE = re.compile(r"[A-Za-z\u00c0-\u024f]['\u2019]s$")
LATIN_POSSESSIVE_ANY = re.compile(r"[A-Za-z\u00c0-\u024f]['\u2019]s\b")


@dataclass(slots=True)
class Tokens:
    """Parallel lists: character offsets, raw text and normalised text of each token."""

    start: list[int]
    end: list[int]
    raw: list[str]
    norm: list[str]

    def __len__(self) -> int:
        return len(self.norm)


@lru_cache(maxsize=65536)
def normalise(word: str) -> str:
    """Lower-case, ё->е, unify apostrophes (one token or a whole phrase)."""
    return fold(unicodedata.normalize("NFC", word).lower())


def fold(low: str) -> str:
    """Length-preserving folding of lower-cased text (str.replace is much faster than translate)."""
    for src, dst in FOLD_PAIRS:
        if src in low:
            low = low.replace(src, dst)
    return low


def tokenize(text: str) -> Tokens:
    """Tokens of ``text`` (expected in NFC, as bilat's cleaned text is)."""
    low = fold(text.lower())
    if ("'" in low and LATIN_POSSESSIVE_ANY.search(text)) or len(low) != len(text):
        return _tokenize_slow(text)
    spans = [m.span() for m in TOKEN_RE.finditer(text)]
    raws, norms = TOKEN_RE.findall(text), TOKEN_RE.findall(low)
    if len(norms) != len(spans):  # lower() changed a character class: be exact instead
        return _tokenize_slow(text)
    return Tokens([s for s, _ in spans], [e for _, e in spans], raws, norms)


def _tokenize_slow(text: str) -> Tokens:
    """Token by token: cuts English possessives, copes with length-changing lower()."""
    out = Tokens([], [], [], [])
    for m in TOKEN_RE.finditer(text):
        start, end = m.span()
        if end - start > 2 and LATIN_POSSESSIVE.search(text, start, end):
            end -= 2
        out.start.append(start)
        out.end.append(end)
        out.raw.append(text[start:end])
        out.norm.append(normalise(text[start:end]))
    return out


def word_list(surface: str) -> list[str]:
    """Raw tokens of a name, cut like ``tokenize`` cuts them."""
    words = TOKEN_RE.findall(surface)
    return [w[:-2] if LATIN_POSSESSIVE.search(w) else w for w in words]


def name_key(surface: str) -> tuple[str, ...]:
    """The normalised token sequence of a name or query."""
    return tuple(tokenize(surface).norm)


def gap_ok(text: str, end: int, start: int) -> bool:
    """May two tokens separated by text[end:start] belong to one name?"""
    if start - end > MAX_GAP:
        return False
    return all(ch in GAP_CHARS for ch in text[end:start])


def uppercase_count(word: str) -> int:
    return sum(map(str.isupper, word))


def is_acronym_like(word: str) -> bool:
    """Names written with two or more capitals (ШОС, BelTA, KazMunayGas)."""
    return uppercase_count(word) >= 2


def script_of(word: str) -> str:
    for ch in word:
        if ch.isalpha():
            return "cyrillic" if "\u0400" <= ch <= "\u04ff" else "latin"
    return "latin"
