"""Shared Russian morphology for the NER rules: one pymorphy analyser, cached parses.

Parses use OpenCorpora grammemes (nomn, gent, Surn, Geox ...).

natasha 1.6 imports ``pymorphy2``; where only ``pymorphy3`` is installed it is
registered under the old name before natasha is imported.
"""
from __future__ import annotations

import importlib
import re
import sys
from functools import lru_cache

CYRILLIC_WORD = re.compile(r"^[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*$")


def ensure_pymorphy() -> None:
    """Make ``import pymorphy2`` work (alias pymorphy3) so natasha can load."""
    try:
        importlib.import_module("pymorphy2")
    except Exception:  # missing, or broken by setuptools without pkg_resources
        module = importlib.import_module("pymorphy3")
        sys.modules["pymorphy2"] = module
        for name in ("analyzer", "tagset", "units", "shapes", "utils", "lang"):
            try:
                sys.modules[f"pymorphy2.{name}"] = importlib.import_module(f"pymorphy3.{name}")
            except ModuleNotFoundError:
                pass


@lru_cache(maxsize=1)
def analyzer():
    """A pymorphy MorphAnalyzer (pymorphy3, else pymorphy2), loaded once."""
    try:
        import pymorphy3 as pymorphy
    except ModuleNotFoundError:
        import pymorphy2 as pymorphy
    return pymorphy.MorphAnalyzer()


@lru_cache(maxsize=200_000)
def parses(word: str) -> tuple:
    """pymorphy parses of ``word`` (lower-cased lookup), best first."""
    return tuple(analyzer().parse(word.lower()))


def lemma(word: str) -> str:
    """Normal form of the most likely parse; the word itself (lower case) if none."""
    found = parses(word)
    return found[0].normal_form.replace("ё", "е") if found else word.lower()


def lemma_key(words: list[str]) -> str:
    """Space-joined lemmas: the lookup key for the ``ner_*.txt`` word lists."""
    return " ".join(lemma(w) for w in words)


def is_cyrillic_word(word: str) -> bool:
    return bool(CYRILLIC_WORD.match(word))


def restore_shape(word: str, original: str) -> str:
    """Give ``word`` the capitalisation of ``original`` (per hyphen-separated part)."""
    new_parts, old_parts = word.split("-"), original.split("-")
    if len(new_parts) != len(old_parts):
        old_parts = [original] * len(new_parts)
    return "-".join(_shape_part(n, o) for n, o in zip(new_parts, old_parts))


def _shape_part(new: str, old: str) -> str:
    if old.isupper() and len(old) > 1:
        return new.upper()
    if old[:1].isupper():
        rest = new[1:]
        # keep inner capitals such as "МакЛарен" when the letters line up
        if len(old) >= len(new) and old[1:len(new)].lower() == rest:
            rest = old[1:len(new)]
        return new[:1].upper() + rest
    return new
