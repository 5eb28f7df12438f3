"""The pair links, the lists of pairs and the name index written at ingest: they say what the
events say, survive re-ingest, cross-article joining and persons moving to a new IRI, give the
pages that sorting every row gives, and find the same people as reading every name."""

from __future__ import annotations

from pathlib import Path

import pytest
from heap import warm_pipeline
from pair_lists import assert_lists_are_current
from rdflib import Literal, URIRef

from diplograph.graph import model
from diplograph.graph.store import opened
from diplograph.graph.vocab import DG, RDF, SDO, SEM
from diplograph.ingest.records import Article, Event, Evidence, Extraction, Person, name_matches
from diplograph.ingesting import index_names, ingest_paths, repair_pairs
from diplograph.queries.library import _PEOPLE, resolve_people, run_named

REPO = Path(__file__).resolve().parent.parent
DEV_ARTICLES = REPO / "tests" / "data" / "corpus" / "dev" / "articles"


def pair_links(store) -> dict[URIRef, tuple[set, set]]:
    out: dict[URIRef, tuple[set, set]] = {}
    for pair, _, _ in store.graph.triples((None, RDF.type, DG.MeetingPair)):
        out[pair] = (set(store.graph.objects(pair, DG.pairMember)), set(store.graph.objects(pair, DG.pairEvent)))
    return out


def meeting_pairs(store) -> set[tuple[frozenset, URIRef]]:
    """What the pair links must say, read from the meetings themselves."""
    found = set()
    for event in store.graph.subjects(DG.eventType, Literal("meet")):
        actors = sorted(set(store.graph.objects(event, SEM.hasActor)), key=str)
        found.update((frozenset((a, b)), event) for i, a in enumerate(actors) for b in actors[i + 1 :])
    return found


def assert_pairs_agree_with_meetings(store) -> None:
    links = pair_links(store)
    assert links, "no pair links written"
    for pair, (members, events) in links.items():
        assert len(members) == 2 and pair == model.pair_iri(*members), (pair, members)
        assert events
    from_links = {(frozenset(members), e) for members, events in links.values() for e in events}
    assert from_links == meeting_pairs(store)


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    warm_pipeline()  # loaded and out of the garbage collector's way before the stores open and close
    path = str(tmp_path_factory.mktemp("pairs") / "store")
    files = [str(p) for p in sorted(DEV_ARTICLES.iterdir())[:40]]
    with opened(path) as store:
        first = ingest_paths(store, files)
    return path, files, first


def test_pair_links_say_what_the_meetings_say_after_a_real_ingest(ingested):
    path, _, first = ingested
    assert first.articles == 40 and first.events > 10
    with opened(path, read_only=True) as store:
        assert_pairs_agree_with_meetings(store)
        assert_lists_are_current(store)


def test_ingesting_the_same_articles_again_adds_nothing(ingested):
    path, files, _ = ingested
    with opened(path) as store:
        before = len(store)
        again = ingest_paths(store, files)
        assert again.already_stored == 40 and len(store) == before + again.triples_added
        assert index_names(store) == 0  # the index was written with every person
        assert_pairs_agree_with_meetings(store)
        assert_lists_are_current(store)


def test_the_name_index_finds_the_people_reading_every_name_finds(ingested):
    path, _, _ = ingested
    with opened(path, read_only=True) as store:
        names = {str(row.n) for row in store.query(_PEOPLE)}
        assert len(names) > 20
        asked = set()
        for name in names:
            words = name.split()
            asked.update({name, name.upper(), words[-1], " ".join(words[:2])})
        for text in sorted(asked):
            scanned = sorted({row.p for row in store.query(_PEOPLE) if name_matches(text, str(row.n))})
            assert resolve_people(store, text) == scanned, text


def test_pages_of_who_met_whom_cover_every_pair_once_in_either_order(ingested):
    path, _, _ = ingested
    with opened(path, read_only=True) as store:
        everything = run_named(store, "who-met-whom", limit=0)
        assert len(everything.rows) == len(pair_links(store)) > 5
        for order in ("date", "meetings"):
            pages = [
                run_named(store, "who-met-whom", limit=4, offset=k, order=order).rows
                for k in range(0, len(everything.rows) + 4, 4)
            ]
            seen = [tuple(map(str, row[:2])) for rows in pages for row in rows]
            assert sorted(seen) == sorted(tuple(map(str, row[:2])) for row in everything.rows)
            assert len(pages[0]) == 4
        by_count = [int(row[2]) for row in run_named(store, "who-met-whom", limit=0, order="meetings").rows]
        assert by_count == sorted(by_count, reverse=True)
        by_date = [str(row[3]) for row in run_named(store, "who-met-whom", limit=0).rows if row[3] is not None]
        assert by_date == sorted(by_date, reverse=True)


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """Generated articles (benchmarks/corpus.py: a few people meet very often, dates over nine years)
    written one by one through the writer, so that its lists are kept article by article."""
    from benchmarks import corpus

    path = str(tmp_path_factory.mktemp("generated") / "store")
    with opened(path) as store:
        for extraction in corpus.extractions(400):
            store.write(extraction)
    return path, corpus.a_person()


def test_the_lists_kept_article_by_article_are_the_lists_written_afresh(generated):
    path, _ = generated
    with opened(path, read_only=True) as store:
        assert_pairs_agree_with_meetings(store)
        assert_lists_are_current(store)


def test_a_page_read_from_the_lists_is_that_slice_of_every_row(generated):
    """A page reads only the lists it reaches; it holds exactly the rows of the same slice of the
    whole answer, in either order, at the start, across the lists' edges and past the end."""
    path, busiest = generated
    with opened(path, read_only=True) as store:
        for name, values in (("who-met-whom", {}), ("meetings-of", {"person": [busiest]})):
            for order in ("date", "meetings"):
                whole = run_named(store, name, values, limit=0, order=order).rows
                assert len(whole) > 20, (name, len(whole))
                for limit, offset in ((1, 0), (7, 0), (50, 0), (6, 5), (9, 12), (5, len(whole) - 3), (2, len(whole))):
                    page = run_named(store, name, values, limit=limit, offset=offset, order=order).rows
                    assert page == whole[offset : offset + limit], (name, order, limit, offset)


def meeting(first: Person, second: Person, key: str, date: str | None) -> Extraction:
    article = Article(file=f"{key}.txt", path=f"{key}.txt", text=f"{first.name} met {second.name}. {key}")
    evidence = Evidence(article=article.key, file=article.file, quote="met", start=0, end=3)
    event = Event(type="meet", participants=(first, second), evidence=(evidence,), date=date)
    return Extraction(article=article, people=(first, second), events=(event,))


def test_a_person_moved_to_a_new_iri_keeps_one_pair_with_each_person_met(tmp_path):
    short, full, other = Person("Maduro"), Person("Nicolas Maduro"), Person("Hossein Amir-Abdollahian")
    with opened(str(tmp_path / "store")) as store:
        store.write(meeting(short, other, "one", "2023-02-03"))
        store.write(meeting(full, other, "two", "2023-03-01"))
        assert len(pair_links(store)) == 2  # one pair per IRI of Maduro, until the names are found to be one
        store.graph.update(model.person_rename(short, full))
        repair_pairs(store, model.person_iri(full))
        links = pair_links(store)
        assert list(links) == [model.pair_iri(model.person_iri(full), model.person_iri(other))]
        assert len(next(iter(links.values()))[1]) == 2  # both meetings, under the one pair
        assert_pairs_agree_with_meetings(store)
        assert_lists_are_current(store)  # the old pair and the old person's lists are gone
        rows = run_named(store, "meetings-of", {"person": ["maduro"]}).rows
        assert len(rows) == 2 and {str(r[0]) for r in rows} == {"Nicolas Maduro"}
        # the name index moved along: the old short name still finds the person
        assert resolve_people(store, "Maduro") == [model.person_iri(full)]


def test_two_names_found_to_be_one_person_leave_no_pair_of_one(tmp_path):
    first, second = Person("Xi"), Person("Xi Jinping")
    with opened(str(tmp_path / "store")) as store:
        store.write(meeting(first, second, "one", "2023-02-03"))
        store.graph.update(model.person_rename(first, second))
        repair_pairs(store, model.person_iri(second))
        assert pair_links(store) == {}
        assert (model.person_iri(second), RDF.type, SDO.Person) in store.graph
        assert not list(store.graph.triples((None, DG.meetingCount, None)))
        assert not [t for t in store.graph.triples((None, RDF.type, None)) if t[2] in model.PAIR_LIST_CLASSES]


def test_a_store_written_without_lists_is_listed_when_the_writer_starts(tmp_path):
    """Extraction triples stored by a program of its own (no summaries, no lists): the check the
    writer makes when it starts sees it, and the lists are written for every pair."""
    first, second, third = Person("Ana Costa"), Person("Luis Silva"), Person("Wei Zhang")
    with opened(str(tmp_path / "store")) as store:
        for extraction in (
            meeting(first, second, "one", "2023-02-03"),
            meeting(first, second, "two", "2023-03"),
            meeting(second, third, "three", "2021"),
        ):
            store.add_atomic(model.extraction_triples(extraction))
        assert not store.pairs_listed()
        ingest_paths(store, [])
        assert_lists_are_current(store)
        rows = run_named(store, "who-met-whom", limit=0, order="meetings").rows
        assert [(str(r[0]), str(r[1]), int(r[2]), str(r[3])) for r in rows] == [
            ("Ana Costa", "Luis Silva", 2, "2023-03"),
            ("Luis Silva", "Wei Zhang", 1, "2021"),
        ]


@pytest.mark.parametrize("spec", ["memory:", "store"])
def test_a_pair_with_a_dated_and_an_undated_meeting_is_summed_in_every_store(tmp_path, spec):
    lula, scholz = Person("Luiz Inácio Lula da Silva"), Person("Olaf Scholz")
    where = spec if spec == "memory:" else str(tmp_path / spec)
    with opened(where) as store:
        store.write(meeting(lula, scholz, "dated", "2023-01-30"))
        store.write(meeting(lula, scholz, "undated", None))
        pair = model.pair_iri(model.person_iri(lula), model.person_iri(scholz))
        assert int(store.graph.value(pair, DG.meetingCount)) == 2
        assert str(store.graph.value(pair, DG.lastMet)) == "2023-01-30"
