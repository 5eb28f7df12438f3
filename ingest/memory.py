"""Giving memory back between batches, so that a long ingest keeps a flat resident size.

After a batch of articles, the parsed docs are gone but two things keep the process large:
reference cycles that Python's collector has not reached yet, and freed blocks that the C
allocator keeps for itself instead of returning them to the system (with many allocations of
varying size, glibc's heap grows in steps it never gives back).  ``release()`` collects the
cycles and asks glibc to return what is free (``malloc_trim``); elsewhere it only collects.
Measured in ``benchmarks/RESULTS.md`` (section 2): without it the resident size grows by tens of
megabytes per thousand articles, with it the growth is flat.

``settle()`` (after the first article) and ``release()`` also move what survives a full
collection (the model, the knowledge base, the tables) out of the collector's sight
(``gc.freeze``): Python's own full collections, which a run of many small objects sets off every
few seconds, then walk only what was made since instead of the hundreds of thousands of objects
that live for the whole run.  Closing an embedded store lets them back in (``gc.unfreeze``), so
that the store's own cycles are collected and its lock goes.
"""

from __future__ import annotations

import ctypes
import gc
import sys
from functools import lru_cache

EVERY = 256  # articles between two releases: about ten seconds of work, and one release costs little


@lru_cache(maxsize=1)
def _trim():
    """glibc's ``malloc_trim``, or None where there is no glibc."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None


def settle() -> None:
    """Collect reference cycles, and keep what lives on out of later collections."""
    gc.collect()
    gc.freeze()


def release() -> None:
    """Collect reference cycles (keeping what lives on out of later collections), then give the
    allocator's free memory back to the system."""
    settle()
    trim = _trim()
    if trim is not None:
        trim(0)


class Every:
    """Calls ``release()`` once every ``n`` ticks (``tick()`` once per article or job)."""

    def __init__(self, n: int = EVERY) -> None:
        self.n = n
        self.count = 0

    def tick(self, k: int = 1) -> None:
        self.count += k
        if self.count >= self.n:
            self.count = 0
            release()


__all__ = ["EVERY", "Every", "release", "settle"]
