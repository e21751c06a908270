"""The two sides a figure is about: ISO codes of countries and regions.

From the sentence first (names and adjectives: "belarussische Exporte",
"Belarus und dem Gebiet Kemerowo"), completed from the document's main pair
(the two places its title and text name most).
"""
from __future__ import annotations

import re
from collections import Counter

from bilat.model import Document
from bilat.stages.entities import gazetteer

PARTY_KINDS = ("country", "region")
LANGUAGE_ADJECTIVE = re.compile(r"-?(?:language|speaking|sprachig|язычн)", re.IGNORECASE)


def codes_in(text: str, language: str | None) -> list[str]:
    """ISO codes of countries/regions named in ``text``, in order, without repeats."""
    return list(dict.fromkeys(_codes(text, language)))


def _codes(text: str, language: str | None):
    """The ISO code of every country/region name or adjective in ``text``, in order, repeats included."""
    gaz = gazetteer()
    if gaz is None:
        return
    for start, end, entry in gaz.find(text, language, adjectives=True):
        if LANGUAGE_ADJECTIVE.match(text, end):          # "English-language", "russischsprachig"
            continue
        code = _party_code(entry, text[start:end], language)
        if code:
            yield code


def _party_code(entry, surface: str = "", language: str | None = None) -> str | None:
    """The ISO code of a party; a region written only as its capital's name ("in Kostanai")
    stands for a place, so the side is its country."""
    if entry.kind not in PARTY_KINDS:
        return None
    if entry.kind == "region" and surface and _is_city_name(surface, language):
        return entry.code.split("-")[0]
    return entry.code


def _is_city_name(surface: str, language: str | None) -> bool:
    gaz = gazetteer()
    return gaz is not None and any(e.kind == "city" for e in gaz.lookup(surface, language))


def main_pair(doc: Document) -> list[str]:
    """The document's two most-named places (the title counts three times)."""
    counts: Counter = Counter()
    for code in codes_in(doc.title or "", doc.language):
        counts[code] += 3
    for paragraph in doc.paragraphs:
        counts.update(_codes(doc.text[paragraph.start:paragraph.end], paragraph.label or doc.language))
    return [code for code, _ in counts.most_common(2)]


def parties(sentence_codes: list[str], document_pair: list[str]) -> tuple[str, ...]:
    """Two sides: the sentence's own, completed from the document's pair; sorted."""
    chosen = list(sentence_codes[:2])
    for code in document_pair:
        if len(chosen) >= 2:
            break
        if code not in chosen and not _contains(chosen, code):
            chosen.append(code)
    return tuple(sorted(chosen))


def _contains(chosen: list[str], code: str) -> bool:
    """A region and its country are one side (RU and RU-KEM)."""
    return any(c.split("-")[0] == code.split("-")[0] for c in chosen)
