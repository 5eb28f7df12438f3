"""Query latency: the named questions on stores of a given size, default Oxigraph store against
rdflib's in-memory store holding the same triples.

Stores are filled fast, without spaCy: generated extraction records (``benchmarks.corpus``) go
through ``graph.model.extraction_triples`` and are added to the store in large batches, until the
store holds the asked number of distinct triples; then the pair summaries and lists the ingest
writer keeps are written for every pair (``GraphStore.refresh_pairs()``).  Each query runs once
to warm up, then is timed until about a second has passed (at least ``MIN_RUNS``, at most
``MAX_RUNS`` runs); the median of the runs is reported, every result row read.

The queries are the project's named queries (``queries/*.rq``, run as ``diplograph query`` runs
them) when those files exist, else the equivalent SPARQL below; each figure says which it used.
"""

from __future__ import annotations

import dataclasses
import gc
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from rdflib import Literal

from benchmarks import corpus
from diplograph.graph import model
from diplograph.graph.store import GraphStore, open_store

MIN_RUNS, MAX_RUNS, BUDGET_S, SLOW_S = 3, 20, 1.0, 5.0
# Named queries rdflib's own SPARQL engine does not finish in minutes even on a small store (the
# nested, grouped subqueries of the paged meetings-of): on the memory store they are not timed.
NOT_ON_RDFLIB = frozenset({"meetings-of"})
BATCH = 50_000
QUERY_DIR = Path(__file__).resolve().parent.parent / "queries"

# The four questions: the named query used, and the SPARQL used when that file is absent.
FALLBACK: dict[str, str] = {
    "who-met-whom": """
SELECT ?a ?aName ?b ?bName (COUNT(DISTINCT ?e) AS ?meetings) WHERE {
  ?e dg:eventType "meet" ; sem:hasActor ?a , ?b .
  FILTER(STR(?a) < STR(?b))
  ?a schema:name ?aName . ?b schema:name ?bName .
} GROUP BY ?a ?aName ?b ?bName ORDER BY DESC(?meetings) ?aName ?bName""",
    "meetings-of": """
SELECT ?name ?e ?date ?otherName WHERE {
  ?person schema:name ?name .
  ?e dg:eventType "meet" ; sem:hasActor ?person , ?other . FILTER(?other != ?person)
  ?other schema:name ?otherName .
  OPTIONAL { ?e sem:hasTimeStamp ?date }
} ORDER BY ?date ?e""",
    "meetings-between": """
SELECT DISTINCT ?country1 ?country2 ?e ?date ?aName ?bName WHERE {
  ?c1 schema:name ?country1 . ?c2 schema:name ?country2 .
  ?a dg:holdsRole/dg:roleCountry ?c1 . ?b dg:holdsRole/dg:roleCountry ?c2 .
  ?e dg:eventType "meet" ; sem:hasActor ?a , ?b .
  ?a schema:name ?aName . ?b schema:name ?bName .
  OPTIONAL { ?e sem:hasTimeStamp ?date }
} ORDER BY ?date ?e""",
    "timeline": """
SELECT ?name ?e ?date ?type WHERE {
  ?person schema:name ?name .
  ?e dg:eventType ?type ; sem:hasActor ?person .
  OPTIONAL { ?e sem:hasTimeStamp ?date }
} ORDER BY ?date ?e""",
}


def parameters(name: str, seed: int = 0) -> dict[str, list[str]]:
    """Parameter values of a question, from the generated cast (someone who meets often; two
    countries whose people meet)."""
    if name in ("meetings-of", "timeline"):
        return {"person": [corpus.a_person(seed)]}
    if name == "meetings-between":
        c1, c2 = corpus.country_pair(seed)
        return {"country1": [c1], "country2": [c2]}
    return {}


@dataclass
class Runner:
    """How one question is run on one store: end to end, and its SPARQL alone (values bound)."""

    full: Callable[[], int]  # returns the row count
    sparql_only: Callable[[], int]
    source: str  # "queries/NAME.rq" or "benchmark SPARQL"
    native: Callable[[], int] | None = None  # the bound SPARQL straight to pyoxigraph (no rdflib)


def query_runner(store: GraphStore, name: str, seed: int = 0) -> Runner:
    """Run a question as ``diplograph query NAME --param ...`` does (names resolved to IRIs, values
    bound, every row read) when the named query exists; else the fallback SPARQL, values bound
    as RDF literals.  ``sparql_only`` leaves out resolving names: the bound query text alone."""
    values = parameters(name, seed)
    if (QUERY_DIR / f"{name}.rq").is_file():
        from diplograph.queries.library import bind, get_query, run_named, run_sparql

        bound, _ = bind(get_query(name), store, values)
        inner = getattr(store, "oxigraph", None)  # the embedded store's own pyoxigraph Store
        native = (lambda: sum(1 for _ in inner.query(bound))) if inner is not None else None
        return Runner(
            lambda: len(run_named(store, name, values).rows),
            lambda: len(run_sparql(store, bound).rows),
            f"queries/{name}.rq",
            native,
        )
    rename = {"person": "name"}
    bindings = {rename.get(k, k): Literal(v[0]) for k, v in values.items()}
    sparql = FALLBACK[name]

    def run_fallback() -> int:
        return sum(1 for _ in store.query(sparql, bindings))

    return Runner(run_fallback, run_fallback, "benchmark SPARQL")


def generated_triples(target: int, seed: int = 0) -> list[tuple]:
    """At least ``target`` distinct triples from generated extraction records."""
    seen: dict[tuple, None] = {}
    i = 0
    while len(seen) < target:
        for t in model.extraction_triples(corpus.extraction(i, seed)):
            seen[t] = None
        i += 1
    return list(seen)


def fill(store: GraphStore, triples: list[tuple]) -> float:
    """Add triples to a store in large batches; seconds taken."""
    start = time.perf_counter()
    g = store.graph
    for k in range(0, len(triples), BATCH):
        g.addN([(s, p, o, g) for s, p, o in triples[k : k + BATCH]])
    return time.perf_counter() - start


@dataclass
class Timing:
    ms: float | None  # median milliseconds; None when the query failed
    rows: int = 0
    runs: int = 0
    error: str | None = None


def time_query(run: Callable[[], int], budget_s: float = BUDGET_S) -> Timing:
    """Median time of a query after one warm-up run, with its row count and number of runs.

    A query whose warm-up run alone takes more than ``SLOW_S`` is not run again: that one run is
    the figure.  A query that fails gives its error instead of a time.
    """
    try:
        start = time.perf_counter()
        rows = run()
        first = time.perf_counter() - start
    except Exception as exc:  # a query one store cannot run is a finding, not a crash
        return Timing(
            None, error=f"{type(exc).__name__}: {str(exc).strip().splitlines()[0] if str(exc).strip() else ''}"
        )
    if first > SLOW_S:
        return Timing(first * 1000, rows, 1)
    times: list[float] = []
    spent = 0.0
    while len(times) < MIN_RUNS or (spent < budget_s and len(times) < MAX_RUNS):
        start = time.perf_counter()
        run()
        t = time.perf_counter() - start
        times.append(t)
        spent += t
    return Timing(statistics.median(times) * 1000, rows, len(times))


@dataclass
class QueryFigure:
    size: int  # target number of triples
    triples: int  # triples in the store
    query: str
    source: str  # queries/NAME.rq or "benchmark SPARQL"
    oxigraph: Timing  # end to end, as `diplograph query` runs it
    memory: Timing
    oxigraph_sparql: Timing  # the bound SPARQL alone (no name resolution)
    memory_sparql: Timing
    oxigraph_native: Timing | None = None  # the bound SPARQL on pyoxigraph itself: the engine's floor

    @property
    def ratio(self) -> float | None:
        """How many times faster the default store is than rdflib's in-memory store (end to end)."""
        if self.oxigraph.ms and self.memory.ms:
            return self.memory.ms / self.oxigraph.ms
        return None


def _stores(triples: list[tuple], workdir: str) -> Iterator[tuple[str, GraphStore, float]]:
    """Each store filled, then given the pair summaries and lists the ingest writer keeps (which
    who-met-whom and meetings-of read); the seconds are the filling's."""
    ox_store = open_store(str(Path(workdir) / "store"))
    seconds = fill(ox_store, triples)
    ox_store.refresh_pairs()
    yield "oxigraph", ox_store, seconds
    mem_store = open_store("memory:")
    seconds = fill(mem_store, triples)
    mem_store.refresh_pairs()
    yield "memory", mem_store, seconds


def _show(t: Timing) -> str:
    return f"{t.ms:9.1f} ms ({t.rows} rows, {t.runs} runs)" if t.ms is not None else f"failed: {t.error}"


def run(
    sizes: list[int],
    names: list[str] | None = None,
    seed: int = 0,
    budget_s: float = BUDGET_S,
    log: Callable[[str], None] = lambda _: None,
) -> list[QueryFigure]:
    """Latency of each question at each store size, on both stores.

    The SPARQL-alone figure is skipped when the end-to-end run already took more than ``SLOW_S``
    and the query has no parameter to resolve (it would be the same query again).
    """
    names = names or list(FALLBACK)
    figures: list[QueryFigure] = []
    for size in sizes:
        triples = generated_triples(size, seed)
        timings: dict[tuple[str, str, str], Timing] = {}
        counts: dict[str, int] = {}
        sources: dict[str, str] = {}
        with tempfile.TemporaryDirectory(prefix="diplograph-qbench-") as tmp:
            for kind, store, fill_s in _stores(triples, tmp):
                counts[kind] = len(store)
                log(f"{size:>9,} triples: filled {kind} store ({counts[kind]:,} triples) in {fill_s:.1f} s")
                for name in names:
                    if kind == "memory" and name in NOT_ON_RDFLIB:
                        skipped = Timing(None, error="not timed: rdflib's SPARQL engine does not finish it")
                        for part in ("full", "sparql"):
                            timings[(kind, name, part)] = skipped
                        log(f"    {kind:8s} {name:18s} not timed on rdflib's engine")
                        continue
                    runner = query_runner(store, name, seed)
                    sources[name] = runner.source
                    timings[(kind, name, "full")] = full = time_query(runner.full, budget_s)
                    if full.runs == 1 and not parameters(name, seed):
                        alone = dataclasses.replace(full)
                    else:
                        alone = time_query(runner.sparql_only, budget_s)
                    timings[(kind, name, "sparql")] = alone
                    native = ""
                    if runner.native is not None:
                        timings[(kind, name, "native")] = t = time_query(runner.native, budget_s)
                        native = f"; pyoxigraph alone {_show(t)}"
                    log(f"    {kind:8s} {name:18s} {_show(full)}; SPARQL alone {_show(alone)}{native}")
                store.close()
                del store
                gc.collect()
        for name in names:
            fig = QueryFigure(
                size,
                counts["oxigraph"],
                name,
                sources[name],
                timings[("oxigraph", name, "full")],
                timings[("memory", name, "full")],
                timings[("oxigraph", name, "sparql")],
                timings[("memory", name, "sparql")],
                timings.get(("oxigraph", name, "native")),
            )
            if fig.oxigraph.error is None and fig.memory.error is None and fig.oxigraph.rows != fig.memory.rows:
                log(f"    warning: {name} gave {fig.oxigraph.rows} rows on oxigraph and {fig.memory.rows} on memory")
            figures.append(fig)
        del triples
        gc.collect()
    return figures
