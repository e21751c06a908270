"""Quotes, claims and events stages: documents per second on one core, and peak memory.

Generated de/ru/en reports (``generate.py``) first go through the stages before
(clean ... roles); then each extraction stage is timed alone on the same
documents. The peer is a floor: one regular expression that finds numbers and
quotation marks, which any extractor must at least do.

    python bench/bench_extract.py [--docs 300]
"""
from __future__ import annotations

import argparse
import json
import random
import re
import resource
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

FLOOR = re.compile(r"\d[\d.,\s]*\d|\d|[„“«»\"]")


def prepared(count: int):
    from generate import article

    from bilat.model import Context, Document
    from bilat.pipeline import process
    from bilat.stages import clean, entities, language, metadata, roles, sentences
    rng = random.Random(5)
    before = (clean.run, language.run, metadata.run, sentences.run, entities.run, roles.run)
    return [process(Document(id=str(i), source="bench", raw=article(rng, ("de", "ru", "en")[i % 3], i)), Context(),
                    before) for i in range(count)]


def timed(work, docs) -> dict:
    start = time.perf_counter()
    for doc in docs:
        work(doc)
    seconds = time.perf_counter() - start
    return {"docs_per_s": round(len(docs) / seconds, 1), "ms_per_doc": round(1000 * seconds / len(docs), 2)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=300)
    args = parser.parse_args()
    from bilat.model import Context
    from bilat.stages import claims, events, quotes
    docs = prepared(args.docs)
    ctx = Context()
    quoted = [quotes.run(d, ctx) for d in docs[:3]]                 # warm caches and lexicons
    claims.run(quoted[0], ctx), events.run(quoted[0], ctx)
    with_quotes = [quotes.run(d, ctx) for d in docs]
    report = {"docs": args.docs,
              "quotes": timed(lambda d: quotes.run(d, ctx), docs),
              "claims": timed(lambda d: claims.run(d, ctx), with_quotes),
              "events": timed(lambda d: events.run(d, ctx), with_quotes),
              "regex_floor_peer": timed(lambda d: FLOOR.findall(d.text), docs),
              "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}
    report["claims_vs_floor"] = round(report["regex_floor_peer"]["docs_per_s"] / report["claims"]["docs_per_s"], 1)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
