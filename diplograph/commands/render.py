"""diplograph render: an interactive page of people and their meetings (or, with --map, a map)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from diplograph.commands import RawOption
from diplograph.graph.select import Selection, SelectionError
from diplograph.graph.store import StoreError
from diplograph.options import StoreOption
from diplograph.output import console, err_console, error


def render(
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="HTML file to write (default graph.html, or map.html with --map)."),
    ] = None,
    person: Annotated[
        str | None,
        typer.Option("--person", "-p", help="Centre on this person (full name or surname, accents and case ignored)."),
    ] = None,
    depth: Annotated[
        int,
        typer.Option(
            "--depth", "-d", min=0, help="With --person: steps of counterparts around them (1 = their counterparts)."
        ),
    ] = 1,
    country: Annotated[
        str | None,
        typer.Option("--country", "-c", help="Only events with a participant from this country, or held in it."),
    ] = None,
    since: Annotated[
        str | None, typer.Option("--since", help="Only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
    ] = None,
    until: Annotated[str | None, typer.Option("--until", help="Only events on or before this date.")] = None,
    types: Annotated[
        list[str] | None,
        typer.Option(
            "--type",
            "-t",
            help="Only this event type (meet, phone_call, visit, sign_agreement, planned_meet); repeat for several.",
        ),
    ] = None,
    min_sources: Annotated[
        int, typer.Option("--min-sources", min=1, help="Only events stated by at least this many articles.")
    ] = 1,
    top: Annotated[int | None, typer.Option("--top", min=1, help="Only the N people with most counterparts.")] = None,
    map_page: Annotated[
        bool,
        typer.Option("--map", help="Draw the events on a world map (places with coordinates) instead of the graph."),
    ] = False,
    raw: RawOption = False,
    store: StoreOption = None,
) -> None:
    """Write an interactive HTML page of who met whom (works offline: everything is inside the page)."""
    selection = Selection(
        person=person,
        depth=depth,
        country=country,
        since=since,
        until=until,
        types=tuple(types or ()),
        min_sources=min_sources,
        top=top,
    )
    target = output or Path("map.html" if map_page else "graph.html")
    try:
        from diplograph.rendering import render_store

        page = render_store(store, target, selection, map_page=map_page, raw=raw)
    except (StoreError, SelectionError) as exc:
        error(str(exc))
        raise typer.Exit(2) from None
    for warning in page.warnings:
        err_console.print(f"[yellow]warning:[/] {warning}", highlight=False, soft_wrap=True)
    console.print(f"[green]wrote[/] {target} ({page.summary()})", highlight=False, soft_wrap=True)
