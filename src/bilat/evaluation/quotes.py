"""Quotes against hand-written gold (eval/quotes_gold.jsonl): found, speaker, attribution."""
from __future__ import annotations

from bilat.evaluation.claims import _equal, documents_for, load_gold
from bilat.evaluation.scoring import prf
from bilat.resolve.entities import resolve


def evaluate(gold_path: str) -> dict:
    gold = load_gold(gold_path)
    docs = documents_for(gold)
    entities, links = resolve(list(docs.values()))
    names = {e.id: e.name for e in entities}
    entity_at = {(link.document, link.start, link.end): link.entity for link in links}
    found = speaker = attribution = 0
    errors = []
    for g in gold:
        doc = docs[(g["doc"], g.get("record"))]
        quote = next((q for q in doc.quotes if q.text.lstrip().startswith(g["start_text"].strip()[:20])), None)
        if quote is None:
            errors.append(f"{g['doc']}: not found: {g['start_text']!r}")
            continue
        found += 1
        predicted = None
        if quote.speaker is not None:
            mention = doc.mentions[quote.speaker]
            predicted = names.get(entity_at.get((doc.id, mention.start, mention.end)), mention.normal)
        if _equal("speaker", g["speaker"], predicted):
            speaker += 1
        else:
            errors.append(f"{g['doc']}: {g['start_text']!r} speaker: gold {g['speaker']!r}, got {predicted!r}")
        attribution += g["attribution"] == quote.attribution
    predicted_total = sum(len(d.quotes) for d in docs.values())
    return {"gold": len(gold), "predicted": predicted_total,
            "found": prf(found, predicted_total - found, len(gold) - found),
            "speaker": prf(speaker, predicted_total - speaker, len(gold) - speaker),
            "attribution": prf(attribution, predicted_total - attribution, len(gold) - attribution),
            "errors": errors}
