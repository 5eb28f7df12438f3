"""Events of a set of pages in the shared predicted-event JSON format, without a graph store.

    python -m benchmarks.seed_events ../shared/seeds > pred.json
    python3 ../shared/eval/score.py ../shared/eval/seeds-gold.json pred.json

Runs read -> nlp -> resolve -> extract -> merge in the article, then joins events across articles
with ``ingest.merge.same_event``/``combine`` (what the graph layer does when it stores them).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from diplograph.ingest import pipeline
from diplograph.ingest.merge import combine, same_event
from diplograph.ingest.records import Article, Event, Extraction, fold


def across_articles(extractions: list[Extraction]) -> list[tuple[Event, dict[str, Article]]]:
    """Events of many articles joined into one per real-world event, with the articles that state each."""
    joined: list[tuple[Event, dict[str, Article]]] = []
    for ex in extractions:
        for event in ex.events:
            for i, (known, arts) in enumerate(joined):
                if same_event(known, event):
                    joined[i] = (combine(known, event), {**arts, ex.article.key: ex.article})
                    break
            else:
                joined.append((event, {ex.article.key: ex.article}))
    return joined


def as_json(event: Event, articles: dict[str, Article], n: int) -> dict:
    """One event in the shared predicted format (README of the evaluation data)."""
    place = event.place
    return {
        "id": f"event-{n}",
        "type": event.type,
        "participants": [
            {
                "id": fold(p.name).replace(" ", "-"),
                "name": p.name,
                "roles": [str(r) for r in p.roles],
                "country": p.country,
            }
            for p in event.participants
        ],
        "place": None
        if place is None
        else {"id": fold(place.name), "name": place.name, "country": place.country, "lat": place.lat, "lon": place.lon},
        "venue": event.venue,
        "date": event.date,
        "cameo": event.cameo,
        "sources": [
            {
                "article": ev.article,
                "file": ev.file,
                "url": articles[ev.article].url if ev.article in articles else None,
                "title": articles[ev.article].title if ev.article in articles else None,
                "published": (
                    articles[ev.article].published.isoformat()
                    if ev.article in articles and articles[ev.article].published
                    else None
                ),
                "quote": ev.quote,
                "start": ev.start,
                "end": ev.end,
                "caption": ev.caption,
                "date_inferred": ev.date_inferred,
            }
            for ev in event.evidence
        ],
    }


def main(argv: list[str]) -> None:
    paths = argv or [str(Path(__file__).resolve().parent.parent.parent / "shared" / "seeds")]
    extractions = [x for x in pipeline.extract(paths) if isinstance(x, Extraction)]
    events = across_articles(extractions)
    print(json.dumps([as_json(e, arts, i) for i, (e, arts) in enumerate(events)], indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
