"""Claims stage: every figure (money, percentage, count) with what it is about.

Numbers come from ``bilat.claims.numbers``; indicator words, modality cues and
period phrases are data in ``lang/<code>/claims.json``. The speaker is the
quote's speaker when the figure is quoted, else the person an attribution
names ("nach Angaben des Diplomaten", "по словам посла", "Das erklärte X" in
the next sentence). A figure repeated in one report is one claim.
"""
from __future__ import annotations

import re
from functools import lru_cache

from bilat import lang
from bilat.claims.numbers import find_quantities
from bilat.claims.parties import codes_in, main_pair, parties
from bilat.claims.periods import find_periods
from bilat.model import Claim, Context, Document
from bilat.stages.quotes import sentence_speaker, speech

CLAIM_KINDS = ("money", "percent", "count")
MONEY_INDICATORS = ("trade_turnover", "exports", "imports", "investment")


@lru_cache(maxsize=None)
def words(language: str | None) -> dict:
    return lang.data_for(language, "claims.json")


def run(doc: Document, ctx: Context) -> Document:
    year = _publication_year(doc)
    pair = main_pair(doc)
    claims: list[Claim] = []
    for index, sentence in enumerate(doc.sentences):
        text = doc.text[sentence.start:sentence.end]
        language = doc.language_at(sentence.start)
        quantities = [_percent_points(q) for q in find_quantities(text, language or "en") if _is_claim(q)]
        if not quantities:
            continue
        sentence_codes = codes_in(text, language)
        for quantity in quantities:
            claim = _claim(doc, index, text, quantity, language, year, sentence_codes, pair, len(quantities) > 1)
            claims.append(_inherit_indicator(claim, claims, doc))
    return doc.evolve(claims=tuple(_merge_repeats(claims)))


def _is_claim(quantity) -> bool:
    """Money, percentages, counts, and bare amounts with a scale word ("über der Marke von 1 Mrd.")."""
    return quantity.kind in CLAIM_KINDS or (quantity.kind == "other" and bool(quantity.scale_text))


def _percent_points(quantity):
    """Percentage points and basis points are changes of a percentage: unit "%" (the contract's)."""
    if quantity.unit not in ("pp", "bp"):
        return quantity
    factor = 0.01 if quantity.unit == "bp" else 1.0
    scale = (lambda v: v * factor if v is not None else None)
    return quantity.__class__(**{**quantity.__dict__, "unit": "%", "value_min": scale(quantity.value_min),
                                 "value_max": scale(quantity.value_max), "direction": quantity.direction or "increase"})


def _inherit_indicator(claim: Claim, earlier: list[Claim], doc: Document) -> Claim:
    """An amount with no indicator word of its own ("ein Niveau von $1,5 Mrd.", "2022 lag er bei")
    continues the indicator of the amount just before it in the same paragraph."""
    if claim.indicator != "other" or not earlier:
        return claim
    previous = earlier[-1]
    same_paragraph = "\n" not in doc.text[previous.end:claim.start]
    if previous.unit == claim.unit and previous.indicator not in (None, "other") and same_paragraph:
        return Claim(**{**claim.__dict__, "indicator": previous.indicator, "subject": previous.subject})
    return claim


def _clause(text: str, quantity, language: str | None, several: bool) -> tuple[int, int]:
    """(start, end) of the clause that holds the number when a sentence has several
    ("liegen bei X und sollen auf Y ..."); the whole sentence otherwise."""
    if not several:
        return 0, len(text)
    breaks = words(language).get("clause_breaks", [])
    cuts = sorted({m.start() for b in breaks for m in re.finditer(re.escape(b), text)})
    start = max([c for c in cuts if c < quantity.start], default=0)
    end = min([c for c in cuts if c >= quantity.end], default=len(text))
    return start, end


def _shifted(quantity, offset: int):
    return quantity.__class__(**{**quantity.__dict__, "start": quantity.start + offset, "end": quantity.end + offset})


def _exceeded(quantity, clause: str, before: str, language: str | None):
    """"übersteigt $1 Mrd.", "превысил", "exceeded", "über der Marke von": an exact amount becomes a lower bound."""
    verbs = words(language).get("exceed_words", [])
    above = words(language).get("above_phrases", [])
    exceeded = any(re.search(rf"(?<!\w){v}(?!\w)", clause, re.I) for v in verbs)
    if quantity.qualifier == "exact" and (exceeded or any(re.search(rf"{p}\s*$", before, re.I) for p in above)):
        return quantity.value_min, None, "more_than"
    return quantity.value_min, quantity.value_max, quantity.qualifier


def _claim(doc, index, text, quantity, language, year, sentence_codes, pair, several=False) -> Claim:
    sentence = doc.sentences[index]
    speaker, speaker_text, quote = _speaker(doc, index, sentence.start + quantity.start, language)
    measure = _measure(quantity, text, language)
    clause_start, clause_end = _clause(text, quantity, language, several)
    clause = text[clause_start:clause_end]
    period = (_nearest_period(clause, _shifted(quantity, -clause_start), language, year)
              or _nearest_period(text, quantity, language, year))
    value_min, value_max, qualifier = _exceeded(quantity, clause, text[:quantity.start], language)
    return Claim(
        start=sentence.start + quantity.start, end=sentence.start + quantity.end,
        sentence=(sentence.start, sentence.end), measure=measure,
        indicator=None if measure == "count" else _indicator(text, quantity, language),
        subject=quantity.counted if quantity.kind == "count" else _indicator_words(text, quantity, language),
        value_min=value_min, value_max=value_max, unit=quantity.unit,
        qualifier=qualifier, direction=quantity.direction,
        period_start=period.start if period else None, period_end=period.end if period else None,
        period_text=period.text if period else None, period_kind=period.kind if period else None,
        modality=_modality(clause, language),
        parties=parties(sentence_codes, pair), speaker=speaker, speaker_text=speaker_text, quote=quote)


def _publication_year(doc: Document) -> int | None:
    match = re.match(r"(\d{4})", doc.published or "")
    return int(match.group(1)) if match else None



def _measure(quantity, text: str, language: str | None) -> str:
    if quantity.kind == "count":
        following = text[quantity.end:quantity.end + 40].split()[:2]
        if any(word.strip(",.").lower() in words(language).get("rank_words", ()) for word in following):
            return "rank"
        found = quantity.counted and _indicator_match(quantity.counted, quantity.__class__(
            **{**quantity.__dict__, "start": 0, "end": 0}), language)
        if found and found[1] in MONEY_INDICATORS:
            return "level"                                      # "eine halbe Milliarde Handelsumsatz"
        return "count"
    if quantity.direction is not None:
        return "change"
    return "level"


def _indicator_match(text: str, quantity, language: str | None):
    """(indicator, words as written) nearest to the number, or None. An amount of money or a
    percentage is about trade, exports, imports or investment when the sentence names one of them;
    production only when it names none (production is counted in units, not dollars)."""
    found = _nearest_indicator(text, quantity, language, MONEY_INDICATORS)
    return found if found is not None or quantity.kind == "count" else _nearest_indicator(text, quantity, language)


def _nearest_indicator(text: str, quantity, language: str | None, only: tuple[str, ...] | None = None):
    best = None
    for indicator, stems in words(language).get("indicators", {}).items():
        if only is not None and indicator not in only:
            continue
        for stem in stems:
            for match in re.finditer(rf"(?<!\w){re.escape(stem)}\w*", text, re.IGNORECASE):
                distance = min(abs(match.start() - quantity.start), abs(match.end() - quantity.end))
                if best is None or distance < best[0]:
                    best = (distance, indicator, match.group(0))
    return best


def _indicator(text: str, quantity, language: str | None) -> str | None:
    found = _indicator_match(text, quantity, language)
    if found is not None:
        return found[1]
    return None if quantity.kind == "count" else "other"


def _indicator_words(text: str, quantity, language: str | None) -> str | None:
    found = _indicator_match(text, quantity, language)
    return found[2] if found else None


def _modality(text: str, language: str | None) -> str:
    cues = words(language).get("modality", {})
    lowered = text.lower()

    def has(kind: str) -> bool:
        return any(re.search(rf"(?<!\w){re.escape(cue)}(?!\w)", lowered) for cue in cues.get(kind, ()))
    if has("target_strong"):
        return "target"
    if has("potential"):
        return "potential"
    if has("target"):
        return "target"
    if has("forecast"):
        return "forecast"
    return "actual"


def _nearest_period(text: str, quantity, language: str | None, year: int | None):
    periods = [p for p in find_periods(text, language or "en", year)
               if not (quantity.start <= p.offset < quantity.end)
               and not (quantity.kind == "count" and p.kind == "annual")]   # "2,000 vehicles a year" is a rate
    if not periods:
        return None
    return min(periods, key=lambda p: abs(p.offset - quantity.start))


def _speaker(doc: Document, index: int, offset: int, language: str | None):
    """(speaker mention, words naming them, quote index) for a figure at ``offset``."""
    for number, quote in enumerate(doc.quotes):
        if quote.start <= offset < quote.end:
            return quote.speaker, quote.speaker_text, number
    sentence = doc.sentences[index]
    found = sentence_speaker(doc, sentence.start, sentence.end, language)
    if found is not None:
        return found[0], found[1], None
    if index + 1 < len(doc.sentences):
        following = doc.sentences[index + 1]
        text = doc.text[following.start:following.end]
        if any(re.search(p, text) for p in speech(language).get("next_sentence", ())):
            found = sentence_speaker(doc, following.start, following.end, language)
            if found is not None:
                return found[0], found[1], None
    return None, None, None


def _merge_repeats(claims: list[Claim]) -> list[Claim]:
    """One claim per distinct statement; a repeat (headline and lead) becomes an extra span."""
    merged: dict[tuple, Claim] = {}
    for claim in claims:
        key = (claim.value_min, claim.value_max, claim.unit, claim.measure, claim.indicator, claim.subject,
               claim.period_start, claim.period_end, claim.modality, claim.parties)
        if key in merged:
            first = merged[key]
            merged[key] = first.__class__(**{**first.__dict__, "also_at": first.also_at + ((claim.start, claim.end),),
                                             "speaker": first.speaker if first.speaker is not None else claim.speaker,
                                             "speaker_text": first.speaker_text or claim.speaker_text})
        else:
            merged[key] = claim
    return list(merged.values())
