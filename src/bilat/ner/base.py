"""The span type every recogniser returns."""
from __future__ import annotations

from dataclasses import dataclass

ENTITY_TYPES = ("PER", "LOC", "ORG")


@dataclass(frozen=True)
class EntitySpan:
    """A named-entity mention: ``text[start:end]`` of ``type`` (PER/LOC/ORG).

    ``normal`` is the lemma-like normal form (nominative for inflecting languages),
    or None when the recogniser has none.
    """

    start: int
    end: int
    type: str
    text: str
    normal: str | None = None
