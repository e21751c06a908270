"""Datelines (place, agency, day, month, year) and where a document's year comes from."""
from __future__ import annotations

from datetime import date

import pytest

from bilat.stages.dateline import find_dateline, normalise_agency
from bilat.stages.dates import find_full_dates, is_date_line, parse_iso
from conftest import run_bytes, run_text

DE = (" Belarus und Kasachstan haben ein Abkommen über die Lieferung von Traktoren unterzeichnet. "
      "Das sagte der Minister.")
EN = " Belarus and Kazakhstan signed an agreement on tractor deliveries. The minister said so."
RU = " Беларусь и Казахстан подписали соглашение о поставках тракторов. Об этом сообщил министр."


@pytest.mark.parametrize("text, place_text, agency, month, day, year", [
    ("MINSK, 14. Januar (BelTA) –" + DE, "MINSK", "BelTA", 1, 14, None),
    ("МИНСК, 9 мар — Sputnik." + RU, "МИНСК", "Sputnik", 3, 9, None),
    ("ASTANA, Nov 5 (Kazinform) -" + EN, "ASTANA", "Kazinform", 11, 5, None),
    ("Минск, 14 января. /БЕЛТА/." + RU, "Минск", "BelTA", 1, 14, None),
    ("LONDON, March 3, 2024 (Reuters) -" + EN, "LONDON", "Reuters", 3, 3, 2024),
    ("АСТАНА, 4 апреля (БЕЛТА) –" + RU, "АСТАНА", "BelTA", 4, 4, None),
    ("ТАШКЕНТ, 15 мая - Sputnik." + RU, "ТАШКЕНТ", "Sputnik", 5, 15, None),
    ("MINSK, 14.01.2025 (BelTA) –" + DE, "MINSK", "BelTA", 1, 14, 2025),
    ("NUR-SULTAN, 2 June (Kazinform) -" + EN, "NUR-SULTAN", "Kazinform", 6, 2, None),
])
def test_find_dateline(text, place_text, agency, month, day, year):
    found = find_dateline(text)
    assert found is not None
    assert (found.place_text, found.agency) == (place_text, agency)
    assert (found.month, found.day, found.year) == (month, day, year)
    assert found.start == 0
    assert text[found.end:].lstrip().startswith(("Belarus", "Беларусь"))


@pytest.mark.parametrize("text", [
    "Heute, 5 Personen kamen zum Treffen.",
    "Januar, 5 (BelTA) - Belarus sagte etwas.",
    "The meeting on March 3 was good.",
    "MINSK, 45. Januar (BelTA) – Belarus sagte etwas.",
    "MINSK, 14.13.2025 (BelTA) – Belarus sagte etwas.",
    "Belarus und Kasachstan, 14 Projekte (geplant) – das ist viel.",
])
def test_not_a_dateline(text):
    assert find_dateline(text) is None


@pytest.mark.parametrize("written, canonical", [
    ("BelTA", "BelTA"), ("БЕЛТА", "BelTA"), ("Sputnik", "Sputnik"), ("Kazinform", "Kazinform"),
    ("Steppe Post", "Steppe Post"), ("", None), ("--", None), ("123", None),
])
def test_normalise_agency(written, canonical):
    assert normalise_agency(written) == canonical


# --- through the pipeline: place exonym, agency, published and its provenance ----------------

@pytest.mark.parametrize("text, place, agency, published, language", [
    ("MINSK, 14. Januar (BelTA) –" + DE, "Minsk", "BelTA", "--01-14", "de"),
    ("МИНСК, 9 мар — Sputnik." + RU, "Minsk", "Sputnik", "--03-09", "ru"),
    ("ASTANA, Nov 5 (Kazinform) -" + EN, "Astana", "Kazinform", "--11-05", "en"),
    ("Минск, 14 января. /БЕЛТА/." + RU, "Minsk", "BelTA", "--01-14", "ru"),
    ("АСТАНА, 4 апреля (БЕЛТА) –" + RU, "Astana", "BelTA", "--04-04", "ru"),
    ("ТАШКЕНТ, 15 мая - Sputnik." + RU, "Tashkent", "Sputnik", "--05-15", "ru"),
    ("МІНСК, 10 красавіка (БЕЛТА) – Беларусь і Казахстан правядуць форум рэгіёнаў. Пра гэта паведаміў міністр.",
     "Minsk", "BelTA", "--04-10", "be"),
])
def test_dateline_without_year(text, place, agency, published, language):
    doc = run_text(text)
    assert (doc.place, doc.agency, doc.published, doc.language) == (place, agency, published, language)
    assert doc.published_precision == "day"
    assert doc.year_inferred is False and doc.year_source is None


def test_year_in_dateline_is_text():
    doc = run_text("LONDON, March 3, 2024 (Reuters) -" + EN)
    assert (doc.place, doc.agency, doc.published) == ("London", "Reuters", "2024-03-03")
    assert doc.year_source == "text" and doc.year_inferred is False


def test_year_in_dateline_beats_metadata_and_reference():
    doc = run_text("LONDON, March 3, 2024 (Reuters) -" + EN, reference_date=date(2026, 5, 1), published="2025-01-01")
    assert doc.published == "2024-03-03" and doc.year_source == "text"


def test_metadata_published_gives_the_year():
    doc = run_text("ASTANA, 30. September (BelTA) –" + DE, published="2025-09-30")
    assert doc.published == "2025-09-30"
    assert doc.year_source == "metadata"


def test_metadata_year_is_the_closest_across_new_year():
    doc = run_text("ASTANA, 31 December (Kazinform) -" + EN, published="2026-01-01T08:00:00Z")
    assert doc.published == "2025-12-31"
    assert doc.year_source == "metadata"


def test_metadata_beats_reference_date():
    doc = run_text("ASTANA, 30. September (BelTA) –" + DE, reference_date=date(2026, 11, 22), published="2025-09-30")
    assert doc.published == "2025-09-30" and doc.year_source == "metadata"


def test_metadata_without_dateline():
    doc = run_text(DE.strip(), published="2025-09-30")
    assert doc.place is None and doc.agency is None
    assert doc.published == "2025-09-30" and doc.year_source == "metadata" and doc.year_inferred is False


@pytest.mark.parametrize("published, expected, precision", [
    ("2025-09", "2025-09", "month"), ("2025", "2025", "year"),
])
def test_metadata_of_lower_precision_without_dateline(published, expected, precision):
    doc = run_text(DE.strip(), published=published)
    assert (doc.published, doc.published_precision, doc.year_source) == (expected, precision, "metadata")


def test_full_date_of_the_same_day_elsewhere_in_the_page():
    doc = run_text("MINSK, 14. Januar (BelTA) –" + DE + "\nDas Abkommen wurde am 14. Januar 2025 in Minsk "
                   "unterzeichnet, hieß es.")
    assert doc.published == "2025-01-14"
    assert doc.year_source == "text" and doc.year_inferred is False


def test_full_date_in_the_page_header():
    doc = run_text("14.01.2025 10:20\nTraktoren für Kasachstan vereinbart\nMINSK, 14. Januar (BelTA) –" + DE)
    assert doc.title == "Traktoren für Kasachstan vereinbart"
    assert doc.published == "2025-01-14" and doc.year_source == "text"
    assert "14.01.2025" not in doc.text


def test_header_date_without_dateline():
    doc = run_text("14.01.2025 10:20\n" + DE.strip())
    assert doc.published == "2025-01-14" and doc.year_source == "text"


def test_nearby_full_date_infers_year_from_content():
    doc = run_text("MINSK, 20. Januar (BelTA) –" + DE + "\nEin erstes Abkommen war am 10. Januar 2025 in Astana "
                   "geschlossen worden.", reference_date=date(2026, 11, 22))
    assert doc.published == "2025-01-20"
    assert doc.year_source == "inferred-from-content" and doc.year_inferred is True


def test_distant_full_date_does_not_date_the_report():
    doc = run_text("MINSK, 20. Januar (BelTA) –" + DE + "\nEin erstes Abkommen war am 10. Juli 2019 in Astana "
                   "geschlossen worden.")
    assert doc.published == "--01-20" and doc.year_source is None


def test_date_in_body_without_dateline_is_not_the_publication_date():
    doc = run_text(DE.strip() + "\nEin erstes Abkommen war am 10. Juli 2019 in Astana geschlossen worden.")
    assert doc.published is None and doc.published_precision is None and doc.year_source is None


def test_reference_date_on_leap_day():
    doc = run_text("MINSK, 29. Februar (BelTA) –" + DE, reference_date=date(2026, 11, 22))
    assert doc.published == "2024-02-29" and doc.year_source == "reference-date"


HTML = """<!DOCTYPE html><html><head><title>Trade deal | Agency</title>
<meta property="article:published_time" content="2025-03-12T10:00:00+03:00"></head><body><article>
<h1>Belarus and Kazakhstan sign a trade deal</h1>
<p>{dateline}Belarus and Kazakhstan signed an agreement on tractor deliveries, the ministry said on Wednesday.</p>
<p>The contract covers 400 machines and is due to be fulfilled by the end of the year, the minister told reporters.</p>
</article></body></html>"""


def test_html_meta_published_time_with_dateline():
    doc = run_bytes(HTML.format(dateline="MINSK, 12 March (BelTA) - ").encode(), "html", "page.html")
    assert doc.title == "Belarus and Kazakhstan sign a trade deal"
    assert (doc.place, doc.agency, doc.published) == ("Minsk", "BelTA", "2025-03-12")
    assert doc.year_source == "metadata"


def test_html_meta_published_time_without_dateline():
    doc = run_bytes(HTML.format(dateline="").encode(), "html", "page.html")
    assert doc.place is None
    assert doc.published == "2025-03-12" and doc.year_source == "metadata"


def test_html_body_is_text_without_tags():
    doc = run_bytes(HTML.format(dateline="").encode(), "html", "page.html")
    assert "<" not in doc.text and "400 machines" in doc.text


# --- date helpers ----------------------------------------------------------------------------

@pytest.mark.parametrize("line, is_date", [
    ("05 November 2025, 12:33", True), ("Mittwoch, 5. November 2025", True), ("04.04.2025 11:20", True),
    ("20 February 2025", True), ("12:33", True),
    ("Belarus und Kasachstan wollen bis 2030 ihren Warenumsatz steigern", False), ("Wirtschaft", False),
])
def test_is_date_line(line, is_date):
    assert is_date_line(line) is is_date


def test_find_full_dates_in_order():
    text = "Am 3. März 2024 und am 2024-05-06, dann May 7, 2025 und 31.02.2025 (ungültig), 8 июля 2023 г."
    assert find_full_dates(text) == [date(2024, 3, 3), date(2024, 5, 6), date(2025, 5, 7), date(2023, 7, 8)]


@pytest.mark.parametrize("value, expected", [
    ("2025-03-12T10:00:00+03:00", ("2025-03-12", "day")), ("2025-03", ("2025-03", "month")), ("2025", ("2025", "year")),
    ("12 March 2025", ("2025-03-12", "day")), ("", None), (None, None), ("yesterday", None),
])
def test_parse_iso(value, expected):
    assert parse_iso(value) == expected
