"""Terminal views of claims and conflicts."""
from __future__ import annotations

from rich.table import Table

from bilat.cli_views import make_console
from bilat.errors import BilatError
from bilat.resolve.claims import claim_records, consolidate, describe
from bilat.store.base import Store


def parse_pair(pair: str | None) -> tuple[str, ...] | None:
    """"BY-KZ" -> ("BY", "KZ"); "BY-RU-KEM" -> ("BY", "RU-KEM")."""
    if not pair:
        return None
    parts = pair.upper().split("-")
    if len(parts) == 2:
        return tuple(sorted(parts))
    if len(parts) == 3:
        options = [(parts[0], f"{parts[1]}-{parts[2]}"), (f"{parts[0]}-{parts[1]}", parts[2])]
        return tuple(sorted(options[0] if len(parts[0]) == 2 and len(parts[2]) > 2 else options[1]))
    if len(parts) == 4:
        return tuple(sorted((f"{parts[0]}-{parts[1]}", f"{parts[2]}-{parts[3]}")))
    raise BilatError(f"{pair}: a pair is two ISO codes joined by '-', like BY-KZ or BY-RU-KEM")


def selected(records: list[dict], pair: str | None, indicator: str | None, show_all: bool) -> list[dict]:
    wanted = parse_pair(pair)
    out = []
    for record in records:
        if wanted and tuple(sorted(record["parties"])) != wanted:
            continue
        if indicator and record["indicator"] != indicator:
            continue
        if not show_all and record["measure"] in ("count", "rank"):
            continue
        out.append(record)
    return sorted(out, key=lambda r: (r["indicator"] or "", r["period_end"] or r["period_start"] or "~",
                                      r["published"] or ""))


def period_label(record: dict) -> str:
    """"2024", "2025–2030", "? (im letzten Jahr)" for a period the text gives without a year, or ""."""
    start, end = record["period_start"], record["period_end"]
    if start is None and end is None:
        return f"? ({record['period_text']})" if record["period_text"] else ""
    return start if start == end else f"{start or '…'}–{end or '…'}"


def show_claims(store: Store, pair: str | None, indicator: str | None, show_all: bool) -> None:
    everything = claim_records(store)                  # read once: the table and the conflicts
    records = selected(everything, pair, indicator, show_all)
    _, conflicts = consolidate(everything)
    in_conflict = {cid for c in conflicts for cid in c.claims}
    names = {e["id"]: e["name"] for e in store.iter_entities("PER")}
    table = Table(title=f"{len(records)} claims" + (f" · {pair}" if pair else ""))
    for column in ("indicator", "parties", "period", "value", "modality", "source", "date", "speaker", "!"):
        table.add_column(column, overflow="fold")
    for r in records:
        period = period_label(r)
        table.add_row(r["indicator"] or r["subject"] or "", "–".join(r["parties"]), period, describe(r), r["modality"],
                      r["source"] or "", r["published"] or "", names.get(r["speaker"], r["speaker_text"] or ""),
                      "conflict" if r["id"] in in_conflict else "")
    make_console().print(table)


def show_conflicts(store: Store) -> None:
    console = make_console(highlight=False)
    records = {r["id"]: r for r in claim_records(store)}
    _, conflicts = consolidate(list(records.values()))
    if not conflicts:
        console.print("no conflicts")
    for conflict in conflicts:
        console.print(f"[bold]{conflict.indicator.replace('_', ' ')} {'–'.join(conflict.parties)}"
                      f" {conflict.period or ''}[/bold]")
        console.print(f"  {conflict.why}", markup=False)
        for claim_id in conflict.claims:
            r = records[claim_id]
            console.print(f"  · {r['document']} [{r['start']}:{r['end']}] {r['sentence']}", markup=False)
