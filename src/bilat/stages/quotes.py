"""Quotes stage: every direct quotation and its speaker.

The speaker is a person named beside the quote (``explicit``), a role word or
pronoun resolved to a person mentioned earlier (``anaphor``: "sagte der
Diplomat", "резюмировал посол"), or carried over from the quotes and
statements around it (``context``). Reporting verbs, role words and pronouns
are data in ``lang/<code>/speech.json``; which titles a role word may refer to
in ``lang/role_families.json``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from bilat import lang
from bilat.model import Context, Document, Mention, Quote
from bilat.stages.quote_marks import quote_spans

AFTER_WINDOW = 120
INFLECTING = ("ru", "be", "kk", "uk")
BEFORE_WINDOW = 150
WORD = re.compile(r"[\w-]+")


@lru_cache(maxsize=None)
def speech(language: str | None) -> dict:
    return lang.data_for(language, "speech.json")


def run(doc: Document, ctx: Context) -> Document:
    quotes: list[Quote] = []
    last_speaker: int | None = None
    for start, end in quote_spans(doc.text):
        language = doc.language_at(start)
        speaker, words, how = attribute(doc, start, end, language, last_speaker)
        quotes.append(Quote(start, end, doc.text[start:end], speaker, words, how))
        last_speaker = speaker if speaker is not None else last_speaker
    return doc.evolve(quotes=tuple(quotes))



def attribute(doc: Document, start: int, end: int, language: str | None, previous: int | None):
    """(speaker mention index, words naming the speaker, attribution) for the quote at start..end."""
    after = _clause_after(doc.text, end + 1)
    before = _clause_before(doc.text, start - 1)
    for clause, offset in ((after, end + 1), (before, start - 1 - len(before))):
        if not _has_reporting_verb(clause, language):
            continue
        found = _named_person(doc, offset, offset + len(clause))
        if found is not None:
            mention = doc.mentions[found]
            return found, mention.text, "explicit"
        role = _role_word(clause, language)
        if role is not None:
            return _resolve_role(doc, start, role[1], previous), role[0], "anaphor"
        pronoun = _pronoun(clause, language)
        if pronoun is not None:
            return _resolve_role(doc, start, None, previous), pronoun, "anaphor"
    return _from_context(doc, start, previous)


def sentence_speaker(doc: Document, start: int, end: int, language: str | None):
    """(person mention, words) a sentence attributes its statement to: "nach Angaben des Diplomaten",
    "по словам Байжанова", "Das teilte ... Alexei Bogdanow ... mit"; None when it names no source."""
    clause = doc.text[start:end]
    inside_quotes = [(q.start, q.end) for q in doc.quotes if start <= q.start < end]
    for q_start, q_end in inside_quotes:
        clause = clause[:q_start - start] + " " * (q_end - q_start) + clause[q_end - start:]
    if not _has_reporting_verb(clause, language):
        return None
    found = _named_person(doc, start, end)
    if found is not None and not any(s <= doc.mentions[found].start < e for s, e in inside_quotes):
        return found, doc.mentions[found].text
    role = _role_word(clause, language)
    if role is not None:
        return _resolve_role(doc, start, role[1], None), role[0]
    pronoun = _pronoun(clause[:40], language)
    if pronoun is not None:
        return _resolve_role(doc, start, None, None), pronoun
    return None


def _clause_after(text: str, offset: int) -> str:
    """The attribution clause after a closing mark: up to the sentence end, across one line break."""
    window = text[offset:offset + AFTER_WINDOW]
    stripped = window.lstrip(".")
    if stripped.startswith("\n"):                # "…».\nсказал посол."
        window = stripped.lstrip("\n")
        if not window[:1].islower():
            return ""
    match = re.match(r"[^.!?\n„«“\"]*", window)
    return match.group(0) if match else ""


def _clause_before(text: str, offset: int) -> str:
    window = text[max(0, offset - BEFORE_WINDOW):offset + 1]
    parts = re.split(r"[.!?\n»“”\"]\s", window)
    return parts[-1] if parts else ""


def _has_reporting_verb(clause: str, language: str | None) -> bool:
    """A reporting verb ("sagte", "заявил") or an attribution phrase ("по словам", "according to")."""
    data = speech(language)
    verbs = set(data["verbs"])
    words = {w.lower() for w in WORD.findall(clause)}
    if words & verbs or any(" " in v and v in clause.lower() for v in verbs):
        return True
    return any(re.search(rf"(?<!\w){pattern}(?!\w)", clause, re.IGNORECASE) for pattern in data["indirect"])


def _named_person(doc: Document, start: int, end: int) -> int | None:
    for index, mention in enumerate(doc.mentions):
        if mention.type == "PER" and start <= mention.start and mention.end <= end:
            return index
    return None


def _role_word(clause: str, language: str | None) -> tuple[str, str] | None:
    """(the words that name the speaker, role family) for "der Diplomat", "посол", "the minister"."""
    roles = speech(language)["role_words"]
    ending = r"\w{0,4}" if language in INFLECTING else ""      # "Елшінің", "дыпламата", "посла"
    for word, family in sorted(roles.items(), key=lambda item: -len(item[0])):
        match = re.search(rf"(?<!\w)((?:\w+\s+){{0,2}}){re.escape(word)}{ending}(?!\w)", clause, re.IGNORECASE)
        if match:
            return match.group(0).strip(), family
    return None


def _pronoun(clause: str, language: str | None) -> str | None:
    pronouns = set(speech(language)["pronouns"])
    for word in WORD.findall(clause):
        if word.lower() in pronouns:
            return word
    return None


def _resolve_role(doc: Document, before: int, family: str | None, previous: int | None) -> int | None:
    """The person a role word or pronoun refers to: the nearest earlier person who fits."""
    candidates = [i for i, m in enumerate(doc.mentions) if m.type == "PER" and m.start < before]
    if family is not None and previous is not None and _fits(doc, previous, family):
        return previous                                  # the speaker so far, if the role fits them
    if family is not None:
        fitting = [i for i in candidates if _fits(doc, i, family)]
        if fitting:
            return fitting[-1]
    if previous is not None:
        return previous
    return candidates[-1] if candidates else None


def _fits(doc: Document, index: int, family: str) -> bool:
    titles = lang.data("", "role_families.json").get(family, [family])
    person = doc.mentions[index]
    held = [r.title for r in doc.roles if _same_person(doc.mentions[r.mention], person)]
    return any(t.startswith(allowed) for t in held for allowed in titles)


def _same_person(a: Mention, b: Mention) -> bool:
    from bilat.resolve.names import same_surname, surname_key
    return a.type == b.type == "PER" and same_surname(surname_key(a.normal, a.language), surname_key(b.normal, b.language))


def _from_context(doc: Document, start: int, previous: int | None):
    """No attribution beside the quote: the speaker of the quotes around it, else the last person."""
    if previous is not None:
        return previous, None, "context"
    earlier = [i for i, m in enumerate(doc.mentions) if m.type == "PER" and m.start < start]
    if earlier:
        return earlier[-1], None, "context"
    return None, None, None
