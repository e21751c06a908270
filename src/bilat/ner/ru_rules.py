"""Rule post-processing of Russian NER mentions (boundaries and types).

The neural tagger (natasha/slovnet) gets most names right but has systematic
boundary and type errors in news text.  Each rule fixes one of them:

* cut at bullets, brackets, line breaks and list commas (all types);
* drop one-word "names" that are verbs, pronouns, adverbs (all types);
* strip a glued particle ("Кудрину-то");
* PER: split neighbours that cannot be one name, drop common nouns and families
  (:mod:`bilat.ner.ru_rules_person`);
* ORG/LOC: quoted names without legal form, ORG lexicon (Кремль, ЕС, НАТО),
  genitive places joined ("ЦБ РФ"), place adjectives ("японского МИДа")
  (:mod:`bilat.ner.ru_rules_org`);
* a bracketed alias after a name is a mention of the same type ("(Volkswagen)").

Word lists are data files in ``src/bilat/lang/ru/ner_*.txt``.
Mentions are ``(start, end, type)`` character offsets into the text.
"""
from __future__ import annotations

import re

from bilat.ner.ru_rules_org import (extend_by_geo_adjective, merge_with_genitive_place,
                                    org_name_in_quotes, retype_by_lexicon, retype_by_morphology)
from bilat.ner.ru_rules_person import drop_non_names, split_disagreeing_names
from bilat.ner.ru_words import WORD, Mention, function_word, word_list, words_in

# separators no single name spans: bullets, brackets, line breaks, ", ", " — "
SEPARATOR = re.compile(r"\s*(?:[•·|;()\[\]]|,\s|\r?\n|\s[—–]\s)\s*")
PER_SEPARATOR = re.compile(SEPARATOR.pattern + r"|\s+(?:и|или)\s+")
EDGE_PUNCT = " \t\r\n,;:—–-•·|()[]/"
OPEN_QUOTES, CLOSE_QUOTES = "«„“\"<", "»“”\">"
# "(Volkswagen)", "(ХАЭС)", "(Joel Simon)" right after a name
BRACKETED_ALIAS = re.compile(
    r"[ \u00a0]?\(([A-ZА-ЯЁ][\w.&'’-]*(?:[ \u00a0][A-Za-z][\w.&'’-]*){0,5})\)")

__all__ = ["Mention", "postprocess"]


def postprocess(text: str, mentions: list[Mention]) -> list[Mention]:
    """All rules, in order, on the tagger's mentions; sorted and de-duplicated."""
    out = [piece for m in mentions for piece in split_at_separators(text, m)]
    out = [m for m in (org_name_in_quotes(text, m, trim) for m in out) if m]
    out = [piece for m in out for piece in split_disagreeing_names(text, m)]
    out = [m for m in (drop_non_name(text, strip_particle(text, m)) for m in out) if m]
    out = [m for m in (retype_by_lexicon(text, m) for m in out) if m]
    out = [retype_by_morphology(text, m) for m in out]
    out = merge_with_genitive_place(text, list(set(out)))
    out = [extend_by_geo_adjective(text, m) for m in out]
    out += [alias for m in out for alias in bracketed_alias(text, m, out)]
    return sorted(set(out))


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink (start, end) past edge punctuation and unbalanced quotes."""
    while True:
        old = (start, end)
        while start < end and text[start] in EDGE_PUNCT:
            start += 1
        while end > start and text[end - 1] in EDGE_PUNCT:
            end -= 1
        piece = text[start:end]
        if not piece:
            return start, end
        if piece[0] in OPEN_QUOTES and not _has_any(piece[1:], piece[0], CLOSE_QUOTES):
            start += 1
        elif piece[-1] in CLOSE_QUOTES and not _has_any(piece[:-1], piece[-1], OPEN_QUOTES):
            end -= 1
        if (start, end) == old:
            return start, end


def _has_any(rest: str, quote: str, partners: str) -> bool:
    return ('"' in rest) if quote == '"' else any(q in rest for q in partners)


def split_at_separators(text: str, mention: Mention) -> list[Mention]:
    """Cut a mention at bullets, brackets, line breaks and list commas.

    "Союз координационных советов (СКС)" -> the name and the abbreviation;
    "Овечкин, Фёдоров" -> two persons (PER also at "и"/"или").  A piece that
    came from a cut drops leading lower-case words ("штат Калифорния" ->
    "Калифорния") and must then start with a capital or digit.
    """
    start, end, kind = mention
    pattern = PER_SEPARATOR if kind == "PER" else SEPARATOR
    bounds, cursor = [], start
    for match in pattern.finditer(text, start, end):
        bounds.append((cursor, match.start()))
        cursor = match.end()
    bounds.append((cursor, end))
    pieces = []
    for a, b in bounds:
        a, b = trim(text, a, b)
        if len(bounds) > 1:
            a = _first_capitalised_word(text, a, b)
        if b > a and any(ch.isalpha() for ch in text[a:b]):
            if len(bounds) == 1 or text[a].isupper() or text[a].isdigit():
                pieces.append((a, b, kind))
    return pieces


def _first_capitalised_word(text: str, start: int, end: int) -> int:
    for match in WORD.finditer(text, start, end):
        if not match.group()[0].islower():
            return match.start()
    return end


def strip_particle(text: str, mention: Mention) -> Mention:
    """"Кудрину-то" -> "Кудрину": a hyphenated particle (ner_particles.txt) is not the name."""
    start, end, kind = mention
    head, dash, tail = text[start:end].rpartition("-")
    if dash and head and tail.lower() in word_list("ner_particles.txt"):
        return (start, start + len(head), kind)
    return mention


def drop_non_name(text: str, mention: Mention) -> Mention | None:
    """Drop one-word mentions that are verbs, pronouns ... ("Опустили", "Кто"), a
    mention right after "." (a domain zone: ".РФ"), then the PER-specific checks."""
    start, end, _ = mention
    words = words_in(text, start, end)
    if len(words) == 1 and function_word(words[0].group()):
        return None
    if start > 0 and text[start - 1] == "." and (start < 2 or text[start - 2].isspace()):
        return None
    return drop_non_names(text, mention)


def bracketed_alias(text: str, mention: Mention, mentions: list[Mention]) -> list[Mention]:
    """A name in brackets right after a mention is the same entity under another name.

    "«Фольксваген» (Volkswagen)", "электростанции (ХАЭС)": the alias gets the type,
    unless the tagger already has a mention there.
    """
    start, end, kind = mention
    match = BRACKETED_ALIAS.match(text, end)
    if match is None:
        return []
    alias = (match.start(1), match.end(1), kind)
    taken = any(m[0] < alias[1] and alias[0] < m[1] for m in mentions)
    return [] if taken else [alias]
