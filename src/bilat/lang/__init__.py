"""Per-language rules and word lists, kept as data files in ``lang/<code>/``.

Files are plain text (one entry per line, ``#`` starts a comment) or JSON.
Everything is loaded lazily and cached.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

LANG_DIR = Path(__file__).parent
SUPPORTED = ("de", "ru", "en", "kk", "be")


@lru_cache(maxsize=None)
def lines(code: str, name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of ``lang/<code>/<name>``; empty if the file is absent."""
    path = LANG_DIR / code / name
    if not path.exists():
        return ()
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)


@lru_cache(maxsize=None)
def data(code: str, name: str) -> dict:
    """The JSON object in ``lang/<code>/<name>``; empty if the file is absent."""
    path = LANG_DIR / code / name
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def supported(code: str | None, default: str = "en") -> str:
    """``code`` when bilat has data for it, else ``default``."""
    return code if code in SUPPORTED else default


def data_for(code: str | None, name: str) -> dict:
    """``data(code, name)`` for a supported language, else English's."""
    return data(supported(code), name)


def all_lines(name: str) -> tuple[str, ...]:
    """``name`` from every supported language, in order, without repeats."""
    seen: dict[str, None] = {}
    for code in SUPPORTED:
        for line in lines(code, name):
            seen.setdefault(line, None)
    return tuple(seen)


def months() -> dict[str, int]:
    """Month names and abbreviations of every language, lower-cased, to month numbers."""
    merged: dict[str, int] = {}
    for code in SUPPORTED:
        merged.update({k.lower(): int(v) for k, v in data(code, "months.json").items()})
    return merged
