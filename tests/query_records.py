"""Hand-made extractions for the query tests: a few articles about meetings, calls, visits and
plans between people of several countries, independent of how well extraction works."""

from __future__ import annotations

from datetime import date

from diplograph.ingest.merge import join_stored
from diplograph.ingest.records import Article, Event, Evidence, Extraction, Person, Place, Role

MADURO = Person("Nicolás Maduro", aliases=("Maduro",), roles=(Role("President", "Venezuela"),))
AMIR = Person("Hossein Amir-Abdollahian", aliases=("Amir-Abdollahian",), roles=(Role("Foreign Minister", "Iran"),))
GIL = Person("Yván Gil Pinto", roles=(Role("Foreign Minister", "Venezuela"),))
LULA = Person("Luiz Inácio Lula da Silva", aliases=("Lula",), roles=(Role("President", "Brazil"),))
SCHOLZ = Person("Olaf Scholz", roles=(Role("Chancellor", "Germany"),))
# A name built to break naive query text: quotes, braces and a UNION payload.
TRICKY = Person('Jo "Bobby" O\'Brien } UNION { ?x ?y ?z', roles=(Role("Envoy", "Ireland"),))

CARACAS = Place("Caracas", kind="city", country="Venezuela", lat=10.48, lon=-66.9)
BRASILIA = Place("Brasília", kind="city", country="Brazil", lat=-15.78, lon=-47.93)
TEHRAN = Place("Tehran", kind="city", country="Iran")


def extraction(
    file: str, text: str, events: list[tuple], published: date = date(2023, 2, 4), inferred: bool = False
) -> Extraction:
    """An article with ``text`` and events given as (type, people, place, date, sentence-in-text);
    ``inferred``: their dates are the article's own, as when no sentence states one."""
    article = Article(
        file=file,
        path=f"/news/{file}",
        text=text,
        title=text.split("\n")[0],
        published=published,
        source="Example Wire",
    )
    built = []
    people: dict[str, Person] = {}
    places = {}
    for type_, persons, place, when, sentence in events:
        start = text.index(sentence)
        evidence = Evidence(
            article=article.key,
            file=file,
            quote=sentence,
            start=start,
            end=start + len(sentence),
            date_inferred=inferred,
        )
        built.append(Event(type_, tuple(persons), (evidence,), place=place, date=when))
        people.update({p.name: p for p in persons})
        if place is not None:
            places[place.key] = place
    return Extraction(
        article=article, people=tuple(people.values()), places=tuple(places.values()), events=tuple(built)
    )


A = extraction(
    "a.txt",
    "Iran and Venezuela\nMaduro received Amir-Abdollahian in Caracas on Friday. "
    "Amir-Abdollahian met Gil Pinto the same day. Amir-Abdollahian will visit Brasília next month.",
    [
        ("meet", (MADURO, AMIR), CARACAS, "2023-02-03", "Maduro received Amir-Abdollahian in Caracas on Friday."),
        ("meet", (AMIR, GIL), CARACAS, "2023-02-03", "Amir-Abdollahian met Gil Pinto the same day."),
        ("planned_meet", (AMIR, LULA), BRASILIA, "2023-03", "Amir-Abdollahian will visit Brasília next month."),
        ("visit", (AMIR,), CARACAS, "2023-02-03", "Maduro received Amir-Abdollahian in Caracas on Friday."),
    ],
)
B = extraction(
    "b.txt",
    "Talks in Caracas\nThe Iranian minister and Maduro held talks on Friday in Caracas.",
    [
        (
            "meet",
            (MADURO, AMIR),
            CARACAS,
            "2023-02-04",
            "The Iranian minister and Maduro held talks on Friday in Caracas.",
        )
    ],
    inferred=True,
)
C = extraction(
    "c.txt",
    "Lula and Scholz\nLula received Scholz in Brasília. Lula spoke with Maduro by phone. O'Brien met Lula.",
    [
        ("meet", (LULA, SCHOLZ), BRASILIA, "2023-01-30", "Lula received Scholz in Brasília."),
        ("phone_call", (LULA, MADURO), None, "2023-01-31", "Lula spoke with Maduro by phone."),
        ("meet", (TRICKY, LULA), BRASILIA, "2022-12-01", "O'Brien met Lula."),
    ],
    published=date(2023, 2, 1),
)

ALL = (A, B, C)


def write_store(path: str, extractions=ALL) -> str:
    """A store at ``path`` holding ``extractions``, closed for good so that readers may open it."""
    import gc

    from diplograph.graph.store import opened

    with opened(path) as store:
        for extraction in extractions:
            store.write(extraction, join=join_stored)
    del store
    gc.collect()  # the embedded store is released when its last reference goes
    return path
