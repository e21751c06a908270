"""Numbers that are not amounts: dates, times of day, ordinals, ages, durations, years.

Each reader takes the number core found at a position and returns a ``Draft``
of its kind (covering the words that make it that kind) or None.
"""
from __future__ import annotations

from dataclasses import replace

from bilat.claims.numbers_amount import Draft
from bilat.claims.numbers_core import Core
from bilat.claims.numbers_lexicon import Lexicon
from bilat.claims.numbers_tokens import Token

YEAR_RANGE = (1900, 2100)
HYPHENS = frozenset({"-", "‐", "‑"})


def plain_integer(core: Core) -> int | None:
    """The value of a core written as bare digits ("14", "2024"), else None."""
    if core.digits is None or not core.digits.isdigit():
        return None
    return int(core.digits)


def is_year(core: Core) -> bool:
    value = plain_integer(core)
    return value is not None and len(core.digits or "") == 4 and YEAR_RANGE[0] <= value <= YEAR_RANGE[1]


def embedded_in_name(tokens: list[Token], i: int) -> bool:
    """Digits glued to letters before them: "G20", "Су-35", "COVID-19"."""
    if i == 0 or tokens[i].gap:
        return False
    before = tokens[i - 1]
    if before.kind in ("word", "num"):
        return True
    return before.text in HYPHENS and not before.gap and i >= 2 and tokens[i - 2].kind == "word"


def glued_leftover(tokens: list[Token], j: int) -> bool:
    """Letters or digits glued to the end of an expression that nothing explained ("5G", "1990er")."""
    return j < len(tokens) and not tokens[j].gap and tokens[j].kind in ("word", "num")


def read_date(tokens: list[Token], core: Core, lex: Lexicon, floor: int) -> Draft | None:
    day = plain_integer(core)
    if day is not None and 1 <= day <= 31:
        end = day_month(tokens, core.j, lex)
        if end:
            return Draft(core.i, with_year(tokens, end, lex), core=core, kind="date")
    month_before = core.i - 1
    if month_before >= floor and lex.month(tokens[month_before]) and day is not None \
            and (day <= 31 or is_year(core)):
        end = core.j
        if day <= 31:
            end = skip_ordinal_suffix(tokens, end, lex)
            end = with_year(tokens, end, lex, comma=True)
        return Draft(month_before, end, core=core, kind="date")
    return None


def day_month(tokens: list[Token], k: int, lex: Lexicon) -> int | None:
    """End of "14. Januar", "4./5. November", "4-5 ноября", "14th of January" after a day number."""
    k = skip_day_dot(tokens, k, lex)
    k = skip_ordinal_suffix(tokens, k, lex)
    if k < len(tokens) and tokens[k].low == "of":
        k += 1
    if k < len(tokens) and lex.month(tokens[k]):
        return skip_glued_dot(tokens, k + 1)
    joined = lex.date_joiners.match(tokens, k) if k < len(tokens) else None
    if joined and joined[0] < len(tokens) and tokens[joined[0]].kind == "num" \
            and tokens[joined[0]].text.isdigit() and int(tokens[joined[0]].text) <= 31:
        k = skip_day_dot(tokens, joined[0] + 1, lex)
        if k < len(tokens) and lex.month(tokens[k]):
            return skip_glued_dot(tokens, k + 1)
    return None


def skip_day_dot(tokens: list[Token], k: int, lex: Lexicon) -> int:
    return k + 1 if lex.ordinal_dot and k < len(tokens) and tokens[k].text == "." \
        and not tokens[k].gap else k


def skip_glued_dot(tokens: list[Token], k: int) -> int:
    """After the dot of an abbreviated month ("Nov."), else ``k``."""
    abbreviated = len(tokens[k - 1].text) <= 4
    return k + 1 if abbreviated and k < len(tokens) and tokens[k].text == "." and not tokens[k].gap \
        and (k + 1 >= len(tokens) or not tokens[k + 1].text[0].isupper()) else k


def skip_ordinal_suffix(tokens: list[Token], k: int, lex: Lexicon) -> int:
    found = lex.ordinal_suffixes.match(tokens, k) if k < len(tokens) else None
    return found[0] if found else k


def with_year(tokens: list[Token], k: int, lex: Lexicon, comma: bool = False) -> int:
    """After a year written right behind a day and month ("5. November 2025"), else ``k``."""
    j = k + 1 if comma and k < len(tokens) and tokens[k].text == "," else k
    if j < len(tokens) and tokens[j].kind == "num" and tokens[j].text.isdigit() \
            and len(tokens[j].text) == 4 and YEAR_RANGE[0] <= int(tokens[j].text) <= YEAR_RANGE[1]:
        return j + 1
    return k


def read_time_of_day(tokens: list[Token], core: Core, lex: Lexicon) -> Draft | None:
    """"14 Uhr", "5 p.m.": a clock time, filed with the dates."""
    hour = plain_integer(core)
    found = lex.time_of_day.match(tokens, core.j) if core.j < len(tokens) else None
    if hour is None or hour > 24 or not found:
        return None
    return Draft(core.i, found[0], core=core, kind="date")


def read_ordinal(tokens: list[Token], core: Core, lex: Lexicon, floor: int) -> Draft | None:
    """"der 2.", "zum 14. Mal", "1st", "5-й", "Nr. 5", "№ 5"."""
    number = plain_integer(core)
    if number is None:
        return None
    before = lex.ordinal_before.match_before(tokens, core.i, floor)
    suffix = lex.ordinal_suffixes.match(tokens, core.j) if core.j < len(tokens) else None
    if suffix:
        return Draft(before[0] if before else core.i, suffix[0], core=core, kind="ordinal")
    if before:
        return Draft(before[0], core.j, core=core, kind="ordinal")
    if lex.ordinal_dot and number < 1000 and dotted_ordinal(tokens, core, lex):
        return Draft(core.i, core.j + 1, core=core, kind="ordinal")
    return None


def dotted_ordinal(tokens: list[Token], core: Core, lex: Lexicon) -> bool:
    """German "14." is an ordinal after an article ("der 2.") or before a lower-case word."""
    j = core.j
    if j >= len(tokens) or tokens[j].text != "." or tokens[j].gap:
        return False
    if core.i > 0 and tokens[core.i - 1].low in lex.ordinal_cues:
        return True
    following = tokens[j + 1] if j + 1 < len(tokens) else None
    return bool(following and following.kind == "word" and not following.newline
                and following.text[0].islower())


def read_age_or_duration(tokens: list[Token], draft: Draft, lex: Lexicon, floor: int) -> Draft | None:
    """"75-jährige", "в возрасте 60 лет", "aged 60" (age); "5 Jahren", "9 месяцев" (duration)."""
    j = draft.j
    suffix = lex.age_suffixes.match(tokens, j) if j < len(tokens) else None
    if suffix:
        return replace(draft, i=without_qualifier(draft)[0], j=suffix[0], kind="age", qualifier="exact",
                       qualifier_span=None, high=draft.core.value, low=draft.core.value)
    cue = lex.age_before.match_before(tokens, draft.i, floor)
    after = lex.age_after.match(tokens, j) if j < len(tokens) else None
    if after:
        return replace(draft, i=cue[0] if cue else draft.i, j=after[0], kind="age")
    unit = lex.time_units.match(tokens, j) if j < len(tokens) else None
    if cue:
        return replace(draft, i=cue[0], j=unit[0] if unit else j, kind="age")
    if unit:
        written = " ".join(t.text for t in tokens[j:unit[0]] if t.text not in HYPHENS)
        return replace(draft, j=unit[0], kind="duration", counted_unit=written)
    return None


def read_year(tokens: list[Token], draft: Draft, lex: Lexicon) -> Draft | None:
    """A bare 4-digit number 1900-2100 (or a range of two) without currency, scale or percent."""
    if draft.core is None or not is_year(draft.core) or not is_year(draft.last):
        return None
    if draft.core.scale is not None or draft.unit is not None or draft.core.vague:
        return None
    start, end = without_qualifier(draft)
    suffix = lex.year_suffixes.match(tokens, end) if end < len(tokens) else None
    ranged = draft.last is not draft.core
    return replace(draft, i=start, j=suffix[0] if suffix else end, kind="year", qualifier_span=None,
                   qualifier="range" if ranged else "exact",
                   low=draft.core.value, high=draft.last.value)


def without_qualifier(draft: Draft) -> tuple[int, int]:
    """The draft's token span without its qualifier words."""
    if draft.qualifier_span is None:
        return draft.i, draft.j
    first, last = draft.qualifier_span
    return (last, draft.j) if first == draft.i else (draft.i, first)
