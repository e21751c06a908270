"""The Gazetteer: lookups and in-text matching over the loaded data."""

from __future__ import annotations

from .entry import GazEntry
from .inflection import Paradigms
from .loader import GazData
from .matcher import Matcher, NameRef
from .text import name_key, normalise, tokenize

KIND_PRIORITY = {"country": 0, "city": 1, "region": 2, "org": 3, "person": 4}
CROSS_LANGUAGE_TYPES = ("ORG", "PER")

Match = tuple[int, int, GazEntry]


class Gazetteer:
    def __init__(self, data: GazData):
        cfg = data.config
        self.entries: list[GazEntry] = data.entries
        self._script = {k: v for k, v in cfg["script"].items() if not k.startswith("_")}
        self._fallback = {k: tuple(v) for k, v in cfg["fallback"].items() if not k.startswith("_")}
        self._stop = {k: frozenset(v) for k, v in cfg["find_stop"].items() if not k.startswith("_")}
        self._by_id = {e.id: e for e in self.entries}
        self._by_code = self._index_codes()
        self._build_matchers(data)

    def _build_matchers(self, data: GazData) -> None:
        cfg = data.config
        min_stem = cfg.get("min_stem", 2)
        irregular = cfg.get("irregular", {})
        names_rules = Paradigms(cfg["names"], min_stem, irregular)
        adj_rules = Paradigms.merged(cfg["names"], cfg["adjectives"], min_stem=min_stem, irregular=irregular)
        self._names = Matcher(names_rules)
        self._adjs = Matcher(adj_rules)
        self._titles = Matcher(adj_rules)
        for idx, entry in enumerate(self.entries):
            for lang, names in entry.names.items():
                for name in names:
                    self._names.add(name, lang, idx)
        for idx, lang, adj in data.adjectives:
            self._adjs.add(adj, lang, idx)
        self._title_values = [title for _, _, title in data.titles]
        self._title_dicts: dict[str, dict[str, str]] = {}
        for k, (lang, surface, title) in enumerate(data.titles):
            self._titles.add(surface, lang, k)
            self._title_dicts.setdefault(lang, {})[normalise(surface)] = title

    def _index_codes(self) -> dict[str, GazEntry]:
        codes: dict[str, GazEntry] = {}
        for e in self.entries:
            if e.code:
                codes.setdefault(e.code.upper(), e)
            for alt in e.attrs.get("alt_codes", "").split("|"):
                if alt:
                    codes.setdefault(alt.upper(), e)
        return codes

    # access by key -------------------------------------------------------
    def __len__(self) -> int:
        return len(self.entries)

    def get(self, key: str) -> GazEntry | None:
        """Entry by id (``country:BY``) or by ISO code (``BY``, ``RU-KEM``, ``KZ-AST``)."""
        return self._by_id.get(key) or self._by_code.get(key.upper())

    def country(self, code: str) -> GazEntry:
        entry = self._by_code.get(code.upper())
        if entry is None or entry.kind != "country":
            raise KeyError(code)
        return entry

    def countries(self) -> list[GazEntry]:
        return [e for e in self.entries if e.kind == "country"]

    # language rules ------------------------------------------------------
    def _known_lang(self, lang: str | None) -> str | None:
        """Languages without data (e.g. ``uk``) are treated as unknown."""
        return lang if lang in self._script else None

    def _lang_ok(self, ref: NameRef, lang: str | None) -> bool:
        if lang is None or ref.lang == lang or ref.lang in self._fallback.get(lang, ()):
            return True
        entry = self.entries[ref.payload]
        return entry.type in CROSS_LANGUAGE_TYPES and ref.script == self._script.get(lang)

    def _rank(self, refs: list[NameRef], lang: str | None) -> list[GazEntry]:
        best: dict[int, tuple] = {}
        for ref in refs:
            entry = self.entries[ref.payload]
            key = (ref.lang != lang, KIND_PRIORITY[entry.kind], ref.payload)
            if ref.payload not in best or key < best[ref.payload]:
                best[ref.payload] = key
        return [self.entries[i] for i in sorted(best, key=best.__getitem__)]

    # lookups -------------------------------------------------------------
    def lookup(self, surface: str, lang: str | None = None) -> list[GazEntry]:
        """Entries named ``surface`` (normalised, inflection-tolerant), best first."""
        lang = self._known_lang(lang)
        return self._rank(self._full(self._names, surface, lang), lang)

    def adjective(self, word: str, lang: str | None = None) -> GazEntry | None:
        """Country/region of an adjective or demonym (``белорусскому`` -> Belarus)."""
        found = self.adjectives(word, lang)
        return found[0] if found else None

    def adjectives(self, word: str, lang: str | None = None) -> list[GazEntry]:
        """Like ``adjective`` but splits compounds: ``belarussisch-kasachischen`` -> [BY, KZ]."""
        lang = self._known_lang(lang)
        ranked = self._rank(self._full(self._adjs, word, lang), lang)
        if ranked:
            return ranked[:1]
        out: list[GazEntry] = []
        for part in name_key(word):
            hit = self._rank(self._full(self._adjs, part, lang), lang)
            if hit and hit[0] not in out:
                out.append(hit[0])
        return out

    def _full(self, matcher: Matcher, surface: str, lang: str | None) -> list[NameRef]:
        key = name_key(surface)
        if not key:
            return []
        refs = matcher.match_full(key, lang)
        if not refs and lang is not None:
            refs = matcher.match_full(key, None)
        allowed = [r for r in refs if matcher is self._titles or self._lang_ok(r, lang)]
        return allowed or refs

    # titles --------------------------------------------------------------
    def titles(self, lang: str) -> dict[str, str]:
        """Role titles of a language: lower-case surface -> English title."""
        return dict(self._title_dicts.get(lang, {}))

    def title(self, surface: str, lang: str | None = None) -> str | None:
        lang = self._known_lang(lang)
        refs = self._full(self._titles, surface, lang)
        if lang is not None:
            refs = [r for r in refs if r.lang == lang] or refs
        return self._title_values[refs[0].payload] if refs else None

    def find_titles(self, text: str, lang: str | None = None) -> list[tuple[int, int, str]]:
        lang = self._known_lang(lang)
        tokens = tokenize(text)
        accept = (lambda r: True) if lang is None else (lambda r: r.lang == lang)
        spans = self._titles.scan(text, tokens, lang, accept)
        return [(tokens.start[i], tokens.end[j - 1], self._title_values[refs[0].payload]) for i, j, refs in spans]

    # in-text matching ----------------------------------------------------
    def find(self, text: str, lang: str | None = None, adjectives: bool = False) -> list[Match]:
        """Non-overlapping longest gazetteer names in ``text`` as (start, end, entry).

        With ``adjectives=True`` adjective/demonym forms (``belarussischen``)
        are reported too, mapped to their country or region.
        """
        lang = self._known_lang(lang)
        tokens = tokenize(text)
        stop = self._stop_words(lang)
        accept = lambda r: self._lang_ok(r, lang)  # noqa: E731
        found = []
        for i, j, refs in self._names.scan(text, tokens, lang, accept):
            if j - i == 1 and tokens.norm[i] in stop:
                continue
            found.append((i, j, self._rank(refs, lang)[0]))
        if adjectives:
            found = self._add_adjectives(text, tokens, lang, found)
        return [(tokens.start[i], tokens.end[j - 1], entry) for i, j, entry in found]

    def _add_adjectives(self, text, tokens, lang, found):
        taken = {k for i, j, _ in found for k in range(i, j)}
        accept = lambda r: self._lang_ok(r, lang)  # noqa: E731
        for i, j, refs in self._adjs.scan(text, tokens, lang, accept):
            if not taken.intersection(range(i, j)):
                found.append((i, j, self._rank(refs, lang)[0]))
        return sorted(found, key=lambda t: t[0])

    def _stop_words(self, lang: str | None) -> frozenset[str]:
        if lang is not None:
            return self._stop.get(lang, frozenset())
        return frozenset().union(*self._stop.values())
