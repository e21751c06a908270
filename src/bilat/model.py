"""The immutable records that flow through bilat's stages.

A :class:`Document` is created once by ingest from raw input and each stage
returns a new record with :func:`dataclasses.replace`. All offsets are Python
``str`` indices into ``Document.text`` (the cleaned body), end exclusive.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any


@dataclass(frozen=True)
class Span:
    """``text[start:end]`` with an optional label (a language code, a type)."""

    start: int
    end: int
    label: str | None = None


@dataclass(frozen=True)
class Dateline:
    """What the dateline at the head of a report says."""

    place: str | None = None          # English exonym, e.g. "Minsk"
    place_text: str | None = None     # as written, e.g. "МИНСК"
    agency: str | None = None         # normalised, e.g. "BelTA"
    month: int | None = None
    day: int | None = None
    year: int | None = None
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class SourceMeta:
    """What the container (JSON Lines record, HTML head) said about the report."""

    url: str | None = None
    title: str | None = None
    published: str | None = None      # ISO date or datetime as given
    language: str | None = None


@dataclass(frozen=True)
class Mention:
    """A named-entity mention in ``Document.text``.

    ``normal`` is the nominative/base form, ``ref`` a gazetteer id when the
    gazetteer knows the entity, ``language`` the paragraph's language.
    """

    start: int
    end: int
    type: str
    text: str
    normal: str
    language: str | None = None
    ref: str | None = None


@dataclass(frozen=True)
class Role:
    """A title a person holds, read from the text around one of their mentions.

    ``mention`` indexes ``Document.mentions``; ``of``/``to`` are ISO codes.
    """

    mention: int
    title: str
    of: str | None = None
    to: str | None = None
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Quote:
    """Quoted words ``text[start:end]`` (without the marks) and who said them.

    ``speaker`` indexes ``Document.mentions`` (a person mention), ``speaker_text`` is
    the wording that names the speaker here, ``attribution`` how it was found:
    ``explicit``, ``anaphor`` or ``context``.
    """

    start: int
    end: int
    text: str
    speaker: int | None = None
    speaker_text: str | None = None
    attribution: str | None = None


@dataclass(frozen=True)
class Claim:
    """A quantitative statement: the number expression at ``start..end`` and what it claims.

    ``sentence`` is (start, end) of its sentence; ``speaker`` indexes ``mentions``,
    ``quote`` indexes ``quotes``; ``also_at`` holds the spans where the same claim is
    repeated in the report (headline and lead).
    """

    start: int
    end: int
    sentence: tuple[int, int]
    measure: str
    indicator: str | None
    subject: str | None
    value_min: float | None
    value_max: float | None
    unit: str | None
    qualifier: str
    direction: str | None
    period_start: str | None
    period_end: str | None
    period_text: str | None
    modality: str
    parties: tuple[str, ...]
    speaker: int | None = None
    speaker_text: str | None = None
    quote: int | None = None
    also_at: tuple[tuple[int, int], ...] = ()
    period_kind: str | None = None     # year, since, by, months, last_year, this_year, annual, ...


@dataclass(frozen=True)
class Event:
    """Something that happened or is planned, reported by the sentence ``start..end``.

    ``participants`` and ``place`` index ``Document.mentions``; ``countries`` are ISO
    codes of the states and regions taking part; dates are ISO (``--MM-DD`` when the
    year is unknown); ``planned`` is true for an event that has not happened yet.
    """

    start: int
    end: int
    type: str
    trigger: str
    date_start: str | None
    date_end: str | None
    date_text: str | None
    planned: bool
    participants: tuple[int, ...]
    place: int | None
    countries: tuple[str, ...] = ()


@dataclass(frozen=True)
class Document:
    id: str
    source: str
    raw: str                                  # decoded input text (HTML already reduced to text)
    meta: SourceMeta = field(default_factory=SourceMeta)
    text: str = ""                            # cleaned body
    title: str | None = None
    language: str | None = None
    dateline: Dateline | None = None
    agency: str | None = None
    place: str | None = None
    published: str | None = None              # YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD
    published_precision: str | None = None
    year_inferred: bool = False
    year_source: str | None = None
    removed: dict[str, int] = field(default_factory=lambda: {"boilerplate_lines": 0, "repeated_blocks": 0})
    removed_lines: tuple[str, ...] = ()       # the lines cleaning removed (for metadata and audit)
    paragraphs: tuple[Span, ...] = ()         # label = language of the paragraph
    sentences: tuple[Span, ...] = ()
    duplicate_of: str | None = None
    mentions: tuple[Mention, ...] = ()
    roles: tuple[Role, ...] = ()
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    events: tuple[Event, ...] = ()

    def language_at(self, offset: int) -> str | None:
        """The language of the paragraph holding ``offset`` (the document's when unknown)."""
        for paragraph in self.paragraphs:
            if paragraph.start <= offset <= paragraph.end:
                return paragraph.label or self.language
        return self.language

    def evolve(self, **changes: Any) -> "Document":
        """A new record with ``changes`` applied; this one is left untouched."""
        return replace(self, **changes)


@dataclass(frozen=True)
class Context:
    """Run-wide settings every stage may read."""

    reference_date: date | None = None
    max_bytes: int = 20 * 1024 * 1024
