"""Nothing injected: user text and scraped names are data, never query syntax.

A store is written by hand (no language pipeline) holding an ordinary meeting and one whose
participant's name is itself a SPARQL payload.  The payloads then go through
``diplograph meetings --person`` and ``diplograph query NAME --param`` through the real command
in a subprocess: they find only what their text matches, never every row, never change the store,
and a bad value is one line on standard error (exit code 2), never a traceback.  Every command line
of this module runs in the one subprocess (``cli_runs.run_many``: one start-up, not one per line);
each test then reads the outputs of its own command lines.
"""

from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path

import pytest
from cli_runs import no_traceback, run_many, triples

from diplograph.graph.store import opened
from diplograph.ingest.merge import join_stored
from diplograph.ingest.records import Article, Event, Evidence, Extraction, Person, Place, Role
from diplograph.queries import library
from diplograph.queries.events import meetings

EVIL_NAME = 'Evil "Quote" O\'Brien } UNION { ?s ?p ?o } #'
PAYLOADS = [
    '" } UNION { ?s ?p ?o } #',
    "' } UNION { ?s ?p ?o } #",
    '"""',
    "} UNION {",
    "}",
    "\\",
    '\\" } UNION { ?s ?p ?o } #',
    "\\u0022 } UNION { ?s ?p ?o } #",  # a codepoint escape of a quote
    "> } UNION { ?s ?p ?o } #",
    "<http://example.org/x> } UNION { ?s ?p ?o }",
    'x" . ?person ?p ?o . FILTER(true) #',
    "Lindqvist\n} ; DROP ALL ; {",
    ".*",
]

ANNA = Person("Anna Lindqvist", roles=(Role("President", "Sweden"),))
BORIS = Person("Boris Moravec", roles=(Role("Prime Minister", "Czechia"),))
EVIL = Person(EVIL_NAME, roles=(Role("Envoy", "Nowhere"),))
OSLO = Place("Oslo", kind="city", country="Norway")


def _extraction(text: str, file: str, people: tuple[Person, ...], day: str) -> Extraction:
    article = Article(file=file, path=f"/news/{file}", text=text, title=text.split("\n")[0], published=date(2024, 3, 2))
    start = text.index("\n") + 1
    evidence = Evidence(article=article.key, file=file, quote=text[start:], start=start, end=len(text))
    event = Event("meet", people, (evidence,), place=OSLO, date=day)
    return Extraction(article=article, people=people, places=(OSLO,), events=(event,))


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("injection") / "store"
    with opened(str(path)) as s:
        s.write(
            _extraction(
                "Talks in Oslo\nAnna Lindqvist met Boris Moravec in Oslo.", "a.txt", (ANNA, BORIS), "2024-03-01"
            ),
            join=join_stored,
        )
        s.write(
            _extraction(f"Odd visitor\nAnna Lindqvist met {EVIL_NAME} in Oslo.", "b.txt", (ANNA, EVIL), "2024-03-02"),
            join=join_stored,
        )
    return path


@pytest.fixture(scope="module")
def before(store) -> set[str]:
    return triples(store)


def _names(events: list[dict]) -> set[frozenset[str]]:
    return {frozenset(p["name"] for p in ev["participants"]) for ev in events}


CLI_PAYLOADS = ['" } UNION { ?s ?p ?o } #', "\\u0022 } UNION { ?s ?p ?o } #", "> } UNION { ?s ?p ?o } #"]


def _rows_ok(name: str, payload: str, rows: list[dict]) -> None:
    """Rows a payload may give: only about the one person whose name holds it, never about all."""
    text = json.dumps(rows, ensure_ascii=False)
    assert "Boris Moravec" not in text, rows
    if name == "people":
        assert all(payload.strip().lower() in row["name"].lower() for row in rows), rows


# -- every payload, through the functions the commands call (fast) ---------------------------------


@pytest.fixture(scope="module")
def reader(store, before):
    with opened(str(store), read_only=True) as s:
        yield s


@pytest.mark.parametrize("payload", PAYLOADS)
def test_person_filter_payloads_match_nothing(reader, payload):
    events = meetings(reader, person=payload)
    assert all(EVIL_NAME in {p["name"] for p in ev["participants"]} for ev in events), events


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize(
    "name,param",
    [
        ("meetings-of", "person"),
        ("timeline", "person"),
        ("meetings-in", "place"),
        ("people", "text"),
        ("sources-of", "event"),
        ("who-met-whom", "since"),
    ],
)
def test_named_query_parameters_are_bound_not_pasted(reader, payload, name, param):
    try:
        output = library.run(reader, name, {param: [payload]})
    except library.QueryError as exc:  # refused with a reason (a bad IRI or date), never run
        assert str(exc) and "\n" not in str(exc)
        assert param in ("event", "since"), exc
        return
    rows = [{c: (str(v) if v is not None else None) for c, v in zip(output.columns, row)} for row in output.rows]
    if param in ("event", "since"):
        assert rows == [] or name == "who-met-whom", rows
    _rows_ok(name, payload, rows)


def test_the_payload_name_is_found_by_the_text_parameter(reader):
    output = library.run(reader, "people", {"text": ["} UNION {"]})
    assert [str(row[output.columns.index("name")]) for row in output.rows] == [EVIL_NAME]


# -- a few payloads through the real command, in a subprocess -----------------------------------------

UPDATES = [
    "INSERT DATA { <http://a.example/s> <http://a.example/p> <http://a.example/o> }",
    "DELETE WHERE { ?s ?p ?o }",
    "DROP ALL",
    "CLEAR DEFAULT",
    "LOAD <http://example.org/x.ttl>",
]
QUERY_PARAMS = (("meetings-of", "person"), ("people", "text"), ("sources-of", "event"))


def _command_lines(store: Path, export: Path) -> list[tuple[str, ...]]:
    """Every command line the tests below look at (export last: it writes a file, not the store)."""
    lines = [("meetings", "--person", p, "--format", "json", "--store", str(store)) for p in CLI_PAYLOADS]
    lines += [
        ("meetings", "--person", name, "--format", "json", "--store", str(store)) for name in (EVIL_NAME, "Lindqvist")
    ]
    lines += [
        ("query", name, "--param", f"{param}={p}", "--format", "json", "--store", str(store))
        for p in CLI_PAYLOADS
        for name, param in QUERY_PARAMS
    ]
    lines += [("query", update, "--store", str(store)) for update in UPDATES]
    lines += [("export", "--format", "nt", "--output", str(export), "--store", str(store))]
    return lines


@pytest.fixture(scope="module")
def commands(store, before, tmp_path_factory) -> dict[tuple[str, ...], subprocess.CompletedProcess]:
    """The outputs of every command line, by its arguments; the store's triples are taken before."""
    export = tmp_path_factory.mktemp("export") / "graph.nt"
    lines = _command_lines(store, export)
    return dict(zip(lines, run_many(*lines)))


def _ran(commands: dict, *args: str | Path) -> subprocess.CompletedProcess:
    return commands[tuple(str(a) for a in args)]


@pytest.mark.parametrize("payload", CLI_PAYLOADS)
def test_meetings_person_payloads_through_the_command(commands, store, before, payload):
    done = _ran(commands, "meetings", "--person", payload, "--format", "json", "--store", store)
    assert no_traceback(done), done.stderr
    assert done.returncode == 0, done.stderr
    events = json.loads(done.stdout)  # at most the event of the person whose name holds the payload
    assert all(EVIL_NAME in {p["name"] for p in ev["participants"]} for ev in events), events
    assert triples(store) == before


def test_a_name_made_of_query_syntax_is_found_as_a_name(commands, store):
    found = [
        _ran(commands, "meetings", "--person", n, "--format", "json", "--store", store)
        for n in (EVIL_NAME, "Lindqvist")
    ]
    for done in found:
        assert done.returncode == 0, done.stderr
    assert _names(json.loads(found[0].stdout)) == {frozenset({"Anna Lindqvist", EVIL_NAME})}
    assert len(json.loads(found[1].stdout)) == 2


@pytest.mark.parametrize("payload", CLI_PAYLOADS)
def test_query_param_payloads_through_the_command(commands, store, before, payload):
    for name, param in QUERY_PARAMS:
        done = _ran(commands, "query", name, "--param", f"{param}={payload}", "--format", "json", "--store", store)
        assert no_traceback(done), done.stderr
        if done.returncode == 2:  # refused: one line saying why
            assert len(done.stderr.strip().splitlines()) == 1 and "error" in done.stderr, done.stderr
        else:
            assert done.returncode == 0, done.stderr
            _rows_ok(name, payload, json.loads(done.stdout))
    assert triples(store) == before


@pytest.mark.parametrize("update", UPDATES)
def test_updates_through_query_are_refused_and_change_nothing(commands, store, before, update):
    done = _ran(commands, "query", update, "--store", store)
    assert no_traceback(done), done.stderr
    assert done.returncode == 2, done.stdout + done.stderr
    assert triples(store) == before


def test_the_payload_name_round_trips_through_export(commands, store):
    ((args, done),) = [(args, done) for args, done in commands.items() if args[0] == "export"]
    out = Path(args[args.index("--output") + 1])
    assert done.returncode == 0, done.stderr
    from rdflib import Graph, Literal

    graph = Graph().parse(out, format="nt")
    assert len(graph) == len(triples(store))
    assert any(isinstance(o, Literal) and str(o) == EVIL_NAME for o in graph.objects())
