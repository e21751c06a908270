"""Clean stage and normalisation on small texts written for these tests."""
from __future__ import annotations

import pytest

from bilat.model import Context, Document
from bilat.stages import clean
from bilat.stages.normalise import normalise


def cleaned(text: str) -> Document:
    return clean.run(Document(id="doc-test", source="test.txt", raw=text), Context())


def lines(doc: Document) -> list[str]:
    return doc.text.split("\n")


DE_BODY = [
    "MINSK, 3. Mai (BelTA) – Belarus und Kasachstan haben heute in Minsk ein Abkommen über die Lieferung "
    "von Traktoren unterzeichnet. Das teilte das Ministerium mit.",
    "Der Vertrag umfasst 400 Maschinen und soll bis Ende des Jahres erfüllt werden, sagte der Minister.",
    "Die Seiten wollen außerdem ein Servicezentrum in Karaganda eröffnen und dort Ersatzteile lagern.",
]


# --- invisible and space-like characters ------------------------------------------------------

@pytest.mark.parametrize("raw, expected", [
    ("Der\u00a0Botschafter sagte am\u00a09.\u00a0März", "Der Botschafter sagte am 9. März"),
    ("Zusammen\u00adarbeit und Handels\u00adumsatz", "Zusammenarbeit und Handelsumsatz"),
    ("Казах\u200bстан и\u200c Бела\u200dрусь\u2060", "Казахстан и Беларусь"),
    ("\ufeffMINSK, 3. Mai", "MINSK, 3. Mai"),
    ("1\u202f200 тонн и 25\u2009тыс.", "1 200 тонн и 25 тыс."),
    ("one  two\tthree \u3000 four", "one two three four"),
    ("line one\r\nline two\rline three\u2028line four", "line one\nline two\nline three\nline four"),
    ("para one\n\n\n\n\npara two", "para one\n\npara two"),
    ("  padded line  \n  second  ", "padded line\nsecond"),
])
def test_normalise(raw, expected):
    assert normalise(raw) == expected


def test_normalise_composes_to_nfc():
    assert normalise("Pra\u0308sident") == "Präsident"
    assert normalise("Й") == "Й"


def test_clean_removes_invisible_characters_without_changing_words():
    raw = ("МИНСК, 9\u00a0мар — Sputnik. Посол\u00a0Казахстана заявил о со\u00adтрудничестве и "
           "ин\u200bвестициях в\u00a0размере 1\u00a0200 млн долларов.")
    doc = cleaned(raw)
    for invisible in "\u00a0\u00ad\u200b":
        assert invisible not in doc.text
    assert doc.text.split() == raw.replace("\u00ad", "").replace("\u200b", "").split()
    assert doc.removed == {"boilerplate_lines": 0, "repeated_blocks": 0}


# --- boilerplate ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, furniture", [
    ("\n".join([DE_BODY[0], "Archivfoto", DE_BODY[1], "Lesen Sie auch: Belarus liefert Busse nach Usbekistan",
                DE_BODY[2], "Quelle: BelTA"]),
     ["Archivfoto", "Lesen Sie auch: Belarus liefert Busse nach Usbekistan", "Quelle: BelTA"]),
    ("МИНСК, 3 мая — Sputnik. Беларусь и Казахстан подписали соглашение о поставках тракторов. "
     "Об этом сообщили в министерстве.\n"
     "Фото: пресс-служба министерства\n"
     "Контракт охватывает 400 машин и должен быть выполнен до конца года, сообщил министр журналистам.\n"
     "Читайте также: Беларусь поставит автобусы в Узбекистан\n"
     "Стороны также намерены открыть сервисный центр в Караганде.",
     ["Фото: пресс-служба министерства", "Читайте также: Беларусь поставит автобусы в Узбекистан"]),
    ("ASTANA, May 3 (Kazinform) - Kazakhstan and Belarus signed an agreement on tractor deliveries today, "
     "the ministry said.\n"
     "File photo\n"
     "The contract covers 400 machines and is due to be fulfilled by the end of the year, the minister said.\n"
     "Read more: Belarus to supply buses to Uzbekistan\n"
     "The sides also plan to open a service centre in Karaganda.",
     ["File photo", "Read more: Belarus to supply buses to Uzbekistan"]),
], ids=["de", "ru", "en"])
def test_boilerplate_lines_removed_and_counted(text, furniture):
    doc = cleaned(text)
    for line in furniture:
        assert line not in lines(doc)
    assert doc.removed == {"boilerplate_lines": len(furniture), "repeated_blocks": 0}
    assert sorted(doc.removed_lines) == sorted(furniture)
    kept = [line for line in text.split("\n") if line not in furniture]
    assert lines(doc) == kept


def test_bare_date_and_timestamp_lines_removed():
    text = "\n".join(["Mittwoch, 5. November 2025", "05.11.2025 12:33", *DE_BODY])
    doc = cleaned(text)
    assert lines(doc) == DE_BODY
    assert doc.removed["boilerplate_lines"] == 2


def test_short_subheading_inside_the_body_is_kept():
    text = "\n".join([DE_BODY[0], "Handel und Investitionen", DE_BODY[1], DE_BODY[2]])
    doc = cleaned(text)
    assert "Handel und Investitionen" in lines(doc)
    assert doc.removed == {"boilerplate_lines": 0, "repeated_blocks": 0}


# --- repeated blocks ------------------------------------------------------------------------------

def test_repeated_block_removed_and_counted_once():
    doc = cleaned("\n".join(DE_BODY + [DE_BODY[1]]))
    assert lines(doc) == DE_BODY
    assert doc.removed == {"boilerplate_lines": 0, "repeated_blocks": 1}


def test_two_separate_repeats_are_two_blocks():
    fresh = "Zudem sollen im kommenden Jahr Fachkräfte aus Kasachstan in Minsk ausgebildet werden."
    doc = cleaned("\n".join(DE_BODY[:2] + [DE_BODY[0], fresh, DE_BODY[1], DE_BODY[2]]))
    assert lines(doc) == DE_BODY[:2] + [fresh, DE_BODY[2]]
    assert doc.removed == {"boilerplate_lines": 0, "repeated_blocks": 2}


def test_one_repeated_run_of_several_paragraphs_is_one_block():
    doc = cleaned("\n".join(DE_BODY + DE_BODY))
    assert lines(doc) == DE_BODY
    assert doc.removed == {"boilerplate_lines": 0, "repeated_blocks": 1}
    assert list(doc.removed_lines) == DE_BODY


def test_repeat_ignores_case_and_spacing():
    doc = cleaned("\n".join(DE_BODY + ["  " + DE_BODY[1].upper().replace(" ", "  ")]))
    assert lines(doc) == DE_BODY
    assert doc.removed["repeated_blocks"] == 1


def test_short_repeated_lines_are_not_repeats():
    text = "\n".join([DE_BODY[0], "Sagte er.", DE_BODY[1], "Sagte er.", DE_BODY[2]])
    doc = cleaned(text)
    assert lines(doc) == text.split("\n")
    assert doc.removed["repeated_blocks"] == 0


# --- footer and navigation ----------------------------------------------------------------------

def test_footer_run_removed_and_counted():
    footer = ["Teilen", "Facebook", "Telegram", "Impressum", "Kontakt"]
    doc = cleaned("\n".join(DE_BODY + footer))
    assert lines(doc) == DE_BODY
    assert doc.removed["boilerplate_lines"] == len(footer)
    assert set(doc.removed_lines) == set(footer)


def test_navigation_before_headline_removed():
    headline = "Minsk und Astana vereinbaren neue Lieferungen von Traktoren"
    navigation = ["Startseite", "Politik", "Wirtschaft", "Regionen"]
    doc = cleaned("\n".join(navigation + [headline] + DE_BODY))
    assert doc.title == headline
    assert lines(doc) == [headline] + DE_BODY
    for item in navigation:
        assert item not in doc.text
    assert doc.removed["boilerplate_lines"] == len(navigation)


def test_russian_navigation_and_headline():
    headline = "Беларусь и Казахстан подписали соглашение о тракторах"
    body = ("МИНСК, 3 мая — Sputnik. Беларусь и Казахстан подписали соглашение о поставках тракторов. "
            "Об этом сообщили в министерстве.")
    doc = cleaned("\n".join(["Главная", "Политика", "Экономика", headline, body]))
    assert doc.title == headline
    assert lines(doc) == [headline, body]


def test_body_without_headline_has_no_title():
    doc = cleaned("\n".join(DE_BODY))
    assert doc.title is None
    assert lines(doc) == DE_BODY


def test_navigation_without_headline_gives_no_title():
    doc = cleaned("\n".join(["Startseite", "Politik", *DE_BODY]))
    assert doc.title is None
    assert lines(doc) == DE_BODY


def test_container_title_used_when_page_has_no_headline():
    from bilat.model import SourceMeta
    doc = Document(id="doc-test", source="t.jsonl:1", raw="\n".join(DE_BODY), meta=SourceMeta(title="Vom Export"))
    assert clean.run(doc, Context()).title == "Vom Export"


def test_clean_does_not_modify_its_input():
    doc = Document(id="doc-test", source="test.txt", raw="\n".join(["Startseite", *DE_BODY]))
    clean.run(doc, Context())
    assert doc.text == "" and doc.removed == {"boilerplate_lines": 0, "repeated_blocks": 0}


@pytest.mark.parametrize("line, short", [
    ("Startseite", True),
    ("Alle Nachrichten aus Belarus", True),
    ("Das sagte er.", False),
    ("eins zwei drei vier fünf sechs sieben acht neun", False),
])
def test_is_short_line(line, short):
    assert clean.is_short_line(line) is short
