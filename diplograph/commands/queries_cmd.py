"""diplograph queries [NAME]: list the named queries, or print one's SPARQL with its header."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from diplograph.options import FormatOption, TableFormat
from diplograph.output import error, print_rows
from diplograph.queries.library import QueryError, get_query, load_library


def _params(query) -> str:
    return "; ".join(f"{p.name}: {p.type}{' (required)' if p.required else ''}" for p in query.params)


def queries(
    name: Annotated[str | None, typer.Argument(help="A named query: print its SPARQL and header.")] = None,
    fmt: FormatOption = TableFormat.table,
) -> None:
    """List the named queries (run one with: diplograph query NAME --param name=value)."""
    if name is not None:
        try:
            print(get_query(name).sparql, end="")
        except QueryError as exc:
            error(str(exc))
            raise typer.Exit(2) from None
        return
    library = load_library()
    if fmt == TableFormat.json:
        print(
            json.dumps(
                [
                    {
                        "name": q.name,
                        "answers": q.description,
                        "params": [
                            {"name": p.name, "type": p.type, "required": p.required, "help": p.help} for p in q.params
                        ],
                    }
                    for q in library.values()
                ],
                ensure_ascii=False,
                indent=1,
            )
        )
        return
    print_rows(
        ["name", "answers", "parameters"],
        [[q.name, q.description, _params(q)] for q in library.values()],
        fmt.value,
        title=f"{len(library)} named queries",
    )
