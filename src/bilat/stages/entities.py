"""Entity stage: named-entity mentions per paragraph, in the paragraph's language.

The language's recogniser (``bilat.ner``) proposes spans; the gazetteer
confirms, retypes and links them (a place or organisation is never a person)
and adds the names it knows that the recogniser missed.
"""
from __future__ import annotations

import re
from functools import lru_cache

from bilat import lang, ner
from bilat.model import Context, Document, Mention
from bilat.ner.base import EntitySpan


def gazetteer():
    """The loaded gazetteer, or None while it is unavailable."""
    try:
        from bilat.gazetteer import load
    except ImportError:
        return None
    return load()


def run(doc: Document, ctx: Context) -> Document:
    gaz = gazetteer()
    mentions: list[Mention] = []
    for start, end, language in language_runs(doc):
        text = doc.text[start:end]
        for found in paragraph_mentions(text, language, gaz):
            mentions.append(Mention(found.start + start, found.end + start, found.type,
                                    found.text, found.normal or found.text, language, found.ref))
    return doc.evolve(mentions=tuple(sorted(mentions + _lone_surnames(doc.text, mentions), key=lambda m: m.start)))


def _lone_surnames(text: str, mentions: list[Mention]) -> list[Mention]:
    """Surnames of people named in full, found again alone ("Seitkali said", "Лукашенко") in the same report."""
    known: dict[str, Mention] = {}
    for mention in mentions:
        words = mention.text.split()
        if mention.type == "PER" and len(words) >= 2 and len(words[-1]) >= 4 and words[-1][:1].isupper():
            known.setdefault(words[-1], mention)
    taken = [(m.start, m.end) for m in mentions]
    added: list[Mention] = []
    for surname, full in known.items():
        stem = surname[:-2] if _inflects(full.language) else surname
        pattern = re.compile(rf"(?<![\w-]){re.escape(stem)}\w{{0,{4 if _inflects(full.language) else 0}}}(?![\w-])")
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            normal = full.normal.split()[-1] if _inflects(full.language) else match.group(0)
            added.append(Mention(match.start(), match.end(), "PER", match.group(0), normal, full.language, full.ref))
            taken.append((match.start(), match.end()))
    return added


def _inflects(language: str | None) -> bool:
    return language in ("ru", "be", "uk", "kk")


def language_runs(doc: Document) -> list[tuple[int, int, str | None]]:
    """Consecutive paragraphs of one language as (start, end, language): one recogniser call each."""
    runs: list[tuple[int, int, str | None]] = []
    for paragraph in doc.paragraphs:
        language = paragraph.label or doc.language
        if runs and runs[-1][2] == language:
            runs[-1] = (runs[-1][0], paragraph.end, language)
        else:
            runs.append((paragraph.start, paragraph.end, language))
    return runs


def paragraph_mentions(text: str, language: str | None, gaz) -> list[Mention]:
    spans = [s for s in ner.recognise(text, language) if not _counted(text, s)]
    matches = gaz.find(text, language) if gaz is not None else []
    merged = [_person_shaped(_confirm(span, matches), language) for span in spans]
    taken = [(m.start, m.end) for m in merged]
    for start, end, entry in matches:
        if entry.type in ("LOC", "ORG", "PER") and not any(s < end and start < e for s, e in taken):
            merged.append(Mention(start, end, entry.type, text[start:end], text[start:end], language, entry.id))
    return sorted(merged, key=lambda m: m.start)


@lru_cache(maxsize=None)
def _surname_endings(language: str | None) -> tuple[str, ...]:
    endings = [e for e in lang.lines(language or "", "ner_surname_endings.txt") if len(e) >= 3]
    return tuple(sorted(endings, key=len, reverse=True))


def _person_shaped(mention: Mention, language: str | None) -> Mention:
    """"Jermaganbet Bulekpajew" typed ORG or LOC but shaped like a name (two or three capitalised
    words, the last with a surname ending, none known to the gazetteer) is a person."""
    words = mention.text.split()
    endings = _surname_endings(language)
    if mention.type == "PER" or mention.ref or not 2 <= len(words) <= 3 or not endings:
        return mention
    if all(w[:1].isupper() and w[1:].islower() for w in words) and words[-1].lower().endswith(endings):
        return Mention(mention.start, mention.end, "PER", mention.text, mention.normal, mention.language, None)
    return mention


COUNT_BEFORE = re.compile(r"\d[\d.,\s]*\s$")


def _counted(text: str, span: EntitySpan) -> bool:
    """"600 Busse", "300 Traktoren": a person is never counted like this."""
    return span.type == "PER" and " " not in span.text and bool(COUNT_BEFORE.search(text[max(0, span.start - 12):span.start]))


def _confirm(span: EntitySpan, matches) -> Mention:
    """The recogniser's span, retyped and linked when the gazetteer knows (most of) it."""
    best = None
    for start, end, entry in matches:
        overlap = min(end, span.end) - max(start, span.start)
        if overlap <= 0:
            continue
        covers_span = overlap >= 0.8 * (span.end - span.start)      # the span lies inside a known name
        covers_match = overlap >= 0.8 * (end - start)               # a known name fills most of the span
        if covers_span and (covers_match or entry.type == span.type or span.type == "PER"):
            best = entry
            break
        if covers_match and entry.type == span.type and overlap >= 0.5 * (span.end - span.start):
            best = entry
    kind = best.type if best is not None else span.type
    return Mention(span.start, span.end, kind, span.text, span.normal or span.text, None,
                   best.id if best is not None else None)
