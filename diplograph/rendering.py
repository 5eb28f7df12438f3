"""The render job: events from a store, the command line's selection, one page written.

``diplograph render`` calls ``render_store``; it reads the events through ``queries.events``
(the only place that queries), keeps those the selection wants (``graph.select``) and draws them
(``graph.render`` for the graph, ``graph.map`` for the map).
"""

from __future__ import annotations

from pathlib import Path

from diplograph.graph.render import Page, write_page
from diplograph.graph.select import Selection, select_events
from diplograph.graph.store import opened
from diplograph.queries.events import all_events


def render_store(
    store: str | None, output: str | Path, selection: Selection, *, map_page: bool = False, raw: bool = False
) -> Page:
    """Write the graph (or, with ``map_page``, the map) of the selected events of ``store`` to ``output``
    (with the corrections in force applied, unless ``raw``)."""
    with opened(store, read_only=True) as graph_store:
        events = all_events(graph_store, raw=raw)
    chosen = select_events(events, selection)
    subtitle = selection.describe()
    if map_page:
        from diplograph.graph.map import write_map

        return write_map(chosen, output, title="Diplomatic map", subtitle=subtitle)
    return write_page(chosen, output, title="Diplomatic graph", subtitle=subtitle, focus=selection.person)
