"""diplograph why EVENT_ID: why an event is in the graph, from its sources to its corrections."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from diplograph.graph.store import StoreError, opened
from diplograph.options import FormatOption, StoreOption, TableFormat
from diplograph.output import error


def why(
    event_id: Annotated[
        str, typer.Argument(help="The event's id as `diplograph meetings` prints it (or the start of it, or its IRI).")
    ],
    fmt: FormatOption = TableFormat.table,
    store: StoreOption = None,
) -> None:
    """Why an event is there: each source sentence (file, offsets), the event word and the pattern
    that found it, how each participant was identified, where the place and date came from, what
    was joined into it, and the corrections made to it."""
    from diplograph.queries.events import UnknownEvent, resolve_event
    from diplograph.queries.why import as_text, explain

    try:
        with opened(store, read_only=True) as graph_store:
            found = explain(graph_store, resolve_event(graph_store, event_id))
    except (StoreError, UnknownEvent) as exc:
        error(str(exc))
        raise typer.Exit(2) from None
    if fmt == TableFormat.table:
        print(as_text(found))
    else:
        print(json.dumps(found, ensure_ascii=False, indent=1))
