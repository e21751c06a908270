"""English named-entity recognition by rules and gazetteers (no statistical model).

Candidates are runs of capitalised words (with "of", "for", "and", "the", "de"
allowed inside organisation names). Each run is classified by, in order:
gazetteer matches (``bilat.gazetteer`` when available, else our own
``src/bilat/lang/en/ner_locations.txt``), organisation head words (Ministry,
Bank, Works ...), title cues (Ambassador X, President X, Mr X), speech verbs
(X said / said X), given names and family-name endings. Title words are cut
off the person span; possessive 's is cut off every span.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from bilat.ner.base import EntitySpan

LANG_DIR = Path(__file__).resolve().parent.parent / "lang" / "en"

Token = tuple[int, int, str]
Span = tuple[int, int, str]

_TOKEN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ][\w'’\-.]*[\w]|[A-Za-zÀ-ÿ]|\d[\d.,:/]*|\S")
_CONNECTORS = {"of", "for", "and", "the", "de", "&"}
_DATELINE = re.compile(r"(?m)^[ \t]*([A-Z][A-Z\-]{2,}(?: [A-Z][A-Z\-]{2,})?)(?=[ \t]*[,(/–-])")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,6}")


def _read(name: str) -> list[str]:
    path = LANG_DIR / name
    if not path.exists():
        return []
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line]


@lru_cache(maxsize=1)
def _lists() -> dict:
    return {
        "given": frozenset(_read("ner_given_names.txt")),
        "titles": frozenset(_read("ner_person_cues.txt")),
        "verbs": frozenset(_read("ner_person_verbs.txt")),
        "org": frozenset(_read("ner_org_words.txt")),
        "stop": frozenset(_read("ner_stopwords.txt")),
        "endings": tuple(sorted(_read("ner_surname_endings.txt"), key=len, reverse=True)),
        "places": frozenset(_read("ner_locations.txt")),
    }


def tokenize(text: str) -> list[Token]:
    """Word and punctuation tokens with offsets; a trailing dot stays only on Mr./Dr./Co. style words."""
    tokens = []
    for match in _TOKEN.finditer(text):
        start, end, word = match.start(), match.end(), match.group()
        if word.endswith(".") and word not in _lists()["titles"] and not re.fullmatch(r"(?:[A-Z]\.)+|Co\.|Inc\.|Ltd\.|Corp\.", word):
            tokens.append((start, end - 1, word[:-1]))
            tokens.append((end - 1, end, "."))
        else:
            tokens.append((start, end, word))
    return tokens


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and any(c.isalpha() for c in word)


def candidate_runs(tokens: list[Token]) -> list[tuple[int, int]]:
    """Token index ranges of capitalised runs (connectors allowed between capitals)."""
    runs, i, n = [], 0, len(tokens)
    while i < n:
        if not _capitalised(tokens[i][2]):
            i += 1
            continue
        j = i + 1
        while j < n:
            word = tokens[j][2]
            if _capitalised(word) and word not in _lists()["stop"]:
                j += 1
            elif word in _CONNECTORS and j + 1 < n and _capitalised(tokens[j + 1][2]) and _org_like(tokens, i, j):
                j += 1
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def _org_like(tokens: list[Token], i: int, j: int) -> bool:
    """A connector may join a run when the run so far (or the next word) is an organisation head."""
    org = _lists()["org"]
    return any(t[2] in org for t in tokens[i:j]) or (j + 1 < len(tokens) and tokens[j + 1][2] in org)


def _sentence_start(tokens: list[Token], i: int) -> bool:
    return i == 0 or tokens[i - 1][2] in {".", "!", "?", "\"", "“", "«", ":", "—", "–", "-", "("}


def _strip_edges(tokens: list[Token], i: int, j: int) -> tuple[int, int]:
    """Drop stop words at the run start and connectors at either end."""
    stop = _lists()["stop"]
    while i < j and (tokens[i][2] in stop or tokens[i][2].lower() in _CONNECTORS):
        i += 1
    while j > i and tokens[j - 1][2].lower() in _CONNECTORS:
        j -= 1
    return i, j


def _split_titles(tokens: list[Token], i: int, j: int) -> tuple[int, bool]:
    """Index after the last title word of the run ("Belarusian President | Alexander X")."""
    titles = _lists()["titles"]
    last = None
    for k in range(i, j - 1):
        if tokens[k][2] in titles or tokens[k][2].rstrip(".") in titles:
            last = k
    return (last + 1, True) if last is not None else (i, False)


def _looks_like_person(words: list[str]) -> bool:
    lists = _lists()
    if words[0] in lists["given"] and len(words) >= 2:
        return True
    last = words[-1]
    return len(last) > 4 and last[1:].islower() and last.endswith(lists["endings"]) and len(words) <= 3


def _person_context(tokens: list[Token], i: int, j: int) -> bool:
    verbs = _lists()["verbs"]
    before = tokens[i - 1][2].lower() if i > 0 else ""
    after = [t[2].lower() for t in tokens[j:j + 2]]
    return before in verbs or (after and after[0] in verbs) or after[:2] == [",", "who"]


def classify(tokens: list[Token], i: int, j: int, sentence_start: bool) -> list[Span]:
    """Typed spans inside the capitalised run ``tokens[i:j]`` (may be empty)."""
    lists = _lists()
    i, j = _strip_edges(tokens, i, j)
    if i >= j:
        return []
    words = [t[2] for t in tokens[i:j]]
    if any(w in lists["org"] for w in words) and not all(w in lists["titles"] for w in words):
        if words[-1] in lists["org"] or words[0] in lists["org"] or len(words) > 1:
            return [(tokens[i][0], tokens[j - 1][1], "ORG")]
    if all(w in lists["titles"] for w in words):
        return []
    if " ".join(words) in lists["places"]:
        return [(tokens[i][0], tokens[j - 1][1], "LOC")]
    k, titled = _split_titles(tokens, i, j)
    names = [t[2] for t in tokens[k:j]]
    if titled or _looks_like_person(names) or _person_context(tokens, i, j):
        if not (sentence_start and len(names) == 1 and not titled and names[0] not in lists["given"]):
            return [(tokens[k][0], tokens[j - 1][1], "PER")]
    if len(words) == 1 and _ACRONYM.fullmatch(words[0]) and words[0] not in lists["stop"]:
        return [(tokens[i][0], tokens[j - 1][1], "ORG")]
    return []


def _gazetteer_spans(text: str) -> list[Span]:
    try:
        from bilat.gazetteer import load as load_gazetteer

        return [(start, end, entry.type) for start, end, entry in load_gazetteer().find(text, "en")]
    except Exception:  # optional dependency: fall back to rules and our own lists
        return []


def _datelines(text: str) -> list[Span]:
    return [(m.start(1), m.end(1), "LOC") for m in _DATELINE.finditer(text)]


def _merge(preferred: list[Span], others: list[Span]) -> list[Span]:
    """Preferred spans win; other spans are kept where they overlap none of them."""
    out = list(preferred)
    for span in others:
        if all(span[1] <= s[0] or span[0] >= s[1] for s in out):
            out.append(span)
    return out


def _strip_possessive(text: str, span: Span) -> Span:
    start, end, kind = span
    for suffix in ("'s", "’s", "'", "’"):
        if text[start:end].endswith(suffix) and end - len(suffix) > start:
            return (start, end - len(suffix), kind)
    return span


def _normal(surface: str, kind: str) -> str:
    if kind == "LOC" and surface.isupper() and len(surface) > 3:
        return surface.title()
    return surface


def _outside(tokens: list[Token], i: int, j: int, taken: list[Span]) -> list[tuple[int, int]]:
    """Pieces of the run ``i:j`` whose tokens overlap no gazetteer span."""
    pieces, start = [], i
    for k in range(i, j):
        inside = any(tokens[k][0] < e and s < tokens[k][1] for s, e, _ in taken)
        if inside:
            if k > start:
                pieces.append((start, k))
            start = k + 1
    if j > start:
        pieces.append((start, j))
    return pieces


def recognise(text: str) -> list[EntitySpan]:
    """PER/LOC/ORG mentions in English ``text`` with character offsets."""
    tokens = tokenize(text)
    gazetteer = [_strip_possessive(text, s) for s in _gazetteer_spans(text)]
    org_words = _lists()["org"]
    rule_spans: list[Span] = []
    for i, j in candidate_runs(tokens):
        whole = any(t[2] in org_words for t in tokens[i:j])
        for a, b in [(i, j)] if whole else _outside(tokens, i, j, gazetteer):
            rule_spans.extend(classify(tokens, a, b, _sentence_start(tokens, a)))
    rule_spans = [_strip_possessive(text, s) for s in rule_spans]
    org_rules = [s for s in rule_spans if s[2] == "ORG" and " " in text[s[0]:s[1]]]
    spans = _merge(_datelines(text), _merge(org_rules, _merge(gazetteer, rule_spans)))
    spans = _org_lists(text, [_trim_person(text, s) for s in spans
                              if not _demonym(text[s[0]:s[1]]) and not _only_titles(text[s[0]:s[1]], s[2])])
    return [EntitySpan(s, e, k, text[s:e], _normal(text[s:e], k)) for s, e, k in sorted(set(spans))]


def _org_lists(text: str, spans: list[Span]) -> list[Span]:
    """"Ministry of Investment, Industry and Trade": an organisation's name runs on over a list."""
    out: list[Span] = []
    for span in sorted(spans):
        if out and out[-1][2] == "ORG" and " of " in text[out[-1][0]:out[-1][1]] and \
                " " not in text[span[0]:span[1]].strip() and \
                re.fullmatch(r"(?:,\s*[A-Z]\w+)*,?\s+and\s+", text[out[-1][1]:span[0]]):
            out[-1] = (out[-1][0], span[1], "ORG")
            continue
        out.append(span)
    return out


def _only_titles(words: str, kind: str) -> bool:
    """"Minister", "Prime Minister": a title alone is not a person."""
    titles = {t.lower() for t in _lists()["titles"]}
    return kind == "PER" and all(w.lower().strip(".") in titles for w in words.split())


def _demonym(words: str) -> bool:
    """"Belarusian", "Kazakh" name a nationality, not an entity."""
    try:
        from bilat.gazetteer import load
    except ImportError:
        return False
    return " " not in words and load().adjective(words, "en") is not None and not load().lookup(words, "en")


def _trim_person(text: str, span: Span) -> Span:
    """"Integration Aidar Seitkali" (the end of a title) -> "Aidar Seitkali": a person starts at a given name."""
    start, end, kind = span
    words = list(re.finditer(r"\S+", text[start:end]))
    if kind != "PER" or len(words) < 3:
        return span
    given = _lists()["given"]
    first_given = next((i for i, w in enumerate(words) if w.group(0) in given), None)
    if first_given and first_given < len(words) - 1:
        return start + words[first_given].start(), end, kind
    if re.search(r"\b(?:and|of|for)\s+$", text[max(0, start - 5):start]):   # "... of Trade and Integration X Y"
        return start + words[1].start(), end, kind
    return span
