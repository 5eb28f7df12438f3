"""How many gold participants of a corpus split resolve to a person of the right name.

    python -m benchmarks.corpus_names tests/data/corpus/test/gold.json tests/data/corpus/test/articles [--verbose]

The articles go through the ingest path (one registry of people for the run, as ``diplograph
ingest`` does).  For every participant of every gold event (optional ones left out), the people
resolved in that article are searched for one whose name matches by the scorer's rule
(``diplograph.eval.scoring``, as ``../shared/eval/score.py`` has it: equal after folding, or a shorter form
keeping the surname; the gold's other accepted forms count).  Participants of events the extractor
missed count too: the figure
measures the people, not the events.  Prints the share and, with ``--verbose``, each failure.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from diplograph.eval.scoring import gold_names, same_person


def people_by_file(articles: Path) -> dict[str, set[str]]:
    """The names of the people each file's stories resolve to, with one registry for the run."""
    from diplograph.ingest import pipeline
    from diplograph.ingest.people import Registry

    out: dict[str, set[str]] = {}
    for item in pipeline.extract([str(articles)], Registry()):
        if hasattr(item, "people"):
            out.setdefault(item.article.file, set()).update(p.name for p in item.people)
    return out


def name_figure(gold: dict, people: dict[str, set[str]]) -> tuple[int, int, list[tuple[str, str]]]:
    """(resolved, total, failures as (file, gold name))."""
    resolved, total, failures = 0, 0, []
    for article in gold["articles"]:
        found = people.get(article["file"], set())
        seen: set[str] = set()
        for event in article["events"]:
            if event.get("optional"):
                continue
            for name in gold_names(event):
                if name in seen:
                    continue
                seen.add(name)
                total += 1
                if any(same_person(name, p) for p in found):
                    resolved += 1
                else:
                    failures.append((article["file"], name))
    return resolved, total, failures


def main(argv: list[str]) -> int:
    gold = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    resolved, total, failures = name_figure(gold, people_by_file(Path(argv[1])))
    print(f"participants resolved to the gold name: {resolved}/{total} = {resolved / total:.3f}" if total else "n/a")
    if "--verbose" in argv:
        for file, name in failures:
            print(f"  {file}: {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
