"""diplograph query QUERY: run a named query, a .rq file or SPARQL text against the store."""

from __future__ import annotations

from typing import Annotated

import typer

from diplograph.commands import RawOption
from diplograph.graph import corrections
from diplograph.graph.store import StoreError, opened
from diplograph.options import FormatOption, StoreOption, TableFormat
from diplograph.output import err_console, error, print_rows
from diplograph.queries.library import QueryError, cells, is_named, parse_params, render_text, run


def query(
    sparql: Annotated[
        str, typer.Argument(help="A named query (see `diplograph queries`), a .rq file, or SPARQL text.")
    ],
    param: Annotated[
        list[str] | None, typer.Option("--param", "-P", help="A parameter of a named query: NAME=VALUE (repeatable).")
    ] = None,
    limit: Annotated[
        int | None,
        typer.Option(
            "--limit",
            min=0,
            help="Rows per page of a named query that answers in pages (default: its page size; 0: all).",
        ),
    ] = None,
    offset: Annotated[int, typer.Option("--offset", min=0, help="Rows to skip before the page.")] = 0,
    order: Annotated[
        str | None,
        typer.Option("--order", help="The order of a paged named query: date (latest first) or meetings (most first)."),
    ] = None,
    fmt: FormatOption = TableFormat.table,
    raw: RawOption = False,
    store: StoreOption = None,
) -> None:
    """Run a named query or SPARQL against the store (JSON: SPARQL results JSON for SPARQL text)."""
    try:
        values = parse_params(param or [])
        with opened(store, read_only=True) as graph_store:
            target = graph_store if raw else corrections.view(graph_store)
            output = run(target, sparql, values, limit=limit, offset=offset, order=order)
    except (StoreError, QueryError) as exc:
        error(str(exc))
        raise typer.Exit(2) from None
    except Exception as exc:  # anything else the store raises: one line, no traceback
        text = str(exc).strip().splitlines()
        error(f"query failed: {text[0] if text else type(exc).__name__}")
        raise typer.Exit(2) from None
    for note in output.notes:
        err_console.print(f"[yellow]note:[/] {note}", highlight=False, soft_wrap=True)
    if output.kind == "SELECT" and fmt == TableFormat.table:
        print_rows(output.columns, cells(output, compact=True), "table")
    else:
        text = render_text(output, fmt.value, sparql_json=not is_named(sparql))
        print(text, end="" if text.endswith("\n") else "\n")
