"""`bilat brief`: the page written to a file, the same content as Markdown on the terminal."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from bilat.errors import BilatError
from bilat.store import open_store, resolve_db


def run_brief(db: str | None, party_a: str, party_b: str, output: str | None) -> None:
    from bilat.brief import build_brief, render_html, render_markdown
    with open_store(db) as store:
        brief = build_brief(store, party_a, party_b, store_label=Path(resolve_db(db)).name)
    if output:
        try:
            Path(output).write_text(render_html(brief), encoding="utf-8")
        except OSError as exc:
            raise BilatError(f"{output}: cannot write the brief ({exc.strerror or exc})") from None
    show_markdown(render_markdown(brief))
    if output:
        click.echo(f"wrote {output}", err=True)


def show_markdown(text: str) -> None:
    """Rendered with rich on a terminal, plain Markdown otherwise."""
    if sys.stdout.isatty():
        from rich.console import Console
        from rich.markdown import Markdown
        Console().print(Markdown(text))
    else:
        click.echo(text, nl=False)
