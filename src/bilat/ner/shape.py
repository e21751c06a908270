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
    found.extend(_organisations(text, code, taken))
    return sorted(found, key=lambda s: s.start)


WORD = re.compile(r"[\w’'-]+")


def _organisations(text: str, code: str, taken: list[tuple[int, int]]) -> list[EntitySpan]:
    """Names built around an organisation noun: "Сыртқы істер министрлігі", "Міністэрства замежных спраў"."""
    words = list(WORD.finditer(text))
    last = tuple(h.lower() for h in _names(code).get("org_heads_last", ()))
    first = tuple(_names(code).get("org_heads_first", ()))
    out: list[EntitySpan] = []
    for i, word in enumerate(words):
        if not word.group(0)[:1].isupper():
            continue
        end = None
        if first and word.group(0).startswith(first):
            tail = [w for w in words[i + 1:i + 5]]
            span_words = [word] + [w for k, w in enumerate(tail) if w.group(0).islower() and _adjacent(text, ([word] + tail)[k], w)]
            end = span_words[-1].end() if len(span_words) > 1 else None
        elif last and not _sentence_start(text, word.start()):
            for k in range(i + 1, min(i + 4, len(words))):
                if not _adjacent(text, words[k - 1], words[k]) or not words[k].group(0).islower():
                    break
                if words[k].group(0).startswith(last):
                    end = words[k].end()
        if end is not None and not any(s < end and word.start() < e for s, e in taken):
            out.append(EntitySpan(word.start(), end, "ORG", text[word.start():end], text[word.start():end]))
            taken.append((word.start(), end))
    return out


def _sentence_start(text: str, offset: int) -> bool:
    before = text[:offset].rstrip(" «\"„“")
    return not before or before[-1] in ".!?\n"


def _adjacent(text: str, a: re.Match, b: re.Match) -> bool:
    """Only white space between two words (no comma or full stop)."""
    return not text[a.end():b.start()].strip()


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
