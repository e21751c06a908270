"""Sentence splitting in German, Russian and English: abbreviations, ordinals, datelines."""
from __future__ import annotations

import pytest

from bilat.stages.sentences import split
from conftest import run_text, sentence_texts


def sentences(text: str, code: str) -> list[str]:
    return [text[start:end] for start, end in split(text, code)]


@pytest.mark.parametrize("code, text", [
    ("de", "Der Umsatz soll auf $1 Mrd. gesteigert werden."),
    ("de", "Die Exporte lagen bei $800 Mio. und sollen steigen."),
    ("de", "Die Exporte lagen bei 800 Mio. Euro im Jahr."),
    ("de", "Der Umsatz lag bei 1 Mrd. $ im Vorjahr."),
    ("de", "Es gibt dort (in Kasachstan - Anm. BelTA) sieben Werke."),
    ("de", "Geliefert werden u.a. Traktoren und Busse."),
    ("de", "Geliefert werden u. a. Traktoren und Busse."),
    ("de", "Geliefert werden z.B. Traktoren und Busse."),
    ("de", "Er wurde am 14. Januar zum Botschafter ernannt."),
    ("de", "Am 1. März beginnt die Messe in Minsk."),
    ("de", "Das sagte Dr. Schmidt in Minsk."),
    ("de", "Gespräche gab es bzw. gibt es weiter mit Astana."),
    ("ru", "Товарооборот достиг 1 млрд. долларов в прошлом году."),
    ("ru", "Он приехал, т.е. прибыл в столицу вчера."),
    ("ru", "Встреча прошла в г. Минск в понедельник."),
    ("ru", "Поставлено 25 тыс. тонн зерна."),
    ("ru", "Поставки выросли, см. таблицу ниже."),
    ("en", "Mr. Smith met Dr. Jones in Minsk."),
    ("en", "It was signed on Nov. 5 in Astana."),
    ("en", "Shipments, e.g. tractors, rose sharply."),
    ("en", "He met the delegation led by J. Smith in Minsk."),
])
def test_no_break(code, text):
    assert sentences(text, code) == [text]


@pytest.mark.parametrize("code, text, expected", [
    ("de", "Seit 2021 liegt der Umsatz über $1 Mrd. Die Exporte liegen bei $800 Mio.",
     ["Seit 2021 liegt der Umsatz über $1 Mrd.", "Die Exporte liegen bei $800 Mio."]),
    ("de", "Der Umsatz lag bei $225 Mio. Zum Vergleich: 2022 war er höher.",
     ["Der Umsatz lag bei $225 Mio.", "Zum Vergleich: 2022 war er höher."]),
    ("de", "Das Werk ging 2023 in Betrieb. Es produziert Traktoren.",
     ["Das Werk ging 2023 in Betrieb.", "Es produziert Traktoren."]),
    ("de", "„Wir sind bereit.“ Das sagte der Minister.",
     ["„Wir sind bereit.“", "Das sagte der Minister."]),
    ("ru", "Товарооборот достиг 1 млрд. Это много.", ["Товарооборот достиг 1 млрд.", "Это много."]),
    ("ru", "Это случилось в 2023 г. Беларусь вступила в ШОС.",
     ["Это случилось в 2023 г.", "Беларусь вступила в ШОС."]),
    ("ru", "«Мы готовы», — сказал посол. Переговоры продолжатся завтра.",
     ["«Мы готовы», — сказал посол.", "Переговоры продолжатся завтра."]),
    ("ru", "Правда ли это? Да! Это так.", ["Правда ли это?", "Да!", "Это так."]),
    ("en", "Trade reached $1.02 bn. The minister said so.", ["Trade reached $1.02 bn.", "The minister said so."]),
    ("en", "Is it true? Yes! It is.", ["Is it true?", "Yes!", "It is."]),
    ("en", "They met in Minsk... Talks went on.", ["They met in Minsk...", "Talks went on."]),
])
def test_breaks_at_genuine_ends(code, text, expected):
    assert sentences(text, code) == expected


def test_no_break_in_day_range_before_month():
    text = "Die Delegation besucht Kasachstan am 4./5. November. Gestern fand ein Treffen statt."
    assert sentences(text, "de") == ["Die Delegation besucht Kasachstan am 4./5. November.",
                                     "Gestern fand ein Treffen statt."]


def test_no_break_before_lowercase_word():
    assert sentences("Sie kosten 5 Euro. und mehr.", "de") == ["Sie kosten 5 Euro. und mehr."]


def test_offsets_index_the_paragraph():
    text = "  Erster Satz hier.   Zweiter Satz dort.  "
    spans = split(text, "de")
    assert [text[s:e] for s, e in spans] == ["Erster Satz hier.", "Zweiter Satz dort."]
    assert spans[0][0] == 2


def test_protected_prefix_never_breaks():
    text = "Er sagte: Das ist gut. Gestern war das. Heute nicht."
    assert len(split(text, "de")) == 3
    protected = text.index("Gestern")
    second_end = text.index(" Heute")
    assert split(text, "de", protected=protected) == [(0, second_end), (second_end + 1, len(text))]


def test_empty_and_blank_paragraphs():
    assert split("", "de") == []
    assert split("   ", "ru") == []


def test_unknown_language_falls_back_to_english_rules():
    assert sentences("Mr. Smith came. He left.", "xx") == ["Mr. Smith came.", "He left."]
    assert sentences("Mr. Smith came. He left.", None) == ["Mr. Smith came.", "He left."]


@pytest.mark.parametrize("text, dateline", [
    ("МИНСК, 9 мар — Sputnik. Посол Казахстана заявил о новых проектах. Переговоры продолжатся.",
     "МИНСК, 9 мар — Sputnik."),
    ("MINSK, 14. Januar (BelTA) – Belarus und Kasachstan vereinbaren Lieferungen. Das sagte der Minister.",
     "MINSK, 14. Januar (BelTA) –"),
    ("Минск, 14 января. /БЕЛТА/. Беларусь и Казахстан подписали соглашение. Об этом сообщил министр.",
     "Минск, 14 января. /БЕЛТА/."),
])
def test_dateline_is_not_a_sentence_of_its_own(text, dateline):
    doc = run_text(text)
    found = sentence_texts(doc)
    assert len(found) == 2
    assert found[0].startswith(dateline) and len(found[0]) > len(dateline) + 10


def test_document_sentences_use_paragraph_language():
    text = ("МИНСК, 9 мар — Sputnik. Беларусь и Казахстан подписали соглашение о поставках 25 тыс. тонн молока. "
            "Об этом сообщил министр.\n"
            "The ministry said in an English statement: the plant will make 1,200 lifts a year. Mr. Smith agreed.")
    doc = run_text(text)
    assert doc.language == "ru"
    assert [p.label for p in doc.paragraphs] == ["ru", "en"]
    assert sentence_texts(doc)[-1] == "Mr. Smith agreed."
    assert len(doc.sentences) == 4
