"""Roles stage: titles read from appositions around person mentions.

"der belarussische Botschafter in Kasachstan, Alexej Bogdanow" gives
ambassador of BY to KZ; "посол Казахстана в Минске Ерлан Байжанов" gives
ambassador of KZ to BY; "Yerlan Baizhanov, Kazakhstan's ambassador to
Belarus" the same after the name. Titles and their English names are
gazetteer data (``gazetteer/titles.tsv``); ``lang/<code>/role_prepositions.json`` says which words
introduce the country of the post ("in", "в", "to").
"""
from __future__ import annotations

import re
from bilat import lang
from bilat.model import Context, Document, Mention, Role
from bilat.stages.entities import gazetteer

MAX_GAP_WORDS = 14
WORD = re.compile(r"[\w’'-]+")


def run(doc: Document, ctx: Context) -> Document:
    roles: list[Role] = []
    for index, mention in enumerate(doc.mentions):
        if mention.type != "PER":
            continue
        role = _role_before(doc, index, mention) or _role_after(doc, index, mention)
        if role is not None:
            roles.append(role)
    return doc.evolve(roles=tuple(roles))


def _sentence_bounds(doc: Document, offset: int) -> tuple[int, int]:
    for sentence in doc.sentences:
        if sentence.start <= offset < sentence.end:
            return sentence.start, sentence.end
    return 0, len(doc.text)


def _role_before(doc: Document, index: int, mention: Mention) -> Role | None:
    start, _ = _sentence_bounds(doc, mention.start)
    for other in doc.mentions[:index]:
        if other.type == "PER" and start <= other.end <= mention.start:
            start = other.end
    window = doc.text[start:mention.start]
    found = _last_title(window, mention.language)
    if found is None:
        return None
    title, t_start, t_end = found
    gap = window[t_end:]
    if len(WORD.findall(gap)) > MAX_GAP_WORDS or not re.search(r"[,\s–-]\s*$", gap):
        return None
    of, to = _countries(doc, start + t_start, mention.start, mention.language)
    of = of or _adjective_country(window[:t_start], mention.language)
    return Role(index, title, of, to, start + t_start, mention.end)


def _role_after(doc: Document, index: int, mention: Mention) -> Role | None:
    _, end = _sentence_bounds(doc, mention.start)
    tail = doc.text[mention.end:end]
    if not tail.startswith(","):
        return None
    clause = tail[1:].split(",")[0]
    found = _first_title(clause, mention.language)
    if found is None or len(WORD.findall(clause[:found[1]])) > 3:
        return None
    title, t_start, t_end = found
    base = mention.end + 1
    of, to = _countries(doc, base + t_end, base + len(clause), mention.language)
    before_of = _countries(doc, base, base + t_start, mention.language)[0]
    return Role(index, title, before_of or of or _adjective_country(clause[:t_start], mention.language), to,
                mention.start, base + len(clause))


def _titles_in(text: str, language: str | None) -> list[tuple[str, int, int]]:
    """(English title, start, end) of every title phrase in ``text`` (inflection-tolerant);
    "stellvertretende Ministerpräsident", "заместитель министра" are deputy posts."""
    gaz = gazetteer()
    if gaz is None:
        return []
    deputy = [w.lower() for w in lang.data(language or "en", "role_prepositions.json").get("deputy", [])]
    found = []
    for start, end, title in gaz.find_titles(text, language):
        before = text[max(0, start - 25):start].lower().rstrip()
        if not title.startswith(("deputy", "vice")) and any(before.endswith(w.rstrip("-")) or
                                                             text[max(0, start - 5):start].lower().endswith(w)
                                                             for w in deputy):
            title = f"deputy {title}"
        found.append((title, start, end))
    return found


def _last_title(text: str, language: str | None):
    found = _titles_in(text, language)
    return found[-1] if found else None


def _first_title(text: str, language: str | None):
    found = _titles_in(text, language)
    return found[0] if found else None


def _countries(doc: Document, start: int, end: int, language: str | None) -> tuple[str | None, str | None]:
    """(of, to) from places named between ``start`` and ``end``: "Kasachstans in Belarus"."""
    prepositions = set(lang.data(language or "en", "role_prepositions.json").get("to", []))
    of = to = None
    for mention in doc.mentions:
        if mention.type not in ("LOC", "ORG") or not (start <= mention.start and mention.end <= end):
            continue
        code = _code_of(mention)
        if code is None:
            continue
        words_before = WORD.findall(doc.text[max(start, mention.start - 12):mention.start].lower())
        if words_before and words_before[-1] in prepositions:
            to = to or code
        else:
            of = of or code
    return of, to


def _code_of(mention: Mention) -> str | None:
    gaz = gazetteer()
    if gaz is None or mention.ref is None:
        return None
    entry = gaz.get(mention.ref)
    return getattr(entry, "code", None) or getattr(entry, "country", None)


def _adjective_country(text: str, language: str | None) -> str | None:
    gaz = gazetteer()
    words = WORD.findall(text)[-3:]
    for word in reversed(words):
        entry = gaz.adjective(word, language) if gaz is not None else None
        if entry is not None:
            return entry.code
    return None
