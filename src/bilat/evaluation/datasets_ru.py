"""Readers for the Russian (and Kazakh) NER gold sets in ``../shared/data``.

``DATASETS = {name: (language, loader)}``; each ``loader()`` yields :class:`GoldDoc`.
Files are read in place and never copied into the repository.

* ``factru``: factRuEval-2016 *test* set; gold spans derived from ``.objects``
  (see :func:`factru_gold`).  ``load_factru(split="devset")`` reads the dev set.
* ``collection5``: Collection5 (ne5), PER / ORG / LOC; GEOPOLIT is scored as LOC
  and MEDIA (news outlets, e.g. "РИА Новости") as ORG, as in factRuEval.
* ``kaznerd``: KazNERD ``IOB2_test.txt``, one document per sentence, tokens
  joined by single spaces; PERSON -> PER, GPE and LOCATION -> LOC,
  ORGANISATION -> ORG, every other class ignored.
"""
from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Iterator

from bilat.evaluation.ner import GoldDoc, shared_data_dir

Span = tuple[int, int, str]

# factRuEval span layer: which parts of an object make up its name
_PERSON_PARTS = {"name", "surname", "patronymic", "nickname"}
_ORG_PARTS = {"org_name", "loc_name"}
_LOC_PARTS = {"loc_name", "org_name"}
_FACTRU_OBJECTS = {"Person": ("PER", _PERSON_PARTS), "Org": ("ORG", _ORG_PARTS),
                   "Location": ("LOC", _LOC_PARTS), "LocOrg": ("LOC", _LOC_PARTS)}

COLLECTION5_TYPES = {"PER": "PER", "ORG": "ORG", "LOC": "LOC",
                     "GEOPOLIT": "LOC", "MEDIA": "ORG"}
KAZNERD_TYPES = {"PERSON": "PER", "GPE": "LOC", "LOCATION": "LOC",
                 "ORGANISATION": "ORG"}


def split_nested(spans: set[Span]) -> tuple[tuple[Span, ...], tuple[Span, ...]]:
    """(required, optional): a span strictly inside another gold span is optional."""
    def nested(s: Span) -> bool:
        return any(o[0] <= s[0] and s[1] <= o[1] and (o[0], o[1]) != (s[0], s[1])
                   for o in spans)
    ordered = sorted(spans)
    return (tuple(s for s in ordered if not nested(s)),
            tuple(s for s in ordered if nested(s)))


# --- factRuEval-2016 ---------------------------------------------------------

def _read_factru_spans(path: Path) -> dict[str, tuple[str, int, int]]:
    """span id -> (span type, start, end) from a ``.spans`` file."""
    spans = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("#", 1)[0].split()
        if len(fields) >= 4:
            start = int(fields[2])
            spans[fields[0]] = (fields[1], start, start + int(fields[3]))
    return spans


def factru_gold(objects_text: str, spans: dict[str, tuple[str, int, int]]) -> set[Span]:
    """Gold spans of one document from its ``.objects`` lines.

    A Person covers its name/surname/patronymic/nickname parts, an Org its
    org_name and loc_name parts, a Location or LocOrg (scored as LOC) its
    loc_name and org_name parts, each from the first part's start to the last
    part's end.  Objects with no such part, Projects and Facilities are dropped,
    and so is an Org made of a descriptor and a place only ("правительства ФРГ"):
    its loc_name ("ФРГ") is not the organisation's name.
    """
    gold = set()
    for line in objects_text.splitlines():
        fields = line.split("#", 1)[0].split()
        if len(fields) < 3 or fields[1] not in _FACTRU_OBJECTS:
            continue
        label, part_types = _FACTRU_OBJECTS[fields[1]]
        own = [spans[i] for i in fields[2:] if i in spans]
        parts = [p for p in own if p[0] in part_types]
        if parts and not _descriptor_with_place_only(fields[1], own):
            gold.add((min(p[1] for p in parts), max(p[2] for p in parts), label))
    return gold


def _descriptor_with_place_only(kind: str, parts: list[tuple[str, int, int]]) -> bool:
    """An Org like "правительство ФРГ" (org_descr + loc_name, no org_name): its
    only name part is the place, which is not the organisation's name."""
    kinds = {p[0] for p in parts}
    return kind == "Org" and "org_name" not in kinds and "org_descr" in kinds


def factru_dir(split: str = "testset") -> Path:
    return shared_data_dir() / "factRuEval-2016" / split


def load_factru(split: str = "testset") -> Iterator[GoldDoc]:
    """factRuEval-2016 documents of ``split`` ("testset" or "devset"), sorted by name."""
    for objects_path in sorted(factru_dir(split).glob("*.objects")):
        stem = objects_path.with_suffix("")
        with open(stem.with_suffix(".txt"), encoding="utf-8", newline="") as handle:
            text = handle.read()
        spans = _read_factru_spans(stem.with_suffix(".spans"))
        gold = factru_gold(objects_path.read_text(encoding="utf-8"), spans)
        required, optional = split_nested(gold)
        yield GoldDoc(text=text, spans=required, optional=optional)


# --- Collection5 ---------------------------------------------------------------

def load_collection5() -> Iterator[GoldDoc]:
    """Collection5 news documents with gold PER/ORG/LOC (CRLF kept; offsets into text)."""
    path = shared_data_dir() / "collection5-ne5" / "ne5_gold.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            gold = {(s["start"], s["stop"], COLLECTION5_TYPES[s["type"]])
                    for s in record["spans"] if s["type"] in COLLECTION5_TYPES}
            required, optional = split_nested(gold)
            yield GoldDoc(text=record["text"], spans=required, optional=optional)


# --- KazNERD -------------------------------------------------------------------

def iob2_sentence_doc(rows: list[tuple[str, str]], types: dict[str, str]) -> GoldDoc:
    """One sentence of (token, IOB2 tag) rows -> GoldDoc; text = tokens joined by spaces.

    An ``I-`` tag that does not continue an entity of the same class starts a new one.
    """
    text_parts, spans = [], []
    offset, current = 0, None  # current = [start, end, class]
    for token, tag in rows:
        start, end = offset, offset + len(token)
        prefix, _, cls = tag.partition("-")
        if prefix == "I" and current is not None and current[2] == cls:
            current[1] = end
        else:
            if current is not None:
                spans.append(tuple(current))
            current = [start, end, cls] if prefix in ("B", "I") else None
        text_parts.append(token)
        offset = end + 1
    if current is not None:
        spans.append(tuple(current))
    gold = {(s, e, types[c]) for s, e, c in spans if c in types}
    return GoldDoc(text=" ".join(text_parts), spans=tuple(sorted(gold)))


def _iob2_sentences(path: Path) -> Iterator[list[tuple[str, str]]]:
    rows: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            fields = line.split()
            if len(fields) >= 2:
                rows.append((fields[0], fields[-1]))
            elif rows:
                yield rows
                rows = []
    if rows:
        yield rows


def load_kaznerd(split: str = "IOB2_test.txt") -> Iterator[GoldDoc]:
    """KazNERD sentences (Kazakh TV news), PER/LOC/ORG only."""
    for rows in _iob2_sentences(shared_data_dir() / "kaznerd" / split):
        yield iob2_sentence_doc(rows, KAZNERD_TYPES)


DATASETS = {
    "factru": ("ru", load_factru),
    "collection5": ("ru", load_collection5),
    "kaznerd": ("kk", load_kaznerd),
}
