"""Ingest with several extraction workers: throughput of `diplograph ingest --workers 2` against
`--workers 1` in one run, the Dask path on this machine, and the rate of the one writer.

* ``workers(n, large)``: the same ``n`` generated articles ingested by ``diplograph ingest`` in
  child processes into new stores, in the order 1, 2, 1, 2 workers (each figure is the faster of
  its two runs, to damp the load of a shared machine); wall time includes starting Python and
  loading the model, as a user sees it.  The stores' triple counts are compared.  With ``large``,
  the same again on ``large`` articles: the difference between the two sizes is the throughput
  once started (start-up, which more workers make longer, cancels out).
* ``dask_path(n)``: the same through ``--scheduler`` on a local `dask scheduler` with two
  single-threaded `dask worker` processes (``dask_cluster.local_cluster``: started, then stopped).
* ``writer_rate(n)``: what the writer alone can take: stories parsed beforehand (as the workers
  send them), then timed from the doc bytes to the stored article (people, events, merge,
  store write, renames), in one process.  Past this rate more workers do not help.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks import corpus

REPO = Path(__file__).resolve().parent.parent


@dataclass
class WorkersFigure:
    articles: int
    runs_s: dict[str, list[float]] = field(default_factory=dict)  # "1" / "2" / "dask" (/ "1@large" ...) -> seconds
    large: int = 0  # the size of the second, larger run (0: none)
    triples: dict[str, int] = field(default_factory=dict)
    load_before: float = 0.0  # load average before the runs (how shared the machine was)
    load_after: float = 0.0

    def best(self, key: str) -> float:
        return min(self.runs_s[key])

    def rate(self, key: str) -> float:
        return self.articles / self.best(key)

    @property
    def speedup(self) -> float:
        return self.best("1") / self.best("2")

    def steady_rate(self, key: str) -> float | None:
        """Articles per second once started: the extra articles of the large run over its extra time."""
        large = f"{key}@large"
        if large not in self.runs_s or not self.large:
            return None
        extra = self.best(large) - self.best(key)
        return (self.large - self.articles) / extra if extra > 0 else None

    @property
    def steady_speedup(self) -> float | None:
        one, two = self.steady_rate("1"), self.steady_rate("2")
        return two / one if one and two else None


def _ingest(folder: Path, store: Path, *options: str) -> tuple[float, int]:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "diplograph", "ingest", str(folder), "--store", str(store), *options],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
    )
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"ingest {' '.join(options)} failed: {done.stderr.strip()[-500:]}")
    import pyoxigraph as ox

    db = ox.Store.read_only(str(store))
    count = len(db)
    del db
    return seconds, count


def workers(n: int, seed: int = 0, repeats: int = 2, workdir: str | None = None, large: int = 0) -> WorkersFigure:
    """``diplograph ingest --workers 1`` and ``--workers 2`` on the same generated articles (and
    on ``large`` of them, when given)."""
    with tempfile.TemporaryDirectory(prefix="diplograph-workers-", dir=workdir) as tmp:
        sizes = {"": n, "@large": large} if large else {"": n}
        folders = {}
        for suffix, size in sizes.items():
            folders[suffix] = Path(tmp) / f"articles{suffix}"
            corpus.write_corpus(folders[suffix], size, seed)
        fig = WorkersFigure(n, large=large, load_before=os.getloadavg()[0])
        for r in range(repeats):
            for suffix in sizes:
                for w in ("1", "2"):
                    key = f"{w}{suffix}"
                    seconds, count = _ingest(folders[suffix], Path(tmp) / f"store-{w}{suffix}-{r}", "--workers", w)
                    fig.runs_s.setdefault(key, []).append(seconds)
                    fig.triples[key] = count
        fig.load_after = os.getloadavg()[0]
        return fig


def dask_path(n: int, seed: int = 0, workdir: str | None = None) -> WorkersFigure:
    """``--scheduler`` on a local cluster of two single-threaded workers, against ``--workers 2``."""
    from benchmarks.dask_cluster import local_cluster

    with tempfile.TemporaryDirectory(prefix="diplograph-dask-", dir=workdir) as tmp:
        folder = Path(tmp) / "articles"
        corpus.write_corpus(folder, n, seed)
        with local_cluster(tmp, workers=2) as address:
            fig = WorkersFigure(n, load_before=os.getloadavg()[0])
            for key, options in (
                ("dask", ("--scheduler", address)),
                ("2", ("--workers", "2")),
                ("dask", ("--scheduler", address)),
            ):
                seconds, count = _ingest(folder, Path(tmp) / f"store-{key}-{len(fig.runs_s.get(key, []))}", *options)
                fig.runs_s.setdefault(key, []).append(seconds)
                fig.triples[key] = count
            fig.load_after = os.getloadavg()[0]
            return fig


@dataclass
class WriterRate:
    articles: int
    seconds: float
    triples: int

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds


def writer_rate(n: int, seed: int = 0, workdir: str | None = None) -> WriterRate:
    """Articles per second the one writer takes when parsing costs it nothing."""
    from diplograph.graph.store import open_store
    from diplograph.ingest import nlp, parse_jobs, pipeline
    from diplograph.ingesting import apply_renames, known_people

    with tempfile.TemporaryDirectory(prefix="diplograph-writer-", dir=workdir) as tmp:
        folder = Path(tmp) / "articles"
        corpus.write_corpus(folder, n, seed)
        units = [u for u in parse_jobs.list_inputs([str(folder)]) if isinstance(u, str)]
        parsed = [p for p in parse_jobs.parse_units(units) if isinstance(p, parse_jobs.Parsed)]
        store = open_store(str(Path(tmp) / "store"))
        registry = known_people(store)
        vocab = nlp.load().vocab
        start = time.perf_counter()
        for item in parsed:
            store.write(pipeline.extraction_of(parse_jobs.doc_of(item, vocab), item.article, registry))
            apply_renames(store, registry)
        seconds = time.perf_counter() - start
        triples = len(store)
        store.close()
        return WriterRate(len(parsed), seconds, triples)
