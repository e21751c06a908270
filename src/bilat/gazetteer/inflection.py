"""Inflection tolerance by ending rules (data in ``inflection.json``).

A rule says: a word whose dictionary form ends in ``e2`` may appear with
``e2`` replaced by ``e1``.  A text token is split into stem + ``e1`` for
every ending it ends in; stem + ``e2`` for every rule ``e2`` -> ``e1`` is a
possible dictionary form, kept when it is a known name token.
"""

from __future__ import annotations

from collections import defaultdict


class Paradigms:
    """Ending rules for several languages."""

    def __init__(self, table: dict[str, dict[str, list[str]]], min_stem: int = 2,
                 irregular: dict[str, dict[str, list[str]]] | None = None):
        self.min_stem = min_stem
        self.irregular: dict[str, dict[str, tuple[str, ...]]] = {}
        for lang, lemmas in (irregular or {}).items():
            if not lang.startswith("_"):
                for lemma, forms in lemmas.items():
                    for form in forms:
                        self.irregular.setdefault(lang, {}).setdefault(form, ())
                        self.irregular[lang][form] += (lemma,)
        self.rules: dict[str, dict[str, frozenset[str]]] = {}
        self.nominal: dict[str, tuple[str, ...]] = {}
        self.oblique: dict[str, tuple[str, ...]] = {}
        self.oblique_set: dict[str, frozenset[str]] = {}
        self.longest: dict[str, int] = {}
        self.sources: dict[str, dict[str, tuple[str, ...]]] = {}  # e1 -> nominative endings it may replace
        for lang, rules in table.items():
            if lang.startswith("_"):
                continue
            self.rules[lang] = {e2: frozenset(obl) for e2, obl in rules.items()}
            self.nominal[lang] = tuple(sorted(rules, key=len))
            endings = {e for obl in rules.values() for e in obl} | {""}
            self.oblique[lang] = tuple(sorted(endings, key=len))
            self.oblique_set[lang] = frozenset(endings)
            self.longest[lang] = max(map(len, endings))
            self.sources[lang] = {e1: tuple(e2 for e2, obl in rules.items() if e1 in obl)
                                  for e1 in endings}

    @property
    def langs(self) -> tuple[str, ...]:
        return tuple(self.rules)

    @classmethod
    def merged(cls, *tables: dict, min_stem: int = 2, irregular: dict | None = None) -> "Paradigms":
        """Union of several rule tables (e.g. name rules + adjective rules)."""
        merged: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for table in tables:
            for lang, rules in table.items():
                if lang.startswith("_"):
                    continue
                for e2, obl in rules.items():
                    merged[lang][e2].update(obl)
        plain = {lang: {e2: sorted(obl) for e2, obl in rules.items()} for lang, rules in merged.items()}
        return cls(plain, min_stem, irregular)

    def splits(self, token: str, lang: str) -> list[tuple[str, str]]:
        """(stem, oblique ending) pairs of a text token."""
        endings = self.oblique_set.get(lang)
        if not endings:
            return []
        longest = min(self.longest[lang], len(token) - self.min_stem)
        n = len(token)
        return [(token[: n - k], token[n - k:] if k else "") for k in range(longest + 1)
                if (token[n - k:] if k else "") in endings]

    def lemmas(self, token: str, lang: str) -> list[str]:
        """Possible dictionary forms of a text token: stem + each nominative ending."""
        out = list(self.irregular.get(lang, {}).get(token, ()))
        sources = self.sources.get(lang, {})
        for stem, e1 in self.splits(token, lang):
            out.extend(stem + e2 for e2 in sources.get(e1, ()))
        return out
