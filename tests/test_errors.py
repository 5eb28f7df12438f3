"""Errors a person understands: each says what went wrong and what to do, in one line, in the
words of the interface it came through (command-line flags on the command line, query
parameters over HTTP), never a grammar dump or a traceback."""

from __future__ import annotations

import json

import httpx
import pytest
from query_records import write_store
from servers import diplograph_server
from typer.testing import CliRunner

from diplograph.cli import app
from diplograph.eval.scoring import SCORED_TYPES, score
from diplograph.ingest.records import EVENT_TYPES


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> str:
    return write_store(str(tmp_path_factory.mktemp("errors") / "store"))


def cli(*args: str):
    return CliRunner().invoke(app, list(args))


def one_line(output: str) -> str:
    lines = output.strip().splitlines()
    assert len(lines) == 1, output
    return lines[0]


def test_a_named_query_typo_suggests_the_nearest_names(store):
    result = cli("query", "meeting-of", "--store", store)
    assert result.exit_code == 2
    line = one_line(result.output)
    assert "no named query 'meeting-of'" in line and "did you mean meetings-of" in line
    assert "syntax" not in line and "query failed" not in line
    far = one_line(cli("query", "zzzz", "--store", store).output)
    assert "there are:" in far and "who-met-whom" in far  # nothing near: every name


def test_an_update_says_the_store_is_written_through_ingest(store):
    result = cli("query", "DELETE WHERE { ?s ?p ?o }", "--store", store)
    assert result.exit_code == 2
    line = one_line(result.output)
    assert "update" in line and "diplograph ingest" in line and "only read" in line


@pytest.mark.parametrize(
    "query,where,token",
    [
        ("SELECT * WHERE { ?s ?p ?o } LIMT 3", "line 1, column 29", '"LIMT"'),
        ("SELECT ?x WHERE { oops", "line 1, column 19", '"oops"'),
        (
            "PREFIX schema: <https://schema.org/>\nSELECT * WHERE {\n  ?s ?p ?o .\n  FILTER(?o = ) }",
            "line 4, column 3",
            '"FILTER"',
        ),
    ],
)
def test_a_parse_error_gives_line_column_and_a_short_reason(store, query, where, token):
    result = cli("query", query, "--store", store)
    assert result.exit_code == 2
    line = one_line(result.output)
    assert where in line and token in line, line
    assert len(line) < 160 and "[" not in line and "u{" not in line and "Expected" not in line, line


def test_an_unknown_prefix_is_named(store):
    line = one_line(cli("query", "SELECT * WHERE { ?s nope:x ?o }", "--store", store).output)
    assert "unknown prefix nope:" in line and "PREFIX nope:" in line


def test_an_unknown_event_type_lists_the_types(store):
    result = cli("meetings", "--type", "meeting", "--store", store)
    assert result.exit_code == 2
    line = one_line(result.output)
    assert "unknown event type 'meeting'" in line and all(t in line for t in EVENT_TYPES)
    assert "did you mean meet" in line


def test_a_person_matching_nobody_is_said_so(store):
    result = cli("meetings", "--person", "Nobody Atall", "--format", "json", "--store", store)
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []
    assert "no person matches 'Nobody Atall'" in result.stderr
    found = cli("meetings", "--person", "maduro", "--format", "json", "--store", store)
    assert json.loads(found.stdout) and "no person matches" not in found.stderr


def test_eval_reads_n_a_for_a_class_with_no_gold_and_no_prediction():
    gold = {
        "articles": [
            {
                "file": "a.txt",
                "published": None,
                "events": [
                    {
                        "type": "meet",
                        "participants_canonical": ["Ana Lopez", "Bo Chen"],
                        "place": None,
                        "venue": None,
                        "country": None,
                        "date": None,
                        "evidence": "...",
                    }
                ],
            }
        ]
    }
    report = score(gold, [])
    lines = report.readable_lines()
    phone = next(line for line in lines if line.startswith("phone_call"))
    assert "n/a" in phone and "P=" not in phone
    meet = next(line for line in lines if line.startswith("meet "))
    assert "P=1.000 R=0.000" in meet  # a class with gold keeps its figures
    assert any(line.startswith("where accuracy") and line.endswith("n/a (no matched meeting)") for line in lines)
    assert report.summary["phone_call"]["precision"] == 1.0  # the JSON keeps the shared scorer's values


def test_eval_command_prints_n_a(tmp_path, store):
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"articles": [{"file": "unknown.txt", "published": None, "events": []}]}))
    result = cli("eval", str(gold), "--store", store)
    assert result.exit_code == 0, result.output
    scored = [line for line in result.stdout.splitlines() if line.split(" ", 1)[0] in SCORED_TYPES]
    assert len(scored) == len(SCORED_TYPES) and all("n/a" in line and "P=" not in line for line in scored), (
        result.stdout
    )


@pytest.mark.server
def test_http_replies_speak_http(store):
    with diplograph_server(store, "--workers", "1") as base:
        missing = httpx.get(f"{base}/queries/meetings-of", timeout=60)
        assert missing.status_code == 400
        assert "?person=" in missing.text and "--param" not in missing.text
        typo = httpx.get(f"{base}/queries/meeting-of", timeout=60)
        assert typo.status_code == 404 and "did you mean meetings-of" in typo.text and "/queries" in typo.text
        assert "diplograph queries" not in typo.text
        bad = httpx.get(f"{base}/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o } LIMT 3"}, timeout=60)
        assert bad.status_code == 400 and "line 1, column 29" in bad.text and "[" not in bad.text
