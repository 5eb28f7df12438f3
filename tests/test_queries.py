"""The named query library on hand-made records in a real embedded store: every query's rows,
name lookup, parameters bound as RDF terms (never as query text), formats and the CLI."""

from __future__ import annotations

import csv
import io
import json

import pytest
from query_records import AMIR, GIL, LULA, MADURO, SCHOLZ, TRICKY, A, write_store
from rdflib import XSD, Graph, Literal
from rdflib.plugins.sparql import prepareQuery
from typer.testing import CliRunner

from diplograph.cli import app
from diplograph.graph import model
from diplograph.graph.store import opened
from diplograph.queries import library
from diplograph.queries.library import QueryError, bind, get_query, load_library, run_named

EXPECTED_NAMES = {
    "who-met-whom",
    "meetings-of",
    "meetings-in",
    "meetings-between",
    "timeline",
    "most-met",
    "sources-of",
    "visits-by",
    "phone-calls",
    "planned-meetings",
    "people",
    "people-kb",
}


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    return write_store(str(tmp_path_factory.mktemp("queries") / "store"))


@pytest.fixture()
def store(store_path):
    with opened(store_path, read_only=True) as s:
        yield s


def rows(store, name, **params):
    out = run_named(store, name, {k: v if isinstance(v, list) else [v] for k, v in params.items()})
    return [dict(zip(out.columns, library.cells(out)[i])) for i in range(len(out.rows))]


def pick(found, *cols):
    return sorted(tuple(r[c] for c in cols) for r in found)


# -- the library --------------------------------------------------------------------------------
def test_every_named_query_has_a_header_and_typed_parameters():
    lib = load_library()
    assert set(lib) == EXPECTED_NAMES
    for q in lib.values():
        assert len(q.description) > 20, q.name
        for p in q.params:
            assert p.type in library.PARAM_TYPES and p.help, (q.name, p.name)
        prepareQuery(q.sparql)  # each file is valid SPARQL as it stands (runnable in any client)


def test_who_met_whom(store):
    assert pick(rows(store, "who-met-whom"), "person1", "person2", "date", "place", "articles") == sorted(
        [
            (AMIR.name, MADURO.name, "2023-02-03", "Caracas", "2"),
            (AMIR.name, GIL.name, "2023-02-03", "Caracas", "1"),
            (LULA.name, SCHOLZ.name, "2023-01-30", "Brasília", "1"),
            (TRICKY.name, LULA.name, "2022-12-01", "Brasília", "1"),
        ]
    )


def test_who_met_whom_between_dates_compares_at_the_stated_precision(store):
    assert {r["date"] for r in rows(store, "who-met-whom", since="2023")} == {"2023-01-30", "2023-02-03"}
    assert {r["date"] for r in rows(store, "who-met-whom", until="2023-01")} == {"2022-12-01", "2023-01-30"}
    assert {r["date"] for r in rows(store, "who-met-whom", since="2023-02-03", until="2023-02-03")} == {"2023-02-03"}
    assert rows(store, "who-met-whom", since="2024") == []


def test_meetings_of_a_person_name_each_other_participant_once(store):
    found = rows(store, "meetings-of", person="Amir-Abdollahian")
    assert pick(found, "with", "date", "place") == [
        (MADURO.name, "2023-02-03", "Caracas"),
        (GIL.name, "2023-02-03", "Caracas"),
    ]
    # the meeting two articles report is one row with two articles
    assert {r["with"]: r["articles"] for r in found} == {MADURO.name: "2", GIL.name: "1"}


@pytest.mark.parametrize("name", ["maduro", "MADURO", "Nicolas Maduro", "nicolás maduro", "person/nicolas-maduro"])
def test_a_person_is_found_by_surname_case_and_accents(store, name):
    found = rows(store, "meetings-of", person=name)
    assert {r["name"] for r in found} == {MADURO.name}
    assert {r["with"] for r in found} == {AMIR.name}


def test_a_name_nobody_has_gives_no_rows_and_a_note(store):
    out = run_named(store, "meetings-of", {"person": ["Merkel"]})
    assert out.rows == [] and out.notes == ["no person matches 'Merkel'"]


def test_meetings_in_a_place_or_anywhere_in_a_country(store):
    by_city = rows(store, "meetings-in", place="caracas")
    by_country = rows(store, "meetings-in", place="Venezuela")
    assert pick(by_city, "date", "where") == pick(by_country, "date", "where") == [("2023-02-03", "Caracas")] * 2
    assert {frozenset(r["participants"].split("; ")) for r in by_city} == {
        frozenset({AMIR.name, MADURO.name}),
        frozenset({AMIR.name, GIL.name}),
    }
    brasilia = rows(store, "meetings-in", place="brasilia")  # no accent typed
    assert {frozenset(r["participants"].split("; ")) for r in brasilia} == {
        frozenset({LULA.name, SCHOLZ.name}),
        frozenset({LULA.name, TRICKY.name}),
    }  # the planned one is not a meeting
    assert rows(store, "meetings-in", place="Tehran") == []


def test_meetings_between_two_countries_go_by_the_participants_roles(store):
    found = rows(store, "meetings-between", country1="iran", country2="VENEZUELA")
    assert pick(found, "person1", "from1", "person2", "from2") == [
        (AMIR.name, "Iran", MADURO.name, "Venezuela"),
        (AMIR.name, "Iran", GIL.name, "Venezuela"),
    ]
    reverse = rows(store, "meetings-between", country1="Venezuela", country2="Iran")
    assert pick(reverse, "person1", "person2") == [(MADURO.name, AMIR.name), (GIL.name, AMIR.name)]
    assert rows(store, "meetings-between", country1="Iran", country2="Germany") == []
    assert pick(rows(store, "meetings-between", country1="Brazil", country2="Germany"), "person1", "person2") == [
        (LULA.name, SCHOLZ.name)
    ]


def test_timeline_lists_every_kind_of_event_in_date_order(store):
    found = rows(store, "timeline", person="Amir-Abdollahian")
    assert [(r["date"], r["type"]) for r in found] == [
        ("2023-02-03", "meet"),
        ("2023-02-03", "meet"),
        ("2023-02-03", "visit"),
        ("2023-03", "planned_meet"),
    ]
    assert found[2]["others"] == "" and found[3]["others"] == LULA.name
    assert [r["type"] for r in rows(store, "timeline", person="lula", until="2023-01")] == [
        "meet",
        "meet",
        "phone_call",
    ]


def test_most_met_counts_meetings_and_partners(store):
    found = rows(store, "most-met")
    assert [(r["name"], r["meetings"], r["partners"]) for r in found[:2]] == [
        (AMIR.name, "2", "2"),
        (LULA.name, "2", "2"),
    ]
    assert {r["name"]: r["meetings"] for r in found}[MADURO.name] == "1"
    assert [(r["name"], r["meetings"]) for r in rows(store, "most-met", until="2023-01-30")] == [
        (LULA.name, "2"),
        (TRICKY.name, "1"),
        (SCHOLZ.name, "1"),
    ]


def test_sources_of_an_event_quote_the_articles(store):
    event = model.event_iri(A.events[0])
    for value in (str(event), "meet-" + str(event).rsplit("-", 1)[1], str(event).split("/id/")[1]):
        found = rows(store, "sources-of", event=value)
        assert pick(found, "file", "quote") == [
            ("a.txt", "Maduro received Amir-Abdollahian in Caracas on Friday."),
            ("b.txt", "The Iranian minister and Maduro held talks on Friday in Caracas."),
        ]
    text = A.article.text
    row = next(r for r in rows(store, "sources-of", event=str(event)) if r["file"] == "a.txt")
    assert text[int(row["start"]) : int(row["end"])] == row["quote"]


def test_visits_by_a_person_or_by_anyone(store):
    assert pick(rows(store, "visits-by"), "visitor", "place", "country", "date") == [
        (AMIR.name, "Caracas", "Venezuela", "2023-02-03")
    ]
    assert rows(store, "visits-by", person="maduro") == []


def test_phone_calls(store):
    assert pick(rows(store, "phone-calls"), "person1", "person2", "date") == [(LULA.name, MADURO.name, "2023-01-31")]
    assert len(rows(store, "phone-calls", person="Maduro")) == 1
    assert rows(store, "phone-calls", person="Scholz") == []


def test_planned_meetings(store):
    found = rows(store, "planned-meetings")
    assert [(frozenset(r["participants"].split("; ")), r["date"], r["place"]) for r in found] == [
        (frozenset({AMIR.name, LULA.name}), "2023-03", "Brasília")
    ]
    assert len(rows(store, "planned-meetings", person="lula")) == 1
    assert rows(store, "planned-meetings", person="maduro") == []


# -- parameters are RDF terms, never query text -------------------------------------------------
def test_a_name_with_quotes_braces_and_a_union_payload_is_only_ever_a_value(store):
    found = rows(store, "meetings-of", person=TRICKY.name)
    assert [(r["name"], r["with"]) for r in found] == [(TRICKY.name, LULA.name)]
    payload = 'x" } UNION { ?event ?p ?o } #'
    sparql, notes = bind(get_query("people"), store, {"text": [payload]})
    prepareQuery(sparql)
    assert rows(store, "people", text=payload) == []  # not every triple in the store
    found = rows(store, "people", text="O'Brien } UNION {")
    assert [(r["name"], r["roles"]) for r in found] == [(TRICKY.name, "Envoy of Ireland")]


def test_bad_parameters_are_refused_with_a_reason(store):
    with pytest.raises(QueryError, match="needs --param person"):
        run_named(store, "meetings-of", {})
    with pytest.raises(QueryError, match="no parameter colour"):
        run_named(store, "meetings-of", {"person": ["x"], "colour": ["red"]})
    with pytest.raises(QueryError, match="YYYY"):
        run_named(store, "who-met-whom", {"since": ['2023" } UNION {']})
    with pytest.raises(QueryError, match="not a valid IRI"):
        run_named(store, "sources-of", {"event": ["http://x/a> } UNION { ?s ?p ?o"]})
    with pytest.raises(QueryError, match="no named query"):
        get_query("../../etc/passwd")


def test_a_value_matching_two_people_binds_both(store):
    found = rows(store, "timeline", person=["maduro", "scholz"])
    assert {r["name"] for r in found} == {MADURO.name, SCHOLZ.name}


# -- the command line ---------------------------------------------------------------------------
runner = CliRunner()


def cli(*args):
    result = runner.invoke(app, list(args))
    return result


def test_cli_lists_the_named_queries():
    result = cli("queries", "--format", "json")
    assert result.exit_code == 0, result.output
    listed = {q["name"]: q for q in json.loads(result.stdout)}
    assert set(listed) == EXPECTED_NAMES
    assert {"name": "person", "type": "person", "required": True}.items() <= listed["meetings-of"]["params"][0].items()


def test_cli_runs_a_named_query_with_params_as_json_and_csv(store_path):
    result = cli("query", "meetings-of", "--param", "person=maduro", "--format", "json", "--store", store_path)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [(r["with"], r["articles"]) for r in data] == [(AMIR.name, 2)]
    result = cli("query", "who-met-whom", "-P", "since=2023-02", "--format", "csv", "--store", store_path)
    table = list(csv.reader(io.StringIO(result.stdout)))
    assert table[0] == ["person1", "person2", "meetings", "date", "place", "articles"] and len(table) == 3
    result = cli("query", "meetings-of", "--param", "person=maduro", "--store", store_path)
    assert "Hossein" in result.stdout and "event/meet-" in result.stdout


def test_cli_raw_sparql_json_is_the_sparql_results_format_and_graphs_are_turtle(store_path):
    result = cli(
        "query",
        "SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n } ORDER BY ?n",
        "--format",
        "json",
        "--store",
        store_path,
    )
    data = json.loads(result.stdout)
    assert data["head"]["vars"] == ["n"]
    assert [b["n"]["value"] for b in data["results"]["bindings"]] == sorted(
        p.name for p in (AMIR, GIL, LULA, MADURO, SCHOLZ, TRICKY)
    )
    result = cli(
        "query", "CONSTRUCT { ?p schema:name ?n } WHERE { ?p a schema:Person ; schema:name ?n }", "--store", store_path
    )
    g = Graph().parse(data=result.stdout, format="turtle")
    assert len(g) == 6
    assert cli("query", "ASK { ?p a schema:Person }", "--store", store_path).stdout.strip() == "true"


def test_cli_errors_are_one_line(store_path):
    result = cli("query", "meetings-of", "--store", store_path)
    assert result.exit_code == 2 and "needs --param person" in result.output and "Traceback" not in result.output
    result = cli("query", "meetings-of", "-P", "person", "--store", store_path)
    assert result.exit_code == 2 and "NAME=VALUE" in result.output
    result = cli("query", "SELECT ?x WHERE { oops", "--store", store_path)
    assert result.exit_code == 2 and "query failed" in result.output


def test_cli_runs_a_rq_file_with_a_header(store_path, tmp_path):
    path = tmp_path / "mine.rq"
    path.write_text(
        "# Roles of a person.\n# param person: person (required) - a name\n"
        "PREFIX schema: <https://schema.org/>\nPREFIX dg: <https://w3id.org/diplograph/ns#>\n"
        "SELECT ?title WHERE { ?person dg:holdsRole/schema:roleName ?title }\n",
        encoding="utf-8",
    )
    result = cli("query", str(path), "-P", "person=scholz", "--format", "json", "--store", store_path)
    assert result.exit_code == 0, result.output
    assert [b["title"]["value"] for b in json.loads(result.stdout)["results"]["bindings"]] == ["Chancellor"]


def test_cli_prints_a_named_query_and_refuses_an_unknown_one():
    result = cli("queries", "meetings-of")
    assert result.exit_code == 0 and result.stdout == get_query("meetings-of").sparql
    result = cli("queries", "no-such-question")
    assert result.exit_code == 2 and "no named query" in result.output


def test_every_named_query_gives_the_same_rows_on_the_in_memory_store(store):
    """rdflib's own engine (the ``memory:`` store) and Oxigraph answer the named queries alike."""
    with opened("memory:") as memory:
        for s, p, o in store.graph.triples((None, None, None)):
            if isinstance(o, Literal) and o.datatype == XSD.string:
                o = Literal(str(o))  # rdflib keeps "x"^^xsd:string apart from "x"; the model writes "x"
            memory.graph.add((s, p, o))
        for name, params in [
            ("timeline", {"person": "Amir-Abdollahian"}),
            ("visits-by", {}),
            ("meetings-of", {"person": "maduro"}),
            ("phone-calls", {}),
            ("meetings-between", {"country1": "Iran", "country2": "Venezuela"}),
        ]:

            def key(found):
                return sorted(tuple(sorted(r.items())) for r in found)

            assert key(rows(memory, name, **params)) == key(rows(store, name, **params)), name
