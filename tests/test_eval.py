"""Scoring against gold: the rules on small hand-made cases, agreement with the shared scorer,
and ``diplograph eval`` end to end (on a store of hand-made records, and on the real seed pages)."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

import pytest
from cli_runs import run_many
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shared_files import SCORER, need

from diplograph.eval.scoring import pairs, same_date, same_person, score
from diplograph.ingest.merge import join_stored

REPO = Path(__file__).resolve().parent.parent
SHARED_SCORER = SCORER


# -- helpers ----------------------------------------------------------------------------------
def gold_event(type_, people, place=None, country=None, date_=None, optional=False):
    ev = {
        "type": type_,
        "participants_canonical": list(people),
        "place": place,
        "venue": None,
        "country": country,
        "date": date_,
        "evidence": "...",
    }
    if optional:
        ev["optional"] = True
    return ev


def pred_event(type_, people, files, place=None, country=None, date_=None):
    return {
        "id": f"e-{type_}-{'-'.join(people)}-{date_}",
        "type": type_,
        "participants": [{"id": n, "name": n, "roles": [], "country": None} for n in people],
        "place": {"id": place, "name": place, "country": country, "lat": None, "lon": None} if place else None,
        "venue": None,
        "date": date_,
        "sources": [
            {"article": f, "file": f, "url": None, "title": None, "published": None, "quote": "q", "start": 0, "end": 1}
            for f in files
        ],
    }


def one_article(*events, file="a.txt"):
    return {"articles": [{"file": file, "published": None, "events": list(events)}]}


@pytest.fixture(scope="module")
def shared_score():
    """The shared scorer, imported from ../shared (tests only: the project never needs it)."""
    need(SHARED_SCORER, "the shared scorer is")
    spec = importlib.util.spec_from_file_location("shared_score", SHARED_SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_shared(module, gold, predicted, verbose=False) -> tuple[dict, list[str]]:
    """The shared scorer's JSON summary and its text report, run through its own ``main``."""
    with tempfile.TemporaryDirectory() as tmp:
        g, p = Path(tmp) / "gold.json", Path(tmp) / "pred.json"
        g.write_text(json.dumps(gold))
        p.write_text(json.dumps(predicted))
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            module.main([str(g), str(p), "--json"])
        summary = json.loads(out.getvalue())
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            module.main([str(g), str(p)] + (["--verbose"] if verbose else []))
    return summary, out.getvalue().splitlines()


# -- the rules on hand-made cases -------------------------------------------------------------
def test_names_fold_accents_case_and_punctuation():
    assert same_person("Nicolas Maduro", "NICOLÁS  maduro")
    assert same_person("Hossein Amir-Abdollahian", "hossein amir abdollahian")


def test_a_shorter_name_must_keep_the_surname_and_two_words():
    assert same_person("Hossein Amir-Abdollahian", "Amir-Abdollahian")  # two words after folding
    assert not same_person("Nicolas Maduro", "Maduro")
    assert not same_person("Nicolas Maduro", "Nicolas")
    assert not same_person("Nicolas Maduro", "Nicholas Maduro")  # a misspelt first name
    assert same_person("Luiz Inacio Lula da Silva", "Lula da Silva")
    assert not same_person("Nicolas Maduro", "Nicolas Maduro Moros")  # longer is not shorter


def test_dates_match_within_the_gold_precision():
    assert same_date("2023-02", "2023-02-03")
    assert same_date("2007", "2007-05-01")
    assert same_date("2023-02-03", "2023-02-03")
    assert not same_date("2023-02-03", "2023-02")
    assert not same_date("2023-02", None)


def test_pairs_are_unordered_and_skip_repeated_names():
    assert pairs(["A", "B", "A", "C"]) == [("A", "B"), ("A", "C"), ("B", "C")]


def test_who_met_whom_counts_pairs_per_type():
    gold = one_article(
        gold_event(
            "meet", ["Nicolas Maduro", "Hossein Amir-Abdollahian", "Delcy Rodriguez"], place="Caracas", date_="2023-02"
        ),
        gold_event("phone_call", ["Lula da Silva", "Olaf Scholz"]),
    )
    pred = [
        pred_event("meet", ["Nicolás Maduro", "Amir-Abdollahian"], ["a.txt"], place="Caracas", date_="2023-02-03"),
        pred_event("meet", ["Maduro", "Delcy Rodriguez"], ["a.txt"]),  # "Maduro" alone: an extra and a miss
        pred_event("meet", ["Olaf Scholz", "Lula da Silva"], ["a.txt"]),  # a call reported as a meeting
        pred_event("meet", ["X Y", "Z W"], ["other.txt"]),
    ]  # another file: not scored here
    s = score(gold, pred).summary
    assert (s["meet"]["tp"], s["meet"]["fp"], s["meet"]["fn"]) == (1, 2, 2)
    assert s["meet"]["precision"] == round(1 / 3, 3) and s["meet"]["recall"] == round(1 / 3, 3)
    assert (s["phone_call"]["tp"], s["phone_call"]["fn"]) == (0, 1)
    assert s["where_accuracy"] == 1.0 and s["when_accuracy"] == 1.0
    assert s["planned_meet"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 0, "fp": 0, "fn": 0}


def test_where_and_when_are_counted_on_matched_meetings_only():
    gold = one_article(
        gold_event("meet", ["Ana Lopez", "Bo Chen"], place="Lima", date_="2020-01-02"),
        gold_event("meet", ["Cy Dorn", "Di Eze"], place="Quito", date_="2020-01"),
    )
    pred = [pred_event("meet", ["Ana Lopez", "Bo Chen"], ["a.txt"], place="Cusco", date_="2020-01-02")]
    s = score(gold, pred).summary
    assert s["where_accuracy"] == 0.0 and s["when_accuracy"] == 1.0


def test_optional_events_are_neither_credited_nor_penalised():
    gold = one_article(
        gold_event("meet", ["Ana Lopez", "Bo Chen"], optional=True),
        gold_event("visit", ["Ana Lopez"], place="Lima", optional=True),
    )
    found = score(
        gold,
        [
            pred_event("meet", ["Ana Lopez", "Bo Chen"], ["a.txt"]),
            pred_event("visit", ["Ana Lopez"], ["a.txt"], place="Lima"),
        ],
    ).summary
    missed = score(gold, []).summary
    for s in (found, missed):
        assert (s["meet"]["tp"], s["meet"]["fp"], s["meet"]["fn"]) == (0, 0, 0)
        assert (s["visit"]["tp"], s["visit"]["fp"], s["visit"]["fn"]) == (0, 0, 0)


def test_a_visit_matches_by_place_or_by_the_places_country():
    gold = one_article(
        gold_event("visit", ["Hossein Amir-Abdollahian"], place="Caracas", country="Venezuela"),
        gold_event("visit", ["Nicolas Maduro"], country="Iran"),
        gold_event("visit", ["Ana Lopez"], place="Lima"),
    )
    pred = [
        pred_event("visit", ["Amir-Abdollahian"], ["a.txt"], place="Maiquetía", country="Venezuela"),
        pred_event("visit", ["Nicolas Maduro"], ["a.txt"], place="Tehran", country="Iran"),
        pred_event("visit", ["Ana Lopez"], ["a.txt"], place="Cusco", country="Peru"),
    ]
    report = score(gold, pred)
    s = report.summary["visit"]
    assert (s["tp"], s["fp"], s["fn"]) == (2, 1, 1)
    assert report.files[0].misses == [("visit", ("Ana Lopez", "Lima"))]


def test_same_event_merged_needs_one_event_citing_every_file():
    gold = {
        "articles": [{"file": f, "events": []} for f in ("a.txt", "b.txt")],
        "same_event_across_articles": [
            {
                "participants_canonical": ["Ana Lopez", "Bo Chen"],
                "type": "meet",
                "date": "2020-01-02",
                "files": ["a.txt", "b.txt"],
            }
        ],
    }
    merged = [pred_event("meet", ["Bo Chen", "Ana Lopez"], ["a.txt", "b.txt"], date_="2020-01-02")]
    split = [
        pred_event("meet", ["Ana Lopez", "Bo Chen"], ["a.txt"], date_="2020-01-02"),
        pred_event("meet", ["Ana Lopez", "Bo Chen"], ["b.txt"], date_="2020-01-02"),
    ]
    partial = [pred_event("meet", ["Ana Lopez", "Bo Chen"], ["a.txt"], date_="2020-01-02")]
    assert score(gold, merged).summary["same_event_merged"] == "1/1"
    assert score(gold, split).summary["same_event_merged"] == "0/1"
    assert score(gold, partial).summary["same_event_merged"] == "0/1"


def test_verbose_lines_list_misses_and_extras():
    gold = one_article(gold_event("meet", ["Ana Lopez", "Bo Chen"]))
    lines = score(gold, [pred_event("meet", ["Cy Dorn", "Di Eze"], ["a.txt"])]).lines(verbose=True)
    assert "    missed meet: ('Ana Lopez', 'Bo Chen')" in lines
    assert "    extra  meet: ('Cy Dorn', 'Di Eze')" in lines
    assert lines[0] == "a.txt: meet tp=0 fp=1 fn=1 visit tp=0 fp=0 fn=0"


# -- agreement with the shared scorer ---------------------------------------------------------
NAMES = ["Nicolas Maduro", "Hossein Amir-Abdollahian", "Ana María López", "Bo Chen", "Cy O'Dorn"]
VARIANTS = st.sampled_from(
    NAMES
    + [
        "Maduro",
        "Amir-Abdollahian",
        "NICOLÁS MADURO",
        "Nicholas Maduro",
        "María López",
        "Ana Lopez",
        "Chen",
        "Cy ODorn",
        "O Dorn",
    ]
)
PLACES = st.sampled_from([None, "Caracas", "Tehran", "Lima", "caracas", "Venezuela", "Iran"])
COUNTRIES = st.sampled_from([None, "Venezuela", "Iran", "Peru"])
DATES = st.sampled_from([None, "2023", "2023-02", "2023-02-03", "2023-02-04", "2022-06", "2022-06-15"])
TYPES = st.sampled_from(["meet", "phone_call", "planned_meet", "visit", "sign_agreement"])
FILES = ["a.txt", "b.txt", "c.txt"]


@st.composite
def gold_events(draw):
    type_ = draw(TYPES)
    people = draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=3))
    event = gold_event(
        type_,
        people,
        place=draw(PLACES),
        country=draw(COUNTRIES),
        date_=draw(DATES),
        optional=draw(st.booleans()) and draw(st.booleans()),
    )
    if draw(st.booleans()):  # another accepted form of each name, or none ("participants_alt")
        event["participants_alt"] = [draw(st.one_of(st.none(), VARIANTS)) for _ in people]
    return event


@st.composite
def pred_events(draw):
    people = draw(st.lists(VARIANTS, min_size=0, max_size=3))
    files = draw(st.lists(st.sampled_from(FILES + ["d.txt"]), min_size=0, max_size=3))
    return pred_event(draw(TYPES), people, files, place=draw(PLACES), country=draw(COUNTRIES), date_=draw(DATES))


@st.composite
def golds(draw):
    articles = [{"file": f, "published": None, "events": draw(st.lists(gold_events(), max_size=6))} for f in FILES]
    rules = [
        {
            "participants_canonical": draw(st.lists(st.sampled_from(NAMES), min_size=2, max_size=2, unique=True)),
            "type": draw(st.sampled_from(["meet", "phone_call"])),
            "date": draw(st.sampled_from(["2023-02", "2023-02-03"])),
            "files": draw(st.lists(st.sampled_from(FILES), min_size=1, max_size=3, unique=True)),
        }
        for _ in range(draw(st.integers(0, 2)))
    ]
    return {"articles": articles, "same_event_across_articles": rules}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(gold=golds(), predicted=st.lists(pred_events(), max_size=10))
def test_agrees_with_the_shared_scorer_on_generated_cases(shared_score, gold, predicted):
    summary, text = run_shared(shared_score, gold, predicted, verbose=True)
    report = score(gold, predicted)
    assert report.summary == summary
    assert report.lines(verbose=True) == text


def test_agrees_with_the_shared_scorer_on_the_gold_itself(shared_score, gold_path):
    """The gold turned into predictions (optional events left out) scores the same both ways."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    predicted = [
        pred_event(
            ev["type"],
            ev["participants_canonical"],
            [a["file"]],
            place=ev.get("place"),
            country=ev.get("country"),
            date_=ev.get("date"),
        )
        for a in gold["articles"]
        for ev in a["events"]
        if not ev.get("optional")
    ]
    summary, _ = run_shared(shared_score, gold, predicted)
    assert score(gold, predicted).summary == summary
    assert summary["meet"]["recall"] == 1.0


# -- diplograph eval end to end ---------------------------------------------------------------
def _seed_like_store(path: str, gold: dict) -> None:
    """A store holding hand-made extractions for the gold's files: some right, some wrong."""
    from diplograph.graph.store import opened
    from diplograph.ingest.records import Article, Event, Evidence, Extraction, Person, Place

    maduro, amir = Person("Nicolás Maduro"), Person("Hossein Amir-Abdollahian")
    caracas = Place("Caracas", kind="city", country="Venezuela")
    with opened(path) as store:
        for i, art in enumerate(gold["articles"]):
            text = f"Story {i}.\nMaduro received Amir-Abdollahian in Caracas on Friday."
            article = Article(file=art["file"], path=f"/seeds/{art['file']}", text=text, published=date(2023, 2, 4))
            ev = Evidence(article=article.key, file=art["file"], quote=text[10:], start=10, end=len(text))
            events = [Event("meet", (maduro, amir), (ev,), place=caracas, date="2023-02-03")]
            if i % 2:
                events.append(Event("visit", (amir,), (ev,), place=caracas, date="2023-02-02"))
                events.append(Event("meet", (Person("Maduro"), Person("Delcy Rodríguez")), (ev,)))
            store.write(
                Extraction(article=article, people=(maduro, amir), places=(caracas,), events=tuple(events)),
                join=join_stored,
            )


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "diplograph", *args], capture_output=True, text=True, cwd=REPO, timeout=600
    )


def _meetings_json(store: str, out: Path) -> None:
    """Write what ``diplograph meetings --format json`` prints for ``store`` to ``out`` (read in this
    process with the function the command calls: the command is not what these tests are about)."""
    from diplograph.graph.store import opened
    from diplograph.queries.events import meetings

    with opened(store, read_only=True) as db:
        out.write_text(json.dumps(meetings(db), ensure_ascii=False, indent=1), encoding="utf-8")


@pytest.fixture(scope="module")
def seed_like(tmp_path_factory, gold_path) -> tuple[str, subprocess.CompletedProcess, subprocess.CompletedProcess]:
    """A store of hand-made extractions for the gold's files, and ``diplograph eval`` of it with
    ``--json`` and with ``--verbose`` (the two command lines in one subprocess, ``run_many``)."""
    store = str(tmp_path_factory.mktemp("seed-like") / "store")
    _seed_like_store(store, json.loads(gold_path.read_text(encoding="utf-8")))
    as_json, verbose = run_many(
        ["eval", gold_path, "--store", store, "--json"], ["eval", gold_path, "--store", store, "--verbose"]
    )
    return store, as_json, verbose


def test_eval_of_a_store_agrees_with_the_shared_scorer_on_its_meetings_json(tmp_path, gold_path, seed_like):
    need(SHARED_SCORER, "the shared scorer is")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    store, ours, _ = seed_like
    assert ours.returncode == 0, ours.stderr
    _meetings_json(store, tmp_path / "pred.json")
    theirs = subprocess.run(
        [sys.executable, str(SHARED_SCORER), str(gold_path), str(tmp_path / "pred.json"), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(ours.stdout) == json.loads(theirs.stdout)
    assert json.loads(ours.stdout)["meet"]["tp"] == len(gold["articles"])  # the one meeting, in every file
    assert json.loads(ours.stdout)["same_event_merged"] == "1/1"


def test_eval_verbose_lists_misses(seed_like):
    _, _, out = seed_like
    assert out.returncode == 0, out.stderr
    assert "    missed visit:" in out.stdout and "    extra  meet: ('Delcy Rodríguez', 'Maduro')" in out.stdout
    assert "same event merged across articles: 1/1" in out.stdout


def test_eval_rejects_a_file_that_is_not_gold(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"events": []}')
    out = _cli("eval", str(bad), "--store", str(tmp_path / "store"))
    assert out.returncode == 2 and "is not a gold file" in out.stderr


@pytest.mark.slow
def test_eval_on_the_seed_pages_agrees_with_the_shared_scorer(tmp_path, gold_path, seeds_dir):
    """`diplograph eval GOLD SEEDS` ingests the real pages; the shared scorer, given the same
    store's `meetings --format json`, gives the same figures."""
    need(SHARED_SCORER, "the shared scorer is")
    store = str(tmp_path / "store")
    ours = _cli("eval", str(gold_path), str(seeds_dir), "--store", store, "--json")
    assert ours.returncode == 0, ours.stderr
    _meetings_json(store, tmp_path / "pred.json")
    theirs = subprocess.run(
        [sys.executable, str(SHARED_SCORER), str(gold_path), str(tmp_path / "pred.json"), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(ours.stdout) == json.loads(theirs.stdout)
    from diplograph.eval.run import evaluate

    table = "\n".join(evaluate(gold_path, [], store).report.readable_lines())  # what `eval` prints without --json
    assert "meet          P=" in table
