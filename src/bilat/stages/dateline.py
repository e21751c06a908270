"""Datelines: "MINSK, 14. Januar (BelTA) –", "МИНСК, 9 мар — Sputnik.", "ASTANA, Nov 5 (Kazinform) -"."""
from __future__ import annotations

import re
from functools import lru_cache

from bilat import lang
from bilat.model import Dateline
from bilat.stages.dates import month_alternation

UPPER = "A-ZÄÖÜА-ЯЁІЎЄЇҐӘҒҚҢӨҰҮҺ"
LOWER = "a-zäöüßа-яёіўєїґәғқңөұүһ"
PLACE = rf"(?P<place>[{UPPER}][{UPPER}\-'’ ]{{1,28}}[{UPPER}]|[{UPPER}][{LOWER}]+(?:[- ][{UPPER}]?[{LOWER}]+)?)"
DASH = r"[–—-]"
COUNTRY = rf"(?:\s*,\s*[{UPPER}][{LOWER}]+(?:\s[{UPPER}][{LOWER}]+)?)?"     # "ASTANA, Kazakhstan, March 3"


@lru_cache(maxsize=1)
def dateline_pattern() -> re.Pattern:
    m = month_alternation()
    day_month = rf"(?P<d1>\d{{1,2}})\.?\s+(?P<m1>{m})\.?(?:\s+(?P<y1>(?:19|20)\d\d))?(?:\s*(?:г\.|года|жыл[ыа]?))?"
    month_day = rf"(?P<m2>{m})\.?\s+(?P<d2>\d{{1,2}})(?:,?\s+(?P<y2>(?:19|20)\d\d))?"
    numeric = r"(?P<d3>\d{1,2})\.(?P<n3>\d{1,2})\.(?P<y3>(?:19|20)\d\d)"
    agency = (rf"\s*\((?P<a1>[^()\n]{{2,40}})\)\s*{DASH}?"
              rf"|\s*[.,]?\s*/\s*(?P<a2>[^/\n]{{2,40}})\s*/\s*[.,]?\s*{DASH}?"
              rf"|\s*{DASH}\s*(?P<a3>[^\s.,–—-][^.\n–—]{{0,38}}?)\s*[.:]\s"
              rf"|\s*\.\s*(?P<a4>[^\s.,–—-][^.\n–—]{{0,38}}?)\s*{DASH}+\s"
              rf"|\s*{DASH}\s")
    return re.compile(rf"^{PLACE}{COUNTRY}\s*[,.]\s*(?:{day_month}|{month_day}|{numeric})(?:{agency})", re.IGNORECASE)


UNDATED = re.compile(rf"^(?P<place>[{UPPER}][{UPPER}\-'’ ]{{1,28}}[{UPPER}]){COUNTRY}\s*\((?P<agency>[^()\n]{{2,40}})\)\s*{DASH}+\s")


def find_dateline(paragraph: str) -> Dateline | None:
    """The dateline at the head of ``paragraph``, or None."""
    match = dateline_pattern().match(paragraph)
    if not match:
        return _undated(paragraph)
    g = match.groupdict()
    place_text = g["place"].strip()
    if not _is_place_word(place_text):
        return None
    month = _month(g)
    day = int(g["d1"] or g["d2"] or g["d3"])
    if not month or not 1 <= day <= 31:
        return None
    year = g["y1"] or g["y2"] or g["y3"]
    agency_text = (g["a1"] or g["a2"] or g["a3"] or g["a4"] or "").strip()
    agency = normalise_agency(agency_text)
    end = match.end()
    if agency is None:                                   # "Минск, 14 января — БелТА Президент ..."
        agency, end = _known_agency_after(paragraph, end)
    return Dateline(place_text=place_text, agency=agency, month=month, day=day,
                    year=int(year) if year else None, start=match.start(), end=end)


UNDATED_KNOWN = re.compile(rf"^(?P<place>[{UPPER}][{UPPER}\-'’ ]{{1,28}}[{UPPER}])\s*[.,]\s*(?P<agency>[^.,\n–—-]{{2,40}}?)\s*{DASH}+\s")


def _undated(paragraph: str) -> Dateline | None:
    """"ASTANA (Reuters) - ...", "ASTANA. KAZINFORM - ...": an upper-case place and an agency, no date."""
    match = UNDATED.match(paragraph)
    if match is None:
        match = UNDATED_KNOWN.match(paragraph)
        if match is None or match.group("agency").strip().casefold() not in _agencies():
            return None
    if not _is_place_word(match.group("place")):
        return None
    return Dateline(place_text=match.group("place").strip(), agency=normalise_agency(match.group("agency")),
                    start=0, end=match.end())


def _known_agency_after(paragraph: str, end: int) -> tuple[str | None, int]:
    head = paragraph[end:end + 40]
    for surface, canonical in sorted(_agencies().items(), key=lambda kv: -len(kv[0])):
        if head.casefold().startswith(surface) and not head[len(surface):len(surface) + 1].isalnum():
            return canonical, end + len(surface) + (1 if head[len(surface):len(surface) + 1] in ".:," else 0)
    return None, end


def _month(g: dict) -> int | None:
    if g["n3"]:
        number = int(g["n3"])
        return number if 1 <= number <= 12 else None
    return lang.months().get((g["m1"] or g["m2"]).lower())


def _is_place_word(text: str) -> bool:
    # A dateline place is upper case ("MINSK") or a capitalised name, never a month or weekday.
    return text.lower() not in lang.months() and text.lower() not in lang.all_lines("weekdays.txt")


@lru_cache(maxsize=1)
def _agencies() -> dict[str, str]:
    table = {}
    for line in lang.lines("", "agencies.tsv"):
        surface, _, canonical = line.partition("\t")
        table[surface.strip().casefold()] = canonical.strip()
    return table


def normalise_agency(text: str) -> str | None:
    """Canonical agency name ("БЕЛТА" -> "BelTA"); unknown names are kept as written."""
    text = text.split(",")[0].strip(" .,:;/()–—-")        # "Sputnik, Иван Петров": the agency, not the author
    if not text or len(text) > 40 or re.fullmatch(r"[\d\W]+", text):
        return None
    table = _agencies()
    key = text.casefold()
    if key in table:
        return table[key]
    for surface, canonical in table.items():
        if key.startswith(surface + " ") or key.startswith(surface + "."):
            return canonical
    return text
