"""The memory store: rdflib's in-memory graph (``--store memory:``), for tests and benchmarks.

rdflib evaluates its queries itself; ``graph/offline.py`` keeps that engine from fetching anything.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from rdflib import Graph

from diplograph.graph import model
from diplograph.graph.offline import lock_down_rdflib
from diplograph.graph.store_base import GraphStore

lock_down_rdflib()  # rdflib's own engine never fetches a URL either


class MemoryStore(GraphStore):
    """An rdflib ``Graph`` in this process; gone when the process ends."""

    kind: ClassVar[str] = "memory"

    def __init__(self, spec: str = "memory:") -> None:
        super().__init__(Graph(), spec)

    def add_atomic(self, triples: Iterable[model.Triple]) -> int:
        new = [t for t in dict.fromkeys(triples) if t not in self.graph]
        if new:
            self.graph.addN((s, p, o, self.graph) for s, p, o in new)
        return len(new)


__all__ = ["MemoryStore"]
