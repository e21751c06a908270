"""Quotation spans: „…“, «…», “…”, "…", ‚…‘, including quotes over several paragraphs.

A quote that is still open at the end of its paragraph continues when the next
paragraph opens with the same mark (the newspaper convention); its span then
covers both paragraphs.
"""
from __future__ import annotations

from functools import lru_cache

from bilat import lang


@lru_cache(maxsize=1)
def _settings() -> tuple[dict[str, str], int]:
    data = lang.data("", "quotes.json")
    return data["pairs"], int(data["min_words"])


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the quoted words, marks excluded, in order."""
    pairs, min_words = _settings()
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in pairs and _opens(text, i):
            end = _closing(text, i + 1, ch, pairs[ch])
            if end is not None:
                if len(text[i + 1:end].split()) >= min_words or _sentence_like(text[i + 1:end]):
                    spans.append((i + 1, end))
                i = end + 1
                continue
        i += 1
    return spans


def _opens(text: str, i: int) -> bool:
    """An opening mark stands at a word start (not after a letter, as an apostrophe would)."""
    return i == 0 or not text[i - 1].isalnum()


def _closing(text: str, start: int, opening: str, closing: str) -> int | None:
    """Offset of the mark that closes a quote opened before ``start``, or None."""
    depth, i = 0, start
    while i < len(text):
        ch = text[i]
        if ch == "\n":
            if text.startswith(opening, i + 1):      # continues in the next paragraph
                i += 2
                continue
            return None
        if ch == closing and (opening != closing or _closes(text, i)):
            if depth == 0:
                return i
            depth -= 1
        elif ch == opening and opening != closing and _opens(text, i):
            depth += 1
        i += 1
    return None


def _closes(text: str, i: int) -> bool:
    """A straight quote closes when it follows a non-space and is not followed by a letter."""
    return i > 0 and not text[i - 1].isspace() and (i + 1 == len(text) or not text[i + 1].isalnum())


def _sentence_like(words: str) -> bool:
    return len(words.split()) >= 2 and words.rstrip()[-1:] in ".!?…"
