"""Cyrillic -> Latin transliteration tuned for names (English conventions).

Rules live in ``lang/ru/translit.json``; Kazakh and Belarusian letters are covered too.
"""
from __future__ import annotations

from functools import lru_cache

from bilat import lang


@lru_cache(maxsize=1)
def _rules() -> dict:
    return lang.data("ru", "translit.json")


def to_latin(text: str) -> str:
    """``Александр Лукашенко`` -> ``Aleksandr Lukashenko``; Latin text is returned unchanged."""
    rules = _rules()
    letters, vowels = rules["letters"], rules["vowels"]
    out: list[str] = []
    previous = ""
    for ch in text:
        low = ch.lower()
        if low not in letters:
            out.append(ch)
            previous = low
            continue
        initial = not previous.isalpha()
        if low in rules["word_initial"] and initial:
            latin = rules["word_initial"][low]
        elif low in rules["iotated_after_vowel"] and previous in vowels + "ьъ":
            latin = rules["iotated_after_vowel"][low]
        else:
            latin = letters[low]
        if ch != low and latin:
            latin = latin[0].upper() + latin[1:]
        out.append(latin)
        previous = low
    return "".join(out)


def has_cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)
