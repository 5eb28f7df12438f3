"""``diplograph serve`` as a real HTTP server on a loopback port, queried by real clients
(SPARQLWrapper, httpx): the SPARQL 1.1 protocol, content negotiation, read-only, limits, pages."""

from __future__ import annotations

import time
from pathlib import Path
from urllib.error import HTTPError

import httpx
import pytest
from query_records import AMIR, GIL, LULA, MADURO, SCHOLZ, TRICKY, write_store
from rdflib import Graph
from servers import diplograph_server
from SPARQLWrapper import CSV, JSON, POST, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

pytestmark = pytest.mark.server

NAMES = sorted(p.name for p in (AMIR, GIL, LULA, MADURO, SCHOLZ, TRICKY))
PEOPLE = """PREFIX schema: <https://schema.org/>
SELECT ?name WHERE { ?p a schema:Person ; schema:name ?name } ORDER BY ?name"""
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
LIMIT = 4096


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    path = write_store(str(tmp_path_factory.mktemp("serve") / "store"))
    with diplograph_server(path, "--timeout", "5", "--max-query-bytes", str(LIMIT)) as base:
        yield base


def wrapper(server: str, query: str, fmt) -> SPARQLWrapper:
    client = SPARQLWrapper(f"{server}/sparql")
    client.setQuery(query)
    client.setReturnFormat(fmt)
    return client


def test_sparqlwrapper_gets_json(server):
    data = wrapper(server, PEOPLE, JSON).query().convert()
    assert data["head"]["vars"] == ["name"]
    assert [b["name"]["value"] for b in data["results"]["bindings"]] == NAMES


def test_sparqlwrapper_gets_xml(server):
    result = wrapper(server, PEOPLE, XML).query()
    assert result.response.headers["Content-Type"].startswith("application/sparql-results+xml")
    doc = result.convert()
    assert [n.firstChild.data for n in doc.getElementsByTagName("literal")] == NAMES


def test_sparqlwrapper_posts_too(server):
    client = wrapper(server, PEOPLE, JSON)
    client.setMethod(POST)
    assert len(client.query().convert()["results"]["bindings"]) == len(NAMES)


def test_a_construct_comes_back_as_turtle(server):
    query = "PREFIX schema: <https://schema.org/> CONSTRUCT { ?p schema:name ?n } WHERE { ?p a schema:Person ; schema:name ?n }"
    result = wrapper(server, query, TURTLE).query()
    assert result.response.headers["Content-Type"].startswith("text/turtle")
    g = Graph().parse(data=result.convert(), format="turtle")
    assert sorted(str(o) for o in g.objects()) == NAMES


@pytest.mark.parametrize(
    "accept,first_line",
    [
        ("text/csv", "name"),
        ("text/tab-separated-values", "?name"),
        ("application/sparql-results+json", "{"),
        ("application/sparql-results+xml", "<?xml"),
    ],
)
def test_content_negotiation_by_accept(server, accept, first_line):
    r = httpx.get(f"{server}/sparql", params={"query": PEOPLE}, headers={"Accept": accept})
    assert r.status_code == 200 and r.headers["content-type"].startswith(accept)
    assert r.text.lstrip().startswith(first_line)
    if accept == "text/tab-separated-values":
        assert r.text.splitlines()[1] == f'"{NAMES[0]}"'


def test_sparqlwrapper_csv_and_the_format_parameter(server):
    text = wrapper(server, PEOPLE, CSV).query().convert().decode("utf-8")
    assert text.split()[0] == "name" and MADURO.name in text
    r = httpx.get(f"{server}/sparql", params={"query": PEOPLE, "format": "tsv"})
    assert r.headers["content-type"].startswith("text/tab-separated-values")


def test_post_with_a_sparql_query_body(server):
    r = httpx.post(
        f"{server}/sparql",
        content=PEOPLE.encode(),
        headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"},
    )
    assert r.status_code == 200 and len(r.json()["results"]["bindings"]) == len(NAMES)


def test_updates_are_refused_and_change_nothing(server):
    insert = "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }"
    client = wrapper(server, insert, JSON)
    client.setMethod(POST)
    with pytest.raises((SPARQLWrapperException, HTTPError)) as info:
        client.query()
    assert "403" in str(info.value) or getattr(info.value, "code", None) == 403
    assert httpx.post(f"{server}/sparql", data={"update": insert}).status_code == 403
    assert (
        httpx.post(
            f"{server}/sparql", content=insert, headers={"Content-Type": "application/sparql-update"}
        ).status_code
        == 403
    )
    assert httpx.get(f"{server}/sparql", params={"update": insert}).status_code == 403
    assert httpx.get(f"{server}/sparql", params={"query": insert}).status_code == 400  # not a query
    ask = httpx.get(
        f"{server}/sparql",
        params={"query": "ASK { <urn:x:a> ?p ?o }"},
        headers={"Accept": "application/sparql-results+json"},
    )
    assert ask.json()["boolean"] is False


def test_a_too_large_query_is_refused(server):
    big = PEOPLE + "\n#" + "x" * LIMIT
    assert httpx.post(f"{server}/sparql", data={"query": big}).status_code == 413
    assert (
        httpx.post(f"{server}/sparql", content=big, headers={"Content-Type": "application/sparql-query"}).status_code
        == 413
    )
    assert (
        httpx.post(
            f"{server}/sparql", content="#" * (LIMIT * 10), headers={"Content-Type": "application/sparql-query"}
        ).status_code
        == 413
    )


def test_a_malformed_query_is_a_bad_request(server):
    r = httpx.get(f"{server}/sparql", params={"query": "SELECT ?x WHERE { oops"})
    assert r.status_code == 400 and "query failed" in r.text
    assert httpx.get(f"{server}/sparql").status_code == 400


def test_a_heavy_query_is_stopped_and_the_server_keeps_answering(server):
    start = time.monotonic()
    r = httpx.get(f"{server}/sparql", params={"query": HEAVY}, timeout=60)
    assert r.status_code == 503 and "limit" in r.text
    assert time.monotonic() - start < 30
    r = httpx.get(f"{server}/sparql", params={"query": PEOPLE}, headers={"Accept": "text/csv"}, timeout=30)
    assert r.status_code == 200 and MADURO.name in r.text


def test_named_queries_over_http(server):
    listed = httpx.get(f"{server}/queries").json()
    assert "meetings-of" in {q["name"] for q in listed}
    rows = httpx.get(f"{server}/queries/meetings-of", params={"person": "maduro"}).json()
    assert [(r["with"], r["articles"]) for r in rows] == [(AMIR.name, 2)]
    assert httpx.get(f"{server}/queries/meetings-of").status_code == 400
    assert httpx.get(f"{server}/queries/nothing-like-it").status_code == 404


def test_the_home_page_lists_the_named_queries_and_shows_the_graph(server):
    page = httpx.get(server + "/").text
    for name in ("who-met-whom", "meetings-of", "sources-of", "planned-meetings"):
        assert name in page
    assert '<iframe src="/graph"' in page and "/sparql" in page
    graph = httpx.get(f"{server}/graph", timeout=60)
    assert graph.status_code == 200 and graph.headers["content-type"].startswith("text/html")
    assert "vis-network" in graph.text or "vis.Network" in graph.text
    assert "Nicolás Maduro" in graph.text or "Nicol\\u00e1s Maduro" in graph.text


def test_it_listens_on_loopback_only(server):
    port = int(server.rsplit(":", 1)[1])
    tcp = Path("/proc/net/tcp")
    if not tcp.exists():
        pytest.skip("no /proc/net/tcp here to read listening sockets from")
    listening = [line.split()[1] for line in tcp.read_text().splitlines()[1:] if line.split()[3] == "0A"]
    ours = [addr for addr in listening if int(addr.split(":")[1], 16) == port]
    assert ours == ["0100007F:" + f"{port:04X}"]


def test_a_missing_store_stops_the_server_with_one_line(tmp_path):
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, "-m", "diplograph", "serve", "--store", str(tmp_path / "none"), "--port", "1"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2 and "no store at" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.browser
def test_the_home_page_in_a_browser_shows_the_graph_of_the_store(server):
    chromium_path = Path("/usr/bin/chromium")
    if not chromium_path.exists():
        pytest.skip(f"Chromium is not installed at {chromium_path}")
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed")
    outside: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(chromium_path), args=["--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page()
            page.route(
                "**/*",
                lambda route: (
                    route.continue_()
                    if route.request.url.startswith(server)
                    else (outside.append(route.request.url), route.abort())
                ),
            )
            page.goto(server + "/")
            assert page.locator("li b", has_text="meetings-of").count() == 1
            frame = page.frame_locator("iframe[src='/graph']")
            frame.locator("canvas").first.wait_for(timeout=60_000)
            graph = page.frames[1]
            graph.wait_for_function("() => window.diplograph && window.diplograph.ready", timeout=60_000)
            labels = graph.evaluate("() => diplograph.nodes.get().map(n => n.label)")
            assert {MADURO.name, AMIR.name, LULA.name} <= set(labels)
        finally:
            browser.close()
    assert outside == []  # the page and the graph need nothing from the network


def test_dataset_parameters_are_refused_rather_than_ignored(server):
    r = httpx.get(f"{server}/sparql", params={"query": PEOPLE, "default-graph-uri": "urn:x:g"})
    assert r.status_code == 400 and "default-graph-uri" in r.text


def test_cross_origin_reading_only_when_asked(server, tmp_path):
    origin = {"Origin": "https://yasgui.example"}
    r = httpx.get(f"{server}/sparql", params={"query": PEOPLE}, headers=origin)
    assert r.status_code == 200 and "access-control-allow-origin" not in r.headers
    with diplograph_server(write_store(str(tmp_path / "store")), "--cors", "--workers", "1") as open_server:
        r = httpx.get(f"{open_server}/sparql", params={"query": PEOPLE}, headers=origin)
        assert r.status_code == 200 and r.headers["access-control-allow-origin"] == "*"
