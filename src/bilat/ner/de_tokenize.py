"""A small German tokenizer and sentence splitter with character offsets.

Tokens follow the GermEval/Europarl conventions the tagger was trained on:
punctuation stands alone, hyphenated compounds stay whole, ordinals ("14."),
initials ("A.") and known abbreviations ("z.B.", "Dr.") keep their dot.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

LANG_DIR = Path(__file__).resolve().parent.parent / "lang" / "de"

Token = tuple[int, int, str]  # start, end, text

_CHUNK = re.compile(r"\S+")
_LEADING = "([{„“\"'‚‘«»›‹¿¡*"
_TRAILING = ")]}“”\"'‘’«»›‹,;:!?…*"


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Lower-cased abbreviations (with their dot) that never end a token early."""
    path = LANG_DIR / "ner_abbreviations.txt"
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            words.add(line.lower())
    return frozenset(words)


def _keeps_dot(word: str, is_last: bool) -> bool:
    """Whether ``word`` (ending in '.') keeps its dot as part of the token."""
    core = word[:-1]
    if not core or core.endswith("."):
        return False
    if word.lower() in abbreviations():
        return True
    if "." in core and all(part.isalpha() and len(part) <= 3 for part in core.split(".")):
        return True  # z.B. / U.S.A.
    if len(core) == 1 and core.isalpha() and core.isupper():
        return True  # initial
    if core.isdigit() and len(core) <= 2 and not is_last:
        return True  # ordinal: "14. Januar"
    if re.fullmatch(r"[IVXLC]+", core) and not is_last:
        return True  # roman ordinal
    return False


def _split_chunk(chunk: str, offset: int, is_last: bool) -> list[Token]:
    """Split one whitespace-free chunk into tokens."""
    head: list[Token] = []
    tail: list[Token] = []
    start, end = 0, len(chunk)
    while start < end and chunk[start] in _LEADING:
        head.append((offset + start, offset + start + 1, chunk[start]))
        start += 1
    while end > start:
        ch = chunk[end - 1]
        if ch in _TRAILING:
            tail.append((offset + end - 1, offset + end, ch))
            end -= 1
        elif ch == "." and not _keeps_dot(chunk[start:end], is_last and not tail):
            dots = end
            while dots > start and chunk[dots - 1] == ".":
                dots -= 1
            tail.append((offset + dots, offset + end, chunk[dots:end]))
            end = dots
        else:
            break
    middle = [(offset + start, offset + end, chunk[start:end])] if end > start else []
    return head + middle + tail[::-1]


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` with their character offsets."""
    chunks = list(_CHUNK.finditer(text))
    tokens: list[Token] = []
    for n, match in enumerate(chunks):
        is_last = n + 1 == len(chunks) or "\n" in text[match.end():chunks[n + 1].start()]
        tokens.extend(_split_chunk(match.group(), match.start(), is_last))
    return tokens


_CLOSERS = set("“”\"'»«)]")
_TERMINAL = re.compile(r"[.!?…]+")


def _break_after(tokens: list[Token], i: int, text: str) -> bool:
    """Whether a sentence ends after token ``i``."""
    if i + 1 >= len(tokens):
        return True
    if "\n" in text[tokens[i][1]:tokens[i + 1][0]]:
        return True
    j = i
    while j >= 0 and tokens[j][2] in _CLOSERS:
        j -= 1
    if j < 0 or not _TERMINAL.fullmatch(tokens[j][2]) or tokens[i + 1][2] in _CLOSERS:
        return False
    nxt = tokens[i + 1][2]
    return nxt[:1].isupper() or nxt[:1].isdigit() or nxt[:1] in "„\"«»“(-–"


def sentences(text: str) -> list[list[Token]]:
    """Tokens of ``text`` grouped into sentences (line breaks always split)."""
    tokens = tokenize(text)
    out: list[list[Token]] = []
    current: list[Token] = []
    for i, token in enumerate(tokens):
        current.append(token)
        if _break_after(tokens, i, text):
            out.append(current)
            current = []
    return out
