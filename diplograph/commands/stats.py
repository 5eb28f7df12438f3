"""diplograph stats: what the store holds."""

from __future__ import annotations

from diplograph.graph.stats import store_stats
from diplograph.options import FormatOption, StoreOption, TableFormat
from diplograph.output import print_rows, reading


def stats(fmt: FormatOption = TableFormat.table, store: StoreOption = None) -> None:
    """Counts of triples, articles, people, places and events by type."""
    with reading(store) as graph_store:
        counts = store_stats(graph_store)
    print_rows(["what", "count"], list(counts.items()), fmt.value, title="store")
