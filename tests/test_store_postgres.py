"""The PostgreSQL store behaves like the SQLite one (a throwaway server on a Unix socket)."""
from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from bilat.export import records
from bilat.ingest import ingest
from bilat.model import Context
from bilat.store import open_store

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "articles"


def _pg_bin() -> Path | None:
    found = shutil.which("initdb") or next(iter(sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))), None)
    return Path(found).resolve().parent if found else None


def _as_postgres(command: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


@pytest.fixture(scope="module")
def pg_url():
    bindir = _pg_bin()
    if bindir is None or (os.geteuid() == 0 and shutil.which("runuser") is None):
        pytest.skip("no PostgreSQL server binaries on this machine")
    base = tempfile.mkdtemp(prefix="bilat-pg-")
    os.chmod(base, 0o777)
    data = os.path.join(base, "data")
    if os.geteuid() == 0:
        shutil.chown(base, "postgres")
    subprocess.run(_as_postgres([str(bindir / "initdb"), "-D", data, "-A", "trust", "-U", "bilat", "-E", "UTF8",
                                 "--locale=C"]), check=True, capture_output=True)
    subprocess.run(_as_postgres([str(bindir / "pg_ctl"), "-D", data, "-w", "-l", os.path.join(base, "log"),
                                 "-o", f"-k {base} -c listen_addresses=''", "start"]), check=True, capture_output=True)
    try:
        yield f"postgresql://bilat@/postgres?host={base}"
    finally:
        subprocess.run(_as_postgres([str(bindir / "pg_ctl"), "-D", data, "-m", "immediate", "stop"]),
                       capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


def test_postgres_store_matches_sqlite(pg_url, tmp_path):
    ctx = Context()
    with open_store(pg_url) as pg:
        first = ingest([str(SAMPLES)], pg, ctx)
        again = ingest([str(SAMPLES)], pg, ctx)
        pg_docs = sorted((r["id"], r["published"], r["duplicate_of"]) for r in records(pg, ["document"]))
        pg_entities = sorted((r["name"], r["type"]) for r in records(pg, ["entity"]))
        hits = pg.search("Petraschko")
    with open_store(str(tmp_path / "lite.db")) as lite:
        ingest([str(SAMPLES)], lite, ctx)
        lite_docs = sorted((r["id"], r["published"], r["duplicate_of"]) for r in records(lite, ["document"]))
        lite_entities = sorted((r["name"], r["type"]) for r in records(lite, ["entity"]))
    assert first.failed == 0 and first.duplicates == 1
    assert again.stored == 0 and again.unchanged == first.read
    assert pg_docs == lite_docs
    assert pg_entities == lite_entities
    assert hits and all(h.id.startswith("doc-") for h in hits)


def test_postgres_reopen_does_not_remigrate(pg_url):
    with open_store(pg_url) as store:
        count = store.count_documents()
    with open_store(pg_url) as store:
        assert store.count_documents() == count
        assert store.conn.execute("SELECT count(*) FROM bilat_schema").fetchone()[0] == 1
