"""diplograph render: an interactive page of people and their meetings."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from diplograph.options import StoreOption
from diplograph.output import console, error
from graph.render import render_html
from graph.store import StoreError, opened
from queries.events import meetings


def render(
    output: Annotated[Path, typer.Option("--output", "-o", help="HTML file to write.")] = Path("graph.html"),
    person: Annotated[str | None, typer.Option("--person", "-p", help="Only events with this person.")] = None,
    store: StoreOption = None,
) -> None:
    """Write an interactive HTML graph (works offline: scripts are inside the page)."""
    try:
        with opened(store, read_only=True) as graph_store:
            events = meetings(graph_store, person=person)
    except StoreError as exc:
        error(str(exc))
        raise typer.Exit(2) from None
    g = render_html(events, str(output))
    console.print(f"[green]wrote[/] {output} ({g.number_of_nodes()} people, {len(events)} events)", highlight=False)
