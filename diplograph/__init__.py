"""diplograph: a knowledge graph of diplomatic events built from news.

>>> import diplograph
>>> with diplograph.open("memory:") as kg:          # or a directory, or a SPARQL endpoint URL
...     summary = kg.ingest("examples/articles")    # doctest: +SKIP
...     events = kg.meetings(person="blinken")      # doctest: +SKIP

The names below are loaded on first use, so ``import diplograph`` stays cheap (no spaCy, no rdflib).
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

try:
    __version__ = version("diplograph")
except PackageNotFoundError:  # a checkout that was not installed
    __version__ = "0+unknown"

__all__ = [
    "Event",
    "EventList",
    "KnowledgeGraph",
    "Location",
    "Participant",
    "Source",
    "__version__",
    "extract",
    "open",
]

if TYPE_CHECKING:
    from diplograph.api import Event, EventList, KnowledgeGraph, Location, Participant, Source, extract, open


def __getattr__(name: str) -> Any:
    if name in __all__ and name != "__version__":
        from diplograph import api

        return getattr(api, name)
    raise AttributeError(f"module 'diplograph' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
