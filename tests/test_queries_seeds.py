"""The named queries on the real seed pages, ingested with ``diplograph ingest`` into a real store.

Expected rows follow the gold annotations (../shared/eval/seeds-gold.json): names are compared
folded (accents and case ignored), and only what the gold states is asserted."""

from __future__ import annotations

import gc

import pytest
from typer.testing import CliRunner

from diplograph.cli import app
from diplograph.graph.store import opened
from diplograph.ingest.records import fold
from diplograph.queries import library

pytestmark = pytest.mark.slow

MADURO = "nicolas maduro"


@pytest.fixture(scope="module")
def seeds_store(seeds_dir, tmp_path_factory):
    path = str(tmp_path_factory.mktemp("seeds") / "store")
    result = CliRunner().invoke(app, ["ingest", str(seeds_dir), "--store", path])
    assert result.exit_code == 0, result.output
    gc.collect()
    return path


@pytest.fixture()
def store(seeds_store):
    with opened(seeds_store, read_only=True) as s:
        yield s


def rows(store, name, **params):
    out = library.run_named(store, name, {k: [v] for k, v in params.items()})
    return [dict(zip(out.columns, r)) for r in library.cells(out)]


def names(text: str) -> set[str]:
    return {fold(n) for n in text.split("; ") if n}


def test_the_meetings_of_amir_abdollahian_name_each_venezuelan_once(store):
    found = rows(store, "meetings-of", person="Amir-Abdollahian")
    others = sorted(fold(r["with"]) for r in found)
    assert others == sorted(["nicolas maduro", "yvan gil pinto", "tareck el aissami", "delcy rodriguez"])
    maduro = next(r for r in found if fold(r["with"]) == "nicolas maduro")
    assert maduro["date"] == "2023-02-03" and maduro["place"] == "Caracas"
    assert int(maduro["articles"]) >= 4


def test_who_met_whom_has_the_caracas_meeting_once(store):
    pairs = [
        r
        for r in rows(store, "who-met-whom")
        if {fold(r["person1"]), fold(r["person2"])} == {"hossein amir abdollahian", MADURO}
    ]
    assert len(pairs) == 1 and pairs[0]["date"] == "2023-02-03" and pairs[0]["place"] == "Caracas"
    assert rows(store, "who-met-whom", since="2023-02-04", until="2023-02-04") != []
    assert all(
        r["date"].startswith("2023-02-04") for r in rows(store, "who-met-whom", since="2023-02-04", until="2023-02-04")
    )


def test_meetings_between_iran_and_venezuela(store):
    found = rows(store, "meetings-between", country1="Iran", country2="Venezuela")
    assert {fold(r["person1"]) for r in found} == {"hossein amir abdollahian"}
    assert sorted(fold(r["person2"]) for r in found) == sorted(
        ["nicolas maduro", "yvan gil pinto", "tareck el aissami", "delcy rodriguez"]
    )


def test_meetings_in_venezuela_include_the_caracas_meeting(store):
    found = rows(store, "meetings-in", place="venezuela")
    assert any(
        names(r["participants"]) == {"hossein amir abdollahian", MADURO} and r["where"] == "Caracas" for r in found
    )
    assert rows(store, "meetings-in", place="Caracas") == found


def test_the_timeline_of_maduro(store):
    found = {(r["type"], r["date"]) for r in rows(store, "timeline", person="maduro")}
    assert {("meet", "2023-02-03"), ("visit", "2022-06"), ("sign_agreement", "2022-06")} <= found


def test_amir_abdollahian_is_the_most_met(store):
    top = rows(store, "most-met")[0]
    assert fold(top["name"]) == "hossein amir abdollahian" and top["meetings"] == "4" and top["partners"] == "4"


def test_the_sources_of_the_caracas_meeting_are_the_seed_articles(store):
    event = next(
        r["event"] for r in rows(store, "meetings-of", person="maduro") if fold(r["with"]) == "hossein amir abdollahian"
    )
    found = rows(store, "sources-of", event=event)
    assert {"000", "001", "003", "004"} <= {r["file"][:3] for r in found}
    assert all(r["quote"] for r in found)


def test_visits_of_amir_abdollahian_include_caracas(store):
    places = {r["place"] for r in rows(store, "visits-by", person="amir-abdollahian")}
    assert "Caracas" in places
    assert "Tehran" in {r["place"] for r in rows(store, "visits-by", person="maduro")}


def test_no_phone_calls_in_the_seeds(store):
    assert rows(store, "phone-calls") == []


def test_the_planned_meeting_in_mongolia(store):
    found = [names(r["participants"]) for r in rows(store, "planned-meetings")]
    assert any({"naruhito", "ukhnaa khurelsukh"} <= people for people in found)
    assert rows(store, "planned-meetings", person="maduro") == []


def test_people_lookup_on_the_seeds(store):
    found = rows(store, "people", text="abdollah")
    assert [fold(r["name"]) for r in found] == ["hossein amir abdollahian"]
    assert "Iran" in found[0]["roles"]
