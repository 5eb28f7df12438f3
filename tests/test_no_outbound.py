"""No query makes a request of its own: not through ``diplograph query``, not through the endpoint.

A real HTTP listener (``http.server`` in a thread, on a free loopback port) stands in for a
server inside the network that an attacker would like to reach.  Every query that would make an
engine call it (``SERVICE``, ``LOAD``, ``FROM <url>``, ``FROM NAMED <url>``, in any case and
nested anywhere) is refused before the engine sees it, with one line (exit code 2) or HTTP 400,
and the listener is asked afterwards what it received: nothing.
"""

from __future__ import annotations

import http.server
import subprocess
import threading
from collections.abc import Iterator
from typing import Self

import httpx
import pyoxigraph as ox
import pytest
from cli_runs import no_traceback, run_many
from query_records import MADURO, write_store
from servers import diplograph_server
from typer.testing import CliRunner

from diplograph.cli import app
from diplograph.graph.store import open_store
from diplograph.queries.guard import check_query
from diplograph.queries.library import QueryRefused, run_sparql


class Listener:
    """An HTTP server on a loopback port that records every request and answers like a SPARQL endpoint."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        seen = self.requests

        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self) -> None:
                seen.append(f"{self.command} {self.path}")
                body = b'{"head":{"vars":["s"]},"results":{"bindings":[{"s":{"type":"literal","value":"LEAKED"}}]}}'
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _answer

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Self:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def listener() -> Iterator[Listener]:
    with Listener() as it:
        yield it


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> str:
    return write_store(str(tmp_path_factory.mktemp("outbound") / "store"))


# Each query names the listener; {url} is filled in.
SERVICE = "SELECT * WHERE { SERVICE <{url}/service> { ?s ?p ?o } }"
LOAD = "LOAD <{url}/load.ttl>"
FROM = "SELECT * FROM <{url}/from.ttl> WHERE { ?s ?p ?o }"
FROM_NAMED = "SELECT * FROM NAMED <{url}/named.ttl> WHERE { GRAPH ?g { ?s ?p ?o } }"
REFUSED = {
    "service": SERVICE,
    "service-lowercase": "select * where { service <{url}/lower> { ?s ?p ?o } }",
    "service-silent": "SELECT * WHERE { SERVICE SILENT <{url}/silent> { ?s ?p ?o } }",
    "service-in-subquery": "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <{url}/sub> { ?s ?p ?o } } } }",
    "service-in-optional": "SELECT * WHERE { ?a ?b ?c OPTIONAL { SERVICE <{url}/opt> { ?a ?p ?o } } }",
    "service-in-union": "SELECT * WHERE { { ?s ?p ?o } UNION { SeRvIcE <{url}/union> { ?s ?p ?o } } }",
    "service-in-filter-exists": "ASK { ?s ?p ?o FILTER EXISTS { SERVICE <{url}/exists> { ?s ?p ?o } } }",
    "service-in-minus": "SELECT * WHERE { ?s ?p ?o MINUS { SERVICE <{url}/minus> { ?s ?p ?o } } }",
    "service-variable": "SELECT * WHERE { VALUES ?u { <{url}/var> } SERVICE ?u { ?s ?p ?o } }",
    "service-escaped": "SELECT * WHERE { \\u0053ERVICE <{url}/escaped> { ?s ?p ?o } }",
    "service-construct": "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <{url}/construct> { ?s ?p ?o } }",
    "service-prefixed": "PREFIX evil: <{url}/> SELECT * WHERE { SERVICE evil:pname { ?s ?p ?o } }",
    "load": LOAD,
    "load-silent-into": "LOAD SILENT <{url}/into.ttl> INTO GRAPH <urn:x:g>",
    "from": FROM,
    "from-named": FROM_NAMED,
    "from-prefixed": "PREFIX evil: <{url}/> SELECT * FROM evil:g WHERE { ?s ?p ?o }",
}
# Queries that mention the listener or the keywords as data: answered, and still no request.
ALLOWED = {
    "string": 'SELECT ?s WHERE { ?s ?p "SERVICE <{url}/string> { }" }',
    "long-string": "SELECT ?s WHERE { ?s ?p '''FROM <{url}/long> LOAD <{url}/x>''' }",
    "comment": "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1 # SERVICE <{url}/comment> { }",
    "iri": "SELECT ?s WHERE { ?s <{url}/SERVICE> ?o }",
    "variable-and-pname": "PREFIX service: <{url}/> SELECT ?service WHERE { ?service service:from ?load }",
    "describe": "DESCRIBE <{url}/describe>",
}


def fill(query: str, url: str) -> str:
    return query.replace("{url}", url)


def test_the_listener_sees_what_an_unguarded_engine_sends(listener):
    """The listener is not deaf: pyoxigraph itself, asked directly, does call it."""
    before = len(listener.requests)
    try:
        list(ox.Store().query(fill(SERVICE, listener.url)))
    except (OSError, SyntaxError, ValueError):
        pass  # the listener's answer does not matter, the request does
    assert len(listener.requests) > before


@pytest.mark.parametrize("name", REFUSED)
def test_refused_before_the_engine_in_process(listener, store, name):
    before = list(listener.requests)
    with open_store(store, read_only=True) as s, pytest.raises(QueryRefused) as info:
        run_sparql(s, fill(REFUSED[name], listener.url))
    message = str(info.value)
    assert "\n" not in message and any(k in message for k in ("SERVICE", "LOAD", "FROM", "update"))
    assert listener.requests == before


@pytest.mark.parametrize("name", REFUSED)
def test_query_command_refuses_in_one_line_exit_2(listener, store, name):
    before = list(listener.requests)
    result = CliRunner().invoke(app, ["query", fill(REFUSED[name], listener.url), "--store", store])
    assert result.exit_code == 2, result.output
    assert len(result.output.strip().splitlines()) == 1 and "refused" in result.output
    assert listener.requests == before


OUTBOUND = {"service": SERVICE, "load": LOAD, "from": FROM, "from-named": FROM_NAMED}


@pytest.fixture(scope="module")
def real_query_runs(listener, store) -> tuple[dict[str, subprocess.CompletedProcess], list, list]:
    """``diplograph query`` with each outbound query, the four command lines in one subprocess
    (``run_many``); with the listener's requests before and after."""
    before = list(listener.requests)
    runs = run_many(*(["query", fill(query, listener.url), "--store", store] for query in OUTBOUND.values()))
    return dict(zip(OUTBOUND, runs)), before, list(listener.requests)


@pytest.mark.parametrize("name", OUTBOUND)
def test_the_real_query_command_sends_nothing(real_query_runs, name):
    runs, before, after = real_query_runs
    done = runs[name]
    assert done.returncode == 2 and no_traceback(done), done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "refused" in done.stderr
    assert "LEAKED" not in done.stdout + done.stderr
    assert after == before


@pytest.mark.parametrize("name", ALLOWED)
def test_keywords_and_urls_as_data_are_answered(listener, store, name):
    before = list(listener.requests)
    result = CliRunner().invoke(app, ["query", fill(ALLOWED[name], listener.url), "--store", store])
    assert result.exit_code == 0, result.output
    assert listener.requests == before


def test_the_memory_store_engine_refuses_service_by_itself(listener):
    """The second wall: rdflib's engine, asked directly (no guard), neither calls SERVICE nor loads FROM."""
    before = list(listener.requests)
    with open_store("memory:") as s:
        with pytest.raises(PermissionError):
            list(s.graph.query(fill(SERVICE, listener.url)))
        from rdflib import Dataset

        assert list(Dataset().query(fill(FROM, listener.url))) == []
    assert listener.requests == before


def test_a_store_graph_may_be_named_in_from(tmp_path):
    path = tmp_path / "store"
    db = ox.Store(str(path))
    db.add(ox.Quad(ox.NamedNode("urn:x:s"), ox.NamedNode("urn:x:p"), ox.Literal("o"), ox.NamedNode("urn:x:g")))
    del db
    with open_store(str(path), read_only=True) as s:
        run_sparql(s, "SELECT ?o FROM <urn:x:g> WHERE { ?s ?p ?o }")  # allowed (what it reads is the engine's affair)
        rows = run_sparql(s, "SELECT ?o FROM NAMED <urn:x:g> WHERE { GRAPH ?g { ?s ?p ?o } }").rows
        assert [str(r[0]) for r in rows] == ["o"]
        with pytest.raises(QueryRefused):
            run_sparql(s, "SELECT ?o FROM <urn:x:other> WHERE { ?s ?p ?o }")


def test_the_guard_reads_tokens_not_substrings():
    check_query('SELECT * WHERE { ?s ?p "a \\" SERVICE <http://x/> { }" }')
    check_query("SELECT * WHERE { ?s ?p ?o FILTER(?o = 'x'@service) }")
    check_query("SELECT * WHERE { ?s ?p ?o FILTER(?a<?b && ?c>?d) }")
    for bad in (
        "SELECT * WHERE { ?s ?p ?o FILTER(?a<?b)SERVICE<http://x/>{ ?s ?p ?o } }",
        "SELECT * WHERE {\n  # a comment\n  ?s ?p ?o .\n  service <http://x/> { } }",
        "PREFIX : <http://x/> SELECT * FROM :g WHERE { ?s ?p ?o }",
    ):
        with pytest.raises(QueryRefused):
            check_query(bad)


# -- the endpoint, over real HTTP -----------------------------------------------------------------
@pytest.fixture(scope="module")
def server(store) -> Iterator[str]:
    with diplograph_server(store, "--workers", "1") as base:
        yield base


@pytest.mark.server
@pytest.mark.parametrize("name", REFUSED)
def test_the_endpoint_refuses_with_400_and_sends_nothing(listener, server, name):
    before = list(listener.requests)
    query = fill(REFUSED[name], listener.url)
    for response in (
        httpx.get(f"{server}/sparql", params={"query": query}, timeout=60),
        httpx.post(f"{server}/sparql", data={"query": query}, timeout=60),
        httpx.post(
            f"{server}/sparql", content=query.encode(), timeout=60, headers={"Content-Type": "application/sparql-query"}
        ),
    ):
        assert response.status_code == 400, response.text
        assert "refused" in response.text and "LEAKED" not in response.text
    assert listener.requests == before


@pytest.mark.server
def test_the_endpoint_refuses_load_as_an_update_too(listener, server):
    before = list(listener.requests)
    load = fill(LOAD, listener.url)
    assert httpx.post(f"{server}/sparql", data={"update": load}, timeout=60).status_code == 403
    assert (
        httpx.post(
            f"{server}/sparql", content=load, timeout=60, headers={"Content-Type": "application/sparql-update"}
        ).status_code
        == 403
    )
    assert listener.requests == before


@pytest.mark.server
def test_the_endpoint_answers_keywords_as_data(listener, server):
    before = list(listener.requests)
    for query in ALLOWED.values():
        r = httpx.get(f"{server}/sparql", params={"query": fill(query, listener.url)}, timeout=60)
        assert r.status_code == 200, r.text
    people = "SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n }"
    assert MADURO.name in httpx.get(f"{server}/sparql", params={"query": people, "format": "csv"}, timeout=60).text
    assert listener.requests == before
