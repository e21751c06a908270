"""The `bilat` command: a thin shell over the library; library errors become one clean line."""
from __future__ import annotations

import sys
from functools import wraps

import click

from bilat import __version__
from bilat.errors import BilatError

db_option = click.option("--db", envvar="BILAT_DB", default=None, metavar="PATH|URL",
                         help="Database file or URL (default ./bilat.db, or $BILAT_DB).")


def clean_errors(func):
    """Turn BilatError into `error: ...` on stderr and exit status 1."""
    @wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except BilatError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(1)
    return wrapper


def parse_size(value: str) -> int:
    units = {"": 1, "B": 1, "KB": 1024, "MB": 1024 ** 2, "GB": 1024 ** 3}
    text = value.strip().upper().replace(" ", "")
    number = text.rstrip("KMGB")
    unit = text[len(number):]
    if not number.replace(".", "", 1).isdigit() or unit not in units:
        raise click.BadParameter(f"{value!r} is not a size like 20MB")
    return int(float(number) * units[unit])


@click.group()
@click.version_option(__version__, prog_name="bilat")
def main():
    """bilat: sourced, comparable facts from news on bilateral relations."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--reference-date", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="Date to infer a missing year from (the report is taken to be not later than this).")
@click.option("--max-size", default="20MB", show_default=True, help="Skip files larger than this.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@clean_errors
def ingest(paths, db, reference_date, max_size, quiet):
    """Read reports (text, HTML, JSON Lines, directories, - for stdin) into the store."""
    from bilat.cli_ingest import run_ingest
    ref = reference_date.date() if reference_date else None
    summary = run_ingest(paths, db, ref, parse_size(max_size), show_progress=not quiet)
    sys.exit(1 if summary.failed else 0)


@main.command()
@db_option
@click.option("--reference-date", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="Date to infer a missing year from, as for ingest.")
@clean_errors
def reprocess(db, reference_date):
    """Run the current pipeline again over every stored report (after an upgrade)."""
    from bilat.model import Context
    from bilat.reprocess import reprocess as run_reprocess
    from bilat.store import open_store
    ctx = Context(reference_date=reference_date.date() if reference_date else None)
    with open_store(db) as store:
        count = run_reprocess(store, ctx, on_warning=lambda m: click.echo(f"warning: {m}", err=True))
    click.echo(f"reprocessed {count} documents", err=True)


@main.command()
@click.argument("query")
@db_option
@click.option("--limit", default=20, show_default=True, help="At most this many results.")
@clean_errors
def search(query, db, limit):
    """Full-text search over stored documents."""
    from bilat.store import open_store
    with open_store(db) as store:
        hits = store.search(query, limit)
    if not hits:
        click.echo("no documents match")
    for hit in hits:
        click.echo(f"{hit.id}  {hit.published or '?':10}  {hit.language or '?'}  {hit.title or ''}")
        click.echo(f"    {hit.snippet}")


@main.command()
@db_option
@click.option("--kind", "kinds", multiple=True, help="Record kind to export (repeatable; default all).")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl", show_default=True)
@click.option("-o", "--output", default="-", help="Output file (default standard output).")
@clean_errors
def export(db, kinds, fmt, output):
    """Write stored records per the export contract (schema 1)."""
    from bilat import export as exporter
    from bilat.store import open_store
    if fmt != "jsonl" and len(set(kinds)) != 1:
        raise BilatError(f"{fmt} export takes exactly one --kind (JSON Lines mixes kinds)")
    with open_store(db) as store:
        rows = exporter.records(store, kinds)
        if fmt == "parquet":
            if output == "-":
                raise BilatError("parquet export needs -o FILE")
            count = exporter.write_parquet(rows, output)
        elif output == "-":
            count = exporter.write(rows, sys.stdout, fmt)
        else:
            with open(output, "w", encoding="utf-8", newline="") as out:
                count = exporter.write(rows, out, fmt)
    if output != "-":
        click.echo(f"wrote {count} records to {output}", err=True)


@main.command()
@db_option
@clean_errors
def summary(db):
    """A readable overview of the stored documents."""
    from bilat.cli_views import show_documents
    from bilat.store import open_store
    with open_store(db) as store:
        show_documents(store)


@main.command()
@click.argument("doc_id")
@db_option
@clean_errors
def show(doc_id, db):
    """One stored document: its metadata and cleaned text."""
    from bilat.cli_views import show_document
    from bilat.store import open_store
    with open_store(db) as store:
        doc = store.get_document(doc_id)
        if doc is None:
            raise BilatError(f"{doc_id}: no such document")
        show_document(doc)


@main.command()
@db_option
@click.option("--type", "type_", type=click.Choice(["PER", "LOC", "ORG"]), default=None, help="Only this type.")
@click.option("--q", "query", default=None, help="Only entities with a name like this (any script or spelling).")
@clean_errors
def entities(db, type_, query):
    """People, places and organisations, one row per real-world entity."""
    from bilat.cli_views import show_entities
    from bilat.store import open_store
    with open_store(db) as store:
        show_entities(list(store.iter_entities(type_, query)))


@main.command()
@click.argument("name")
@db_option
@clean_errors
def entity(name, db):
    """One entity: all its names, roles with dates, documents and mentions in context."""
    from bilat.cli_views import show_entity
    from bilat.store import open_store
    with open_store(db) as store:
        found = list(store.iter_entities(None, name))
        if not found:
            raise BilatError(f"{name}: no entity with that name")
        for item in found:
            show_entity(store, item)


@main.command()
@db_option
@click.option("--pair", default=None, metavar="A-B", help="Only claims about this pair of parties (BY-KZ, BY-RU-KEM).")
@click.option("--indicator", default=None, help="trade_turnover, exports, imports, investment, production, other.")
@click.option("--all", "show_all", is_flag=True, help="Also counts and ranks, not only amounts and percentages.")
@clean_errors
def claims(db, pair, indicator, show_all):
    """Timeline of claimed figures: period, value, actual or target, source, date, speaker."""
    from bilat.cli_claims import show_claims
    from bilat.store import open_store
    with open_store(db) as store:
        show_claims(store, pair, indicator, show_all)


@main.command()
@db_option
@clean_errors
def conflicts(db):
    """Figures from different reports that cannot both be true, with the reason."""
    from bilat.cli_claims import show_conflicts
    from bilat.store import open_store
    with open_store(db) as store:
        show_conflicts(store)


@main.command()
@db_option
@click.option("--pair", default=None, metavar="A-B", help="Only events between this pair (BY-KZ).")
@click.option("--type", "type_", default=None,
              type=click.Choice(["meeting", "talks", "visit", "appointment", "agreement", "accession", "forum",
                                 "statement"]), help="Only this type.")
@click.option("--since", default=None, metavar="YYYY-MM-DD", help="Only events on or after this date.")
@clean_errors
def events(db, pair, type_, since):
    """Who met whom, when and where: events in order, one per real event across reports."""
    from bilat.cli_events import show_events
    from bilat.store import open_store
    with open_store(db) as store:
        show_events(store, pair, type_, since)


@main.command()
@click.argument("party_a", metavar="A")
@click.argument("party_b", metavar="B")
@db_option
@click.option("-o", "--output", default=None, metavar="FILE", help="Also write the brief as one self-contained HTML page.")
@clean_errors
def brief(party_a, party_b, db, output):
    """One page on a pair (BY KZ, BY RU-KEM): figures chart, timeline, who speaks, conflicts, sources."""
    from bilat.cli_brief import run_brief
    run_brief(db, party_a, party_b, output)


@main.group(name="eval")
def evaluate():
    """Measure quality against gold data sets."""


@evaluate.command(name="ner")
@click.argument("dataset")
@click.option("--limit", type=int, default=None, help="Only the first N documents/sentences.")
@clean_errors
def eval_ner(dataset, limit):
    """Entity-level P/R/F1 on exact spans: factru, collection5, germeval, europarl, kaznerd."""
    import json as _json
    from bilat.cli_views import show_scores
    from bilat.evaluation.ner import evaluate as run_eval
    result = run_eval(dataset, limit)
    show_scores(result)
    line = {"dataset": result["dataset"]}
    line.update({kind: {k: result[kind][k] for k in ("p", "r", "f1")} for kind in ("PER", "LOC", "ORG", "micro")})
    click.echo(_json.dumps(line, ensure_ascii=False))


@evaluate.command(name="claims")
@click.argument("gold", type=click.Path())
@click.option("--errors", "show_errors", is_flag=True, help="List every field that differs from the gold.")
@clean_errors
def eval_claims(gold, show_errors):
    """Claims against a hand-written gold file (format: eval/README.md): P/R per field."""
    import json as _json
    from bilat.cli_views import show_claim_scores
    from bilat.evaluation.claims import evaluate as run_eval
    result = run_eval(gold)
    show_claim_scores(result)
    for error in result["errors"] if show_errors else []:
        click.echo(f"  {error}")
    click.echo(_json.dumps({k: v for k, v in result.items() if k not in ("missed", "errors")}, ensure_ascii=False))


if __name__ == "__main__":
    main()
