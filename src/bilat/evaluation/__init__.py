"""Evaluation against gold data sets read in place from ../shared/data."""
