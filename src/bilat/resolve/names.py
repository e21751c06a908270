"""Person names across scripts and spellings.

:func:`skeleton` maps any spelling of a name to a key that is equal (or close)
for "Bogdanow", "Bogdanov" and "Богданов": Cyrillic is transliterated, German
conventions (``lang/de/name_spelling.json``) mapped to English ones, then
sounds that transliterations disagree on are collapsed. :func:`english_name`
gives the display form that follows English conventions.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from bilat import lang
from bilat.translit import has_cyrillic, to_latin

COLLAPSE = (("shch", "sc"), ("sch", "s"), ("kh", "h"), ("zh", "s"), ("sh", "s"), ("ch", "c"), ("ts", "c"), ("tz", "c"),
            ("x", "ks"), ("ph", "f"), ("w", "v"), ("y", "i"), ("j", "i"), ("ё", "e"), ("é", "e"), ("z", "s"),
            ("ii", "i"))
SIMILAR = 85


@lru_cache(maxsize=None)
def _german_rules() -> tuple[tuple[re.Pattern, str], ...]:
    rules = lang.data("de", "name_spelling.json").get("replacements", [])
    return tuple((re.compile(pattern), replacement) for pattern, replacement in rules)


def english_name(name: str, language: str | None) -> str:
    """Display form with English conventions: Лукашенко -> Lukashenko, Bogdanow -> Bogdanov."""
    if has_cyrillic(name):
        given = lang.data("ru", "given_names_en.json")
        return " ".join(given.get(word) or to_latin(word) for word in name.split())
    if language == "de":
        return " ".join(_german_word(word) for word in name.split())
    return name


def _german_word(word: str) -> str:
    if not word[:1].isupper():
        return word
    lowered = word.lower()
    for pattern, replacement in _german_rules():
        lowered = pattern.sub(replacement, lowered)
    return "-".join(part[:1].upper() + part[1:] for part in lowered.split("-"))


@lru_cache(maxsize=65536)
def skeleton(name: str, language: str | None = None) -> str:
    """A spelling-insensitive key: equal or near-equal for transliteration variants."""
    text = english_name(name, language).lower()
    text = re.sub(r"[^\w\s-]", "", text).replace("-", " ")
    for old, new in COLLAPSE:
        text = text.replace(old, new)
    text = re.sub(r"(\w)\1+", r"\1", text)          # Kassym = Kasym
    return " ".join(text.split())


def surname_key(name: str, language: str | None = None) -> str:
    parts = skeleton(name, language).split()
    return parts[-1] if parts else ""


def given_key(name: str, language: str | None = None) -> str:
    parts = skeleton(name, language).split()
    return " ".join(parts[:-1])


def same_surname(a: str, b: str) -> bool:
    """Surname keys equal or within typo distance ("Luakschenko" ~ "Lukashenko")."""
    if not a or not b:
        return False
    if a == b:
        return True
    return a[0] == b[0] and min(len(a), len(b)) >= 5 and fuzz.ratio(a, b) >= SIMILAR


def compatible_given(a: str, b: str) -> bool:
    """Given names agree, or one is missing, or one is the other's initial."""
    if not a or not b:
        return True
    first_a, first_b = a.split()[0], b.split()[0]
    if len(first_a) == 1 or len(first_b) == 1:
        return first_a[0] == first_b[0]
    return first_a == first_b or fuzz.ratio(first_a, first_b) >= 75
