"""What a brief on one pair of parties says, gathered from the store into plain records.

Everything here is data: the views (``html.py``, ``markdown.py``) decide how it looks.
Every sentence, quote and figure that the brief shows is cited: ``Citations.cite``
returns the anchor of its sentence in the Sources section.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone

from bilat import __version__
from bilat.errors import BilatError
from bilat.model import Document
from bilat.store.base import Store

FIGURE_MEASURES = ("level", "change")


@dataclass
class Cited:
    """One cited sentence (or quote) of one document."""

    anchor: str
    document: str
    position: int
    text: str
    marks: list[str] = field(default_factory=list)
    number: int = 0


@dataclass
class SourceDoc:
    id: str
    title: str
    untitled: bool
    agency: str | None
    published: str | None
    location: str
    items: list[Cited] = field(default_factory=list)


@dataclass
class Brief:
    pair: tuple[str, str]
    names: tuple[str, str]
    generated: str
    store_label: str
    reports: list[SourceDoc]
    figures: list[dict]
    events: list[dict]
    speakers: list
    conflicts: list
    sources: list[SourceDoc]
    refs: dict[str, int] = field(default_factory=dict)

    def ref(self, anchor: str) -> int:
        """The number of the cited sentence ``anchor`` in the Sources section."""
        return self.refs[anchor]


class Documents:
    """Stored documents by id, read once."""

    def __init__(self, store: Store):
        self.store = store
        self._cache: dict[str, Document | None] = {}

    def get(self, doc_id: str) -> Document | None:
        if doc_id not in self._cache:
            self._cache[doc_id] = self.store.get_document(doc_id)
        return self._cache[doc_id]

    def remember(self, doc: Document) -> None:
        self._cache[doc.id] = doc


class Citations:
    """The cited sentences, one anchor per (document, sentence)."""

    def __init__(self):
        self._items: dict[tuple[str, str], Cited] = {}

    def cite(self, document: str, position: int, text: str, mark: str | None = None) -> str:
        key = (document, text)
        item = self._items.get(key)
        if item is None:
            item = self._items[key] = Cited(f"s-{document}-{position}", document, position, text)
        if mark and mark not in item.marks and mark in text:
            item.marks.append(mark)
        return item.anchor

    def by_document(self) -> dict[str, list[Cited]]:
        out: dict[str, list[Cited]] = {}
        for item in sorted(self._items.values(), key=lambda i: (i.document, i.position)):
            out.setdefault(item.document, []).append(item)
        return out


def normalise_pair(a: str, b: str) -> tuple[str, str]:
    """Two country or region codes, validated against the gazetteer, in sorted order."""
    from bilat.gazetteer import load
    codes = []
    for code in (a.strip().upper(), b.strip().upper()):
        entry = load().get(code)
        if entry is None or entry.kind not in ("country", "region"):
            raise BilatError(f"{code}: not a country or region code (like BY, KZ or RU-KEM)")
        codes.append(entry.code)
    if codes[0] == codes[1]:
        raise BilatError("a brief needs two different parties")
    return tuple(sorted(codes))


def party_name(code: str) -> str:
    from bilat.gazetteer import load
    entry = load().get(code)
    return entry.name if entry else code


def on_pair(record: dict, pair: tuple[str, str]) -> bool:
    return tuple(sorted(record.get("parties") or ())) == pair


def source_doc(doc: Document) -> SourceDoc:
    """Title (or the opening words when the report has none), agency, date and location."""
    title, untitled = doc.title, False
    if not title:
        from bilat.brief.fmt import shorten
        first = doc.text[doc.sentences[0].start:doc.sentences[0].end] if doc.sentences else doc.text
        title, untitled = shorten(first, 110), True
    return SourceDoc(doc.id, title, untitled, doc.agency, doc.published, doc.meta.url or doc.source)


def pair_documents(store: Store, docs: Documents, pair: tuple[str, str], referenced: set[str]) -> list[SourceDoc]:
    """The reports about the pair: those with figures or events on it, or whose main pair it is."""
    from bilat.claims.parties import main_pair
    from bilat.brief.fmt import date_key
    out = []
    for doc in store.iter_documents():
        if doc.duplicate_of:
            continue
        if doc.id in referenced or tuple(sorted(main_pair(doc))) == pair:
            docs.remember(doc)
            out.append(source_doc(doc))
    return sorted(out, key=lambda d: date_key(d.published))


def figure_rows(claims: list[dict], in_conflict: set[str], corroborated: dict, names: dict,
                cite: Citations) -> list[dict]:
    """Money amounts and percentages, each with its source anchor and standing."""
    rows = []
    for claim in claims:
        if claim["measure"] not in FIGURE_MEASURES or not claim["unit"]:
            continue
        if claim["value_min"] is None and claim["value_max"] is None:
            continue
        rows.append({**claim, "anchor": cite.cite(claim["document"], claim["start"], claim["sentence"], claim["text"]),
                     "in_conflict": claim["id"] in in_conflict,
                     "corroborations": len(corroborated.get(claim["id"], [])),
                     "speaker_name": names.get(claim["speaker"]) or claim.get("speaker_text")})
    return rows


def event_rows(events: list[dict], names: dict, docs: Documents, cite: Citations) -> list[dict]:
    """Events with names instead of ids and one anchor per report."""
    rows = []
    for event in events:
        anchors = []
        for report in event["reports"]:
            doc = docs.get(report["document"])
            if doc is not None:
                anchors.append(cite.cite(doc.id, report["start"], doc.text[report["start"]:report["end"]]))
        people = [names.get(p, p) for p in event["participants"]]
        rows.append({**event, "anchors": anchors, "participant_names": people or
                     [party_name(c) for c in event.get("countries", [])],
                     "place_name": names.get(event["place"]) if event["place"] else None})
    return rows


def build_brief(store: Store, a: str, b: str, store_label: str = "") -> Brief:
    """Everything the store knows about the pair ``a``–``b`` (order does not matter)."""
    from bilat.brief.hints import conflict_views
    from bilat.brief.people import speakers
    from bilat.resolve.claims import claim_records, consolidate
    from bilat.resolve.events import event_records
    pair = normalise_pair(a, b)
    claims = claim_records(store)
    corroborated, conflicts = consolidate(claims)
    pair_claims = [c for c in claims if on_pair(c, pair)]
    pair_conflicts = [c for c in conflicts if tuple(sorted(c.parties)) == pair]
    events = [e for e in event_records(store) if on_pair(e, pair)]
    docs, cite = Documents(store), Citations()
    referenced = {c["document"] for c in pair_claims} | {r["document"] for e in events for r in e["reports"]}
    reports = pair_documents(store, docs, pair, referenced)
    names = {e["id"]: e["name"] for e in store.iter_entities()}
    in_conflict = {cid for c in pair_conflicts for cid in c.claims}
    figures = figure_rows(pair_claims, in_conflict, corroborated, names, cite)
    brief = Brief(pair, (party_name(pair[0]), party_name(pair[1])), _generated(), store_label, reports, figures,
                  event_rows(_timeline_order(events), names, docs, cite),
                  speakers(store, pair, {d.id for d in reports}, docs, cite),
                  conflict_views(pair_conflicts, claims, figures, cite), [])
    brief.sources = _sources(cite, docs, brief.refs)
    return brief


def _timeline_order(events: list[dict]) -> list[dict]:
    """Dated events in calendar order, then those whose year is not stated, then undated ones."""
    from bilat.brief.fmt import date_key

    def key(event: dict) -> tuple:
        rank, day = date_key(event["date_start"])
        return (-rank, day, min((r["published"] or "~" for r in event["reports"]), default="~"))
    return sorted(events, key=key)


def _sources(cite: Citations, docs: Documents, refs: dict[str, int]) -> list[SourceDoc]:
    """Cited sentences grouped by document (oldest report first), numbered S1, S2, ..."""
    from bilat.brief.fmt import date_key
    out = []
    for doc_id, items in cite.by_document().items():
        doc = docs.get(doc_id)
        if doc is not None:
            out.append(source_doc(doc))
            out[-1].items = items
    out.sort(key=lambda d: (date_key(d.published), d.id))
    number = 0
    for source in out:
        for item in source.items:
            number += 1
            item.number = refs[item.anchor] = number
    return out


def _generated() -> str:
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return f"Generated by bilat {__version__} on {stamp}"
