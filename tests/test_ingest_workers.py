"""`diplograph ingest --workers N`: parsing in N processes, one writer, the same graph as one process."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from cli_runs import ingest_here, run, run_many, triples

from diplograph import dispatch
from diplograph.ingest import parse_jobs, people, pipeline
from diplograph.ingest.records import RawDocument, ReadError

REPO = Path(__file__).resolve().parent.parent
DEV_ARTICLES = REPO / "tests" / "data" / "corpus" / "dev" / "articles"
FILES = 2 * dispatch.JOB_FILES + 4  # more than two jobs: the pool is used, and jobs finish out of order


def no_blank_nodes(found: set[str]) -> set[str]:
    return {t for t in found if "_:" not in t}


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """Real articles from the development corpus, a bad file among them, and a folder inside."""
    out = tmp_path_factory.mktemp("articles")
    files = sorted(DEV_ARTICLES.iterdir())[:FILES]
    for f in files[: FILES // 2]:
        shutil.copy(f, out / f.name)
    (out / "more").mkdir()
    for f in files[FILES // 2 :]:
        shutil.copy(f, out / "more" / f.name)
    (out / "broken.pdf").write_bytes(b"%PDF-1.4 not a page")
    return out


@pytest.mark.slow
def test_two_workers_write_the_same_graph_as_one_triple_for_triple(folder, tmp_path):
    """``diplograph ingest --workers 2`` against one process: the graph of one worker is made in
    this process (``ingest_paths`` with ``workers=1``, what ``--workers 1`` runs), the two-worker
    one by the real command, whose worker pool is what is tested."""
    one, two = tmp_path / "one", tmp_path / "two"
    first = ingest_here(one, folder, workers=1)
    assert first.articles == FILES, first.line()
    (refused,) = first.errors  # the PDF is refused, the rest is stored
    assert refused.path.endswith("broken.pdf") and "a PDF document" in refused.reason, refused
    second = run("ingest", folder, "--workers", "2", "--store", two)
    assert second.returncode == 1, second.stderr  # the PDF is refused, the rest is stored
    refused = [line for line in second.stderr.splitlines() if "broken.pdf" in line]
    assert len(refused) == 1 and "a PDF document" in refused[0]
    assert f"ingested {FILES} articles" in second.stdout, second.stdout
    found_one, found_two = no_blank_nodes(triples(one)), no_blank_nodes(triples(two))
    assert len(found_one) > 1000
    assert found_one == found_two, (sorted(found_one - found_two)[:5], sorted(found_two - found_one)[:5])

    # the export of each is the same file, line for line, once sorted
    exports = []
    outs = [tmp_path / f"{store.name}.nt" for store in (one, two)]
    runs = run_many(
        *(["export", "--format", "nt", "-o", out, "--store", store] for out, store in zip(outs, (one, two)))
    )
    for out, done in zip(outs, runs):
        assert done.returncode == 0, done.stderr
        exports.append(sorted(line for line in out.read_text(encoding="utf-8").splitlines() if "_:" not in line))
    assert exports[0] == exports[1] and len(exports[0]) == len(found_one)


def test_a_parsed_story_rebuilt_by_the_writer_gives_the_same_extraction():
    units = [str(p) for p in sorted(DEV_ARTICLES.iterdir())[:6]]
    parsed = [item for item in parse_jobs.parse_units(units) if isinstance(item, parse_jobs.Parsed)]
    direct = list(pipeline.extract_articles((p.article for p in parsed), people.Registry()))
    registry = people.Registry()
    rebuilt = [pipeline.extraction_of(parse_jobs.doc_of(p), p.article, registry) for p in parsed]
    assert len(direct) == len(parsed) >= 6
    assert rebuilt == direct
    assert [r.mentions for r in rebuilt] == [d.mentions for d in direct]
    assert any(e.events for e in rebuilt)


def test_the_units_of_work_follow_the_order_the_reader_walks(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("two", encoding="utf-8")
    (tmp_path / "a.txt").write_text("one", encoding="utf-8")
    (tmp_path / "c.txt").write_text("three", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("hidden", encoding="utf-8")
    (tmp_path / "b" / "loop").symlink_to(tmp_path)
    units = list(parse_jobs.list_inputs([str(tmp_path), str(tmp_path / "missing.txt")]))
    names = [u if isinstance(u, ReadError) else Path(u).name for u in units]
    assert names[:2] == ["a.txt", "2.txt"] and names[3:] == ["c.txt", "missing.txt"]
    assert isinstance(names[2], ReadError) and "symlink loop" in names[2].reason
    # and a worker reading a missing file gives the reader's one line, naming it
    out = parse_jobs.parse_units([str(tmp_path / "missing.txt")])
    assert len(out) == 1 and isinstance(out[0], ReadError) and out[0].path.endswith("missing.txt")


def test_jobs_keep_errors_in_their_place_and_hold_at_most_the_job_size():
    units: list = [f"f{i}.txt" for i in range(5)] + [ReadError("dir", "unreadable")] + ["g.txt"]
    found = list(dispatch.jobs(units, size=2))
    assert found == [["f0.txt", "f1.txt"], ["f2.txt", "f3.txt"], ["f4.txt"], ReadError("dir", "unreadable"), ["g.txt"]]


def test_a_document_from_standard_input_is_parsed_from_the_record_itself():
    doc = RawDocument(path="-", text="Lula meets Scholz\n\nLula met Olaf Scholz in Brasília on Monday.\n")
    out = parse_jobs.parse_units([doc])
    assert len(out) == 1 and isinstance(out[0], parse_jobs.Parsed) and out[0].article.path == "-"
    assert parse_jobs.doc_of(out[0]).text == out[0].article.text


@pytest.mark.slow
def test_a_store_reopened_every_few_articles_holds_the_same_graph(folder, tmp_path, monkeypatch):
    """The writer reopens the embedded store every ``REOPEN_EVERY`` articles to let go of the
    memory it gathers; the graph is the same as with no reopening, triple for triple."""
    from diplograph import ingesting
    from diplograph.graph.store_embedded import EmbeddedStore

    kept, reopened = tmp_path / "kept", tmp_path / "reopened"
    ingest_here(kept, folder)
    reopen, times = EmbeddedStore.reopen, []
    monkeypatch.setattr(ingesting, "REOPEN_EVERY", 3)
    monkeypatch.setattr(EmbeddedStore, "reopen", lambda store: (times.append(1), reopen(store))[1])
    summary = ingest_here(reopened, folder)
    assert summary.articles == FILES and len(times) == FILES // 3, summary.line()
    found_kept, found_reopened = no_blank_nodes(triples(kept)), no_blank_nodes(triples(reopened))
    assert len(found_kept) > 1000
    assert found_kept == found_reopened
