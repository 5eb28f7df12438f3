"""Run the benchmarks and print their figures.

    python -m benchmarks [--size small|full] [--only NAME]... [--json FILE] [--scale N]...

``--size small`` runs every benchmark in seconds (CI runs it so the code does not rot);
``--size full`` gives the figures of ``benchmarks/RESULTS.md``.  Benchmarks: ``ingest``
(throughput against bare spaCy, and where the time goes), ``scale`` (ingest of generated
corpora: time and peak memory), ``query`` (named questions on Oxigraph and rdflib stores),
``render`` (page for N people), and any of ``remote`` / ``petrarch`` / ``serve`` (the SPARQL endpoint
against Oxigraph's server) whose module is present.
Times are printed, never judged against a threshold here.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import json
import platform
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

SIZES: dict[str, dict[str, Any]] = {
    "small": {
        "ingest": 10,
        "stages": 5,
        "scale": [10],
        "query": [2_000],
        "query_budget_s": 0.1,
        "render": (20, 50),
        "pages": [2_000],
        "page_runs": 3,
        "workers": 20,
        "workers_large": 40,
        "worker_repeats": 1,
        "dask": False,  # the Dask path is tested by tests/test_ingest_dask.py; measured at full size
        "writer": 10,
    },
    "full": {
        "ingest": 500,
        "stages": 200,
        "scale": [1_000, 10_000],
        "query": [10_000, 100_000, 1_000_000],
        "query_budget_s": 1.0,
        "render": (100, 1_000, 5_000),
        "pages": [10_000, 100_000, 1_000_000],
        "page_runs": 25,
        "workers": 300,
        "workers_large": 1200,
        "worker_repeats": 2,
        "dask": True,
        "writer": 200,
    },
}
INGEST_TARGET = 0.8
QUERY_TARGET_MS = 100.0


def say(line: str = "") -> None:
    print(line, flush=True)


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = dataclasses.asdict(value)
        for name in ("ratio", "cpu_ratio", "floor_wps", "path_wps", "articles_per_s"):
            if hasattr(value, name):
                out[name] = getattr(value, name)
        return out
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def bench_ingest(size: dict[str, Any]) -> dict[str, Any]:
    from benchmarks import ingest_bench

    t = ingest_bench.throughput(size["ingest"])
    met = "met" if t.ratio >= INGEST_TARGET else "NOT met"
    say(f"ingest throughput: {t.articles} generated articles, {t.words:,} words, batch size {t.batch_size}")
    say(f"  bare spaCy nlp.pipe   {t.floor_wps:10,.0f} words/s  (runs: {', '.join(f'{s:.2f} s' for s in t.floor_s)})")
    say(
        f"  whole ingest path     {t.path_wps:10,.0f} words/s  ({t.path_s:.2f} s; {t.events} events, "
        f"{t.triples:,} triples)"
    )
    say(
        f"  ratio {t.ratio:.2f} (target >= {INGEST_TARGET}: {met}); on CPU time: {t.cpu_ratio:.2f}"
        f" (floor {', '.join(f'{c:.2f}' for c in t.floor_cpu_s)} s CPU, path {t.path_cpu_s:.2f} s CPU)"
    )
    st = ingest_bench.stage_times(size["stages"])
    say(f"where the time goes ({size['stages']} articles, {st.total_s:.2f} s, stages timed in the whole path):")
    for stage, seconds in sorted(st.seconds.items(), key=lambda kv: -kv[1]):
        say(f"  {stage:36s} {seconds:8.2f} s  {100 * seconds / st.total_s:5.1f} %")
    say(
        f"  the project's functions with most own time (cProfile, {max(1, size['stages'] // 4)} other articles;"
        " the profiler inflates Python time):"
    )
    for line in st.profile:
        say(f"    {line}")
    return {"throughput": _plain(t), "stages": _plain(st)}


def bench_scale(size: dict[str, Any]) -> dict[str, Any]:
    from benchmarks import ingest_bench

    say("scale: `diplograph ingest` of generated corpora in a child process (model loading included)")
    figures = []
    for n in size["scale"]:
        f = ingest_bench.scale(n)
        figures.append(f)
        say(
            f"  {f.articles:>8,} articles {f.words:>11,} words  {f.seconds:8.1f} s ({f.cpu_s:8.1f} s CPU)"
            f"  {f.articles_per_s:7.1f} articles/s  peak RSS {f.peak_rss_mb:8.1f} MB  store {f.store_mb:8.1f} MB"
        )
        if f.rss_samples_mb:
            say("      resident MB as it ran: " + ", ".join(f"{mb:.0f}@{t:.0f}s" for t, mb in f.rss_samples_mb))
    return {"scale": _plain(figures)}


def bench_query(size: dict[str, Any]) -> dict[str, Any]:
    from benchmarks import query_bench

    say("query latency: default Oxigraph store vs rdflib in-memory store, same triples")
    figures = query_bench.run(size["query"], budget_s=size["query_budget_s"], log=say)
    say("  summary (median ms end to end; ratio = memory / oxigraph):")
    for f in figures:
        ratio = f"{f.ratio:7.1f}x" if f.ratio is not None else "      -"
        ox = f"{f.oxigraph.ms:10.1f}" if f.oxigraph.ms is not None else "    failed"
        mem = f"{f.memory.ms:10.1f}" if f.memory.ms is not None else "    failed"
        say(
            f"  {f.triples:>10,} triples  {f.query:18s} oxigraph {ox}  memory {mem}  {ratio}  rows {f.oxigraph.rows}"
            f"  [{f.source}]"
        )
    for big in (f for f in figures if f.query == "who-met-whom" and f.size >= 1_000_000 and f.oxigraph.ms):
        met = "met" if big.oxigraph.ms < QUERY_TARGET_MS else "NOT met"
        say(
            f"  who-met-whom on {big.triples:,} triples, default store: {big.oxigraph.ms:.1f} ms "
            f"(target < {QUERY_TARGET_MS:.0f} ms: {met})"
        )
    return {"query": _plain(figures)}


def bench_pages(size: dict[str, Any]) -> dict[str, Any]:
    from benchmarks import paged_queries

    say(f"paged questions from the pair links: p50/p95 over {size['page_runs']} runs, default Oxigraph store")
    figures = paged_queries.run(size["pages"], runs=size["page_runs"], log=say)
    return {"pages": _plain(figures)}


def bench_workers(size: dict[str, Any]) -> dict[str, Any]:
    from benchmarks import workers_bench

    n = size["workers"]
    say(f"ingest workers: `diplograph ingest --workers 1` vs `--workers 2`, {n} generated articles, runs 1, 2, 1, 2")
    fig = workers_bench.workers(n, repeats=size["worker_repeats"], large=size["workers_large"])
    for key in ("1", "2"):
        runs = ", ".join(f"{s:.1f} s" for s in fig.runs_s[key])
        say(f"  --workers {key}: {runs}  best {fig.rate(key):.2f} articles/s  ({fig.triples[key]:,} triples)")
        if fig.large:
            runs = ", ".join(f"{s:.1f} s" for s in fig.runs_s[f"{key}@large"])
            steady = fig.steady_rate(key)
            once = f"{steady:.2f} articles/s" if steady else "not measurable (the larger run was not slower)"
            say(f"  --workers {key}, {fig.large} articles: {runs}; once started {once}")
    say(
        f"  speed-up 2 workers / 1 worker: {fig.speedup:.2f}x whole runs of {n}"
        + (f", {fig.steady_speedup:.2f}x once started" if fig.steady_speedup else "")
        + f" (load average {fig.load_before:.1f} before, {fig.load_after:.1f} after)"
    )
    out: dict[str, Any] = {"workers": _plain(fig), "speedup": fig.speedup, "steady_speedup": fig.steady_speedup}
    rate = workers_bench.writer_rate(size["writer"])
    say(
        f"  the writer alone (stories parsed beforehand): {rate.articles} articles in {rate.seconds:.2f} s = "
        f"{rate.articles_per_s:.1f} articles/s"
    )
    out["writer"] = _plain(rate)
    if size["dask"] and importlib.util.find_spec("distributed") is not None:
        dask = workers_bench.dask_path(n)
        say(
            f"  Dask, 2 local single-thread workers: {', '.join(f'{s:.1f} s' for s in dask.runs_s['dask'])}; "
            f"--workers 2: {', '.join(f'{s:.1f} s' for s in dask.runs_s['2'])}; "
            f"ratio dask / workers {dask.best('dask') / dask.best('2'):.2f} (triples {dask.triples})"
        )
        out["dask"] = _plain(dask)
    return out


def bench_render(size: dict[str, Any]) -> dict[str, Any]:
    from benchmarks import render_bench

    say("render: the page for N people (benchmarks/render_bench.py)")
    rows = render_bench.run(tuple(size["render"]))
    for row in rows:
        say(
            f"  {row['people']:>6} people {row['events']:>6} events  render {row['seconds']:7.2f} s"
            f"  page {row['bytes'] / 1e6:7.2f} MB"
        )
    return {"render": rows}


def _optional(module: str) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """A benchmark module written elsewhere: its ``run()`` figures (``run(SMALL)`` in the small
    size), or, for a module with only ``main``, what ``main`` prints (full size only).  Its
    failure is reported and the other benchmarks go on."""

    def bench(size: dict[str, Any]) -> dict[str, Any]:
        mod = importlib.import_module(f"benchmarks.{module}")
        say(f"{module} (benchmarks/{module}.py):")
        try:
            if hasattr(mod, "run"):
                rows = mod.run(mod.SMALL) if size["name"] == "small" and hasattr(mod, "SMALL") else mod.run()
            elif size["name"] == "small":
                say("  (full size only)")
                return {module: None}
            else:
                mod.main([])
                return {module: "printed above"}
        except Exception as exc:  # another module's failure must not hide the other figures
            say(f"  failed: {type(exc).__name__}: {exc}")
            return {module: {"error": f"{type(exc).__name__}: {exc}"}}
        for row in rows if isinstance(rows, list) else [rows]:
            say(f"  {row}")
        return {module: _plain(rows)}

    return bench


BENCHMARKS: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "ingest": bench_ingest,
    "scale": bench_scale,
    "query": bench_query,
    "render": bench_render,
    "pages": bench_pages,
    "workers": bench_workers,
}
for _name, _module in (("remote", "remote_ingest"), ("petrarch", "petrarch_suite"), ("serve", "serve_bench")):
    if importlib.util.find_spec(f"benchmarks.{_module}") is not None:
        BENCHMARKS[_name] = _optional(_module)


def machine() -> dict[str, Any]:
    import os

    mem = None
    try:
        with open("/proc/meminfo", encoding="ascii") as fh:
            mem = round(int(fh.readline().split()[1]) / 2**20, 1)
    except OSError:
        pass
    return {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "memory_gb": mem,
        "load_average": os.getloadavg(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="small")
    parser.add_argument("--only", action="append", choices=sorted(BENCHMARKS), help="run only this one (repeatable)")
    parser.add_argument(
        "--scale",
        action="append",
        type=int,
        metavar="N",
        help="corpus sizes for the scale benchmark (repeatable; overrides the size's own)",
    )
    parser.add_argument("--json", metavar="FILE", help="also write every figure to FILE as JSON")
    args = parser.parse_args(argv)
    size = dict(SIZES[args.size], name=args.size)
    if args.scale:
        size["scale"] = args.scale
    info = machine()
    say(
        f"diplograph benchmarks, size {args.size}: {info['date']}, Python {info['python']}, {info['platform']}, "
        f"{info['cpus']} CPUs, {info['memory_gb']} GB, load {', '.join(f'{x:.1f}' for x in info['load_average'])}"
    )
    command = " ".join(["python -m benchmarks", *sys.argv[1:]])
    results: dict[str, Any] = {"machine": info, "size": args.size, "command": command}
    for name in args.only or list(BENCHMARKS):
        say()
        start = time.perf_counter()
        results[name] = BENCHMARKS[name](size)
        say(f"({name}: {time.perf_counter() - start:.1f} s)")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(results, fh, indent=1, default=str)
    return 0


if __name__ == "__main__":
    sys.exit(main())
