"""Small formatting helpers shared by the HTML and Markdown views of a brief."""
from __future__ import annotations

import re

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
INDICATOR_NAMES = {"trade_turnover": "Trade turnover", "exports": "Exports", "imports": "Imports",
                   "investment": "Investment", "production": "Production", "other": "Other figures"}
_ISO = re.compile(r"^(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?$|^--(?P<m2>\d{2})-(?P<d2>\d{2})$")


def date_label(value: str | None, short: bool = False) -> str:
    """"2025-11-05" -> "5 Nov 2025"; "--01-14" -> "14 Jan (year not stated)" ("14 Jan" when short)."""
    if not value:
        return "date unknown"
    match = _ISO.match(value)
    if not match:
        return value
    if match["m2"]:
        day = f"{int(match['d2'])} {MONTHS[int(match['m2']) - 1]}"
        return day if short else f"{day} (year not stated)"
    if match["d"]:
        return f"{int(match['d'])} {MONTHS[int(match['m']) - 1]} {match['y']}"
    if match["m"]:
        return f"{MONTHS[int(match['m']) - 1]} {match['y']}"
    return match["y"]


def date_span(start: str | None, end: str | None) -> str:
    """"4–5 Mar 2025", "30 Apr – 2 May 2025", "21 Feb – 29 Feb" (short labels when the year is not stated)."""
    short = bool(start and start.startswith("--"))
    first = date_label(start, short)
    if not end or end == start:
        return first
    last = date_label(end, short)
    a, b = first.split(" "), last.split(" ")
    if len(a) == len(b) == 3 and a[1:] == b[1:]:
        return f"{a[0]}\u2013{last}"
    if len(a) == len(b) == 3 and a[2] == b[2]:
        return f"{a[0]} {a[1]} \u2013 {last}"
    if len(a) == len(b) == 2 and a[1] == b[1]:
        return f"{a[0]}\u2013{last}"
    return f"{first} \u2013 {last}"


def date_key(value: str | None) -> tuple:
    """Sort key: dates with a year above dates without one, above no date at all."""
    if not value:
        return (0, "")
    if value.startswith("--"):
        return (1, value[2:])
    return (2, value)


def year_of(value: str | None) -> int | None:
    """The year of an ISO date or year; None for "--MM-DD" or nothing."""
    if value and len(value) >= 4 and value[:4].isdigit():
        return int(value[:4])
    return None


def period_label(record: dict) -> str:
    """The period a figure refers to, as a reader would write it."""
    start, end = record.get("period_start"), record.get("period_end")
    if not start and not end:
        text = record.get("period_text")
        return f"not stated (\u201c{text}\u201d)" if text else "not stated"
    if start == end or not start:
        return f"by {end}" if record.get("modality") != "actual" and not start else str(end)
    if not end:
        return f"since {start}"
    return f"{start}\u2013{end}"


def indicator_title(indicator: str | None, measure: str, unit: str | None) -> str:
    name = INDICATOR_NAMES.get(indicator or "other", (indicator or "other").replace("_", " ").capitalize())
    if measure == "change":
        return f"{name} \u00b7 change in {unit}"
    return f"{name} \u00b7 {unit}"


def tick_label(value: float, unit: str | None) -> str:
    """Compact axis label: 1500000000 -> "1.5 bn"; 15 (%) -> "15%"."""
    if unit == "%":
        return f"{value:g}%"
    for size, word in ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if abs(value) >= size:
            return f"{value / size:.2f}".rstrip("0").rstrip(".") + f" {word}"
    return f"{value:g}"


def shorten(text: str, limit: int = 240) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rsplit(" ", 1)[0] + "\u2026"


def safe_url(location: str | None) -> str | None:
    """``location`` when it is an http(s) URL that may be a link; None otherwise (paths, javascript:, ...)."""
    if location and re.match(r"^https?://[^\s<>\"']+$", location, re.IGNORECASE):
        return location
    return None
