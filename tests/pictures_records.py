"""Hand-made records for the picture tests: a small diplomatic neighbourhood written into a real store.

Amir-Abdollahian (Iran) meets Maduro (two articles, so two sources) and Gil (Venezuela), calls a
Cuban minister whose name is a script-injection payload, and visits Caracas; Maduro and Gil plan a
meeting. One quote carries ``<script>`` and a ``</script>`` break-out, one article a ``javascript:``
URL. Nothing here depends on the quality of extraction.
"""

from __future__ import annotations

from datetime import date

from diplograph.graph.store import opened
from diplograph.ingest.merge import join_stored
from diplograph.ingest.records import Article, Event, Evidence, Extraction, Person, Place, Role

AMIR = Person("Hossein Amir-Abdollahian", aliases=("Amir-Abdollahian",), roles=(Role("Foreign Minister", "Iran"),))
MADURO = Person("Nicolás Maduro", aliases=("Maduro",), roles=(Role("President", "Venezuela"),))
GIL = Person("Yván Gil", roles=(Role("Foreign Minister", "Venezuela"),))
EVIL_NAME = '<img src=x onerror="window.__pwned=1">'
EVIL = Person(EVIL_NAME, roles=(Role("Minister", "Cuba"),))
CARACAS = Place("Caracas", kind="city", country="Venezuela", lat=10.49, lon=-66.88)
SCRIPT_QUOTE = (
    "Amir-Abdollahian spoke by phone with the minister <script>window.__pwned=1</script> "
    "and </script><script>window.__pwned=2</script> on Tuesday."
)
URL = "https://example.org/news/caracas-talks"
PEOPLE = (AMIR, MADURO, GIL, EVIL)


def _extraction(
    file: str,
    text: str,
    events: list[tuple[str, tuple[Person, ...], str, Place | None, str | None]],
    url: str | None = None,
) -> Extraction:
    article = Article(
        file=file,
        path=f"/news/{file}",
        text=text,
        title=text.split("\n")[0],
        published=date(2023, 2, 4),
        source="Example Wire",
        url=url,
    )
    records = []
    for kind, people, quote, place, when in events:
        start = text.index(quote)
        evidence = Evidence(article=article.key, file=file, quote=quote, start=start, end=start + len(quote))
        records.append(Event(kind, people, (evidence,), place=place, date=when))
    people = tuple(dict.fromkeys(p for _, ps, *_ in events for p in ps))
    places = tuple(dict.fromkeys(pl for *_, pl, _ in events if pl))
    return Extraction(article=article, people=people, places=places, events=tuple(records))


MEET_QUOTE = "Maduro received Amir-Abdollahian at Miraflores Palace in Caracas on Friday."
EXTRACTIONS = (
    _extraction(
        "a.txt",
        f"Iran and Venezuela\n{MEET_QUOTE} Amir-Abdollahian arrived in Caracas on Thursday. "
        "He also met Foreign Minister Yván Gil on Friday.",
        [
            ("meet", (AMIR, MADURO), MEET_QUOTE, CARACAS, "2023-02-03"),
            ("visit", (AMIR,), "Amir-Abdollahian arrived in Caracas on Thursday.", CARACAS, "2023-02-02"),
            ("meet", (AMIR, GIL), "He also met Foreign Minister Yván Gil on Friday.", None, "2023-02-03"),
        ],
        url=URL,
    ),
    _extraction(
        "b.txt",
        "Talks in Caracas\nMaduro and Amir-Abdollahian met in Caracas on Friday.",
        [("meet", (AMIR, MADURO), "Maduro and Amir-Abdollahian met in Caracas on Friday.", CARACAS, "2023-02-03")],
        url="javascript:alert(1)",
    ),
    _extraction(
        "c.txt",
        f"Calls and plans\n{SCRIPT_QUOTE} Maduro and Gil will meet in March.",
        [
            ("phone_call", (AMIR, EVIL), SCRIPT_QUOTE, None, "2023-01-31"),
            ("planned_meet", (MADURO, GIL), "Maduro and Gil will meet in March.", None, "2023-03"),
        ],
    ),
)


def write_sample_store(path: str) -> None:
    """Write the three articles into a store at ``path`` (an Oxigraph directory)."""
    with opened(path) as store:
        for extraction in EXTRACTIONS:
            store.write(extraction, join=join_stored)
