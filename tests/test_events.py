"""Events of every type in German, Russian and English, and their dates (texts written by us)."""
from __future__ import annotations


import pytest

from bilat.events.dates import resolve_dates
from bilat.model import Context, Document
from bilat.pipeline import process


def run(text: str) -> Document:
    return process(Document(id="t", source="t", raw=text), Context())


def kinds(doc: Document) -> set[str]:
    return {e.type for e in doc.events}


def people(doc: Document, event) -> set[str]:
    return {doc.mentions[i].normal for i in event.participants if doc.mentions[i].type == "PER"}


@pytest.mark.parametrize("text, expected", [
    ("MINSK, 3. März (BelTA) – Präsident Alexander Lukaschenko traf sich am 2. März mit dem Gouverneur des "
     "Gebiets Swerdlowsk, Pawel Kruglow.", "meeting"),
    ("ASTANA, 5. Mai (BelTA) – Die Premierminister führten Gespräche in kleinem und erweitertem Kreis.", "talks"),
    ("MINSK, 6. Mai (BelTA) – Eine Delegation aus Usbekistan besucht Belarus am 7./8. Mai.", "visit"),
    ("MINSK, 16. Januar (BelTA) – Igor Petraschko wurde zum Botschafter in Kasachstan ernannt.", "appointment"),
    ("ASTANA, 4. März (BelTA) – Belarus und Kasachstan unterzeichneten einen Fahrplan für die Kooperation.", "agreement"),
    ("MINSK, 2. Juli (BelTA) – Der Beitritt von Belarus zur SOZ wird am 4. Juli vollzogen.", "accession"),
    ("ASTANA, 1. Oktober (BelTA) – In Pawlodar beginnt heute das Forum der Regionen.", "forum"),
    ("МИНСК, 9 мар — Sputnik. Посол Казахстана Асхат Жумабеков встретился с министром Сергеем Алейником.", "meeting"),
    ("МИНСК, 9 мар — Sputnik. Стороны подписали соглашение о поставках тракторов.", "agreement"),
    ("МИНСК, 9 мар — Sputnik. Вчера состоялись переговоры премьер-министров.", "talks"),
    ("МИНСК, 9 мар — Sputnik. В конце февраля глава МИД совершил визит в Ташкент.", "visit"),
    ("МИНСК, 9 мар — Sputnik. Игорь Петрашко назначен послом Беларуси в Казахстане.", "appointment"),
    ("МИНСК, 9 мар — Sputnik. Беларусь станет полноправным членом ШОС 4 июля.", "accession"),
    ("МИНСК, 9 мар — Sputnik. В Павлодаре откроется форум регионов.", "forum"),
    ("ASTANA, Nov 6 (Kazinform) - The presidents met in Astana on Wednesday.", "meeting"),
    ("ASTANA, Nov 6 (Kazinform) - Kazakhstan and Belarus signed an agreement on tractors.", "agreement"),
    ("ASTANA, Nov 6 (Kazinform) - The prime minister arrived in Minsk on an official visit.", "visit"),
    ("ASTANA, Nov 6 (Kazinform) - Belarus became a full member of the SCO last year.", "accession"),
    ("ASTANA, Nov 6 (Kazinform) - The business forum opened in Pavlodar today.", "forum"),
    ("ASTANA, Nov 6 (Kazinform) - The ministers held talks on transit.", "talks"),
    ("ASTANA, Nov 6 (Kazinform) - Yerlan Baizhanov was appointed ambassador to Belarus.", "appointment"),
])
def test_each_event_type_in_each_language(text, expected):
    assert expected in kinds(run(text))


def test_statement_on_a_given_day():
    doc = run("MINSK, 23. Juni (BelTA) – Belarus kann mehr liefern. Das erklärte Präsident Alexander Lukaschenko "
              "am 22. Juni vor Journalisten.")
    statement = [e for e in doc.events if e.type == "statement"]
    assert statement and statement[0].date_start == "--06-22"


def test_participants_place_and_planned():
    doc = run("ASTANA, 5. November (BelTA) – Alexander Turtschin führte heute in Astana Gespräche mit dem "
              "Premierminister Kasachstans, Olschas Bektenow. Am 4. Juli wird ein Abkommen unterzeichnet.")
    talks = next(e for e in doc.events if e.type == "talks")
    assert people(doc, talks) == {"Alexander Turtschin", "Olschas Bektenow"}
    assert doc.mentions[talks.place].normal == "Astana"
    assert talks.date_start == "--11-05" and not talks.planned
    agreement = next(e for e in doc.events if e.type == "agreement")
    assert agreement.planned and agreement.date_start == "--07-04"


@pytest.mark.parametrize("text, language, published, planned, expected", [
    ("am 23. Juni", "de", "2025-06-24", False, ("2025-06-23", "2025-06-23")),
    ("am 4./5. November", "de", "2025-11-05", False, ("2025-11-04", "2025-11-05")),
    ("gestern", "de", "2025-11-05", False, ("2025-11-04", "2025-11-04")),
    ("heute", "de", "--11-05", False, ("--11-05", "--11-05")),
    ("на неделе", "ru", "2024-03-09", False, ("2024-03-03", "2024-03-09")),
    ("в конце февраля", "ru", "2024-03-09", False, ("2024-02-21", "2024-02-29")),
    ("4 июля в Астане", "ru", "2024-03-09", True, ("2024-07-04", "2024-07-04")),
    ("4 июля в Астане", "ru", "--03-09", True, ("--07-04", "--07-04")),
    ("last week", "en", "2025-11-06", False, ("2025-10-30", "2025-11-05")),
    ("on 20 January", "en", "2026-01-05", True, ("2026-01-20", "2026-01-20")),
    ("on 20 December", "en", "2026-01-05", False, ("2025-12-20", "2025-12-20")),
])
def test_dates_resolve_against_the_publication_date(text, language, published, planned, expected):
    assert resolve_dates(text, language, published, planned)[:2] == expected


def test_seed_events(tmp_path):
    from pathlib import Path
    seeds = Path(__file__).resolve().parents[2] / "shared" / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared/seeds not present")
    from bilat.ingest import ingest
    from bilat.resolve.events import event_records
    from bilat.store import open_store
    with open_store(str(tmp_path / "e.db")) as store:
        ingest([str(seeds)], store, Context())
        names = {e["id"]: e["name"] for e in store.iter_entities()}
        events = event_records(store)

    def find(kind, *people, date=None):
        for event in events:
            who = {names.get(p) for p in event["participants"]}
            if event["type"] == kind and set(people) <= who and (date is None or event["date_start"] == date):
                return event
        raise AssertionError(f"no {kind} with {people} on {date}: {[(e['type'], e['date_start']) for e in events]}")

    find("appointment", "Alexei Bogdanov", date="--01-14")
    find("meeting", "Natalya Kochanova", "Timur Shaksylykov", date="--02-27")
    find("meeting", "Alexander Lukashenko", "Ilya Seredyuk", date="--06-23")
    find("visit", "Alexander Turchin", date="2025-11-04")
    find("meeting", "Kassym-Jomart Tokayev", date="2025-11-04")
    find("talks", "Alexander Turchin", "Olshas Bekenov", date="2025-11-05")
    find("agreement", "Amkodor", date="2025-11-05")
    find("meeting", "Yerlan Baizhanov", "Alexander Lukashenko", date="--03-03")
    accession = find("accession", "Shanghai Cooperation Organisation", date="--07-04")
    assert accession["planned"] is True and len(accession["reports"]) >= 2
    find("talks", "Nurlan Yermekbayev", date="--02-21")


def test_one_visit_reported_in_three_languages_is_one_event(tmp_path):
    from bilat.ingest import ingest
    from bilat.resolve.events import event_records
    from bilat.store import open_store
    reports = {
        "de.txt": "ASTANA, 5. November (BelTA) – Der belarussische Premierminister Alexander Turtschin besucht "
                  "Kasachstan am 4./5. November. Er traf sich mit Olschas Bektenow.",
        "ru.txt": "АСТАНА, 5 ноября 2025 — Sputnik. Премьер-министр Беларуси Александр Турчин 4-5 ноября "
                  "находится с визитом в Казахстане.",
        "en.txt": "ASTANA, Nov 5 (Kazinform) - Belarusian Prime Minister Alexander Turchin is on a visit to "
                  "Kazakhstan on November 4-5, the government said.",
    }
    for name, text in reports.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    with open_store(str(tmp_path / "v.db")) as store:
        ingest([str(tmp_path / n) for n in reports], store, Context())
        visits = [e for e in event_records(store) if e["type"] == "visit"]
    assert len(visits) == 1, visits
    assert len(visits[0]["reports"]) == 3 and visits[0]["date_start"] == "2025-11-04"
