"""Terminal view of the events timeline."""
from __future__ import annotations

from rich.table import Table

from bilat.cli_claims import parse_pair
from bilat.cli_views import make_console
from bilat.resolve.events import event_records
from bilat.store.base import Store


def selected(store: Store, pair: str | None, type_: str | None, since: str | None) -> list[dict]:
    wanted = parse_pair(pair)
    out = []
    for record in event_records(store):
        if wanted and tuple(sorted(record["parties"])) != wanted:
            continue
        if type_ and record["type"] != type_:
            continue
        if since and (not record["date_start"] or record["date_start"].startswith("--")
                      or record["date_start"] < since):
            continue
        out.append(record)
    return sorted(out, key=lambda r: (r["date_start"] is None, r["date_start"] or "", r["document"], r["start"]))


def show_events(store: Store, pair: str | None, type_: str | None, since: str | None) -> None:
    names = {e["id"]: e["name"] for e in store.iter_entities()}
    records = selected(store, pair, type_, since)
    table = Table(title=f"{len(records)} events" + (f" · {pair}" if pair else ""))
    for column in ("date", "type", "code", "participants", "place", "reports", "sentence"):
        table.add_column(column, overflow="fold")
    for r in records:
        when = r["date_start"] or "?"
        if r["date_end"] and r["date_end"] != r["date_start"]:
            when += f"…{r['date_end'][-5:]}"
        if r["planned"]:
            when += " (planned)"
        people = ", ".join(names.get(p, p) for p in r["participants"]) or ", ".join(r["countries"])
        table.add_row(when, r["type"], r["code"] or "", people, names.get(r["place"], "") if r["place"] else "",
                      str(len(r["reports"])), r["sentence"][:90])
    make_console().print(table)
