"""`bilat export` carries every field ../shared/contract/EXPORT.md names, for every kind, and no empty strings."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import invoke

ROOT = Path(__file__).resolve().parents[1]
CONTRACT = ROOT.parent / "shared" / "contract" / "EXPORT.md"


def contract_fields() -> dict[str, set[str]]:
    """kind -> field names, read from the contract's tables (`mention` and `conflict` are prose there)."""
    text = CONTRACT.read_text(encoding="utf-8")
    fields: dict[str, set[str]] = {}
    for section in re.split(r"^## ", text, flags=re.M)[1:]:
        kind = section.split()[0]
        names = set()
        for row in re.findall(r"^\| ([^|]+) \|", section, flags=re.M):
            names |= {n.strip() for n in row.split(",") if n.strip() not in ("field", "---")}
        fields[kind] = {n for n in names if re.fullmatch(r"[a-z_]+", n)}
    fields["mention"] = {"entity", "document", "start", "end", "text"}
    fields["conflict"] = {"claims", "indicator", "parties", "period", "why"}
    return fields


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> list[dict]:
    if not CONTRACT.exists():
        pytest.skip("../shared/contract/EXPORT.md not present")
    db = tmp_path_factory.mktemp("contract") / "c.db"
    assert invoke(["ingest", str(ROOT / "samples" / "articles"), "--db", str(db), "-q"]).exit_code == 0
    result = invoke(["export", "--db", str(db)])
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_every_kind_is_exported_with_every_contract_field(exported):
    fields = contract_fields()
    by_kind: dict[str, list[dict]] = {}
    for record in exported:
        by_kind.setdefault(record["kind"], []).append(record)
    assert set(fields) <= set(by_kind), set(fields) - set(by_kind)
    for kind, records in by_kind.items():
        for record in records:
            assert record["schema"] == 1
            missing = fields[kind] - set(record)
            assert not missing, (kind, missing)


def test_no_empty_strings_and_offsets_index_the_text(exported):
    texts = {r["id"]: r["text"] for r in exported if r["kind"] == "document"}
    for record in exported:
        assert "" not in [v for v in record.values() if isinstance(v, str)], record
        if record["kind"] in ("quote", "mention") and record["document"] in texts:
            assert texts[record["document"]][record["start"]:record["end"]] == record["text"]
