"""Clean stage: drop navigation, boilerplate and repeated blocks; find the headline.

Each non-empty line of the normalised input is a paragraph. Lines before the
first body paragraph form the page header: its last headline-like line is the
title, the short lines around it are navigation. A trailing run of short lines
is the footer. A paragraph that repeats an earlier one is dropped.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from bilat import lang
from bilat.model import Context, Document
from bilat.stages.dateline import find_dateline
from bilat.stages.dates import is_date_line
from bilat.stages.normalise import normalise

SENTENCE_END = re.compile(r"[.!?…:;]['\"»“”„)\]]*$")
MIN_REPEAT_WORDS = 5


@lru_cache(maxsize=1)
def boilerplate_pattern() -> re.Pattern:
    alternatives = "|".join(f"(?:{p})" for p in lang.all_lines("boilerplate.txt"))
    return re.compile(rf"^(?:{alternatives})$", re.IGNORECASE)


def run(doc: Document, ctx: Context) -> Document:
    paragraphs = [line for line in normalise(doc.raw).split("\n") if line.strip()]
    removed: list[str] = []
    kept = _drop_boilerplate(paragraphs, removed)
    title, kept = _split_header(kept, removed)
    kept = _drop_footer(kept, removed)
    kept, repeated_runs = _drop_repeats(kept, removed)
    boilerplate_lines = len(removed) - sum(1 for line in removed if line.startswith("\x00"))
    return doc.evolve(
        text="\n".join(kept),
        title=title or doc.meta.title,
        removed={"boilerplate_lines": boilerplate_lines, "repeated_blocks": repeated_runs},
        removed_lines=tuple(line.lstrip("\x00") for line in removed),
    )


def is_short_line(line: str, max_words: int = 8) -> bool:
    """A menu item, a caption, a footer link: few words and no sentence end."""
    return len(line.split()) <= max_words and not SENTENCE_END.search(line)


def _drop_boilerplate(paragraphs: list[str], removed: list[str]) -> list[str]:
    pattern = boilerplate_pattern()
    kept = []
    for line in paragraphs:
        if pattern.match(line) or is_date_line(line):
            removed.append(line)
        else:
            kept.append(line)
    return kept


def _split_header(paragraphs: list[str], removed: list[str]) -> tuple[str | None, list[str]]:
    """The headline and the paragraphs from it on; navigation before it is removed."""
    body = _first_body_index(paragraphs)
    if body == 0:
        return None, paragraphs
    header = paragraphs[:body]
    title_index = next((i for i in range(len(header) - 1, -1, -1) if _headline_like(header[i])), None)
    if title_index is None:
        removed.extend(line for line in header if is_short_line(line))
        return None, [line for line in header if not is_short_line(line)] + paragraphs[body:]
    navigation = header[:title_index]
    removed.extend(line for line in navigation if is_short_line(line))
    kept = [line for line in navigation if not is_short_line(line)]
    return header[title_index], kept + paragraphs[title_index:]


def _first_body_index(paragraphs: list[str]) -> int:
    for i, line in enumerate(paragraphs):
        if find_dateline(line) is not None:
            return i
        if len(line.split()) >= 25 or (len(line.split()) >= 10 and SENTENCE_END.search(line)):
            return i
    return 0


def _headline_like(line: str) -> bool:
    words = line.split()
    return 3 <= len(words) <= 30 and not line.endswith(".") and not is_date_line(line)


def _drop_footer(paragraphs: list[str], removed: list[str]) -> list[str]:
    end = len(paragraphs)
    while end > 1 and is_short_line(paragraphs[end - 1], max_words=6):
        end -= 1
    if end == len(paragraphs) or end < 2:
        return paragraphs
    removed.extend(paragraphs[end:])
    return paragraphs[:end]


def _drop_repeats(paragraphs: list[str], removed: list[str]) -> tuple[list[str], int]:
    """Paragraphs that repeat an earlier one are dropped; returns how many runs were dropped."""
    kept: list[str] = []
    keys: list[str] = []
    runs, in_run = 0, False
    for line in paragraphs:
        key = " ".join(line.casefold().split())
        if len(line.split()) >= MIN_REPEAT_WORDS and _repeats(key, keys):
            removed.append("\x00" + line)  # marked: counted as a repeat, not as boilerplate
            runs += 0 if in_run else 1
            in_run = True
            continue
        in_run = False
        kept.append(line)
        keys.append(key)
    return kept, runs


def _repeats(key: str, earlier: list[str]) -> bool:
    if key in earlier:
        return True
    return len(key) >= 200 and any(abs(len(e) - len(key)) < 0.05 * len(key) and fuzz.ratio(key, e) >= 97 for e in earlier)
