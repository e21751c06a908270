"""Readable terminal views for the CLI (rich tables)."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table

from bilat.model import Document
from bilat.store.base import Store

PIPED_WIDTH = 160      # tables written to a file or pipe are not squeezed to 80 columns


def make_console(**options) -> Console:
    """A console as wide as the terminal, or ``PIPED_WIDTH`` when output is not a terminal."""
    probe = Console()
    return Console(width=None if probe.is_terminal else PIPED_WIDTH, **options)


def show_documents(store: Store) -> None:
    console = make_console()
    table = Table(title=f"{store.count_documents()} documents", show_lines=False)
    for column in ("id", "lang", "published", "place", "agency", "title", "dup of"):
        table.add_column(column, overflow="fold", no_wrap=column != "title")
    for doc in store.iter_documents():
        title = doc.title or "(no title) " + doc.text[doc.dateline.end if doc.dateline else 0:][:60].strip() + "…"
        table.add_row(doc.id, doc.language or "?", doc.published or "?", doc.place or "", doc.agency or "",
                      title, doc.duplicate_of or "")
    console.print(table)


def show_document(doc: Document) -> None:
    console = make_console()
    console.print(f"[bold]{doc.title or '(no title)'}[/bold]")
    console.print(f"id {doc.id} · source {doc.source} · language {doc.language} · agency {doc.agency} · "
                  f"place {doc.place} · published {doc.published} ({doc.year_source or 'no year'})", markup=False)
    console.print(f"removed {doc.removed} · duplicate_of {doc.duplicate_of}", markup=False)
    console.print(doc.text, markup=False)


def show_entities(entities: list[dict]) -> None:
    console = make_console()
    table = Table(title=f"{len(entities)} entities")
    for column in ("type", "name", "code", "names", "docs", "roles"):
        table.add_column(column, overflow="fold")
    for item in entities:
        names = "; ".join(f"{lang}: {name}" for lang, name in item["names"].items())
        roles = "; ".join(_role_text(r) for r in item["roles"][:3])
        table.add_row(item["type"], item["name"], item["code"] or "", names, str(len(item["documents"])), roles)
    console.print(table)


def _role_text(role: dict) -> str:
    text = role["title"]
    if role.get("of"):
        text += f" of {role['of']}"
    if role.get("to"):
        text += f" to {role['to']}"
    return text + (f" ({role['date']})" if role.get("date") else "")


def show_entity(store: Store, item: dict) -> None:
    console = make_console(highlight=False)
    console.print(f"[bold]{item['name']}[/bold] · {item['type']}" + (f" · {item['code']}" if item["code"] else ""))
    for lang, name in item["names"].items():
        console.print(f"  {lang}: {name}", markup=False)
    if item["aliases"]:
        console.print("  also: " + ", ".join(item["aliases"]), markup=False)
    for role in item["roles"]:
        console.print(f"  role: {_role_text(role)} [{role['document']}]", markup=False)
    console.print(f"  documents ({len(item['documents'])}):")
    for entity_id, doc_id, start, end, text in store.iter_entity_mentions(item["id"]):
        doc = store.get_document(doc_id)
        left = doc.text[max(0, start - 60):start].split("\n")[-1]
        right = doc.text[end:end + 60].split("\n")[0]
        console.print(f"    {doc_id} {doc.published or '?'}: …{left}", end="", markup=False)
        console.print(f"[bold]{text}[/bold]", end="")
        console.print(f"{right}…", markup=False)


def show_scores(result: dict) -> None:
    console = make_console()
    table = Table(title=f"NER on {result['dataset']} ({result.get('documents', '?')} units, exact spans)")
    for column in ("type", "precision", "recall", "F1", "gold", "predicted"):
        table.add_column(column, justify="right")
    for kind in ("PER", "LOC", "ORG", "micro"):
        s = result[kind]
        table.add_row(kind, f"{s['p']:.3f}", f"{s['r']:.3f}", f"{s['f1']:.3f}", str(s["tp"] + s["fn"]),
                      str(s["tp"] + s["fp"]))
    console.print(table)


def show_claim_scores(result: dict) -> None:
    console = make_console()
    table = Table(title=f"claims: {result['gold']} gold, {result['predicted']} predicted")
    for column in ("field", "precision", "recall", "F1"):
        table.add_column(column, justify="right")
    for field, score in result.items():
        if isinstance(score, dict) and "p" in score:
            table.add_row(field, f"{score['p']:.3f}", f"{score['r']:.3f}", f"{score['f1']:.3f}")
    console.print(table)
    for missed in result.get("missed", [])[:20]:
        console.print(f"  missed: {missed}", markup=False)
