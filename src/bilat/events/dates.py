"""Event dates resolved against the publication date.

"am 23. Juni", "am 4./5. November", "4 июля", "July 4", "gestern", "heute",
"на неделе", "в конце февраля", "last week". With no publication year the
result keeps month and day only (``--MM-DD``); a planned event's date is moved
to the next year when it would otherwise lie before the publication date.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from bilat import lang
from bilat.stages.dates import month_alternation

BASE_YEAR = 2000      # a leap year: month-day arithmetic when the real year is unknown


@lru_cache(maxsize=None)
def _patterns() -> tuple[re.Pattern, ...]:
    m = month_alternation()
    return (
        re.compile(rf"(?<!\d)(?P<d1>\d{{1,2}})\.?(?:\s*/\s*|\s*[-–]\s*)(?P<d2>\d{{1,2}})\.?\s+(?P<m>{m})\.?(?:\s+(?P<y>(?:19|20)\d\d))?", re.I),
        re.compile(rf"(?<!\d)(?P<d1>\d{{1,2}})\.?\s+(?P<m>{m})\.?(?:\s+(?P<y>(?:19|20)\d\d))?", re.I),
        re.compile(rf"\b(?P<m>{m})\.?\s+(?P<d1>\d{{1,2}})(?:\s*[-–]\s*(?P<d2>\d{{1,2}}))?(?:,?\s+(?P<y>(?:19|20)\d\d))?", re.I),
    )


def resolve_dates(text: str, language: str, published: str | None, planned: bool) -> tuple[str | None, str | None, str | None]:
    """(date_start, date_end, the words that gave them) for an event sentence."""
    anchor = _anchor(published)
    explicit = _explicit(text, anchor, planned)
    if explicit:
        return explicit
    words = lang.data_for(language, "events.json")
    lowered = text.lower()
    for phrase, offsets in sorted(words.get("relative_weeks", {}).items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"(?<!\w){re.escape(phrase.lower())}(?!\w)", lowered):
            return _shift(anchor, offsets[0]), _shift(anchor, offsets[1]), phrase
    for phrase, offset in words.get("relative_days", {}).items():
        if re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", lowered):
            day = _shift(anchor, offset)
            return day, day, phrase
    return _month_part(text, words, anchor)


def _anchor(published: str | None) -> tuple[date, bool] | None:
    """(publication date, whether its year is known), or None."""
    if not published:
        return None
    if published.startswith("--"):
        month, day = int(published[2:4]), int(published[5:7])
        return date(BASE_YEAR, month, day), False
    if len(published) == 10:
        return date.fromisoformat(published), True
    return None


def _format(value: date, year_known: bool) -> str:
    return value.isoformat() if year_known else value.strftime("--%m-%d")


def _shift(anchor, days: int) -> str | None:
    if anchor is None:
        return None
    value, known = anchor
    return _format(value + timedelta(days=days), known)


def _explicit(text: str, anchor, planned: bool):
    months = lang.months()
    for pattern in _patterns():
        match = pattern.search(text)
        if not match:
            continue
        g = match.groupdict()
        month = months.get(g["m"].lower())
        first, last = int(g["d1"]), int(g.get("d2") or g["d1"])
        if not month or not (1 <= first <= last <= 31):
            continue
        year, known = _year(g.get("y"), anchor, month, first, planned)
        try:
            start, end = date(year, month, first), date(year, month, last)
        except ValueError:
            continue
        return _format(start, known), _format(end, known), match.group(0)
    return None


def _year(written: str | None, anchor, month: int, day: int, planned: bool) -> tuple[int, bool]:
    if written:
        return int(written), True
    if anchor is None or not anchor[1]:
        return BASE_YEAR, False
    published = anchor[0]
    year = published.year
    candidate = date(year, month, min(day, 28))
    if planned and candidate < published - timedelta(days=7):
        year += 1
    elif not planned and candidate > published + timedelta(days=7):
        year -= 1
    return year, True


def _month_part(text: str, words: dict, anchor):
    months = lang.months()
    for phrase, (first, last) in words.get("month_parts", {}).items():
        match = re.search(rf"(?<!\w){re.escape(phrase)}\s+(?P<m>{month_alternation()})", text, re.I)
        if match:
            month = months[match.group("m").lower()]
            year, known = _year(None, anchor, month, first, False)
            last_day = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
            return (_format(date(year, month, first), known), _format(date(year, month, min(last, last_day)), known),
                    match.group(0))
    return None, None, None
