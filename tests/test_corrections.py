"""diplograph why, read --events and correct, on real articles in a store on disk.

The store is built in this process (one spaCy load); the commands run as the user runs them.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from cli_runs import run

from diplograph.graph.store import opened
from diplograph.ingesting import ingest_paths
from diplograph.queries.events import all_events, short_id

pytestmark = pytest.mark.slow

# Written for these tests: a transliteration of Qin Gang's name that the registry does not join to him.
CHIN_1 = (
    "BEIJING, July 3, 2023 (Reuters) - Chinese Foreign Minister Chin Kang met Russian Foreign Minister Sergei Lavrov "
    "in Beijing on Monday, the ministry said."
)
CHIN_0 = (
    "BEIJING, July 3, 2023 (Xinhua) - Chinese Foreign Minister Qin Gang met Russian Foreign Minister "
    "Sergei Lavrov in Beijing on Monday, the foreign ministry said."
)
CHIN_2 = (
    "JAKARTA, July 14, 2023 (AP) - Chinese Foreign Minister Chin Kang held talks with Indonesian Foreign Minister "
    "Retno Marsudi in Jakarta on Thursday."
)


def ingest(store: Path, *paths: str | Path) -> None:
    with opened(str(store)) as s:
        summary = ingest_paths(s, [str(p) for p in paths])
    assert not summary.errors


def events(store: Path, raw: bool = False) -> list[dict]:
    with opened(str(store), read_only=True) as s:
        return all_events(s, raw=raw)


def meetings_csv(store: Path, *extra: str) -> list[dict]:
    out = run("meetings", "--format", "csv", "--store", store, *extra)
    assert out.returncode == 0, out.stderr
    return list(csv.DictReader(io.StringIO(out.stdout)))


def ok(*args: str | Path) -> str:
    out = run(*args)
    assert out.returncode == 0, out.stderr + out.stdout
    return out.stdout


@pytest.fixture(scope="module")
def base_store(tmp_path_factory, examples_dir: Path) -> Path:
    store = tmp_path_factory.mktemp("corrections") / "store"
    ingest(store, examples_dir / "brasilia-lula-scholz.txt", examples_dir / "beijing-blinken.txt")
    return store


@pytest.fixture
def store(base_store: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "store"
    shutil.copytree(base_store, copy)
    return copy


def _find(rows: list[dict], kind: str, *names: str) -> dict:
    return next(r for r in rows if r["type"] == kind and all(n in r["participants"] for n in names))


def test_meetings_prints_ids_that_why_and_correct_take(store: Path) -> None:
    rows = meetings_csv(store)
    assert rows and all(len(r["id"]) == 8 for r in rows)
    assert len({r["id"] for r in rows}) == len(rows)
    iris = {short_id(ev["id"]) for ev in events(store)}
    assert {r["id"] for r in rows} == iris


def test_reject_survives_reingest_and_leaves_the_export(store: Path, examples_dir: Path, tmp_path: Path) -> None:
    target = _find(meetings_csv(store), "meet", "Lula", "Scholz")
    said = ok("correct", "reject", target["id"], "--by", "analyst-1", "--note", "test", "--store", store)
    assert "correction" in said
    # the wire copy reports the same meeting again: it joins the rejected event, which stays rejected
    ingest(store, examples_dir / "wire-copy.jsonl")
    assert not any(r["id"] == target["id"] for r in meetings_csv(store))
    raw = next(r for r in meetings_csv(store, "--raw") if r["id"] == target["id"])
    assert "wire-copy.jsonl" in raw["files"] and "brasilia-lula-scholz.txt" in raw["files"]
    iri = next(ev["id"] for ev in events(store, raw=True) if short_id(ev["id"]) == target["id"])
    ok("export", "-o", tmp_path / "corrected.ttl", "--store", store)
    ok("export", "-o", tmp_path / "raw.ttl", "--raw", "--store", store)
    assert (
        f"<{iri}>" not in (tmp_path / "corrected.ttl").read_text()
        and iri.rsplit("/", 1)[1] not in (tmp_path / "corrected.ttl").read_text()
    )
    assert iri.rsplit("/", 1)[1] in (tmp_path / "raw.ttl").read_text()
    # the corrections travel in TriG, in their own named graph, with who and when (PROV-O)
    ok("export", "-o", tmp_path / "all.trig", "--format", "trig", "--store", store)
    from rdflib import Dataset, Literal
    from rdflib.namespace import PROV, SDO

    from diplograph.graph.corrections import GRAPH
    from diplograph.graph.vocab import DG

    ds = Dataset()
    ds.parse(tmp_path / "all.trig", format="trig")
    g = ds.graph(GRAPH)
    (c,) = list(g.subjects(DG.verb, Literal("reject")))
    agent = g.value(c, PROV.wasAssociatedWith)
    assert g.value(agent, SDO.name) == Literal("analyst-1") and g.value(c, PROV.endedAtTime) is not None
    who = ok(
        "query",
        f"SELECT ?who WHERE {{ GRAPH <{GRAPH}> {{ ?c prov:wasAssociatedWith/schema:name ?who }} }}",
        "-f",
        "csv",
        "--store",
        store,
    )
    assert who.split() == ["who", "analyst-1"]
    # a SPARQL question sees the corrected graph too
    count = "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e dg:eventType ?t }"
    corrected = ok("query", count, "--format", "csv", "--store", store).split()[1]
    raw_n = ok("query", count, "--format", "csv", "--raw", "--store", store).split()[1]
    assert int(raw_n) == int(corrected) + 1


def test_set_date_set_place_list_and_undo(store: Path) -> None:
    target = _find(meetings_csv(store), "meet", "Blinken", "Wang Yi")
    first = ok("correct", "set-date", target["id"], "2023-06-20", "--store", store)
    ok("correct", "set-place", target["id"], "Nairobi", "--store", store)
    row = next(r for r in meetings_csv(store) if r["id"] == target["id"])
    assert row["when"] == "2023-06-20" and row["where"] == "Nairobi, Kenya"
    shown = json.loads(ok("meetings", "--format", "json", "--store", store))
    place = next(ev for ev in shown if short_id(ev["id"]) == target["id"])["place"]
    assert place["country"] == "Kenya" and place["lat"] == pytest.approx(-1.28, abs=0.1)
    listed = ok("correct", "--list", "--format", "json", "--store", store)
    made = json.loads(listed)
    assert [m["correction"].split()[0] for m in made] == ["set-date", "set-place"]
    ident = first.split()[1]
    ok("correct", "--undo", ident, "--store", store)
    row = next(r for r in meetings_csv(store) if r["id"] == target["id"])
    assert row["when"] == target["when"] and row["where"] == "Nairobi, Kenya"
    assert json.loads(ok("correct", "--list", "--format", "json", "--store", store))[0]["undone"]
    # a venue of the venue gazetteer sets the venue and its city; a place no gazetteer knows has no coordinates
    said = ok("correct", "set-place", target["id"][:5], "Planalto Palace", "--store", store)
    assert "place: Planalto Palace, Brasília, Brazil (-15.78, -47.93)" in said
    row = next(r for r in meetings_csv(store) if r["id"] == target["id"])
    assert row["where"] == "Planalto Palace, Brasília, Brazil"
    said = ok("correct", "set-place", target["id"], "Nowhere Land", "--store", store)
    assert "not in the gazetteer" in said
    made = json.loads(ok("correct", "--list", "--format", "json", "--store", store))
    assert made[-2]["correction"] == f'set-place {target["id"]} "Planalto Palace"'


def test_bad_corrections_are_one_line_errors(store: Path) -> None:
    for args in (
        ["reject", "ffffffff"],
        ["set-date", "x", "2023"],
        ["same-person", "Nobody Here", "Qin Gang"],
        ["frobnicate", "a", "b"],
    ):
        out = run("correct", *args, "--store", store)
        assert out.returncode == 2 and out.stderr.startswith("error:") and "Traceback" not in out.stderr
    target = _find(meetings_csv(store), "meet", "Blinken", "Xi")
    out = run("correct", "set-date", target["id"], "June 2023", "--store", store)
    assert out.returncode == 2 and "not a date" in out.stderr


def test_same_person_holds_for_new_articles(store: Path, tmp_path: Path) -> None:
    (tmp_path / "chin-1.txt").write_text(CHIN_1, encoding="utf-8")
    (tmp_path / "chin-2.txt").write_text(CHIN_2, encoding="utf-8")
    (tmp_path / "qin-0.txt").write_text(CHIN_0, encoding="utf-8")
    ingest(store, tmp_path / "chin-1.txt", tmp_path / "qin-0.txt")
    before = [p["name"] for ev in events(store) for p in ev["participants"]]
    assert "Chin Kang" in before and "Qin Gang" in before  # two people, as extracted
    with_lavrov = [
        ev for ev in events(store) if ev["type"] == "meet" and any("Lavrov" in p["name"] for p in ev["participants"])
    ]
    assert len(with_lavrov) == 2 and {ev["date"] for ev in with_lavrov} == {"2023-07-03"}  # one meeting, two events
    ok("correct", "same-person", "Qin Gang", "Chin Kang", "--store", store)
    after = events(store)
    assert "Chin Kang" not in {p["name"] for ev in after for p in ev["participants"]}
    (lavrov,) = [ev for ev in after if ev["type"] == "meet" and any("Lavrov" in p["name"] for p in ev["participants"])]
    assert "Qin Gang" in {p["name"] for p in lavrov["participants"]}
    assert {s["file"] for s in lavrov["sources"]} == {"chin-1.txt", "qin-0.txt"}  # now one event, two sources
    # a new article naming him so is resolved to Qin Gang when it is ingested (not only when read)
    ingest(store, tmp_path / "chin-2.txt")
    jakarta = next(ev for ev in events(store, raw=True) if any("Marsudi" in p["name"] for p in ev["participants"]))
    assert any(p["id"].endswith("/person/qin-gang") for p in jakarta["participants"])
    # not-same-person, made later, cancels the merge when reading
    ok("correct", "not-same-person", "Qin Gang", "Chin Kang", "--store", store)
    assert "Chin Kang" in {p["name"] for ev in events(store) for p in ev["participants"]}


def test_alias_holds_at_ingest(store: Path, tmp_path: Path) -> None:
    ok("correct", "alias", "Chin Kang", "Qin Gang", "--store", store)
    (tmp_path / "chin-2.txt").write_text(CHIN_2, encoding="utf-8")
    ingest(store, tmp_path / "chin-2.txt")
    jakarta = next(ev for ev in events(store, raw=True) if any("Marsudi" in p["name"] for p in ev["participants"]))
    assert any(p["id"].endswith("/person/qin-gang") for p in jakarta["participants"])
    sparql = "SELECT ?alt WHERE { <https://w3id.org/diplograph/id/person/qin-gang> schema:alternateName ?alt }"
    people = ok("query", sparql, "-f", "csv", "--store", store)
    assert "Chin Kang" in people


def test_not_same_person_keeps_the_registry_apart() -> None:
    from diplograph.correcting import CorrectedRegistry
    from diplograph.ingest.registry import Registry

    plain, apart = Registry(), CorrectedRegistry([("Antony Blinken", "Blinken")])
    for registry in (plain, apart):
        registry.add({"Antony Blinken": 2})
    assert plain.get("Blinken") is not None and plain.get("Blinken").name == "Antony Blinken"
    assert apart.get("Blinken") is None and apart.get("Antony Blinken") is not None


def test_why_tells_sources_triggers_people_place_and_merges(store: Path, examples_dir: Path) -> None:
    ingest(store, examples_dir / "wire-copy.jsonl")
    target = _find(meetings_csv(store), "meet", "Lula", "Scholz")
    text = ok("why", target["id"], "--store", store)
    assert "brasilia-lula-scholz.txt characters 61-263" in text and "wire-copy.jsonl" in text
    assert "event word: 'received' at 118; pattern: meet-verb (MEET_V)" in text
    assert "knowledge-base entry olaf-scholz" in text
    assert "stated in this sentence as 'Monday'" in text
    assert "named in this sentence ('Planalto Palace')" in text
    assert "from 2 article(s) are one event" in text
    found = json.loads(ok("why", target["id"], "--format", "json", "--store", store))
    lula = next(p for p in found["participants"] if "Lula" in p["name"])
    mention = next(m for m in lula["mentions"] if m["text"] == "Luiz Inácio Lula da Silva")
    quote = next(s for s in found["sources"] if s["start"] <= mention["start"] < s["end"])
    assert quote["quote"][mention["start"] - quote["start"] : mention["end"] - quote["start"]] == mention["text"]
    ok("correct", "reject", target["id"], "--store", store)
    assert "REJECTED" in ok("why", target["id"], "--store", store)
    out = run("why", "00000000", "--store", store)
    assert out.returncode == 2 and "no event" in out.stderr


def test_read_events_stores_nothing(examples_dir: Path, tmp_path: Path) -> None:
    out = run("read", examples_dir / "paris-modi-macron-call.txt", "--events", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert "phone_call: Narendra Modi" in out.stdout and "pattern converse-verb" in out.stdout
    assert "date words 'Tuesday'" in out.stdout
    assert list(tmp_path.iterdir()) == []


@pytest.mark.server
def test_corrections_on_a_sparql_endpoint(base_store: Path, tmp_path: Path) -> None:
    from servers import oxigraph_server

    from diplograph.correcting import correct
    from diplograph.graph import corrections
    from diplograph.graph.export import to_graph

    with opened(str(base_store), read_only=True) as local:
        triples = list(to_graph(local))
        target = next(ev for ev in all_events(local) if ev["type"] == "visit")
    with oxigraph_server(tmp_path / "db") as url, opened(url) as remote:
        remote.add_atomic(triples)
        made = correct(remote, "reject", [short_id(target["id"])], agent="analyst-2")
        assert [c.id for c in corrections.read(remote)] == [made.id]
        assert target["id"] not in {ev["id"] for ev in all_events(remote)}
        assert target["id"] in {ev["id"] for ev in all_events(remote, raw=True)}
        assert len(remote) == len(triples)  # the default graph is untouched: the correction is in its own graph


def test_correct_never_creates_a_store(tmp_path: Path) -> None:
    out = run("correct", "reject", "abcd1234", "--store", tmp_path / "none")
    assert out.returncode == 2 and "no store at" in out.stderr
    assert not (tmp_path / "none").exists()


def test_a_person_correction_naming_a_moved_iri_is_skipped() -> None:
    from rdflib import Graph, Literal

    from diplograph.graph.corrections import Correction, apply
    from diplograph.graph.vocab import DG, ID, RDF, SDO, SEM

    g = Graph()
    kept, event = ID["person/chin-kang"], ID["event/meet-0000"]
    g.add((kept, RDF.type, SDO.Person))
    g.add((kept, SDO.name, Literal("Chin Kang")))
    g.add((event, DG.eventType, Literal("meet")))
    g.add((event, SEM.hasActor, kept))
    gone = Correction(
        id="1",
        verb="same-person",
        subject=str(ID["person/qin-gang"]),
        object=str(kept),
        subject_text="Qin Gang",
        object_text="Chin Kang",
        agent="a",
        time="2026-01-01T00:00:00",
    )
    apply(g, [gone])
    assert set(g.objects(event, SEM.hasActor)) == {kept} and g.value(kept, SDO.name) == Literal("Chin Kang")


def test_short_ids_grow_until_no_two_events_share_one() -> None:
    from diplograph.queries.events import short_ids

    base = "https://w3id.org/diplograph/id/event/"
    ids = short_ids([base + "meet-0123456789abcdef", base + "visit-0123456788aaaaaa", base + "meet-ffffffff00000000"])
    assert list(ids.values()) == ["0123456789", "0123456788", "ffffffff00"]
    assert short_ids([base + "meet-0123456789abcdef"]) == {base + "meet-0123456789abcdef": "01234567"}
