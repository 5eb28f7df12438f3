"""The SPARQL endpoint against the engine under it: ``diplograph serve`` and ``oxigraph
serve-read-only`` on copies of the same store, the same query, the same client, on loopback.

The store holds ``ARTICLES`` generated articles (``benchmarks.corpus``, written as ``diplograph
ingest`` writes them).  The query is a 50-row SELECT, asked with GET and ``Accept:
application/sparql-results+json``: first the same text every time (``QUERY``: diplograph answers
it from its answer cache while the store is unchanged), then a new text every time (``DISTINCT``:
every request is checked by the guard and run by Oxigraph).  The client is one asyncio process that keeps
``clients`` HTTP/1.1 connections open and sends the next request on a connection as soon as the
answer to the last one is read; every run is bounded in time (``seconds``) and in requests
(``MAX_REQUESTS``).  Each server gets a warm-up of 200 requests; then the two are measured one
after the other at each client count.  Reported: requests per second, p50 and p95 latency
(milliseconds), and failed requests (any status but 200, or a wrong row count).

    python -m benchmarks.serve_bench [--seconds S] [--clients 1 16]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import socket
import statistics
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

ARTICLES = 25
ROWS = 50
QUERY = (
    "PREFIX schema: <https://schema.org/> PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> "
    "SELECT ?event ?name WHERE { ?event sem:hasActor ?p . ?p schema:name ?name } ORDER BY ?event ?name LIMIT 50"
)
# The same question, a different text each time (a filter every row passes): nothing can be reused.
DISTINCT = QUERY.replace("?p schema:name ?name }", '?p schema:name ?name FILTER(?name != "no one {n}") }')
MAX_REQUESTS = 200_000
SMALL = {"seconds": 0.5, "clients": (1, 4)}  # the small run (CI): the code runs, the figures are rough
FULL = {"seconds": 5.0, "clients": (1, 16)}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def make_store(path: Path, articles: int = ARTICLES) -> None:
    """An embedded store holding ``articles`` generated articles."""
    with opened(str(path)) as store:
        for extraction in corpus.extractions(articles):
            store.write(extraction, join=join_stored)


def _wait(url: str, proc: subprocess.Popen, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as resp:
                if resp.status == 200:
                    return
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"the server did not answer at {url}")
        time.sleep(0.2)


@contextmanager
def server(command: list[str], probe: str) -> Iterator[None]:
    """A server subprocess, up once ``probe`` answers 200, stopped afterwards."""
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait(probe, proc)
        yield
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def oxigraph_binary() -> str:
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.is_file() else shutil.which("oxigraph")
    if not found:
        raise RuntimeError("the oxigraph server binary is not installed (pip install oxigraph)")
    return found


async def _read_answer(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    """One HTTP/1.1 answer: its status and body (Content-Length or chunked)."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)}
    if "content-length" in headers:
        return status, await reader.readexactly(int(headers["content-length"]))
    body = bytearray()
    while True:  # chunked
        size = int((await reader.readuntil(b"\r\n")).strip().split(b";")[0], 16)
        if size == 0:
            await reader.readuntil(b"\r\n")
            return status, bytes(body)
        body += await reader.readexactly(size)
        await reader.readexactly(2)


def _ok(status: int, body: bytes) -> bool:
    if status != 200:
        return False
    try:
        return len(json.loads(body)["results"]["bindings"]) == ROWS
    except (ValueError, KeyError):
        return False


async def _load(port: int, path: str, clients: int, seconds: float, limit: int, distinct: bool = False) -> dict:
    def request(n: int) -> bytes:
        target = path + urllib.parse.quote(DISTINCT.replace("{n}", str(n))) if distinct else path
        return (
            f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept: application/sparql-results+json\r\n\r\n"
        ).encode("ascii")

    sent = 0
    latencies: list[float] = []
    failed = 0
    stop_at = time.perf_counter() + seconds

    async def client() -> None:
        nonlocal failed, sent
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            while time.perf_counter() < stop_at and len(latencies) + failed < limit:
                sent += 1
                data = request(sent)
                start = time.perf_counter()
                writer.write(data)
                status, body = await asyncio.wait_for(_read_answer(reader), 30)
                if _ok(status, body):
                    latencies.append(time.perf_counter() - start)
                else:
                    failed += 1
        finally:
            writer.close()

    began = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(clients)))
    elapsed = time.perf_counter() - began
    ms = sorted(x * 1000 for x in latencies)
    return {
        "clients": clients,
        "requests": len(ms),
        "failed": failed,
        "seconds": round(elapsed, 2),
        "per_s": round(len(ms) / elapsed, 1),
        "p50_ms": round(statistics.median(ms), 2) if ms else None,
        "p95_ms": round(ms[int(0.95 * (len(ms) - 1))], 2) if ms else None,
    }


def load(port: int, path: str, clients: int, seconds: float, limit: int = MAX_REQUESTS, distinct: bool = False) -> dict:
    """Requests per second and latency of ``clients`` connections asking ``QUERY`` for ``seconds``
    (``distinct``: ``DISTINCT``, a new text each request; ``path`` then ends with ``?query=``)."""
    return asyncio.run(_load(port, path, clients, seconds, limit, distinct))


def run(settings: dict | None = None) -> list[dict]:
    """Both servers at each client count; one row per client count with both figures and the ratio."""
    settings = settings or FULL
    seconds, counts = float(settings["seconds"]), tuple(settings["clients"])
    path = "?query=" + urllib.parse.quote(QUERY)
    rows = []
    with tempfile.TemporaryDirectory(prefix="diplograph-serve-bench-") as tmp:
        ours_dir, theirs_dir = Path(tmp) / "ours", Path(tmp) / "theirs"
        make_store(ours_dir)
        shutil.copytree(ours_dir, theirs_dir)
        ox_port, dg_port = free_port(), free_port()
        oxigraph = [
            oxigraph_binary(),
            "serve-read-only",
            "--location",
            str(theirs_dir),
            "--bind",
            f"127.0.0.1:{ox_port}",
        ]
        ours = [sys.executable, "-m", "diplograph", "serve", "--store", str(ours_dir), "--port", str(dg_port)]
        with (
            server(oxigraph, f"http://127.0.0.1:{ox_port}/query{path}"),
            server(ours, f"http://127.0.0.1:{dg_port}/sparql{path}"),
        ):
            load(ox_port, "/query" + path, 1, 60, 200)  # warm-up
            load(dg_port, "/sparql" + path, 1, 60, 200)
            for distinct in (False, True):
                for clients in counts:
                    if distinct:
                        theirs = load(ox_port, "/query?query=", clients, seconds, distinct=True)
                        mine = load(dg_port, "/sparql?query=", clients, seconds, distinct=True)
                    else:
                        theirs = load(ox_port, "/query" + path, clients, seconds)
                        mine = load(dg_port, "/sparql" + path, clients, seconds)
                    rows.append(
                        {
                            "query": "a new text each time" if distinct else "the same text",
                            "clients": clients,
                            "diplograph": mine,
                            "oxigraph": theirs,
                            "ratio": round(mine["per_s"] / theirs["per_s"], 2) if theirs["per_s"] else None,
                        }
                    )
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=FULL["seconds"], help="length of each timed run")
    parser.add_argument("--clients", type=int, nargs="+", default=list(FULL["clients"]), help="client counts")
    args = parser.parse_args(argv)
    print(f"load average before: {os.getloadavg()}", flush=True)
    for row in run({"seconds": args.seconds, "clients": args.clients}):
        print(f"{row['query']}:", flush=True)
        for name in ("diplograph", "oxigraph"):
            r = row[name]
            print(
                f"{name:>10} {r['clients']:>3} clients: {r['per_s']:8.1f}/s  p50 {r['p50_ms']} ms  "
                f"p95 {r['p95_ms']} ms  ({r['requests']} answers, {r['failed']} failed)",
                flush=True,
            )
        print(f"{'ratio':>10} {row['clients']:>3} clients: {row['ratio']}", flush=True)
    print(f"load average after: {os.getloadavg()}", flush=True)


if __name__ == "__main__":
    main()
