"""Quotes with speakers and claims with their fields, in German, Russian and English (texts written by us)."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from bilat.claims.periods import find_periods
from bilat.model import Context, Document
from bilat.pipeline import process
from bilat.resolve.claims import consolidate, interval
from bilat.stages.quote_marks import quote_spans

ROOT = Path(__file__).resolve().parents[1]


def run(text: str, reference: date | None = None) -> Document:
    return process(Document(id="t", source="t", raw=text), Context(reference_date=reference))


def speaker_of(doc: Document, quote) -> str | None:
    return doc.mentions[quote.speaker].normal if quote.speaker is not None else None


def test_quote_marks_multi_paragraph_and_partial():
    text = ("Er sagte: „Wir bauen ein Werk in Kostanai.\n„Das ist der zweite Absatz mit Ende“, so der Minister. "
            "Sie nannten das «рабочий визит в Минск» und „AMKODOR“ baut.")
    spans = [text[s:e] for s, e in quote_spans(text)]
    assert spans[0].startswith("Wir bauen") and spans[0].endswith("Absatz mit Ende")
    assert "рабочий визит в Минск" in spans
    assert "AMKODOR" not in spans


def test_german_quotes_explicit_anaphor_and_context():
    doc = run("MINSK, 3. März (BelTA) – Der belarussische Botschafter in Usbekistan, Igor Petraschko, sprach über "
              "die Zusammenarbeit.\n„Wir wollen die Lieferungen von Traktoren deutlich erhöhen“, sagte der Diplomat.\n"
              "„Die Regionen spielen dabei eine große Rolle. Es gibt schon drei Montagewerke.“\n"
              "„Das ist erst der Anfang“, sagte Igor Petraschko.")
    quotes = [(q.attribution, speaker_of(doc, q)) for q in doc.quotes]
    assert quotes[0] == ("anaphor", "Igor Petraschko")
    assert quotes[1][0] == "context" and quotes[1][1] == "Igor Petraschko"
    assert quotes[2][0] == "explicit" and quotes[2][1] == "Igor Petraschko"
    count = next(c for c in doc.claims if c.value_min == 3)
    assert count.measure == "count" and count.quote == 1 and count.subject == "Montagewerke"


def test_russian_quote_with_attribution_on_the_next_line_and_po_slovam():
    doc = run("МИНСК, 5 мая — Sputnik. Посол Узбекистана в Беларуси Дильшод Рахимов встретился с журналистами.\n"
              "«Товарооборот между нашими странами в 2024 году вырос на 12 процентов».\n"
              "сказал посол.\n"
              "Также, по словам посла, стороны планируют довести товарооборот до 1,5 млрд долларов к 2027 году.")
    quote = doc.quotes[0]
    assert quote.attribution == "anaphor" and speaker_of(doc, quote) == "Дильшод Рахимов"
    change = next(c for c in doc.claims if c.unit == "%")
    assert (change.measure, change.direction, change.value_min, change.period_start) == ("change", "increase", 12, "2024")
    assert change.indicator == "trade_turnover" and change.parties == ("BY", "UZ")
    target = next(c for c in doc.claims if c.unit == "USD")
    assert target.modality == "target" and target.value_min == 1.5e9 and target.period_end == "2027"
    assert doc.mentions[target.speaker].normal == "Дильшод Рахимов"


def test_english_claims_with_qualifiers_and_speaker():
    doc = run("ASTANA, March 4 (Kazinform) - Trade between Kazakhstan and Uzbekistan rose 8% last year to "
              "just over $4.4 bn, Deputy Foreign Minister Aidar Seitkali said on Tuesday. "
              "\"We aim to reach $10 bn by 2030,\" Seitkali said.", reference=date(2025, 3, 10))
    by_value = {c.value_min: c for c in doc.claims}
    assert by_value[8.0].direction == "increase" and by_value[8.0].period_start == "2024"
    assert by_value[4.4e9].qualifier == "slightly_above" and by_value[4.4e9].modality == "actual"
    assert by_value[1e10].modality == "target" and by_value[1e10].period_end == "2030"
    assert all(c.parties == ("KZ", "UZ") for c in doc.claims)
    assert doc.quotes[0].attribution == "explicit"


def test_german_target_potential_and_headline_repeat():
    doc = run("Belarus und Usbekistan wollen bis 2030 ihren Handel auf $3 Mrd. steigern\n"
              "TASCHKENT, 2. April (BelTA) – Belarus und Usbekistan wollen bis 2030 ihren Handel auf $3 Mrd. steigern. "
              "Im Jahr 2024 lag der Handelsumsatz bei etwa $1,2 Mrd. Künftig könnten es sogar $4 Mrd. sein.")
    amounts = {c.value_min: c for c in doc.claims if c.unit == "USD"}
    assert len(amounts[3e9].also_at) == 1                       # headline and lead: one claim, two spans
    assert amounts[3e9].modality == "target" and amounts[3e9].period_end == "2030"
    assert amounts[1.2e9].qualifier == "about" and amounts[1.2e9].period_start == "2024"
    assert amounts[4e9].modality == "potential"


def test_years_dates_durations_and_ages_are_not_claims():
    doc = run("MINSK, 14. Januar (BelTA) – Am 14. Januar 2025 traf der 65-jährige Minister seit 2021 zum dritten Mal "
              "in den letzten 5 Jahren seinen Kollegen um 12:30 Uhr.")
    assert doc.claims == ()


@pytest.mark.parametrize("text, language, year, expected", [
    ("im letzten Jahr", "de", 2025, ("2024", "2024")),
    ("seit 2021", "de", 2025, ("2021", "2025")),
    ("in 9 Monaten", "de", 2025, ("2025-01", "2025-09")),
    ("in den nächsten zwei Jahren", "de", 2025, ("2025", "2027")),
    ("в 2023 году", "ru", None, ("2023", "2023")),
    ("за 9 месяцев", "ru", 2024, ("2024-01", "2024-09")),
    ("к 2030 году", "ru", None, (None, "2030")),
    ("last year", "en", None, (None, None)),
    ("by 2030", "en", 2026, ("2026", "2030")),
])
def test_periods_resolve_against_the_publication_year(text, language, year, expected):
    found = find_periods(text, language, year)
    assert (found[0].start, found[0].end) == expected


def _record(**values) -> dict:
    base = {"id": "x", "document": "d", "measure": "level", "indicator": "trade_turnover", "unit": "USD",
            "parties": ["BY", "KZ"], "modality": "actual", "period_start": "2024", "period_end": "2024",
            "period_text": "2024", "qualifier": "exact", "value_min": 1e9, "value_max": 1e9, "direction": None,
            "source": "BelTA", "published": "2025-01-01"}
    return {**base, **values}


def test_consolidation_conflicts_and_corroboration():
    a = _record(id="a", document="d1", qualifier="more_than", value_min=1.5e9, value_max=None)
    b = _record(id="b", document="d2", qualifier="slightly_above", value_min=1e9, value_max=None)
    c = _record(id="c", document="d3", qualifier="about", value_min=1.05e9, value_max=1.05e9)
    d = _record(id="d", document="d4", value_min=9e8, value_max=9e8, modality="target")
    corroborated, conflicts = consolidate([a, b, c, d])
    assert {frozenset(x.claims) for x in conflicts} == {frozenset({"a", "b"}), frozenset({"a", "c"})}
    assert corroborated["b"] == ["c"] and corroborated["d"] == []
    assert "both cannot be true" in conflicts[0].why
    assert interval(b) == (1e9, 1.1e9)


def test_unknown_year_period_is_compared_with_a_caveat():
    a = _record(id="a", document="d1", qualifier="more_than", value_min=1.5e9, value_max=None,
                period_start=None, period_end=None, period_text="im letzten Jahr", period_kind="last_year")
    b = _record(id="b", document="d2", qualifier="slightly_above", value_min=1e9, value_max=None,
                period_start="2025", period_end="2025")
    _, conflicts = consolidate([a, b])
    assert len(conflicts) == 1 and "uncertain" in conflicts[0].why
    partial = {**a, "id": "c", "period_text": "in 8 Monaten", "period_kind": "months"}
    assert consolidate([partial, b])[1] == []          # part of a year is not compared with a whole year


def test_claims_gold_quality_gate():
    from bilat.evaluation.claims import evaluate
    for gold in ("eval/claims_gold_seeds.jsonl", "eval/claims_gold_samples.jsonl"):
        path = ROOT / gold
        if "seeds" in gold and not (ROOT.parent / "shared" / "seeds").is_dir():
            continue
        result = evaluate(str(path))
        floors = json.loads((ROOT / "eval" / "claims_floors.json").read_text())[Path(gold).stem]
        for field, floor in floors.items():
            assert result[field]["f1"] >= floor, (gold, field, result[field])


def test_quotes_gold_quality_gate():
    if not (ROOT.parent / "shared" / "seeds").is_dir():
        pytest.skip("../shared/seeds not present")
    from bilat.evaluation.quotes import evaluate
    result = evaluate(str(ROOT / "eval" / "quotes_gold.jsonl"))
    assert result["found"]["f1"] >= 0.97, result["errors"]
    assert result["speaker"]["f1"] >= 0.85, result["errors"]
    assert result["attribution"]["f1"] >= 0.88, result["errors"]


def test_seed_quote_speakers_and_the_seed_contradiction(tmp_path):
    seeds = ROOT.parent / "shared" / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared/seeds not present")
    from bilat.ingest import ingest
    from bilat.resolve.claims import claim_records
    from bilat.store import open_store
    with open_store(str(tmp_path / "s.db")) as store:
        ingest([str(seeds)], store, Context())
        names = {e["id"]: e["name"] for e in store.iter_entities("PER")}
        claims = claim_records(store)
        _, conflicts = consolidate(claims)
    turnover = [c for c in claims if c["indicator"] == "trade_turnover" and c["parties"] == ["BY", "KZ"]]
    exceeded = next(c for c in turnover if c["value_min"] == 1.5e9 and c["qualifier"] == "more_than")
    above = next(c for c in turnover if c["value_min"] == 1e9 and c["qualifier"] == "slightly_above")
    assert names[exceeded["speaker"]] == "Sergei Aleinik" and names[above["speaker"]] == "Alexei Bogdanov"
    assert any(set(c.claims) == {exceeded["id"], above["id"]} for c in conflicts)
