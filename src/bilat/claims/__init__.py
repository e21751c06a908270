"""Quantitative claims in news text: number expressions first (``bilat.claims.numbers``)."""
