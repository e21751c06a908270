"""Shared helpers for bilat's tests: paths, running the pipeline, running the CLI."""
from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from bilat.model import Context, Document
from bilat.pipeline import process
from bilat.reader import read_item
from bilat.sources import RawItem
from bilat.stages import clean, language, metadata, sentences

# The foundation stages these tests are about (later stages add entities, claims, ...).
FOUNDATION_STAGES = (clean.run, language.run, metadata.run, sentences.run)

ROOT = Path(__file__).resolve().parents[1]
SAMPLES_DIR = ROOT / "samples"
SAMPLES = SAMPLES_DIR / "articles"
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
BILAT = ROOT / ".venv" / "bin" / "bilat"


def seed_file(number: int) -> Path:
    """The seed article ``NNN_*.txt`` (the test is skipped when the seeds are not there)."""
    matches = sorted(SEEDS.glob(f"{number:03d}_*.txt")) if SEEDS.is_dir() else []
    if not matches:
        pytest.skip(f"seed {number:03d} not found in {SEEDS}")
    return matches[0]


def run_bytes(data: bytes, kind: str = "text", source: str = "test.txt", reference_date: date | None = None,
              record: dict | None = None) -> Document:
    """``data`` read and run through the foundation stages of the document pipeline."""
    item = RawItem(source, data, kind, record)
    return process(read_item(item), Context(reference_date=reference_date), FOUNDATION_STAGES)


def run_text(text: str, reference_date: date | None = None, **meta) -> Document:
    """A plain-text report through the pipeline; ``meta`` makes it a JSON Lines record instead."""
    if meta:
        record = {"text": text, **meta}
        line = json.dumps(record, ensure_ascii=False).encode("utf-8")
        return run_bytes(line, "record", "test.jsonl:1", reference_date, record)
    return run_bytes(text.encode("utf-8"), reference_date=reference_date)


def sentence_texts(doc: Document) -> list[str]:
    return [doc.text[s.start:s.end] for s in doc.sentences]


def document_rows(db: Path) -> list[tuple]:
    """Every column of every stored document, read directly with sqlite3."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT * FROM documents ORDER BY seq").fetchall()
    finally:
        conn.close()


def export_jsonl(db: Path) -> list[dict]:
    result = invoke(["export", "--db", str(db)])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def invoke(args: list[str], input: bytes | str | None = None, env: dict | None = None):
    """Run ``bilat ARGS`` in-process; ``result.stdout`` and ``result.stderr`` are kept apart."""
    from bilat.cli import main
    return CliRunner().invoke(main, [str(a) for a in args], input=input, env=env, catch_exceptions=False)


def error_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("error: ")]


def summary_line(result) -> str:
    lines = [line for line in result.stderr.splitlines() if line.startswith("read ")]
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path):
    """No test sees the developer's $BILAT_DB or writes ./bilat.db into the repository."""
    monkeypatch.delenv("BILAT_DB", raising=False)
    monkeypatch.chdir(tmp_path)


@pytest.fixture(scope="session")
def samples_db(tmp_path_factory) -> Path:
    """A database holding ``bilat ingest samples/articles`` (built once per session)."""
    db = tmp_path_factory.mktemp("samples") / "samples.db"
    result = invoke(["ingest", SAMPLES, "--db", db, "--quiet"])
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture(scope="session")
def samples_export(samples_db) -> list[dict]:
    return [r for r in export_jsonl(samples_db) if r["kind"] == "document"]
