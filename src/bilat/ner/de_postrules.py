"""Rules applied to the German CRF output: trimming, datelines, region merges, normal forms."""
from __future__ import annotations

import re

from bilat.ner.base import EntitySpan
from bilat.ner.de_lexicon import Lexicon, read_list

Span = tuple[int, int, str]

_ROMAN = re.compile(r"[IVX]{1,5}")
_EDGE_PUNCT = "\"'„“”«»‚‘’()[],.;:!?-–— "
_DATELINE = re.compile(r"(?m)^[ \t]*([A-ZÄÖÜ][A-ZÄÖÜ\-]{2,}(?: [A-ZÄÖÜ][A-ZÄÖÜ\-]{2,})?)(?=[ \t]*[,(/–-])")


def _trim(text: str, span: Span) -> Span | None:
    start, end, kind = span
    while start < end and text[start] in _EDGE_PUNCT:
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCT:
        if text[end - 1] == "." and _keeps_final_dot(text[start:end]):
            break
        end -= 1
    return (start, end, kind) if end > start else None


def _keeps_final_dot(surface: str) -> bool:
    """"Co.", "e.V.", "Ludwig XIV.", "Johann S." keep their dot; a full stop does not."""
    last = surface.split()[-1][:-1]
    if len(surface.split()) > 1 and (_ROMAN.fullmatch(last) or (len(last) == 1 and last.isupper())):
        return True
    return len(last) <= 4 and last.replace(".", "").isalpha() and (
        "." in last or last.lower() in {"co", "inc", "ltd", "corp", "jr", "st"}
    )


def _datelines(text: str, spans: list[Span], lex: Lexicon) -> list[Span]:
    """An upper-case place at the start of a line ("MINSK, 14. Januar") is a LOC."""
    out = list(spans)
    for match in _DATELINE.finditer(text):
        start, end = match.span(1)
        out = [s for s in out if s[1] <= start or s[0] >= end]
        out.append((start, end, "LOC"))
    return out


def _merge_regions(text: str, spans: list[Span]) -> list[Span]:
    """'Gebiet Kemerowo' / 'Oblast Almaty': the region word joins the following LOC."""
    words = {w.lower() for w in read_list("ner_region_words.txt")}
    out = []
    for start, end, kind in spans:
        if kind == "LOC":
            match = re.search(r"(\w+) $", text[max(0, start - 30):start])
            if match and match.group(1).lower() in words and match.group(1)[0].isupper():
                start = start - len(match.group(0))
        out.append((start, end, kind))
    return out


_PERSON_SPLIT = re.compile(r" (?:und|oder|sowie|&|,|/) ")


def _split_persons(text: str, spans: list[Span], lex: Lexicon) -> list[Span]:
    """'Robert und Jason' -> two PER; 'Landrat Heinz Seiffert' -> 'Heinz Seiffert'."""
    out = []
    for start, end, kind in spans:
        if kind != "PER":
            out.append((start, end, kind))
            continue
        pieces, cursor = [], start
        for match in _PERSON_SPLIT.finditer(text, start, end):
            pieces.append((cursor, match.start()))
            cursor = match.end()
        pieces.append((cursor, end))
        for s, e in pieces:
            s = _skip_person_cues(text, s, e, lex)
            if e > s and any(ch.isupper() for ch in text[s:e]):
                out.append((s, e, "PER"))
    return out


def _skip_person_cues(text: str, start: int, end: int, lex: Lexicon) -> int:
    """Move ``start`` past leading role words ("Landrat", "Präsident") inside a PER span."""
    while True:
        match = re.match(r"(\S+) ", text[start:end])
        if not match:
            return start
        word = match.group(1).lower()
        if word not in lex.person_cues and not word.endswith(lex.person_cue_endings):
            return start
        start += match.end()


def _gazetteer_countries(text: str, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Add country names the CRF missed (high-precision single-word list)."""
    countries = set(read_list("ner_countries.txt"))
    taken = [(s, e) for s, e, _ in spans]
    out = list(spans)
    for match in re.finditer(r"\b[A-ZÄÖÜ][\w\-]+", text):
        word = match.group()
        base = word[:-1] if word.endswith("s") and word[:-1] in countries else word
        if base not in countries:
            continue
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        out.append((match.start(), match.end(), "LOC"))
    return out


def _normal(surface: str, kind: str, lex: Lexicon) -> str:
    """Nominative list form for places ("Kasachstans" -> "Kasachstan") and listed
    organisations ("Europäischen Kommission" -> "Europäische Kommission"), else the text."""
    if kind == "ORG":
        return lex.base_name(surface) or surface
    if kind != "LOC":
        return surface
    form = surface.title() if surface.isupper() and len(surface) > 3 else surface
    form = _region_nominative(form)
    return lex.base_name(form) or _shared_gazetteer_form(form) or form


def _region_nominative(surface: str) -> str:
    """'Gebiets Kemerowo' -> 'Gebiet Kemerowo' (genitive of the region word)."""
    head, _, rest = surface.partition(" ")
    words = {w.lower() for w in read_list("ner_region_words.txt")}
    if rest and head.endswith("s") and head[:-1].lower() in words:
        return head[:-1] + " " + rest
    return surface


def _shared_gazetteer_form(surface: str) -> str | None:
    """The German name in ``bilat.gazetteer`` closest to ``surface``, if that module knows it."""
    try:
        from bilat.gazetteer import load as load_gazetteer

        entries = load_gazetteer().lookup(surface, "de")
    except Exception:  # the shared gazetteer is optional for this recogniser
        return None
    words = surface.split()
    best, best_score = None, 0
    for entry in entries:
        for name in entry.names.get("de", ()):
            parts = name.split()
            if len(parts) != len(words):
                continue
            score = sum(_common_prefix(a.lower(), b.lower()) for a, b in zip(parts, words))
            if score > best_score and all(_common_prefix(a.lower(), b.lower()) >= len(a) - 2 for a, b in zip(parts, words)):
                best, best_score = name, score
    return best


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def apply_rules(text: str, spans: list[Span], lex: Lexicon, countries: bool = True) -> list[EntitySpan]:
    """Final entity list: trimmed, datelines as LOC, region words merged, normalised."""
    trimmed = [t for t in (_trim(text, s) for s in spans) if t]
    trimmed = _split_persons(text, trimmed, lex)
    trimmed = _datelines(text, trimmed, lex)
    trimmed = _merge_regions(text, trimmed)
    if countries:
        trimmed = _gazetteer_countries(text, trimmed, lex)
    unique = sorted(set(trimmed))
    return [EntitySpan(s, e, k, text[s:e], _normal(text[s:e], k, lex)) for s, e, k in unique]
