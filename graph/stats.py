"""Counting what a store holds."""

from __future__ import annotations

from diplograph.graph.store import GraphStore

COUNTS = """
SELECT
  (COUNT(DISTINCT ?article) AS ?articles) (COUNT(DISTINCT ?person) AS ?people)
  (COUNT(DISTINCT ?place) AS ?places) (COUNT(DISTINCT ?source) AS ?sources)
WHERE {
  { ?article a schema:NewsArticle } UNION { ?person a schema:Person } UNION
  { ?place a schema:Place } UNION { ?source a dg:Evidence }
}"""

EVENTS_BY_TYPE = "SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e dg:eventType ?type } GROUP BY ?type ORDER BY ?type"


def store_stats(store: GraphStore) -> dict[str, int]:
    """Triples, articles, people, places, source sentences, and events of each type."""
    out: dict[str, int] = {"triples": len(store)}
    for row in store.query(COUNTS):
        out.update({k: int(row[k]) for k in ("articles", "people", "places", "sources")})
    events = {f"events: {row.type}": int(row.n) for row in store.query(EVENTS_BY_TYPE)}
    out["events"] = sum(events.values())
    out.update(events)
    return out
