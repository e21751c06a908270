"""Reading the gazetteer's TSV/JSON data files into entries."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path

from .entry import LANGS, TYPE_OF_KIND, GazEntry
from .text import normalise

DATA_DIR = Path(__file__).resolve().parent
SEP = "|"


@dataclass
class GazData:
    entries: list[GazEntry] = field(default_factory=list)
    adjectives: list[tuple[int, str, str]] = field(default_factory=list)  # entry index, lang, adjective
    titles: list[tuple[str, str, str]] = field(default_factory=list)  # lang, surface, english title
    config: dict = field(default_factory=dict)


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def split(cell: str | None) -> tuple[str, ...]:
    return tuple(dict.fromkeys(x.strip() for x in (cell or "").split(SEP) if x.strip()))


def names_of(row: dict[str, str]) -> dict[str, tuple[str, ...]]:
    names = {lang: split(row.get(lang)) for lang in LANGS}
    if row["name"] not in names["en"]:
        names["en"] = (row["name"],) + names["en"]
    return {lang: vals for lang, vals in names.items() if vals}


def make_entry(kind: str, slug: str, row: dict[str, str], code: str | None,
               country: str | None, parent: str | None, attr_keys: tuple[str, ...]) -> GazEntry:
    attrs = {k: row[k] for k in attr_keys if row.get(k)}
    return GazEntry(f"{kind}:{slug}", TYPE_OF_KIND[kind], row["name"], code or None, kind,
                    names_of(row), country or None, parent or None, attrs)


def load_countries(data: GazData, directory: Path) -> None:
    for row in read_tsv(directory / "countries.tsv"):
        idx = len(data.entries)
        data.entries.append(make_entry("country", row["code"], row, row["code"], row["code"], None, ()))
        for lang in LANGS:
            for adj in split(row.get(f"adj_{lang}")):
                data.adjectives.append((idx, lang, adj))


def load_regions(data: GazData, directory: Path) -> None:
    patterns = data.config.get("region_adjectives", {})
    for row in read_tsv(directory / "regions.tsv"):
        idx = len(data.entries)
        entry = make_entry("region", row["code"], row, row["code"], row["country"], row["country"],
                           ("capital", "alt_codes"))
        data.entries.append(entry)
        for lang, adj in region_adjectives(entry, patterns):
            data.adjectives.append((idx, lang, adj))


def region_adjectives(entry: GazEntry, patterns: dict) -> list[tuple[str, str]]:
    """``Кемеровская область`` -> ``кемеровский`` (rules in inflection.json)."""
    out = []
    for lang, rules in patterns.items():
        if lang.startswith("_"):
            continue
        for name in entry.names.get(lang, ()):
            low = normalise(name)
            for suffix, adj_suffix in rules:
                head = low[: -len(suffix)]
                if low.endswith(suffix) and head and " " not in head and "-" not in head:
                    out.append((lang, head + adj_suffix))
    return list(dict.fromkeys(out))


def load_cities(data: GazData, directory: Path) -> None:
    for row in read_tsv(directory / "cities.tsv"):
        parent = row["region"] or row["country"]
        data.entries.append(make_entry("city", row["id"], row, None, row["country"], parent, ("capital_of",)))


def load_organisations(data: GazData, directory: Path) -> None:
    for row in read_tsv(directory / "organisations.tsv"):
        data.entries.append(make_entry("org", row["id"], row, None, row["country"], row["country"], ("subtype",)))


def load_persons(data: GazData, directory: Path) -> None:
    for row in read_tsv(directory / "person_names.tsv"):
        data.entries.append(make_entry("person", row["id"], row, None, row["country"], None, ("roles",)))


def load_titles(data: GazData, directory: Path) -> None:
    for row in read_tsv(directory / "titles.tsv"):
        data.titles.append((row["lang"], row["surface"], row["title"]))


def load_data(directory: Path = DATA_DIR) -> GazData:
    data = GazData(config=json.loads((directory / "inflection.json").read_text(encoding="utf-8")))
    for step in (load_countries, load_regions, load_cities, load_organisations, load_persons, load_titles):
        step(data, directory)
    return data
