"""The one place that relies on pyvis beyond its documented API (``tests/test_adapters.py`` pins it).

pyvis keeps the ids of a ``Network``'s nodes in a plain list, ``Network.node_ids``, and tests
membership in it on every node and edge added: adding n nodes and m edges is quadratic.
``network()`` gives a ``Network`` whose list answers membership from a set, so drawing is linear.
"""

from __future__ import annotations

from collections.abc import Hashable
from pathlib import Path
from typing import Any

from pyvis.network import Network


class NodeIds(list):
    """A list of node ids that answers ``in`` from a set (only ``append`` is used by pyvis)."""

    def __init__(self) -> None:
        super().__init__()
        self.members: set[Hashable] = set()

    def append(self, item: Hashable) -> None:
        super().append(item)
        self.members.add(item)

    def __contains__(self, item: object) -> bool:
        return item in self.members


def network(**options: Any) -> Network:
    """A pyvis ``Network`` (``options`` as pyvis takes them) that adds nodes and edges in linear time."""
    net = Network(**options)
    net.node_ids = NodeIds()
    return net


def template_dir() -> Path:
    """The folder of pyvis's own page templates."""
    return Path(Network().template_dir)


__all__ = ["NodeIds", "network", "template_dir"]
