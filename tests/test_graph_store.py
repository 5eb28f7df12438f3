"""The graph layer on hand-made records: stable IRIs, one transaction per article, export round trip."""

from __future__ import annotations

import os
import subprocess
import sys
from contextlib import contextmanager
from datetime import date

import pytest
from rdflib import Graph, Literal, URIRef

from diplograph.graph import model
from diplograph.graph.export import export_graph
from diplograph.graph.store import StoreBusy, open_store, opened
from diplograph.ingest.merge import join_stored
from diplograph.ingest.records import Article, Event, Evidence, Extraction, Person, Place, Role
from diplograph.queries.events import all_events, meetings

LULA = Person("Luiz Inácio Lula da Silva", aliases=("Lula",), roles=(Role("President", "Brazil"),))
SCHOLZ = Person("Olaf Scholz", aliases=("Scholz",), roles=(Role("Chancellor", "Germany"),))
BRASILIA = Place("Brasília", kind="city", country="Brazil", lat=-15.78, lon=-47.93, geonames_id=3469058)


def _extraction(
    text: str, file: str, event_date: str | None, place: Place | None = BRASILIA, inferred: bool = False
) -> Extraction:
    article = Article(
        file=file,
        path=f"/news/{file}",
        text=text,
        title=text.split("\n")[0],
        published=date(2023, 1, 31),
        source="Example Wire",
    )
    start = text.index("Lula")
    evidence = Evidence(
        article=article.key, file=file, quote=text[start:], start=start, end=len(text), date_inferred=inferred
    )
    event = Event("meet", (LULA, SCHOLZ), (evidence,), place=place, date=event_date, host=LULA.name, cameo="043")
    return Extraction(article=article, people=(LULA, SCHOLZ), places=(BRASILIA,), events=(event,))


FIRST = _extraction("Scholz in Brazil\nLula received Scholz in Brasília on Monday.", "a.txt", "2023-01-30")
# a dated story whose sentence gives no date: the event takes the story's date, marked inferred
SECOND = _extraction("German leader visits\nLula and Scholz met.", "b.txt", "2023-01-31", place=None, inferred=True)


@pytest.fixture()
def store(tmp_path):
    with opened(str(tmp_path / "store")) as s:
        yield s


def test_same_article_twice_adds_nothing(store):
    first = store.write(FIRST, join=join_stored)
    assert first.triples_added > 20
    before = len(store)
    again = store.write(FIRST, join=join_stored)
    assert again.triples_added == 0
    assert len(store) == before


def test_two_articles_about_one_meeting_give_one_event_with_two_sources(store):
    store.write(FIRST, join=join_stored)
    result = store.write(SECOND, join=join_stored)
    assert result.merged == 1
    events = all_events(store)
    assert len(events) == 1
    ev = events[0]
    assert ev["date"] == "2023-01-30"
    assert ev["place"]["name"] == "Brasília" and ev["place"]["country"] == "Brazil"
    assert {s["file"] for s in ev["sources"]} == {"a.txt", "b.txt"}
    assert ev["host"] == LULA.name
    names = {p["name"]: p for p in ev["participants"]}
    assert names["Olaf Scholz"]["roles"] == ["Chancellor of Germany"]
    assert names["Olaf Scholz"]["country"] == "Germany"


def test_quote_offsets_point_into_the_article_text(store):
    store.write(FIRST, join=join_stored)
    src = all_events(store)[0]["sources"][0]
    assert FIRST.article.text[src["start"] : src["end"]] == src["quote"]


def test_person_lookup_ignores_case_accents_and_takes_a_surname(store):
    store.write(FIRST, join=join_stored)
    assert len(meetings(store, person="lula da silva")) == 1
    assert len(meetings(store, person="LUIZ INACIO")) == 1
    assert len(meetings(store, person="scholz")) == 1
    assert meetings(store, person="Merkel") == []


@pytest.mark.parametrize("fmt", ["turtle", "nt", "trig", "json-ld"])
def test_export_loads_back_with_the_same_triples(store, tmp_path, fmt):
    store.write(FIRST, join=join_stored)
    store.write(SECOND, join=join_stored)
    out = tmp_path / f"out.{fmt}"
    count = export_graph(store, str(out), fmt)
    assert count == len(store)
    g = Graph()
    g.parse(out, format=fmt)
    assert len(g) == count
    assert set(g) == set(store.graph.triples((None, None, None)))


def test_a_second_writer_is_told_the_store_is_busy(tmp_path):
    path = str(tmp_path / "store")
    with opened(path):
        with pytest.raises(StoreBusy, match="busy"):
            open_store(path)


def test_a_writer_that_reopens_its_store_keeps_what_it_stored_and_stays_the_only_writer(tmp_path):
    from diplograph.graph.store_embedded import writer_pid

    path = str(tmp_path / "store")
    item = URIRef("https://example.org/item")
    with opened(path) as store:
        store.add_atomic([(item, model.DG.note, Literal("before"))])
        store.reopen()
        store.add_atomic([(item, model.DG.note, Literal("after"))])
        assert {str(o) for o in store.graph.objects(item, model.DG.note)} == {"before", "after"}
        assert writer_pid(path) == os.getpid()
        with pytest.raises(StoreBusy, match="busy"):
            open_store(path)
    assert writer_pid(path) is None
    with opened(path) as store:  # the lock went with the writer
        assert len(list(store.graph.objects(item, model.DG.note))) == 2


@contextmanager
def running(script: str, path, ready: str):
    """A process running ``script`` on the store at ``path``, once it has printed ``ready``; it is
    told to end (a line on its input) when the block ends."""
    holder = subprocess.Popen(
        [sys.executable, "-c", script, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == ready
        yield holder
    finally:
        holder.communicate("done\n", timeout=60)


def store_of_one_item(path):
    """A store at ``path`` written and closed, holding one triple."""
    with opened(str(path)) as store:
        store.add_atomic([(URIRef("https://example.org/item"), model.DG.note, Literal("kept"))])
    return path


BETWEEN_TWO_OPENINGS = """
import sys
from diplograph.graph.store_embedded import hold_writer_lock

fd = hold_writer_lock(sys.argv[1])  # a writer between closing its database and opening it again
print("held", flush=True)
sys.stdin.readline()
"""


def test_between_closing_and_reopening_no_other_writer_and_no_reader_gets_the_database(tmp_path):
    from diplograph.graph.store_embedded import readable_path, writer_pid

    path = store_of_one_item(tmp_path / "store")
    with running(BETWEEN_TWO_OPENINGS, path, "held") as holder:
        assert writer_pid(path) == holder.pid
        assert readable_path(path) is None  # not the database the writer is about to open again
        with pytest.raises(StoreBusy):
            open_store(str(path))
    assert writer_pid(path) is None and readable_path(path) == str(path)


def test_iris_are_stable_and_readable():
    assert model.person_iri(LULA).endswith("/person/luiz-inacio-lula-da-silva")
    assert model.event_iri(FIRST.events[0]) == model.event_iri(FIRST.events[0])
    assert model.article_iri(FIRST.article) != model.article_iri(SECOND.article)


@pytest.mark.parametrize("where", ["oxigraph", "memory"])
def test_event_dates_keep_their_precision_and_words(tmp_path, where):
    """A day, a month and a year are written as xsd:date, xsd:gYearMonth and xsd:gYear, with the
    words of the source (dg:dateText), and come back as the same ISO strings."""
    from diplograph.graph.vocab import SEM, XSD

    location = str(tmp_path / "store") if where == "oxigraph" else "memory:"
    with opened(location) as s:
        for k, (value, words, kind) in enumerate(
            [
                ("2023-02-03", "last Friday", XSD.date),
                ("2022-06", "in June last year", XSD.gYearMonth),
                ("2007", "in 2007", XSD.gYear),
            ]
        ):
            text = f"Story {k}\nLula met Scholz {words} to talk about trade number {k}."
            article = Article(file=f"{k}.txt", path=f"/news/{k}.txt", text=text, published=date(2023, 2, 6))
            start = text.index("Lula")
            evidence = Evidence(
                article=article.key, file=f"{k}.txt", quote=text[start:], start=start, end=len(text), date_text=words
            )
            event = Event("meet", (LULA, SCHOLZ), (evidence,), date=value)
            s.write(Extraction(article=article, people=(LULA, SCHOLZ), events=(event,)), join=join_stored)
            (stamp,) = [o for _, p, o in model.event_triples(event) if p == SEM.hasTimeStamp]
            assert stamp.datatype == kind and str(stamp) == value
        read = {ev["date"]: ev for ev in all_events(s)}
        assert set(read) == {"2023-02-03", "2022-06", "2007"}
        assert read["2022-06"]["sources"][0]["date_text"] == "in June last year"
        rows = list(s.query("SELECT ?t WHERE { ?s dg:dateText ?t }"))
        assert {str(r.t) for r in rows} == {"last Friday", "in June last year", "in 2007"}


def test_a_venue_is_a_place_of_its_own_inside_the_events_city():
    from diplograph.graph.vocab import DG, SDO

    caracas = Place(name="Caracas", kind="city", country="Venezuela", lat=10.49, lon=-66.88)
    event = Event("meet", (Person("Nicolás Maduro"), Person("Lula")), place=caracas, venue="Miraflores Palace")
    g = Graph()
    for triple in model.event_triples(event):
        g.add(triple)
    venue = g.value(model.event_iri(event), SDO.location)
    assert venue == model.venue_iri("Miraflores Palace", caracas)
    assert (venue, SDO.containedInPlace, model.place_iri(caracas)) in g
    assert (venue, SDO.name, None) in g and (venue, None, DG.Venue) in g
    # a venue placed only in a country is left as its name
    abroad = Event("meet", event.participants, place=Place(name="Venezuela", kind="country"), venue="A Palace")
    assert all(p != SDO.location for _, p, _ in model.event_triples(abroad))


WRITER = """
import sys
from diplograph.graph.store import open_store
from diplograph.graph.model import DG
from rdflib import Literal, URIRef

store = open_store(sys.argv[1])
item = URIRef("https://example.org/item")
store.add_atomic([(item, DG.note, Literal("written before the snapshot"))])
store.publish()
store.add_atomic([(item, DG.note, Literal("written after it"))])
print("written", flush=True)
sys.stdin.readline()
store.close()
"""


def test_a_reader_during_a_write_reads_the_writers_last_published_snapshot(tmp_path):
    import subprocess
    import sys

    from diplograph.graph.store_embedded import SNAPSHOTS, readable_path

    path = tmp_path / "store"
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert writer.stdout.readline().strip() == "written"
        during = readable_path(path)
        assert during is not None and SNAPSHOTS in during  # never the database the writer is changing
        with opened(str(path), read_only=True) as store:
            notes = {str(o) for o in store.graph.objects(None, model.DG.note)}
        assert notes == {"written before the snapshot"}
    finally:
        writer.communicate("done\n", timeout=60)
    assert writer.returncode == 0
    assert readable_path(path) == str(path)  # the writer is gone: readers read the store itself
    with opened(str(path), read_only=True) as store:
        notes = {str(o) for o in store.graph.objects(None, model.DG.note)}
    assert notes == {"written before the snapshot", "written after it"}


LOCK_HOLDER = """
import sys
import pyoxigraph as ox

store = ox.Store(sys.argv[1])  # holds the writer's lock and publishes nothing
print("locked", flush=True)
sys.stdin.readline()
"""


def test_a_reader_never_reads_a_snapshot_an_earlier_writer_left(tmp_path):
    from diplograph.graph.store_embedded import SNAPSHOTS, readable_path

    path = store_of_one_item(tmp_path / "store")
    assert list((path / SNAPSHOTS).iterdir())  # the closed writer's snapshot stays for its readers
    with running(LOCK_HOLDER, path, "locked"):
        assert readable_path(path) is None  # a writer with no snapshot of its own yet: busy
        with pytest.raises(StoreBusy):
            opened(str(path), read_only=True).__enter__()
    assert readable_path(path) == str(path)


def test_what_readers_read_changes_when_the_writer_ends_though_the_files_do_not(tmp_path):
    import subprocess
    import sys

    from diplograph.serve.workers import ReaderWatch

    path = tmp_path / "store"
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    watch = ReaderWatch(str(path))
    try:
        assert writer.stdout.readline().strip() == "written"
        during = watch.version()
        assert during == watch.version()  # a published snapshot never changes
    finally:
        writer.communicate("done\n", timeout=60)
    after = watch.version()
    assert after[0] == str(path) and during[0] != after[0]
