"""Ingest throughput: documents per second and peak memory, bilat next to a floor peer.

The peer ("raw") is the least any ingest can do: read each file, decode UTF-8 and insert
it into an SQLite FTS5 table. bilat does decoding, cleaning, language, dateline metadata,
sentences, MinHash near-duplicates and its store on top; the ratio shows that cost.
Each run is a separate process so peak RSS is its own.

    python bench/bench_ingest.py [--docs 3000]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))


def run_bilat(directory: str, db: str) -> dict:
    from bilat.ingest import ingest
    from bilat.model import Context
    from bilat.store import open_store
    start = time.perf_counter()
    with open_store(db) as store:
        summary = ingest([directory], store, Context())
    return {"seconds": time.perf_counter() - start, "stored": summary.stored, "failed": summary.failed}


def run_raw(directory: str, db: str) -> dict:
    start = time.perf_counter()
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")        # the same durability settings bilat uses
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("CREATE VIRTUAL TABLE docs USING fts5(source, text)")
    stored = 0
    for path in sorted(Path(directory).iterdir()):
        text = path.read_bytes().decode("utf-8")
        conn.execute("BEGIN")
        conn.execute("INSERT INTO docs VALUES (?, ?)", (str(path), text))
        conn.execute("COMMIT")
        stored += 1
    conn.close()
    return {"seconds": time.perf_counter() - start, "stored": stored, "failed": 0}


def child(kind: str, directory: str, db: str) -> None:
    result = (run_bilat if kind == "bilat" else run_raw)(directory, db)
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def measure(kind: str, directory: str, workdir: str) -> dict:
    db = os.path.join(workdir, f"{kind}.db")
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
    out = subprocess.run([sys.executable, __file__, "--child", kind, directory, db],
                         capture_output=True, text=True, check=True, env=env).stdout
    result = json.loads(out.strip().splitlines()[-1])
    result["docs_per_s"] = round(result["stored"] / result["seconds"], 1)
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=3000)
    parser.add_argument("--child", nargs=3, metavar=("KIND", "DIR", "DB"))
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    from generate import write_corpus
    with tempfile.TemporaryDirectory() as workdir:
        corpus = os.path.join(workdir, "corpus")
        write_corpus(Path(corpus), args.docs)
        bilat, raw = measure("bilat", corpus, workdir), measure("raw", corpus, workdir)
    report = {"docs": args.docs, "bilat": bilat, "raw_sqlite_peer": raw,
              "slowdown_vs_peer": round(raw["docs_per_s"] / bilat["docs_per_s"], 1)}
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
