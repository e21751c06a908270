"""Number expressions (bilat.claims.numbers): values, units, qualifiers, kinds, directions, offsets."""
from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bilat.claims.numbers import KINDS, QUALIFIERS, Quantity, find_quantities, parse_number

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
NBSP, NNBSP = "\u00a0", "\u202f"


def found(text: str, language: str, written: str) -> Quantity:
    """The quantity whose text is exactly ``written``."""
    quantities = find_quantities(text, language)
    matches = [q for q in quantities if q.text == written]
    assert matches, f"{written!r} not found in {[q.text for q in quantities]}"
    return matches[0]


def close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def check(q: Quantity, low, high, unit, qualifier, kind, **extra) -> None:
    assert close(q.value_min, low) and close(q.value_max, high), (q.value_min, q.value_max)
    assert (q.unit, q.qualifier, q.kind) == (unit, qualifier, kind)
    for name, value in extra.items():
        assert getattr(q, name) == value, (name, getattr(q, name))


# (language, text, expression as written, min, max, unit, qualifier, kind)
AMOUNTS = [
    ("de", "Der Umsatz lag bei $1,5 Milliarden.", "$1,5 Milliarden", 1.5e9, 1.5e9, "USD", "exact", "money"),
    ("de", "Er betrug $225 Mio. im Vorjahr", "$225 Mio.", 2.25e8, 2.25e8, "USD", "exact", "money"),
    ("de", "damals lag er bei über $614 Mio.", "über $614 Mio.", 6.14e8, None, "USD", "more_than", "money"),
    ("de", "es geht um eine halbe Milliarde Dollar", "eine halbe Milliarde Dollar", 5e8, 5e8, "USD", "exact", "money"),
    ("de", "ein Ziel von mindestens einer halben Milliarde Dollar setzen",
     "mindestens einer halben Milliarde Dollar", 5e8, None, "USD", "at_least", "money"),
    ("de", "die Lieferungen liegen bei $800-900 Mio. jährlich", "$800-900 Mio.", 8e8, 9e8, "USD", "range", "money"),
    ("de", "Wir bauen 4-5 Tausend Traktoren", "4-5 Tausend", 4e3, 5e3, None, "range", "count"),
    ("de", "Der Umsatz liegt knapp über $1 Mrd.", "knapp über $1 Mrd.", 1e9, None, "USD", "slightly_above", "money"),
    ("de", "Es sind zwischen 1 und 2 Mrd. Euro", "zwischen 1 und 2 Mrd. Euro", 1e9, 2e9, "EUR", "range", "money"),
    ("de", "Sie kostet rund 3 Mio. russische Rubel", "rund 3 Mio. russische Rubel", 3e6, 3e6, "RUB", "about", "money"),
    ("de", "Kredit in Höhe von 2 Mrd. belarussische Rubel", "2 Mrd. belarussische Rubel", 2e9, 2e9, "BYN", "exact", "money"),
    ("de", "Es fehlen 500 Mio. Rubel", "500 Mio. Rubel", 5e8, 5e8, "RUB", "exact", "money"),
    ("de", "Investitionen von 5 Mio. US-Dollar", "5 Mio. US-Dollar", 5e6, 5e6, "USD", "exact", "money"),
    ("de", "Schulden von 1,2 Bio. Euro", "1,2 Bio. Euro", 1.2e12, 1.2e12, "EUR", "exact", "money"),
    ("de", "Es gab 250 Tsd. Euro", "250 Tsd. Euro", 2.5e5, 2.5e5, "EUR", "exact", "money"),
    ("de", "Hilfen bis zu 5 Mio. Euro", "bis zu 5 Mio. Euro", None, 5e6, "EUR", "at_most", "money"),
    ("de", "Der Anteil liegt bei weniger als 10 Prozent", "weniger als 10 Prozent", None, 10, "%", "less_than", "percent"),
    ("de", "Es wurden fast 2 Mrd. € investiert", "fast 2 Mrd. €", 2e9, 2e9, "EUR", "about", "money"),
    ("de", "Wir haben Dutzende von Millionen Dollar verloren", "Dutzende von Millionen Dollar",
     2e7, None, "USD", "more_than", "money"),
    ("de", "Das Volumen von 1.500.000 Euro", "1.500.000 Euro", 1.5e6, 1.5e6, "EUR", "exact", "money"),
    ("de", "Ein Plus von 2,5 Prozentpunkten", "2,5 Prozentpunkten", 2.5, 2.5, "pp", "exact", "percent"),
    ("ru", "Товарооборот составил 1,2 млрд долларов.", "1,2 млрд долларов", 1.2e9, 1.2e9, "USD", "exact", "money"),
    ("ru", "Планируется от 1 до 1,5 млрд долларов", "от 1 до 1,5 млрд долларов", 1e9, 1.5e9, "USD", "range", "money"),
    ("ru", "Это полмиллиарда долларов", "полмиллиарда долларов", 5e8, 5e8, "USD", "exact", "money"),
    ("ru", "Сумма в 10 млрд долларов", "10 млрд долларов", 1e10, 1e10, "USD", "exact", "money"),
    ("ru", "экспорт более 300 млн долларов США", "более 300 млн долларов США", 3e8, None, "USD", "more_than", "money"),
    ("ru", "это чуть более 2 млрд долларов", "чуть более 2 млрд долларов", 2e9, None, "USD", "slightly_above", "money"),
    ("ru", "немногим более 300 млн белорусских рублей", "немногим более 300 млн белорусских рублей",
     3e8, None, "BYN", "slightly_above", "money"),
    ("ru", "свыше 500 тыс. руб. на человека", "свыше 500 тыс. руб.", 5e5, None, "RUB", "more_than", "money"),
    ("ru", "кредит до 100 тыс. тенге", "до 100 тыс. тенге", None, 1e5, "KZT", "at_most", "money"),
    ("ru", "доля не менее 5%", "не менее 5%", 5, None, "%", "at_least", "percent"),
    ("ru", "менее 10 процентов", "менее 10 процентов", None, 10, "%", "less_than", "percent"),
    ("ru", "почти 1 трлн рублей", "почти 1 трлн рублей", 1e12, 1e12, "RUB", "about", "money"),
    ("ru", "порядка 200 млн белорусских рублей", "порядка 200 млн белорусских рублей",
     2e8, 2e8, "BYN", "about", "money"),
    ("ru", "полтора миллиарда долларов", "полтора миллиарда долларов", 1.5e9, 1.5e9, "USD", "exact", "money"),
    ("ru", "десятки миллионов долларов", "десятки миллионов долларов", 2e7, None, "USD", "more_than", "money"),
    ("ru", "более миллиарда рублей", "более миллиарда рублей", 1e9, None, "RUB", "more_than", "money"),
    ("ru", "объем 1.5 млрд долл.", "1.5 млрд долл.", 1.5e9, 1.5e9, "USD", "exact", "money"),
    ("ru", "это половину миллиарда долларов", "половину миллиарда долларов", 5e8, 5e8, "USD", "exact", "money"),
    ("ru", "около пол-миллиарда рублей", "около пол-миллиарда рублей", 5e8, 5e8, "RUB", "about", "money"),
    ("de", "Die Quote lag bei 10%-15% im Jahr", "10%-15%", 10, 15, "%", "range", "percent"),
    ("de", "von 5 Mio. € – 7 Mio. Euro", "5 Mio. € – 7 Mio. Euro", 5e6, 7e6, "EUR", "range", "money"),
    ("ru", "два с половиной миллиарда рублей", "два с половиной миллиарда рублей", 2.5e9, 2.5e9, "RUB",
     "exact", "money"),
    ("en", "Trade reached $4.4 bn last year", "$4.4 bn", 4.4e9, 4.4e9, "USD", "exact", "money"),
    ("en", "worth half a billion dollars", "half a billion dollars", 5e8, 5e8, "USD", "exact", "money"),
    ("en", "a budget of 2.3 trillion tenge", "2.3 trillion tenge", 2.3e12, 2.3e12, "KZT", "exact", "money"),
    ("en", "between 1 and 2 billion", "between 1 and 2 billion", 1e9, 2e9, None, "range", "other"),
    ("en", "sales of just over $1 billion", "just over $1 billion", 1e9, None, "USD", "slightly_above", "money"),
    ("en", "more than 300 million US dollars", "more than 300 million US dollars", 3e8, None, "USD",
     "more_than", "money"),
    ("en", "loans of up to $5m", "up to $5m", None, 5e6, "USD", "at_most", "money"),
    ("en", "at least 10 percent of it", "at least 10 percent", 10, None, "%", "at_least", "percent"),
    ("en", "less than 2 per cent", "less than 2 per cent", None, 2, "%", "less_than", "percent"),
    ("en", "about €300 million", "about €300 million", 3e8, 3e8, "EUR", "about", "money"),
    ("en", "one and a half billion dollars", "one and a half billion dollars", 1.5e9, 1.5e9, "USD", "exact", "money"),
    ("en", "tens of millions of dollars", "tens of millions of dollars", 2e7, None, "USD", "more_than", "money"),
    ("en", "a fund of 1,250,000.50 euros", "1,250,000.50 euros", 1250000.5, 1250000.5, "EUR", "exact", "money"),
    ("kk", "тауар айналымы 1,2 млрд доллардан астам болды", "1,2 млрд доллардан астам", 1.2e9, None, "USD",
     "more_than", "money"),
    ("kk", "шамамен 500 млн теңге бөлінді", "шамамен 500 млн теңге", 5e8, 5e8, "KZT", "about", "money"),
    ("be", "склаў больш за 1,5 млрд долараў ЗША", "больш за 1,5 млрд долараў ЗША", 1.5e9, None, "USD",
     "more_than", "money"),
    ("be", "паўмільярда беларускіх рублёў", "паўмільярда беларускіх рублёў", 5e8, 5e8, "BYN", "exact", "money"),
]


@pytest.mark.parametrize("language,text,written,low,high,unit,qualifier,kind", AMOUNTS)
def test_amounts(language, text, written, low, high, unit, qualifier, kind):
    check(found(text, language, written), low, high, unit, qualifier, kind)


# (language, text, expression, value, counted noun)
COUNTS = [
    ("de", "Es gibt 7 Montagewerke im Land", "7", 7, "Montagewerke"),
    ("de", "etwa 40 Wirtschaftssubjekte bilden das Netz", "etwa 40", 40, "Wirtschaftssubjekte"),
    ("de", "55 kasachische Unternehmen sind tätig", "55", 55, "Unternehmen"),
    ("de", "Wir haben hier zwei große Montagewerke", "zwei", 2, "Montagewerke"),
    ("de", "Daran nehmen etwa hundert Unternehmen teil", "etwa hundert", 100, "Unternehmen"),
    ("de", "Es kamen 1.500 Traktoren", "1.500", 1500, "Traktoren"),
    ("de", "zweihundertfünfzig Betriebe", "zweihundertfünfzig", 250, "Betriebe"),
    ("de", "einer der zehn größten Handels- und Wirtschaftspartner", "zehn", 10,
     "Handels- und Wirtschaftspartner"),
    ("ru", "собрано 1 500 тракторов", "1 500", 1500, "тракторов"),
    ("ru", f"собрано 1{NBSP}500 тракторов", f"1{NBSP}500", 1500, "тракторов"),
    ("ru", f"собрано 12{NNBSP}500 тракторов", f"12{NNBSP}500", 12500, "тракторов"),
    ("ru", "работают 5 крупных предприятий", "5", 5, "предприятий"),
    ("ru", "сто двадцать пять компаний", "сто двадцать пять", 125, "компаний"),
    ("ru", "две тысячи человек", "две тысячи", 2000, "человек"),
    ("ru", "около 40 предприятий", "около 40", 40, "предприятий"),
    ("ru", "подписано 30 соглашений", "30", 30, "соглашений"),
    ("en", "The plant assembled 1,500 tractors", "1,500", 1500, "tractors"),
    ("en", "There are 7 large plants", "7", 7, "plants"),
    ("en", "nearly 40 companies", "nearly 40", 40, "companies"),
    ("en", "one hundred and fifty Belarusian companies", "one hundred and fifty", 150, "companies"),
    ("be", "каля 40 прадпрыемстваў", "каля 40", 40, "прадпрыемстваў"),
]


@pytest.mark.parametrize("language,text,written,value,noun", COUNTS)
def test_counts_and_counted_nouns(language, text, written, value, noun):
    q = found(text, language, written)
    assert q.kind == "count" and close(q.value_min, value) and q.counted == noun


# (language, text, expression, direction)
DIRECTIONS = [
    ("de", "Der Warenumsatz wächst mit gutem Tempo – in 9 Monaten um mehr als 15%.", "mehr als 15%", "increase"),
    ("de", "Die Exporte sind um 15 Prozent gestiegen.", "15 Prozent", "increase"),
    ("de", "Die Importe sind um 3,5% zurückgegangen.", "3,5%", "decrease"),
    ("de", "Der Absatz ist um 7 Prozent gesunken.", "7 Prozent", "decrease"),
    ("de", "Die Exporte sollen auf $1 Mrd. gesteigert werden.", "$1 Mrd.", None),
    ("de", "Der Handel ist rückläufig. Er betrug $225 Mio.", "$225 Mio.", None),
    ("de", "Die Exporte sind um 5 Mio. Euro gestiegen.", "5 Mio. Euro", "increase"),
    ("de", "Es sind ca. 5 Prozent weniger geworden, der Absatz sank.", "ca. 5 Prozent", "decrease"),
    ("ru", "в 2023 году, немного, на 16 процентов упала взаимная торговля", "16 процентов", "decrease"),
    ("ru", "товарооборот вырос на 12,5%", "12,5%", "increase"),
    ("ru", "экспорт сократился на 3 процента", "3 процента", "decrease"),
    ("ru", "рост на 5% по сравнению с прошлым годом", "5%", "increase"),
    ("en", "Trade rose 5% to $4.4 bn.", "5%", "increase"),
    ("en", "Trade rose 5% to $4.4 bn.", "$4.4 bn", None),
    ("en", "Exports fell by 3.2 percent.", "3.2 percent", "decrease"),
    ("en", "Exports of $1bn rose 7%.", "7%", "increase"),
    ("en", "Exports of $1bn rose 7%.", "$1bn", None),
    ("en", "Exports rose sharply, while imports were $5bn.", "$5bn", None),
    ("en", "Turnover grew by 12.5% in 2024.", "12.5%", "increase"),
    ("kk", "тауар айналымы 5 пайызға өсті", "5 пайызға", "increase"),
    ("be", "тавараабарот вырас на 12 працэнтаў", "12 працэнтаў", "increase"),
]


@pytest.mark.parametrize("language,text,written,direction", DIRECTIONS)
def test_direction_of_change(language, text, written, direction):
    assert found(text, language, written).direction == direction


def test_level_after_change_word_is_exact():
    q = found("экспорт вырос на 5,3% до 800 млн долларов США", "ru", "до 800 млн долларов США")
    check(q, 8e8, 8e8, "USD", "exact", "money", direction=None)
    q = found("кредит до 800 млн долларов", "ru", "до 800 млн долларов")
    check(q, None, 8e8, "USD", "at_most", "money")


# (language, text, expression, kind)
NOT_CLAIMS = [
    ("de", "Im Jahr 2024 betrug der Umsatz viel.", "2024", "year"),
    ("de", "Seit 2021 übersteigt der Umsatz", "2021", "year"),
    ("de", "bis 2030 wollen sie mehr", "2030", "year"),
    ("de", "MINSK, 14. Januar (BelTA)", "14. Januar", "date"),
    ("de", "besucht Kasachstan am 4./5. November.", "4./5. November", "date"),
    ("de", "Mittwoch, 05 November 2025, 12:33", "05 November 2025", "date"),
    ("de", "Mittwoch, 05 November 2025, 12:33", "12:33", "date"),
    ("de", "am 14.01.2024 in Minsk", "14.01.2024", "date"),
    ("de", "Treffen um 12:33 Uhr", "12:33 Uhr", "date"),
    ("de", "Beginn um 14 Uhr", "14 Uhr", "date"),
    ("de", "am 14. und 15. Mai", "14. und 15. Mai", "date"),
    ("de", "In den letzten 5 Jahren haben wir", "5 Jahren", "duration"),
    ("de", "in 9 Monaten um mehr", "9 Monaten", "duration"),
    ("de", "in den nächsten zwei Jahren", "zwei Jahren", "duration"),
    ("de", "der 75-jährige Präsident", "75-jährige", "age"),
    ("de", "Er kam zum 14. Mal", "14.", "ordinal"),
    ("de", "Er wurde der 2. Vorsitzende", "2.", "ordinal"),
    ("ru", "в 2023 году торговля упала", "2023 году", "year"),
    ("ru", "4 июля в Астане", "4 июля", "date"),
    ("ru", "МИНСК, 9 мар — Sputnik", "9 мар", "date"),
    ("ru", "за 9 месяцев текущего года", "9 месяцев", "duration"),
    ("ru", "в возрасте 60 лет", "в возрасте 60 лет", "age"),
    ("ru", "60-летний юбилей", "60-летний", "age"),
    ("ru", "в 5-й раз", "5-й", "ordinal"),
    ("ru", "в 2022-2024 годах", "2022-2024 годах", "year"),
    ("en", "On January 14, 2024 the", "January 14, 2024", "date"),
    ("en", "the 75-year-old president", "75-year-old", "age"),
    ("en", "over the next two years", "two years", "duration"),
    ("en", "the 2nd meeting", "2nd", "ordinal"),
    ("en", "in 2024 exports", "2024", "year"),
    ("kk", "2023 жылы екі ел", "2023 жылы", "year"),
    ("kk", "4 шілдеде Астанада", "4 шілдеде", "date"),
    ("be", "у 2023 годзе", "2023 годзе", "year"),
]


@pytest.mark.parametrize("language,text,written,kind", NOT_CLAIMS)
def test_years_dates_durations_ages_ordinals(language, text, written, kind):
    q = found(text, language, written)
    assert q.kind == kind and q.direction is None


def test_counted_noun_stays_in_its_sentence():
    q = found("Der Umsatz lag bei 1 Mrd. Russland kaufte mehr.", "de", "1 Mrd.")
    assert (q.kind, q.counted, q.unit) == ("other", None, None)


@pytest.mark.parametrize("language", ["de", "ru", "en", "kk", "be"])
def test_every_language_has_its_vocabulary(language):
    quantities = find_quantities("5 % 2024 10 $", language)
    assert [q.kind for q in quantities] == ["percent", "year", "money"]


def test_year_value_and_qualifier_dropped():
    q = found("до 2030 года планируется", "ru", "2030 года")
    assert (q.value_min, q.value_max, q.qualifier) == (2030, 2030, "exact")


@pytest.mark.parametrize("language,text", [
    ("en", "COVID-19 and the G20 and 5G networks"),
    ("ru", "истребители Су-35 и Ан-148"),
    ("de", "Die Sache ist nicht einfach, ein Problem."),
    ("en", "one of the partners"),
])
def test_names_and_words_are_not_quantities(language, text):
    assert find_quantities(text, language) == []


@pytest.mark.parametrize("token,language,value", [
    ("1,5", "de", 1.5), ("1.500", "de", 1500), ("1.500.000,25", "de", 1500000.25), ("1.5", "de", 1.5),
    ("1 500", "ru", 1500), (f"1{NBSP}500", "ru", 1500), (f"1{NNBSP}500{NNBSP}000", "ru", 1500000),
    ("1,5", "ru", 1.5), ("1,500", "ru", 1.5), ("1.5", "ru", 1.5),
    ("1,500", "en", 1500), ("1.5", "en", 1.5), ("1,500,000.25", "en", 1500000.25), ("2024", "en", 2024),
    ("zwei", "de", 2), ("fünfundzwanzig", "de", 25), ("eineinhalb", "de", 1.5), ("dreitausend", "de", 3000),
    ("twenty five", "en", 25), ("сто двадцать", "ru", 120), ("полмиллиарда", "ru", 5e8),
    ("half a billion", "en", 5e8),
])
def test_parse_number(token, language, value):
    assert close(parse_number(token, language), value)


@pytest.mark.parametrize("token,language", [("", "de"), ("abc", "en"), ("1.2.3", "de"), ("12,34,5", "en"),
                                             ("one", "en"), ("zwei Tage", "de")])
def test_parse_number_rejects(token, language):
    assert parse_number(token, language) is None


def seed_text(prefix: str) -> str:
    matches = sorted(SEEDS.glob(f"{prefix}_*.txt")) if SEEDS.is_dir() else []
    if not matches:
        pytest.skip("seed articles not available")
    return matches[0].read_text(encoding="utf-8")


def test_seed_articles():
    german = find_quantities(seed_text("000"), "de")
    exports = next(q for q in german if q.text == "$800-900 Mio.")
    check(exports, 8e8, 9e8, "USD", "range", "money")
    target = find_quantities(seed_text("002"), "de")
    assert {q.text for q in target if q.kind == "money"} >= {"$2 Mrd.", "knapp über $1 Mrd.", "$1,5 Mrd."}
    growth = next(q for q in target if q.kind == "percent")
    check(growth, 15, None, "%", "more_than", "percent", direction="increase")
    russian = find_quantities(seed_text("004"), "ru")
    fall = next(q for q in russian if q.kind == "percent")
    check(fall, 16, 16, "%", "exact", "percent", direction="decrease")
    assert not [q for q in russian if q.kind in ("money", "count")]


# ---- properties -----------------------------------------------------------------------------------

LANGUAGES = ("de", "ru", "en", "kk", "be")
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PIECES = ["$", "€", "%", "-", "–", ".", ",", " ", NBSP, NNBSP, "/", ":", "+", "1", "15", "2024", "1,5", "1.500",
          "800", "900", "Mio.", "Mrd.", "млн", "млрд", "bn", "million", "über", "mehr", "als", "от", "до",
          "between", "and", "и", "halbe", "eine", "пол", "миллиарда", "Dollar", "долларов", "Prozent",
          "процентов", "percent", "gestiegen", "упала", "rose", "Jahren", "лет", "years", "Januar", "июля",
          "January", "-jährige", "-летний", "st", "k", "m", "Dutzende", "von", "Millionen", "\n", "zwei",
          "сто", "two", "hundred", "a", "half", "zwischen", "und", "bis", "zu", "ca", "Nr", "№", "г."]


def assert_well_formed(text: str, quantities: list[Quantity]) -> None:
    previous_end = 0
    for q in quantities:
        assert text[q.start:q.end] == q.text and q.text
        assert q.start >= previous_end
        previous_end = q.end
        assert q.qualifier in QUALIFIERS and q.kind in KINDS
        if q.value_min is not None and q.value_max is not None:
            assert q.value_min <= q.value_max


@FAST
@given(text=st.text(max_size=200), language=st.sampled_from(LANGUAGES))
def test_arbitrary_text_never_crashes(text, language):
    assert_well_formed(text, find_quantities(text, language))


@FAST
@given(pieces=st.lists(st.sampled_from(PIECES), max_size=30), glue=st.sampled_from(["", " "]),
       language=st.sampled_from(LANGUAGES))
def test_number_like_soup_is_well_formed(pieces, glue, language):
    text = glue.join(pieces)
    assert_well_formed(text, find_quantities(text, language))


def written(x: float, language: str, space: str) -> str:
    """``x`` with one decimal in the language's convention: 1,234.5 / 1.234,5 / 1 234,5."""
    english = f"{x:,.1f}"
    if language == "de":
        return english.replace(",", "_").replace(".", ",").replace("_", ".")
    if language == "ru":
        return english.replace(",", space).replace(".", ",")
    return english


SCALES = {"de": ("Mio.", 1e6), "ru": ("млн", 1e6), "en": ("million", 1e6)}


@FAST
@given(x=st.floats(min_value=0, max_value=5e7, allow_nan=False), language=st.sampled_from(list(SCALES)),
       space=st.sampled_from([" ", NBSP, NNBSP]))
def test_round_trip_with_scale(x, language, space):
    word, factor = SCALES[language]
    number = written(x, language, space)
    text = f"Das Volumen: {number} {word} insgesamt" if language == "de" else f"volume {number} {word} here"
    quantities = [q for q in find_quantities(text, language) if q.scale_text]
    assert len(quantities) == 1
    expected = float(f"{x:.1f}") * factor
    assert math.isclose(quantities[0].value_min, expected, rel_tol=1e-9, abs_tol=1e-6)
    assert math.isclose(parse_number(number, language), float(f"{x:.1f}"), rel_tol=1e-12, abs_tol=1e-9)


@FAST
@given(n=st.integers(min_value=0, max_value=10**12), language=st.sampled_from(list(SCALES)),
       space=st.sampled_from([" ", NBSP, NNBSP]))
def test_round_trip_integers(n, language, space):
    english = f"{n:,}"
    number = {"de": english.replace(",", "."), "ru": english.replace(",", space), "en": english}[language]
    assert parse_number(number, language) == n
