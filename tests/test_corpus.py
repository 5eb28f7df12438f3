"""The blind corpus of real news pages (``tests/data/corpus/``): its shape, and floors under the
figures of ``docs/accuracy.md`` section 0, so that a regression on unseen news shows.

The test split is frozen: these floors guard it, they never motivate a rule."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_runs import run

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"

# a little under the latest figures (docs/accuracy.md, section 0)
FLOORS = {
    "dev": {
        ("meet", "f1"): 0.67,
        ("phone_call", "f1"): 0.81,
        ("planned_meet", "f1"): 0.66,
        ("visit", "f1"): 0.65,
        ("where_accuracy", None): 0.66,
        ("when_accuracy", None): 0.75,
    },
    "test": {("meet", "f1"): 0.48, ("planned_meet", "f1"): 0.47, ("visit", "f1"): 0.58, ("when_accuracy", None): 0.85},
}


def _gold(split: str) -> dict:
    return json.loads((CORPUS / split / "gold.json").read_text(encoding="utf-8"))


def test_the_corpus_is_whole_and_split_as_documented():
    manifest = [json.loads(line) for line in (CORPUS / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    for split, least in (("dev", 100), ("test", 50)):
        files = {a["file"] for a in _gold(split)["articles"]}
        assert len(files) >= least
        assert files == {p.name for p in (CORPUS / split / "articles").glob("*.json")}
        assert files == {m["file"] for m in manifest if m["split"] == split}
    articles = _gold("dev")["articles"] + _gold("test")["articles"]
    negatives = [a for a in articles if not [e for e in a["events"] if not e.get("optional")]]
    calls = [e for a in articles for e in a["events"] if e["type"] == "phone_call" and not e.get("optional")]
    assert len(negatives) >= 0.2 * len(articles) and len(calls) >= 25
    for a in articles:
        record = json.loads(
            (CORPUS / next(m["split"] for m in manifest if m["file"] == a["file"]) / "articles" / a["file"]).read_text(
                encoding="utf-8"
            )
        )
        assert record["url"].startswith("http") and record["text"].strip()
        for event in a["events"]:
            assert event["evidence"] and event["participants_canonical"], a["file"]


@pytest.mark.slow
@pytest.mark.parametrize("split", sorted(FLOORS))
def test_scores_stay_above_their_floors(split):
    folder = CORPUS / split
    done = run("eval", folder / "gold.json", folder / "articles", "--store", "memory:", "--json")
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    for (measure, field), floor in FLOORS[split].items():
        value = summary[measure] if field is None else summary[measure][field]
        assert value is not None and value >= floor, (split, measure, field, value)
