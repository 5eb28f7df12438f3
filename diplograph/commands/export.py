"""diplograph export: the whole graph as Turtle, TriG, N-Triples or JSON-LD."""
from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from diplograph.options import StoreOption
from diplograph.output import console, error
from graph.export import export_graph
from graph.store import StoreError, opened


class RdfFormat(str, Enum):
    turtle = "turtle"
    trig = "trig"
    nt = "nt"
    jsonld = "json-ld"


def export(
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write ('-' for standard output).")] = Path("-"),
    fmt: Annotated[RdfFormat, typer.Option("--format", "-f", help="RDF format.")] = RdfFormat.turtle,
    store: StoreOption = None,
) -> None:
    """Write the whole graph in an RDF format that loads back unchanged."""
    try:
        with opened(store, read_only=True) as graph_store:
            count = export_graph(graph_store, str(output), fmt.value)
    except StoreError as exc:
        error(str(exc))
        raise typer.Exit(2) from None
    if str(output) != "-":
        console.print(f"[green]exported[/] {count} triples to {output} ({fmt.value})", highlight=False)
