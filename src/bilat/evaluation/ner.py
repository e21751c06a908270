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
