"""Readable terminal views for the CLI (rich tables)."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table

from bilat.model import Document
from bilat.store.base import Store


def show_documents(store: Store) -> None:
    console = Console()
    table = Table(title=f"{store.count_documents()} documents", show_lines=False)
    for column in ("id", "lang", "published", "place", "agency", "title", "dup of"):
        table.add_column(column, overflow="fold", no_wrap=column != "title")
    for doc in store.iter_documents():
        title = doc.title or "(no title) " + doc.text[doc.dateline.end if doc.dateline else 0:][:60].strip() + "…"
        table.add_row(doc.id, doc.language or "?", doc.published or "?", doc.place or "", doc.agency or "",
                      title, doc.duplicate_of or "")
    console.print(table)


def show_document(doc: Document) -> None:
    console = Console()
    console.print(f"[bold]{doc.title or '(no title)'}[/bold]")
    console.print(f"id {doc.id} · source {doc.source} · language {doc.language} · agency {doc.agency} · "
                  f"place {doc.place} · published {doc.published} ({doc.year_source or 'no year'})", markup=False)
    console.print(f"removed {doc.removed} · duplicate_of {doc.duplicate_of}", markup=False)
    console.print(doc.text, markup=False)
