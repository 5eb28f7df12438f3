"""The event extractor on articles it was not built beside, scored like the seeds.

``tests/data/dev/articles/`` holds sixteen short news articles written for the project (datelines,
captions, page furniture, many phrasings: hosting, mediation, calls, plans, invitations, negations,
summits); ``tests/data/holdout/articles/`` six more, first scored only once the development set was
done.  Each folder's ``gold.json`` is their gold in the shared format, annotated by the gold rules
of the evaluation README.  The tests score them with ``diplograph eval``'s own job
(``diplograph.eval.run.evaluate``: ingest into a new store, read the events back, score), in this
process so that the pipeline is loaded once, and assert floors a little under the figures in
``docs/accuracy.md``, so that a regression shows.  The command itself (its JSON is this summary)
is run end to end in ``test_eval.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplograph.eval.run import evaluate

DATA = Path(__file__).resolve().parent / "data"

# Floors a little under the figures reached (docs/accuracy.md, section 3).
FLOORS = {
    "dev": {
        ("meet", "f1"): 0.92,
        ("meet", "recall"): 0.90,
        ("phone_call", "f1"): 0.90,
        ("planned_meet", "f1"): 0.90,
        ("planned_meet", "precision"): 0.90,
        ("visit", "f1"): 0.90,
        ("where_accuracy", None): 0.90,
        ("when_accuracy", None): 0.85,
    },
    "holdout": {
        ("meet", "f1"): 0.85,
        ("phone_call", "f1"): 0.90,
        ("planned_meet", "recall"): 0.99,
        ("visit", "f1"): 0.90,
        ("where_accuracy", None): 0.80,
        ("when_accuracy", None): 0.90,
    },
}


@pytest.fixture(scope="module")
def summaries() -> dict[str, dict]:
    out = {}
    for name in FLOORS:
        folder = DATA / name
        result = evaluate(folder / "gold.json", [str(folder / "articles")], "memory:")
        assert result.ingest is not None and not result.ingest.errors, result.ingest
        out[name] = json.loads(json.dumps(result.report.summary))  # what `diplograph eval --json` prints
    return out


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_each_set_is_whole(name):
    folder = DATA / name
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    files = {a["file"] for a in gold["articles"]}
    assert files == {p.name for p in (folder / "articles").glob("*.txt")}
    if name == "dev":
        assert len(files) >= 15
        kinds = {e["type"] for a in gold["articles"] for e in a["events"]}
        assert kinds == {"meet", "phone_call", "planned_meet", "visit", "sign_agreement"}


@pytest.mark.parametrize("name,kind,measure", sorted((n, k, m) for n, f in FLOORS.items() for k, m in f))
def test_figures_stay_above_their_floor(summaries, name, kind, measure):
    got = summaries[name][kind] if measure is None else summaries[name][kind][measure]
    assert got >= FLOORS[name][(kind, measure)], (name, kind, summaries[name][kind])
