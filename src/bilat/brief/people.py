"""Who speaks for each side: officials of either party and the people quoted in reports about the pair."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from bilat.brief.fmt import date_key, shorten
from bilat.export import quote_records

MAX_QUOTES = 3


@dataclass
class RoleView:
    title: str
    of: str | None
    to: str | None
    dates: list[str] = field(default_factory=list)


@dataclass
class Speaker:
    id: str
    name: str
    side: str | None
    roles: list[RoleView]
    quoted: int
    reports: int
    quotes: list[dict]


def merged_roles(roles: list[dict]) -> list[RoleView]:
    """One entry per (title, of, to) with every date, most recent first; a title without a country is
    dropped when the same title is also known with one."""
    views: dict[tuple, RoleView] = {}
    for role in roles:
        key = (role["title"], role["of"], role["to"])
        view = views.setdefault(key, RoleView(*key))
        if role.get("date") and role["date"] not in view.dates:
            view.dates.append(role["date"])
    placed = {title for title, of, _ in views if of}
    out = [v for (title, of, _), v in views.items() if of or title not in placed]
    for view in out:
        view.dates.sort(key=date_key, reverse=True)
    return sorted(out, key=lambda v: date_key(v.dates[0] if v.dates else None), reverse=True)


def side_of(roles: list[dict], pair: tuple[str, str]) -> str | None:
    counts = Counter(role["of"] for role in roles if role["of"] in pair)
    return counts.most_common(1)[0][0] if counts else None


def _quote_row(quote: dict, doc, cite) -> dict:
    return {"text": shorten(quote["text"]), "date": doc.published, "source": doc.agency or doc.source,
            "anchor": cite.cite(doc.id, quote["start"], quote["text"])}


def speakers(store, pair: tuple[str, str], pair_docs: set[str], docs, cite) -> list[Speaker]:
    """People in reports about the pair who hold a role of either party or are quoted there."""
    quotes: dict[str, list[dict]] = {}
    for quote in quote_records(store):
        if quote["speaker"] and quote["document"] in pair_docs:
            quotes.setdefault(quote["speaker"], []).append(quote)
    out = []
    for entity in store.iter_entities("PER"):
        seen_in = set(entity["documents"]) & pair_docs
        said = quotes.get(entity["id"], [])
        side = side_of(entity["roles"], pair)
        if not seen_in or not (side or said):
            continue
        latest = sorted(said, key=lambda q: (date_key(docs.get(q["document"]).published), q["start"]), reverse=True)
        rows = [_quote_row(q, docs.get(q["document"]), cite) for q in latest[:MAX_QUOTES]]
        out.append(Speaker(entity["id"], entity["name"], side, merged_roles(entity["roles"]), len(said),
                           len(seen_in), rows))
    return sorted(out, key=lambda s: (s.side is None, s.side or "", -s.quoted, -s.reports, s.name))
