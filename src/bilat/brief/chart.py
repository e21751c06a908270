"""Inline SVG panels of claimed figures over time: one panel per indicator, measure and unit.

x is the year the figure refers to (end of its period, else its start); figures
with no period sit in a "period not stated" strip on the right, ordered by report
date. Actual figures are filled dots, targets/forecasts/potentials open markers;
a vertical bar is the stated range, an arrow an open end ("more than"), a red ring
a figure in conflict. Every mark links to its sentence in the Sources section.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape

from bilat.brief.fmt import date_label, indicator_title, period_label, tick_label, year_of
from bilat.resolve.claims import describe

W, H = 600, 270
LEFT, RIGHT, TOP, BOTTOM = 58, 592, 40, 216
STRIP, GAP = 124, 18
COLORS = {"actual": "#1d4e89", "target": "#b45309", "forecast": "#7c3aed", "potential": "#0f766e"}
CONFLICT = "#c62828"
ARROW = 18
SPREAD = 13


@dataclass
class Point:
    row: dict
    year: int | None
    since: bool
    y: float
    low: float | None
    high: float | None
    up: bool
    down: bool
    approx: bool
    x: float = 0.0
    labelled: bool = False


@dataclass
class Panel:
    title: str
    unit: str
    points: list[Point]


def point(row: dict) -> Point:
    """Where a figure goes: its value, the range bar and the open end, sign-flipped for a decrease."""
    low, high = row["value_min"], row["value_max"]
    up, down = high is None, low is None
    y = low if high is None else high if low is None else (low + high) / 2
    approx = row["qualifier"] in ("about", "slightly_above")
    if row["qualifier"] == "about" and low is not None and low == high:
        low, high = low * 0.9, high * 1.1
    elif row["qualifier"] == "slightly_above" and low is not None:
        high, up = low * 1.1, False
    if row["measure"] == "change" and row["direction"] == "decrease":
        y, low, high, up, down = -y, _neg(high), _neg(low), down, up
    year = year_of(row["period_end"]) or year_of(row["period_start"])
    since = bool(year_of(row["period_start"]) and not row["period_end"])
    return Point(row, year, since, y, None if low == high else low, None if low == high else high, up, down, approx)


def _neg(value: float | None) -> float | None:
    return None if value is None else -value


def panels(figures: list[dict]) -> list[Panel]:
    """Figures grouped by (indicator, measure, unit); the headline indicators first, "other" last."""
    from bilat.brief.fmt import INDICATOR_NAMES
    order = list(INDICATOR_NAMES)
    groups: dict[tuple, list[Point]] = {}
    for row in figures:
        key = (row["indicator"] or "other", row["measure"], row["unit"])
        groups.setdefault(key, []).append(point(row))
    keys = sorted(groups, key=lambda k: (order.index(k[0]) if k[0] in order else len(order), k[1] != "level", k[2]))
    return [Panel(indicator_title(*key), key[2], groups[key]) for key in keys]


def nice_ticks(low: float, high: float, count: int = 4) -> list[float]:
    """Round tick values covering [low, high]."""
    if high <= low:
        high = low + 1
    raw = (high - low) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    first = math.floor(low / step) * step
    ticks = []
    value = first
    while value < high + step * 0.999:
        ticks.append(round(value, 10))
        value += step
    return ticks


class Layout:
    """Pixel positions for one panel."""

    def __init__(self, panel: Panel):
        values = [0.0]
        for p in panel.points:
            values += [v for v in (p.y, p.low, p.high) if v is not None]
        span = (max(values) - min(values)) or abs(max(values)) or 1.0
        headroom = 0.16 * span if any(p.up for p in panel.points) else 0.04 * span
        footroom = 0.16 * span if any(p.down for p in panel.points) else 0.0
        self.ticks = nice_ticks(min(values) - footroom, max(values) + headroom)
        self.y0, self.y1 = self.ticks[0], self.ticks[-1]
        self.known = [p for p in panel.points if p.year is not None]
        self.unknown = [p for p in panel.points if p.year is None]
        self.main_right = RIGHT - STRIP - GAP if self.unknown else RIGHT
        self.strip_left = self.main_right + GAP if self.known else LEFT
        years = [p.year for p in self.known] or [0]
        self.first, self.last = min(years), max(years)

    def y(self, value: float) -> float:
        return BOTTOM - (value - self.y0) / (self.y1 - self.y0) * (BOTTOM - TOP)

    def year_x(self, year: float) -> float:
        return LEFT + (year - self.first + 0.5) / (self.last - self.first + 1) * (self.main_right - LEFT)

    def place(self) -> None:
        """x of every point: spread side by side within a year; evenly across the strip."""
        by_year: dict[int, list[Point]] = {}
        for p in sorted(self.known, key=lambda p: (p.row["modality"] != "actual", p.y)):
            by_year.setdefault(p.year, []).append(p)
        band = (self.main_right - LEFT) / (self.last - self.first + 1)
        for year, group in by_year.items():
            step = min(SPREAD, band * 0.8 / max(len(group), 1))
            for i, p in enumerate(group):
                p.x = self.year_x(year) + (i - (len(group) - 1) / 2) * step
                p.labelled = len(group) == 1 and band >= 60
        from bilat.brief.fmt import date_key
        self.unknown.sort(key=lambda p: (date_key(p.row["published"]), p.row["document"], p.row["start"]))
        width = RIGHT - self.strip_left
        for i, p in enumerate(self.unknown):
            p.x = self.strip_left + (i + 0.5) * width / len(self.unknown)
            p.labelled = False


def tooltip(p: Point, ref: dict[str, int]) -> str:
    row = p.row
    parts = [f"{describe(row)} ({row['modality']})", f"period: {period_label(row)}",
             f"{row['source'] or 'source unknown'}, {date_label(row['published'])}"]
    if row.get("speaker_name"):
        parts.append(f"stated by {row['speaker_name']}")
    if row.get("in_conflict"):
        parts.append("conflicts with another report")
    if row.get("corroborations"):
        parts.append(f"corroborated by {row['corroborations']} other report(s)")
    parts.append(f"source S{ref.get(row['anchor'], '?')}")
    return " \u00b7 ".join(parts)


def marker(p: Point, y: float) -> str:
    color = COLORS.get(p.row["modality"], COLORS["actual"])
    x = f"{p.x:.1f}"
    if p.row["modality"] == "actual":
        return (f'<circle class="mark actual" cx="{x}" cy="{y:.1f}" r="5.5" fill="{color}" stroke="#fff" '
                f'stroke-width="1.5"/>')
    if p.row["modality"] == "forecast":
        pts = f"{p.x:.1f},{y - 7:.1f} {p.x + 7:.1f},{y:.1f} {p.x:.1f},{y + 7:.1f} {p.x - 7:.1f},{y:.1f}"
        return f'<polygon class="mark forecast" points="{pts}" fill="#fff" stroke="{color}" stroke-width="2"/>'
    if p.row["modality"] == "potential":
        return (f'<rect class="mark potential" x="{p.x - 5:.1f}" y="{y - 5:.1f}" width="10" height="10" '
                f'fill="#fff" stroke="{color}" stroke-width="2"/>')
    return f'<circle class="mark target" cx="{x}" cy="{y:.1f}" r="5.5" fill="#fff" stroke="{color}" stroke-width="2"/>'


def point_svg(p: Point, layout: Layout, ref: dict[str, int]) -> str:
    color = COLORS.get(p.row["modality"], COLORS["actual"])
    y = layout.y(p.y)
    dash = ' stroke-dasharray="3 2"' if p.approx else ""
    out = [f'<a href="#{escape(p.row["anchor"])}" class="pt">', f"<title>{escape(tooltip(p, ref))}</title>"]
    if p.low is not None and p.high is not None:
        top, bottom = layout.y(p.high), layout.y(p.low)
        out.append(f'<line x1="{p.x:.1f}" y1="{top:.1f}" x2="{p.x:.1f}" y2="{bottom:.1f}" stroke="{color}" '
                   f'stroke-width="2"{dash}/>')
        out += [f'<line x1="{p.x - 4:.1f}" y1="{v:.1f}" x2="{p.x + 4:.1f}" y2="{v:.1f}" stroke="{color}" '
                f'stroke-width="1.5"/>' for v in (top, bottom)]
    for sign, wanted in ((-1, p.up), (1, p.down)):
        if wanted:
            tip = y + sign * ARROW
            out.append(f'<path class="open-end" d="M{p.x:.1f},{y:.1f}V{tip:.1f}M{p.x - 4:.1f},{tip - sign * 5:.1f}'
                       f'L{p.x:.1f},{tip:.1f}L{p.x + 4:.1f},{tip - sign * 5:.1f}" fill="none" stroke="{color}" '
                       f'stroke-width="1.8"/>')
    if p.since:
        out.append(f'<line x1="{p.x:.1f}" y1="{y:.1f}" x2="{p.x + 22:.1f}" y2="{y:.1f}" stroke="{color}" '
                   f'stroke-width="1.5" stroke-dasharray="2 2"/>')
    if p.row.get("in_conflict"):
        out.append(f'<circle class="conflict-ring" cx="{p.x:.1f}" cy="{y:.1f}" r="10" fill="none" '
                   f'stroke="{CONFLICT}" stroke-width="2.2"/>')
    out.append(marker(p, y))
    if p.labelled:
        out.append(f'<text x="{p.x + 13:.1f}" y="{y + 4:.1f}" class="val">{escape(_short(p))}</text>')
    out.append(f'<circle cx="{p.x:.1f}" cy="{y:.1f}" r="12" fill="transparent"/></a>')
    return "".join(out)


def _short(p: Point) -> str:
    prefix = {"more_than": ">", "at_least": "\u2265", "less_than": "<", "at_most": "\u2264", "about": "\u2248",
              "slightly_above": ">"}.get(p.row["qualifier"], "")
    value = p.row["value_min"] if p.row["value_min"] is not None else p.row["value_max"]
    sign = "\u2212" if p.y < 0 else ""
    return f"{prefix}{sign}{tick_label(value, p.row['unit'])}"


def axes_svg(layout: Layout, panel: Panel) -> str:
    out = []
    for tick in layout.ticks:
        y = layout.y(tick)
        stroke = "#9ca3af" if tick == 0 else "#e5e7eb"
        out.append(f'<line x1="{LEFT}" y1="{y:.1f}" x2="{RIGHT}" y2="{y:.1f}" stroke="{stroke}" stroke-width="1"/>')
        out.append(f'<text x="{LEFT - 8}" y="{y + 4:.1f}" text-anchor="end" class="tick">'
                   f'{escape(tick_label(tick, panel.unit))}</text>')
    if layout.known:
        step = 1 if layout.last - layout.first <= 8 else 2 if layout.last - layout.first <= 16 else 5
        for year in range(layout.last, layout.first - 1, -step):
            out.append(f'<text x="{layout.year_x(year):.1f}" y="{BOTTOM + 18}" text-anchor="middle" '
                       f'class="tick">{year}</text>')
    return "".join(out)


def strip_svg(layout: Layout) -> str:
    if not layout.unknown:
        return ""
    left = layout.strip_left
    middle = (left + RIGHT) / 2
    out = [f'<rect x="{left - 6:.1f}" y="2" width="{RIGHT - left + 10:.1f}" height="{BOTTOM + 2}" class="strip"/>',
           f'<text x="{middle:.1f}" y="15" text-anchor="middle" class="strip-label">period not stated</text>',
           f'<text x="{middle:.1f}" y="28" text-anchor="middle" class="tick small">by report date</text>']
    if len(layout.unknown) <= 7:
        for p in layout.unknown:
            out.append(f'<text x="{p.x:.1f}" y="{BOTTOM + 16}" text-anchor="end" class="tick small" '
                       f'transform="rotate(-40 {p.x:.1f} {BOTTOM + 16})">'
                       f'{escape(date_label(p.row["published"], short=True))}</text>')
    return "".join(out)


def panel_svg(panel: Panel, ref: dict[str, int]) -> str:
    """One self-contained <svg> (viewBox, width 100%) for ``panel``."""
    layout = Layout(panel)
    layout.place()
    label = escape(f"{panel.title}: {len(panel.points)} figures")
    points = sorted(panel.points, key=lambda p: p.row.get("in_conflict", False))
    return (f'<svg class="chart" viewBox="0 0 {W} {H}" width="100%" role="img" aria-label="{label}" '
            f'xmlns="http://www.w3.org/2000/svg" preserveAspectRatio="xMidYMid meet">'
            f'{strip_svg(layout)}{axes_svg(layout, panel)}'
            f'{"".join(point_svg(p, layout, ref) for p in points)}</svg>')
