"""Word-level tests shared by the Russian NER rules, and their data-file word lists.

Word lists live in ``src/bilat/lang/ru/ner_*.txt`` (one entry a line, ``#`` comments).
"""
from __future__ import annotations

import re
from functools import lru_cache

from bilat import lang
from bilat.ner.ru_morph import lemma, parses

Mention = tuple[int, int, str]  # (start, end, type): character offsets into the text

WORD = re.compile(r"[\w.]+(?:[-'’][\w.]+)*")
CASE_SENSITIVE_LISTS = ("ner_legal_forms.txt",)
PERSON_TAGS = ("Name", "Surn", "Patr")
NAME_LIKE_TAGS = PERSON_TAGS + ("Geox", "Orgn", "Trad")
# closed-class and non-finite forms; finite verbs and short adjectives are left out
# because the dictionary has such readings for many surnames and places
# ("Чистов", "Херсонес")
NON_NAME_POS = {"INFN", "GRND", "PRTS", "NPRO", "CONJ", "PREP", "PRCL", "INTJ", "NUMR"}


@lru_cache(maxsize=None)
def word_list(name: str) -> frozenset[str]:
    """Entries of ``lang/ru/<name>``: lower case with ё -> е, except case-sensitive lists."""
    entries = lang.lines("ru", name)
    if name in CASE_SENSITIVE_LISTS:
        return frozenset(entries)
    return frozenset(e.lower().replace("ё", "е") for e in entries)


def words_in(text: str, start: int, end: int) -> list[re.Match]:
    return list(WORD.finditer(text, start, end))


def word_before(text: str, start: int) -> str | None:
    """The word right before ``start`` (spaces between), or None."""
    match = re.search(r"(\w+)[ \u00a0]+$", text[max(0, start - 40):start])
    return match.group(1) if match else None


def has_cyrillic(word: str) -> bool:
    return any("а" <= ch <= "я" or ch == "ё" for ch in word.lower())


def from_dictionary(parse) -> bool:
    """A parse of a word that is in the dictionary as it is (no guessed prefix or ending)."""
    stack = parse.methods_stack
    return len(stack) == 1 and type(stack[0][0]).__name__ == "DictionaryAnalyzer"


def person_parse(parse) -> bool:
    return "NOUN" in parse.tag and any(t in parse.tag for t in PERSON_TAGS)


def function_word(word: str) -> bool:
    """Only a pronoun, particle, gerund, plural verb ... in the dictionary ("Кто", "Опустили")."""
    if "-" in word or not has_cyrillic(word):
        return False
    found = [p for p in parses(word) if from_dictionary(p)]
    return bool(found) and all(_function_parse(p) for p in found)


def _function_parse(parse) -> bool:
    tag = parse.tag
    return tag.POS in NON_NAME_POS or "Apro" in tag or (tag.POS == "VERB" and tag.number == "plur")


def common_word(word: str) -> bool:
    """A dictionary word none of whose parses is a name, place or organisation."""
    if not has_cyrillic(word) or word.isupper():
        return False
    found = [p for p in parses(word) if from_dictionary(p)]
    return bool(found) and not any(t in p.tag for p in found for t in NAME_LIKE_TAGS)


def role_noun(word: str) -> bool:
    """A noun for a person's role or kin ("Канцлер", "Брат"; ner_person_roles.txt)."""
    return common_word(word) and lemma_in(word, "ner_person_roles.txt")


def lemma_in(word: str | None, list_name: str) -> bool:
    return word is not None and lemma(word) in word_list(list_name)
