"""Conflicts between figures, and how each might be explained.

The hints are suggestions for the analyst, not verdicts: a different period, a
different indicator wording, a target read as an actual figure, or rounding.
The word lists come from ``lang/<code>/claims.json``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bilat import lang
from bilat.resolve.claims import describe

SAME_VALUE = 0.02
ROUNDING = 0.10


@dataclass
class ConflictView:
    why: str
    indicator: str
    period: str | None
    claims: list[dict]
    hints: list[str]


@lru_cache(maxsize=1)
def _claim_words() -> tuple[dict[str, list[str]], list[str]]:
    """(indicator -> stems, modality cue words other than actual) over every language."""
    stems: dict[str, list[str]] = {}
    cues: list[str] = []
    for code in lang.SUPPORTED:
        data = lang.data(code, "claims.json")
        for indicator, words in data.get("indicators", {}).items():
            stems.setdefault(indicator, []).extend(words)
        for words in data.get("modality", {}).values():
            cues.extend(words)
    return stems, cues


def _find_word(stem: str, sentence: str) -> str | None:
    match = re.search(r"(?<!\w)" + re.escape(stem) + r"\w*", sentence, re.IGNORECASE)
    return match.group(0) if match else None


def indicator_word(claim: dict) -> str | None:
    """The word in the claim's sentence that named its indicator (the longest stem that matches)."""
    stems, _ = _claim_words()
    found = [(len(stem), word) for stem in stems.get(claim["indicator"] or "", [])
             if (word := _find_word(stem, claim["sentence"]))]
    return max(found)[1] if found else None


def target_cues(sentence: str) -> list[str]:
    _, cues = _claim_words()
    return sorted({word for cue in cues if (word := _find_word(cue, sentence))}, key=str.lower)


def _value(claim: dict) -> float | None:
    return claim["value_min"] if claim["value_min"] is not None else claim["value_max"]


def _close(a: float | None, b: float | None, tolerance: float) -> bool:
    if a is None or b is None or max(abs(a), abs(b)) == 0:
        return False
    return abs(a - b) / max(abs(a), abs(b)) <= tolerance


def _who(claim: dict) -> str:
    """"the BelTA figure of 27 Feb"."""
    from bilat.brief.fmt import date_label
    return f"the {claim['source'] or 'unnamed source'} figure of {date_label(claim['published'], short=True)}"


def period_hint(a: dict, b: dict) -> str | None:
    if (a["period_start"], a["period_end"]) == (b["period_start"], b["period_end"]):
        return None
    return f"Different period: {_period_of(a)}; {_period_of(b)}."


def _period_of(claim: dict) -> str:
    from bilat.brief.fmt import period_label
    if claim["period_start"] or claim["period_end"]:
        return f"{_who(claim)} refers to {period_label(claim)}"
    wording = f" (\u201c{claim['period_text']}\u201d)" if claim["period_text"] else ""
    note = ", in a report whose year is not stated" if (claim["published"] or "").startswith("--") else ""
    return f"{_who(claim)} states no exact period{wording}{note}"


def wording_hint(a: dict, b: dict) -> str | None:
    word_a, word_b = indicator_word(a), indicator_word(b)
    if word_a and word_b and word_a.lower() != word_b.lower():
        return (f"Different indicator wording: \u201c{word_a}\u201d vs \u201c{word_b}\u201d; they may not "
                f"measure the same thing (goods only or with services, one year or several).")
    if a.get("subject") and b.get("subject") and a["subject"].lower() != b["subject"].lower():
        return f"Different subjects: \u201c{a['subject']}\u201d vs \u201c{b['subject']}\u201d."
    return None


def target_hints(claim: dict, claims: list[dict]) -> list[str]:
    """A figure that equals a target stated in the same report may be that target read as actual."""
    out = []
    for other in claims:
        if other["document"] != claim["document"] or other["id"] == claim["id"] or other["modality"] == "actual":
            continue
        if _close(_value(other), _value(claim), SAME_VALUE):
            out.append(f"A target misread as actual? The same report gives {describe(other)} as a "
                       f"{other['modality']} (for {other['period_end'] or 'an unstated year'}) "
                       f"next to {_who(claim)}.")
            break
    cues = target_cues(claim["sentence"])
    if cues:
        out.append(f"A target misread as actual? The sentence of {_who(claim)} contains target wording: "
                   + ", ".join(f"\u201c{c}\u201d" for c in cues) + ".")
    return out


def rounding_hint(a: dict, b: dict) -> str | None:
    if a["unit"] != b["unit"]:
        return f"Different units: {a['unit']} and {b['unit']}."
    if _close(_value(a), _value(b), ROUNDING):
        return (f"Different units or rounding: {describe(a)} and {describe(b)} are within "
                f"{ROUNDING:.0%} of each other.")
    return None


def explain(a: dict, b: dict, claims: list[dict]) -> list[str]:
    hints = [period_hint(a, b), wording_hint(a, b), *target_hints(a, claims), *target_hints(b, claims),
             rounding_hint(a, b)]
    return [hint for hint in hints if hint]


def conflict_views(conflicts: list, claims: list[dict], figures: list[dict], cite) -> list[ConflictView]:
    """Each conflict with its two claims (as figure rows, cited) and the hints that might explain it."""
    rows = {row["id"]: row for row in figures}
    by_id = {claim["id"]: claim for claim in claims}
    out = []
    for conflict in conflicts:
        pair = []
        for claim_id in conflict.claims:
            row = rows.get(claim_id) or {**by_id[claim_id], "in_conflict": True}
            row.setdefault("anchor", cite.cite(row["document"], row["start"], row["sentence"], row["text"]))
            pair.append(row)
        out.append(ConflictView(conflict.why, conflict.indicator, conflict.period, pair,
                                explain(pair[0], pair[1], claims)))
    return out
