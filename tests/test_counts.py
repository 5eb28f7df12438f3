"""Honest counts: the ingest line, ``stats``, ``meetings`` and the named queries agree on events,
sources and articles, by the one definition in ``docs/model.md`` ("Counting"), on the seed pages.

The seed pages are ingested once by the command; ``stats``, ``meetings`` and ``query`` then run in
one subprocess (``run_many``: one start-up for the three), the 80-column table in its own.
"""

from __future__ import annotations

import json
import re

import pytest

from tests.cli_runs import run, run_many


@pytest.fixture(scope="module")
def seeded(tmp_path_factory, seeds_dir):
    store = tmp_path_factory.mktemp("counts") / "store"
    done = run("ingest", seeds_dir, "--store", store)
    assert done.returncode == 0, done.stderr
    return store, done.stdout + done.stderr


@pytest.fixture(scope="module")
def answers(seeded) -> dict[str, object]:
    """``stats``, ``meetings`` and ``query who-met-whom`` on the seeded store, as JSON."""
    store, _ = seeded
    runs = run_many(
        ["stats", "--format", "json", "--store", store],
        ["meetings", "--format", "json", "--store", store],
        ["query", "who-met-whom", "--limit", "0", "--store", store, "-f", "json"],
    )
    for done in runs:
        assert done.returncode == 0, done.stderr
    counts, events, pairs = (json.loads(done.stdout) for done in runs)
    return {"stats": {row["what"]: int(row["count"]) for row in counts}, "meetings": events, "who-met-whom": pairs}


def test_new_events_of_the_ingest_line_are_the_stored_events(seeded, answers):
    store, output = seeded
    m = re.search(r"(\d+) event reports: (\d+) new events, (\d+) joined", output)
    assert m, output
    reports, new, joined = map(int, m.groups())
    assert reports == new + joined
    assert new == answers["stats"]["events"] == len(answers["meetings"])


def test_sources_and_articles_agree_between_stats_meetings_and_the_named_queries(answers):
    events = answers["meetings"]
    sentences = {(s["article"], s["start"], s["end"]) for e in events for s in e["sources"]}
    assert len(sentences) == answers["stats"]["sources"]
    by_pair: dict[frozenset, set] = {}
    meets: dict[frozenset, set] = {}
    for e in events:
        if e["type"] != "meet":
            continue
        names = [p["name"] for p in e["participants"]]
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                by_pair.setdefault(frozenset((a, b)), set()).update(s["article"] for s in e["sources"])
                meets.setdefault(frozenset((a, b)), set()).add(e["id"])
    rows = answers["who-met-whom"]
    assert rows and len(rows) == len(by_pair)
    for r in rows:
        pair = frozenset((r["person1"], r["person2"]))
        assert int(r["articles"]) == len(by_pair[pair]) and int(r["meetings"]) == len(meets[pair])


def test_the_meetings_table_keeps_type_names_whole_at_80_columns(seeded):
    import subprocess

    from tests.cli_runs import command, env

    store, _ = seeded
    done = subprocess.run(
        command("meetings", "--store", store),
        capture_output=True,
        text=True,
        env={**env(), "COLUMNS": "80"},
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    rows = [line for line in done.stdout.splitlines() if line.startswith("│")]
    assert rows and max(len(line) for line in done.stdout.splitlines()) <= 80
    ids = {line.split("│")[1].strip() for line in rows} - {""}
    assert ids and all(len(i) == 8 for i in ids)  # the event ids, whole
    type_cells = {line.split("│")[2].strip() for line in rows} - {""}
    assert type_cells <= {"meet", "phone_call", "visit", "sign_agreement", "planned_meet"}
    assert "sign_agreement" in type_cells
