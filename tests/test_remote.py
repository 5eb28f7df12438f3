"""Remote stores: writing to and reading from a real Oxigraph server over SPARQL 1.1 HTTP."""

from __future__ import annotations

import gc
import json
import re

import pytest
from query_records import ALL, AMIR, MADURO, A, B, C
from rdflib import Literal, URIRef
from servers import oxigraph_server
from typer.testing import CliRunner

from diplograph.cli import app
from diplograph.graph import model
from diplograph.graph import store_remote as remote
from diplograph.graph.store import StoreError, open_store, opened
from diplograph.ingest.merge import join_stored
from diplograph.ingest.records import fold
from diplograph.queries import library
from diplograph.queries.events import all_events

pytestmark = pytest.mark.server
XSD_STRING = URIRef("http://www.w3.org/2001/XMLSchema#string")


@pytest.fixture()
def oxigraph_url(tmp_path):
    with oxigraph_server(tmp_path / "oxi") as url:
        yield url


def _plain(term):
    # RDF 1.1: "x" and "x"^^xsd:string are one term; the embedded store reports the latter.
    if isinstance(term, Literal) and term.datatype == XSD_STRING:
        return Literal(str(term))
    return term


def triples(store) -> set:
    return {tuple(_plain(t) for t in triple) for triple in store.graph.triples((None, None, None))}


def test_endpoint_urls_follow_the_documented_scheme():
    assert remote.endpoints("http://h:7878/query") == ("http://h:7878/query", "http://h:7878/update")
    assert remote.endpoints("http://h:3030/ds/query") == ("http://h:3030/ds/query", "http://h:3030/ds/update")
    assert remote.endpoints("http://h:8890/sparql") == ("http://h:8890/sparql", "http://h:8890/sparql")
    assert remote.endpoints("http://h/repositories/r|http://h/repositories/r/statements") == (
        "http://h/repositories/r",
        "http://h/repositories/r/statements",
    )
    assert remote.endpoints("http://h:8890/endpoint") == ("http://h:8890/endpoint", "http://h:8890/endpoint")
    with pytest.raises(StoreError):
        remote.endpoints("http://h/q|ftp://h/u")


def test_an_unreachable_server_is_a_store_error(tmp_path):
    from servers import free_port

    with pytest.raises(StoreError, match="cannot use store"):
        open_store(f"http://127.0.0.1:{free_port()}/query")


def test_remote_and_embedded_stores_hold_the_same_triples(oxigraph_url, tmp_path):
    with opened(oxigraph_url) as far, opened(str(tmp_path / "local")) as near:
        assert far.kind == "sparql"
        for extraction in ALL:
            r_far, r_near = far.write(extraction, join=join_stored), near.write(extraction, join=join_stored)
            assert (r_far.triples_added, r_far.merged) == (r_near.triples_added, r_near.merged)
        assert len(far) == len(near) > 100
        assert triples(far) == triples(near)


def test_an_article_written_twice_adds_nothing_remotely(oxigraph_url):
    with opened(oxigraph_url) as far:
        assert far.write(A, join=join_stored).triples_added > 50
        before = len(far)
        assert far.write(A, join=join_stored).triples_added == 0
        assert len(far) == before


def test_the_same_meeting_from_two_articles_is_joined_on_the_server(oxigraph_url):
    with opened(oxigraph_url) as far:
        far.write(A, join=join_stored)
        assert far.write(B, join=join_stored).merged == 1
        events = [
            e
            for e in all_events(far)
            if e["type"] == "meet" and {p["name"] for p in e["participants"]} == {MADURO.name, AMIR.name}
        ]
        assert len(events) == 1
        assert {s["file"] for s in events[0]["sources"]} == {"a.txt", "b.txt"}
        assert events[0]["id"] == str(model.event_iri(A.events[0]))


def test_data_is_kept_by_the_server_across_connections(oxigraph_url):
    with opened(oxigraph_url) as far:
        far.write(C, join=join_stored)
        count = len(far)
    with opened(oxigraph_url, read_only=True) as again:
        assert len(again) == count


# -- named queries and the command line against the server ------------------------------------
NAMED_RUNS = [
    ("who-met-whom", {}),
    ("meetings-of", {"person": ["amir-abdollahian"]}),
    ("meetings-in", {"place": ["Venezuela"]}),
    ("meetings-between", {"country1": ["Iran"], "country2": ["Venezuela"]}),
    ("timeline", {"person": ["maduro"]}),
    ("most-met", {}),
    ("visits-by", {}),
    ("phone-calls", {}),
    ("planned-meetings", {}),
    ("people", {"text": ["o'brien } union {"]}),
]


def comparable(out) -> list[tuple]:
    """Rows as sorted tuples; concatenated cells sorted too (GROUP_CONCAT has no order)."""
    return sorted(tuple("|".join(sorted(re.split(r"; |, ", c))) for c in row) for row in library.cells(out))


def test_named_queries_answer_the_same_on_the_server_and_embedded(oxigraph_url, tmp_path):
    with opened(oxigraph_url) as far, opened(str(tmp_path / "local")) as near:
        for extraction in ALL:
            far.write(extraction, join=join_stored)
            near.write(extraction, join=join_stored)
        for name, params in NAMED_RUNS:
            a, b = library.run_named(far, name, params), library.run_named(near, name, params)
            assert a.columns == b.columns
            assert comparable(a) == comparable(b), name
            assert a.rows, name
        event = str(model.event_iri(A.events[0]))
        assert len(library.run_named(far, "sources-of", {"event": [event]}).rows) == 2


@pytest.mark.slow
def test_ingesting_the_seeds_into_a_server_and_an_embedded_store_gives_the_same_triples(
    seeds_dir, oxigraph_url, tmp_path
):
    runner = CliRunner()
    for spec in (oxigraph_url, str(tmp_path / "local")):
        result = runner.invoke(app, ["ingest", str(seeds_dir), "--store", spec])
        assert result.exit_code == 0, result.output
    gc.collect()
    with opened(oxigraph_url) as far, opened(str(tmp_path / "local"), read_only=True) as near:
        assert len(far) == len(near) > 300
        assert triples(far) == triples(near)
        meetings = library.run_named(far, "meetings-of", {"person": ["Amir-Abdollahian"]})
        assert comparable(meetings) == comparable(
            library.run_named(near, "meetings-of", {"person": ["Amir-Abdollahian"]})
        )
    result = runner.invoke(app, ["query", "meetings-of", "-P", "person=maduro", "-f", "json", "--store", oxigraph_url])
    assert result.exit_code == 0, result.output
    assert [fold(r["with"]) for r in json.loads(result.stdout)] == ["hossein amir abdollahian"]


def test_bound_values_open_the_where_group_as_rdf_terms():
    sparql = remote.bind_inline(
        "SELECT ?e ?n WHERE { ?e ?p ?n } GROUP BY ?e ?n",
        {"n": Literal('x" } UNION { ?s ?p ?o } #'), "e": URIRef("urn:x:e")},
    )
    assert sparql.startswith('SELECT ?e ?n WHERE { VALUES (?n ?e) { ("x\\" } UNION { ?s ?p ?o } #" <urn:x:e>) }')
    from rdflib.plugins.sparql import prepareQuery

    prepareQuery(sparql)
    with pytest.raises(StoreError):
        remote.bind_inline("SELECT * WHERE { }", {"a b": Literal(1)})


def test_constructs_and_asks_come_back_from_the_server(oxigraph_url):
    with opened(oxigraph_url) as far:
        far.write(C, join=join_stored)
        graph = library.run_sparql(far, "CONSTRUCT { ?p schema:name ?n } WHERE { ?p a schema:Person ; schema:name ?n }")
        assert graph.kind == "CONSTRUCT" and len(graph.graph) == 4  # Lula, Scholz, Maduro, O'Brien
        assert library.run_sparql(far, "ASK { ?p a schema:Person }").ask is True
        with pytest.raises(library.QueryError, match="HTTP 400"):
            library.run_sparql(far, "SELECT ?x WHERE { oops")
