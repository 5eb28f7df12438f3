"""Keeping Python's cyclic garbage collector off what a test run keeps to the end.

The language pipeline and the knowledge base are hundreds of thousands of objects, loaded once
and kept.  Every full collection walks all of them, and there are many: the automatic ones, and
one each time an embedded store closes (``EmbeddedStore.close`` collects, so that the store's
lock is released at once).  With the pipeline loaded that is most of a second per store closed.
``settle`` moves the objects alive at that moment out of the collector's way (``gc.freeze``);
objects made later are collected as before.

Nothing is frozen while an Oxigraph store is open: a store frozen in a reference cycle would
never be collected, and its lock never released.
"""

from __future__ import annotations

import gc


def settle() -> bool:
    """Collect the garbage, then freeze every object still alive, unless an Oxigraph store is
    among them; whether it froze."""
    import pyoxigraph as ox

    gc.collect()
    if any(isinstance(o, ox.Store) for o in gc.get_objects()):
        return False
    gc.freeze()
    return True


_warm = False


def warm_pipeline() -> None:
    """Load the spaCy pipeline and the knowledge base (once per test run) and settle."""
    global _warm
    if _warm:
        return
    from diplograph.ingest import parse_jobs

    parse_jobs.warm_up()
    _warm = settle()
