"""German NER word lists (``src/bilat/lang/de/ner_*.txt``) and gazetteer matching.

Files hold one entry per line; ``#`` starts a comment. Typed gazetteers
(``ner_locations.txt``, ``ner_organisations.txt``, ``ner_persons.txt``) may hold
multi-word names; they are matched longest-first over token sequences.

The CRF model was trained with features computed from these files: after editing
any ``ner_*.txt`` list, retrain with ``scripts/train_de_ner.py`` (about 2.5 minutes).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

LANG_DIR = Path(__file__).resolve().parent.parent / "lang" / "de"

GAZETTEER_FILES = {"LOC": "ner_locations.txt", "ORG": "ner_organisations.txt", "PER": "ner_persons.txt"}
MAX_NAME_TOKENS = 6


def read_list(name: str) -> list[str]:
    """Entries of ``src/bilat/lang/de/<name>`` (comments and blanks skipped)."""
    path = LANG_DIR / name
    if not path.exists():
        return []
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            entries.append(line)
    return entries


_NAME_TOKEN = re.compile(r"[\w.&'’]+|[^\w\s]")


def name_tokens(name: str) -> tuple[str, ...]:
    """Tokens of a gazetteer entry, splitting like the tokenizer does for names."""
    return tuple(_NAME_TOKEN.findall(name))


@dataclass(frozen=True)
class Lexicon:
    given_names: frozenset[str]
    surnames: frozenset[str]
    person_cues: frozenset[str]
    person_cue_endings: tuple[str, ...]
    location_cues: frozenset[str]
    org_words: frozenset[str]
    org_endings: tuple[str, ...]
    surname_endings: tuple[str, ...]
    names: dict  # tuple of tokens -> type (exact case)
    canonical: dict  # tuple of tokens -> the list entry it was derived from
    first_tokens: frozenset[str]

    def gazetteer_tags(self, words: list[str]) -> list[str]:
        """BIO tags from longest gazetteer matches (genitive -s tolerated at the end)."""
        tags = ["O"] * len(words)
        i = 0
        while i < len(words):
            hit = self._longest_match(words, i) if self._may_start(words[i]) else None
            if hit is None:
                i += 1
                continue
            length, label = hit
            tags[i] = "B-" + label
            for k in range(i + 1, i + length):
                tags[k] = "I-" + label
            i += length
        return tags

    def _may_start(self, word: str) -> bool:
        return word in self.first_tokens or strip_genitive(word) in self.first_tokens

    def _longest_match(self, words: list[str], i: int):
        for length in range(min(MAX_NAME_TOKENS, len(words) - i), 0, -1):
            key = tuple(words[i:i + length])
            label = self.names.get(key)
            if label is None:
                base = strip_genitive(key[-1])
                if base != key[-1]:
                    label = self.names.get(key[:-1] + (base,))
            if label is not None:
                return length, label
        return None

    def base_name(self, surface: str) -> str | None:
        """List form of ``surface`` ("Kasachstans" -> "Kasachstan",
        "Europäischen Union" -> "Europäische Union"), if the lists know it."""
        key = name_tokens(surface)
        if not key:
            return None
        for candidate in (key, key[:-1] + (strip_genitive(key[-1]),)):
            if candidate in self.canonical:
                return self.canonical[candidate]
        return None

    def label_of(self, surface: str) -> str | None:
        key = name_tokens(surface)
        label = self.names.get(key)
        if label is None and key:
            label = self.names.get(key[:-1] + (strip_genitive(key[-1]),))
        return label


def strip_genitive(word: str) -> str:
    """German genitive -s / -' removed from a capitalised name ("Kasachstans")."""
    if len(word) > 3 and word[0].isupper() and word.endswith(("s", "'", "’")) and not word.isupper():
        return word[:-1]
    return word


def surface_variants(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Inflected and re-cased forms of a gazetteer name: "Europäische Union" ->
    "Europäischen Union"/"Europäischer Union"; "UEFA" -> "Uefa"."""
    variants = [key]
    first = key[0]
    if len(key) > 1 and first[:1].isupper() and first.endswith("e") and len(first) > 4:
        variants += [(first + ending,) + key[1:] for ending in ("n", "r", "s")]
    if len(key) == 1 and first.isupper() and first.isalpha() and len(first) >= 4:
        variants.append((first.title(),))
    return variants


@lru_cache(maxsize=1)
def load() -> Lexicon:
    names: dict = {}
    canonical: dict = {}
    for label, filename in GAZETTEER_FILES.items():
        for entry in read_list(filename):
            key = name_tokens(entry)
            if key:
                for variant in surface_variants(key):
                    names.setdefault(variant, label)
                    canonical.setdefault(variant, entry)
    return Lexicon(
        given_names=frozenset(read_list("ner_given_names.txt")),
        surnames=frozenset(read_list("ner_surnames.txt")),
        person_cues=frozenset(w.lower() for w in read_list("ner_person_cues.txt")),
        person_cue_endings=tuple(w.lower() for w in read_list("ner_person_cue_endings.txt")),
        location_cues=frozenset(w.lower() for w in read_list("ner_location_cues.txt")),
        org_words=frozenset(w.lower() for w in read_list("ner_org_words.txt")),
        org_endings=tuple(w.lower() for w in read_list("ner_org_endings.txt")),
        surname_endings=tuple(sorted(read_list("ner_surname_endings.txt"), key=len, reverse=True)),
        names=names,
        canonical=canonical,
        first_tokens=frozenset(key[0] for key in names),
    )
