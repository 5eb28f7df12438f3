"""diplograph stats: what the store holds."""
from __future__ import annotations

from diplograph.options import FormatOption, StoreOption, TableFormat
from diplograph.output import error, print_rows
from graph.stats import store_stats
from graph.store import StoreError, opened

import typer


def stats(fmt: FormatOption = TableFormat.table, store: StoreOption = None) -> None:
    """Counts of triples, articles, people, places and events by type."""
    try:
        with opened(store, read_only=True) as graph_store:
            counts = store_stats(graph_store)
    except StoreError as exc:
        error(str(exc))
        raise typer.Exit(2) from None
    print_rows(["what", "count"], list(counts.items()), fmt.value, title="store")
