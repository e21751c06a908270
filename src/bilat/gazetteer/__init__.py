"""Gazetteer of countries, regions, cities, organisations, persons and titles.

The data are static UTF-8 files in this folder (see README.md for sources
and columns).  ``load()`` reads them once and returns a cached
``Gazetteer``::

    from bilat.gazetteer import load
    gaz = load()
    gaz.lookup("Казахстана", "ru")[0].code      # 'KZ'
    gaz.adjective("belarussischen", "de").code  # 'BY'
    gaz.find("Der Gouverneur des Gebiets Kemerowo ...", "de")
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .core import Gazetteer, Match
from .entry import LANGS, GazEntry, Role, parse_roles
from .loader import DATA_DIR, load_data

__all__ = ["GazEntry", "Gazetteer", "LANGS", "Match", "Role", "load", "parse_roles"]


@lru_cache(maxsize=4)
def load(directory: str | Path | None = None) -> Gazetteer:
    """Load (once) and return the gazetteer; ``directory`` defaults to the packaged data."""
    return Gazetteer(load_data(Path(directory) if directory else DATA_DIR))
