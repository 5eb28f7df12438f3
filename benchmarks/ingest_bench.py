"""Ingest throughput against its floor, where the time goes, and ingest at scale.

* ``throughput(n)``: the same generated articles through bare ``nlp.pipe`` of the project's spaCy
  pipeline (the floor: the texts exactly as the pipeline would parse them, read beforehand), and
  through the whole ingest path (read, clean, parse, people, events, merge, write each article to
  a new default store: an embedded Oxigraph directory), in one process, in the order floor, path,
  floor; words/s of both and their ratio.  The model is loaded and warmed up before any timing,
  and the whole path is warmed up on a few other articles into a throw-away store, so one-off
  loading is not counted on either side.
* ``stage_times(n)``: one more whole-path run with every stage timed (wrapping the stage
  functions the pipeline calls), to show where the time goes.
* ``scale(n)``: ``diplograph ingest`` as a separate process on ``n`` generated articles: wall and
  CPU time (model loading included), peak resident memory of that process, and its resident
  memory sampled as it runs (``benchmarks.measure``).
"""

from __future__ import annotations

import cProfile
import os
import pstats
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks import corpus

REPO = Path(__file__).resolve().parent.parent


def _words(directory: Path) -> int:
    return sum(len(p.read_text(encoding="utf-8").split()) for p in sorted(directory.rglob("*.txt")))


@dataclass
class Throughput:
    articles: int
    words: int  # words of the input files
    floor_s: list[float]  # bare nlp.pipe runs (before and after the whole path)
    path_s: float  # the whole ingest path
    batch_size: int
    triples: int = 0
    events: int = 0
    floor_cpu_s: list[float] = field(default_factory=list)  # CPU seconds of this process, same runs
    path_cpu_s: float = 0.0

    @property
    def floor_wps(self) -> float:
        return self.words / (sum(self.floor_s) / len(self.floor_s))

    @property
    def path_wps(self) -> float:
        return self.words / self.path_s

    @property
    def ratio(self) -> float:
        """Whole path words/s over bare spaCy words/s (target: at least 0.8)."""
        return self.path_wps / self.floor_wps

    @property
    def cpu_ratio(self) -> float:
        """The same ratio on CPU time: less sensitive to other processes sharing the cores."""
        if not self.floor_cpu_s or not self.path_cpu_s:
            return 0.0
        return (sum(self.floor_cpu_s) / len(self.floor_cpu_s)) / self.path_cpu_s


def _floor(texts: list[str], batch_size: int) -> tuple[float, float]:
    """Wall and CPU seconds of bare ``nlp.pipe`` over the texts."""
    from diplograph.ingest import nlp

    model = nlp.load()
    start, cpu = time.perf_counter(), time.process_time()
    for _ in model.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - start, time.process_time() - cpu


def _article_texts(directory: Path) -> list[str]:
    """The texts the pipeline parses: the clean stories of the input files."""
    from diplograph.ingest import nlp, pipeline

    out = []
    for item in pipeline.read_articles([str(directory)]):
        if hasattr(item, "text"):
            out.append(nlp.text_to_parse(item))
    return out


def _warm_up(workdir: Path, seed: int) -> None:
    """Load the model and every lazily loaded table, on articles other than the measured ones."""
    from diplograph.graph.store import opened
    from diplograph.ingesting import ingest_paths

    warm = workdir / "warm"
    corpus.write_corpus(warm / "corpus", 8, seed=seed + 1)
    with opened(str(warm / "store")) as store:
        ingest_paths(store, [str(warm / "corpus")])


def throughput(n: int, seed: int = 0, workdir: str | None = None) -> Throughput:
    """Bare spaCy against the whole ingest path on the same ``n`` generated articles."""
    from diplograph.graph.store import opened
    from diplograph.ingest import pipeline
    from diplograph.ingesting import ingest_paths

    with tempfile.TemporaryDirectory(prefix="diplograph-ibench-", dir=workdir) as tmp:
        root = Path(tmp)
        info = corpus.write_corpus(root / "corpus", n, seed=seed)
        _warm_up(root, seed)
        texts = _article_texts(info.directory)
        batch = pipeline.BATCH_SIZE
        floors = [_floor(texts, batch)]
        with opened(str(root / "store")) as store:
            start, cpu = time.perf_counter(), time.process_time()
            summary = ingest_paths(store, [str(info.directory)])
            path_s, path_cpu = time.perf_counter() - start, time.process_time() - cpu
            triples = len(store)
        floors.append(_floor(texts, batch))
        return Throughput(
            n,
            info.words,
            [w for w, _ in floors],
            path_s,
            batch,
            triples,
            summary.events,
            [c for _, c in floors],
            path_cpu,
        )


# -- where the time goes -----------------------------------------------------------------------
@dataclass
class StageTimes:
    total_s: float
    seconds: dict[str, float] = field(default_factory=dict)
    profile: list[str] = field(default_factory=list)  # the project's functions with most own time


def _timed_gen(times: dict[str, float], key: str, fn: Callable[..., Iterator]) -> Callable[..., Iterator]:
    def wrapper(*args, **kwargs):
        it = fn(*args, **kwargs)
        while True:
            start = time.perf_counter()
            try:
                item = next(it)
            except StopIteration:
                times[key] += time.perf_counter() - start
                return
            times[key] += time.perf_counter() - start
            yield item

    return wrapper


def _timed(times: dict[str, float], key: str, fn: Callable) -> Callable:
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            times[key] += time.perf_counter() - start

    return wrapper


@contextmanager
def _stage_timers(times: dict[str, float]) -> Iterator[None]:
    """Time each stage the pipeline calls, by wrapping the functions it looks up at call time."""
    from diplograph.graph.store import GraphStore
    from diplograph.ingest import events, merge, nlp, people, pipeline

    wrapped = [
        (pipeline, "read_articles", _timed_gen(times, "read + clean (sources, stories)", pipeline.read_articles)),
        (nlp, "pipe", _timed_gen(times, "spaCy nlp.pipe (incl. read + clean)", nlp.pipe)),
        (people, "resolve", _timed(times, "people.resolve", people.resolve)),
        (events, "extract_events", _timed(times, "events.extract_events", events.extract_events)),
        (merge, "merge_in_article", _timed(times, "merge.merge_in_article", merge.merge_in_article)),
        (GraphStore, "write", _timed(times, "GraphStore.write", GraphStore.write)),
    ]
    originals = [(owner, name, getattr(owner, name)) for owner, name, _ in wrapped]
    try:
        for owner, name, fn in wrapped:
            setattr(owner, name, fn)
        yield
    finally:
        for owner, name, fn in originals:
            setattr(owner, name, fn)


def _project_hotspots(profiler: cProfile.Profile, top: int) -> list[str]:
    stats = pstats.Stats(profiler)
    rows = []
    for (file, line, func), (_, calls, tottime, cumtime, _) in stats.stats.items():  # type: ignore[attr-defined]
        rel = os.path.relpath(file, REPO) if file.startswith(str(REPO)) else None
        if rel and not rel.startswith(("benchmarks", ".venv")):
            rows.append((tottime, cumtime, calls, f"{rel}:{line} {func}"))
    rows.sort(reverse=True)
    return [
        f"{tot:8.3f} s own {cum:8.3f} s cumulative {calls:>9} calls  {where}" for tot, cum, calls, where in rows[:top]
    ]


def stage_times(
    n: int, seed: int = 0, top: int = 15, profile_n: int | None = None, workdir: str | None = None
) -> StageTimes:
    """The whole path on ``n`` articles with the time of every stage, then (on ``profile_n``
    other articles, default ``n // 4``) under cProfile for the project's hotspots.

    The stage times come from a run without the profiler: cProfile slows Python code far more
    than spaCy's compiled code, so its own figures overstate the Python stages.
    """
    from diplograph.graph.store import opened
    from diplograph.ingesting import ingest_paths

    times: dict[str, float] = defaultdict(float)
    profile_n = profile_n if profile_n is not None else max(1, n // 4)
    with tempfile.TemporaryDirectory(prefix="diplograph-ibench-", dir=workdir) as tmp:
        root = Path(tmp)
        info = corpus.write_corpus(root / "corpus", n, seed=seed)
        other = corpus.write_corpus(root / "profiled", profile_n, seed=seed + 2)
        _warm_up(root, seed)
        with opened(str(root / "store")) as store, _stage_timers(times):
            start = time.perf_counter()
            ingest_paths(store, [str(info.directory)])
            total = time.perf_counter() - start
        profiler = cProfile.Profile()
        with opened(str(root / "store-profiled")) as store:
            profiler.enable()
            ingest_paths(store, [str(other.directory)])
            profiler.disable()
    spacy_key, read_key = "spaCy nlp.pipe (incl. read + clean)", "read + clean (sources, stories)"
    seconds = dict(times)
    if spacy_key in seconds:  # the reader runs inside nlp.pipe's input generator
        seconds["spaCy nlp.pipe"] = seconds.pop(spacy_key) - seconds.get(read_key, 0.0)
    seconds["other (pipeline glue)"] = total - sum(seconds.values())
    return StageTimes(total, seconds, _project_hotspots(profiler, top))


# -- at scale ----------------------------------------------------------------------------------
@dataclass
class ScaleFigure:
    articles: int
    words: int
    seconds: float
    peak_rss_mb: float
    store_mb: float
    exit_code: int
    cpu_s: float = 0.0  # user + system CPU seconds of the child
    rss_samples_mb: list[tuple[float, float]] = field(default_factory=list)  # (seconds, resident MB)

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds


def _du(path: Path) -> int:
    """Bytes on disk under ``path``, each file once (the published snapshots are hard links)."""
    sizes = {(st.st_dev, st.st_ino): st.st_size for st in (p.stat() for p in path.rglob("*") if p.is_file())}
    return sum(sizes.values())


def scale(n: int, seed: int = 0, workdir: str | None = None) -> ScaleFigure:
    """``diplograph ingest`` on ``n`` generated articles in a child process: time and memory.

    The child is started through ``benchmarks.measure`` (a small process), so its peak-RSS figure
    is its own and not this process's (see that module).
    """
    import json

    with tempfile.TemporaryDirectory(prefix="diplograph-scale-", dir=workdir) as tmp:
        root = Path(tmp)
        info = corpus.write_corpus(root / "corpus", n, seed=seed)
        cmd = [
            sys.executable,
            "-m",
            "benchmarks.measure",
            sys.executable,
            "-m",
            "diplograph",
            "ingest",
            str(info.directory),
            "--store",
            str(root / "store"),
        ]
        out = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, check=True)
        m = json.loads(out.stdout)
        if m["exit_code"] != 0:
            raise RuntimeError(f"diplograph ingest failed ({m['exit_code']}): {m['stderr'][-2000:]}")
        samples = m["rss_samples_kb"]
        step = max(1, len(samples) // 20)
        return ScaleFigure(
            n,
            info.words,
            m["seconds"],
            m["peak_rss_kb"] / 1024,
            _du(root / "store") / 2**20,
            m["exit_code"],
            m["cpu_s"],
            rss_samples_mb=[(t, round(kb / 1024, 1)) for t, kb in samples[::step]],
        )
