"""`bilat export`: the public records of ../shared/contract/EXPORT.md (schema 1)."""
from __future__ import annotations

import csv
import json
from typing import IO, Iterable, Iterator

from bilat.errors import BilatError
from bilat.export_ids import entity_by_span, stable_id
from bilat.model import Document
from bilat.store.base import Store

SCHEMA = 1
KINDS = ("document", "entity", "mention", "quote", "claim", "event", "conflict")
DOCUMENT_FIELDS = ("id", "source", "title", "language", "agency", "place", "published", "published_precision",
                   "year_inferred", "year_source", "text", "removed", "duplicate_of")


def document_record(doc: Document) -> dict:
    record = {"kind": "document", "schema": SCHEMA}
    for name in DOCUMENT_FIELDS:
        value = getattr(doc, name)
        record[name] = None if value == "" else value
    return record


def records(store: Store, kinds: Iterable[str]) -> Iterator[dict]:
    """Every record of the requested kinds (all kinds when empty)."""
    wanted = set(kinds) or set(KINDS)
    unknown = wanted - set(KINDS)
    if unknown:
        raise BilatError(f"unknown kind {', '.join(sorted(unknown))} (choose from {', '.join(KINDS)})")
    if "document" in wanted:
        for doc in store.iter_documents():
            yield document_record(doc)
    if "entity" in wanted:
        for entity in store.iter_entities():
            yield {"kind": "entity", "schema": SCHEMA, **entity}
    if "quote" in wanted:
        yield from quote_records(store)
    if "claim" in wanted or "conflict" in wanted:
        from bilat.resolve.claims import claim_records, consolidate
        claims = claim_records(store)
        corroborated, conflicts = consolidate(claims)
        if "claim" in wanted:
            for claim in claims:
                yield {**claim, "corroborated_by": corroborated[claim["id"]]}
        if "conflict" in wanted:
            for conflict in conflicts:
                yield conflict.record()
    if "event" in wanted:
        from bilat.resolve.events import event_records
        yield from event_records(store)
    if "mention" in wanted:
        for entity, document, start, end, text in store.iter_entity_mentions():
            yield {"kind": "mention", "schema": SCHEMA, "entity": entity, "document": document,
                   "start": start, "end": end, "text": text}


def quote_records(store: Store) -> Iterator[dict]:
    entities = entity_by_span(store)
    for doc in store.iter_documents():
        if doc.duplicate_of:
            continue
        for quote in doc.quotes:
            speaker = None
            if quote.speaker is not None:
                mention = doc.mentions[quote.speaker]
                speaker = entities.get((doc.id, mention.start, mention.end))
            yield {"kind": "quote", "schema": SCHEMA, "id": stable_id("quo", doc.id, quote.start),
                   "document": doc.id, "start": quote.start, "end": quote.end, "text": quote.text,
                   "speaker": speaker, "speaker_text": quote.speaker_text or None, "attribution": quote.attribution}


def write(rows: Iterable[dict], out: IO[str], fmt: str) -> int:
    """Write ``rows`` as JSON Lines or CSV; returns how many were written."""
    if fmt == "jsonl":
        count = 0
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
        return count
    if fmt == "csv":
        return _write_csv(rows, out)
    raise BilatError(f"unknown format {fmt!r} (choose jsonl, csv or parquet)")


def _write_csv(rows: Iterable[dict], out: IO[str]) -> int:
    writer = None
    count = 0
    for row in rows:
        flat = {k: json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else v for k, v in row.items()}
        if writer is None or list(flat) != writer.fieldnames:
            if writer is not None:
                out.write("\n")
            writer = csv.DictWriter(out, fieldnames=list(flat))
            writer.writeheader()
        writer.writerow(flat)
        count += 1
    return count


def write_parquet(rows: Iterable[dict], path: str) -> int:
    """Parquet output (needs pyarrow); nested values are stored as JSON strings."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise BilatError("parquet export needs pyarrow: pip install pyarrow") from None
    flat = [{k: json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else v for k, v in row.items()}
            for row in rows]
    pq.write_table(pa.Table.from_pylist(flat), path)
    return len(flat)
