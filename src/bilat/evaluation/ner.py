"""`bilat eval ner DATASET`: entity-level P/R/F1 on exact character spans.

Dataset readers live in ``datasets_ru`` and ``datasets_de``; each exposes
``DATASETS = {name: (language, loader)}`` where ``loader()`` yields
``GoldDoc`` records.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
import os


def shared_data_dir() -> Path:
    """../shared/data beside the repository (or $BILAT_SHARED_DATA)."""
    env = os.environ.get("BILAT_SHARED_DATA")
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    for parent in here.parents:
        candidate = parent.parent / "shared" / "data"
        if candidate.is_dir():
            return candidate
    return Path("../shared/data").resolve()


@dataclass(frozen=True)
class GoldDoc:
    """One evaluation unit: its text, gold spans, and spans that may optionally be found."""

    text: str
    spans: tuple[tuple[int, int, str], ...]
    optional: tuple[tuple[int, int, str], ...] = field(default_factory=tuple)


def datasets() -> dict:
    """name -> (language, loader) for every data set a reader exists for."""
    found: dict = {}
    for module in ("datasets_ru", "datasets_de"):
        try:
            found.update(__import__(f"bilat.evaluation.{module}", fromlist=["DATASETS"]).DATASETS)
        except ImportError:
            continue
    return found


def evaluate(name: str, limit: int | None = None) -> dict:
    """Score ``bilat.ner`` on data set ``name``; P/R/F1 per type and micro over PER/LOC/ORG."""
    from itertools import islice

    from bilat.errors import BilatError
    from bilat.evaluation.scoring import score_documents
    from bilat.ner import recognise

    available = datasets()
    if name not in available:
        raise BilatError(f"{name}: unknown data set (choose from {', '.join(sorted(available))})")
    language, loader = available[name]
    try:
        docs = list(islice(loader(), limit))
    except FileNotFoundError as exc:
        raise BilatError(f"{name}: data not found ({exc.filename}); set BILAT_SHARED_DATA") from None
    pairs, optional = [], []
    for doc in docs:
        predicted = [(s.start, s.end, s.type) for s in recognise(doc.text, language)]
        pairs.append((doc.spans, predicted))
        optional.append(doc.optional)
    result = {"dataset": name, **score_documents(pairs, optional=optional)}
    result["documents"] = len(docs)
    return result
