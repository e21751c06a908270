"""SIGKILL `bilat ingest` half-way: the store stays consistent and a re-run completes it.

About 300 small, distinct reports (German, Russian, English, each with a
dateline) are generated in a temporary directory; `bilat ingest` runs as a
subprocess and is killed once the database holds some documents. Every
stored document must then be whole (row, near-duplicate bands, full-text
entry), and a second run must store the rest exactly once.
"""
from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bilat.store.sqlite import SQLiteStore
from conftest import BILAT

COUNT = 300
FIRST_NUMBER = 70000  # every report carries a unique registration number FIRST_NUMBER + i
KILL_AFTER = 15       # documents in the database before the kill
TIMEOUT = 120

LANGUAGES = {
    "de": {
        "places": [("MINSK", "BelTA"), ("ASTANA", "Kazinform"), ("TASCHKENT", "UzA"), ("MOSKAU", "TASS")],
        "months": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                   "November", "Dezember"],
        "dateline": "{place}, {day}. {month} ({agency}) – ",
        "partners": ["Kasachstan", "Usbekistan", "Kirgisistan", "Aserbaidschan", "Armenien", "Tadschikistan"],
        "goods": ["Traktoren", "Mähdrescher", "Busse", "Aufzüge", "Milchpulver", "Düngemittel", "Lastwagen"],
        "sentences": [
            "Belarus und {partner} haben ein Abkommen über die Lieferung von {n} {goods} unterzeichnet.",
            "Der Handelsumsatz stieg im ersten Halbjahr um {pct} Prozent.",
            "Das teilte der Botschafter in {city} nach einem Treffen mit Journalisten mit.",
            "Die Seiten wollen bis {year} ein gemeinsames Werk für {goods} errichten.",
            "Der Minister sagte, die Zusammenarbeit mit {partner} habe großes Potenzial.",
            "Im vergangenen Jahr lieferte Belarus {goods} im Wert von {n} Mio. Dollar.",
            "Eine Delegation aus {city} wird im Herbst erwartet, hieß es weiter.",
            "Außerdem ist eine Messe für {goods} in {city} geplant.",
            "Die Vereinbarung trägt die Registriernummer {number}.",
        ],
        "cities": ["Minsk", "Gomel", "Brest", "Witebsk", "Grodno", "Mogiljow", "Almaty"],
    },
    "ru": {
        "places": [("МИНСК", "БЕЛТА"), ("АСТАНА", "Казинформ"), ("ТАШКЕНТ", "Sputnik"), ("МОСКВА", "ТАСС")],
        "months": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                   "ноября", "декабря"],
        "dateline": "{place}, {day} {month} ({agency}) – ",
        "partners": ["Казахстан", "Узбекистан", "Кыргызстан", "Азербайджан", "Армения", "Таджикистан"],
        "goods": ["тракторов", "комбайнов", "автобусов", "лифтов", "сухого молока", "удобрений", "грузовиков"],
        "sentences": [
            "Беларусь и {partner} подписали соглашение о поставках {n} {goods}.",
            "Товарооборот в первом полугодии вырос на {pct} процентов.",
            "Об этом сообщил посол в городе {city} после встречи с журналистами.",
            "Стороны намерены до {year} года построить совместный завод по выпуску {goods}.",
            "Министр отметил, что сотрудничество имеет большой потенциал.",
            "В прошлом году объем поставок {goods} составил {n} млн долларов.",
            "Делегацию из города {city} ожидают осенью, добавили в министерстве.",
            "Кроме того, в городе {city} планируется выставка {goods}.",
            "Соглашению присвоен регистрационный номер {number}.",
        ],
        "cities": ["Минск", "Гомель", "Брест", "Витебск", "Гродно", "Могилев", "Алматы"],
    },
    "en": {
        "places": [("MINSK", "BelTA"), ("ASTANA", "Kazinform"), ("TASHKENT", "UzA"), ("MOSCOW", "TASS")],
        "months": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        "dateline": "{place}, {month} {day} ({agency}) - ",
        "partners": ["Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Azerbaijan", "Armenia", "Tajikistan"],
        "goods": ["tractors", "combines", "buses", "lifts", "milk powder", "fertiliser", "trucks"],
        "sentences": [
            "Belarus and {partner} signed an agreement on the supply of {n} {goods}.",
            "Trade grew by {pct} percent in the first half of the year.",
            "The ambassador said so in {city} after a meeting with reporters.",
            "The sides plan to build a joint plant for {goods} by {year}.",
            "The minister said cooperation with {partner} had great potential.",
            "Last year Belarus supplied {goods} worth {n} million dollars.",
            "A delegation from {city} is expected in the autumn, officials added.",
            "A trade fair for {goods} is also planned in {city}.",
            "The agreement has registration number {number}.",
        ],
        "cities": ["Minsk", "Gomel", "Brest", "Vitebsk", "Grodno", "Mogilev", "Almaty"],
    },
}


def report(i: int) -> str:
    """A short report in one of three languages; ``i`` decides everything, so runs are repeatable."""
    rnd = random.Random(i)
    code = ("de", "ru", "en")[i % 3]
    lang = LANGUAGES[code]
    place, agency = rnd.choice(lang["places"])
    head = lang["dateline"].format(place=place, agency=agency, day=rnd.randint(1, 28), month=rnd.choice(lang["months"]))
    *body, numbered = lang["sentences"]
    chosen = rnd.sample(body, rnd.randint(4, len(body))) + [numbered]
    rnd.shuffle(chosen)
    filled = [s.format(partner=rnd.choice(lang["partners"]), goods=rnd.choice(lang["goods"]),
                       city=rnd.choice(lang["cities"]), n=rnd.randint(12, 990), pct=rnd.randint(2, 45),
                       year=rnd.randint(2026, 2035), number=FIRST_NUMBER + i) for s in chosen]
    split = rnd.randint(2, len(filled) - 1)
    return head + " ".join(filled[:split]) + "\n\n" + " ".join(filled[split:]) + "\n"


def stored_count(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
    except sqlite3.Error:
        return 0
    try:
        return conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0
    finally:
        conn.close()


def bilat_command() -> list[str]:
    if BILAT.exists():
        return [str(BILAT)]
    return [sys.executable, "-c", "from bilat.cli import main; main()"]


def environment() -> dict:
    env = dict(os.environ)
    env.pop("BILAT_DB", None)
    env.update(OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1")
    return env


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> Path:
    directory = tmp_path_factory.mktemp("reports")
    for i in range(COUNT):
        (directory / f"{i:03d}_{('de', 'ru', 'en')[i % 3]}.txt").write_text(report(i), encoding="utf-8")
    return directory


def test_generated_reports_are_distinct(reports):
    texts = [p.read_text(encoding="utf-8") for p in sorted(reports.iterdir())]
    assert len(texts) == COUNT == len(set(texts))
    assert all(f"{FIRST_NUMBER + i}" in text for i, text in enumerate(texts))


def kill_when_some_are_stored(reports: Path, db: Path) -> int:
    errors = db.with_suffix(".stderr")
    with open(errors, "wb") as stderr:
        process = subprocess.Popen(bilat_command() + ["ingest", str(reports), "--db", str(db), "--quiet"],
                                   stdout=subprocess.DEVNULL, stderr=stderr, env=environment())
        deadline = time.monotonic() + TIMEOUT
        try:
            while stored_count(db) < KILL_AFTER:
                if process.poll() is not None:
                    pytest.fail(f"ingest ended before it could be killed: {errors.read_text()[-2000:]}")
                if time.monotonic() > deadline:
                    pytest.fail("ingest stored too few documents in time")
                time.sleep(0.02)
            process.send_signal(signal.SIGKILL)
        finally:
            if process.poll() is None:
                process.kill()
            process.wait()
    assert process.returncode == -signal.SIGKILL
    return stored_count(db)


def assert_every_document_whole(db: Path) -> int:
    with SQLiteStore(db) as store:
        assert store.integrity_problems() == []
        conn = store.conn
        rows = conn.execute("SELECT seq, text FROM documents").fetchall()
        without_bands = conn.execute("SELECT COUNT(*) FROM documents d WHERE NOT EXISTS "
                                     "(SELECT 1 FROM document_bands b WHERE b.document_seq = d.seq)").fetchone()[0]
        assert without_bands == 0
        for seq, text in rows:
            number = next(word for word in text.replace(".", " ").split() if word.startswith("7") and len(word) == 5)
            found = [r[0] for r in conn.execute("SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?",
                                                (f'"{number}"',))]
            assert found == [seq], (number, found)
        return len(rows)


def test_kill_midway_then_resume(reports, tmp_path):
    db = tmp_path / "killed.db"
    stored = kill_when_some_are_stored(reports, db)
    assert KILL_AFTER <= stored < COUNT
    assert assert_every_document_whole(db) >= stored

    result = subprocess.run(bilat_command() + ["ingest", str(reports), "--db", str(db), "--quiet"],
                            capture_output=True, text=True, env=environment(), timeout=TIMEOUT)
    assert result.returncode == 0, result.stderr[-2000:]
    summary = result.stderr.strip().splitlines()[-1]
    read, new, unchanged, duplicates, failed = (int(part.split()[-1]) for part in summary.split(", "))
    assert (read, failed, duplicates) == (COUNT, 0, 0), summary
    assert unchanged >= stored and new + unchanged == COUNT

    assert assert_every_document_whole(db) == COUNT
    with SQLiteStore(db) as store:
        per_source = store.conn.execute("SELECT source, COUNT(*) FROM documents GROUP BY source").fetchall()
    assert len(per_source) == COUNT and all(n == 1 for _, n in per_source)
    assert {Path(source).name for source, _ in per_source} == {p.name for p in reports.iterdir()}
