"""The per-language vocabulary of number expressions, compiled from ``lang/<code>/numbers.json``.

Phrases in the data files are written as plain text, lower case:

* words separated by spaces may have whitespace between them in the text;
* the pieces of one space-free part ("mio.", "us-dollar", "п.п.") must be glued;
* a trailing ``*`` makes the last piece a prefix ("рубл*" matches "рублей");
* a leading ``^`` glues the phrase to whatever precedes it ("^-jährig*").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Generic, TypeVar

from bilat import lang
from bilat.claims.numbers_tokens import Token, normalise, token_pattern

V = TypeVar("V")
PIECES = re.compile(r"[^\W\d_]+|\d+|\S")


@dataclass(frozen=True)
class Piece:
    text: str
    prefix: bool
    glued: bool

    def matches(self, token: Token) -> bool:
        if token.kind in ("num", "date", "time", "url") or (self.glued and token.gap):
            return False
        return token.low.startswith(self.text) if self.prefix else token.low == self.text


def parse_phrase(phrase: str) -> tuple[Piece, ...]:
    phrase = normalise(phrase.strip())
    glue_first = phrase.startswith("^")
    pieces: list[Piece] = []
    for part in phrase.lstrip("^").split():
        prefix = part.endswith("*") and len(part) > 1
        bits = PIECES.findall(part[:-1] if prefix else part)
        for n, bit in enumerate(bits):
            glued = n > 0 or (glue_first and not pieces)
            pieces.append(Piece(bit, prefix and n == len(bits) - 1, glued))
    return tuple(pieces)


def phrase_rank(phrase: tuple[Piece, ...]) -> tuple[int, int, int]:
    """Longer phrases first; at equal length exact words before prefixes, long prefixes first."""
    exact = sum(not p.prefix for p in phrase)
    return (len(phrase), exact, sum(len(p.text) for p in phrase))


class PhraseTable(Generic[V]):
    """Phrases mapped to values, matched against token sequences (longest match wins)."""

    def __init__(self, entries: dict[str, V]):
        ranked = sorted(((parse_phrase(k), v) for k, v in entries.items() if k.strip()),
                        key=lambda pv: phrase_rank(pv[0]), reverse=True)
        self.phrases = [(p, v) for p, v in ranked if p]
        self.by_first = index(self.phrases, 0)
        self.by_last = index(self.phrases, -1)

    def __bool__(self) -> bool:
        return bool(self.phrases)

    def match(self, tokens: list[Token], i: int) -> tuple[int, V] | None:
        """(end, value) of the best phrase starting at token ``i``."""
        for phrase, value in candidates(self.by_first, tokens[i]):
            if i + len(phrase) <= len(tokens) and all(
                    p.matches(tokens[i + k]) for k, p in enumerate(phrase)):
                return i + len(phrase), value
        return None

    def match_before(self, tokens: list[Token], j: int, floor: int = 0) -> tuple[int, V] | None:
        """(start, value) of the best phrase ending right before token ``j``, not before ``floor``."""
        if j - 1 < max(floor, 0):
            return None
        for phrase, value in candidates(self.by_last, tokens[j - 1]):
            i = j - len(phrase)
            if i >= floor and all(p.matches(tokens[i + k]) for k, p in enumerate(phrase)):
                return i, value
        return None


Entry = tuple[int, tuple[Piece, ...], Any]
Indexed = tuple[dict[str, list[Entry]], list[tuple[str, Entry]]]


def index(phrases: list, position: int) -> Indexed:
    """Phrases by the exact text of one piece, plus (prefix, phrase) for prefix pieces there."""
    exact: dict[str, list[Entry]] = {}
    prefixed: list[tuple[str, Entry]] = []
    for rank, (phrase, value) in enumerate(phrases):
        piece = phrase[position]
        if piece.prefix:
            prefixed.append((piece.text, (rank, phrase, value)))
        else:
            exact.setdefault(piece.text, []).append((rank, phrase, value))
    return exact, prefixed


def candidates(indexed: Indexed, token: Token) -> list[tuple[tuple[Piece, ...], Any]]:
    """The phrases that may match with ``token`` at the indexed piece, best first."""
    if token.kind not in ("word", "sym"):
        return []
    exact, prefixed = indexed
    found = exact.get(token.low, [])
    starting = [entry for prefix, entry in prefixed if token.low.startswith(prefix)]
    if starting:
        found = sorted(found + starting, key=lambda entry: entry[0])
    return [(phrase, value) for _, phrase, value in found]


def table(raw: Any, value: Any = True) -> PhraseTable:
    """A phrase table from a JSON object (phrase -> value) or list (phrase -> ``value``)."""
    if isinstance(raw, dict):
        return PhraseTable(dict(raw))
    return PhraseTable({phrase: value for phrase in raw or ()})


def words(raw: Any) -> frozenset[str]:
    return frozenset(normalise(w) for w in raw or ())


@dataclass
class Lexicon:
    code: str
    raw: dict
    decimal_marks: frozenset[str] = field(init=False)
    group_marks: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        r = self.raw
        self.decimal_marks = frozenset(r.get("decimal_marks", [".", ","]))
        self.group_marks = frozenset(r.get("group_marks", []))
        self.pattern = token_pattern(self.group_marks)
        self.compound_numbers = bool(r.get("compound_number_words"))
        self.nouns_capitalized = bool(r.get("nouns_capitalized"))
        self.ordinal_dot = bool(r.get("ordinal_dot"))
        self.month_prefix = bool(r.get("month_prefix_match"))
        self.number_words = {normalise(k): float(v) for k, v in r.get("number_words", {}).items()}
        self.weak_one = words(r.get("weak_one"))
        for word in self.weak_one:
            self.number_words.setdefault(word, 1.0)
        self.number_parts = sorted(self.number_words, key=len, reverse=True)
        self.number_starts = frozenset(w[:2] for w in self.number_words)
        self.number_connectors = words(r.get("number_connectors"))
        self.fractions = {normalise(k): float(v) for k, v in r.get("fractions", {}).items()}
        self.fraction_prefixes = {normalise(k): float(v) for k, v in r.get("fraction_prefixes", {}).items()}
        self.fraction_articles = words(r.get("fraction_articles"))
        self.vague = {normalise(k): float(v) for k, v in r.get("vague_multiples", {}).items()}
        self.vague_connectors = words(r.get("vague_connectors"))
        self.compile_tables(r)
        self.months = {normalise(k): int(v) for k, v in lang.data(self.code, "months.json").items()}
        self.ordinal_cues = words(r.get("ordinal_cues"))
        self.counted_skip_words = words(r.get("counted_skip_words"))
        self.counted_skip_endings = tuple(normalise(e) for e in r.get("counted_skip_endings", ()))
        self.counted_stop_words = words(r.get("counted_stop_words"))
        self.direction_window = int(r.get("direction_window", 10))

    def compile_tables(self, r: dict) -> None:
        self.half_suffixes = table(r.get("half_suffixes"), 0.5)
        self.scales = table({k: float(v) for k, v in r.get("scales", {}).items()})
        self.singular_scales = table(r.get("singular_scales"))
        self.attached_scales = table({k: float(v) for k, v in r.get("attached_scales", {}).items()})
        self.currencies = table(r.get("currencies", {}))
        self.currencies_before = table(r.get("currencies_before", {}))
        self.percent = table(r.get("percent_words", {}))
        self.qualifiers_before = table(r.get("qualifiers_before", {}))
        self.qualifiers_after = table(r.get("qualifiers_after", {}))
        self.range_infixes = table(r.get("range_infixes"))
        self.range_pairs = table({k: table(v) for k, v in r.get("range_pairs", {}).items()})
        directions = {w: "increase" for w in r.get("increase_words", ())}
        directions.update({w: "decrease" for w in r.get("decrease_words", ())})
        self.directions = table(directions)
        self.level_words = table(r.get("level_words"))
        self.change_words = table(r.get("change_prepositions"))
        self.clause_starters = table(r.get("clause_starters"))
        self.time_units = table(r.get("time_units"))
        self.time_of_day = table(r.get("time_of_day_words"))
        self.age_suffixes = table(r.get("age_suffixes"))
        self.age_before = table(r.get("age_before"))
        self.age_after = table(r.get("age_after"))
        self.ordinal_suffixes = table(r.get("ordinal_suffixes"))
        self.ordinal_before = table(r.get("ordinal_before"))
        self.glued_inflections = table(r.get("glued_inflections"))
        self.date_joiners = table(r.get("date_joiners"))
        self.year_suffixes = table(r.get("year_suffixes"))

    def month(self, token: Token) -> int | None:
        if token.kind != "word":
            return None
        found = self.months.get(token.low)
        if found or not self.month_prefix:
            return found
        return next((m for name, m in self.months.items() if len(name) >= 5 and token.low.startswith(name)), None)


def lexicon(code: str | None) -> Lexicon:
    """The compiled vocabulary of ``code`` ("de", "ru-RU"); English's when there is no numbers.json."""
    code = (code or "en").replace("_", "-").split("-")[0].lower()
    return compiled(code if code.isalpha() else "en")


@lru_cache(maxsize=None)
def compiled(code: str) -> Lexicon:
    raw = lang.data(code, "numbers.json")
    if not raw and code != "en":
        return compiled("en")
    return Lexicon(code, raw)
