"""Where raw reports come from: files, directories, JSON Lines exports, stdin.

:func:`iter_inputs` turns command-line paths into :class:`RawItem` records (or
:class:`InputError` for inputs that cannot be read), never raising for one bad
input so that a run goes on with the rest.
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from bilat.errors import InputError

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SKIPPED_NAMES = {".DS_Store", "Thumbs.db"}


@dataclass(frozen=True)
class RawItem:
    """One report as bytes, before decoding. ``kind`` is text, html or record."""

    source: str
    data: bytes
    kind: str
    record: dict | None = None
    line: int | None = None        # 1-based line of a JSON Lines record


def iter_inputs(paths: Iterable[str], max_bytes: int, stdin=None) -> Iterator[RawItem | InputError]:
    """Every report found under ``paths`` (``-`` reads standard input)."""
    for path in paths:
        if path == "-":
            data = (stdin or sys.stdin.buffer).read()
            yield from _items_from_bytes("<stdin>", data, _sniff_kind("", data), max_bytes)
            continue
        p = Path(path)
        if p.is_dir():
            for child in sorted(c for c in p.rglob("*") if c.is_file() and not _hidden(c, p)):
                yield from _items_from_file(child, max_bytes)
        elif p.exists():
            yield from _items_from_file(p, max_bytes)
        else:
            yield InputError(path, "no such file or directory")


def count_files(paths: Iterable[str]) -> int:
    """How many files ``iter_inputs`` will open (for a progress bar)."""
    total = 0
    for path in paths:
        p = Path(path)
        if p.is_dir():
            total += sum(1 for c in p.rglob("*") if c.is_file() and not _hidden(c, p))
        else:
            total += 1
    return total


def _hidden(child: Path, root: Path) -> bool:
    parts = child.relative_to(root).parts
    return child.name in SKIPPED_NAMES or any(part.startswith(".") for part in parts)


def _items_from_file(path: Path, max_bytes: int) -> Iterator[RawItem | InputError]:
    source = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield InputError(source, f"file is {size:,} bytes, over the {max_bytes:,}-byte limit")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(source, f"cannot read: {exc.strerror or exc}")
        return
    yield from _items_from_bytes(source, data, _sniff_kind(path.suffix.lower(), data), max_bytes)


def _items_from_bytes(source: str, data: bytes, kind: str, max_bytes: int) -> Iterator[RawItem | InputError]:
    if len(data) > max_bytes:
        yield InputError(source, f"input is {len(data):,} bytes, over the {max_bytes:,}-byte limit")
    elif not data.strip():
        yield InputError(source, "empty input")
    elif kind == "jsonl":
        yield from _records(source, data)
    else:
        yield RawItem(source, data, kind)


def _sniff_kind(suffix: str, data: bytes) -> str:
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    head = data[:512].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    if suffix == ".json" and head.startswith(b"{"):
        return "jsonl"
    return "text"


def _records(source: str, data: bytes) -> Iterator[RawItem | InputError]:
    """One RawItem per JSON Lines record; a malformed line is an error of its own."""
    for lineno, line in enumerate(data.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            record = json.loads(line.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            yield InputError(where, f"malformed JSON line ({_short(exc)})")
            continue
        if not isinstance(record, dict):
            yield InputError(where, "JSON line is not an object")
        elif not isinstance(record.get("text") or record.get("html"), str):
            yield InputError(where, "JSON line has no 'text' or 'html' string")
        else:
            yield RawItem(record.get("url") or where, line, "record", record, lineno)


def _short(exc: Exception) -> str:
    return str(exc).split("\n")[0][:80]
