"""Small made-up news articles, written to a folder, for batch tests (kill, concurrency, idempotence).

Every article reports one meeting between two of a few dozen made-up officials, in one of a few
capitals, on a date of its own; some pairs meet on the same day in several articles so that
cross-article merging happens too.  The text is deterministic: the same ``count`` gives the
same files.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

FIRST = [
    "Anna",
    "Boris",
    "Carla",
    "David",
    "Elena",
    "Farid",
    "Greta",
    "Hugo",
    "Ingrid",
    "Jonas",
    "Karim",
    "Lucia",
    "Marek",
    "Nadia",
    "Oskar",
    "Paula",
]
LAST = [
    "Lindqvist",
    "Moravec",
    "Okafor",
    "Petrescu",
    "Quintero",
    "Rahimi",
    "Sandoval",
    "Takeda",
    "Umarov",
    "Varga",
    "Whitfield",
    "Yilmaz",
]
TITLES = ["President", "Prime Minister", "Foreign Minister", "Defence Minister"]
CITIES = ["Vienna", "Nairobi", "Lima", "Hanoi", "Oslo", "Rabat", "Ankara", "Canberra"]
TOPICS = ["trade", "energy cooperation", "regional security", "water rights", "climate finance"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def person(i: int) -> str:
    return f"{FIRST[i % len(FIRST)]} {LAST[(i * 7) % len(LAST)]}"


def article_text(n: int) -> str:
    """The text of article ``n``: a headline, a dateline and two short paragraphs."""
    pair = n // 2  # two articles report each meeting: merged across articles
    a, b = person(pair), person(pair + 5)
    ta, tb = TITLES[pair % len(TITLES)], TITLES[(pair + 1) % len(TITLES)]
    city = CITIES[pair % len(CITIES)]
    day = date(2024, 1, 1) + timedelta(days=pair)
    topic = TOPICS[n % len(TOPICS)]
    published = day + timedelta(days=1)
    when = f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    return (
        f"{ta} {a.split()[1]} holds talks in {city}\n\n"
        f"{city.upper()}, {MONTHS[published.month - 1]} {published.day}, {published.year} - "
        f"{ta} {a} met {tb} {b} in {city} on {when} to discuss {topic}.\n\n"
        f"The two officials also talked about {TOPICS[(n + 2) % len(TOPICS)]}, "
        f"according to a statement issued after the meeting (report {n}).\n"
    )


def write_batch(folder: Path, count: int) -> list[Path]:
    """Write ``count`` articles as ``article_00000.txt``… into ``folder``; returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"article_{n:05d}.txt"
        path.write_text(article_text(n), encoding="utf-8")
        paths.append(path)
    return paths
