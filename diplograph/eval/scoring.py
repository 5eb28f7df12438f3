"""Scoring extracted events against gold annotations.

The gold format and the rules are those of the shared evaluation data (``eval/README.md`` beside
the seed pages); this module implements them on its own so that the project scores without that
folder, and gives the same figures:

* **who met whom**: the unordered pairs of participants of every gold ``meet`` event against the
  pairs of every predicted ``meet`` event citing the same file: precision, recall, F1; the same for
  ``phone_call`` and ``planned_meet``.  Gold pairs are matched greedily, in gold order, each
  predicted pair used once.  A predicted pair that matches an ``optional`` gold event is neither
  credited nor counted as an extra.
* names match when equal after folding accents, case and punctuation, or when the predicted name
  is a shorter form of the gold name that keeps the surname and at least two words;
* **where** / **when**: among matched gold ``meet`` pairs whose gold event has a place (a date),
  the share whose predicted place name equals it (whose predicted date starts with it, so a gold
  month or year takes any day inside it);
* **visit**: (person, where) pairs: a predicted visit matches when one of its participants matches
  the gold person and its place name or that place's country equals the gold place or country;
* **same event merged**: a ``same_event_across_articles`` entry holds when exactly one predicted
  event of that type has the pair and the date, and its sources cover all the listed files.

Predicted events are dicts in the shared JSON event format (what ``diplograph meetings --format
json`` prints); a dict with an ``events`` list is accepted too.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

PAIR_TYPES = ("meet", "phone_call", "planned_meet")
SCORED_TYPES = PAIR_TYPES + ("visit",)

Pair = tuple[str, str]


def fold_words(text: str | None) -> list[str]:
    """The words of a name with accents, case and punctuation folded away."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", " ", text).split()


ALT_FIELDS = ("participants_alt", "participants_wikipedia")


def gold_names(event: Mapping[str, Any]) -> list[str]:
    """The gold participants; where the gold gives another accepted form of a name (a list parallel
    to ``participants_canonical``), either form matches, written "Pompeo|Mike Pompeo"."""
    found = list(event.get("participants_canonical", []))
    for name in ALT_FIELDS:
        alts = event.get(name) or []
        if len(alts) == len(found):
            found = [n if not a or fold_words(a) == fold_words(n) else f"{n}|{a}" for n, a in zip(found, alts)]
    return found


def same_person(gold_name: str, pred_name: str) -> bool:
    """Any accepted form of the gold name ("A|B") matches (``_same_name``)."""
    return any(_same_name(g, pred_name) for g in gold_name.split("|"))


def _same_name(gold_name: str, pred_name: str) -> bool:
    """Equal folded names, or a shorter predicted name that keeps the surname and two words."""
    g, p = fold_words(gold_name), fold_words(pred_name)
    if not g or not p:
        return False
    if g == p:
        return True
    gs, ps = set(g), set(p)
    return ps <= gs and g[-1] in ps and len(ps) >= min(2, len(gs))


def same_place(gold_place: str | None, pred_place: str | None) -> bool:
    return bool(gold_place) and bool(pred_place) and fold_words(gold_place) == fold_words(pred_place)


def same_date(gold_date: str | None, pred_date: Any) -> bool:
    """A predicted date inside the gold date's precision ("2023-02" takes "2023-02-03").

    A gold entry without a date takes any predicted date.
    """
    if not pred_date:
        return False
    return gold_date is None or str(pred_date).startswith(gold_date)


def names(event: Mapping[str, Any]) -> list[str]:
    return [p.get("name", "") for p in event.get("participants", [])]


def pairs(people: Iterable[str]) -> list[Pair]:
    """Every unordered pair of distinct names, in order of first appearance."""
    unique = list(dict.fromkeys(people))
    return [(a, b) for i, a in enumerate(unique) for b in unique[i + 1 :]]


def pair_matches(gold_pair: Pair, pred_pair: Pair) -> bool:
    (ga, gb), (pa, pb) = gold_pair, pred_pair
    return (same_person(ga, pa) and same_person(gb, pb)) or (same_person(ga, pb) and same_person(gb, pa))


def place_of(event: Mapping[str, Any]) -> tuple[str | None, str | None]:
    place = event.get("place") or {}
    return place.get("name"), place.get("country")


def gold_articles(gold: Mapping[str, Any] | Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    return list(gold["articles"] if isinstance(gold, Mapping) else gold)


def predicted_events(predicted: Any) -> list[Mapping[str, Any]]:
    """A list of events, or a dict holding one under ``events``."""
    if isinstance(predicted, Mapping):
        return list(predicted.get("events", []))
    return list(predicted)


def by_file(predicted: Iterable[Mapping[str, Any]]) -> dict[str, list[Mapping[str, Any]]]:
    """Predicted events under every file that one of their sources cites."""
    out: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for event in predicted:
        for file in {s.get("file") for s in event.get("sources", []) if s.get("file")}:
            out[file].append(event)
    return out


@dataclass
class FileScore:
    """Counts for one gold article, and what was missed or extra in it."""

    file: str
    counts: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    misses: list[tuple[str, Any]] = field(default_factory=list)
    extras: list[tuple[str, Any]] = field(default_factory=list)

    def line(self) -> str:
        c = self.counts
        return (
            f"{self.file}: meet tp={c['meet_tp']} fp={c['meet_fp']} fn={c['meet_fn']}"
            f" visit tp={c['visit_tp']} fp={c['visit_fp']} fn={c['visit_fn']}"
        )


def _score_pairs(
    kind: str, gold_events: list[Mapping[str, Any]], preds: list[Mapping[str, Any]], result: FileScore
) -> None:
    c = result.counts
    gold_items = [(pair, ev) for ev in gold_events if ev["type"] == kind for pair in pairs(gold_names(ev))]
    optional = [pair for pair, ev in gold_items if ev.get("optional")]
    required = [(pair, ev) for pair, ev in gold_items if not ev.get("optional")]
    pred_items = [(pair, ev) for ev in preds if ev.get("type") == kind for pair in pairs(names(ev))]
    used: set[int] = set()
    for gpair, gev in required:
        hit = next((i for i, (ppair, _) in enumerate(pred_items) if i not in used and pair_matches(gpair, ppair)), None)
        if hit is None:
            c[kind + "_fn"] += 1
            result.misses.append((kind, gpair))
            continue
        used.add(hit)
        c[kind + "_tp"] += 1
        pev = pred_items[hit][1]
        if kind == "meet":
            if gev.get("place"):
                c["where_total"] += 1
                c["where_ok"] += same_place(gev["place"], place_of(pev)[0])
            if gev.get("date"):
                c["when_total"] += 1
                c["when_ok"] += same_date(gev["date"], pev.get("date"))
    for i, (ppair, _) in enumerate(pred_items):
        if i in used or any(pair_matches(g, ppair) for g in optional):
            continue
        c[kind + "_fp"] += 1
        result.extras.append((kind, ppair))


def _visit_matches(gold_event: Mapping[str, Any], pred_event: Mapping[str, Any]) -> bool:
    person = gold_names(gold_event)[0]
    return any(same_person(person, n) for n in names(pred_event)) and any(
        same_place(g, w) for g in (gold_event.get("place"), gold_event.get("country")) for w in place_of(pred_event)
    )


def _score_visits(gold_events: list[Mapping[str, Any]], preds: list[Mapping[str, Any]], result: FileScore) -> None:
    c = result.counts
    gold_visits = [ev for ev in gold_events if ev["type"] == "visit"]
    pred_visits = [ev for ev in preds if ev.get("type") == "visit"]
    used: set[int] = set()
    for gev in gold_visits:
        hit = next((i for i, pev in enumerate(pred_visits) if i not in used and _visit_matches(gev, pev)), None)
        if hit is None:
            if not gev.get("optional"):
                c["visit_fn"] += 1
                result.misses.append(("visit", (gold_names(gev)[0], gev.get("place") or gev.get("country"))))
            continue
        used.add(hit)
        if not gev.get("optional"):
            c["visit_tp"] += 1
    for i, pev in enumerate(pred_visits):
        if i not in used:
            c["visit_fp"] += 1
            result.extras.append(("visit", (names(pev), place_of(pev))))


def score_file(article: Mapping[str, Any], preds: list[Mapping[str, Any]]) -> FileScore:
    """One gold article against the predicted events that cite its file."""
    result = FileScore(article["file"])
    for kind in PAIR_TYPES:
        _score_pairs(kind, article["events"], preds, result)
    _score_visits(article["events"], preds, result)
    return result


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1; an empty denominator counts as 1.0 (nothing to find, nothing wrong)."""
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def merged_across_articles(gold: Any, predicted: list[Mapping[str, Any]]) -> tuple[int, int]:
    """How many ``same_event_across_articles`` entries hold, out of how many."""
    rules = gold.get("same_event_across_articles", []) if isinstance(gold, Mapping) else []
    ok = 0
    for rule in rules:
        a, b = rule["participants_canonical"]
        found = [
            ev
            for ev in predicted
            if ev.get("type") == rule["type"]
            and any(pair_matches((a, b), p) for p in pairs(names(ev)))
            and same_date(rule.get("date"), ev.get("date"))
        ]
        files = {s.get("file") for ev in found[:1] for s in ev.get("sources", [])}
        ok += len(found) == 1 and set(rule["files"]) <= files
    return ok, len(rules)


@dataclass
class ScoreReport:
    """The per-file results and the summary (the same keys and rounding as the shared scorer's JSON)."""

    files: list[FileScore]
    summary: dict[str, Any]

    def lines(self, verbose: bool = False) -> list[str]:
        """The report as text: one line per file (with misses and extras when verbose), then the table."""
        out: list[str] = []
        for f in self.files:
            out.append(f.line())
            if verbose:
                out += [f"    missed {k}: {v}" for k, v in f.misses] + [f"    extra  {k}: {v}" for k, v in f.extras]
        for kind in SCORED_TYPES:
            s = self.summary[kind]
            out.append(
                f"{kind:13s} P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f}"
                f"  (tp={s['tp']} fp={s['fp']} fn={s['fn']})"
            )
        out.append(f"where accuracy (matched meetings): {self.summary['where_accuracy']}")
        out.append(f"when accuracy (matched meetings):  {self.summary['when_accuracy']}")
        out.append(f"same event merged across articles: {self.summary['same_event_merged']}")
        return out

    def readable_lines(self, verbose: bool = False) -> list[str]:
        """``lines`` for a person: a class with no gold and no prediction, and an accuracy over no
        meetings, read "n/a" rather than a perfect 1.000 or "None" (``lines`` keeps the shared
        scorer's exact text)."""
        out = []
        for line in self.lines(verbose):
            kind = line.split(" ", 1)[0]
            s = self.summary.get(kind) if kind in SCORED_TYPES and " P=" in line else None
            if s is not None and s["tp"] == s["fp"] == s["fn"] == 0:
                line = f"{kind:13s} n/a (no gold and no prediction)"
            elif line.endswith(": None") and "accuracy" in line:
                line = line[: -len("None")] + "n/a (no matched meeting)"
            out.append(line)
        return out


def score(gold: Any, predicted: Any) -> ScoreReport:
    """Score predicted events (shared JSON format) against gold (shared gold format)."""
    events = predicted_events(predicted)
    files = by_file(events)
    total: dict[str, int] = defaultdict(int)
    results = []
    for article in gold_articles(gold):
        result = score_file(article, files.get(article["file"], []))
        for k, v in result.counts.items():
            total[k] += v
        results.append(result)
    summary: dict[str, Any] = {}
    for kind in SCORED_TYPES:
        tp, fp, fn = total[kind + "_tp"], total[kind + "_fp"], total[kind + "_fn"]
        p, r, f = prf(tp, fp, fn)
        summary[kind] = {
            "precision": round(p, 3),
            "recall": round(r, 3),
            "f1": round(f, 3),
            "tp": tp,
            "fp": fp,
            "fn": fn,
        }
    summary["where_accuracy"] = round(total["where_ok"] / total["where_total"], 3) if total["where_total"] else None
    summary["when_accuracy"] = round(total["when_ok"] / total["when_total"], 3) if total["when_total"] else None
    ok, n = merged_across_articles(gold, events)
    summary["same_event_merged"] = f"{ok}/{n}"
    return ScoreReport(results, summary)


__all__ = [
    "FileScore",
    "PAIR_TYPES",
    "ScoreReport",
    "fold_words",
    "merged_across_articles",
    "pair_matches",
    "pairs",
    "prf",
    "same_date",
    "same_person",
    "same_place",
    "score",
    "score_file",
]
