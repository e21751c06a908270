"""The storage interface every backend implements."""
from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Iterator

from bilat.model import Document


@dataclass(frozen=True)
class SearchHit:
    id: str
    title: str | None
    published: str | None
    language: str | None
    snippet: str


class Store(ABC):
    """Documents (and, later, what is extracted from them), written one document per transaction."""

    @abstractmethod
    def has_document(self, doc_id: str) -> bool: ...

    @abstractmethod
    def save_document(self, doc: Document, signature: bytes, bands: list[tuple[int, int]],
                      replace: bool = False) -> None:
        """Store ``doc`` with its near-duplicate signature and LSH bands, all or nothing;
        with ``replace``, the stored document of the same id and its extractions are replaced."""

    @abstractmethod
    def duplicate_candidates(self, bands: list[tuple[int, int]]) -> list[tuple[str, bytes, str | None]]:
        """(id, signature, duplicate_of) of stored documents sharing a band, oldest first."""

    @abstractmethod
    def get_document(self, doc_id: str) -> Document | None: ...

    @abstractmethod
    def iter_documents(self) -> Iterator[Document]:
        """Every stored document, in the order stored."""

    @abstractmethod
    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Full-text search over titles and texts, best first."""

    @abstractmethod
    def count_documents(self) -> int: ...

    @abstractmethod
    def replace_entities(self, entities, links) -> None:
        """Replace the resolved entities and mention links, all or nothing."""

    @abstractmethod
    def iter_entities(self, type_: str | None = None, query: str | None = None) -> Iterator[dict]:
        """Entities as export-shaped dicts, optionally of one type or matching a name."""

    @abstractmethod
    def iter_entity_mentions(self, entity_id: str | None = None) -> Iterator[tuple]:
        """(entity, document, start, end, text) rows."""

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def entity_matches(entity: dict, query: str) -> bool:
    """True when ``query`` names the entity in any spelling or script (typos tolerated)."""
    from rapidfuzz import fuzz

    from bilat.resolve.names import skeleton
    wanted = skeleton(query)
    spellings = [entity["name"], *entity["names"].values(), *entity["aliases"]]
    for spelling in spellings:
        for language in ("de", "en"):
            key = skeleton(spelling, language)
            if wanted == key or wanted in key.split() or (len(wanted) >= 5 and fuzz.partial_ratio(wanted, key) >= 88):
                return True
    return False
