"""Belarusian: gazetteer and name-shape recogniser (no trained model yet)."""
from bilat.ner.base import EntitySpan
from bilat.ner.shape import recognise_with_shapes


def recognise(text: str) -> list[EntitySpan]:
    return recognise_with_shapes(text, "be")
