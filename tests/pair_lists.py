"""What the lists of pairs must be: the pair summaries and lists a store holds, against the same
written afresh from the store's pair links alone (``GraphStore.refresh_pairs()`` on a copy)."""

from __future__ import annotations

from diplograph.graph import model
from diplograph.graph.store import opened
from diplograph.graph.vocab import DG

LISTS = str(model.ID) + "pairs/"


def list_triples(store) -> set[tuple]:
    """The pair summaries and lists a store holds."""
    return {
        (s, p, o)
        for s, p, o in store.graph.triples((None, None, None))
        if p in (DG.meetingCount, DG.lastMet) or str(s).startswith(LISTS)
    }


def relisted(store) -> set[tuple]:
    """The pair summaries and lists of a copy of ``store`` (its default graph) once every pair is
    listed afresh from its links."""
    with opened("memory:") as copy:
        copy.add_atomic(t for t in store.graph.triples((None, None, None)) if not str(t[0]).startswith(LISTS))
        copy.refresh_pairs()
        assert copy.pairs_listed()
        return list_triples(copy)


def assert_lists_are_current(store) -> None:
    kept = list_triples(store)
    assert kept, "no pair listed"
    assert kept == relisted(store)
    assert store.pairs_listed()
