"""At a glance: for each headline indicator, the latest actual figure and the furthest target."""
from __future__ import annotations

from bilat.brief.fmt import INDICATOR_NAMES, date_key, year_of

HEADLINE = ("trade_turnover", "exports", "imports", "investment")


def _year(row: dict) -> int | None:
    return year_of(row["period_end"]) or year_of(row["period_start"])


def _latest(rows: list[dict]) -> dict | None:
    """The figure for the latest year, the most recently reported one among equals."""
    dated = [r for r in rows if _year(r) is not None]
    return max(dated, key=lambda r: (_year(r), date_key(r["published"]), -r["start"]), default=None)


def highlights(figures: list[dict]) -> list[tuple[str, str, dict]]:
    """(indicator name, "latest actual" or "target", figure row) for the headline amounts."""
    out = []
    for indicator in HEADLINE:
        rows = [f for f in figures if f["indicator"] == indicator and f["measure"] == "level" and f["unit"] != "%"]
        actual = _latest([r for r in rows if r["modality"] == "actual"])
        target = _latest([r for r in rows if r["modality"] in ("target", "forecast")])
        name = INDICATOR_NAMES[indicator]
        out += [(name, label, row) for label, row in (("latest actual", actual), ("furthest target", target)) if row]
    return out


def when(row: dict) -> str:
    """"by 2030" for a target, "in 2024" or "since 2021" for an actual figure."""
    from bilat.brief.fmt import period_label
    if row["modality"] != "actual":
        return f"by {_year(row)}"
    label = period_label(row)
    return label if label.startswith("since") else f"in {label}"
