"""The event extractor on the development set: articles it was not built beside, scored like the seeds.

``tests/data/dev/articles/`` holds sixteen short news articles written for the project (datelines,
captions, page furniture, many phrasings: hosting, mediation, calls, plans, invitations, negations,
summits); ``tests/data/dev/gold.json`` is their gold in the shared format, annotated by the gold
rules of the evaluation README.  The test runs ``diplograph eval`` on them exactly as a user would
and asserts floors a little under the figures in ``docs/accuracy.md``, so that a regression shows.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_runs import run

DEV = Path(__file__).resolve().parent / "data" / "dev"

# Floors a little under the figures reached (docs/accuracy.md, "3. The development set").
FLOORS = {
    ("meet", "f1"): 0.78,
    ("meet", "recall"): 0.85,
    ("phone_call", "f1"): 0.85,
    ("planned_meet", "f1"): 0.90,
    ("planned_meet", "precision"): 0.90,
    ("visit", "f1"): 0.75,
}
WHERE_FLOOR = 0.85
WHEN_FLOOR = 0.85


@pytest.fixture(scope="module")
def summary() -> dict:
    done = run("eval", DEV / "gold.json", DEV / "articles", "--store", "memory:", "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_the_dev_set_is_whole():
    gold = json.loads((DEV / "gold.json").read_text(encoding="utf-8"))
    files = {a["file"] for a in gold["articles"]}
    assert len(files) >= 15
    assert files == {p.name for p in (DEV / "articles").glob("*.txt")}
    kinds = {e["type"] for a in gold["articles"] for e in a["events"]}
    assert kinds == {"meet", "phone_call", "planned_meet", "visit", "sign_agreement"}


@pytest.mark.parametrize("kind,measure", sorted(FLOORS))
def test_event_pairs_stay_above_their_floor(summary, kind, measure):
    assert summary[kind][measure] >= FLOORS[(kind, measure)], summary[kind]


def test_where_and_when_stay_above_their_floor(summary):
    assert summary["where_accuracy"] >= WHERE_FLOOR
    assert summary["when_accuracy"] >= WHEN_FLOOR
