"""Exports load as they mean: a name is a simple literal, found by the same query in the export as in the store.

An article written here is ingested (the language pipeline, the embedded store; in this process,
through the function ``diplograph ingest`` calls), exported by the real ``diplograph export`` in
each format (the four command lines in one subprocess, ``cli_runs.run_many``), loaded into a fresh
rdflib Graph, and both are asked the same questions.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_runs import ingest_here, run_many
from rdflib import Graph, Literal

from diplograph.graph.store import open_store

ARTICLE = """Xi Jinping hosts Lula in Beijing
BEIJING, April 14, 2023 (Example Wire) - Chinese President Xi Jinping met Brazilian President Luiz Inácio Lula da Silva in Beijing on Friday.
The two leaders discussed trade, climate and the war in Ukraine at the Great Hall of the People.
On Thursday, Chinese Foreign Minister Qin Gang spoke by phone with French Foreign Minister Catherine Colonna.
"""
PREFIXES = "PREFIX schema: <https://schema.org/>\nPREFIX dg: <https://w3id.org/diplograph/ns#>\n"
QUESTIONS = {
    "xi": 'SELECT ?p WHERE { ?p schema:name "Xi Jinping" }',
    "names": "SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n }",
    "events": "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e dg:eventType ?t }",
    "meetings": 'SELECT ?e WHERE { ?e dg:eventType "meet" }',
}


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("export-meaning")
    (folder / "xi-lula.txt").write_text(ARTICLE, encoding="utf-8")
    path = folder / "store"
    summary = ingest_here(path, folder / "xi-lula.txt")
    assert summary.articles == 1 and not summary.errors, summary.line()
    return path


FORMATS = ["turtle", "nt", "trig", "json-ld"]


@pytest.fixture(scope="module")
def exports(store, tmp_path_factory) -> dict[str, Path]:
    """``diplograph export --format F --output FILE`` in each format; the files by format."""
    folder = tmp_path_factory.mktemp("exports")
    outs = {fmt: folder / f"graph.{fmt}" for fmt in FORMATS}
    runs = run_many(*(["export", "--format", fmt, "--output", out, "--store", store] for fmt, out in outs.items()))
    for fmt, done in zip(outs, runs):
        assert done.returncode == 0, (fmt, done.stderr)
    return outs


def answers(graph: Graph) -> dict[str, set[str]]:
    return {name: {str(row[0]) for row in graph.query(PREFIXES + q)} for name, q in QUESTIONS.items()}


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_export_answers_what_the_store_answers(store, exports, fmt):
    out = exports[fmt]
    text = out.read_text(encoding="utf-8")
    assert "XMLSchema#string" not in text and "xsd:string" not in text
    loaded = Graph().parse(out, format=fmt)
    with open_store(str(store), read_only=True) as s:
        expected = answers(s.graph)
    assert expected["xi"], "the article's Xi Jinping is in the store"
    assert int(next(iter(expected["events"]))) >= 1 and expected["meetings"]
    assert answers(loaded) == expected


def test_names_read_back_from_the_store_are_simple_literals(store):
    with open_store(str(store), read_only=True) as s:
        names = [o for o in s.graph.objects(None, None) if isinstance(o, Literal) and str(o) == "Xi Jinping"]
        rows = list(s.query('SELECT ?n WHERE { ?p schema:name ?n FILTER(?n = "Xi Jinping") }'))
    assert names and all(n.datatype is None for n in names)
    assert rows and all(row.n.datatype is None and row.n == Literal("Xi Jinping") for row in rows)
