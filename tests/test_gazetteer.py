"""Tests of the gazetteer data and matcher (bilat.gazetteer)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilat.gazetteer import LANGS, load, parse_roles
from bilat.gazetteer.loader import DATA_DIR

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


@pytest.fixture(scope="module")
def gaz():
    return load()


def ids(entries):
    return [e.id for e in entries]


def found(gaz, text, lang, **kw):
    return {(text[s:e], entry.id) for s, e, entry in gaz.find(text, lang, **kw)}


# --- lookups of inflected forms -------------------------------------------

@pytest.mark.parametrize("surface, lang, expected", [
    ("Казахстана", "ru", "country:KZ"),
    ("Казахстане", "ru", "country:KZ"),
    ("Беларуси", "ru", "country:BY"),
    ("Белоруссией", "ru", "country:BY"),
    ("Российской Федерации", "ru", "country:RU"),
    ("Астане", "ru", "city:astana"),
    ("Кузбассе", "ru", "region:RU-KEM"),
    ("Кемеровской области", "ru", "region:RU-KEM"),
    ("ШОС", "ru", "org:sco"),
    ("Шанхайскую организацию сотрудничества", "ru", "org:sco"),
    ("«Гомсельмаш»", "ru", "org:gomselmash"),
    ("Египта", "ru", "country:EG"),
    ("Kasachstans", "de", "country:KZ"),
    ("Belarus'", "de", "country:BY"),
    ("Weißrussland", "de", "country:BY"),
    ("Russischen Föderation", "de", "country:RU"),
    ("Gebiets Kemerowo", "de", "region:RU-KEM"),
    ("Rates der Republik", "de", "org:by-council-of-republic"),
    ("Kazakhstan's", "en", "country:KZ"),
    ("Nur Sultan", "en", "city:astana"),
    ("Alma-Ata", "en", "city:almaty"),
    ("Қазақстанның", "kk", "country:KZ"),
    ("Астанаға", "kk", "city:astana"),
    ("Ресейдің", "kk", "country:RU"),
    ("ШЫҰ", "kk", "org:sco"),
    ("Беларусі", "be", "country:BY"),
    ("Расіі", "be", "country:RU"),
    ("Магілёве", "be", "city:mogilev"),
    ("Mogiljow", "de", "city:mogilev"),
    ("Homel", "de", "city:gomel"),
    ("Мінску", "be", "city:minsk"),
])
def test_lookup_inflected(gaz, surface, lang, expected):
    assert ids(gaz.lookup(surface, lang))[0] == expected


def test_lookup_without_language_and_normalisation(gaz):
    assert ids(gaz.lookup("шос"))[0] == "org:sco"
    assert ids(gaz.lookup("МОГИЛЁВ"))[0] == "city:mogilev"
    assert ids(gaz.lookup("Нур–Султан"))[0] == "city:astana"
    assert gaz.lookup("Таблица") == []


def test_lookup_returns_every_reading(gaz):
    astana = ids(gaz.lookup("Астана", "ru"))
    assert astana[:2] == ["city:astana", "region:KZ-71"]


@pytest.mark.parametrize("surface, lang", [
    ("Kusbass", "de"), ("Gebiet Kemerowo", "de"), ("Kuzbass", "en"), ("Kemerovo Oblast", "en"),
    ("Кузбасс", "ru"), ("Кемеровская область", "ru"), ("Кемераўская вобласць", "be"),
])
def test_kuzbass_is_kemerovo_oblast(gaz, surface, lang):
    entry = gaz.lookup(surface, lang)[0]
    assert entry.code == "RU-KEM" and entry is gaz.get("RU-KEM")
    assert entry.name == "Kemerovo Oblast" and entry.attrs["capital"] == "Kemerovo"


# --- adjectives --------------------------------------------------------------

@pytest.mark.parametrize("word, lang, code", [
    ("belarussische", "de", "BY"), ("weißrussischen", "de", "BY"), ("kasachischen", "de", "KZ"),
    ("russisches", "de", "RU"), ("белорусскому", "ru", "BY"), ("казахстанских", "ru", "KZ"),
    ("российская", "ru", "RU"), ("белорусско", "ru", "BY"), ("Kazakh", "en", "KZ"),
    ("Belarusians", "en", "BY"), ("беларускага", "be", "BY"), ("қазақстандық", "kk", "KZ"),
    ("кемеровской", "ru", "RU-KEM"), ("брэсцкай", "be", "BY-BR"),
])
def test_adjective(gaz, word, lang, code):
    assert gaz.adjective(word, lang).code == code


def test_adjective_compound_and_unknown(gaz):
    assert [e.code for e in gaz.adjectives("belarussisch-kasachischen", "de")] == ["BY", "KZ"]
    assert gaz.adjective("schnellen", "de") is None


# --- find ------------------------------------------------------------------------

def test_find_german(gaz):
    text = ("Der Gouverneur des Gebiets Kemerowo besuchte gestern das Minsker Traktorenwerk; "
            "die Russische Föderation und Kasachstans Regierung prüfen Aufträge für BELAZ.")
    hits = found(gaz, text, "de")
    assert ("Gebiets Kemerowo", "region:RU-KEM") in hits
    assert ("Minsker Traktorenwerk", "org:mtz") in hits
    assert ("Russische Föderation", "country:RU") in hits
    assert ("Kasachstans", "country:KZ") in hits
    assert ("BELAZ", "org:belaz") in hits


def test_find_russian_oblique_multiword(gaz):
    text = "Минск поддержал вступление Узбекистана в Шанхайскую организацию сотрудничества и в ЕАЭС."
    hits = found(gaz, text, "ru")
    assert hits == {("Минск", "city:minsk"), ("Узбекистана", "country:UZ"),
                    ("Шанхайскую организацию сотрудничества", "org:sco"), ("ЕАЭС", "org:eaeu")}


def test_find_english_kazakh_belarusian(gaz):
    assert ("Kazakhstan", "country:KZ") in found(gaz, "Kazakhstan's exports to Belarus grew.", "en")
    assert ("Ақтөбеде", "city:aktobe") in found(gaz, "Форум Ақтөбеде өтті.", "kk")
    hits = found(gaz, "Дэлегацыя з Расіі прыбыла ў Магілёў.", "be")
    assert hits == {("Расіі", "country:RU"), ("Магілёў", "city:mogilev")}


def test_find_persons_and_orgs_across_languages(gaz):
    text = "Александр Лукашенко и Касым-Жомарт Токаев обсудили поставки МАЗа."
    hits = found(gaz, text, "ru")
    assert ("Александр Лукашенко", "person:alexander-lukashenko") in hits
    assert ("Касым-Жомарт Токаев", "person:kassym-jomart-tokayev") in hits
    assert ("МАЗа", "org:maz") in hits
    assert ("Gomselmash", "org:gomselmash") in found(gaz, "Gomselmash liefert Mähdrescher.", "de")


def test_find_respects_case_and_stop_words(gaz):
    assert found(gaz, "Того же мнения придерживается министр.", "ru") == set()
    assert found(gaz, "the rest of us went to minsk", "en") == set()
    assert found(gaz, "Шос", "ru") == set()  # acronyms need capitals
    assert found(gaz, "Ровно год назад открылся завод в Минске.", "ru") == {("Минске", "city:minsk")}


def test_find_language_filter_for_places(gaz):
    # German 'Island' is Iceland, but an English capitalised 'Island' is not.
    assert found(gaz, "Island liegt im Norden.", "de") == {("Island", "country:IS")}
    assert found(gaz, "Island hopping is popular.", "en") == set()


def test_find_adjectives_option(gaz):
    text = "Die belarussisch-kasachischen Gespräche in Astana"
    assert found(gaz, text, "de") == {("Astana", "city:astana")}
    with_adj = found(gaz, text, "de", adjectives=True)
    assert {("belarussisch", "country:BY"), ("kasachischen", "country:KZ")} <= with_adj


def test_find_offsets_are_exact(gaz):
    text = "В Гомеле и в Витебске прошли форумы регионов Беларуси и России."
    for start, end, entry in gaz.find(text, "ru"):
        assert gaz.lookup(text[start:end], "ru")[0] == entry


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["Минск", "Kemerowo", "Gebiet", "ШОС", "и", " ", "-", ", ", "Беларуси",
                                 "Astana", "организацию", "Шанхайскую", "сотрудничества", "\n", "Belarus'"]),
                max_size=25))
def test_find_spans_sorted_and_disjoint(gaz, parts):
    text = "".join(parts)
    spans = gaz.find(text, None, adjectives=True)
    last_end = 0
    for start, end, entry in spans:
        assert last_end <= start < end <= len(text)
        assert text[start:end].strip() == text[start:end]
        last_end = end


# --- titles -----------------------------------------------------------------------

def test_titles(gaz):
    assert gaz.titles("de")["botschafter"] == "ambassador"
    assert gaz.titles("ru")["чрезвычайный и полномочный посол"] == "ambassador"
    assert gaz.titles("kk")["елші"] == "ambassador"
    assert gaz.titles("be")["прэм'ер-міністр"] == "prime minister"
    assert gaz.title("Außerordentlichen und Bevollmächtigten Botschafter", "de") == "ambassador"
    assert gaz.title("председателя Совета Республики", "ru") == "chair of the Council of the Republic"
    assert gaz.title("посла", "ru") == "ambassador"
    assert gaz.title("Staatschef", "de") == "head of state"
    spans = gaz.find_titles("Der Vorsitzende des Rates der Republik traf den Außenminister.", "de")
    assert [t for _, _, t in spans] == ["chair of the Council of the Republic", "foreign minister"]


# --- persons ----------------------------------------------------------------------

def test_person_names_and_roles(gaz):
    person = gaz.lookup("Лукашенко", "ru")[0]
    assert person.id == "person:alexander-lukashenko" and person.type == "PER"
    assert "Аляксандр Лукашэнка" in person.names["be"]
    roles = parse_roles(person.attrs["roles"])
    assert roles[0].title == "president" and roles[0].of == "BY" and roles[0].current()
    tokayev = gaz.lookup("Kassym-Schomart Tokajew", "de")[0]
    assert tokayev.names["kk"][0] == "Қасым-Жомарт Тоқаев"
    for entry in gaz.entries:
        if entry.kind == "person":
            for role in parse_roles(entry.attrs.get("roles", "")):
                assert role.of is None or gaz.get(role.of) or gaz.get("org:" + role.of), role


# --- data integrity -----------------------------------------------------------------

def test_every_country_has_en_de_ru_names(gaz):
    countries = gaz.countries()
    codes = [e.code for e in countries]
    assert len(codes) == len(set(codes)) == 250
    assert all(re.fullmatch(r"[A-Z]{2}", c) for c in codes)
    for entry in countries:
        assert all(entry.names.get(lang) for lang in ("en", "de", "ru")), entry.code


def test_regional_countries_have_kk_be_names_and_adjectives(gaz):
    for code in "BY KZ RU UZ KG TJ AM AZ GE MD UA CN IN IR TR US DE PL MN".split():
        entry = gaz.country(code)
        assert entry.names.get("kk") and entry.names.get("be"), code
        assert gaz.adjective(entry.names["en"][0], "en") in (None, entry)
    assert gaz.country("by").names["be"][0] == "Беларусь"
    with pytest.raises(KeyError):
        gaz.country("RU-KEM")


def test_region_codes(gaz):
    regions = [e for e in gaz.entries if e.kind == "region"]
    by_country = {}
    for e in regions:
        by_country.setdefault(e.country, set()).add(e.code)
    assert by_country["BY"] == {"BY-BR", "BY-HO", "BY-HM", "BY-HR", "BY-MA", "BY-MI", "BY-VI"}
    assert len(by_country["RU"]) == 83 and len(by_country["KZ"]) == 20
    assert {"KZ-10", "KZ-33", "KZ-62", "KZ-71", "KZ-75", "KZ-79"} <= by_country["KZ"]
    assert gaz.get("KZ-AST").code == "KZ-71"
    cities = {e.name for e in gaz.entries if e.kind == "city"}
    assert all(e.attrs["capital"] in cities for e in regions)


def test_ids_unique_and_types(gaz):
    entry_ids = [e.id for e in gaz.entries]
    assert len(entry_ids) == len(set(entry_ids))
    assert {e.type for e in gaz.entries} == {"LOC", "ORG", "PER"}
    assert len([e for e in gaz.entries if e.kind == "org"]) >= 100
    assert len([e for e in gaz.entries if e.kind == "person"]) >= 90


@pytest.mark.parametrize("path", sorted(DATA_DIR.glob("*.tsv")), ids=lambda p: p.name)
def test_tsv_files_are_clean(path):
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    width = len(rows[0])
    for row in rows[1:]:
        assert len(row) == width, row
        for cell in row:
            assert cell == cell.strip() and "||" not in cell and not cell.startswith("|"), row
    langs = [c for c in rows[0] if c in LANGS]
    assert path.name == "titles.tsv" or langs == list(LANGS)


# --- the real example articles (read in place) ------------------------------------------

@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seeds not available")
def test_seed_articles_mention_belarus(gaz):
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        lang = "ru" if re.search(r"[а-яё]{4}", text[:400]) else "de"
        codes = {e.code for _, _, e in gaz.find(text, lang) if e.kind == "country"}
        assert "BY" in codes, path.name
