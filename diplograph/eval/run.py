"""The eval job: ingest articles (or open a store), read its events back, score them against gold."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from diplograph.eval.scoring import ScoreReport, score
from diplograph.graph.store import opened
from diplograph.ingesting import IngestSummary, ingest_paths
from diplograph.queries.events import all_events


@dataclass
class Evaluation:
    """The score, the events that were scored, and the ingest summary when articles were ingested."""

    report: ScoreReport
    events: list[dict]
    ingest: IngestSummary | None = None


def load_gold(path: str | Path) -> dict | list:
    """A gold file in the shared gold format; a clear error when it is not one."""
    try:
        gold = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"cannot read gold file {path}: {exc}") from None
    articles = gold.get("articles") if isinstance(gold, dict) else gold
    if not isinstance(articles, list) or not all(
        isinstance(a, dict) and "file" in a and "events" in a for a in articles
    ):
        raise ValueError(f'{path} is not a gold file: expected {{"articles": [{{"file", "events"}}, ...]}}')
    return gold


def evaluate(gold_path: str | Path, paths: Sequence[str] = (), store: str | None = None) -> Evaluation:
    """Score a store's events against gold.

    With ``paths``, the articles are ingested first: into ``store`` when one is named, else into a
    temporary store (the default kind, an embedded Oxigraph directory) that is removed afterwards.
    Without ``paths``, ``store`` (or the default store) is read as it is.
    """
    gold = load_gold(gold_path)
    if not paths:
        with opened(store, read_only=True) as graph_store:
            events = all_events(graph_store)
        return Evaluation(score(gold, events), events)
    with tempfile.TemporaryDirectory(prefix="diplograph-eval-") as tmp:
        spec = store or str(Path(tmp) / "store")
        with opened(spec) as graph_store:
            summary = ingest_paths(graph_store, paths)
            events = all_events(graph_store)
    return Evaluation(score(gold, events), events, summary)
