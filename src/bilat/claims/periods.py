"""The period a figure refers to, resolved against the publication date.

Phrases are data (``lang/<code>/claims.json`` "periods"): "im Jahr 2024",
"seit 2021", "in 9 Monaten", "im letzten Jahr", "в 2023 году", "bis 2030",
"in den nächsten zwei Jahren", "im ersten Halbjahr". Relative phrases need the publication year;
without it the period stays unknown but its words are kept.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bilat import lang


@dataclass(frozen=True)
class Period:
    start: str | None
    end: str | None
    text: str
    offset: int          # where the phrase starts in the searched text
    kind: str


@lru_cache(maxsize=None)
def _patterns(language: str) -> tuple[tuple[re.Pattern, str], ...]:
    rules = lang.data(language, "claims.json").get("periods", [])
    return tuple((re.compile(rf"(?<!\w){pattern}(?!\w)", re.IGNORECASE), kind) for pattern, kind in rules)


def find_periods(text: str, language: str, year: int | None) -> list[Period]:
    """Every period phrase in ``text`` (longest first where they overlap), resolved with ``year``."""
    found: list[Period] = []
    taken: list[tuple[int, int]] = []
    code = lang.supported(language)
    for pattern, kind in _patterns(code):
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            start, end = resolve(kind, match.groupdict(), year, code)
            found.append(Period(start, end, match.group(0), match.start(), kind))
            taken.append((match.start(), match.end()))
    return sorted(found, key=lambda p: p.offset)


def resolve(kind: str, groups: dict, year: int | None, language: str) -> tuple[str | None, str | None]:
    written = int(groups["year"]) if groups.get("year") else None
    n = _number(groups.get("n") or groups.get("n2"), language)
    if kind == "year":
        return str(written), str(written)
    if kind == "since":
        return str(written), str(year) if year else None
    if kind == "by":
        return (str(year) if year else None), str(written)
    if year is None:
        return None, None
    if kind == "first_half":
        return f"{year}-01", f"{year}-06"
    if kind == "months" and n and 1 <= n <= 12:
        return f"{year}-01", f"{year}-{n:02d}"
    if kind == "last_year":
        return str(year - 1), str(year - 1)
    if kind in ("this_year", "annual"):
        return str(year), str(year)
    if kind == "next_years" and n:
        return str(year), str(year + n)
    if kind == "last_years" and n:
        return str(year - n), str(year - 1)
    return None, None


def _number(word: str | None, language: str) -> int | None:
    if not word:
        return None
    if word.isdigit():
        return int(word)
    return lang.data(language, "claims.json").get("number_words", {}).get(word.lower())
