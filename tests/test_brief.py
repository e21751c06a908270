"""`bilat brief`: the data builder, the conflict hints, the chart, escaping, Markdown and a headless browser."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from bilat.brief import build_brief, render_html, render_markdown
from bilat.brief.chart import panel_svg, panels, point
from bilat.brief.fmt import date_key, date_span, safe_url
from bilat.brief.hints import explain, indicator_word, period_hint, rounding_hint, target_hints, wording_hint
from bilat.cli import main
from bilat.errors import BilatError
from bilat.ingest import ingest
from bilat.model import Context
from bilat.store import open_store

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "articles"
SEEDS = ROOT.parent / "shared" / "seeds"
SECTIONS = ("## Figures over time", "## Timeline", "## Who speaks", "## Conflicts", "## Sources")
XSS_TITLE = "<script>alert(1)</script>"
XSS_ATTR = '"><img src=x onerror=alert(1)>'


def _ingest(paths: list[Path], db: Path) -> Path:
    store = open_store(str(db))
    try:
        summary = ingest([str(p) for p in paths], store, Context())
    finally:
        store.close()
    assert summary.failed == 0
    return db


@pytest.fixture(scope="module")
def samples_db(tmp_path_factory) -> Path:
    return _ingest([SAMPLES], tmp_path_factory.mktemp("brief") / "samples.db")


@pytest.fixture(scope="module")
def samples_brief(samples_db):
    with open_store(str(samples_db)) as store:
        return build_brief(store, "KZ", "BY", store_label="samples.db")


@pytest.fixture(scope="module")
def full_db(tmp_path_factory) -> Path:
    if not SEEDS.is_dir() or not any(SEEDS.glob("*.txt")):
        pytest.skip(f"seeds not available at {SEEDS}")
    return _ingest([SEEDS, SAMPLES], tmp_path_factory.mktemp("brief") / "full.db")


# (a) the data builder -------------------------------------------------------------------------------------------

def test_pair_is_order_insensitive_and_named_from_the_gazetteer(samples_db, samples_brief):
    assert samples_brief.pair == ("BY", "KZ")
    assert samples_brief.names == ("Belarus", "Kazakhstan")
    with open_store(str(samples_db)) as store:
        other = build_brief(store, "by", "kz")
    assert [f["id"] for f in other.figures] == [f["id"] for f in samples_brief.figures]
    assert [e["id"] for e in other.events] == [e["id"] for e in samples_brief.events]


def test_figures_are_amounts_and_percentages_of_the_pair_with_a_source(samples_brief):
    figures = samples_brief.figures
    assert len(figures) >= 5
    assert all(sorted(f["parties"]) == ["BY", "KZ"] for f in figures)
    assert all(f["measure"] in ("level", "change") and f["unit"] for f in figures)
    assert {"USD", "%"} <= {f["unit"] for f in figures}
    assert {"actual", "target"} <= {f["modality"] for f in figures}
    for figure in figures:
        number = samples_brief.ref(figure["anchor"])
        cited = [i for d in samples_brief.sources for i in d.items if i.number == number]
        assert cited and cited[0].text == figure["sentence"] and figure["text"] in cited[0].marks


def test_reports_and_sources(samples_brief):
    assert len(samples_brief.reports) >= 6
    numbers = [i.number for d in samples_brief.sources for i in d.items]
    assert numbers == list(range(1, len(numbers) + 1))
    anchors = [i.anchor for d in samples_brief.sources for i in d.items]
    assert len(set(anchors)) == len(anchors)
    assert {d.id for d in samples_brief.sources} <= {d.id for d in samples_brief.reports}


def test_timeline_is_on_the_pair_and_in_order(samples_brief):
    events = samples_brief.events
    assert events and all(sorted(e["parties"]) == ["BY", "KZ"] for e in events)
    ranks = [date_key(e["date_start"])[0] for e in events]
    assert ranks == sorted(ranks, reverse=True)
    dated = [e["date_start"] for e in events if date_key(e["date_start"])[0] == 2]
    assert dated == sorted(dated)
    assert all(len(e["anchors"]) == len(e["reports"]) for e in events)
    assert any("Igor Petrashko" in e["participant_names"] for e in events)


def test_who_speaks_for_each_side(samples_brief):
    by_name = {p.name: p for p in samples_brief.speakers}
    petrashko = by_name["Igor Petrashko"]
    assert petrashko.side == "BY" and petrashko.quoted >= 1 and 1 <= len(petrashko.quotes) <= 3
    assert any(r.title == "ambassador" and r.of == "BY" and r.dates for r in petrashko.roles)
    assert by_name["Askhat Zhumabekov"].side == "KZ"
    dates = [q["date"] for q in petrashko.quotes]
    assert [date_key(d) for d in dates] == sorted((date_key(d) for d in dates), reverse=True)


def test_region_pair_and_bad_codes(samples_db):
    with open_store(str(samples_db)) as store:
        region = build_brief(store, "ru-niz", "BY")
        assert region.pair == ("BY", "RU-NIZ") and region.names[1] == "Nizhny Novgorod Oblast"
        assert region.figures and all(sorted(f["parties"]) == ["BY", "RU-NIZ"] for f in region.figures)
        with pytest.raises(BilatError):
            build_brief(store, "BY", "XX")
        with pytest.raises(BilatError):
            build_brief(store, "BY", "by")


def _claim(**values) -> dict:
    base = {"id": "a", "document": "d1", "start": 0, "end": 5, "measure": "level", "indicator": "trade_turnover",
            "subject": None, "unit": "USD", "parties": ["BY", "KZ"], "modality": "actual", "period_start": "2024",
            "period_end": "2024", "period_text": "2024", "qualifier": "exact", "value_min": 1e9, "value_max": 1e9,
            "direction": None, "source": "BelTA", "published": "2025-01-10", "text": "$1 bn",
            "sentence": "Der Handelsumsatz erreichte 2024 $1 Mrd.", "anchor": "s-x", "in_conflict": True}
    return {**base, **values}


def test_hints_period_wording_target_and_rounding():
    a = _claim()
    b = _claim(id="b", document="d2", period_start=None, period_end=None, period_text="im letzten Jahr",
               published="--02-27", value_min=1.05e9, value_max=1.05e9,
               sentence="Der Warenumsatz lag im letzten Jahr bei $1,05 Mrd.")
    assert indicator_word(a) == "Handelsumsatz" and indicator_word(b) == "Warenumsatz"
    assert "im letzten Jahr" in period_hint(a, b) and "year is not stated" in period_hint(a, b)
    assert period_hint(a, dict(a)) is None
    assert "Handelsumsatz" in wording_hint(a, b) and "Warenumsatz" in wording_hint(a, b)
    assert wording_hint(a, dict(a, id="c")) is None
    assert "within 10%" in rounding_hint(a, b)
    assert rounding_hint(a, _claim(value_min=2e9, value_max=2e9)) is None
    target = _claim(id="t", document="d2", modality="target", period_end="2030", value_min=1.05e9,
                    value_max=1.05e9, sentence="Bis 2030 soll der Umsatz $1,05 Mrd. erreichen.")
    hints = target_hints(b, [a, b, target])
    assert hints and "target misread as actual" in hints[0] and "2030" in hints[0]
    assert target_hints(a, [a, b, target]) == []
    cue = _claim(sentence="Wir wollen den Handelsumsatz auf $1 Mrd. steigern.")
    assert any("wollen" in h for h in target_hints(cue, [cue]))
    assert len(explain(a, b, [a, b, target])) == 4


# the chart --------------------------------------------------------------------------------------------------------

def test_points_encode_open_ends_ranges_and_decreases():
    more = point(_claim(qualifier="more_than", value_min=1.5e9, value_max=None))
    assert more.up and not more.down and more.y == 1.5e9
    span = point(_claim(qualifier="range", value_min=8e8, value_max=9e8, period_start=None, period_end=None))
    assert (span.low, span.high, span.year) == (8e8, 9e8, None) and span.y == pytest.approx(8.5e8)
    fall = point(_claim(measure="change", unit="%", direction="decrease", value_min=16, value_max=16))
    assert fall.y == -16
    target = point(_claim(modality="target", period_start="2025", period_end="2030"))
    assert target.year == 2030


def test_panel_svg_has_one_linked_mark_per_figure(samples_brief):
    for panel in panels(samples_brief.figures):
        svg = panel_svg(panel, samples_brief.refs)
        assert svg.startswith("<svg") and 'viewBox="0 0 ' in svg and 'width="100%"' in svg
        assert len(re.findall(r'class="mark ', svg)) == len(panel.points)
        assert len(re.findall(r'<a href="#s-', svg)) == len(panel.points)
        assert svg.count("<title>") == len(panel.points)


def test_conflict_points_get_a_ring():
    rows = [_claim(id="a"), _claim(id="b", value_min=2e9, value_max=2e9, in_conflict=False)]
    svg = panel_svg(panels(rows)[0], {"s-x": 1})
    assert svg.count("conflict-ring") == 1 and 'class="mark actual"' in svg


def test_formatting_helpers():
    assert date_span("2025-03-04", "2025-03-05") == "4\u20135 Mar 2025"
    assert date_span("--02-21", "--02-29") == "21\u201329 Feb"
    assert safe_url("https://example.org/a?b=1") and safe_url("javascript:alert(1)") is None
    assert safe_url("/work/x.txt") is None


# (b) escaping -----------------------------------------------------------------------------------------------------

def test_article_text_is_escaped(tmp_path):
    body = (f"Belarus and Kazakhstan {XSS_TITLE} boost trade\n\n"
            f"MINSK, 5 March 2025 (BelTA) - Trade turnover between Belarus and Kazakhstan reached $1.2 billion "
            f"in 2024 {XSS_ATTR}, Belarusian Ambassador to Kazakhstan Igor Petrashko told reporters.\n\n"
            f"On 4 March 2025 Petrashko met Kazakh President Kassym-Jomart Tokayev in Astana {XSS_ATTR}.\n")
    (tmp_path / "evil.txt").write_text(body, encoding="utf-8")
    record = ('{"url": "javascript:alert(1)", "title": "Kazakhstan and Belarus <script>alert(1)</script>", '
              '"language": "en", "text": "ASTANA, 1 April 2025 (Kazinform) - Trade turnover between Kazakhstan and '
              'Belarus amounted to $800 million in 2024 \\"><img src=x onerror=alert(1)>, Kazakh Ambassador to '
              'Belarus Askhat Zhumabekov said."}\n')
    (tmp_path / "evil.jsonl").write_text(record, encoding="utf-8")
    db = _ingest([tmp_path / "evil.txt", tmp_path / "evil.jsonl"], tmp_path / "evil.db")
    with open_store(str(db)) as store:
        brief = build_brief(store, "BY", "KZ")
    page = render_html(brief)
    assert brief.figures and brief.events and brief.conflicts
    assert "<script" not in page.lower() and "<img" not in page.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in page
    assert "javascript:" not in re.findall(r'href="([^"]*)"', page).__str__()
    assert not re.search(r"<[a-z]+[^>]*\son\w+=", page, re.IGNORECASE)
    text = render_markdown(brief)
    assert not re.search(r"(?<!\\)<", text) and r"\<script\>" in text and r"\<img src=x" in text


# (c) Markdown and the command -------------------------------------------------------------------------------------

def test_markdown_has_every_section(samples_brief):
    text = render_markdown(samples_brief)
    positions = [text.index(section) for section in SECTIONS]
    assert positions == sorted(positions)
    assert text.startswith("# Belarus \u2013 Kazakhstan")
    assert "### Trade turnover" in text and "[S1]" in text and "Igor Petrashko" in text


def test_brief_command_writes_html_and_prints_markdown(samples_db, tmp_path):
    out = tmp_path / "brief.html"
    result = CliRunner().invoke(main, ["brief", "KZ", "BY", "--db", str(samples_db), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert all(section in result.output for section in SECTIONS)
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<meta name="viewport"' in page and "@media print" in page
    assert not re.search(r"<(link|script|img|iframe)\b|\ssrc=|url\(|@import", page)   # nothing to fetch
    bad = CliRunner().invoke(main, ["brief", "BY", "QQ", "--db", str(samples_db)])
    assert bad.exit_code == 1 and "error:" in bad.output


# (d) a real browser -----------------------------------------------------------------------------------------------

def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not found:
        pytest.skip("no chromium binary (apt-get install -y chromium)")
    return found


def _browse(binary: str, page: Path, profile: Path, *action: str) -> subprocess.CompletedProcess:
    command = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               f"--user-data-dir={profile}", "--window-size=1200,3000", *action, page.as_uri()]
    return subprocess.run(command, capture_output=True, text=True, timeout=90)


def test_headless_chromium_renders_chart_timeline_and_conflict(full_db, tmp_path):
    binary = _chromium()
    with open_store(str(full_db)) as store:
        brief = build_brief(store, "BY", "KZ")
    assert brief.conflicts, "the seeds and samples hold at least one BY-KZ conflict"
    page = tmp_path / "brief.html"
    page.write_text(render_html(brief), encoding="utf-8")
    png = tmp_path / "brief.png"
    shot = _browse(binary, page, tmp_path / "profile-shot", f"--screenshot={png}")
    assert png.exists() and png.stat().st_size > 10_000, shot.stderr[-2000:]
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    dom = _browse(binary, page, tmp_path / "profile-dom", "--dump-dom").stdout
    assert re.search(r'<svg class="chart"[^>]*viewBox', dom)
    assert len(re.findall(r'class="mark (actual|target|forecast|potential)"', dom)) == len(brief.figures)
    assert "conflict-ring" in dom
    assert re.search(r'<section id="timeline">.*?<ol class="timeline"><li>', dom, re.DOTALL)
    assert dom.count('<article class="conflict-card">') == len(brief.conflicts)
    assert all(f'id="{item.anchor}"' in dom for doc in brief.sources for item in doc.items)
    assert "<script" not in dom
