"""Opening a store: the factory that reads a ``--store`` value and builds its backend once.

A store is named by a *spec*:

* a directory path (the default, ``./diplograph-data`` or ``$DIPLOGRAPH_STORE``): an embedded
  Oxigraph store on disk (``graph/store_embedded.py``);
* ``memory:``: rdflib's in-memory store, for tests and benchmarks (``graph/store_memory.py``);
* ``http://…`` / ``https://…``: a SPARQL 1.1 endpoint (``graph/store_remote.py``).

Every backend has the interface of ``GraphStore`` (``graph/store_base.py``); what is written is
one article per transaction (``GraphStore.write``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from diplograph.graph.offline import lock_down_rdflib
from diplograph.graph.store_base import GraphStore, StoreBusy, StoredEvent, StoreError, WriteResult
from diplograph.graph.store_embedded import EmbeddedStore, writer_pid
from diplograph.graph.store_memory import MemoryStore
from diplograph.graph.store_remote import SparqlStore

DEFAULT_STORE = "diplograph-data"
lock_down_rdflib()  # rdflib's own engine (the memory: store) never fetches a URL either


def default_spec() -> str:
    """The store named by ``$DIPLOGRAPH_STORE``, else ``./diplograph-data``."""
    return os.environ.get("DIPLOGRAPH_STORE") or DEFAULT_STORE


def is_remote(spec: str) -> bool:
    """Whether ``spec`` names a SPARQL endpoint (an ``http(s)://`` URL, or a pair of them)."""
    return spec.startswith(("http://", "https://"))


def open_store(spec: str | None = None, read_only: bool = False) -> GraphStore:
    """Open the store named by ``spec`` (see the module docstring)."""
    spec = spec or default_spec()
    if spec == "memory:":
        return MemoryStore(spec)
    if is_remote(spec):
        return SparqlStore(spec)
    return EmbeddedStore(spec, read_only=read_only)


@contextmanager
def opened(spec: str | None = None, read_only: bool = False) -> Iterator[GraphStore]:
    """The store named by ``spec``, closed afterwards; a failure of the store itself (not of some
    other file) becomes a one-line ``StoreError`` rather than a traceback."""
    store = open_store(spec, read_only=read_only)
    try:
        yield store
    except (OSError, RuntimeError) as exc:
        own = store.storage_error(exc)
        if own is not None:
            raise own from None
        raise
    finally:
        store.close()


__all__ = [
    "DEFAULT_STORE",
    "GraphStore",
    "StoreBusy",
    "StoreError",
    "StoredEvent",
    "WriteResult",
    "default_spec",
    "is_remote",
    "open_store",
    "opened",
    "writer_pid",
]
