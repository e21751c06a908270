"""Token-prefix trie of names with inflection-tolerant token matching.

Every name is stored as its sequence of normalised dictionary-form tokens.
A text token is mapped to the set of dictionary-form tokens it may be an
inflected form of (``Paradigms``), and the trie is walked with those sets,
so finding all names in a text costs a few dictionary look-ups per token,
independent of the number of names.
"""

from __future__ import annotations

from typing import Callable, Iterable, NamedTuple

from .inflection import Paradigms
from .text import Tokens, gap_ok, is_acronym_like, normalise, script_of, uppercase_count, word_list

CACHE_LIMIT = 200_000


class NameRef(NamedTuple):
    """One written form of a gazetteer item, as stored at a trie leaf."""

    payload: int
    lang: str
    surface: str
    first_upper: bool
    acronyms: tuple[bool, ...]
    script: str


Accept = Callable[[NameRef], bool]
Span = tuple[int, int, list[NameRef]]  # token index start, token index end (excl.), refs


class Matcher:
    def __init__(self, paradigms: Paradigms):
        self.paradigms = paradigms
        self.root: dict = {}
        self.known: set[str] = set()
        self._cache: dict[str | None, dict[str, frozenset[str]]] = {}

    # building -----------------------------------------------------------
    def add(self, surface: str, lang: str, payload: int) -> None:
        raws = word_list(surface)
        if not raws:
            return
        node = self.root
        for raw in raws:
            norm = normalise(raw)
            self.known.add(norm)
            node = node.setdefault(norm, {})
        ref = NameRef(payload, lang, surface, raws[0][0].isupper(),
                      tuple(map(is_acronym_like, raws)), script_of(surface))
        node.setdefault(None, []).append(ref)

    # token analysis -----------------------------------------------------
    def candidates(self, norm: str, lang: str | None = None) -> frozenset[str]:
        """Dictionary-form name tokens that the text token ``norm`` may stand for."""
        cache = self._cache.setdefault(lang, {})
        hit = cache.get(norm)
        if hit is not None:
            return hit
        known = self.known
        out = {norm} if norm in known else set()
        langs = (lang,) if lang in self.paradigms.rules else self.paradigms.langs
        for code in langs:
            out.update(t for t in self.paradigms.lemmas(norm, code) if t in known)
        result = frozenset(out)
        if len(cache) >= CACHE_LIMIT:
            cache.clear()
        cache[norm] = result
        return result

    # matching -------------------------------------------------------------
    def match_full(self, norms: Iterable[str], lang: str | None = None) -> list[NameRef]:
        """Names whose every token matches the given token sequence (no case rules)."""
        frontier = [self.root]
        for norm in norms:
            cands = self.candidates(norm, lang)
            frontier = [node[c] for node in frontier for c in cands if c in node]
            if not frontier:
                return []
        return [ref for node in frontier for ref in node.get(None, ())]

    def scan(self, text: str, tokens: Tokens, lang: str | None, accept: Accept) -> list[Span]:
        """Leftmost-longest, non-overlapping name matches over a token list."""
        cache = self._cache.setdefault(lang, {})
        cands = [cache[n] if n in cache else self.candidates(n, lang) for n in tokens.norm]
        root = self.root
        spans: list[Span] = []
        i, n = 0, len(cands)
        while i < n:
            if cands[i] and not root.keys().isdisjoint(cands[i]):
                found = self._longest_at(text, tokens, cands, i, accept)
                if found:
                    spans.append(found)
                    i = found[1]
                    continue
            i += 1
        return spans

    def _longest_at(self, text: str, tokens: Tokens, cands: list[frozenset[str]],
                    i: int, accept: Accept) -> Span | None:
        frontier = [self.root]
        best = None
        j, n = i, len(cands)
        while j < n:
            if j > i and not gap_ok(text, tokens.end[j - 1], tokens.start[j]):
                break
            frontier = [node[c] for node in frontier for c in cands[j] if c in node]
            if not frontier:
                break
            j += 1
            refs = [r for node in frontier for r in node.get(None, ()) if case_ok(r, tokens, i) and accept(r)]
            if refs:
                best = (i, j, refs)
        return best


def case_ok(ref: NameRef, tokens: Tokens, i: int) -> bool:
    """Capitalised names need a capital first letter; acronyms need capitals."""
    if ref.first_upper and not tokens.raw[i][0].isupper():
        return False
    for k, acronym in enumerate(ref.acronyms):
        if acronym and uppercase_count(tokens.raw[i + k]) < 2:
            return False
    return True
