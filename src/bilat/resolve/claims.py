"""Claims across reports: export-shaped records, corroboration and conflicts.

Claims about the same indicator, parties and period are grouped. Two actual
figures whose value ranges cannot both be true are a conflict; agreeing ones
corroborate each other. A figure whose period is relative ("im letzten Jahr")
in a report of unknown year is compared with single-year figures too, and the
conflict's reason says that its period is uncertain.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from itertools import combinations

from bilat.export_ids import entity_by_span, stable_id
from bilat.model import Claim, Document

WIDTH = {"exact": (0.98, 1.02), "about": (0.9, 1.1), "slightly_above": (1.0, 1.1)}
COMPARABLE_MEASURES = ("level", "change")
WHOLE_YEAR_KINDS = ("last_year", "annual")     # relative periods that mean one whole (unknown) year


def claim_record(doc: Document, claim: Claim, entities: dict) -> dict:
    speaker = None
    if claim.speaker is not None and claim.speaker < len(doc.mentions):
        mention = doc.mentions[claim.speaker]
        speaker = entities.get((doc.id, mention.start, mention.end))
    quote = doc.quotes[claim.quote] if claim.quote is not None and claim.quote < len(doc.quotes) else None
    return {
        "kind": "claim", "schema": 1, "id": stable_id("clm", doc.id, claim.start), "document": doc.id,
        "start": claim.start, "end": claim.end, "sentence": doc.text[claim.sentence[0]:claim.sentence[1]],
        "measure": claim.measure, "indicator": claim.indicator, "subject": claim.subject,
        "value_min": claim.value_min, "value_max": claim.value_max, "unit": claim.unit,
        "qualifier": claim.qualifier, "direction": claim.direction, "period_start": claim.period_start,
        "period_end": claim.period_end, "period_text": claim.period_text, "modality": claim.modality,
        "parties": list(claim.parties), "speaker": speaker, "quote": stable_id("quo", doc.id, quote.start) if quote else None,
        "text": doc.text[claim.start:claim.end], "speaker_text": claim.speaker_text,
        "mentions": [[claim.start, claim.end], *[list(span) for span in claim.also_at]],
        "published": doc.published, "source": doc.agency or doc.source, "period_kind": claim.period_kind,
    }


def claim_records(store) -> list[dict]:
    entities = entity_by_span(store)
    return [claim_record(doc, claim, entities) for doc in store.iter_documents() if not doc.duplicate_of
            for claim in doc.claims]


@dataclass(frozen=True)
class Conflict:
    claims: tuple[str, str]
    indicator: str
    parties: tuple[str, ...]
    period: str | None
    why: str

    def record(self) -> dict:
        return {"kind": "conflict", "schema": 1, "id": stable_id("cfl", *self.claims), "claims": list(self.claims),
                "indicator": self.indicator, "parties": list(self.parties), "period": self.period, "why": self.why}


def interval(record: dict) -> tuple[float, float]:
    low, high = record["value_min"], record["value_max"]
    lo_w, hi_w = WIDTH.get(record["qualifier"], (1.0, 1.0))
    if low is not None and high is not None and low == high:
        return low * lo_w, high * hi_w
    if record["qualifier"] == "slightly_above" and low is not None:
        return low, low * hi_w
    return (low if low is not None else 0.0), (high if high is not None else math.inf)


def _period_key(record: dict) -> tuple | None:
    if record["period_start"] or record["period_end"]:
        return record["period_start"], record["period_end"]
    return None


def _comparable(a: dict, b: dict) -> tuple[bool, str | None]:
    """(comparable, caveat about the period)."""
    if a["document"] == b["document"] or a["modality"] != "actual" or b["modality"] != "actual":
        return False, None
    if a["measure"] != b["measure"] or a["measure"] not in COMPARABLE_MEASURES:
        return False, None
    if a["indicator"] in (None, "other") or a["indicator"] != b["indicator"] or a["unit"] != b["unit"]:
        return False, None
    if sorted(a["parties"]) != sorted(b["parties"]) or len(a["parties"]) != 2:
        return False, None
    ka, kb = _period_key(a), _period_key(b)
    if ka is not None and ka == kb:
        return True, None
    for known, unknown in ((ka, b), (kb, a)):
        if known is not None and known[0] == known[1] and _period_key(unknown) is None \
                and unknown.get("period_kind") in WHOLE_YEAR_KINDS:
            return True, f"the period of the {unknown['source']} figure (\"{unknown['period_text']}\") is uncertain " \
                         f"because its report gives no year"
    return False, None


def _disagree(a: dict, b: dict) -> bool:
    if a["measure"] == "change" and a["direction"] and b["direction"] and a["direction"] != b["direction"]:
        return True
    (a_lo, a_hi), (b_lo, b_hi) = interval(a), interval(b)
    return a_hi < b_lo or b_hi < a_lo


def consolidate(records: list[dict]) -> tuple[dict[str, list[str]], list[Conflict]]:
    """(claim id -> ids of claims that corroborate it, conflicts)."""
    corroborated: dict[str, list[str]] = {r["id"]: [] for r in records}
    conflicts: list[Conflict] = []
    for a, b in combinations(records, 2):
        comparable, caveat = _comparable(a, b)
        if not comparable:
            continue
        if _disagree(a, b):
            conflicts.append(Conflict((a["id"], b["id"]), a["indicator"], tuple(sorted(a["parties"])),
                                      _period_label(a, b), _why(a, b, caveat)))
        elif caveat is None:
            corroborated[a["id"]].append(b["id"])
            corroborated[b["id"]].append(a["id"])
    return corroborated, conflicts


def _period_label(a: dict, b: dict) -> str | None:
    key = _period_key(a) or _period_key(b)
    if key is None:
        return None
    return key[0] if key[0] == key[1] else f"{key[0] or ''}/{key[1] or ''}"


def describe(record: dict) -> str:
    """A figure as a reader would say it: "more than USD 1.5 bn"."""
    words = {"more_than": "more than", "at_least": "at least", "slightly_above": "just above", "about": "about",
             "less_than": "less than", "at_most": "at most"}
    low, high = record["value_min"], record["value_max"]
    if record["qualifier"] == "range" and low is not None and high is not None:
        amount = f"{_amount(low, record['unit'])}–{_amount(high, record['unit'])}"
    else:
        amount = _amount(low if low is not None else high, record["unit"])
    parts = [{"increase": "up", "decrease": "down"}.get(record["direction"] or ""), words.get(record["qualifier"]), amount]
    return " ".join(part for part in parts if part)


def _amount(value: float | None, unit: str | None) -> str:
    if value is None:
        return "?"
    if unit == "%":
        return f"{value:g}%"
    for size, word in ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if abs(value) >= size:
            number = f"{value / size:.2f}".rstrip("0").rstrip(".")
            return f"{unit + ' ' if unit else ''}{number} {word}"
    return f"{unit + ' ' if unit else ''}{value:g}"


def _why(a: dict, b: dict, caveat: str | None) -> str:
    indicator = a["indicator"].replace("_", " ")
    pair = "–".join(sorted(a["parties"]))
    first = f"{a['source']} ({a['published'] or 'date unknown'}) gives {describe(a)}"
    second = f"{b['source']} ({b['published'] or 'date unknown'}) gives {describe(b)}"
    sentence = f"{pair} {indicator}: {first}, {second}; both cannot be true"
    return sentence + (f", although {caveat}." if caveat else ".")
