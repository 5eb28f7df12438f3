"""diplograph check: verify the store's integrity; exit code 1 when anything is wrong."""

from __future__ import annotations

import json

import typer

from diplograph.graph.check import check_store
from diplograph.options import FormatOption, StoreOption, TableFormat
from diplograph.output import console, print_rows, reading


def check(fmt: FormatOption = TableFormat.table, store: StoreOption = None) -> None:
    """Check that every event has participants and a source, every source an article, every article
    its file and text."""
    with reading(store) as graph_store:
        report = check_store(graph_store)
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
