"""The benchmark code keeps working: the generated corpus, the store filler, and the whole runner
in its small size.  Figures must be produced; times are never judged here."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks import corpus
from benchmarks.query_bench import FALLBACK, generated_triples, parameters
from diplograph.graph import model

REPO = Path(__file__).resolve().parent.parent


def test_generated_articles_are_deterministic_and_varied():
    assert corpus.article(7) == corpus.article(7)
    assert corpus.article(7, seed=1) != corpus.article(7)
    texts = [corpus.article(i) for i in range(200)]
    assert len(set(texts)) == 200
    kinds = {corpus.story(i).kind for i in range(200)}
    assert kinds == {"meet", "visit", "phone_call", "planned_meet", "sign_agreement"}
    people = {corpus.story(i).a.name for i in range(200)} | {corpus.story(i).b.name for i in range(200)}
    assert len(people) > 50
    for i in range(50):
        s = corpus.story(i)
        assert s.a.name in corpus.article(i) and s.b.name.split()[-1] in corpus.article(i)
        assert s.a.country != s.b.country


def test_a_large_cast_keeps_names_distinct():
    cast = corpus.leaders(5000)
    assert len({p.name for p in cast}) == 5000


def test_write_corpus_writes_every_article_in_folders(tmp_path):
    info = corpus.write_corpus(tmp_path / "c", 25, per_folder=10)
    files = sorted((tmp_path / "c").rglob("*.txt"))
    assert len(files) == 25 and len({f.parent for f in files}) == 3
    assert info.words == sum(len(f.read_text(encoding="utf-8").split()) for f in files)
    assert files[3].read_text(encoding="utf-8") == corpus.article(3)


def test_extraction_records_give_the_events_of_the_story():
    for i in range(30):
        s, ex = corpus.story(i), corpus.extraction(i)
        assert ex.events[0].type == s.kind
        assert ex.events[0].date == s.event_date.isoformat()
        ev = ex.events[0].evidence[0]
        assert ex.article.text[ev.start : ev.end] == ev.quote


def test_generated_triples_reach_the_target_without_repeats():
    triples = generated_triples(3000)
    assert len(triples) >= 3000 and len(set(triples)) == len(triples)
    one = set(model.extraction_triples(corpus.extraction(0)))
    assert one <= set(triples)


def test_every_question_has_parameters_from_the_cast():
    assert set(FALLBACK) == {"who-met-whom", "meetings-of", "meetings-between", "timeline"}
    assert parameters("meetings-of")["person"] == [corpus.leaders()[0].name]
    c1, c2 = parameters("meetings-between")["country1"][0], parameters("meetings-between")["country2"][0]
    assert c1 != c2


@pytest.mark.slow
def test_the_small_benchmark_run_produces_every_figure(tmp_path):
    out = tmp_path / "figures.json"
    run = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--size", "small", "--json", str(out)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["size"] == "small" and figures["machine"]["cpus"]

    t = figures["ingest"]["throughput"]
    assert t["words"] > 1000 and t["floor_wps"] > 0 and t["path_wps"] > 0 and t["ratio"] > 0
    assert t["events"] > 0 and t["triples"] > 0  # the pipeline finds events in the generated articles
    stages = figures["ingest"]["stages"]["seconds"]
    assert {"spaCy nlp.pipe", "people.resolve", "events.extract_events", "GraphStore.write"} <= set(stages)

    workers = figures["workers"]
    assert workers["speedup"] > 0 and "steady_speedup" in workers  # whole runs, and once started (none when
    # the larger run was not slower: at the small size start-up is most of the time)
    assert workers["steady_speedup"] is None or workers["steady_speedup"] > 0
    assert workers["workers"]["triples"]["1"] == workers["workers"]["triples"]["2"]

    (scale,) = figures["scale"]["scale"]
    assert scale["articles"] == 10 and scale["peak_rss_mb"] > 50 and scale["store_mb"] > 0

    queries = figures["query"]["query"]
    assert {q["query"] for q in queries} == set(FALLBACK)
    for q in queries:
        assert q["triples"] >= 2000
        assert q["oxigraph"]["ms"] is not None and q["oxigraph"]["ms"] > 0, q
    assert "ratio" in queries[0]

    render = figures["render"]["render"]
    assert [r["people"] for r in render] == [20, 50] and all(r["bytes"] > 0 for r in render)
    assert "ingest throughput" in run.stdout and "query latency" in run.stdout
