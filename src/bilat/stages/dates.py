"""Calendar dates written in page furniture and text, in de/ru/en/kk/be styles."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from bilat import lang


@lru_cache(maxsize=1)
def month_alternation() -> str:
    names = sorted(lang.months(), key=len, reverse=True)
    return "|".join(re.escape(n) for n in names)


@lru_cache(maxsize=1)
def _date_vocabulary() -> frozenset[str]:
    words = set(lang.months()) | set(lang.all_lines("weekdays.txt")) | set(lang.all_lines("date_words.txt"))
    return frozenset(w.lower() for w in words)


def is_date_line(line: str) -> bool:
    """True for a line that is only a date or time ("05 November 2025, 12:33")."""
    tokens = re.findall(r"\w+", line.lower())
    if not tokens or not any(t.isdigit() for t in tokens) or len(tokens) > 8:
        return False
    vocabulary = _date_vocabulary()
    others = [t for t in tokens if not t.isdigit() and t not in vocabulary]
    return len(others) <= 1 and all(len(t) <= 5 for t in others)


@lru_cache(maxsize=1)
def full_date_patterns() -> tuple[re.Pattern, ...]:
    m = month_alternation()
    return (
        re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})\.?\s+(?P<m>{m})\.?\s+(?P<y>(?:19|20)\d\d)(?!\d)", re.I),
        re.compile(rf"\b(?P<m>{m})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>(?:19|20)\d\d)(?!\d)", re.I),
        re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<mn>\d{1,2})\.(?P<y>(?:19|20)\d\d)(?!\d)"),
        re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<mn>\d{2})-(?P<d>\d{2})(?!\d)"),
    )


def find_full_dates(text: str) -> list[date]:
    """Every valid day-month-year date written in ``text``, in order of appearance."""
    found: list[tuple[int, date]] = []
    months = lang.months()
    for pattern in full_date_patterns():
        for match in pattern.finditer(text):
            groups = match.groupdict()
            month = int(groups["mn"]) if groups.get("mn") else months.get(groups["m"].lower())
            parsed = make_date(int(groups["y"]), month, int(groups["d"]))
            if parsed:
                found.append((match.start(), parsed))
    return [d for _, d in sorted(found, key=lambda pair: pair[0])]


def make_date(year: int, month: int | None, day: int) -> date | None:
    try:
        return date(year, month, day) if month else None
    except ValueError:
        return None


def parse_iso(value: str | None) -> tuple[str, str] | None:
    """An ISO-like date string as (``YYYY-MM-DD``|``YYYY-MM``|``YYYY``, precision)."""
    if not value:
        return None
    match = re.match(r"\s*((?:19|20)\d\d)(?:-(\d{2})(?:-(\d{2}))?)?", value)
    if not match:
        found = find_full_dates(value)
        return (found[0].isoformat(), "day") if found else None
    year, month, day = match.groups()
    if day and make_date(int(year), int(month), int(day)):
        return f"{year}-{month}-{day}", "day"
    if month and 1 <= int(month) <= 12:
        return f"{year}-{month}", "month"
    return year, "year"
