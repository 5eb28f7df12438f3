"""diplograph export: the whole graph as Turtle, TriG, N-Triples or JSON-LD."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from diplograph.commands import RawOption
from diplograph.graph.export import export_graph
from diplograph.options import StoreOption
from diplograph.output import console, reading


class RdfFormat(str, Enum):
    turtle = "turtle"
    trig = "trig"
    nt = "nt"
    jsonld = "json-ld"


def export(
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write ('-' for standard output).")] = Path(
        "-"
    ),
    fmt: Annotated[RdfFormat, typer.Option("--format", "-f", help="RDF format.")] = RdfFormat.turtle,
    raw: RawOption = False,
    store: StoreOption = None,
) -> None:
    """Write the whole graph in an RDF format that loads back unchanged."""
    with reading(store) as graph_store:
        count = export_graph(graph_store, str(output), fmt.value, raw=raw)
    if str(output) != "-":
        console.print(f"[green]exported[/] {count} triples to {output} ({fmt.value})", highlight=False)
