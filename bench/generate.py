"""Generated report corpus for benchmarks: varied de/ru/en texts with datelines (fictional)."""
from __future__ import annotations

import random
from pathlib import Path

PLACES = {"de": ["MINSK", "ASTANA", "MOSKAU", "TASCHKENT"], "ru": ["МИНСК", "АСТАНА", "МОСКВА", "ТАШКЕНТ"],
          "en": ["MINSK", "ASTANA", "MOSCOW", "TASHKENT"]}
MONTHS = {"de": ["Januar", "März", "Juni", "Oktober"], "ru": ["января", "марта", "июня", "октября"],
          "en": ["Jan", "Mar", "Jun", "Oct"]}
SENTENCES = {
    "de": ["Der Handelsumsatz zwischen beiden Ländern stieg im Jahr {y} um {p}% auf ${v} Mio.",
           "„Wir wollen die Zusammenarbeit mit den Regionen ausbauen“, sagte der Botschafter.",
           "Die Seiten unterzeichneten ein Abkommen über die Lieferung von {n} Traktoren.",
           "Laut dem Minister sollen die Exporte bis {t} auf ${v} Mrd. gesteigert werden.",
           "Das Treffen fand im Rahmen eines offiziellen Besuchs der Delegation statt."],
    "ru": ["Товарооборот между странами в {y} году вырос на {p}% и достиг {v} млн долларов.",
           "«Мы намерены расширять сотрудничество с регионами», — сказал посол.",
           "Стороны подписали соглашение о поставке {n} тракторов.",
           "По словам министра, к {t} году экспорт планируется довести до {v} млрд долларов.",
           "Встреча прошла в рамках официального визита делегации."],
    "en": ["Trade between the two countries rose {p}% in {y} to ${v} million.",
           "\"We intend to expand cooperation with the regions,\" the ambassador said.",
           "The sides signed an agreement on the supply of {n} tractors.",
           "According to the minister, exports are to reach ${v} bn by {t}.",
           "The meeting took place during an official visit of the delegation."],
}
AGENCY = {"de": "(BelTA) –", "ru": "— Sputnik.", "en": "(Kazinform) -"}


def article(rng: random.Random, language: str, number: int) -> str:
    place = rng.choice(PLACES[language])
    day, month = rng.randint(1, 28), rng.choice(MONTHS[language])
    date = f"{month} {day}" if language == "en" else (f"{day}. {month}" if language == "de" else f"{day} {month}")
    body = []
    for _ in range(rng.randint(4, 9)):
        template = rng.choice(SENTENCES[language])
        body.append(template.format(y=rng.randint(2015, 2025), p=rng.randint(1, 40), v=rng.randint(1, 999),
                                    n=rng.randint(10, 5000), t=rng.randint(2026, 2035)))
    paragraphs = [" ".join(body[i:i + 2]) for i in range(0, len(body), 2)]
    return f"Report {number}\n\n{place}, {date} {AGENCY[language]} " + "\n".join(paragraphs) + f"\nRef {number}.\n"


def write_corpus(directory: Path, count: int, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        language = ("de", "ru", "en")[number % 3]
        path = directory / f"{number:05d}_{language}.txt"
        path.write_text(article(rng, language, number), encoding="utf-8")
        paths.append(path)
    return paths
