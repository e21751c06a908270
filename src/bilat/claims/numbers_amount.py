"""Amounts: a number core with its qualifier, range partner, scale, currency or percent sign.

``read_amount`` grows a core (``numbers_core``) into the whole written amount:
"knapp über $1 Mrd.", "от 1 до 1,5 млрд долларов", "between 1 and 2 billion",
"$800-900 Mio.", "mehr als 15%", "Dutzende von Millionen Dollar".
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from bilat.claims.numbers_core import Core, read_core, text_between
from bilat.claims.numbers_lexicon import Lexicon, PhraseTable
from bilat.claims.numbers_tokens import Token

MINUS_SIGNS = frozenset({"-", "−", "–"})


@dataclass(frozen=True)
class Draft:
    i: int                          # first token of the whole expression
    j: int                          # token after the last
    core: Core | None = None        # the (first) number
    last: Core | None = None        # the second number of a range, else the first
    qualifier: str = "exact"
    qualifier_span: tuple[int, int] | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    kind: str | None = None         # decided here for money, percent; later for the rest
    scale_text: str | None = None
    sign: int = 0                   # +1 / -1 for a written "+" / "-" before the number
    counted_unit: str | None = None  # the time unit of a duration


def extend(core: Core, tokens: list[Token], lex: Lexicon) -> tuple[Core, bool]:
    """The core with "and a half", glued inflections and its scale word; True if the scale was glued-only."""
    j = core.j
    half = lex.half_suffixes.match(tokens, j) if j < len(tokens) else None
    if half:
        core, j = replace(core, j=half[0], value=core.value + half[1]), half[0]
    j = skip_inflection(tokens, j, lex)
    core = replace(core, j=j)
    if core.scale is not None or j >= len(tokens):
        return core, False
    found = lex.scales.match(tokens, j)
    attached = False
    if not found and not tokens[j].gap:
        found, attached = lex.attached_scales.match(tokens, j), True
    if not found:
        return core, False
    end = found[0]
    scaled = replace(core, j=skip_inflection(tokens, end, lex), scale=found[1],
                     scale_text=text_between(tokens, j, end))
    return scaled, attached


def skip_inflection(tokens: list[Token], j: int, lex: Lexicon) -> int:
    """After glued case endings ("5-ти", "млрд-тан"), else ``j``."""
    found = lex.glued_inflections.match(tokens, j) if j < len(tokens) else None
    return found[0] if found else j


def base(core: Core, scale: float | None = None) -> float:
    return core.value * (core.scale or scale or 1.0)


def read_range(tokens: list[Token], first: Core, separators: PhraseTable,
               lex: Lexicon) -> Core | None:
    """The second number of "800-900", "4 bis 5", "от 1 до 1,5", or None."""
    j = first.j
    unit = unit_at(tokens, j, lex)
    if unit and unit[0] < len(tokens) and not separators.match(tokens, j):
        j = unit[0]                                  # "10%-15%", "5 Mio. € - 7 Mio. €"
    found = separators.match(tokens, j) if j < len(tokens) else None
    if not found:
        return None
    k = found[0]
    symbol = lex.currencies_before.match(tokens, k) if k < len(tokens) else None
    k = symbol[0] if symbol else k
    second = read_core(tokens, k, lex) if k < len(tokens) else None
    if second is None or second.vague or second.i == second.j:
        return None
    second, _ = extend(second, tokens, lex)
    if base(second) <= base(first, second.scale):
        return None
    if j != first.j and (unit_at(tokens, second.j, lex) or (0, None))[1] != unit[1]:
        return None
    return second


def unit_at(tokens: list[Token], j: int, lex: Lexicon) -> tuple[int, str] | None:
    """(end, unit) of a percent word or currency at token ``j``."""
    if j >= len(tokens):
        return None
    return lex.percent.match(tokens, j) or lex.currencies.match(tokens, j)


def read_amount(tokens: list[Token], core: Core, lex: Lexicon, floor: int) -> Draft | None:
    start = core.i
    before = lex.currencies_before.match_before(tokens, start, floor)
    currency = None
    if before:
        start, currency = before
    sign = written_sign(tokens, core, start)
    if sign:
        start -= 1
    first, attached = extend(core, tokens, lex)
    second, start = range_partner(tokens, first, start, lex, floor)
    draft = Draft(start, (second or first).j, core=first, last=second or first, sign=sign,
                  unit=currency, scale_text=first.scale_text or (second.scale_text if second else None))
    draft = with_unit(tokens, draft, lex)
    if attached and draft.unit is None:
        return None
    draft = with_qualifier_before(tokens, draft, lex, floor)
    draft = with_qualifier_after(tokens, draft, lex)
    return with_values(draft)


def written_sign(tokens: list[Token], core: Core, start: int) -> int:
    """+1/-1 when "+"/"-" is glued to a digit core and stands apart from the word before."""
    if start != core.i or core.digits is None or start == 0 or tokens[start].gap:
        return 0
    mark = tokens[start - 1]
    if not mark.gap or mark.text not in MINUS_SIGNS | {"+"}:
        return 0
    return 1 if mark.text == "+" else -1


def range_partner(tokens: list[Token], first: Core, start: int, lex: Lexicon,
                  floor: int) -> tuple[Core | None, int]:
    """The range's second core and the expression start ("от"/"zwischen" included)."""
    pair = lex.range_pairs.match_before(tokens, start, floor)
    if pair:
        second = read_range(tokens, first, pair[1], lex)
        if second:
            return second, pair[0]
    return read_range(tokens, first, lex.range_infixes, lex), start


def with_unit(tokens: list[Token], draft: Draft, lex: Lexicon) -> Draft:
    """The percent sign or currency written after the number(s)."""
    j = draft.j
    if draft.unit is not None or j >= len(tokens):
        return replace(draft, kind="money") if draft.unit else draft
    percent = lex.percent.match(tokens, j)
    if percent:
        return replace(draft, j=skip_inflection(tokens, percent[0], lex), unit=percent[1], kind="percent")
    currency = lex.currencies.match(tokens, j)
    if currency:
        return replace(draft, j=skip_inflection(tokens, currency[0], lex), unit=currency[1], kind="money")
    return draft


def with_qualifier_before(tokens: list[Token], draft: Draft, lex: Lexicon, floor: int) -> Draft:
    found = lex.qualifiers_before.match_before(tokens, draft.i, floor)
    if not found:
        return draft
    return replace(draft, i=found[0], qualifier=found[1], qualifier_span=(found[0], draft.i))


def with_qualifier_after(tokens: list[Token], draft: Draft, lex: Lexicon) -> Draft:
    found = lex.qualifiers_after.match(tokens, draft.j) if draft.j < len(tokens) else None
    if not found or draft.last is not draft.core:
        return draft
    return replace(draft, j=found[0], qualifier=found[1], qualifier_span=(draft.j, found[0]))


def with_values(draft: Draft) -> Draft:
    """value_min / value_max from the numbers, the scale and the qualifier."""
    first, last = draft.core, draft.last
    sign = -1.0 if draft.sign < 0 else 1.0
    low = sign * base(first, last.scale)
    if last is not first:
        return replace(draft, qualifier="range", low=low, high=base(last))
    qualifier = draft.qualifier
    if first.vague and qualifier == "exact":
        qualifier = "more_than"
    return replace(draft, qualifier=qualifier, **bounds(low, qualifier))


def bounds(value: float, qualifier: str) -> dict[str, float | None]:
    if qualifier in ("more_than", "at_least", "slightly_above"):
        return {"low": value, "high": None}
    if qualifier in ("less_than", "at_most"):
        return {"low": None, "high": value}
    return {"low": value, "high": value}
