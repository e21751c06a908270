"""The five real seed articles in ../shared/seeds, read through the whole document pipeline.

The seeds are read at run time and never copied into the repository; the
tests only name short substrings of them.
"""
from __future__ import annotations

import re
from datetime import date

import pytest

from conftest import run_bytes, seed_file, sentence_texts

SEED_FACTS = {  # number: (language, agency, place, "MM-DD")
    0: ("de", "BelTA", "Minsk", "01-14"),
    1: ("de", "BelTA", "Minsk", "02-27"),
    2: ("de", "BelTA", "Astana", "11-05"),
    3: ("de", "BelTA", "Minsk", "06-23"),
    4: ("ru", "Sputnik", "Minsk", "03-09"),
}
NO_YEAR_WRITTEN = (0, 1, 3, 4)
GERMAN_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
                 "Oktober", "November", "Dezember")
_cache: dict = {}


def seed_doc(number: int, reference_date: date | None = None):
    key = (number, reference_date)
    if key not in _cache:
        path = seed_file(number)
        _cache[key] = run_bytes(path.read_bytes(), source=str(path), reference_date=reference_date)
    return _cache[key]


def raw_lines(number: int) -> list[str]:
    return [line.strip() for line in seed_file(number).read_text(encoding="utf-8").splitlines() if line.strip()]


def words(text: str) -> str:
    return " ".join(text.split())


# --- language, agency, dateline place, month and day ------------------------------------------

@pytest.mark.parametrize("number", sorted(SEED_FACTS))
def test_language_agency_place_and_day(number):
    language, agency, place, month_day = SEED_FACTS[number]
    doc = seed_doc(number)
    assert doc.language == language
    assert doc.agency == agency
    assert doc.place == place
    assert doc.published is not None and doc.published.endswith(month_day)
    assert doc.published_precision == "day"


@pytest.mark.parametrize("number", NO_YEAR_WRITTEN)
def test_no_year_is_invented_without_reference_date(number):
    doc = seed_doc(number)
    assert doc.published == f"--{SEED_FACTS[number][3]}"
    assert doc.year_inferred is False
    assert doc.year_source is None


@pytest.mark.parametrize("number", NO_YEAR_WRITTEN)
def test_reference_date_supplies_the_year(number):
    doc = seed_doc(number, date(2026, 11, 22))
    assert doc.published == f"2026-{SEED_FACTS[number][3]}"
    assert doc.year_source == "reference-date"
    assert doc.year_inferred is True


@pytest.mark.parametrize("number", NO_YEAR_WRITTEN)
def test_reference_date_before_the_day_gives_the_year_before(number):
    doc = seed_doc(number, date(2026, 1, 10))  # every seed day lies after 10 January
    assert doc.published == f"2025-{SEED_FACTS[number][3]}"
    assert doc.year_source == "reference-date"
    assert doc.year_inferred is True


def test_reference_date_on_the_day_itself_keeps_that_year():
    doc = seed_doc(0, date(2026, 1, 14))
    assert doc.published == "2026-01-14"


@pytest.mark.parametrize("reference", [None, date(2026, 11, 22), date(2026, 1, 10)])
def test_002_is_dated_from_its_header(reference):
    doc = seed_doc(2, reference)
    assert doc.published == "2025-11-05"
    assert doc.year_source == "text"
    assert doc.year_inferred is False


# --- 002: headline found, page furniture gone -----------------------------------------------

def test_002_title_is_the_headline_line():
    doc = seed_doc(2)
    assert doc.title is not None
    assert doc.title in raw_lines(2)
    assert doc.title.startswith("Belarus und Kasachstan") and doc.title.endswith("steigern")


@pytest.mark.parametrize("furniture", ["Alle Nachrichten", "Archivfoto", "Abonnieren Sie uns auf",
                                       "Letzte Nachrichten aus Belarus", "flag Mittwoch"])
def test_002_furniture_is_not_in_text(furniture):
    assert furniture not in seed_doc(2).text


@pytest.mark.parametrize("menu_item", ["Projekte", "Staatsorgane", "Wirtschaft", "X"])
def test_002_menu_lines_are_not_in_text(menu_item):
    assert menu_item not in seed_doc(2).text.split("\n")


def test_002_bare_timestamp_line_is_gone():
    timestamp = re.compile(r"^\d{1,2} \w+ \d{4}, \d{1,2}:\d{2}$")
    assert any(timestamp.match(line) for line in raw_lines(2))  # the seed has one
    assert not any(timestamp.match(line) for line in seed_doc(2).text.split("\n"))


def test_002_removes_only_furniture_and_counts_it():
    doc = seed_doc(2)
    assert doc.removed == {"boilerplate_lines": 12, "repeated_blocks": 0}
    assert all(len(line.split()) <= 6 for line in doc.removed_lines)
    for line in raw_lines(2):
        if len(line.split()) >= 20:  # every body paragraph is kept whole
            assert words(line) in doc.text


# --- 001: body held once ------------------------------------------------------------------------

def test_001_holds_each_paragraph_once():
    doc = seed_doc(1)
    paragraphs = {words(line) for line in raw_lines(1) if len(line.split()) >= 5}
    assert len(paragraphs) >= 4
    for paragraph in paragraphs:
        assert doc.text.count(paragraph) == 1, paragraph[:40]


def test_001_counts_one_repeated_block():
    assert seed_doc(1).removed == {"boilerplate_lines": 0, "repeated_blocks": 1}


@pytest.mark.parametrize("number", [0, 3])
def test_clean_seeds_lose_nothing(number):
    doc = seed_doc(number)
    assert doc.removed == {"boilerplate_lines": 0, "repeated_blocks": 0}
    assert doc.text.split() == " ".join(raw_lines(number)).split()


# --- 004: NBSP gone, words unchanged -----------------------------------------------------------

def test_004_nbsp_gone_words_unchanged():
    raw = seed_file(4).read_text(encoding="utf-8")
    assert "\u00a0" in raw
    doc = seed_doc(4)
    assert "\u00a0" not in doc.text
    removed = {words(line) for line in doc.removed_lines}
    kept = [line for line in raw.splitlines() if line.strip() and words(line) not in removed]
    assert doc.text.split() == " ".join(kept).split()
    assert doc.removed == {"boilerplate_lines": 1, "repeated_blocks": 0}


def test_004_title_is_the_headline():
    doc = seed_doc(4)
    assert doc.title == raw_lines(4)[0]


# --- sentences -----------------------------------------------------------------------------------

def _ends(doc):
    """(sentence, the text that follows it) for every sentence but the last of its paragraph."""
    for span in doc.sentences:
        yield doc.text[span.start:span.end], doc.text[span.end:span.end + 20].lstrip(" ")


@pytest.mark.parametrize("number", [0, 1, 2, 3])
@pytest.mark.parametrize("abbreviation", ["Mrd.", "Mio."])
def test_no_break_after_amount_abbreviation_before_lowercase_or_currency(number, abbreviation):
    doc = seed_doc(number)
    for sentence, following in _ends(doc):
        if sentence.endswith(abbreviation) and following and following[0] != "\n":
            assert following[0].isupper() and following[0] not in "$€", (sentence[-30:], following)


def test_000_breaks_after_mrd_before_a_new_sentence():
    sentences = sentence_texts(seed_doc(0))
    assert any(s.endswith("$1 Mrd.") for s in sentences)
    assert any(s.startswith("Die belarussischen Exporte") for s in sentences)


@pytest.mark.parametrize("number", [0, 1, 2, 3])
@pytest.mark.parametrize("abbreviation", ["Anm.", "u.a.", "z.B."])
def test_no_break_after_never_final_abbreviation(number, abbreviation):
    for sentence in sentence_texts(seed_doc(number)):
        assert not sentence.endswith(abbreviation), sentence[-40:]


@pytest.mark.parametrize("abbreviation, number", [("Anm.", 0), ("u.a.", 3), ("z.B.", 3)])
def test_abbreviation_present_in_seed(abbreviation, number):
    assert abbreviation in seed_doc(number).text  # the tests above are not vacuous


ORDINAL_BEFORE_MONTH = re.compile(r"\d{1,2}\.$")


@pytest.mark.parametrize("number", [
    0, 1, 3,
    2,
])
def test_no_break_between_day_and_month(number):
    for sentence, following in _ends(seed_doc(number)):
        if ORDINAL_BEFORE_MONTH.search(sentence):
            assert not following.startswith(GERMAN_MONTHS), (sentence[-30:], following)


def test_000_keeps_14_januar_inside_its_sentence():
    doc = seed_doc(0)
    holding = [s for s in sentence_texts(doc) if "am 14. Januar" in s]
    assert len(holding) == 1 and not holding[0].endswith("14.")


def test_004_dateline_is_not_its_own_sentence():
    doc = seed_doc(4)
    assert doc.dateline is not None and doc.dateline.place_text == "МИНСК"
    first = next(s for s in doc.sentences if s.start <= doc.dateline.start < s.end)
    assert first.start == doc.dateline.start
    assert first.end > doc.dateline.end + 10
    assert not any(s.rstrip(".").endswith("Sputnik") for s in sentence_texts(doc))


@pytest.mark.parametrize("number", sorted(SEED_FACTS))
def test_sentences_lie_inside_paragraphs_in_order(number):
    doc = seed_doc(number)
    assert doc.sentences
    previous_end = 0
    for span in doc.sentences:
        assert previous_end <= span.start < span.end <= len(doc.text)
        assert "\n" not in doc.text[span.start:span.end]
        previous_end = span.end
