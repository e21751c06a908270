"""Metadata stage: dateline (place, agency, day and month), publication date, year provenance.

A year the dateline does not give comes, in order, from the container's
metadata, a full date elsewhere in the page, ``--reference-date``; otherwise it
stays unknown (``--MM-DD``). ``year_inferred``/``year_source`` say which.
"""
from __future__ import annotations

from datetime import date

from bilat.model import Context, Dateline, Document
from bilat.stages.dateline import find_dateline
from bilat.stages.dates import find_full_dates, make_date, parse_iso
from bilat.translit import has_cyrillic, to_latin

DATELINE_SEARCH_PARAGRAPHS = 4
NEARBY_DAYS = 45


def run(doc: Document, ctx: Context) -> Document:
    dateline = _dateline(doc.text)
    if dateline is not None:
        dateline = Dateline(**{**dateline.__dict__, "place": place_name(dateline.place_text, doc.language)})
    published, precision, inferred, source = _published(doc, dateline, ctx.reference_date)
    return doc.evolve(dateline=dateline, place=dateline.place if dateline else None,
                      agency=dateline.agency if dateline else None, published=published,
                      published_precision=precision, year_inferred=inferred, year_source=source)


def _dateline(text: str) -> Dateline | None:
    offset = 0
    for paragraph in text.split("\n")[:DATELINE_SEARCH_PARAGRAPHS]:
        found = find_dateline(paragraph)
        if found is not None:
            return Dateline(**{**found.__dict__, "start": offset + found.start, "end": offset + found.end})
        offset += len(paragraph) + 1
    return None


def place_name(written: str | None, language: str | None) -> str | None:
    """The English exonym of a dateline place ("МИНСК" -> "Minsk")."""
    if not written:
        return None
    try:
        from bilat.gazetteer import load
        for entry in load().lookup(written, language):
            if entry.type == "LOC":
                return entry.name
    except (ImportError, AttributeError):
        pass
    latin = to_latin(written) if has_cyrillic(written) else written
    return "-".join(part.capitalize() for part in latin.lower().split("-")).title()


def _published(doc: Document, dateline: Dateline | None, reference: date | None):
    """(published, precision, year_inferred, year_source)."""
    meta = parse_iso(doc.meta.published)
    page_dates = find_full_dates("\n".join(doc.removed_lines + (doc.text,)))
    if dateline is None or dateline.month is None:
        if meta:
            return meta[0], meta[1], False, "metadata"
        header_dates = find_full_dates("\n".join(doc.removed_lines))
        if header_dates:
            return header_dates[0].isoformat(), "day", False, "text"
        return None, None, False, None
    month, day = dateline.month, dateline.day
    if dateline.year:
        return _iso(make_date(dateline.year, month, day)), "day", False, "text"
    if meta and meta[1] == "day":
        year = _closest_year(month, day, date.fromisoformat(meta[0]))
        return _iso(make_date(year, month, day)), "day", True, "metadata"
    same_day = [d for d in page_dates if (d.month, d.day) == (month, day)]
    if same_day:
        return same_day[0].isoformat(), "day", False, "text"
    nearby = [d for d in page_dates if _days_apart(month, day, d) <= NEARBY_DAYS]
    if nearby:
        year = _closest_year(month, day, nearby[0])
        return _iso(make_date(year, month, day)), "day", True, "inferred-from-content"
    if reference:
        year = _latest_year_not_after(month, day, reference)
        return _iso(make_date(year, month, day)), "day", True, "reference-date"
    return f"--{month:02d}-{day:02d}", "day", False, None


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _closest_year(month: int, day: int, anchor: date) -> int:
    candidates = [y for y in (anchor.year - 1, anchor.year, anchor.year + 1) if make_date(y, month, day)]
    if not candidates:
        return anchor.year
    return min(candidates, key=lambda y: abs((make_date(y, month, day) - anchor).days))


def _days_apart(month: int, day: int, anchor: date) -> int:
    nearest = make_date(_closest_year(month, day, anchor), month, day)
    return abs((nearest - anchor).days) if nearest else NEARBY_DAYS + 1


def _latest_year_not_after(month: int, day: int, reference: date) -> int:
    year = reference.year
    while make_date(year, month, day) is None or make_date(year, month, day) > reference:
        year -= 1
    return year
