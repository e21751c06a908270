"""`bilat eval claims GOLD.jsonl`: claim extraction against hand-written gold (format: eval/README.md)."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from bilat.errors import BilatError
from bilat.evaluation.ner import shared_data_dir
from bilat.evaluation.scoring import prf
from bilat.model import Context, Document
from bilat.pipeline import process
from bilat.reader import read_item
from bilat.resolve.entities import resolve
from bilat.resolve.names import compatible_given, given_key, same_surname, surname_key
from bilat.sources import iter_inputs

FIELDS = ("measure", "indicator", "value_min", "value_max", "unit", "qualifier", "direction", "period_start",
          "period_end", "modality", "parties", "speaker", "in_quote")
REPOSITORY = Path(__file__).resolve().parents[3]


def load_gold(path: str) -> list[dict]:
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise BilatError(f"{path}: cannot read ({exc.strerror})") from None
    gold = []
    for number, line in enumerate(lines, start=1):
        if line.strip():
            try:
                gold.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise BilatError(f"{path}:{number}: malformed JSON ({exc.msg})") from None
    return gold


def input_path(doc: str) -> Path:
    if doc.startswith("seeds/"):
        return shared_data_dir().parent / doc
    return REPOSITORY / doc


def documents_for(gold: list[dict]) -> dict[tuple[str, int | None], Document]:
    """Every document the gold refers to, processed through the full pipeline."""
    wanted = {(g["doc"], g.get("record")) for g in gold}
    docs: dict[tuple[str, int | None], Document] = {}
    for name in sorted({doc for doc, _ in wanted}):
        path = input_path(name)
        if not path.exists():
            raise BilatError(f"{name}: not found at {path}")
        for item in iter_inputs([str(path)], 20 * 1024 * 1024):
            if not hasattr(item, "data"):
                continue
            key = (name, item.line)
            if key in wanted:
                docs[key] = process(read_item(item), Context())
    return docs


def predicted_claims(docs: dict) -> dict[tuple, list[dict]]:
    entities, links = resolve(list(docs.values()))
    names = {e.id: e.name for e in entities}
    entity_at = {(link.document, link.start, link.end): link.entity for link in links}
    out: dict[tuple, list[dict]] = {}
    for key, doc in docs.items():
        rows = []
        for claim in doc.claims:
            speaker = None
            if claim.speaker is not None:
                mention = doc.mentions[claim.speaker]
                speaker = names.get(entity_at.get((doc.id, mention.start, mention.end)), mention.normal)
            rows.append({**{f: getattr(claim, f, None) for f in FIELDS if hasattr(claim, f)},
                         "parties": sorted(claim.parties), "speaker": speaker, "in_quote": claim.quote is not None,
                         "start": claim.start, "end": claim.end})
        out[key] = rows
    return out


def _span(doc: Document, gold: dict) -> tuple[int, int] | None:
    start = -1
    for _ in range(int(gold.get("occurrence", 1))):
        start = doc.text.find(gold["text"], start + 1)
        if start < 0:
            return None
    return start, start + len(gold["text"])


def _equal(field: str, gold, predicted) -> bool:
    if field == "speaker":
        if not gold or not predicted:
            return gold == predicted
        return (same_surname(surname_key(gold, "en"), surname_key(predicted, None))
                and compatible_given(given_key(gold, "en"), given_key(predicted, None)))
    if field == "parties":
        return sorted(gold or []) == sorted(predicted or [])
    if isinstance(gold, (int, float)) and isinstance(predicted, (int, float)):
        return abs(gold - predicted) <= 1e-6 * max(1.0, abs(gold))
    return gold == predicted


def evaluate(gold_path: str) -> dict:
    gold = load_gold(gold_path)
    docs = documents_for(gold)
    predicted = predicted_claims(docs)
    counts = {field: Counter() for field in FIELDS}
    detection = Counter()
    unmatched_gold, errors = [], []
    matched_predictions: set[tuple] = set()
    for g in gold:
        key = (g["doc"], g.get("record"))
        span = _span(docs[key], g) if key in docs else None
        match = next((p for p in predicted.get(key, []) if span and p["start"] < span[1] and span[0] < p["end"]
                      and (key, p["start"]) not in matched_predictions), None)
        if match is None:
            unmatched_gold.append(f"{g['doc']}: {g['text']}")
            continue
        matched_predictions.add((key, match["start"]))
        detection["tp"] += 1
        for field in FIELDS:
            correct = _equal(field, g.get(field), match.get(field))
            counts[field]["correct"] += correct
            if not correct:
                errors.append(f"{g['doc']}: {g['text']!r} {field}: gold {g.get(field)!r}, got {match.get(field)!r}")
    total_predicted = sum(len(rows) for rows in predicted.values())
    result = {"gold": len(gold), "predicted": total_predicted,
              "detection": prf(detection["tp"], total_predicted - detection["tp"], len(gold) - detection["tp"])}
    for field in FIELDS:
        correct = counts[field]["correct"]
        result[field] = prf(correct, total_predicted - correct, len(gold) - correct)
    result["missed"] = unmatched_gold
    result["errors"] = errors
    return result
