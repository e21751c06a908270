"""Sentence stage: split each paragraph into sentences with character offsets.

A break follows ``.``/``!``/``?``/``…`` and closing quotes when white space
follows, unless the word before is an abbreviation (``lang/<code>/abbreviations.txt``),
an initial, an ordinal before a month ("14. Januar"), or a final-capable
abbreviation ("Mrd.") not followed by a word that starts a sentence.
"""
from __future__ import annotations

import re
from functools import lru_cache

from bilat import lang
from bilat.model import Context, Document, Span

CANDIDATE = re.compile(r"[.!?…]+[\"'»“”’)\]]*(?=\s)")
NEXT_WORD = re.compile(r"\s+[\"'«„“‚(\[—–-]*\s*(\S*)")
WORD_BEFORE = re.compile(r"(\S+)$")
INITIAL = re.compile(r"^[\"'«„“(]*[A-ZÄÖÜА-ЯЁІЎӘҒҚҢӨҰҮҺ]\.$")
ORDINAL = re.compile(r"^[\"'«„“(]*\d{1,2}\.(?:/\d{1,2}\.)?$")


@lru_cache(maxsize=None)
def _rules(code: str) -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    code = lang.supported(code)
    never = tuple(sorted(lang.lines(code, "abbreviations.txt"), key=len, reverse=True))
    final = tuple(sorted(lang.lines(code, "abbreviations_final.txt"), key=len, reverse=True))
    return never, final, frozenset(lang.lines(code, "sentence_starters.txt"))


def split(paragraph: str, code: str | None, protected: int = 0) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets within ``paragraph``; no break before offset ``protected``."""
    code = code or "en"
    spans, start = [], 0
    for match in CANDIDATE.finditer(paragraph):
        if match.end() > protected and _breaks(paragraph, match, code):
            spans.append((start, match.end()))
            start = match.end()
    spans.append((start, len(paragraph)))
    return [_trim(paragraph, s, e) for s, e in spans if paragraph[s:e].strip()]


def _breaks(text: str, match: re.Match, code: str) -> bool:
    after = NEXT_WORD.match(text, match.end())
    next_word = after.group(1) if after else ""
    if not next_word or next_word[0].islower():
        return False
    punct = match.group(0)
    if not punct.startswith("."):
        return True
    before_match = WORD_BEFORE.search(text, 0, match.start() + 1)
    before = before_match.group(1) if before_match else ""
    never, final, starters = _rules(code)
    head = text[:match.start() + 1]
    if any(_ends_with_word(head, a) for a in never) or INITIAL.match(before):
        return False
    if any(_ends_with_word(head, a) for a in final):
        if code == "de":    # German nouns are capitalised: only a currency or unit continues the sentence
            word = next_word.strip(",.;:")
            return word[:1].isupper() and word not in _scale_nouns()
        return _starts_sentence(next_word, code, starters) and not _city_abbreviation(head)
    if ORDINAL.match(before) and code == "de":
        return _starts_sentence(next_word, code, starters) and next_word.lower().strip(".,") not in lang.months()
    return True


@lru_cache(maxsize=1)
def _scale_nouns() -> frozenset[str]:
    return frozenset(lang.lines("de", "scale_nouns.txt"))


def _ends_with_word(head: str, abbreviation: str) -> bool:
    if not head.endswith(abbreviation):
        return False
    cut = len(head) - len(abbreviation)
    return cut == 0 or not head[cut - 1].isalnum()


def _starts_sentence(word: str, code: str, starters: frozenset[str]) -> bool:
    word = word.strip(",.;:")
    if code == "de":
        return word in starters
    return word[:1].isupper()


def _city_abbreviation(head: str) -> bool:
    # "г. Минск" (город) never ends a sentence; "в 2023 г. Беларусь" may.
    return head.endswith("г.") and not re.search(r"\d\s*г\.$", head)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def run(doc: Document, ctx: Context) -> Document:
    sentences = []
    dateline_end = doc.dateline.end if doc.dateline else 0
    for paragraph in doc.paragraphs:
        protected = dateline_end - paragraph.start if paragraph.start <= dateline_end <= paragraph.end else 0
        text = doc.text[paragraph.start:paragraph.end]
        for start, end in split(text, paragraph.label or doc.language, protected):
            sentences.append(Span(paragraph.start + start, paragraph.start + end))
    return doc.evolve(sentences=tuple(sentences))
