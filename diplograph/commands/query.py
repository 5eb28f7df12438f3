"""diplograph query QUERY: run SPARQL (a string or a .rq file) against the store."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from diplograph.options import FormatOption, StoreOption, TableFormat
from diplograph.output import error, print_rows
from graph.store import StoreError, opened


def query(
    sparql: Annotated[str, typer.Argument(help="A SPARQL query, or the path of a .rq file.")],
    fmt: FormatOption = TableFormat.table,
    store: StoreOption = None,
) -> None:
    """Run a SPARQL query against the store."""
    path = Path(sparql)
    if sparql.endswith(".rq") or (len(sparql) < 4096 and path.is_file()):
        try:
            sparql = path.read_text(encoding="utf-8")
        except OSError as exc:
            error(f"{path}: {exc.strerror or exc}")
            raise typer.Exit(2) from None
    try:
        with opened(store, read_only=True) as graph_store:
            result = graph_store.query(sparql)
            if result.type == "ASK":
                print("true" if result.askAnswer else "false")
                return
            if result.type in ("CONSTRUCT", "DESCRIBE"):
                print(result.graph.serialize(format="turtle"))
                return
            columns = [str(v) for v in result.vars]
            rows = [[row[v] for v in result.vars] for row in result]
    except StoreError as exc:
        error(str(exc))
        raise typer.Exit(2) from None
    except Exception as exc:  # a malformed query: one line, no traceback
        error(f"query failed: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}")
        raise typer.Exit(2) from None
    print_rows(columns, rows, fmt.value)
