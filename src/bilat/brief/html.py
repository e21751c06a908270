"""The brief as one self-contained HTML page: inline CSS and SVG, no scripts, no external resources.

Every piece of article text (titles, sentences, quotes, names, sources) is
untrusted and goes through ``html.escape``; only http(s) URLs become links.
"""
from __future__ import annotations

from html import escape

from bilat.brief.chart import COLORS, CONFLICT, panel_svg, panels
from bilat.brief.data import Brief, Cited, party_name
from bilat.brief.fmt import date_key, date_label, date_span, period_label, safe_url, shorten
from bilat.brief.style import CSS
from bilat.resolve.claims import describe

DOT = "\u00b7"
NO_HINT = "No obvious explanation found; compare the sources."
DISPUTED = ' <a class="badge conflict" href="#conflicts">disputed</a>'


def e(value) -> str:
    return escape("" if value is None else str(value), quote=True)


def ref(brief: Brief, anchor: str) -> str:
    return f'<a class="ref" href="#{e(anchor)}">S{brief.ref(anchor)}</a>'


def marked(item: Cited) -> str:
    """The cited sentence, escaped, with the figures it is cited for highlighted."""
    spans = []
    for mark in item.marks:
        start = item.text.find(mark)
        if start >= 0 and all(start >= end or start + len(mark) <= begin for begin, end in spans):
            spans.append((start, start + len(mark)))
    out, last = [], 0
    for start, end in sorted(spans):
        out += [e(item.text[last:start]), f"<mark>{e(item.text[start:end])}</mark>"]
        last = end
    return "".join(out) + e(item.text[last:])


def pair_title(brief: Brief) -> str:
    return f"{brief.names[0]} \u2013 {brief.names[1]}"


def date_range(brief: Brief) -> tuple[str, str]:
    """(the range of report dates with a year, a note on reports without one)."""
    dated = sorted(d.published for d in brief.reports if d.published and not d.published.startswith("--"))
    rest = len(brief.reports) - len(dated)
    if not brief.reports:
        return "\u2014", ""
    if not dated:
        return "year not stated", ""
    if dated[0][:4] == dated[-1][:4] and len(dated[0]) == len(dated[-1]) == 10:
        span = f"{date_label(dated[0], True).rsplit(' ', 1)[0]} \u2013 {date_label(dated[-1])}"
    else:
        span = f"{date_label(dated[0])} \u2013 {date_label(dated[-1])}"
    return span, (f"{rest} more without a stated year" if rest else "")


def header(brief: Brief) -> str:
    span, rest = date_range(brief)
    facts = [("Reports", len(brief.reports), ""), ("Reported between", span, rest),
             ("Figures", len(brief.figures), "amounts and percentages"), ("Events", len(brief.events), ""),
             ("Conflicts", len(brief.conflicts), "figures that disagree")]
    cells = "".join(f'<div class="fact{" alert" if label == "Conflicts" and value else ""}'
                    f'{" text" if isinstance(value, str) else ""}"><dt>{e(label)}</dt>'
                    f'<dd>{e(value)}{f"<small>{e(note)}</small>" if note else ""}</dd></div>'
                    for label, value, note in facts)
    codes = " \u00b7 ".join(brief.pair)
    return (f'<header><p class="kicker">Bilateral brief \u00b7 {e(codes)}</p><h1>{e(pair_title(brief))}</h1>'
            f'<p class="lede">What the stored news reports say about relations between {e(brief.names[0])} and '
            f'{e(brief.names[1])}: the figures they claim, the events they report, who speaks and where '
            f'reports disagree. Every item links to the sentence it comes from.</p>'
            f'<dl class="facts">{cells}</dl>'
            f'<p class="note">{e(brief.generated)}{" from " + e(brief.store_label) if brief.store_label else ""}. '
            f'Figures are as reported, not verified.</p></header>')


def glance(brief: Brief) -> str:
    """The latest actual figure and the furthest target of each headline indicator."""
    from bilat.brief.glance import highlights, when
    items = "".join(f'<li><span class="glance-label">{e(name)}, {e(label)}</span> <strong>{e(describe(row))}</strong>'
                    f' <span class="meta">{e(when(row))} \u00b7 {e(row["source"])}, '
                    f'{e(date_label(row["published"], True))}</span> {ref(brief, row["anchor"])}'
                    f'{DISPUTED if row["in_conflict"] else ""}</li>'
                    for name, label, row in highlights(brief.figures))
    return f'<section class="glance"><h2>At a glance</h2><ul>{items}</ul></section>' if items else ""


def nav() -> str:
    links = [("figures", "Figures"), ("timeline", "Timeline"), ("speakers", "Who speaks"),
             ("conflicts", "Conflicts"), ("sources", "Sources")]
    return '<nav class="toc">' + "".join(f'<a href="#{k}">{v}</a>' for k, v in links) + "</nav>"


def legend() -> str:
    def icon(body: str) -> str:
        return f'<svg viewBox="0 0 22 22" aria-hidden="true">{body}</svg>'
    items = [
        (icon(f'<circle cx="11" cy="11" r="5.5" fill="{COLORS["actual"]}"/>'), "actual figure"),
        (icon(f'<circle cx="11" cy="11" r="5.5" fill="#fff" stroke="{COLORS["target"]}" stroke-width="2"/>'),
         "target (at its target year)"),
        (icon(f'<polygon points="11,4 18,11 11,18 4,11" fill="#fff" stroke="{COLORS["forecast"]}" '
              f'stroke-width="2"/>'), "forecast"),
        (icon(f'<rect x="6" y="6" width="10" height="10" fill="#fff" stroke="{COLORS["potential"]}" '
              f'stroke-width="2"/>'), "potential"),
        (icon(f'<line x1="11" y1="3" x2="11" y2="19" stroke="{COLORS["actual"]}" stroke-width="2"/>'
              f'<line x1="7" y1="3" x2="15" y2="3" stroke="{COLORS["actual"]}"/>'
              f'<line x1="7" y1="19" x2="15" y2="19" stroke="{COLORS["actual"]}"/>'), "range (dashed: approximate)"),
        (icon(f'<path d="M11,19V4M7,8L11,4L15,8" fill="none" stroke="{COLORS["actual"]}" stroke-width="1.8"/>'),
         "open-ended (\u201cmore than\u201d)"),
        (icon(f'<circle cx="11" cy="11" r="8" fill="none" stroke="{CONFLICT}" stroke-width="2.2"/>'
              f'<circle cx="11" cy="11" r="4" fill="{COLORS["actual"]}"/>'), "in conflict with another report"),
    ]
    return '<div class="legend">' + "".join(f"<span>{i}{e(t)}</span>" for i, t in items) + "</div>"


def figures_table(brief: Brief) -> str:
    rows = "".join(
        f"<tr><td>{e(r['indicator'] or 'other')}</td><td>{e(period_label(r))}</td><td>{e(describe(r))}</td>"
        f"<td>{e(r['modality'])}</td><td>{e(r['source'])}, {e(date_label(r['published'], True))}</td>"
        f"<td>{e(r.get('speaker_name') or '')}</td><td>{'conflict' if r['in_conflict'] else ''}</td>"
        f"<td>{ref(brief, r['anchor'])}</td></tr>" for r in brief.figures)
    head = "".join(f"<th>{h}</th>" for h in ("indicator", "period", "figure", "kind", "source", "speaker", "", ""))
    return (f'<details class="table"><summary>All {len(brief.figures)} figures as a table</summary>'
            f'<div class="scroll"><table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div></details>')


def figures_section(brief: Brief) -> str:
    charts = "".join(f'<figure class="panel"><figcaption>{e(p.title)} <small>\u00b7 {len(p.points)} '
                     f'figure{"s" if len(p.points) != 1 else ""}</small></figcaption>{panel_svg(p, brief.refs)}'
                     f'</figure>' for p in panels(brief.figures))
    body = (f'{legend()}<div class="panels">{charts}</div>{figures_table(brief)}' if charts
            else '<p class="empty">No amounts or percentages are claimed about this pair.</p>')
    return (f'<section id="figures"><h2>Figures over time</h2><p class="section-note">x: the year a figure refers '
            f'to (targets at their target year); figures with no stated period are on the right, by report date. '
            f'Hover for details; click a mark for its source sentence.</p>{body}</section>')


def event_item(brief: Brief, event: dict) -> str:
    when = e(date_span(event["date_start"], event["date_end"])) if event["date_start"] else "date not stated"
    first = min((r["published"] for r in event["reports"] if r["published"]), default=None)
    badges = f'<span class="badge">{e(event["type"])}</span>'
    if event["planned"]:
        badges += ' <span class="badge planned">planned</span>'
    place = f" \u00b7 in {e(event['place_name'])}" if event["place_name"] else ""
    sources = " ".join(ref(brief, a) for a in event["anchors"])
    count = len(event["reports"])
    return (f'<li><div class="when">{when}<small>reported {e(date_label(first, True)) if first else "?"}</small></div>'
            f'<div>{badges}<div class="who">{e(", ".join(event["participant_names"]) or "participants not named")}'
            f'{place}</div><div class="meta">{count} report{"s" if count != 1 else ""} \u00b7 '
            f'{e(", ".join(sorted({r["source"] or "?" for r in event["reports"]})))} {sources}</div>'
            f'<blockquote>{e(shorten(event["sentence"], 320))}</blockquote></div></li>')


def timeline_groups(events: list[dict]) -> list[tuple[str, list[dict]]]:
    """Events (already in timeline order) under "Dated", "Year not stated" and "Date not stated"."""
    titles = {2: "Dated", 1: "Year not stated", 0: "Date not stated"}
    groups: dict[int, list[dict]] = {}
    for event in events:
        groups.setdefault(date_key(event["date_start"])[0], []).append(event)
    return [(titles[rank], groups[rank]) for rank in (2, 1, 0) if rank in groups]


def timeline_section(brief: Brief) -> str:
    body = "".join(f'<h3 class="group">{title} <small>({len(group)})</small></h3><ol class="timeline">'
                   f'{"".join(event_item(brief, ev) for ev in group)}</ol>'
                   for title, group in timeline_groups(brief.events))
    body = body or '<p class="empty">No events reported.</p>'
    return (f'<section id="timeline"><h2>Timeline</h2><p class="section-note">Meetings, visits, agreements and '
            f'statements, one entry per event however many reports mention it.</p>{body}</section>')


def role_text(role) -> str:
    """"ambassador of Belarus to Kazakhstan · 14 Jan, 5 Mar 2025"."""
    text = role.title + (f" of {party_name(role.of)}" if role.of else "")
    text += f" to {party_name(role.to)}" if role.to else ""
    return text + (f" {DOT} " + ", ".join(date_label(d, True) for d in role.dates) if role.dates else "")


def person_card(brief: Brief, person) -> str:
    roles = "".join(f"<li>{e(role_text(r))}</li>" for r in person.roles)
    quotes = "".join(f'<blockquote>\u201c{e(q["text"])}\u201d <span class="meta">\u2014 {e(q["source"])}, '
                     f'{e(date_label(q["date"], True))}</span> {ref(brief, q["anchor"])}</blockquote>'
                     for q in person.quotes)
    times = f"quoted {person.quoted} time{'s' if person.quoted != 1 else ''}" if person.quoted else "not quoted"
    return (f'<div class="person"><h3>{e(person.name)}</h3><ul>{roles}</ul><div class="meta">{times} \u00b7 '
            f'in {person.reports} report{"s" if person.reports != 1 else ""} about the pair</div>{quotes}</div>')


def speakers_section(brief: Brief) -> str:
    columns = []
    for code, name in zip(brief.pair, brief.names):
        people = [p for p in brief.speakers if p.side == code]
        cards = "".join(person_card(brief, p) for p in people) or '<p class="empty">Nobody identified.</p>'
        columns.append(f'<div><h3 class="group">For {e(name)}</h3>{cards}</div>')
    others = [p for p in brief.speakers if p.side not in brief.pair]
    if others:
        columns.append('<div><h3 class="group">Other voices</h3>'
                       + "".join(person_card(brief, p) for p in others) + "</div>")
    return (f'<section id="speakers"><h2>Who speaks</h2><p class="section-note">Office holders of either side and '
            f'people quoted in reports about the pair, with their most recent quotes.</p>'
            f'<div class="sides">{"".join(columns)}</div></section>')


def claim_box(brief: Brief, row: dict) -> str:
    speaker = f" \u00b7 stated by {e(row['speaker_name'])}" if row.get("speaker_name") else ""
    return (f'<div class="claim"><div class="figure">{e(describe(row))}</div>'
            f'<div class="meta">period: {e(period_label(row))} \u00b7 {e(row["modality"])}</div>'
            f'<div class="meta">{e(row["source"])}, {e(date_label(row["published"]))}{speaker} '
            f'{ref(brief, row["anchor"])}</div><blockquote>{e(shorten(row["sentence"], 360))}</blockquote></div>')


def conflicts_section(brief: Brief) -> str:
    cards = []
    for conflict in brief.conflicts:
        hints = "".join(f"<li>{e(h)}</li>" for h in conflict.hints or [NO_HINT])
        title = f"{conflict.indicator.replace('_', ' ')} \u00b7 {conflict.period or 'period uncertain'}"
        cards.append(f'<article class="conflict-card"><h3><span class="badge conflict">conflict</span> '
                     f'{e(title)}</h3><p class="why">{e(conflict.why)}</p><div class="versus">'
                     f'{"".join(claim_box(brief, c) for c in conflict.claims)}</div>'
                     f'<h3 class="hints-title">How it might be explained</h3><ul class="hints">{hints}</ul>'
                     f'</article>')
    body = "".join(cards) or '<p class="empty">No conflicting figures.</p>'
    return f'<section id="conflicts"><h2>Conflicts</h2>{body}</section>'


def source_item(item: Cited) -> str:
    return f'<li id="{e(item.anchor)}"><span class="num">S{item.number}</span><span>{marked(item)}</span></li>'


def sources_section(brief: Brief) -> str:
    docs = []
    for doc in brief.sources:
        url = safe_url(doc.location)
        where = f'<a href="{e(url)}" rel="noopener noreferrer">{e(url)}</a>' if url else e(doc.location)
        docs.append(f'<li class="source-doc"><div class="title{" untitled" if doc.untitled else ""}">{e(doc.title)}'
                    f'</div><div class="meta">{e(doc.agency or "source unknown")} \u00b7 '
                    f'{e(date_label(doc.published))}</div><div class="location">{where}</div>'
                    f'<ol class="cited">{"".join(source_item(i) for i in doc.items)}</ol></li>')
    body = f'<ol class="sources">{"".join(docs)}</ol>' if docs else '<p class="empty">Nothing cited.</p>'
    return (f'<section id="sources"><h2>Sources</h2><p class="section-note">Each sentence the brief cites, as '
            f'published, grouped by report; highlighted: the figure it is cited for.</p>{body}</section>')


def render_html(brief: Brief) -> str:
    """The whole page."""
    return ("<!DOCTYPE html>\n"
            f'<html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta name="generator" content="bilat">'
            f"<title>{e(pair_title(brief))} \u00b7 bilateral brief</title><style>{CSS}</style></head>"
            f"<body><main>{header(brief)}{nav()}{glance(brief)}{figures_section(brief)}{timeline_section(brief)}"
            f"{speakers_section(brief)}{conflicts_section(brief)}{sources_section(brief)}"
            f'<footer>{e(brief.generated)}. bilat extracts figures, events and quotes automatically; '
            f'check the cited sentences before relying on them.</footer></main></body></html>\n')
