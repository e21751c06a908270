"""The gazetteer's item type and the role notation of persons."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

LANGS = ("en", "de", "ru", "kk", "be")
TYPE_OF_KIND = {"country": "LOC", "region": "LOC", "city": "LOC", "org": "ORG", "person": "PER"}


@dataclass(frozen=True)
class GazEntry:
    """One place, organisation or person.

    ``id`` is ``<kind>:<slug>`` (``country:BY``, ``region:RU-KEM``,
    ``city:minsk``, ``org:sco``, ``person:alexander-lukashenko``).
    ``code`` is the ISO 3166-1 alpha-2 (countries) or ISO 3166-2 (regions)
    code, else None.  ``country`` is the ISO 3166-1 code the item belongs to
    (None for international bodies), ``parent`` the region (cities) or
    country code.  ``attrs`` carries file-specific columns (``capital``,
    ``subtype``, ``roles``, ...).
    """

    id: str
    type: str
    name: str
    code: str | None
    kind: str
    names: Mapping[str, tuple[str, ...]] = field(compare=False, repr=False)
    country: str | None = None
    parent: str | None = None
    attrs: Mapping[str, str] = field(default_factory=dict, compare=False, repr=False)

    def all_names(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for lang in self.names:
            for name in self.names[lang]:
                seen.setdefault(name, None)
        return tuple(seen)


@dataclass(frozen=True)
class Role:
    """An office held by a person: ``title`` of ``of`` (ISO code or org slug)."""

    title: str
    of: str | None
    start: int | None = None
    end: int | None = None

    def current(self) -> bool:
        return self.end is None


def parse_roles(text: str) -> list[Role]:
    """Parse ``title:of:YYYY-YYYY;title:of:YYYY-`` (years optional)."""
    roles = []
    for item in filter(None, (part.strip() for part in text.split(";"))):
        title, _, rest = item.partition(":")
        of, _, period = rest.partition(":")
        start, _, end = period.partition("-")
        roles.append(Role(title, of or None, int(start) if start else None, int(end) if end else None))
    return roles
