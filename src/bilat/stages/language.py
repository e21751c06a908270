"""Language stage: ISO 639-1 of the document and of each paragraph.

py3langid (its model ships in the package) restricted to the candidate list in
``lang/detect.json``; letters that only one Cyrillic language uses settle
Kazakh, Belarusian and Ukrainian. Paragraphs too short to judge take the
document's language.
"""
from __future__ import annotations

import re
from functools import lru_cache

from bilat import lang
from bilat.model import Context, Document, Span


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(lang.data("", "detect.json")["candidates"])
    return identifier


def detect(text: str) -> str | None:
    """The language of ``text``, or None when there is too little text to tell."""
    settings = lang.data("", "detect.json")
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < 3:
        return None
    for code, distinctive in settings["distinctive_letters"].items():
        hits = sum(1 for ch in letters if ch in distinctive)
        if hits >= max(2, len(letters) // 200) or (hits and len(letters) < 200):
            return code
    code, _probability = _identifier().classify(text)
    return code


def _iso_code(value: str | None) -> str | None:
    """"de", "de-DE", "ru_RU" -> the ISO 639-1 code; anything else ("German") is not trusted."""
    match = re.fullmatch(r"([A-Za-z]{2})(?:[-_][A-Za-z]{2,4})?", (value or "").strip())
    return match.group(1).lower() if match else None


def run(doc: Document, ctx: Context) -> Document:
    declared = _iso_code(doc.meta.language)
    document_language = declared or detect(doc.text)
    min_chars = lang.data("", "detect.json")["min_chars"]
    paragraphs = []
    offset = 0
    for line in doc.text.split("\n"):
        own = detect(line) if len(line) >= min_chars else None
        paragraphs.append(Span(offset, offset + len(line), own or document_language))
        offset += len(line) + 1
    return doc.evolve(language=document_language, paragraphs=tuple(paragraphs))
