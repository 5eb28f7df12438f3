"""Remote stores: writing to and reading from a real Oxigraph server over SPARQL 1.1 HTTP."""
from __future__ import annotations

import pytest
from rdflib import Literal, URIRef
from query_records import ALL, AMIR, MADURO, A, B, C
from servers import oxigraph_server

from graph import model, remote
from graph.store import StoreError, open_store, opened
from queries.events import all_events

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
    assert remote.endpoints("http://h:3030/ds/sparql") == ("http://h:3030/ds/sparql", "http://h:3030/ds/update")
    assert remote.endpoints("http://h/repositories/r|http://h/repositories/r/statements") == (
        "http://h/repositories/r", "http://h/repositories/r/statements")
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
            r_far, r_near = far.write(extraction), near.write(extraction)
            assert (r_far.triples_added, r_far.merged) == (r_near.triples_added, r_near.merged)
        assert len(far) == len(near) > 100
        assert triples(far) == triples(near)


def test_an_article_written_twice_adds_nothing_remotely(oxigraph_url):
    with opened(oxigraph_url) as far:
        assert far.write(A).triples_added > 50
        before = len(far)
        assert far.write(A).triples_added == 0
        assert len(far) == before


def test_the_same_meeting_from_two_articles_is_joined_on_the_server(oxigraph_url):
    with opened(oxigraph_url) as far:
        far.write(A)
        assert far.write(B).merged == 1
        events = [e for e in all_events(far) if e["type"] == "meet"
                  and {p["name"] for p in e["participants"]} == {MADURO.name, AMIR.name}]
        assert len(events) == 1
        assert {s["file"] for s in events[0]["sources"]} == {"a.txt", "b.txt"}
        assert events[0]["id"] == str(model.event_iri(A.events[0]))


def test_data_is_kept_by_the_server_across_connections(oxigraph_url):
    with opened(oxigraph_url) as far:
        far.write(C)
        count = len(far)
    with opened(oxigraph_url, read_only=True) as again:
        assert len(again) == count
