"""The brief as Markdown, for the terminal and for pasting into notes.

Article text is escaped so that it can neither break a table nor turn into markup.
"""
from __future__ import annotations

import re

from bilat.brief.chart import panels
from bilat.brief.data import Brief
from bilat.brief.fmt import date_label, date_span, period_label, shorten
from bilat.brief.html import NO_HINT, date_range, pair_title, role_text
from bilat.resolve.claims import describe

_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")


def md(value) -> str:
    """Untrusted text made literal in Markdown (one line, special characters escaped)."""
    text = " ".join(("" if value is None else str(value)).split())
    return _SPECIAL.sub(r"\\\1", text)


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def table(head: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    return lines + ["| " + " | ".join(row) + " |" for row in rows]


def header(brief: Brief) -> list[str]:
    span, rest = date_range(brief)
    when = f" ({md(span)}{', ' + md(rest) if rest else ''})" if brief.reports else ""
    return [f"# {md(pair_title(brief))}: bilateral brief", "",
            f"**{plural(len(brief.reports), 'report')}**{when} · "
            f"{plural(len(brief.figures), 'figure')} · {plural(len(brief.events), 'event')} · "
            f"{plural(len(brief.conflicts), 'conflict')}", "",
            f"_{md(brief.generated)}{' from ' + md(brief.store_label) if brief.store_label else ''}. "
            f"Figures are as reported, not verified; [Sn] refers to the Sources section._", ""]


def glance(brief: Brief) -> list[str]:
    from bilat.brief.glance import highlights, when
    lines = [f"- {md(name)}, {label}: **{md(describe(row))}** {md(when(row))} ({md(row['source'])}, "
             f"{md(date_label(row['published'], True))}) [S{brief.ref(row['anchor'])}]"
             f"{' **disputed**' if row['in_conflict'] else ''}"
             for name, label, row in highlights(brief.figures)]
    return ["## At a glance", "", *lines, ""] if lines else []


def figures(brief: Brief) -> list[str]:
    out = ["## Figures over time", ""]
    if not brief.figures:
        return out + ["_No amounts or percentages are claimed about this pair._", ""]
    for panel in panels(brief.figures):
        rows = sorted((p.row for p in panel.points),
                      key=lambda r: (r["period_end"] or r["period_start"] or "~", r["published"] or ""))
        out += [f"### {md(panel.title)}", ""]
        out += table(["period", "figure", "kind", "source", "speaker", "note", "ref"],
                     [[md(period_label(r)), md(describe(r)), r["modality"],
                       f"{md(r['source'])}, {md(date_label(r['published'], True))}", md(r.get("speaker_name") or ""),
                       "**conflict**" if r["in_conflict"] else "", f"[S{brief.ref(r['anchor'])}]"] for r in rows])
        out.append("")
    return out


def timeline(brief: Brief) -> list[str]:
    out = ["## Timeline", ""]
    for event in brief.events:
        when = date_span(event["date_start"], event["date_end"]) if event["date_start"] else "date not stated"
        when += " (year not stated)" if (event["date_start"] or "").startswith("--") else ""
        planned = " (planned)" if event["planned"] else ""
        place = f" in {md(event['place_name'])}" if event["place_name"] else ""
        refs = " ".join(f"[S{brief.ref(a)}]" for a in event["anchors"])
        who = ", ".join(event["participant_names"]) or "participants not named"
        out.append(f"- **{md(when)}** · {event['type']}{planned} · {md(who)}"
                   f"{place} · {len(event['reports'])} report(s) {refs}  ")
        out.append(f"  > {md(shorten(event['sentence'], 240))}")
    return out + ([""] if brief.events else ["_No events reported._", ""])


def quoted(person) -> str:
    said = f"quoted {person.quoted}\u00d7" if person.quoted else "not quoted"
    return f"{said} in {person.reports} report{'s' if person.reports != 1 else ''} about the pair"


def speakers(brief: Brief) -> list[str]:
    out = ["## Who speaks", ""]
    groups = [(f"For {name}", [p for p in brief.speakers if p.side == code])
              for code, name in zip(brief.pair, brief.names)]
    groups.append(("Other voices", [p for p in brief.speakers if p.side not in brief.pair]))
    for title, people in groups:
        if not people:
            continue
        out += [f"### {md(title)}", ""]
        for person in people:
            roles = "; ".join(md(role_text(r)) for r in person.roles) or "no role found"
            out.append(f"- **{md(person.name)}**: {roles} · {quoted(person)}")
            out += [f"  - “{md(q['text'])}” ({md(q['source'])}, {md(date_label(q['date'], True))}) "
                    f"[S{brief.ref(q['anchor'])}]" for q in person.quotes]
        out.append("")
    return out if brief.speakers else out + ["_Nobody identified._", ""]


def conflicts(brief: Brief) -> list[str]:
    out = ["## Conflicts", ""]
    for conflict in brief.conflicts:
        out += [f"### {md(conflict.indicator.replace('_', ' '))}, {md(conflict.period or 'period uncertain')}", "",
                md(conflict.why), ""]
        out += table(["", *(f"claim {i + 1}" for i in range(len(conflict.claims)))], [
            ["figure", *(md(describe(c)) for c in conflict.claims)],
            ["period", *(md(period_label(c)) for c in conflict.claims)],
            ["source", *(f"{md(c['source'])}, {md(date_label(c['published'], True))}" for c in conflict.claims)],
            ["sentence", *(f"{md(shorten(c['sentence'], 160))} [S{brief.ref(c['anchor'])}]"
                           for c in conflict.claims)]])
        hints = conflict.hints or [NO_HINT]
        out += ["", "How it might be explained:", "", *(f"- {md(h)}" for h in hints), ""]
    return out + ([] if brief.conflicts else ["_No conflicting figures._", ""])


def sources(brief: Brief) -> list[str]:
    out = ["## Sources", ""]
    for doc in brief.sources:
        out.append(f"**{md(doc.title)}** · {md(doc.agency or 'source unknown')} · {md(date_label(doc.published))}"
                   f" · {md(doc.location)}  ")
        out += [f"- S{item.number}: {md(item.text)}" for item in doc.items]
        out.append("")
    return out if brief.sources else out + ["_Nothing cited._"]


def render_markdown(brief: Brief) -> str:
    parts = [header, glance, figures, timeline, speakers, conflicts, sources]
    return "\n".join(line for part in parts for line in part(brief)).rstrip() + "\n"
