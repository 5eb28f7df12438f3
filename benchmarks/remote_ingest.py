"""Bulk ingest rate into a remote Oxigraph server against the embedded store, on the same records.

    python -m benchmarks.remote_ingest [--articles N]

The records are generated extractions (``benchmarks/corpus.py``; no spaCy), so the figures
measure the graph layer alone: ``GraphStore.write`` per article (find events to join, then one
transaction: for the server, one query for the triples it holds and one ``INSERT DATA``).
The server is the ``oxigraph`` binary from PyPI, started on a free loopback port over a
temporary directory and stopped afterwards.
"""

from __future__ import annotations

import argparse
import gc
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from benchmarks import corpus
from diplograph.graph.store import opened
from diplograph.ingest.merge import join_stored

DEFAULT_ARTICLES = 1000
SMALL = 30


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _binary() -> str:
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.is_file() else shutil.which("oxigraph")
    if not found:
        raise SystemExit("the oxigraph server binary is not installed (pip install oxigraph)")
    return found


@contextmanager
def oxigraph_server(location: Path) -> Iterator[str]:
    """An Oxigraph server over ``location`` on a free loopback port; yields its query URL."""
    port = _free_port()
    proc = subprocess.Popen(
        [_binary(), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/query"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(url + "?query=" + urllib.parse.quote("ASK {}"), timeout=2).close()
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError("the oxigraph server did not start") from None
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _ingest(spec: str, n: int) -> dict:
    records = list(corpus.extractions(n))
    with opened(spec) as store:
        start = time.perf_counter()
        triples = 0
        for extraction in records:
            triples += store.write(extraction, join=join_stored).triples_added
        seconds = time.perf_counter() - start
        total = len(store)
    del store
    gc.collect()
    return {
        "articles": n,
        "seconds": round(seconds, 3),
        "articles_per_s": round(n / seconds, 1),
        "triples_added": triples,
        "triples_per_s": round(triples / seconds),
        "store_triples": total,
    }


def run(n: int = DEFAULT_ARTICLES) -> list[dict]:
    """Ingest the same ``n`` generated articles into the embedded store and into an Oxigraph server."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        rows.append({"store": "embedded Oxigraph (directory)", **_ingest(str(Path(tmp) / "embedded"), n)})
        with oxigraph_server(Path(tmp) / "server") as url:
            rows.append({"store": "Oxigraph server over HTTP", **_ingest(url, n)})
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=DEFAULT_ARTICLES)
    args = parser.parse_args(argv)
    for row in run(args.articles):
        print(
            f"{row['store']:<32} {row['articles']:>6} articles  {row['seconds']:8.2f} s  "
            f"{row['articles_per_s']:8.1f} articles/s  {row['triples_per_s']:>8} triples/s  "
            f"({row['store_triples']:,} triples stored)"
        )


if __name__ == "__main__":
    main()
