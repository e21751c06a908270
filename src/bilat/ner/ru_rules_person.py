"""PER rules: cut merged neighbours apart and drop words that are not names."""
from __future__ import annotations

from bilat.ner.ru_morph import parses
from bilat.ner.ru_words import (Mention, from_dictionary, has_cyrillic, lemma_in,
                                person_parse, role_noun, word_before, words_in)

ALL_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


def split_disagreeing_names(text: str, mention: Mention) -> list[Mention]:
    """PER "Петрова Остап" / "Воробьянинова Клавдию Ивановну" -> two persons.

    The words of one person's name agree in case and gender: a first name that
    cannot agree with the word before it (no shared case+gender among their
    dictionary name parses) starts a new person.  Two nominative dictionary
    surnames in a row ("Путин Медведев") are two persons, too.
    """
    start, end, kind = mention
    if kind != "PER":
        return [mention]
    words = words_in(text, start, end)
    pieces, piece_start = [], start
    for left, right in zip(words, words[1:]):
        a, b = left.group(), right.group()
        if _cannot_agree(a, b) or (_nominative_surname(a) and _nominative_surname(b)):
            pieces.append((piece_start, left.end(), kind))
            piece_start = right.start()
    pieces.append((piece_start, end, kind))
    return pieces


def _name_forms(word: str) -> set[tuple[str, str]] | None:
    """(case, gender) pairs of the word's singular dictionary name parses; None if unknown."""
    if not word[:1].isupper() or "." in word or not has_cyrillic(word):
        return None
    found = [p for p in parses(word) if person_parse(p) and from_dictionary(p)
             and p.tag.number != "plur" and p.tag.case != "voct"]
    if not found:
        return None
    forms = set()
    for p in found:
        indeclinable = "Fixd" in p.tag
        genders = ("masc", "femn") if indeclinable or "ms-f" in p.tag else (str(p.tag.gender),)
        cases = ALL_CASES if indeclinable else (str(p.tag.case),)
        forms.update((c, g) for c in cases for g in genders)
    return forms


def _cannot_agree(left: str, right: str) -> bool:
    """``right`` is a dictionary first name whose forms share nothing with ``left``'s."""
    if not any("Name" in p.tag and from_dictionary(p) for p in parses(right)):
        return False
    a, b = _name_forms(left), _name_forms(right)
    return a is not None and b is not None and not (a & b)


def _nominative_surname(word: str) -> bool:
    """A nominative dictionary surname that cannot be a first name, patronymic or place."""
    found = [p for p in parses(word) if from_dictionary(p)]
    return word[:1].isupper() \
        and any("Surn" in p.tag and p.tag.case == "nomn" for p in found) \
        and not any(t in p.tag for p in found for t in ("Name", "Patr", "Geox"))


def drop_non_names(text: str, mention: Mention) -> Mention | None:
    """PER words that are ordinary words, not names.

    A leading noun for a person before a dictionary name is cut ("Брат Пьеро"
    -> "Пьеро", "Силач Фосс" -> "Фосс"); a one-word PER that is such a noun
    ("Канцлер", "Оппозиционер"), a plural surname ("Стругацких": a family) or
    a surname after "семья" / "клан" (ner_family_words.txt) is dropped.
    """
    start, end, kind = mention
    if kind != "PER":
        return mention
    words = words_in(text, start, end)
    while len(words) > 1 and role_noun(words[0].group()) and _known_name(words[1].group()):
        words.pop(0)
    if not words:
        return None
    start = words[0].start()
    if len(words) == 1:
        word = words[0].group()
        if role_noun(word) or _plural_surname(word) or _family_name(text, start, word):
            return None
    return (start, end, kind)


def _family_name(text: str, start: int, word: str) -> bool:
    """"семья Ротшильд", "семьи Аньелли": a family noun + a name not in the genitive
    (the genitive, "семью Вертинского", is the family *of* a person)."""
    if not lemma_in(word_before(text, start), "ner_family_words.txt"):
        return False
    return not any(person_parse(p) and p.tag.case == "gent" and p.tag.number == "sing"
                   and "Fixd" not in p.tag for p in parses(word))


def _known_name(word: str) -> bool:
    return any(person_parse(p) and from_dictionary(p) for p in parses(word))


def _plural_surname(word: str) -> bool:
    """Only plural surname/patronymic readings: a family ("Стругацких", "Ямадаевых")."""
    found = [p for p in parses(word) if person_parse(p)]
    return bool(found) and all(p.tag.number == "plur" and "Name" not in p.tag for p in found)
