"""`bilat ingest` on a terminal: progress bar, one line per failure, a summary line."""
from __future__ import annotations

import sys
from datetime import date

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from bilat.ingest import IngestSummary, ingest
from bilat.model import Context
from bilat.sources import count_files
from bilat.store import open_store

PROGRESS_MIN_FILES = 5


def run_ingest(paths, db, reference_date: date | None, max_bytes: int, show_progress: bool = True) -> IngestSummary:
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    ctx = Context(reference_date=reference_date, max_bytes=max_bytes)
    with open_store(db) as store:
        total = count_files(p for p in paths if p != "-")
        if show_progress and err.is_terminal and total >= PROGRESS_MIN_FILES:
            summary = _with_progress(paths, store, ctx, err, total)
        else:
            summary = ingest(paths, store, ctx, on_error=lambda m: err.print(f"error: {m}", markup=False),
                             stdin=sys.stdin.buffer, on_warning=lambda m: err.print(f"warning: {m}", markup=False))
    err.print(summary.line(), markup=False)
    return summary


def _with_progress(paths, store, ctx, err: Console, total: int) -> IngestSummary:
    columns = (TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("ingest", total=total)
        seen_files: set[str] = set()

        def advance(item):
            source = getattr(item, "source", "").split(":")[0]
            if source not in seen_files:
                seen_files.add(source)
                progress.advance(task)

        return ingest(paths, store, ctx, on_error=lambda m: progress.console.print(f"error: {m}", markup=False),
                      on_item=advance, stdin=sys.stdin.buffer,
                      on_warning=lambda m: progress.console.print(f"warning: {m}", markup=False))
