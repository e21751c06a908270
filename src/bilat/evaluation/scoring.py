"""Entity-level scoring on exact character spans (never token-level)."""
from __future__ import annotations

from collections import Counter
from typing import Iterable

SCORED_TYPES = ("PER", "LOC", "ORG")

Span = tuple[int, int, str]  # (start, end, type) within one document


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f1, 4), "tp": tp, "fp": fp, "fn": fn}


def score_documents(pairs: Iterable[tuple[Iterable[Span], Iterable[Span]]],
                    types: tuple[str, ...] = SCORED_TYPES,
                    optional: Iterable[Iterable[Span]] | None = None) -> dict:
    """Score (gold, predicted) span sets per document.

    A prediction matches a gold span when start, end and type are all equal.
    Predictions that match an *optional* gold span (e.g. nested mentions) count
    neither as true nor as false positives.
    """
    counts = {t: Counter() for t in types}
    optional_list = list(optional) if optional is not None else None
    for i, (gold, pred) in enumerate(pairs):
        gold_set = {s for s in gold if s[2] in types}
        pred_set = {s for s in pred if s[2] in types}
        opt = set(optional_list[i]) if optional_list is not None else set()
        for s in pred_set:
            if s in gold_set:
                counts[s[2]]["tp"] += 1
            elif s not in opt:
                counts[s[2]]["fp"] += 1
        for s in gold_set - pred_set:
            counts[s[2]]["fn"] += 1
    result = {t: prf(c["tp"], c["fp"], c["fn"]) for t, c in counts.items()}
    total = sum(counts.values(), Counter())
    result["micro"] = prf(total["tp"], total["fp"], total["fn"])
    return result
