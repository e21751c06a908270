"""English NER (rules + gazetteers). No English gold data exists in the project, so these
tests use sentences written for them; they pin behaviour, not a measured F1.
"""
from __future__ import annotations

from bilat.ner import en, recognise as recognise_any


def found(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.type) for s in en.recognise(text)]


def test_title_cue_person_without_the_title():
    spans = found("Kazakh Ambassador Yerlan Sarsenov said the talks went well.")
    assert ("Yerlan Sarsenov", "PER") in spans
    assert not any(text.startswith(("Kazakh", "Ambassador")) for text, _ in spans)


def test_president_and_prime_minister_cues():
    spans = found("President Viktor Orlov met Prime Minister Dana Kuanova in the capital.")
    assert ("Viktor Orlov", "PER") in spans and ("Dana Kuanova", "PER") in spans
    assert ("Prime Minister", "PER") not in spans and ("Minister", "PER") not in spans


def test_mr_ms_and_said_cues():
    spans = found("Mr Brandt thanked Ms Keller. Trade will grow, said Pavel Zhukovsky.")
    assert ("Brandt", "PER") in spans and ("Keller", "PER") in spans
    assert ("Pavel Zhukovsky", "PER") in spans


def test_surname_ending_marks_unknown_names():
    assert ("Ruslan Temirbekov", "PER") in found("The delegation was led by Ruslan Temirbekov.")


def test_organisation_suffixes():
    spans = found("The Gomel Glass Works signed a deal with the Ministry of Industry of Belarus "
                  "and the Eurasian Development Bank.")
    assert ("Gomel Glass Works", "ORG") in spans
    assert ("Ministry of Industry of Belarus", "ORG") in spans
    assert ("Eurasian Development Bank", "ORG") in spans


def test_countries_cities_and_possessive():
    text = "Kazakhstan's exports to Belarus rose, officials in Minsk said."
    spans = found(text)
    assert ("Kazakhstan", "LOC") in spans and ("Belarus", "LOC") in spans and ("Minsk", "LOC") in spans


def test_upper_case_dateline_is_a_place():
    text = "ASTANA, 5 March (Kazinform) - The forum opened on Monday."
    spans = en.recognise(text)
    first = spans[0]
    assert (first.text, first.type, first.normal) == ("ASTANA", "LOC", "Astana")
    assert ("ASTANA", "ORG") not in [(s.text, s.type) for s in spans]


def test_acronym_is_an_organisation():
    assert ("OSCE", "ORG") in found("Observers from the OSCE arrived on Friday.")


def test_sentence_openers_months_and_weekdays_are_not_entities():
    assert found("The talks ended on Tuesday. In March they will continue.") == []


def test_offsets_point_into_the_text():
    text = "On Monday, Deputy Foreign Minister Oleg Ivanchuk visited the Minsk Tractor Works."
    for span in en.recognise(text):
        assert text[span.start:span.end] == span.text


def test_dispatcher_routes_english():
    assert ("Minsk", "LOC") in [(s.text, s.type) for s in recognise_any("He flew to Minsk.", "en")]


def test_works_without_the_shared_gazetteer(monkeypatch):
    monkeypatch.setattr(en, "_gazetteer_spans", lambda text: [])
    spans = found("Officials in Minsk said Kazakhstan will join, according to Sergei Volkov.")
    assert ("Minsk", "LOC") in spans and ("Kazakhstan", "LOC") in spans
    assert ("Sergei Volkov", "PER") in spans


def test_titles_alone_are_not_people_and_company_lists_stay_apart():
    from bilat.ner.en import recognise
    spans = recognise("Belarusian Prime Minister Alexander Turchin met MTZ and Gomselmash managers in Kostanay.")
    assert [s.text for s in spans if s.type == "PER"] == ["Alexander Turchin"]
    assert {"MTZ", "Gomselmash"} <= {s.text for s in spans if s.type == "ORG"}
