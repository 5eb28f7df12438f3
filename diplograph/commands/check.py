"""diplograph check: verify the store's integrity (corrected unless --raw); exit code 1 when anything is wrong."""

from __future__ import annotations

import json

import typer

from diplograph.commands import RawOption
from diplograph.graph import corrections
from diplograph.graph.check import Problem, check_store
from diplograph.options import FormatOption, StoreOption, TableFormat
from diplograph.output import console, print_rows, reading


def check(fmt: FormatOption = TableFormat.table, raw: RawOption = False, store: StoreOption = None) -> None:
    """Check that every event has participants and a source, every source an article, every article
    its file and text: in the graph with the corrections applied (and that each correction in force
    still finds what it names), or with --raw as extracted."""
    with reading(store) as graph_store:
        target = graph_store if raw else corrections.view(graph_store)
        report = check_store(target)
        if isinstance(target, corrections.CorrectedStore):
            report.problems += [
                Problem(
                    "correction-not-applied",
                    c.id,
                    f"{c.describe()}: names an event or person no longer in the store under that id "
                    "(make it again with diplograph correct, or undo it)",
                )
                for c in target.skipped
            ]
    if fmt == TableFormat.json:
        print(
            json.dumps(
                {
                    "ok": report.ok,
                    "triples": report.triples,
                    "articles": report.articles,
                    "events": report.events,
                    "sources": report.sources,
                    "problems": [{"rule": p.rule, "subject": p.subject, "message": p.message} for p in report.problems],
                },
                indent=1,
            )
        )
    else:
        if report.problems:
            print_rows(
                ["rule", "subject", "problem"],
                [[p.rule, p.subject, p.message] for p in report.problems],
                fmt.value,
                title="problems",
            )
        if fmt == TableFormat.table:
            console.print(("[green]ok[/] " if report.ok else "[red]not ok[/] ") + report.line(), highlight=False)
    if not report.ok:
        raise typer.Exit(1)
