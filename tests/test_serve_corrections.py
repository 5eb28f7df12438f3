"""``diplograph serve`` answers from the corrected graph: a real server over a store on disk, asked
by a real HTTP client (SPARQL, named queries, the graph page); a correction made or undone while
it serves is answered at once, and ``--raw`` serves the graph as extracted."""

from __future__ import annotations

import gc

import httpx
import pytest
from query_records import SCHOLZ, write_store
from servers import diplograph_server

from diplograph.correcting import correct
from diplograph.graph.corrections import GRAPH, Correction, read, undo
from diplograph.graph.store import opened
from diplograph.queries.events import all_events, short_id

pytestmark = pytest.mark.server
EVENTS = "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e dg:eventType ?t }"
WHO = f"SELECT ?who WHERE {{ GRAPH <{GRAPH}> {{ ?c prov:wasAssociatedWith/schema:name ?who }} }}"


def ask(base: str, query: str) -> list[dict]:
    r = httpx.get(
        f"{base}/sparql", params={"query": query}, headers={"Accept": "application/sparql-results+json"}, timeout=60
    )
    assert r.status_code == 200, r.text
    return [{k: v["value"] for k, v in row.items()} for row in r.json()["results"]["bindings"]]


def events(base: str) -> int:
    return int(ask(base, EVENTS)[0]["n"])


def meetings_of(base: str, person: str) -> list[dict]:
    r = httpx.get(f"{base}/queries/meetings-of", params={"person": person}, timeout=60)
    assert r.status_code == 200, r.text
    return r.json()


def change(path: str, verb: str, *args: str) -> Correction:
    """A correction made by a writer on the served directory, as `diplograph correct` makes it."""
    with opened(path) as store:
        made = correct(store, verb, list(args), agent="analyst-3")
    del store
    gc.collect()  # the embedded store is released when its last reference goes
    return made


def undone(path: str, ident: str) -> None:
    with opened(path) as store:
        undo(store, ident)
    del store
    gc.collect()


@pytest.fixture
def store(tmp_path) -> tuple[str, dict, dict]:
    """A store with its Lula-Scholz meeting rejected and the Lula-Maduro call moved to another day."""
    path = write_store(str(tmp_path / "store"))
    with opened(path, read_only=True) as s:
        found = all_events(s)
    meeting = next(ev for ev in found if SCHOLZ.name in {p["name"] for p in ev["participants"]})
    call = next(ev for ev in found if ev["type"] == "phone_call")
    change(path, "reject", short_id(meeting["id"]))
    change(path, "set-date", short_id(call["id"]), "2023-02-15")
    return path, meeting, call


def test_sparql_named_queries_and_the_graph_apply_the_corrections(store) -> None:
    path, meeting, call = store
    with opened(path, read_only=True) as s:
        raw_events = len(all_events(s, raw=True))
    with diplograph_server(path, "--workers", "1") as base:
        assert events(base) == raw_events - 1
        assert ask(base, f"SELECT ?p WHERE {{ <{meeting['id']}> ?p ?o }}") == []
        assert ask(base, f"SELECT ?d WHERE {{ <{call['id']}> sem:hasTimeStamp ?d }}") == [{"d": "2023-02-15"}]
        assert meetings_of(base, "scholz") == []
        assert ask(base, WHO) == [{"who": "analyst-3"}, {"who": "analyst-3"}]  # the corrections, by name
        page = httpx.get(f"{base}/graph", timeout=60).text
        assert "Olaf Scholz" not in page and "Lula" in page
        assert "apply the corrections" in httpx.get(f"{base}/", timeout=60).text
        # made and undone while the server runs: the next answers follow
        change(path, "reject", short_id(call["id"]))
        assert events(base) == raw_events - 2
        with opened(path, read_only=True) as s:
            rejects = [c.id for c in read(s) if c.verb == "reject"]
        for ident in rejects:
            undone(path, ident)
        assert events(base) == raw_events
        assert [row["with"] for row in meetings_of(base, "scholz")] == ["Luiz Inácio Lula da Silva"]
        assert "Olaf Scholz" in httpx.get(f"{base}/graph", timeout=60).text


def test_raw_serves_the_graph_as_extracted(store) -> None:
    path, meeting, call = store
    with diplograph_server(path, "--workers", "1", "--raw") as base:
        assert ask(base, f"SELECT ?d WHERE {{ <{call['id']}> sem:hasTimeStamp ?d }}") == [{"d": "2023-01-31"}]
        assert [row["with"] for row in meetings_of(base, "scholz")] == ["Luiz Inácio Lula da Silva"]
        assert "as extracted" in httpx.get(f"{base}/", timeout=60).text
