"""Options shared by the commands."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

import typer

from diplograph.graph.store import DEFAULT_STORE

StoreOption = Annotated[
    str | None,
    typer.Option(
        "--store",
        "-s",
        envvar="DIPLOGRAPH_STORE",
        show_envvar=True,
        help=f"Store: a directory (embedded Oxigraph, default ./{DEFAULT_STORE}), "
        "'memory:', or a SPARQL endpoint URL (http://host:port/...).",
    ),
]


class TableFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


FormatOption = Annotated[TableFormat, typer.Option("--format", "-f", help="Output format.")]
