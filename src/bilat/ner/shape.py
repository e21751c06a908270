"""Recogniser for languages with no trained model yet (Kazakh, Belarusian).

Gazetteer names (places, organisations, known people) plus persons from name
shape: a capitalised pair after a title word, or a capitalised pair whose last
word has a surname ending from ``lang/<code>/ner_names.json`` (case endings
tolerated and stripped for the normal form).
"""
from __future__ import annotations

import re
from functools import lru_cache

from bilat import lang
from bilat.ner.base import EntitySpan

CAPITALISED = re.compile(r"[A-ZА-ЯЁІЎӘҒҚҢӨҰҮҺ][\w’'-]*\w|[A-ZА-ЯЁІЎӘҒҚҢӨҰҮҺ]")
PAIR = re.compile(rf"({CAPITALISED.pattern})(\s+(?:{CAPITALISED.pattern}))+")


@lru_cache(maxsize=None)
def _names(code: str) -> dict:
    return lang.data(code, "ner_names.json")


def recognise_with_shapes(text: str, code: str) -> list[EntitySpan]:
    from bilat.gazetteer import load
    gaz = load()
    found = [EntitySpan(s, e, entry.type, text[s:e], _strip_case(text[s:e], code)) for s, e, entry in gaz.find(text, code)]
    taken = [(s.start, s.end) for s in found]
    title_ends = {end for _, end, _ in gaz.find_titles(text, code)}
    for match in PAIR.finditer(text):
        start, end = match.start(), match.end()
        if any(s < end and start < e for s, e in taken) or _sentence_initial_single(text, match):
            continue
        words = match.group(0).split()
        after_title = any(0 <= start - t <= 2 for t in title_ends)
        if after_title or _has_surname_ending(words[-1], code):
            found.append(EntitySpan(start, end, "PER", match.group(0), " ".join(_strip_case(w, code) for w in words)))
            taken.append((start, end))
    return sorted(found, key=lambda s: s.start)


def _sentence_initial_single(text: str, match: re.Match) -> bool:
    return len(match.group(0).split()) < 2


def _has_surname_ending(word: str, code: str) -> bool:
    stem = _strip_case(word, code).lower()
    return any(stem.endswith(ending) for ending in _names(code).get("surname_endings", ()))


def _strip_case(word: str, code: str) -> str:
    """Drop one case ending when what remains ends like a surname (Тоқаевтың -> Тоқаев)."""
    rules = _names(code)
    lowered = word.lower()
    for ending in sorted(rules.get("case_endings", ()), key=len, reverse=True):
        if lowered.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[:-len(ending)]
            if any(stem.lower().endswith(e) for e in rules.get("surname_endings", ())):
                return stem
    return word
