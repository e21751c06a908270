"""German NER gold sets read in place from ../shared/data (never copied).

* ``germeval`` - GermEval 2014 (NoSta-D) test split, CC BY 4.0
  (Benikova, Biemann & Reznicek, LREC 2014).
* ``europarl`` - German Europarl NER test split, research use
  (Faruqui & Padó, KONVENS 2010).

Each sentence becomes one :class:`GoldDoc` whose text is its tokens joined by
single spaces. Only the outer PER/LOC/ORG layer is kept: ``*deriv`` and
``*part`` tags count as O, OTH/MISC are dropped.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from bilat.evaluation.ner import GoldDoc, shared_data_dir

KEPT_TYPES = ("PER", "LOC", "ORG")

Sentence = tuple[list[str], list[str]]  # tokens, BIO tags over KEPT_TYPES


def _germeval_tag(raw: str) -> str:
    """Outer GermEval tag to BIO over PER/LOC/ORG (deriv/part/OTH -> O)."""
    if raw == "O" or "-" not in raw:
        return "O"
    prefix, label = raw.split("-", 1)
    return f"{prefix}-{label}" if label in KEPT_TYPES else "O"


def read_germeval(path: Path) -> Iterator[Sentence]:
    """Sentences of a GermEval 2014 TSV file (comment lines skipped)."""
    tokens: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            if not line.strip():
                if tokens:
                    yield tokens, iob1_to_bio(tags)
                tokens, tags = [], []
                continue
            cols = line.split("\t")
            tokens.append(cols[1])
            tags.append(_germeval_tag(cols[2]))
    if tokens:
        yield tokens, iob1_to_bio(tags)


def iob1_to_bio(tags: list[str]) -> list[str]:
    """Convert IOB1 (I- opens an entity unless it continues one) to BIO."""
    out: list[str] = []
    previous = "O"
    for tag in tags:
        if tag == "O":
            out.append("O")
        else:
            prefix, label = tag.split("-", 1)
            starts = prefix == "B" or previous == "O" or previous[2:] != label
            out.append(("B-" if starts else "I-") + label)
        previous = out[-1]
    return out


def read_europarl(path: Path) -> Iterator[Sentence]:
    """Sentences of a Europarl NER file (token, lemma, POS, chunk, IOB1 tag)."""
    tokens: list[str] = []
    raw: list[str] = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 5:
                if tokens:
                    yield tokens, _keep_types(iob1_to_bio(raw))
                tokens, raw = [], []
                continue
            tokens.append(cols[0])
            raw.append(cols[4])
    if tokens:
        yield tokens, _keep_types(iob1_to_bio(raw))


def _keep_types(tags: list[str]) -> list[str]:
    return [t if t == "O" or t[2:] in KEPT_TYPES else "O" for t in tags]


def sentence_to_doc(tokens: list[str], tags: list[str]) -> GoldDoc:
    """Join tokens with single spaces; entity spans become character offsets."""
    starts, pos = [], 0
    for token in tokens:
        starts.append(pos)
        pos += len(token) + 1
    text = " ".join(tokens)
    spans = []
    for i, tag in enumerate(tags):
        if not tag.startswith("B-"):
            continue
        j = i + 1
        while j < len(tags) and tags[j] == "I-" + tag[2:]:
            j += 1
        spans.append((starts[i], starts[j - 1] + len(tokens[j - 1]), tag[2:]))
    return GoldDoc(text=text, spans=tuple(spans))


def germeval_path(split: str) -> Path:
    return shared_data_dir() / "germeval2014-ner" / f"NER-de-{split}.tsv"


def europarl_path(split: str) -> Path:
    return shared_data_dir() / "europarl-ner-de" / f"{split}.tsv"


def load_germeval_test() -> Iterator[GoldDoc]:
    for tokens, tags in read_germeval(germeval_path("test")):
        yield sentence_to_doc(tokens, tags)


def load_europarl_test() -> Iterator[GoldDoc]:
    for tokens, tags in read_europarl(europarl_path("test")):
        yield sentence_to_doc(tokens, tags)


def evaluate(loader, limit: int | None = None) -> dict:
    """Run :func:`bilat.ner.de.recognise` over a data set and score it."""
    from bilat.evaluation.scoring import score_documents
    from bilat.ner import de

    pairs = []
    for n, doc in enumerate(loader()):
        if limit is not None and n >= limit:
            break
        pred = [(s.start, s.end, s.type) for s in de.recognise(doc.text)]
        pairs.append((doc.spans, pred))
    return score_documents(pairs)


DATASETS = {
    "germeval": ("de", load_germeval_test),
    "europarl": ("de", load_europarl_test),
}
