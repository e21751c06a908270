"""Tokens for the number parser: digits, words, symbols, with character offsets.

A token knows whether whitespace separates it from the one before (``gap``),
whether that whitespace held a line break (``newline``) and which sentence it
belongs to (``sentence``), which is all the later steps need about layout.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Characters that may separate digit groups when written as whitespace.
SPACE_MARKS = (" ", "\u00a0", "\u202f", "\u2009", "\u2007")
SENTENCE_ENDS = frozenset({".", "!", "?", ";", "…"})


@dataclass(slots=True)
class Token:
    kind: str          # num, word, sym, date, time, url
    text: str
    low: str           # lower-cased, ё -> е, typographic apostrophe -> '
    start: int
    end: int
    gap: bool          # whitespace (or the text start) right before
    newline: bool      # that whitespace contains a line break
    sentence: int = 0


def normalise(text: str) -> str:
    return text.lower().replace("ё", "е").replace("’", "'")


def token_pattern(group_marks: frozenset[str]) -> re.Pattern:
    """The tokenizer for a language whose digit groups may be split by ``group_marks``."""
    spaces = "".join(re.escape(m) for m in group_marks if m in SPACE_MARKS)
    inline = "".join(re.escape(m) for m in sorted(group_marks | {".", ","}) if m not in SPACE_MARKS)
    spaced = rf"\d{{1,3}}(?:[{spaces}]\d{{3}}(?!\d))+(?:[.,]\d+)?|" if spaces else ""
    return re.compile(
        r"(?P<url>(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+)"
        r"|(?P<date>\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?!\d)|\d{4}-\d{2}-\d{2}(?!\d))"
        r"|(?P<time>\d{1,2}:\d{2}(?::\d{2})?(?!\d))"
        rf"|(?P<num>{spaced}\d+(?:[{inline}]\d+)*)"
        r"|(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)*)"
        r"|(?P<sym>\S)"
    )


def tokenize(text: str, pattern: re.Pattern) -> list[Token]:
    tokens: list[Token] = []
    previous_end = 0
    for match in pattern.finditer(text):
        between = text[previous_end:match.start()]
        gap = not tokens or bool(between)
        tokens.append(Token(match.lastgroup or "sym", match.group(), normalise(match.group()),
                            match.start(), match.end(), gap, "\n" in between))
        previous_end = match.end()
    return number_sentences(tokens)


def number_sentences(tokens: list[Token], inner: frozenset[int] = frozenset()) -> list[Token]:
    """The tokens, each given its sentence number (ends: . ! ? ; and line breaks).

    ``inner`` holds the indices of full stops that belong to abbreviations
    inside an expression ("5 Mio. Euro", "ca. 5"); they end no sentence.
    """
    sentence = 0
    for index, token in enumerate(tokens):
        if token.newline and index:
            sentence += 1
        token.sentence = sentence
        if token.text in SENTENCE_ENDS and index not in inner and ends_sentence(tokens, index):
            sentence += 1
    return tokens


def ends_sentence(tokens: list[Token], index: int) -> bool:
    """A full stop ends a sentence when a capital, digit or quote follows after a space."""
    if tokens[index].text != ".":
        return True
    if index + 1 >= len(tokens):
        return True
    following = tokens[index + 1]
    if not following.gap:
        return False
    first = following.text[0]
    return following.newline or first.isupper() or first.isdigit() or first in "«„\"“"
