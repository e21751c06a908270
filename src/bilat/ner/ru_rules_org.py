"""ORG and LOC rules: quoted names, legal forms, types from lexicons, genitive places."""
from __future__ import annotations

import re

from bilat.ner.ru_morph import lemma, lemma_key, parses
from bilat.ner.ru_words import (WORD, Mention, from_dictionary, has_cyrillic, person_parse,
                                word_before, word_list, words_in)

OPEN_QUOTES = "«„“\"<"
GAP = re.compile(r"^[ \u00a0]{1,2}$")
ADJECTIVE_BEFORE = re.compile(r"(?<![\w-])([а-яё]+)[ \u00a0]$")
GEO_ADJECTIVE_ENDINGS = ("ский", "цкий")


def org_name_in_quotes(text: str, mention: Mention, trim) -> Mention | None:
    """ORG "ОАО «Газпром»" / "компания «Газпром»" / "«Газпром»" -> "Газпром".

    Gold annotation (factRuEval, Collection5) takes the quoted name without the
    legal form (ner_legal_forms.txt), the descriptor (ner_org_descriptors.txt)
    and the quotes.  A leading legal form without quotes ("ОАО Газпром") is
    dropped as well.  ``trim`` shrinks a (start, end) pair past punctuation.
    """
    start, end, kind = mention
    if kind != "ORG":
        return mention
    for _ in range(3):  # nested: ПАО «НК «Роснефть»»
        piece = text[start:end]
        opener = next((i for i, ch in enumerate(piece) if ch in OPEN_QUOTES), -1)
        if opener < 0 or not _only_prefix_words(piece[:opener]):
            break
        start, end = trim(text, start + opener + 1, end)
    words = words_in(text, start, end)
    if len(words) > 1 and words[0].group() in word_list("ner_legal_forms.txt"):
        start = words[1].start()
    return (start, end, kind) if end > start else None


def _only_prefix_words(prefix: str) -> bool:
    """True when ``prefix`` holds only legal forms, descriptors or lower-case words."""
    legal, descriptors = word_list("ner_legal_forms.txt"), word_list("ner_org_descriptors.txt")
    return all(word in legal or word[0].islower() or lemma(word) in descriptors
               for word in WORD.findall(prefix))


def retype_by_lexicon(text: str, mention: Mention) -> Mention | None:
    """ЕС / НАТО -> ORG (ner_org_words.txt); drop "СМИ" (ner_not_entities.txt).

    Seats of power (ner_org_seats.txt: Кремль, Белый дом) are ORG when they act
    and LOC after a spatial preposition ("в Кремле").
    """
    start, end, kind = mention
    key = lemma_key(WORD.findall(text, start, end))
    if key in word_list("ner_not_entities.txt"):
        return None
    if key in word_list("ner_org_words.txt"):
        return (start, end, "ORG")
    if key in word_list("ner_org_seats.txt"):
        place = (word_before(text, start) or "").lower() in word_list("ner_place_prepositions.txt")
        return (start, end, "LOC" if place else "ORG")
    return mention


def retype_by_morphology(text: str, mention: Mention) -> Mention:
    """One-word LOC/PER whose dictionary readings say otherwise.

    LOC "Кафке", "Пруста" (person readings, no place or adjective reading) -> PER;
    PER "Царицыно" (place readings, no person reading) -> LOC.  Words missing from
    the dictionary keep their type.
    """
    start, end, kind = mention
    words = words_in(text, start, end)
    if kind not in ("PER", "LOC") or len(words) != 1 or words[0].group().isupper():
        return mention
    every = parses(words[0].group())
    found = [p for p in every if from_dictionary(p)]
    person = any(person_parse(p) for p in found)
    place = any("Geox" in p.tag for p in found)
    one_place = any("Geox" in p.tag and p.tag.number != "plur" for p in found)
    adjective = any(p.tag.POS == "ADJF" for p in found)  # "Московская", "Горького"
    if kind == "LOC" and person and not (place or adjective):
        return (start, end, "PER")
    if kind == "PER" and one_place and not any(person_parse(p) for p in every):
        return (start, end, "LOC")
    return mention


def merge_with_genitive_place(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name + a place in the genitive is one name.

    ORG + LOC: "ЦБ РФ", "МИД Казахстана", "Министерство внутренних дел Пакистана"
    (the tagger stops before the country).  LOC ending in a lower-case noun + LOC:
    "Южного округа Нью-Йорка", "Восточного побережья США".
    """
    out: list[Mention] = []
    for mention in sorted(mentions):
        if out and _name_then_genitive_place(text, out[-1], mention):
            out[-1] = (out[-1][0], mention[1], out[-1][2])
        else:
            out.append(mention)
    return out


def _name_then_genitive_place(text: str, left: Mention, right: Mention) -> bool:
    if right[2] != "LOC" or not GAP.match(text[left[1]:right[0]]):
        return False
    if left[2] == "LOC":
        last = words_in(text, left[0], left[1])[-1].group()
        if not (last[0].islower() and any("NOUN" in p.tag for p in parses(last))):
            return False
    elif left[2] != "ORG":
        return False
    # the place's first word carries the case: "Республики Беларусь", "Соединённых Штатов"
    return _can_be_genitive(WORD.findall(text, right[0], right[1])[0])


def _can_be_genitive(word: str) -> bool:
    if word.isupper() or not has_cyrillic(word):
        return True  # abbreviation (РФ, США, КНР) or foreign name: indeclinable here
    return any(p.tag.case == "gent" for p in parses(word))


def extend_by_geo_adjective(text: str, mention: Mention) -> Mention:
    """ORG preceded by an agreeing place adjective takes it: "японского МИДа".

    Only -ский/-цкий adjectives (японский, российский, московский), which say
    whose organisation it is; evaluative ones ("нового Конгресса") stay out.
    """
    start, end, kind = mention
    if kind != "ORG":
        return mention
    match = ADJECTIVE_BEFORE.search(text, max(0, start - 40), start)
    first = WORD.match(text, start)
    if match and match.end() == start and first \
            and _agreeing_geo_adjective(match.group(1), first.group()):
        return (match.start(1), end, kind)
    return mention


def _agreeing_geo_adjective(adjective: str, noun: str) -> bool:
    adjective_cases = {p.tag.case for p in parses(adjective) if p.tag.POS == "ADJF"
                       and p.normal_form.endswith(GEO_ADJECTIVE_ENDINGS)}
    noun_cases = {p.tag.case for p in parses(noun) if "NOUN" in p.tag}
    return bool(adjective_cases & noun_cases)
