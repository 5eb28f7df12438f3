"""diplograph stats: what the store holds (with the corrections applied unless --raw)."""

from __future__ import annotations

from diplograph.commands import RawOption
from diplograph.graph import corrections
from diplograph.graph.stats import store_stats
from diplograph.options import FormatOption, StoreOption, TableFormat
from diplograph.output import print_rows, reading


def stats(fmt: FormatOption = TableFormat.table, raw: RawOption = False, store: StoreOption = None) -> None:
    """Counts of triples, articles, people, places and events by type (and the corrections in force)."""
    with reading(store) as graph_store:
        target = graph_store if raw else corrections.view(graph_store)
        counts = store_stats(target)
        title = "store"
        if isinstance(target, corrections.CorrectedStore):
            counts["corrections in force"] = len(target.made)
            title = "store, corrected"
    print_rows(["what", "count"], list(counts.items()), fmt.value, title=title)
