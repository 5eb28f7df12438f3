"""diplograph why, read --events and correct, on real articles in a store on disk.

The articles are read once, in this process (one spaCy load), into a store that each test copies.
Each verb runs once as the real command (``test_every_verb_from_the_command_line``), and so do the
TriG export, stats, check, why and the one-line errors; the rest goes through the Python API,
which runs the same code.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections import Counter
from itertools import combinations
from pathlib import Path

import pytest
from cli_runs import run
from pair_lists import assert_lists_are_current

import diplograph
from diplograph.graph import corrections
from diplograph.graph.corrections import CorrectionError
from diplograph.graph.store import opened
from diplograph.ingesting import ingest_paths
from diplograph.queries.events import all_events, short_id
from diplograph.queries.library import run_named

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
CHIN_3 = (
    "SINGAPORE, August 4, 2023 (AP) - Chinese Foreign Minister Chin Kang met Indonesian Foreign Minister "
    "Retno Marsudi in Singapore on Friday."
)
QIN = "https://w3id.org/diplograph/id/person/qin-gang"
CHIN = "https://w3id.org/diplograph/id/person/chin-kang"


def ingest(store: Path, *paths: str | Path) -> None:
    with opened(str(store)) as s:
        summary = ingest_paths(s, [str(p) for p in paths])
    assert not summary.errors


def events(store: Path, raw: bool = False) -> list[dict]:
    with opened(str(store), read_only=True) as s:
        return all_events(s, raw=raw)


def ok(*args: str | Path) -> str:
    out = run(*args)
    assert out.returncode == 0, out.stderr + out.stdout
    return out.stdout


def find(rows: list[dict], kind: str, *names: str) -> dict:
    return next(
        r for r in rows if r["type"] == kind and all(any(n in p["name"] for p in r["participants"]) for n in names)
    )


def names(evs: list[dict]) -> set[str]:
    return {p["name"] for ev in evs for p in ev["participants"]}


def with_lavrov(evs: list[dict]) -> list[dict]:
    return [ev for ev in evs if ev["type"] == "meet" and "Sergei Lavrov" in names([ev])]


@pytest.fixture(scope="module")
def texts(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("texts")
    for name, text in (("chin-1.txt", CHIN_1), ("qin-0.txt", CHIN_0), ("chin-2.txt", CHIN_2)):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def base_store(tmp_path_factory, examples_dir: Path, texts: Path) -> Path:
    store = tmp_path_factory.mktemp("corrections") / "store"
    ingest(
        store,
        examples_dir / "brasilia-lula-scholz.txt",
        examples_dir / "beijing-blinken.txt",
        texts / "chin-1.txt",
        texts / "qin-0.txt",
    )
    return store


@pytest.fixture
def store(base_store: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "store"
    shutil.copytree(base_store, copy)
    return copy


def test_meetings_prints_ids_that_why_and_correct_take(store: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(ok("meetings", "--format", "csv", "--store", store))))
    assert rows and all(len(r["id"]) == 8 for r in rows)
    assert len({r["id"] for r in rows}) == len(rows)
    assert {r["id"] for r in rows} == {short_id(ev["id"]) for ev in events(store)}


def test_every_verb_from_the_command_line(store: Path) -> None:
    found = events(store)
    lula, blinken = find(found, "meet", "Lula", "Scholz"), find(found, "meet", "Blinken", "Wang Yi")
    said = ok("correct", "reject", short_id(lula["id"]), "--by", "analyst-1", "--note", "test", "--store", store)
    assert said.startswith("correction ") and "undo with: diplograph correct --undo" in said
    assert lula["id"] not in {ev["id"] for ev in events(store)}
    assert lula["id"] in {ev["id"] for ev in events(store, raw=True)}

    ok("correct", "set-date", short_id(blinken["id"]), "2023-06-20", "--store", store)
    assert find(events(store), "meet", "Blinken", "Wang Yi")["date"] == "2023-06-20"
    # a venue of the venue gazetteer sets the venue and its city; a start of the id is enough
    said = ok("correct", "set-place", short_id(blinken["id"])[:5], "Planalto Palace", "--store", store)
    assert "place: Planalto Palace, Brasília, Brazil (-15.78, -47.93)" in said
    moved = find(events(store), "meet", "Blinken", "Wang Yi")
    assert moved["venue"] == "Planalto Palace" and moved["place"]["name"] == "Brasília"

    assert len(with_lavrov(events(store))) == 2  # Qin Gang's and Chin Kang's: one meeting, two events
    ok("correct", "same-person", "Qin Gang", "Chin Kang", "--store", store)
    (one,) = with_lavrov(events(store))
    assert "Chin Kang" not in names(events(store)) and {s["file"] for s in one["sources"]} == {
        "chin-1.txt",
        "qin-0.txt",
    }
    ok("correct", "not-same-person", "Qin Gang", "Chin Kang", "--store", store)  # cancels the merge
    assert len(with_lavrov(events(store))) == 2 and "Chin Kang" in names(events(store))

    with diplograph.open(store, read_only=True) as kg:
        assert kg.query("meetings-of", person="tony blinken") == []
    ok("correct", "alias", "Tony Blinken", "Antony Blinken", "--store", store)
    with diplograph.open(store, read_only=True) as kg:
        tony = kg.query("meetings-of", person="tony blinken")
        assert tony and tony == kg.query("meetings-of", person="antony blinken")

    made = json.loads(ok("correct", "--list", "--format", "json", "--store", store))
    assert [m["correction"].split()[0] for m in made] == [
        "reject",
        "set-date",
        "set-place",
        "same-person",
        "not-same-person",
        "alias",
    ]
    assert made[0]["by"] == "analyst-1" and made[0]["note"] == "test" and made[0]["when"]
    assert made[2]["correction"] == f'set-place {short_id(blinken["id"])} "Planalto Palace"'
    ok("correct", "--undo", made[0]["id"], "--store", store)
    assert lula["id"] in {ev["id"] for ev in events(store)}
    assert json.loads(ok("correct", "--list", "--format", "json", "--store", store))[0]["undone"]


def test_reject_survives_reingest_and_shows_in_the_export(store: Path, examples_dir: Path, tmp_path: Path) -> None:
    count = "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e dg:eventType ?t }"
    who = f"SELECT ?who WHERE {{ GRAPH <{corrections.GRAPH}> {{ ?c prov:wasAssociatedWith/schema:name ?who }} }}"
    with diplograph.open(store) as kg:
        target = next(e for e in kg.meetings(person="lula") if e.type == "meet")
        assert {p.name for p in target.participants} == {"Luiz Inácio Lula da Silva", "Olaf Scholz"}
        before = kg.query(count)[0]["n"]
        kg.correct("reject", target.short_id, by="analyst-1")
        assert kg.query(count)[0]["n"] == before - 1  # the view asked before is made again
        # the wire copy reports the same meeting again: it joins the rejected event, which stays rejected
        assert kg.ingest(examples_dir / "wire-copy.jsonl").merged >= 1
        assert target.id not in {e.id for e in kg.meetings()}
        raw = kg.event(target.short_id, raw=True)
        assert {s.file for s in raw.sources} >= {"wire-copy.jsonl", "brasilia-lula-scholz.txt"}
        with pytest.raises(LookupError, match="rejected"):
            kg.event(target.short_id)
        # a SPARQL question sees the corrected graph; the corrections graph is reached by name
        assert kg.query(count, raw=True)[0]["n"] == kg.query(count)[0]["n"] + 1
        assert kg.query(who) == [{"who": "analyst-1"}]
        assert kg.export(tmp_path / "raw.ttl", raw=True) > kg.export(tmp_path / "corrected.ttl")
    local = target.id.rsplit("/", 1)[1]
    assert local in (tmp_path / "raw.ttl").read_text() and local not in (tmp_path / "corrected.ttl").read_text()
    # the command's TriG: the corrected default graph, and the corrections with who and when (PROV-O)
    ok("export", "-o", tmp_path / "all.trig", "--format", "trig", "--store", store)
    from rdflib import Dataset, Literal, URIRef
    from rdflib.namespace import PROV, SDO

    from diplograph.graph.vocab import DG

    ds = Dataset()
    ds.parse(data=(tmp_path / "all.trig").read_text(encoding="utf-8"), format="trig")
    assert not list(ds.default_graph.triples((URIRef(target.id), None, None)))
    assert list(ds.default_graph.triples((None, DG.eventType, None)))
    g = ds.graph(corrections.GRAPH)
    (c,) = list(g.subjects(DG.verb, Literal("reject")))
    assert g.value(g.value(c, PROV.wasAssociatedWith), SDO.name) == Literal("analyst-1")
    assert g.value(c, PROV.endedAtTime) is not None and g.value(c, DG.subject) == URIRef(target.id)


def test_set_date_set_place_list_and_undo(store: Path) -> None:
    with diplograph.open(store) as kg:
        ev = next(e for e in kg.meetings(person="wang yi") if e.type == "meet")
        first = kg.correct("set-date", ev.short_id, "2023-06-20", note="the readout's date")
        kg.correct("set-place", ev.short_id, "Nairobi")
        now = kg.event(ev.short_id)
        assert now.date == "2023-06-20" and now.place.name == "Nairobi" and now.place.country == "Kenya"
        assert now.place.lat == pytest.approx(-1.28, abs=0.1)
        assert kg.event(ev.short_id, raw=True).date == ev.date
        assert [(c.verb, c.note) for c in kg.corrections()] == [("set-date", "the readout's date"), ("set-place", None)]
        kg.undo(first.id[:4])
        assert kg.event(ev.short_id).date == ev.date and kg.event(ev.short_id).place.name == "Nairobi"
        assert kg.corrections()[0].undone
        with pytest.raises(CorrectionError, match="undone already"):
            kg.undo(first.id)
        nowhere = kg.correct("set-place", ev.short_id, "Nowhere Land")
        assert nowhere.place.lat is None and kg.event(ev.short_id).place.name == "Nowhere Land"


def test_bad_corrections_are_one_line_errors(store: Path) -> None:
    with diplograph.open(store) as kg:
        xi = next(e for e in kg.meetings(person="xi jinping") if e.type == "meet")
        for args, message in (
            (("reject", "ffffffff"), "no event 'ffffffff'"),
            (("reject",), "reject takes one argument"),
            (("set-date", "x", "2023"), "no event 'x'"),
            (("set-date", xi.short_id, "June 2023"), "not a date"),
            (("same-person", "Nobody Here", "Qin Gang"), "no person matches 'Nobody Here'"),
            (("same-person", "Qin Gang", "Qin Gang"), "one person already"),
            (("frobnicate", "a", "b"), "unknown correction 'frobnicate'"),
        ):
            with pytest.raises(CorrectionError, match=message):
                kg.correct(*args)
        with pytest.raises(CorrectionError, match="no correction"):
            kg.undo("0000")
        assert kg.corrections() == []
    for args in (["frobnicate", "a", "b"], ["set-date", xi.short_id, "June 2023"], ["--undo", "0000"], []):
        out = run("correct", *args, "--store", store)
        assert out.returncode == 2 and out.stderr.startswith("error:") and "Traceback" not in out.stderr
        assert len(out.stderr.strip().splitlines()) == 1


def test_same_person_holds_for_new_articles(store: Path, texts: Path) -> None:
    with diplograph.open(store) as kg:
        kg.correct("same-person", "Qin Gang", "Chin Kang")
        (meeting,) = [e for e in kg.meetings(person="lavrov") if e.type == "meet"]
        assert "Qin Gang" in {p.name for p in meeting.participants}
        # a new article naming him so is resolved to Qin Gang when it is ingested (not only when read)
        kg.ingest(texts / "chin-2.txt")
        jakarta = kg.meetings(person="marsudi", raw=True)
        assert jakarta and all(QIN in {p.id for p in e.participants} for e in jakarta)


def test_alias_holds_at_ingest(store: Path, texts: Path) -> None:
    with diplograph.open(store) as kg:
        kg.correct("alias", "Chin Kang", "Qin Gang")
        kg.ingest(texts / "chin-2.txt")
        jakarta = kg.meetings(person="marsudi", raw=True)
        assert jakarta and all(QIN in {p.id for p in e.participants} for e in jakarta)
        alt = kg.query(f"SELECT ?alt WHERE {{ <{QIN}> schema:alternateName ?alt }}")
        assert {"alt": "Chin Kang"} in alt
        # the stored Chin Kang joins Qin Gang when read: his meeting with Lavrov is Qin Gang's one meeting
        assert len([e for e in kg.meetings(person="lavrov") if e.type == "meet"]) == 1


def test_not_same_person_splits_a_person_merged_at_ingest(store: Path, texts: Path) -> None:
    with diplograph.open(store) as kg:
        alias = kg.correct("alias", "Chin Kang", "Qin Gang")
        kg.ingest(texts / "chin-2.txt")  # stored under Qin Gang, "Chin Kang" one of his names
        kg.undo(alias.id)
        assert all(QIN in {p.id for p in e.participants} for e in kg.meetings(person="marsudi"))
        kg.correct("not-same-person", "Qin Gang", "Chin Kang")
        # the events whose sentences call him Chin Kang go to Chin Kang; Qin Gang keeps his own
        for e in kg.meetings(person="marsudi"):
            assert CHIN in {p.id for p in e.participants} and QIN not in {p.id for p in e.participants}
        qin = [e for e in kg.meetings() if QIN in {p.id for p in e.participants}]
        assert qin and all("chin-2.txt" not in {s.file for s in e.sources} for e in qin)
        assert {"with": "Retno Marsudi"} in [{"with": r["with"]} for r in kg.query("meetings-of", person="chin kang")]
        assert "Chin Kang" not in {
            r["alt"] for r in kg.query(f"SELECT ?alt WHERE {{ <{QIN}> schema:alternateName ?alt }}")
        }
        # ingested again, and a new article naming him so: the split holds
        (texts / "chin-3.txt").write_text(CHIN_3, encoding="utf-8")
        kg.ingest([texts / "chin-2.txt", texts / "chin-3.txt"])
        later = kg.meetings(person="marsudi")
        assert len(later) == 2 and all(CHIN in {p.id for p in e.participants} for e in later)
        (new,) = [e for e in kg.meetings(person="marsudi", raw=True) if "chin-3.txt" in {s.file for s in e.sources}]
        assert CHIN in {p.id for p in new.participants}  # stored as Chin Kang: the registry kept the two apart


def test_not_same_person_keeps_the_registry_apart() -> None:
    from diplograph.correcting import CorrectedRegistry
    from diplograph.ingest.registry import Registry

    plain, apart = Registry(), CorrectedRegistry([("Antony Blinken", "Blinken")])
    for registry in (plain, apart):
        registry.add({"Antony Blinken": 2})
    assert plain.get("Blinken") is not None and plain.get("Blinken").name == "Antony Blinken"
    assert apart.get("Blinken") is None and apart.get("Antony Blinken") is not None


def _comparable(evs: list[dict]) -> list[dict]:
    """Events without what the order of a query's rows decides (a person's roles, a source's
    several date words)."""
    out = json.loads(json.dumps(evs))
    for ev in out:
        for p in ev["participants"]:
            p["roles"] = sorted(p["roles"])
        for s in ev["sources"]:
            s.pop("date_text")
    return out


def test_the_view_reads_as_the_whole_corrected_graph(store: Path, texts: Path) -> None:
    """Events are read from the store and only those the corrections reach from the view, and no
    copy is made for it; they are what reading the whole corrected graph gives, pairs included."""
    ingest(store, texts / "chin-2.txt")
    with opened(str(store)) as s:
        from diplograph.correcting import correct

        found = all_events(s)
        correct(s, "reject", [short_id(find(found, "meet", "Lula", "Scholz")["id"])])
        correct(s, "set-date", [short_id(find(found, "meet", "Blinken", "Xi")["id"]), "2023-06-21"])
        correct(s, "set-place", [short_id(find(found, "meet", "Blinken", "Wang Yi")["id"]), "Nairobi"])
        correct(s, "same-person", ["Qin Gang", "Chin Kang"])
        view = corrections.view(s)
        assert isinstance(view, corrections.CorrectedStore) and view.skipped == []
        patched = all_events(view)
        assert view._native is None  # reading events made no copy
        whole = view.native()
        assert len(whole) == len(view) == len(s) - len(view.removed) + len(view.added)
        assert _comparable(patched) == _comparable(all_events(whole, raw=True))
        # who met whom is read from the pair links: as many meetings per pair as the events say
        pairs = Counter(
            pair
            for ev in patched
            if ev["type"] == "meet"
            for pair in combinations(sorted(p["name"] for p in ev["participants"]), 2)
        )
        rows = view.query(
            "SELECT ?a ?b ?n WHERE { ?pair dg:meetingCount ?n ; dg:pairMember ?x, ?y . "
            "?x schema:name ?a . ?y schema:name ?b . FILTER(?a < ?b) }"
        )
        assert {(str(r.a), str(r.b)): int(r.n) for r in rows} == dict(pairs)
        # ... and the lists of pairs the pages read are those of the corrected links
        assert_lists_are_current(whole)
        everything = run_named(view, "who-met-whom", limit=0).rows
        assert len(everything) == len(dict(pairs))
        assert run_named(view, "who-met-whom", limit=2).rows == everything[:2]


def test_stats_and_check_apply_the_corrections(store: Path) -> None:
    def stats(*flag: str) -> dict[str, int]:
        return {r["what"]: int(r["count"]) for r in json.loads(ok("stats", "-f", "json", *flag, "--store", store))}

    with opened(str(store), read_only=True) as s:
        from diplograph.graph.stats import store_stats

        before = store_stats(s)
    with diplograph.open(store) as kg:
        kg.correct("reject", next(e for e in kg.meetings(person="scholz") if e.type == "meet").short_id)
        kg.correct("same-person", "Qin Gang", "Chin Kang")
        # a correction that names a person no longer stored under that id
        corrections.add(kg.store, "same-person", QIN, QIN + "-sr", "Qin Gang", "Qin Gang Sr")
    assert stats("--raw") == before
    assert ok("check", "--raw", "--store", store).startswith("ok store is consistent")
    after = stats()
    assert after["events"] == before["events"] - 2  # the rejected one, and Chin Kang's joined to Qin Gang's
    assert after["people"] == before["people"] - 1 and after["corrections in force"] == 3
    checked = run("check", "-f", "json", "--store", store)
    report = json.loads(checked.stdout)
    assert checked.returncode == 1 and report["events"] == after["events"]
    assert [p["rule"] for p in report["problems"]] == ["correction-not-applied"]
    assert "Qin Gang Sr" in report["problems"][0]["message"]


def test_why_tells_sources_triggers_people_place_and_merges(store: Path, examples_dir: Path) -> None:
    ingest(store, examples_dir / "wire-copy.jsonl")
    target = short_id(find(events(store), "meet", "Lula", "Scholz")["id"])
    text = ok("why", target, "--store", store)
    assert "brasilia-lula-scholz.txt characters 72-263" in text and "wire-copy.jsonl" in text
    assert "event word: 'received' at 118; pattern: meet-verb (MEET_V)" in text
    assert "knowledge-base entry olaf-scholz" in text
    assert "stated in this sentence as 'Monday'" in text
    assert "named in this sentence ('Planalto Palace')" in text
    assert "from 2 article(s) are one event" in text
    from diplograph.queries.why import as_text

    with diplograph.open(store) as kg:
        found = kg.why(target)
        lula = next(p for p in found["participants"] if "Lula" in p["name"])
        mention = next(m for m in lula["mentions"] if m["text"] == "Luiz Inácio Lula da Silva")
        quote = next(s for s in found["sources"] if s["start"] <= mention["start"] < s["end"])
        assert quote["quote"][mention["start"] - quote["start"] : mention["end"] - quote["start"]] == mention["text"]
        made = kg.correct("reject", target)
        rejected = kg.why(target)
        assert rejected["rejected"] and [c["id"] for c in rejected["corrections"]] == [made.id]
        assert "REJECTED" in as_text(rejected)
    out = run("why", "00000000", "--store", store)
    assert out.returncode == 2 and "no event" in out.stderr


def test_read_events_stores_nothing(examples_dir: Path, tmp_path: Path, monkeypatch) -> None:
    from diplograph.commands.read import describe_events

    monkeypatch.chdir(tmp_path)
    shown = describe_events([str(examples_dir / "paris-modi-macron-call.txt")])
    assert "phone_call: Narendra Modi" in shown and "pattern converse-verb" in shown
    assert "date words 'Tuesday'" in shown
    assert list(tmp_path.iterdir()) == []


@pytest.mark.server
def test_corrections_on_a_sparql_endpoint(base_store: Path, tmp_path: Path) -> None:
    from servers import oxigraph_server

    from diplograph.correcting import correct
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
    assert apply(g, [gone]) == [gone]
    assert set(g.objects(event, SEM.hasActor)) == {kept} and g.value(kept, SDO.name) == Literal("Chin Kang")


def test_short_ids_grow_until_no_two_events_share_one() -> None:
    from diplograph.queries.events import short_ids

    base = "https://w3id.org/diplograph/id/event/"
    ids = short_ids([base + "meet-0123456789abcdef", base + "visit-0123456788aaaaaa", base + "meet-ffffffff00000000"])
    assert list(ids.values()) == ["0123456789", "0123456788", "ffffffff00"]
    assert short_ids([base + "meet-0123456789abcdef"]) == {base + "meet-0123456789abcdef": "01234567"}
