"""Number expressions in news text, parsed into structured quantities (de, ru, en; kk, be).

``find_quantities(text, language)`` returns every number expression with its
character offsets, value range in base units, unit (ISO 4217 code, "%", "pp"
or None), qualifier, kind, scale word, direction of change and counted noun.
All words come from ``lang/<code>/numbers.json``; the algorithm is the same
for every language.

Conventions (the values a claim layer can rely on):

* ``exact`` and ``about`` ("etwa", "около", "nearly", "fast", "почти", "knapp"):
  value_min == value_max == the written value; ``about`` marks it approximate.
* ``more_than`` ("über", "более", "over"), ``slightly_above`` ("knapp über",
  "чуть более", "just over") and ``at_least`` ("mindestens", "не менее"):
  value_min = value, value_max = None.
* ``less_than`` ("weniger als", "менее") and ``at_most`` ("bis zu", "до", "up to"):
  value_min = None, value_max = value.
* ``range`` ("$800-900 Mio.", "от 1 до 1,5 млрд", "zwischen 1 und 2 Mrd."): both
  ends, the scale written after the second end applies to the first too; a
  qualifier before a range ("etwa 4-5 Tausend") is kept in the span only.
* Vague multiples ("Dutzende von Millionen Dollar", "десятки миллионов",
  "hundreds of"): ``more_than`` with value_min = 20 x scale (200 for hundreds).
* "до"/"to" right after a change word is a level ("вырос до 5 млрд"): exact.
* Years, dates (and clock times), durations, ages and ordinals get their own
  kinds (``NON_CLAIM_KINDS``) and no direction; dates and times have no value.
* Without a currency, an amount is a ``count`` when a noun follows, else ``other``.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from bilat.claims.numbers_amount import Draft, read_amount
from bilat.claims.numbers_context import (assign_directions, change_words_near, counted_noun,
                                          level_qualifier)
from bilat.claims.numbers_core import parse_digits, read_core
from bilat.claims.numbers_kind import (embedded_in_name, glued_leftover, read_age_or_duration,
                                       read_date, read_ordinal, read_time_of_day, read_year)
from bilat.claims.numbers_lexicon import Lexicon, lexicon
from bilat.claims.numbers_tokens import Token, number_sentences, tokenize

NON_CLAIM_KINDS = frozenset({"year", "date", "duration", "age", "ordinal"})
QUALIFIERS = ("exact", "about", "more_than", "at_least", "less_than", "at_most", "slightly_above", "range")
KINDS = ("money", "percent", "count", "year", "date", "duration", "age", "ordinal", "other")


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    text: str
    value_min: float | None
    value_max: float | None
    unit: str | None
    qualifier: str
    kind: str
    scale_text: str | None
    direction: str | None
    counted: str | None


def find_quantities(text: str, language: str) -> list[Quantity]:
    """Every number expression in ``text`` (written in ``language``), in order, never overlapping."""
    lex = lexicon(language)
    tokens = tokenize(text, lex.pattern)
    drafts = scan(tokens, lex)
    number_sentences(tokens, inner_stops(tokens, drafts))
    counted = [noun_of(text, tokens, d, lex) for d in drafts]
    kinds = [d.kind or ("count" if noun else "other") for d, noun in zip(drafts, counted)]
    directions = assign_directions(tokens, drafts, kinds, lex)
    out = []
    for n, draft in enumerate(drafts):
        draft = settle_level(tokens, draft, kinds[n], lex)
        direction = directions.get(n) or sign_direction(draft, kinds[n])
        out.append(quantity(text, tokens, draft, kinds[n], direction, counted[n]))
    return out


def parse_number(token: str, language: str) -> float | None:
    """The value of one written number: "1,5" (de) -> 1.5, "1 500" (ru) -> 1500, "zwei" -> 2."""
    lex = lexicon(language)
    written = token.strip()
    if not written:
        return None
    if written[0].isdigit():
        return parse_digits(written, lex)
    tokens = tokenize(written, lex.pattern)
    core = read_core(tokens, 0, lex) if tokens else None
    if core is None or core.j != len(tokens):
        return None
    return core.value * (core.scale or 1.0)


def scan(tokens: list[Token], lex: Lexicon) -> list[Draft]:
    drafts: list[Draft] = []
    floor = i = 0
    while i < len(tokens):
        draft = read_expression(tokens, i, lex, floor)
        if draft is None:
            i += 1
            continue
        drafts.append(draft)
        floor = i = max(draft.j, i + 1)
    return drafts


def read_expression(tokens: list[Token], i: int, lex: Lexicon, floor: int) -> Draft | None:
    token = tokens[i]
    if token.kind in ("date", "time"):
        clock = lex.time_of_day.match(tokens, i + 1) if i + 1 < len(tokens) else None
        return Draft(i, clock[0] if clock else i + 1, kind="date")
    if token.kind == "num" and embedded_in_name(tokens, i):
        return None
    core = read_core(tokens, i, lex)
    if core is None:
        return None
    special = (read_date(tokens, core, lex, floor) or read_time_of_day(tokens, core, lex)
               or read_ordinal(tokens, core, lex, floor))
    if special:
        special = replace(special, low=special.core.value if special.kind == "ordinal" else None)
        return None if glued_leftover(tokens, special.j) else replace(special, high=special.low)
    draft = read_amount(tokens, core, lex, floor)
    if draft is None:
        return None
    if draft.kind is None and draft.scale_text is None:
        draft = read_year(tokens, draft, lex) or read_age_or_duration(tokens, draft, lex, floor) or draft
    return None if glued_leftover(tokens, draft.j) else draft


def inner_stops(tokens: list[Token], drafts: list[Draft]) -> frozenset[int]:
    """Full stops inside an expression, not at its end ("5 Mio. Euro", "ca. 5")."""
    return frozenset(k for d in drafts for k in range(d.i, d.j - 1) if tokens[k].text == ".")


def noun_of(text: str, tokens: list[Token], draft: Draft, lex: Lexicon) -> str | None:
    if draft.kind == "duration":
        return draft.counted_unit
    if draft.kind is not None or draft.core is None:
        return None
    return counted_noun(text, tokens, draft.j, lex)


def settle_level(tokens: list[Token], draft: Draft, kind: str, lex: Lexicon) -> Draft:
    """"вырос до 5 млрд": "до" after a change word gives a level (exact), not "up to"."""
    if kind in NON_CLAIM_KINDS or not level_qualifier(tokens, draft, lex):
        return draft
    if not any(True for _ in change_words_near(tokens, draft, lex)):
        return draft
    value = draft.high if draft.low is None else draft.low
    return replace(draft, qualifier="exact", low=value, high=value)


def sign_direction(draft: Draft, kind: str) -> str | None:
    if kind != "percent" or not draft.sign:
        return None
    return "increase" if draft.sign > 0 else "decrease"


def quantity(text: str, tokens: list[Token], draft: Draft, kind: str, direction: str | None,
             counted: str | None) -> Quantity:
    start, end = tokens[draft.i].start, tokens[draft.j - 1].end
    if kind in NON_CLAIM_KINDS:
        direction = None
    return Quantity(start, end, text[start:end], draft.low, draft.high, draft.unit,
                    draft.qualifier if kind not in ("date",) else "exact", kind,
                    draft.scale_text, direction, counted if kind in ("count", "duration") else None)
