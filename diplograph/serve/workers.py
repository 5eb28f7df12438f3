"""Running queries in worker processes with a time limit, for the HTTP server.

A query runs in a separate process so that one heavy query can be stopped: when it passes its
time limit the process is killed and a fresh one takes its place. Each job opens the store
read-only (a fresh snapshot, so answers include articles ingested since the server started).

Jobs and their answers are small tuples sent over a pipe:

* ``("sparql", text, media_types)`` -> the result serialised for the first acceptable type;
* ``("named", name, params)``       -> a named query's rows as a JSON list of objects;
* ``("graph",)``                    -> the interactive graph page (``graph/render.py``) as HTML.

An answer is ``(status, media_type, body_bytes)``; errors come back as a 4xx/5xx status with a
one-line text body.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import tempfile
import threading
from dataclasses import dataclass
from multiprocessing.connection import Connection

Answer = tuple[int, str, bytes]
STARTUP_TIMEOUT = 120.0  # seconds a new worker may take to import what it needs

# Media types a SELECT/ASK result can be sent as, and those a graph (CONSTRUCT/DESCRIBE) can.
RESULT_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "turtle", "application/x-turtle": "turtle", "application/n-triples": "nt", "text/plain": "nt",
    "application/rdf+xml": "xml", "application/xml": "xml", "application/ld+json": "json-ld",
    "application/json": "json-ld",
}
DEFAULT_RESULT_TYPE = "application/sparql-results+json"
DEFAULT_GRAPH_TYPE = "text/turtle"


def choose(media_types: list[str], offered: dict[str, str], default: str) -> str | None:
    """The first of the client's media types (best first) that ``offered`` has; ``*/*`` takes the default."""
    if not media_types:
        return default
    for media in media_types:
        media = media.lower()
        if media in offered:
            return media
        if media in ("*/*", "*"):
            return default
        if media.endswith("/*"):
            major = media[:-1]
            if default.startswith(major):
                return default
            match = next((m for m in offered if m.startswith(major)), None)
            if match:
                return match
    return None


def _tsv_term(term) -> str:
    if term is None:
        return ""
    text = term.n3()
    return text.replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _tsv(result) -> bytes:
    """SPARQL 1.1 Query Results TSV: a header of ?vars, then terms in Turtle syntax."""
    lines = ["\t".join(f"?{v}" for v in result.vars)]
    lines += ["\t".join(_tsv_term(row[v]) for v in result.vars) for row in result]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _sparql(spec: str, text: str, media_types: list[str]) -> Answer:
    from diplograph.graph.store import opened
    from diplograph.queries.library import QueryError, run_sparql

    with opened(spec, read_only=True) as store:
        try:
            output = run_sparql(store, text)
        except QueryError as exc:
            return 400, "text/plain", str(exc).encode("utf-8")
        if output.kind in ("CONSTRUCT", "DESCRIBE"):
            media = choose(media_types, GRAPH_TYPES, DEFAULT_GRAPH_TYPE)
            if media is None:
                return 406, "text/plain", f"a graph can be sent as: {', '.join(GRAPH_TYPES)}".encode()
            assert output.graph is not None
            body = output.graph.serialize(format=GRAPH_TYPES[media], encoding="utf-8")
            return 200, media, body
        media = choose(media_types, RESULT_TYPES, DEFAULT_RESULT_TYPE)
        if media is None:
            return 406, "text/plain", f"results can be sent as: {', '.join(RESULT_TYPES)}".encode()
        fmt = RESULT_TYPES[media]
        assert output.result is not None
        if fmt == "tsv":
            if output.kind == "ASK":
                return 406, "text/plain", b"an ASK answer has no TSV form; ask for JSON or XML"
            return 200, media, _tsv(output.result)
        if fmt == "csv" and output.kind == "ASK":
            return 200, media, (b"true\n" if output.ask else b"false\n")
        return 200, media, output.result.serialize(format=fmt, encoding="utf-8")


def _named(spec: str, name: str, params: dict[str, list[str]]) -> Answer:
    from diplograph.graph.store import opened
    from diplograph.queries.library import QueryError, run_named, to_json_rows

    with opened(spec, read_only=True) as store:
        try:
            output = run_named(store, name, params, http=True)
        except QueryError as exc:
            return 400, "text/plain", str(exc).encode("utf-8")
        return 200, "application/json", to_json_rows(output).encode("utf-8")


def _graph(spec: str) -> Answer:
    from diplograph.graph.render import render_html
    from diplograph.graph.store import opened
    from diplograph.queries.events import all_events

    with opened(spec, read_only=True) as store:
        events = all_events(store)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "graph.html")
        render_html(events, path)
        with open(path, "rb") as fh:
            return 200, "text/html; charset=utf-8", fh.read()


def execute(spec: str, job: tuple) -> Answer:
    """Run one job (see the module docstring) and return its answer; never raises."""
    from diplograph.graph.store import StoreError

    try:
        if job[0] == "sparql":
            return _sparql(spec, job[1], job[2])
        if job[0] == "named":
            return _named(spec, job[1], job[2])
        if job[0] == "graph":
            return _graph(spec)
        return 500, "text/plain", f"unknown job {job[0]!r}".encode()
    except StoreError as exc:
        return 503, "text/plain", str(exc).encode("utf-8")
    except Exception as exc:  # an answer, not a dead worker
        text = str(exc).strip().splitlines()
        return 500, "text/plain", f"{type(exc).__name__}: {text[0] if text else ''}".encode("utf-8")


def _worker_main(spec: str, conn: Connection) -> None:
    # Import what every job needs before saying so: a job's time limit is then spent on the job.
    import diplograph.graph.store  # noqa: F401
    import diplograph.queries.library  # noqa: F401

    conn.send("ready")
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        conn.send(execute(spec, job))


class WorkerStartError(RuntimeError):
    """A worker process could not be started."""


class TimeLimitExceeded(Exception):
    """A job ran past its time limit; its worker was killed."""


@dataclass
class Worker:
    """One worker process and our end of its pipe."""

    process: mp.process.BaseProcess
    conn: Connection

    @classmethod
    def start(cls, spec: str) -> "Worker":
        ctx = mp.get_context("spawn")  # a clean interpreter: no threads or open stores inherited
        ours, theirs = ctx.Pipe()
        process = ctx.Process(target=_worker_main, args=(spec, theirs), daemon=True, name="diplograph-query")
        process.start()
        theirs.close()
        try:
            ready = ours.poll(STARTUP_TIMEOUT) and ours.recv() == "ready"
        except (EOFError, OSError):
            ready = False
        if not ready:
            process.kill()
            raise WorkerStartError(f"a query worker did not start within {STARTUP_TIMEOUT:g} s")
        return cls(process, ours)

    def run(self, job: tuple, timeout: float) -> Answer:
        """Send a job and wait for its answer; kill the process when the time is up."""
        self.conn.send(job)
        if not self.conn.poll(timeout):
            self.kill()
            raise TimeLimitExceeded(f"the query ran longer than the {timeout:g} s limit and was stopped")
        return self.conn.recv()

    def alive(self) -> bool:
        return self.process.is_alive()

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except (OSError, ValueError):
            pass
        self.process.join(2)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)


class WorkerPool:
    """A fixed number of worker processes; a job waits for a free one, and a worker killed for
    running out of time is replaced when it is next needed (so the refusal is sent at once)."""

    def __init__(self, spec: str, size: int = 2):
        self.spec = spec
        self.size = max(1, size)
        self._idle: list[Worker] = []
        self._cond = threading.Condition()
        self._closed = False

    def start(self) -> None:
        with self._cond:
            self._idle = [Worker.start(self.spec) for _ in range(self.size)]

    def run(self, job: tuple, timeout: float) -> Answer:
        """Run a job on a free worker (blocking; call it from a thread)."""
        with self._cond:
            while not self._idle and not self._closed:
                self._cond.wait()
            if self._closed:
                raise RuntimeError("the server is shutting down")
            worker = self._idle.pop()
        try:
            if not worker.alive():  # killed after its last job ran out of time: start afresh
                worker = Worker.start(self.spec)
            return worker.run(job, timeout)
        except (EOFError, OSError):
            worker.kill()
            return 500, "text/plain", b"the query worker stopped unexpectedly"
        finally:
            with self._cond:
                if self._closed:
                    worker.stop()
                else:
                    self._idle.append(worker)  # a dead one is replaced when next taken
                    self._cond.notify()

    def close(self) -> None:
        with self._cond:
            self._closed = True
            idle, self._idle = self._idle, []
            self._cond.notify_all()
        for worker in idle:
            worker.stop()


__all__ = ["Answer", "DEFAULT_GRAPH_TYPE", "DEFAULT_RESULT_TYPE", "GRAPH_TYPES", "RESULT_TYPES", "TimeLimitExceeded",
           "Worker", "WorkerStartError", "WorkerPool", "choose", "execute"]
