"""Document <-> storage row, shared by every backend."""
from __future__ import annotations

import json

from bilat.model import Claim, Dateline, Document, Event, SourceMeta, Span

DOCUMENT_COLUMNS = ("id", "source", "title", "language", "agency", "place", "published", "published_precision",
                    "year_inferred", "year_source", "text", "removed", "duplicate_of", "paragraphs", "sentences",
                    "dateline", "meta", "removed_lines", "raw")


def document_row(doc: Document) -> tuple:
    values = {
        **{name: getattr(doc, name) for name in DOCUMENT_COLUMNS[:13]},
        "year_inferred": int(doc.year_inferred),
        "removed": json.dumps(doc.removed),
        "paragraphs": json.dumps([[p.start, p.end, p.label] for p in doc.paragraphs]),
        "sentences": json.dumps([[s.start, s.end] for s in doc.sentences]),
        "dateline": json.dumps(doc.dateline.__dict__) if doc.dateline else None,
        "meta": json.dumps(doc.meta.__dict__),
        "removed_lines": json.dumps(list(doc.removed_lines), ensure_ascii=False),
        "raw": doc.raw,
    }
    return tuple(values[name] for name in DOCUMENT_COLUMNS)


def row_document(row) -> Document:
    values = dict(zip(DOCUMENT_COLUMNS, row))
    dateline = json.loads(values["dateline"]) if values["dateline"] else None
    return Document(
        id=values["id"], source=values["source"], raw=values["raw"], meta=SourceMeta(**json.loads(values["meta"])),
        text=values["text"], title=values["title"], language=values["language"],
        dateline=Dateline(**dateline) if dateline else None, agency=values["agency"], place=values["place"],
        published=values["published"], published_precision=values["published_precision"],
        year_inferred=bool(values["year_inferred"]), year_source=values["year_source"],
        removed=json.loads(values["removed"]), removed_lines=tuple(json.loads(values["removed_lines"])),
        paragraphs=tuple(Span(s, e, label) for s, e, label in json.loads(values["paragraphs"])),
        sentences=tuple(Span(s, e) for s, e in json.loads(values["sentences"])),
        duplicate_of=values["duplicate_of"],
    )


def mention_rows(doc: Document) -> list[tuple]:
    return [(doc.id, i, m.start, m.end, m.type, m.text, m.normal, m.language, m.ref) for i, m in enumerate(doc.mentions)]


def role_rows(doc: Document) -> list[tuple]:
    return [(doc.id, r.mention, r.title, r.of, r.to, r.start, r.end) for r in doc.roles]


def quote_rows(doc: Document) -> list[tuple]:
    return [(doc.id, i, q.start, q.end, q.text, q.speaker, q.speaker_text, q.attribution) for i, q in enumerate(doc.quotes)]


def entity_row(entity) -> tuple:
    return (entity.id, entity.type, entity.name, json.dumps(entity.names, ensure_ascii=False),
            json.dumps(entity.aliases, ensure_ascii=False), entity.code,
            json.dumps(entity.roles, ensure_ascii=False), json.dumps(entity.documents))


def row_entity(row) -> dict:
    entity_id, kind, name, names, aliases, code, roles, documents = row
    return {"id": entity_id, "type": kind, "name": name, "names": json.loads(names), "aliases": json.loads(aliases),
            "code": code, "roles": json.loads(roles), "documents": json.loads(documents)}


def json_rows(doc: Document, items) -> list[tuple]:
    """(document, index, JSON) rows for records kept whole (claims, events)."""
    return [(doc.id, i, json.dumps(item.__dict__, ensure_ascii=False)) for i, item in enumerate(items)]


def claim_rows(doc: Document) -> list[tuple]:
    return json_rows(doc, doc.claims)


def event_rows(doc: Document) -> list[tuple]:
    return json_rows(doc, doc.events)


def _tuples(value):
    """JSON lists back to the tuples the frozen records hold (nested lists too)."""
    return tuple(_tuples(v) for v in value) if isinstance(value, list) else value


def _from_json(cls, data: str):
    values = {key: _tuples(value) for key, value in json.loads(data).items()}
    known = {name for name in cls.__dataclass_fields__}
    return cls(**{key: value for key, value in values.items() if key in known})


def row_claim(data: str) -> Claim:
    return _from_json(Claim, data)


def row_event(data: str) -> Event:
    return _from_json(Event, data)
