"""Paged questions from the pair links: p50 and p95 latency of the first page (and a later one) of
who-met-whom, meetings-of and meetings-between, on the default Oxigraph store at given sizes.

Stores are filled as ``query_bench`` fills them (generated extraction records through
``graph.model.extraction_triples``, so the pair links and the name index are there as ingest
writes them; the pair summaries and the lists of pairs, which the writer keeps up to date article
by article, are written once for every pair, ``GraphStore.refresh_pairs()``).  Each question runs
once to warm up, then ``RUNS`` times, end to end as ``diplograph query NAME --limit 50`` runs it
(names resolved through the index, values bound, every row of the page read), on the store
opened read-only once the writer has closed it, as ``diplograph query`` and ``diplograph serve``
read it (timed on the writer's own handle right after its writes, the first question timed was
about twice as slow at 1M triples as on the store reopened: benchmarks/RESULTS.md, section 8).
"""

from __future__ import annotations

import gc
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass

from benchmarks import corpus
from benchmarks.query_bench import fill, generated_triples
from diplograph.graph.store import open_store
from diplograph.ingesting import refresh_pairs

RUNS = 25
PAGE = 50


@dataclass
class PageFigure:
    size: int  # triples asked for
    triples: int  # triples stored
    question: str
    rows: int
    p50_ms: float
    p95_ms: float
    runs: int


def percentile(values: list[float], q: float) -> float:
    """The ``q`` quantile (0..1) of ``values``, nearest-rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered) + 0.5) - 1))]


def timed(run: Callable[[], int], runs: int) -> tuple[int, list[float]]:
    rows = run()  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        rows = run()
        times.append((time.perf_counter() - start) * 1000)
    return rows, times


def questions(seed: int = 0) -> dict[str, Callable]:
    """The questions timed: (store) -> rows of the page."""
    from diplograph.queries.library import resolve_people, run_named

    person = corpus.a_person(seed)
    c1, c2 = corpus.country_pair(seed)

    def named(name: str, values: dict | None = None, **page) -> Callable:
        return lambda store: len(
            run_named(
                store,
                name,
                values or {},
                limit=page.get("limit", PAGE),
                offset=page.get("offset", 0),
                order=page.get("order"),
            ).rows
        )

    return {
        "who-met-whom, first page, by date": named("who-met-whom"),
        "who-met-whom, first page, by meetings": named("who-met-whom", order="meetings"),
        "who-met-whom, page 11 (offset 500)": named("who-met-whom", offset=500),
        "meetings-of a person, first page": named("meetings-of", {"person": [person]}),
        "meetings-of a person, by meetings": named("meetings-of", {"person": [person]}, order="meetings"),
        "meetings-between two countries": named("meetings-between", {"country1": [c1], "country2": [c2]}, limit=0),
        "a name through the index": lambda store: len(resolve_people(store, person)),
    }


def run(
    sizes: list[int], runs: int = RUNS, seed: int = 0, log: Callable[[str], None] = lambda _: None
) -> list[PageFigure]:
    """p50/p95 of each question at each store size."""
    figures: list[PageFigure] = []
    for size in sizes:
        triples = generated_triples(size, seed)
        with tempfile.TemporaryDirectory(prefix="diplograph-pages-") as tmp:
            store = open_store(f"{tmp}/store")
            seconds = fill(store, triples)
            start = time.perf_counter()
            refresh_pairs(store)  # the summaries and lists the writer keeps up to date, for every pair at once
            summed = time.perf_counter() - start
            stored = len(store)
            store.close()  # the writer is done; a reader opens the store as `diplograph query` does
            del store
            gc.collect()
            store = open_store(f"{tmp}/store", read_only=True)
            log(
                f"{size:>9,} triples: filled Oxigraph store ({stored:,} triples) in {seconds:.1f} s, "
                f"pair summaries and lists in {summed:.1f} s; timed on the store opened read-only"
            )
            for name, question in questions(seed).items():
                rows, times = timed(lambda q=question, s=store: q(s), runs)
                fig = PageFigure(size, stored, name, rows, statistics.median(times), percentile(times, 0.95), runs)
                figures.append(fig)
                log(f"    {name:40s} {rows:6d} rows  p50 {fig.p50_ms:8.1f} ms  p95 {fig.p95_ms:8.1f} ms")
            store.close()
            del store
        del triples
        gc.collect()
    return figures
