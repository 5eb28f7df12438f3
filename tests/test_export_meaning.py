"""Exports load as they mean: a name is a simple literal, found by the same query in the export as in the store.

An article written here is ingested by the real command (the language pipeline, the embedded
store), exported, loaded into a fresh rdflib Graph, and both are asked the same questions.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_runs import ingest, run
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
    done = ingest(path, folder / "xi-lula.txt")
    assert done.returncode == 0, done.stderr
    return path


def answers(graph: Graph) -> dict[str, set[str]]:
    return {name: {str(row[0]) for row in graph.query(PREFIXES + q)} for name, q in QUESTIONS.items()}


@pytest.mark.parametrize("fmt", ["turtle", "nt", "trig", "json-ld"])
def test_the_export_answers_what_the_store_answers(store, tmp_path, fmt):
    out = tmp_path / f"graph.{fmt}"
    done = run("export", "--format", fmt, "--output", out, "--store", store)
    assert done.returncode == 0, done.stderr
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
