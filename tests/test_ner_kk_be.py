"""Kazakh and Belarusian: gazetteer and name-shape recognition, with a KazNERD quality gate."""
from __future__ import annotations

import pytest

from bilat.evaluation.ner import shared_data_dir
from bilat.ner import recognise


def test_kazakh_persons_places_and_case_endings():
    spans = recognise("Мемлекет басшысы Қасым-Жомарт Тоқаев Астанада Беларусь елшісі Игорь Петрашконы қабылдады.", "kk")
    found = {(s.type, s.normal) for s in spans}
    assert ("LOC", "Астанада") in found or any(t == "LOC" and "Астана" in n for t, n in found)
    assert any(t == "PER" and "Тоқаев" in n for t, n in found)


def test_belarusian_persons_after_titles_and_places():
    spans = recognise("Прэзідэнт Беларусі Аляксандр Лукашэнка сустрэўся ў Мінску з паслом Казахстана.", "be")
    assert any(s.type == "PER" and "Лукашэнка" in s.text for s in spans)
    assert {"Беларусі", "Мінску", "Казахстана"} <= {s.text for s in spans if s.type == "LOC"}


def test_kaznerd_quality_gate():
    if not (shared_data_dir() / "kaznerd").is_dir():
        pytest.skip("../shared/data/kaznerd not present")
    from bilat.evaluation.ner import evaluate
    result = evaluate("kaznerd")
    assert result["PER"]["f1"] >= 0.73 and result["LOC"]["f1"] >= 0.76 and result["micro"]["f1"] >= 0.68, result
