"""``diplograph serve`` keeps its store open between requests, and still answers with what was
ingested since it started (a real server, a real writer on the same directory)."""

from __future__ import annotations

import gc

import httpx
import pytest
from query_records import A, B, C, write_store
from servers import diplograph_server

from diplograph.graph.store import opened
from diplograph.ingest.merge import join_stored
from diplograph.queries.errors import QueryRefused
from diplograph.queries.guard import check_query
from diplograph.serve.workers import StoreWatch

pytestmark = pytest.mark.server
ARTICLES = "PREFIX schema: <https://schema.org/> SELECT (COUNT(?a) AS ?n) WHERE { ?a a schema:NewsArticle }"


def count(base: str, query: str = ARTICLES) -> int:
    r = httpx.get(
        f"{base}/sparql", params={"query": query}, headers={"Accept": "application/sparql-results+json"}, timeout=60
    )
    assert r.status_code == 200, r.text
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


def add(path: str, *extractions) -> None:
    with opened(path) as store:
        for extraction in extractions:
            store.write(extraction, join=join_stored)
    del store
    gc.collect()


def test_articles_ingested_while_serving_are_answered(tmp_path):
    path = write_store(str(tmp_path / "store"), (A,))
    with diplograph_server(path, "--workers", "1") as base:
        assert count(base) == 1
        assert count(base) == 1  # asked again: the same answer (kept while nothing changes)
        add(path, B)
        assert count(base) == 2  # the same text: the kept answer is not served for a changed store
        add(path, C)
        assert count(base, ARTICLES + " LIMIT 1") == 3
        rows = httpx.get(f"{base}/queries/meetings-of", params={"person": "lula"}, timeout=60).json()
        assert rows  # the named queries see the new article too


def test_the_watch_sees_a_write(tmp_path):
    path = write_store(str(tmp_path / "store"), (A,))
    watch = StoreWatch(path)
    before = watch.version()
    assert watch.version() == before
    add(path, B)
    assert watch.version() != before


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { \\u0053ERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
        "SELECT * \\u0046ROM <http://127.0.0.1:9/x> WHERE { ?s ?p ?o }",
        "LO\\u0041D <http://127.0.0.1:9/x>",
    ],
)
def test_a_keyword_spelt_with_escapes_is_still_refused(query):
    with pytest.raises(QueryRefused):
        check_query(query)
