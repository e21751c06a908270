"""Named-entity recognition per language behind one interface.

Each language module ``bilat.ner.<code>`` exposes ``recognise(text) -> list[EntitySpan]``
with character offsets into ``text``. :func:`recognise` picks the module by language.
"""
from __future__ import annotations

import importlib

from bilat.ner.base import EntitySpan

_FALLBACK = {"uk": "ru"}


def recognise(text: str, language: str | None) -> list[EntitySpan]:
    """Entity mentions in ``text`` for ``language`` (ISO 639-1); empty when unsupported."""
    code = _FALLBACK.get(language or "", language or "")
    try:
        module = importlib.import_module(f"bilat.ner.{code}")
    except ModuleNotFoundError:
        return []
    return module.recognise(text)


__all__ = ["EntitySpan", "recognise"]
