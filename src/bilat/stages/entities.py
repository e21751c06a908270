"""Entity stage: named-entity mentions per paragraph, in the paragraph's language.

The language's recogniser (``bilat.ner``) proposes spans; the gazetteer
confirms, retypes and links them (a place or organisation is never a person)
and adds the names it knows that the recogniser missed.
"""
from __future__ import annotations

from bilat import ner
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
    return doc.evolve(mentions=tuple(mentions))


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
    spans = ner.recognise(text, language)
    matches = gaz.find(text, language) if gaz is not None else []
    merged = [_confirm(span, matches) for span in spans]
    taken = [(m.start, m.end) for m in merged]
    for start, end, entry in matches:
        if entry.type in ("LOC", "ORG", "PER") and not any(s < end and start < e for s, e in taken):
            merged.append(Mention(start, end, entry.type, text[start:end], text[start:end], language, entry.id))
    return sorted(merged, key=lambda m: m.start)


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
