"""Nothing lost, nothing duplicated: integrity check, idempotent ingest, a killed ingest, concurrent readers.

The check command, the killed and interrupted ingests and the concurrent readers and writers run
the real ``diplograph`` command in subprocesses against a real store on disk.  The idempotence
tests are about what the store holds after several ingests, not about the command line: they
ingest in this process, through the function ``diplograph ingest`` calls (``cli_runs.ingest_here``),
and compare the stores triple for triple.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest
from cli_runs import (
    canonical_triples,
    check_here,
    comparable,
    ingest_here,
    meetings_here,
    no_traceback,
    run,
    run_many,
    start,
    stats_here,
    triples,
)
from generated_articles import write_batch

from diplograph.graph.store import opened, writer_pid
from diplograph.ingest.merge import join_stored
from diplograph.ingest.records import Article, Event, Evidence, Extraction, Person, Place, Role

DG = "https://w3id.org/diplograph/ns#"
PROV = "http://www.w3.org/ns/prov#"
SDO = "https://schema.org/"
SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"
ID = "https://w3id.org/diplograph/id/"

# -- hand-made records: a store written without the language pipeline -------------------------

ANNA = Person("Anna Lindqvist", roles=(Role("President", "Sweden"),))
BORIS = Person("Boris Moravec", roles=(Role("Prime Minister", "Czechia"),))
OSLO = Place("Oslo", kind="city", country="Norway")


def _extraction(text: str, file: str) -> Extraction:
    article = Article(file=file, path=f"/news/{file}", text=text, title=text.split("\n")[0], published=date(2024, 3, 2))
    start_at = text.index("Anna")
    end_at = text.index(".", start_at) + 1
    evidence = Evidence(article=article.key, file=file, quote=text[start_at:end_at], start=start_at, end=end_at)
    event = Event("meet", (ANNA, BORIS), (evidence,), place=OSLO, date="2024-03-01")
    return Extraction(article=article, people=(ANNA, BORIS), places=(OSLO,), events=(event,))


def _hand_store(path: Path) -> Path:
    with opened(str(path)) as store:
        store.write(
            _extraction("Talks in Oslo\nAnna Lindqvist met Boris Moravec in Oslo on Friday. More.", "a.txt"),
            join=join_stored,
        )
        store.write(
            _extraction("Leaders meet\nOn Friday Anna Lindqvist and Boris Moravec met in Oslo.", "b.txt"),
            join=join_stored,
        )
    return path


def _nn(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


# -- diplograph check ----------------------------------------------------------------------------


def test_check_passes_on_a_store_written_article_by_article(tmp_path):
    store = _hand_store(tmp_path / "store")
    done = run("check", "--format", "json", "--store", store)
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout)
    assert report["ok"] and report["problems"] == []
    assert (report["articles"], report["events"], report["sources"]) == (2, 1, 2)


def test_check_reports_every_broken_rule_and_exits_1(tmp_path):
    path = _hand_store(tmp_path / "store")
    db = ox.Store(str(path))
    article = next(q.subject for q in db.quads_for_pattern(None, _nn(DG + "file"), ox.Literal("a.txt")))
    db.remove(next(iter(db.quads_for_pattern(article, _nn(DG + "file"), None))))
    db.remove(next(iter(db.quads_for_pattern(article, _nn(SDO + "text"), None))))
    lonely = _nn(ID + "event/meet-lonely")
    db.add(ox.Quad(lonely, _nn(DG + "eventType"), ox.Literal("meet")))
    stray = _nn(ID + "source/stray")
    db.add(ox.Quad(stray, _nn("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), _nn(DG + "Evidence")))
    db.add(ox.Quad(stray, _nn(PROV + "wasQuotedFrom"), _nn(ID + "article/missing")))
    source = next(
        q.subject
        for q in db.quads_for_pattern(None, _nn(PROV + "wasQuotedFrom"), None)
        if q.subject != stray and q.object != article
    )
    db.remove(next(iter(db.quads_for_pattern(source, _nn(PROV + "value"), None))))
    db.add(ox.Quad(source, _nn(PROV + "value"), ox.Literal("a quote that is not in the text")))
    del db

    done, as_json = run_many(["check", "--store", path], ["check", "--format", "json", "--store", path])
    assert done.returncode == 1, done.stdout + done.stderr
    assert no_traceback(done)
    for rule in (
        "article-without-file",
        "article-without-text",
        "event-without-participants",
        "event-without-source",
        "source-without-article",
        "source-without-event",
        "source-quote-mismatch",
    ):
        assert rule in done.stdout, rule
    assert as_json.returncode == 1, as_json.stderr
    report = json.loads(as_json.stdout)
    subjects = {(p["rule"], p["subject"]) for p in report["problems"]}
    assert ("event-without-participants", lonely.value) in subjects
    assert ("source-without-article", stray.value) in subjects
    assert ("source-quote-mismatch", source.value) in subjects


def test_check_without_a_store_says_so_in_one_line(tmp_path):
    done = run("check", "--store", tmp_path / "nothing-here")
    assert done.returncode == 2
    assert "no store" in done.stderr and no_traceback(done)


# -- idempotence ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, seeds_dir) -> Path:
    """The real seed pages and a dozen generated articles, in one folder."""
    folder = tmp_path_factory.mktemp("corpus")
    for page in sorted(seeds_dir.glob("*.txt")):
        shutil.copy(page, folder / page.name)
    write_batch(folder, 12)
    return folder


@pytest.fixture(scope="module")
def ingested(tmp_path_factory, corpus) -> tuple[Path, set[str], list[dict]]:
    """The corpus ingested once: the store, its triples and the meetings answer."""
    store = tmp_path_factory.mktemp("once") / "store"
    summary = ingest_here(store, corpus)
    assert not summary.errors, summary.errors
    return store, triples(store), meetings_here(store)


def test_the_corpus_ingests_into_a_consistent_store(ingested):
    store, graph, events = ingested
    assert events, "the corpus should give events"
    report = check_here(store)
    assert report.ok, [str(p) for p in report.problems]


def test_ingesting_the_same_files_again_adds_nothing(tmp_path, corpus, ingested):
    store = tmp_path / "store"
    shutil.copytree(ingested[0], store)
    summary = ingest_here(store, corpus)
    assert not summary.errors, summary.errors
    assert summary.triples_added == 0 and summary.already_stored > 0 and summary.articles == 0, summary.line()
    assert triples(store) == ingested[1]
    assert comparable(meetings_here(store)) == comparable(ingested[2])


def test_ingesting_in_another_order_gives_the_same_graph(tmp_path, corpus, ingested):
    store = tmp_path / "store"
    files = sorted(corpus.iterdir(), reverse=True)
    summary = ingest_here(store, *files)
    assert not summary.errors, summary.errors
    assert len(triples(store)) == len(ingested[1])
    # the same graph but for the IRIs of events several articles report (the first report's is kept)
    assert canonical_triples(store) == canonical_triples(ingested[0])
    assert comparable(meetings_here(store), ids=False) == comparable(ingested[2], ids=False)


def test_files_one_command_each_give_the_same_graph_as_one_batch(tmp_path, corpus, ingested):
    """Three separate runs over parts of the corpus end with the graph of one run over all of it
    (each run opens the store afresh and starts from the people stored, as a new command does)."""
    store = tmp_path / "store"
    files = sorted(corpus.iterdir())
    for part in (files[:5], files[5:11], files[11:]):
        summary = ingest_here(store, *part)
        assert not summary.errors, summary.errors
    assert triples(store) == ingested[1]
    assert comparable(meetings_here(store)) == comparable(ingested[2])


def test_a_syndicated_copy_adds_only_its_file_name(tmp_path, corpus, ingested):
    """The same text under another file name is the same article (its IRI is a hash of the text):
    no new article, event or source sentence; only the copy's file name joins the article."""
    store = tmp_path / "store"
    shutil.copytree(ingested[0], store)
    wire = tmp_path / "wire"
    wire.mkdir()
    original = sorted(corpus.glob("article_*.txt"))[0]
    (wire / "syndicated_copy.txt").write_bytes(original.read_bytes())
    summary = ingest_here(store, wire)
    assert not summary.errors, summary.errors
    assert (summary.articles, summary.triples_added, summary.already_stored) == (0, 1, 1), summary.line()
    added = triples(store) - ingested[1]
    assert ingested[1] <= triples(store) and len(added) == 1
    assert added.pop().endswith('<https://w3id.org/diplograph/ns#file> "syndicated_copy.txt" .')
    before, after = comparable(ingested[2]), comparable(meetings_here(store))
    assert [e["id"] for e in after] == [e["id"] for e in before]
    for old, new in zip(before, after):
        assert {s["article"] for s in new["sources"]} == {s["article"] for s in old["sources"]}
        assert new["confidence"] == old["confidence"]
        copies = [s for s in new["sources"] if s["file"] == "syndicated_copy.txt"]
        originals = [dict(s, file="syndicated_copy.txt") for s in old["sources"] if s["file"] == original.name]
        assert copies == originals

    again = ingest_here(store, wire, corpus)  # copies and originals again: nothing more
    assert not again.errors and again.triples_added == 0, again.line()
    assert len(triples(store)) == len(ingested[1]) + 1


def test_a_syndicated_copy_in_the_batch_is_order_independent(tmp_path, corpus, ingested):
    """Seeds 000 and 002 carry the same story: whichever comes first, both files are its sources."""
    names = [s["file"] for ev in ingested[2] for s in ev["sources"]]
    assert "000_2bfb3a73e17b3182.txt" in names and "002_c5ce04daecbef55d.txt" in names
    store = tmp_path / "store"
    for name in ("002_c5ce04daecbef55d.txt", "000_2bfb3a73e17b3182.txt"):
        assert not ingest_here(store, corpus / name).errors
    files = {s["file"] for ev in meetings_here(store) for s in ev["sources"]}
    assert files == {"000_2bfb3a73e17b3182.txt", "002_c5ce04daecbef55d.txt"}


# -- a killed ingest -----------------------------------------------------------------------------

BATCH = 160  # the ingest is killed once 40 are stored: 120 to go (seconds of work) when the kill comes


def _stored_articles(store: Path) -> int | None:
    """How many articles a read-only snapshot of a store being written holds (None: not yet readable)."""
    try:
        db = ox.Store.read_only(str(store))
    except (OSError, RuntimeError, ValueError):  # not created yet, or caught while the writer creates it
        return None
    try:
        rows = db.query(f"SELECT (COUNT(?a) AS ?n) WHERE {{ ?a a <{SDO}NewsArticle> }}")
        return int(next(iter(rows))["n"].value)
    except (OSError, RuntimeError, ValueError, StopIteration):
        return None
    finally:
        del db


def _wait_until_stored(proc: subprocess.Popen, store: Path, count: int, timeout: float = 600) -> int:
    """Wait until the ingest ``proc`` has stored at least ``count`` articles; how many it had then.
    Fails, with what the ingest printed, when it ends first (the batch is too small)."""
    deadline = time.monotonic() + timeout
    seen = None
    while time.monotonic() < deadline and proc.poll() is None:
        seen = _stored_articles(store)
        if seen is not None and seen >= count:
            return seen
        time.sleep(0.2)
    if proc.poll() is None:
        proc.kill()
        pytest.fail(f"the ingest did not store {count} articles in {timeout:.0f} s ({seen} seen)")
    out, err = proc.communicate()
    pytest.fail(f"the ingest ended ({proc.returncode}) before it was stopped, {seen} articles seen: {err[-2000:]}")


def _end(proc: subprocess.Popen, timeout: float) -> tuple[str, str]:
    """The output of a stopped ingest once it has exited; fails (and kills it) past ``timeout``."""
    try:
        return proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        pytest.fail(f"the ingest had not exited {timeout:.0f} s after the signal: {err[-2000:]}")


@pytest.mark.slow
def test_a_killed_ingest_leaves_whole_articles_and_a_rerun_completes_it(tmp_path):
    """SIGKILL in the middle of an ingest (the real command, with its worker processes): the store
    opens, holds only whole articles, and the same command again (here in-process, through the
    function the command calls) ends with the graph of a run never stopped."""
    batch = tmp_path / "batch"
    write_batch(batch, BATCH)
    clean = tmp_path / "clean"
    assert not ingest_here(clean, batch).errors  # the graph of a run that was never stopped
    expected = triples(clean)
    assert len(expected) > BATCH * 10

    store = tmp_path / "killed"
    proc = start("ingest", batch, "--store", store)
    _wait_until_stored(proc, store, 40)
    os.kill(proc.pid, signal.SIGKILL)
    _end(proc, timeout=120)
    assert proc.returncode == -signal.SIGKILL

    done = run("check", "--format", "json", "--store", store)  # it opens, and nothing is half there
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout)
    assert 40 <= report["articles"] < BATCH, report
    partial = triples(store)
    # a pair's summary (meeting count, last date) and its place in the lists of pairs are replaced as
    # its meetings come in, so the killed run's are earlier ones; every other triple is one the clean
    # run has too
    summary = ("ns#meetingCount>", "ns#lastMet>")

    def kept(t: str) -> bool:
        return not any(s in t for s in summary) and not t.startswith("<https://w3id.org/diplograph/id/pairs/")

    assert {t for t in partial if kept(t)} < {t for t in expected if kept(t)}

    rerun = ingest_here(store, batch)  # the same ingest again, run to the end
    assert not rerun.errors, rerun.errors
    assert rerun.already_stored == report["articles"] and rerun.articles == BATCH - report["articles"], rerun.line()
    assert triples(store) == expected
    assert check_here(store).ok


@pytest.mark.slow
def test_ctrl_c_stops_an_ingest_in_one_line_and_leaves_whole_articles(tmp_path):
    """SIGINT to the ingest: one line, exit code 130, whole articles only.  Before it exits the
    ingest waits for the parse jobs already handed to its workers (a few jobs of 16 files), which
    on a loaded machine takes a while: the test gives it ten minutes, not the two it once had."""
    batch = tmp_path / "batch"
    write_batch(batch, 1000)  # far more than can be stored between the first count seen and the signal
    store = tmp_path / "store"
    proc = start("ingest", batch, "--store", store)
    _wait_until_stored(proc, store, 10)
    os.kill(proc.pid, signal.SIGINT)
    out, err = _end(proc, timeout=600)
    assert proc.returncode == 130, (out, err)
    assert "interrupted" in err and no_traceback((out, err)), err
    assert check_here(store).ok
    assert 10 <= stats_here(store)["articles"] < 1000


# -- concurrent readers and writers -------------------------------------------------------------

LOCK_HOLDER = """
import fcntl, os, sys, time
fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT)
fcntl.lockf(fd, fcntl.LOCK_EX)
print("locked", flush=True)
time.sleep(120)
"""


def test_a_reader_that_finds_a_store_being_created_is_told_it_is_busy(tmp_path):
    """A writer that has taken the store's lock but not yet written its files (the first moment of
    an ingest into a new store): readers say the store is busy, in one line, not a traceback."""
    store = tmp_path / "store"
    store.mkdir()
    (store / "CURRENT").write_text("MANIFEST-000001\n")  # what a half-created store may hold
    holder = subprocess.Popen(
        [sys.executable, "-c", LOCK_HOLDER, str(store / "LOCK")], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        assert writer_pid(store) == holder.pid
        readers = (["stats"], ["meetings", "--format", "json"], ["check"])
        for args, done in zip(readers, run_many(*(args + ["--store", store] for args in readers))):
            assert done.returncode == 2 and "busy" in done.stderr and no_traceback(done), (args, done.stderr)
    finally:
        holder.kill()
        holder.wait()
    assert writer_pid(store) is None
    done = run("stats", "--store", store)  # no writer any more: the broken store is named as such
    assert done.returncode == 2 and "busy" not in done.stderr and no_traceback(done), done.stderr


def _reader_outcome(done) -> str:
    """'ok' (a consistent answer) or 'busy' (the clear message); anything else fails the test."""
    out, err = done
    assert "Traceback" not in err, err
    if "busy" in err:
        return "busy"
    return "ok" if out.strip() else "empty"


@pytest.mark.slow
def test_readers_during_an_ingest_get_a_snapshot_or_a_busy_message(tmp_path):
    batch = tmp_path / "batch"
    write_batch(batch, 200)
    store = tmp_path / "store"
    first_file = sorted(batch.iterdir())[0]
    assert not ingest_here(store, *sorted(batch.iterdir())[:10]).errors  # something to read from the start

    writer = start("ingest", batch, "--store", store)
    outcomes: list[str] = []
    try:
        while writer.poll() is None and len(outcomes) < 12:
            if writer_pid(store) is None:
                time.sleep(0.2)
                continue
            # three readers and a second writer, one after the other in one process (one start-up)
            *answers, second_writer = run_many(
                ["meetings", "--format", "json", "--store", store],
                ["stats", "--format", "json", "--store", store],
                ["check", "--format", "json", "--store", store],
                ["ingest", first_file, "--store", store],  # refused while the first writer runs; else cheap
                timeout=300,
            )
            for answer in answers:
                outcome = _reader_outcome((answer.stdout, answer.stderr))
                assert (answer.returncode, outcome) in ((0, "ok"), (2, "busy")), answer
                outcomes.append(outcome)
            meetings_out, _, check_out = answers
            if meetings_out.returncode == 0:
                events = json.loads(meetings_out.stdout)
                assert all(ev["participants"] and ev["sources"] for ev in events)
            if check_out.returncode == 0:
                assert json.loads(check_out.stdout)["ok"], check_out.stdout
            # a second writer is refused in one line while the first one runs
            if writer.poll() is None:
                assert second_writer.returncode == 2 and "busy" in second_writer.stderr, second_writer
                assert no_traceback(second_writer), second_writer.stderr
    finally:
        if writer.poll() is None:
            writer.wait(timeout=900)
    out, err = writer.communicate()
    assert writer.returncode == 0, err
    assert outcomes, "no reader ran while the ingest was writing"
    assert check_here(store).ok
    assert stats_here(store)["articles"] == 200


COUNT_QUERY = f"SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ ?a a <{SDO}NewsArticle> }}"
HALF_EVENTS = f"ASK {{ ?e <{DG}eventType> ?t . FILTER NOT EXISTS {{ ?e <{SEM}hasActor> ?p }} }}"


def _ask_server(base: str, query: str) -> tuple[int, str]:
    request = urllib.request.Request(
        f"{base}/sparql",
        data=urllib.parse.urlencode({"query": query}).encode(),
        headers={"Accept": "application/sparql-results+json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as resp:
            return resp.status, resp.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8", "replace")


@pytest.mark.slow
@pytest.mark.server
def test_the_http_endpoint_during_an_ingest_answers_from_snapshots_or_says_busy(tmp_path):
    from servers import diplograph_server

    batch = tmp_path / "batch"
    write_batch(batch, 150)
    store = tmp_path / "store"
    assert not ingest_here(store, *sorted(batch.iterdir())[:10]).errors
    with diplograph_server(str(store)) as base:
        writer = start("ingest", batch, "--store", store)
        counts: list[int] = []
        statuses: list[int] = []
        try:
            while writer.poll() is None:
                status, body = _ask_server(base, COUNT_QUERY)
                statuses.append(status)
                assert status in (200, 503), (status, body)
                if status == 503:
                    assert "busy" in body, body
                    continue
                counts.append(int(json.loads(body)["results"]["bindings"][0]["n"]["value"]))
                status, body = _ask_server(base, HALF_EVENTS)
                assert status == 503 or json.loads(body)["boolean"] is False, body
        finally:
            writer.wait(timeout=900)
        assert writer.returncode == 0
        status, body = _ask_server(base, COUNT_QUERY)
        assert status == 200 and int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) == 150
    assert statuses, "no query ran while the ingest was writing"
    assert counts == sorted(counts), "a later snapshot never holds fewer articles"
    assert any(10 < n < 150 for n in counts), "the endpoint answered from a snapshot taken during the ingest"
