#!/usr/bin/env python
"""Train the German CRF name tagger shipped as src/bilat/lang/de/ner_model.crfsuite.

Training data (read in place from ../shared/data, never copied into the repository):

* GermEval 2014 NER (NoSta-D), ``germeval2014-ner/NER-de-dev.tsv`` - licence CC BY 4.0;
  Benikova, Biemann & Reznicek, "NoSta-D Named Entity Annotation for German:
  Guidelines and Dataset", LREC 2014. Outer layer only; *deriv/*part and OTH -> O.
* German Europarl NER, ``europarl-ner-de/train.tsv`` and ``dev.tsv`` - distributed for
  research use; Faruqui & Padó, "Training and Evaluating a German Named Entity
  Recognizer with Semantic Generalization", KONVENS 2010. IOB1 -> BIO; MISC -> O.

The GermEval *test* split and Europarl *test* split are never trained on; they are
only scored (``--eval``). Every sentence is re-tokenized with ``bilat.ner.de_tokenize``
so training and tagging see identical tokens. Training is deterministic (L-BFGS,
fixed data order, no randomness).

    .venv/bin/python scripts/train_de_ner.py            # train + save the model
    .venv/bin/python scripts/train_de_ner.py --holdout 5 # tune: hold out 1/5 of GermEval dev
    .venv/bin/python scripts/train_de_ner.py --eval      # also score GermEval/Europarl test
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
import zlib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import pycrfsuite  # noqa: E402

from bilat.evaluation import datasets_de as ds  # noqa: E402
from bilat.evaluation.ner import GoldDoc  # noqa: E402
from bilat.evaluation.scoring import score_documents  # noqa: E402
from bilat.ner import de  # noqa: E402
from bilat.ner.crf_features import sentence_features  # noqa: E402
from bilat.ner.de_lexicon import load as load_lexicon  # noqa: E402
from bilat.ner.de_tokenize import tokenize  # noqa: E402

PARAMS = {"c1": 0.05, "c2": 0.02, "max_iterations": 250, "feature.minfreq": 1,
          "feature.possible_transitions": True}


def doc_to_sequence(doc: GoldDoc) -> tuple[list[str], list[str]]:
    """Tokens of ``doc.text`` (our tokenizer) with BIO labels projected from gold spans."""
    words, labels = [], []
    for start, end, word in tokenize(doc.text):
        label = "O"
        for s, e, kind in doc.spans:
            if s <= start < e:
                label = ("B-" if start == s else "I-") + kind
                break
        words.append(word)
        labels.append(label)
    return words, labels


def training_docs(holdout: int, germeval_copies: int = 1) -> tuple[list[GoldDoc], list[GoldDoc]]:
    """(train, held-out) docs; every ``holdout``-th GermEval dev sentence is held out.

    GermEval (news/Wikipedia, the target genre) may be repeated ``germeval_copies``
    times to outweigh the parliamentary Europarl sentences."""
    train, held = [], []
    for n, (tokens, tags) in enumerate(ds.read_germeval(ds.germeval_path("dev"))):
        doc = ds.sentence_to_doc(tokens, tags)
        if holdout and n % holdout == 0:
            held.append(doc)
        else:
            train.extend([doc] * germeval_copies)
    for split in ("train", "dev"):
        for tokens, tags in ds.read_europarl(ds.europarl_path(split)):
            train.append(ds.sentence_to_doc(tokens, tags))
    return train, held


IDENTITY_PREFIXES = ("w=", "bi-1=", "bi+1=")


def drop_rare_identities(words: list[str], labels: list[str], feats: list[list[str]],
                         counts: Counter, rare: int, entity_drop: float) -> None:
    """Remove word-identity features of rare words (and of a fixed, hash-chosen share of
    entity words) so the model learns to tag unseen names from shape, affix, lexicon
    and context evidence, as it must at run time. Deterministic: no random state."""
    for i, (word, label, token_feats) in enumerate(zip(words, labels, feats)):
        dropped = counts[word.lower()] <= rare
        if label != "O" and entity_drop:
            dropped = dropped or zlib.crc32(f"{i}|{' '.join(words)}".encode()) % 1000 < entity_drop * 1000
        if dropped:
            token_feats[:] = [f for f in token_feats if not f.startswith(IDENTITY_PREFIXES)]


COMMON_WORDS = ROOT / "src" / "bilat" / "lang" / "de" / "ner_common_words.txt"


def write_common_words(docs: list[GoldDoc]) -> None:
    """Capitalised words seen outside entities (not sentence-initially) in the training
    text; they feed the character model of ordinary German words (bilat.ner.de_charlm)."""
    words = set()
    for doc in docs:
        seq_words, labels = doc_to_sequence(doc)
        for i, (word, label) in enumerate(zip(seq_words, labels)):
            if i > 0 and label == "O" and word[:1].isupper() and word.replace("-", "").isalpha():
                words.add(word)
    header = ("# Capitalised words seen outside named entities in the training text (GermEval 2014 dev,\n"
              "# CC BY 4.0; German Europarl NER, research use). Written by scripts/train_de_ner.py.\n")
    COMMON_WORDS.write_text(header + "\n".join(sorted(words)) + "\n", encoding="utf-8")


def _pick(options: list[str], key: str) -> str:
    return options[zlib.crc32(key.encode("utf-8")) % len(options)]


def replace_names(doc: GoldDoc, pools: dict[str, list[str]], kinds: tuple[str, ...]) -> GoldDoc | None:
    """A copy of ``doc`` whose PER/LOC mentions are swapped for other names from our lists
    (deterministic choice): the model sees many more name/context pairings."""
    text, spans, shift, changed = doc.text, [], 0, False
    out = ""
    cursor = 0
    for n, (start, end, kind) in enumerate(sorted(doc.spans)):
        surface = doc.text[start:end]
        name = surface
        if kind in kinds and surface.replace(" ", "").replace("-", "").isalpha():
            key = f"{n}|{doc.text}"
            parts = surface.split()
            if kind == "PER":
                given = [_pick(pools["given"], f"{key}|{i}") for i in range(len(parts) - 1)]
                name = " ".join(given + [_pick(pools["surname"], key)])
            else:
                name = _pick(pools["place"], key)
            changed = True
        out += doc.text[cursor:start]
        spans.append((len(out), len(out) + len(name), kind))
        out += name
        cursor = end
    out += doc.text[cursor:]
    return GoldDoc(text=out, spans=tuple(spans)) if changed else None


def augmented(docs: list[GoldDoc], kinds: tuple[str, ...]) -> list[GoldDoc]:
    from bilat.ner.de_lexicon import read_list

    pools = {
        "given": sorted(read_list("ner_given_names.txt")),
        "surname": sorted(read_list("ner_surnames.txt")),
        "place": sorted(w for w in read_list("ner_locations.txt") if " " not in w),
    }
    extra = [replace_names(doc, pools, kinds) for doc in docs]
    return [doc for doc in extra if doc is not None]


def train_model(docs: list[GoldDoc], model_path: Path, params: dict, rare: int = 1,
                entity_drop: float = 0.0) -> float:
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    lex = load_lexicon()
    sequences = [doc_to_sequence(doc) for doc in docs]
    counts = Counter(w.lower() for words, _ in sequences for w in words)
    for words, labels in sequences:
        if words:
            feats = sentence_features(words, lex)
            drop_rare_identities(words, labels, feats, counts, rare, entity_drop)
            trainer.append(feats, labels)
    trainer.set_params(params)
    began = time.time()
    trainer.train(str(model_path))
    return time.time() - began


def evaluate(docs, model_path: Path) -> dict:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    pairs = []
    began = time.time()
    for doc in docs:
        pred = [(s.start, s.end, s.type) for s in de.recognise_with(doc.text, tagger, split=False)]
        pairs.append((doc.spans, pred))
    result = score_documents(pairs)
    result["sentences_per_s"] = round(len(pairs) / (time.time() - began), 1)
    return result


def summary(result: dict) -> str:
    parts = [f"{t} {result[t]['f1']:.4f}" for t in ("PER", "LOC", "ORG", "micro")]
    return " | ".join(parts) + f" | {result.get('sentences_per_s', '')} sent/s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--holdout", type=int, default=0, help="hold out every Nth GermEval dev sentence")
    parser.add_argument("--eval", action="store_true", help="score GermEval and Europarl test after training")
    parser.add_argument("--out", type=Path, default=de.MODEL_PATH)
    parser.add_argument("--rare", type=int, default=1, help="drop identity features of words seen <= N times")
    parser.add_argument("--entity-drop", type=float, default=0.3, help="share of entity words without identity features")
    parser.add_argument("--augment", default="PER,LOC", help="entity types to re-sample from the name lists, e.g. PER,LOC")
    parser.add_argument("--germeval-copies", type=int, default=1)
    parser.add_argument("--params", type=json.loads, default={}, help="JSON overriding CRF params")
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    params = {**PARAMS, **args.params}
    train, held = training_docs(args.holdout, args.germeval_copies)
    write_common_words(train)
    if args.augment:
        train = train + augmented(train, tuple(args.augment.split(",")))
    seconds = train_model(train, args.out, params, args.rare, args.entity_drop)
    size = args.out.stat().st_size / 1e6
    print(f"trained on {len(train)} sentences in {seconds:.0f}s; model {size:.2f} MB; rare<={args.rare}; params {params}")
    if held:
        print("holdout   ", summary(evaluate(held, args.out)))
    if args.eval:
        print("germeval  ", summary(evaluate(list(ds.load_germeval_test()), args.out)))
        print("europarl  ", summary(evaluate(list(ds.load_europarl_test()), args.out)))


if __name__ == "__main__":
    main()
