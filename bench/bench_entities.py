"""Entity stage throughput: documents per second on one core and peak memory.

German and Russian generated reports (``generate.py``) go through the entity
stage alone (recogniser + gazetteer); the Russian ones also through natasha
alone (segmenter + NER tagger) as the peer. Each measurement is its own process.

    python bench/bench_entities.py [--docs 300]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))


def texts(language: str, count: int) -> list[str]:
    from generate import article
    rng = random.Random(11)
    return [article(rng, language, n) for n in range(count)]


def run(kind: str, language: str, count: int) -> dict:
    from bilat.model import Context, Document
    from bilat.pipeline import process
    from bilat.stages import clean, entities, language as language_stage, sentences
    docs = [process(Document(id=str(i), source="bench", raw=t), Context(),
                    (clean.run, language_stage.run, sentences.run)) for i, t in enumerate(texts(language, count))]
    if kind == "natasha":
        from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter
        segmenter, tagger = Segmenter(), NewsNERTagger(NewsEmbedding())

        def work(doc):
            d = Doc(doc.text)
            d.segment(segmenter)
            d.tag_ner(tagger)
    else:
        def work(doc):
            entities.run(doc, Context())
    work(docs[0])                                   # model loading is not throughput
    start = time.perf_counter()
    for doc in docs:
        work(doc)
    seconds = time.perf_counter() - start
    return {"docs": count, "seconds": round(seconds, 2), "docs_per_s": round(count / seconds, 1),
            "chars_per_s": round(sum(len(d.text) for d in docs) / seconds),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def measure(kind: str, language: str, count: int) -> dict:
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
    out = subprocess.run([sys.executable, __file__, "--child", kind, language, str(count)],
                         capture_output=True, text=True, check=True, env=env).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--child", nargs=3)
    args = parser.parse_args()
    if args.child:
        kind, language, count = args.child
        print(json.dumps(run(kind, language, int(count))))
        return
    report = {"bilat_de": measure("bilat", "de", args.docs), "bilat_ru": measure("bilat", "ru", args.docs),
              "natasha_ru": measure("natasha", "ru", args.docs)}
    report["ru_ratio_bilat_to_natasha"] = round(report["bilat_ru"]["docs_per_s"] / report["natasha_ru"]["docs_per_s"], 2)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
