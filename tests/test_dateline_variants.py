"""More dateline shapes seen across outlets (written by us)."""
from __future__ import annotations

import pytest

from bilat.model import Context, Document
from bilat.pipeline import process
from bilat.stages.dateline import find_dateline


@pytest.mark.parametrize("line, place, agency, month, day", [
    ("АСТАНА. 5 ноября. КАЗИНФОРМ - Президент провел встречу.", "АСТАНА", "Kazinform", 11, 5),
    ("ТАШКЕНТ, 15 мая - Sputnik, Иван Петров. Текст.", "ТАШКЕНТ", "Sputnik", 5, 15),
    ("Минск, 14 января — БелТА Президент провел совещание.", "Минск", "BelTA", 1, 14),
    ("МІНСК, 14 студзеня (БЕЛТА) – Прэзідэнт правёў нараду.", "МІНСК", "BelTA", 1, 14),
    ("ASTANA (Reuters) - Kazakhstan said on Monday ...", "ASTANA", "Reuters", None, None),
    ("ASTANA, Kazakhstan, March 3 (Reuters) - The ministers met ...", "ASTANA", "Reuters", 3, 3),
    ("MINSK, Belarus (AP) — The president said ...", "MINSK", "AP", None, None),
    ("ASTANA. KAZINFORM - Kazakhstan and Belarus intend ...", "ASTANA", "Kazinform", None, None),
])
def test_dateline_shapes(line, place, agency, month, day):
    found = find_dateline(line)
    assert (found.place_text, found.agency, found.month, found.day) == (place, agency, month, day)


def test_an_undated_dateline_gives_place_and_agency_but_no_date():
    doc = process(Document(id="t", source="t", raw="ASTANA (Reuters) - Kazakhstan and Belarus signed a deal."),
                  Context())
    assert (doc.place, doc.agency, doc.published, doc.year_source) == ("Astana", "Reuters", None, None)
