"""Entity resolution across documents, languages and scripts.

Places and organisations the gazetteer knows are one entity per gazetteer id;
others one per type and spelling key. People are first grouped inside each
document (a surname alone joins the full name it abbreviates), then across
documents when surnames match (typos allowed), given names agree and their
roles do not contradict each other (namesakes with different posts stay apart).
"""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field

from bilat.model import Document, Mention
from bilat.resolve.names import compatible_given, english_name, given_key, same_surname, skeleton, surname_key
from bilat.stages.entities import gazetteer

NAME_LANGUAGE_PREFERENCE = ("ru", "en", "be", "kk", "de")


@dataclass
class Entity:
    id: str
    type: str
    name: str
    names: dict[str, str]
    aliases: list[str]
    code: str | None
    roles: list[dict]
    documents: list[str]


@dataclass(frozen=True)
class MentionLink:
    entity: str
    document: str
    start: int
    end: int
    text: str


@dataclass
class _Group:
    """Mentions taken to be one entity, while resolution is under way."""

    type: str
    ref: str | None = None
    key: str = ""
    members: list[tuple[Document, Mention]] = field(default_factory=list)
    roles: list[dict] = field(default_factory=list)

    def full_names(self) -> list[tuple[str, str | None]]:
        return [(m.normal, m.language) for _, m in self.members if len(m.normal.split()) > 1]

    def surname(self) -> str:
        names = self.full_names() or [(m.normal, m.language) for _, m in self.members]
        return surname_key(*names[0])

    def given(self) -> str:
        full = self.full_names()
        return given_key(*full[0]) if full else ""


def resolve(documents: list[Document]) -> tuple[list[Entity], list[MentionLink]]:
    """Entities and the links from every mention to its entity."""
    groups: dict[str, _Group] = {}
    people: list[_Group] = []
    for doc in documents:
        if doc.duplicate_of:
            continue
        for mention in doc.mentions:
            if mention.type != "PER":
                key = f"{mention.type}:{mention.ref or skeleton(mention.normal, mention.language)}"
                groups.setdefault(key, _Group(mention.type, mention.ref, key)).members.append((doc, mention))
        people.extend(_people_in(doc))
    for person in _merge_people(people):
        groups[f"PER:{person.ref or skeleton(_canonical_person(person))}:{id(person)}"] = person
    entities, links, used_ids = [], [], Counter()
    for group in groups.values():
        entity = _entity(group)
        used_ids[entity.id] += 1
        if used_ids[entity.id] > 1:   # a namesake: same name, different person
            entity.id = f"{entity.id}-{used_ids[entity.id]}"
        entities.append(entity)
        links.extend(MentionLink(entity.id, doc.id, m.start, m.end, m.text) for doc, m in group.members)
    return sorted(entities, key=lambda e: (e.type, e.name)), links


def _people_in(doc: Document) -> list[_Group]:
    """People of one document: full names first, then surnames alone joined to them."""
    local: list[_Group] = []
    persons = [(i, m) for i, m in enumerate(doc.mentions) if m.type == "PER"]
    ordered = sorted(persons, key=lambda pair: len(pair[1].normal.split()) < 2)
    for index, mention in ordered:
        target = next((g for g in local if _same_person(g, mention)), None)
        if target is None:
            target = _Group("PER", mention.ref)
            local.append(target)
        target.ref = target.ref or mention.ref
        target.members.append((doc, mention))
        target.roles.extend({"title": r.title, "of": r.of, "to": r.to, "document": doc.id, "date": doc.published}
                            for r in doc.roles if r.mention == index)
    return local


def _same_person(group: _Group, mention: Mention) -> bool:
    if group.ref and mention.ref:
        return group.ref == mention.ref
    if not same_surname(group.surname(), surname_key(mention.normal, mention.language)):
        return False
    return compatible_given(group.given(), given_key(mention.normal, mention.language))


def _merge_people(people: list[_Group]) -> list[_Group]:
    merged: list[_Group] = []
    full_first = sorted(people, key=lambda g: not g.full_names())
    for person in full_first:
        candidates = [g for g in merged if _may_merge(g, person)]
        if person.full_names() and candidates:
            _absorb(candidates[0], person)
        elif not person.full_names() and len(candidates) == 1:
            _absorb(candidates[0], person)
        else:
            merged.append(person)
    return merged


def _may_merge(a: _Group, b: _Group) -> bool:
    if a.ref and b.ref:
        return a.ref == b.ref
    if not same_surname(a.surname(), b.surname()) or not compatible_given(a.given(), b.given()):
        return False
    return not _roles_conflict(a.roles, b.roles)


def _roles_conflict(a: list[dict], b: list[dict]) -> bool:
    """Both have posts and no country in common: namesakes, not one person."""
    countries_a = {r[k] for r in a for k in ("of", "to") if r[k]}
    countries_b = {r[k] for r in b for k in ("of", "to") if r[k]}
    return bool(countries_a and countries_b and not countries_a & countries_b)


def _absorb(into: _Group, other: _Group) -> None:
    into.ref = into.ref or other.ref
    into.members.extend(other.members)
    into.roles.extend(other.roles)


def _canonical_person(group: _Group) -> str:
    gaz = gazetteer()
    if group.ref and gaz is not None and gaz.get(group.ref) is not None:
        return gaz.get(group.ref).name
    names = group.full_names() or [(m.normal, m.language) for _, m in group.members]
    for language in NAME_LANGUAGE_PREFERENCE:
        written = [n for n, lang in names if lang == language]
        if written:
            return english_name(Counter(written).most_common(1)[0][0], language)
    name, language = Counter(names).most_common(1)[0][0]
    return english_name(name, language)


def _entity(group: _Group) -> Entity:
    gaz = gazetteer()
    entry = gaz.get(group.ref) if gaz is not None and group.ref else None
    if group.type == "PER":
        name = _canonical_person(group)
    elif entry is not None:
        name = entry.name
    else:
        normal, language = Counter((m.normal, m.language) for _, m in group.members).most_common(1)[0][0]
        name = english_name(normal, language)
    by_language: dict[str, Counter] = {}
    for _, mention in group.members:
        weight = 100 if len(mention.normal.split()) > 1 else 1   # a full name over a surname alone
        by_language.setdefault(mention.language or "und", Counter())[mention.normal] += weight
    names = {language: counts.most_common(1)[0][0] for language, counts in sorted(by_language.items())}
    aliases = sorted({m.normal for _, m in group.members} - set(names.values()) - {name})
    natural_key = f"{group.type}:{group.ref or skeleton(name)}"
    roles = _unique_roles(group.roles)
    return Entity(id="ent-" + hashlib.sha1(natural_key.encode("utf-8")).hexdigest()[:16], type=group.type, name=name,
                  names=names, aliases=aliases, code=entry.code if entry is not None and entry.kind in ("country", "region") else None,
                  roles=roles, documents=sorted({doc.id for doc, _ in group.members}))


def _unique_roles(roles: list[dict]) -> list[dict]:
    """Each role once per document; a vaguer copy ("president" beside "president of BY") is dropped."""
    seen, out = set(), []
    for role in sorted(roles, key=lambda r: (r["date"] or "", r["title"], r["of"] is None, r["to"] is None)):
        key = (role["title"], role["of"], role["to"], role["document"])
        vaguer = any(r["title"] == role["title"] and r["document"] == role["document"]
                     and (role["of"] is None or r["of"] == role["of"]) and (role["to"] is None or r["to"] == role["to"])
                     for r in out)
        if key not in seen and not vaguer:
            seen.add(key)
            out.append(role)
    return out
