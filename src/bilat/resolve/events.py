"""Events across reports: one event however many outlets and languages report it.

Reports of the same type whose dates agree (or one has none) and that share a
participant or, for state-level events, the same states, are one event with
several reports. Participants and places are entity ids.
"""
from __future__ import annotations

from bilat import lang
from bilat.claims.parties import main_pair, parties
from bilat.export_ids import entity_by_span, stable_id
from bilat.model import Document


def event_reports(store) -> list[dict]:
    """One dict per reported event (before grouping), with entity ids."""
    entities = entity_by_span(store)
    countries_of = {e["id"]: [r["of"] for r in e["roles"] if r["of"]] for e in store.iter_entities()}
    plover = lang.data("", "events_plover.json")
    out = []
    for doc in store.iter_documents():
        if doc.duplicate_of:
            continue
        pair = main_pair(doc)
        for event in doc.events:
            participants = []
            for index in event.participants:
                entity = _entity(doc, index, entities)
                if entity and entity not in participants:
                    participants.append(entity)
            out.append({"document": doc.id, "start": event.start, "end": event.end, "type": event.type,
                        "code": plover.get(event.type), "date_start": event.date_start, "date_end": event.date_end,
                        "date_text": event.date_text, "planned": event.planned, "participants": participants,
                        "countries": list(event.countries), "place": _entity(doc, event.place, entities),
                        "sentence": doc.text[event.start:event.end], "published": doc.published,
                        "source": doc.agency or doc.source,
                        "parties": list(parties(_codes(event.countries, participants, countries_of), pair))})
    return out


def _codes(countries, participants: list[str], countries_of: dict) -> list[str]:
    codes = list(countries)
    for person in participants:
        codes.extend(c for c in countries_of.get(person, []) if c not in codes)
    return codes


def _entity(doc: Document, index: int | None, entities: dict) -> str | None:
    if index is None or index >= len(doc.mentions):
        return None
    mention = doc.mentions[index]
    return entities.get((doc.id, mention.start, mention.end))


def _same_event(a: dict, b: dict) -> bool:
    if a["type"] != b["type"]:
        return False
    if a["date_start"] and b["date_start"] and not _same_day(a["date_start"], b["date_start"]):
        return False
    if not (a["date_start"] and b["date_start"]) and a["document"] != b["document"]:
        return False                       # across reports, only dated events are matched
    shared_people = set(a["participants"]) & set(b["participants"])
    shared_states = set(a["countries"]) & set(b["countries"])
    needed = 1 if a["type"] == "accession" and a["document"] == b["document"] else 2   # one report, one joining state
    return bool(shared_people) or (len(shared_states) >= needed and a["type"] in ("agreement", "accession", "visit"))


def _same_day(a: str, b: str) -> bool:
    """Equal dates, or equal month and day when one report does not give the year (--MM-DD)."""
    return a == b or ((a.startswith("--") or b.startswith("--")) and a[-5:] == b[-5:])


def group(reports: list[dict]) -> list[dict]:
    """Event records of the export contract, each with all its reports."""
    groups: list[list[dict]] = []
    for report in reports:
        home = next((g for g in groups if any(_same_event(report, other) for other in g)), None)
        if home is None:
            groups.append([report])
        else:
            home.append(report)
    return [_record(g) for g in groups]


def _record(reports: list[dict]) -> dict:
    first = min(reports, key=lambda r: (r["published"] or "~", r["document"], r["start"]))
    participants: list[str] = []
    for report in reports:
        participants.extend(p for p in report["participants"] if p not in participants)
    explicit = sorted((r for r in reports if r["date_start"] and r["date_text"] != "dateline"),
                      key=lambda r: r["date_start"].startswith("--"))        # a report that gives the year first
    dated = explicit[0] if explicit else next((r for r in reports if r["date_start"]), first)
    return {"kind": "event", "schema": 1, "id": stable_id("evt", first["document"], first["start"], first["type"]),
            "document": first["document"], "start": first["start"], "end": first["end"], "type": first["type"],
            "date_start": dated["date_start"], "date_end": dated["date_end"],
            "place": next((r["place"] for r in reports if r["place"]), None), "participants": participants,
            "code": first["code"], "planned": dated["planned"], "countries": first["countries"],
            "sentence": first["sentence"], "date_text": dated["date_text"], "parties": first["parties"],
            "reports": [{"document": r["document"], "start": r["start"], "end": r["end"], "source": r["source"],
                         "published": r["published"]} for r in reports]}


def event_records(store) -> list[dict]:
    return group(event_reports(store))
