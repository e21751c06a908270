"""Events stage: meetings, talks, visits, appointments, agreements, accessions, forums, statements.

Trigger words per type, cues for planned events, relative dates and place
prepositions are data in ``lang/<code>/events.json``. Participants are the
people and organisations named in the sentence (and the states, for
agreements, accessions and visits); the place is a city or country introduced
by a place preposition.
"""
from __future__ import annotations

import re
from functools import lru_cache

from bilat import lang
from bilat.claims.parties import codes_in
from bilat.events.dates import resolve_dates
from bilat.model import Context, Document, Event
from bilat.stages.quotes import sentence_speaker

STATE_PARTICIPANTS = ("agreement", "accession", "visit")
UNDATED_BY_DATELINE = ("accession",)
TWO_SIDED = ("meeting", "talks")     # a report about an accession is rarely dated the day it happens


@lru_cache(maxsize=None)
def _words(language: str) -> dict:
    return lang.data_for(language, "events.json")


@lru_cache(maxsize=None)
def _triggers(language: str) -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((kind, re.compile(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)", re.IGNORECASE))
                 for kind, words in _words(language).get("triggers", {}).items())


def run(doc: Document, ctx: Context) -> Document:
    events: list[Event] = []
    for sentence in doc.sentences:
        text = doc.text[sentence.start:sentence.end]
        language = doc.language_at(sentence.start) or "en"
        text = _without_dateline(doc, sentence.start, text)
        kinds = [(kind, match) for kind, pattern in _triggers(language) if (match := pattern.search(text))]
        if not kinds and _dated_statement(doc, sentence, text, language):
            kinds = [("statement", None)]
        for kind, match in kinds:
            event = _event(doc, sentence, text, language, kind, match)
            if _substantial(doc, event):
                events.append(event)
    return doc.evolve(events=tuple(events))


def _substantial(doc: Document, event: Event) -> bool:
    """An event needs someone or somewhere ("Bei dem Treffen ..." alone is a reference, not a report);
    inside a quotation it also needs a date or a named participant."""
    if not (event.participants or event.countries or event.place is not None or event.date_start):
        return False
    quoted = any(q.start <= event.start < q.end or event.start <= q.start < event.end for q in doc.quotes)
    named = bool(event.participants)                    # a person or an organisation
    return not quoted or event.date_start is not None or named


def _without_dateline(doc: Document, start: int, text: str) -> str:
    """The sentence with its dateline blanked out (its date is the report's, not the event's)."""
    if doc.dateline is None or not (start <= doc.dateline.end and doc.dateline.start <= start + len(text)):
        return text
    cut = max(0, doc.dateline.end - start)
    return " " * cut + text[cut:]


def _event(doc: Document, sentence, text: str, language: str, kind: str, match) -> Event:
    planned = _planned(text, match, language)
    date_start, date_end, date_text = resolve_dates(text, language, doc.published, planned)
    if date_start is None and not planned and kind not in UNDATED_BY_DATELINE and _is_lead(doc, sentence):
        date_start = date_end = doc.published if doc.published_precision == "day" else None
        date_text = "dateline" if date_start else None
    dateline_end = doc.dateline.end if doc.dateline else -1
    inside = [i for i, m in enumerate(doc.mentions)
              if sentence.start <= m.start and m.end <= sentence.end and m.start > dateline_end]
    participants = [i for i in inside if doc.mentions[i].type in ("PER", "ORG")]
    named = any(doc.mentions[i].type == "PER" for i in participants)
    referred = None if named else _person_by_role(doc, sentence, text, language)
    if referred is not None and referred not in participants:
        participants.insert(0, referred)
    if kind in TWO_SIDED and sum(doc.mentions[i].type == "PER" for i in participants) == 1:
        host = _previous_person(doc, sentence)          # "Gestern fand ein Treffen mit X statt": the visitor
        if host is not None and doc.mentions[host].normal not in {doc.mentions[i].normal for i in participants}:
            participants.insert(0, host)
    countries = tuple(codes_in(text, language)) if kind in STATE_PARTICIPANTS else ()
    return Event(sentence.start, sentence.end, kind, match.group(0) if match else "", date_start, date_end, date_text,
                 planned, tuple(participants), _place(doc, inside, language), countries)


def _previous_person(doc: Document, sentence) -> int | None:
    """The last person named in the sentence before, when it is in the same paragraph."""
    previous = [s for s in doc.sentences if s.end <= sentence.start]
    if not previous or "\n" in doc.text[previous[-1].end:sentence.start]:
        return None
    people = [i for i, m in enumerate(doc.mentions)
              if m.type == "PER" and previous[-1].start <= m.start < previous[-1].end]
    return people[-1] if people else None


def _is_lead(doc: Document, sentence) -> bool:
    """The sentence that opens with the dateline reports what happened on the report's day."""
    return doc.dateline is not None and sentence.start <= doc.dateline.start < sentence.end


def _planned(text: str, match, language: str, window: int = 45) -> bool:
    """A cue for the future ("wird", "планируется", "will") near the trigger."""
    if match is None:
        return False
    near = text[max(0, match.start() - window):match.end() + window]
    cues = _words(language).get("planned", [])
    return any(re.search(rf"(?<!\w){cue}(?!\w)", near, re.IGNORECASE) for cue in cues)


def _person_by_role(doc: Document, sentence, text: str, language: str) -> int | None:
    """"посол встречался", "der Diplomat traf": the person the role word stands for."""
    from bilat.stages.quotes import _resolve_role, _role_word
    role = _role_word(text, language)
    if role is None:
        return None
    return _resolve_role(doc, sentence.start, role[1], None)


def _place(doc: Document, inside: list[int], language: str) -> int | None:
    prepositions = {p.lower() for p in _words(language).get("place_prepositions", [])}
    for index in inside:
        mention = doc.mentions[index]
        before = doc.text[max(0, mention.start - 6):mention.start].split()
        if mention.type == "LOC" and before and before[-1].lower() in prepositions:
            return index
    return None


def _dated_statement(doc: Document, sentence, text: str, language: str) -> bool:
    """A named person's statement on a given day ("erklärte X am 23. Juni") is an event of its own."""
    if sentence_speaker(doc, sentence.start, sentence.end, language) is None:
        return False
    return resolve_dates(text, language, doc.published, False)[0] is not None

