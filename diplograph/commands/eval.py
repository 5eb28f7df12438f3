"""diplograph eval GOLD.json [PATHS...]: how well the extraction matches hand-made gold."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from diplograph.graph.store import StoreError
from diplograph.options import StoreOption
from diplograph.output import err_console, error


def eval_(
    gold: Annotated[Path, typer.Argument(metavar="GOLD.json", help="Gold annotations (JSON, the shared gold format).")],
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[PATHS]...", help="Articles to ingest first (files or folders); none: score the store as it is."
        ),
    ] = None,
    store: StoreOption = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List missed and extra events per file.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Score extracted events against gold: who met whom (P/R/F1), where, when, visits, merging."""
    try:
        from diplograph.eval.run import evaluate  # spaCy: loaded by this command only

        result = evaluate(gold, paths or [], store)
    except (StoreError, ValueError) as exc:
        error(str(exc))
        raise typer.Exit(2) from None
    if result.ingest is not None:
        err_console.print(f"ingested {result.ingest.line()}", highlight=False)
        for problem in result.ingest.errors:
            err_console.print(f"[red]skipped[/] {problem}", highlight=False, soft_wrap=True)
    if as_json:
        print(json.dumps(result.report.summary, indent=1))
        return
    print("\n".join(result.report.readable_lines(verbose=verbose)))
