"""Running queries in worker processes with a time limit, for the HTTP server.

A query runs in a separate process so that one heavy query can be stopped: when it passes its
time limit the process is killed and a fresh one takes its place.

Each worker keeps the embedded store open read-only (one pyoxigraph ``Store``, a snapshot) for
as long as it lives, and looks before each job whether the store's files changed (names, sizes
and times of the files in its directory: a few system calls); when they did, it opens a fresh
snapshot, so answers include articles ingested since the server started.  SPARQL text is run by
Oxigraph itself and its answer serialised by Oxigraph's own writers; the guard's verdict on a
query text (``queries/guard.py``) is remembered until the store changes.  A remote store (a
SPARQL endpoint URL) is opened per job, as any other command opens it.

Answers apply the corrections in force (``graph/corrections.py``) unless the server was started
with ``raw``: a worker keeps the corrected view of its snapshot (made again when the store
changes, a correction included), so SPARQL text runs natively on the view's in-memory copy, made
once per store version, and the graph page reads the events as every command does.

Jobs and their answers are small tuples sent over a pipe:

* ``("sparql", text, media_types)`` -> the result serialised for the first acceptable type;
* ``("named", name, params)``       -> a named query's rows as a JSON list of objects;
* ``("graph",)``                    -> the interactive graph page (``graph/render.py``) as HTML.

An answer is ``(status, media_type, body_bytes)``; errors come back as a 4xx/5xx status with a
one-line text body.
"""

from __future__ import annotations

import asyncio
import multiprocessing as mp
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any

import pyoxigraph as ox

from diplograph.graph import corrections
from diplograph.graph.store import GraphStore, StoreError, is_remote, opened
from diplograph.graph.store_base import PREFIX_IRIS
from diplograph.graph.store_embedded import EmbeddedStore, busy, open_oxigraph, readable_path

Answer = tuple[int, str, bytes]
StoreSource = Any  # () -> a context manager giving a GraphStore
STARTUP_TIMEOUT = 120.0  # seconds a new worker may take to import what it needs
PREPARE_EVERY = 1.0  # seconds between an idle worker's looks at whether the store changed

# Media types a SELECT/ASK result can be sent as, and those a graph (CONSTRUCT/DESCRIBE) can.
RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/n-triples": "nt",
    "text/plain": "nt",
    "application/rdf+xml": "xml",
    "application/xml": "xml",
    "application/ld+json": "json-ld",
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


RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "xml": ox.RdfFormat.RDF_XML,
    "json-ld": ox.RdfFormat.JSON_LD,
}
VERDICTS_KEPT = 4096  # query texts whose guard verdict a worker remembers (forgotten when the store changes)


def _text(status: int, message: str) -> Answer:
    return status, "text/plain", message.encode("utf-8")


def signature(path: str) -> tuple[tuple[str, int, int], ...]:
    """Each file in the store directory ``path``: its name, size and modification time."""
    found = []
    with os.scandir(path) as entries:
        for entry in entries:
            try:
                st = entry.stat()
            except OSError:  # removed while we looked (the writer compacting): a change all the same
                continue
            found.append((entry.name, st.st_size, st.st_mtime_ns))
    return tuple(sorted(found))


class StoreWatch:
    """Tells cheaply whether a writer changed the embedded store in ``path``.

    A write appends to the store's write-ahead log (the newest ``*.log`` file); flushing and
    compacting create and remove files, which changes the directory's modification time.  So
    ``version()`` costs two ``stat`` calls while nothing changes, and reads the directory again
    when its time changed."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.folder_time: int | None = None
        self.files: tuple[tuple[str, int, int], ...] = ()
        self.log: str | None = None

    def version(self) -> tuple[object, ...]:
        """Equal values mean an unchanged store; ``OSError`` when the directory cannot be read."""
        folder_time = os.stat(self.path).st_mtime_ns
        if folder_time != self.folder_time:
            self.files = signature(self.path)
            logs = sorted(name for name, _, _ in self.files if name.endswith(".log") and name[:-4].isdigit())
            self.log = os.path.join(self.path, logs[-1]) if logs else None
            self.folder_time = folder_time
        log_state: tuple[int, int] | None = None
        if self.log is not None:
            try:
                st = os.stat(self.log)
                log_state = (st.st_size, st.st_mtime_ns)
            except OSError:
                self.folder_time = None  # gone: read the directory again next time
        return (self.files, log_state)


class ReaderWatch:
    """Tells cheaply whether what a reader of the embedded store in ``path`` reads has changed:
    the store itself while nobody writes (its files, ``StoreWatch``), else which snapshot its
    writer published last (``graph/store_embedded.py``).  The path read is part of the version,
    so the end of an ingest (the store read again instead of the last snapshot) is a change even
    when the store's files look as they did."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.watch: StoreWatch | None = None

    def version(self) -> tuple[object, ...]:
        """Equal values mean the same data; ``StoreBusy`` when a writer has not published yet,
        ``OSError`` when the files cannot be read."""
        readable = readable_path(self.path)
        if readable is None:
            raise busy(self.path)
        if self.watch is None or self.watch.path != readable:
            self.watch = StoreWatch(readable)
        return (readable, *self.watch.version())


@dataclass
class Snapshot:
    """The embedded store in ``path`` (or, while a writer runs, its newest published snapshot),
    open read-only and reopened when its files change or a newer snapshot is published."""

    path: str
    raw: bool = False  # the graph as extracted, without the corrections
    store: ox.Store | None = None
    seen: tuple[object, ...] | None = None
    view: GraphStore | None = None  # the snapshot as read (corrected unless raw), kept with it
    verdicts: dict[str, str | None] = field(default_factory=dict)  # query text -> refusal, or None: allowed
    reopened: int = 0
    watch: ReaderWatch | None = None

    def current(self) -> ox.Store:
        """The store as it is now: the open snapshot, or a fresh one when a writer changed the files."""
        if self.watch is None:
            self.watch = ReaderWatch(self.path)
        try:
            now: tuple[object, ...] | None = self.watch.version()
        except OSError:
            now = None  # gone or unreadable: opening says why
        if self.store is None or now is None or now != self.seen:
            self.store = self.view = None  # the old snapshot's files are let go first
            self.store = open_oxigraph(self.path, read_only=True)
            self.seen = now
            self.verdicts.clear()
            self.reopened += 1
        return self.store

    @contextmanager
    def graph_store(self) -> Iterator[GraphStore]:
        """The snapshot as a ``GraphStore``, corrected unless ``raw`` (named queries and the graph
        page read through it); kept until the store changes."""
        store = self.current()
        if self.view is None:
            base = EmbeddedStore(self.path, read_only=True, native=store)
            self.view = base if self.raw else corrections.view(base)
        yield self.view

    def answering(self) -> ox.Store:
        """The pyoxigraph store SPARQL text runs on: the snapshot, or the corrected view's copy."""
        with self.graph_store() as store:
            if isinstance(store, corrections.CorrectedStore):
                native = getattr(store.native(), "oxigraph", None)
                assert isinstance(native, ox.Store)
                return native
        return self.current()

    def refusal(self, text: str) -> str | None:
        """Why the guard refuses ``text`` (``None``: it only reads this store); remembered per text."""
        from diplograph.queries.errors import QueryRefused
        from diplograph.queries.guard import check_query

        if text in self.verdicts:
            return self.verdicts[text]
        store = self.current()
        try:
            check_query(
                text, lambda: {g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode)}, PREFIX_IRIS
            )
            verdict = None
        except QueryRefused as exc:
            verdict = str(exc)
        if len(self.verdicts) >= VERDICTS_KEPT:
            self.verdicts.clear()
        self.verdicts[text] = verdict
        return verdict


def _not_acceptable(what: str, offered: dict[str, str]) -> Answer:
    return _text(406, f"{what} can be sent as: {', '.join(offered)}")


def _native_sparql(snapshot: Snapshot, text: str, media_types: list[str]) -> Answer:
    """SPARQL text on the embedded store, run and serialised by Oxigraph."""
    from diplograph.queries.syntax import explain

    refusal = snapshot.refusal(text)
    if refusal is not None:
        return _text(400, refusal)
    try:
        result: Any = snapshot.answering().query(text, prefixes=PREFIX_IRIS)
    except StoreError:
        raise
    except Exception as exc:  # a malformed query: one line for the user
        return _text(400, explain(text, exc))
    if isinstance(result, ox.QueryTriples):
        media = choose(media_types, GRAPH_TYPES, DEFAULT_GRAPH_TYPE)
        if media is None:
            return _not_acceptable("a graph", GRAPH_TYPES)
        body = ox.serialize(result, format=GRAPH_FORMATS[GRAPH_TYPES[media]], prefixes=PREFIX_IRIS)
        return 200, media, body or b""
    media = choose(media_types, RESULT_TYPES, DEFAULT_RESULT_TYPE)
    if media is None:
        return _not_acceptable("results", RESULT_TYPES)
    fmt = RESULT_TYPES[media]
    if isinstance(result, ox.QueryBoolean):
        if fmt == "tsv":
            return _text(406, "an ASK answer has no TSV form; ask for JSON or XML")
        if fmt == "csv":
            return 200, media, (b"true\n" if bool(result) else b"false\n")
    return 200, media, result.serialize(format=RESULT_FORMATS[fmt]) or b""


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


def _sparql(stores: StoreSource, text: str, media_types: list[str]) -> Answer:
    """SPARQL text on a store opened for this job (a remote store), through rdflib."""
    from diplograph.queries.library import QueryError, run_sparql

    with stores() as store:
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
        return 200, media, output.result.serialize(format=fmt, encoding="utf-8") or b""


def _named(stores: StoreSource, name: str, params: dict[str, list[str]]) -> Answer:
    from diplograph.queries.library import QueryError, run_named, to_json_rows

    with stores() as store:
        try:
            output = run_named(store, name, params, http=True)
        except QueryError as exc:
            return 400, "text/plain", str(exc).encode("utf-8")
        return 200, "application/json", to_json_rows(output).encode("utf-8")


def _graph(stores: StoreSource, raw: bool) -> Answer:
    from diplograph.graph.render import render_html
    from diplograph.queries.events import all_events

    with stores() as store:
        events = all_events(store, raw=raw)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "graph.html")
        render_html(events, path)
        with open(path, "rb") as fh:
            return 200, "text/html; charset=utf-8", fh.read()


class Jobs:
    """What one worker runs jobs against: a long-lived snapshot of an embedded store, or (for a
    remote store) the store opened per job."""

    def __init__(self, spec: str, raw: bool = False) -> None:
        self.spec = spec
        self.raw = raw
        self.snapshot = None if is_remote(spec) or spec == "memory:" else Snapshot(spec, raw=raw)

    @contextmanager
    def stores(self) -> Iterator[GraphStore]:
        """The store for one job, corrected unless ``raw``."""
        if self.snapshot is not None:
            with self.snapshot.graph_store() as store:
                yield store
            return
        with opened(self.spec, read_only=True) as store:
            yield store if self.raw else corrections.view(store)

    def prepare(self) -> None:
        """Open the snapshot and make its corrected view (with the copy SPARQL runs on) if the store
        changed, so that the next job does not spend its time limit on it; never raises."""
        if self.snapshot is None:
            return
        try:
            self.snapshot.answering()
        except Exception:  # the job that follows says what is wrong
            self.snapshot.store = self.snapshot.view = None

    def execute(self, job: tuple) -> Answer:
        """Run one job (see the module docstring) and return its answer; never raises."""
        try:
            if job[0] == "sparql":
                if self.snapshot is not None:
                    return _native_sparql(self.snapshot, job[1], job[2])
                return _sparql(self.stores, job[1], job[2])
            if job[0] == "named":
                return _named(self.stores, job[1], job[2])
            if job[0] == "graph":
                return _graph(self.stores, self.raw)
            return _text(500, f"unknown job {job[0]!r}")
        except StoreError as exc:
            if self.snapshot is not None:
                self.snapshot.store = self.snapshot.view = None  # opened afresh next time
            return _text(503, str(exc))
        except Exception as exc:  # an answer, not a dead worker
            text = str(exc).strip().splitlines()
            return _text(500, f"{type(exc).__name__}: {text[0] if text else ''}")


def execute(spec: str, job: tuple, raw: bool = False) -> Answer:
    """Run one job on the store named by ``spec``, opened for it alone; never raises."""
    return Jobs(spec, raw).execute(job)


def _worker_main(spec: str, raw: bool, conn: Connection) -> None:
    # Import what every job needs before saying so: a job's time limit is then spent on the job.
    from rdflib.plugins.sparql.parser import parseQuery

    import diplograph.queries.guard  # noqa: F401
    import diplograph.queries.library  # noqa: F401

    parseQuery("SELECT * WHERE { ?s ?p ?o }")  # the guard's parser builds its grammar on first use
    jobs = Jobs(spec, raw)
    jobs.prepare()
    conn.send("ready")
    while True:
        try:
            while not conn.poll(PREPARE_EVERY):
                jobs.prepare()  # idle: the corrected view of a changed store is made before it is asked for
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        conn.send(jobs.execute(job))


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
    def start(cls, spec: str, raw: bool = False) -> Worker:
        ctx = mp.get_context("spawn")  # a clean interpreter: no threads or open stores inherited
        ours, theirs = ctx.Pipe()
        process = ctx.Process(target=_worker_main, args=(spec, raw, theirs), daemon=True, name="diplograph-query")
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

    async def run_async(self, job: tuple, timeout: float) -> Answer:
        """``run`` for an event loop: the answer is awaited on the pipe (no thread per request)."""
        loop = asyncio.get_running_loop()
        ready = loop.create_future()
        fd = self.conn.fileno()

        def readable() -> None:
            if not ready.done():
                ready.set_result(None)

        os.set_blocking(fd, True)  # uvloop's add_reader leaves the descriptor non-blocking
        self.conn.send(job)
        loop.add_reader(fd, readable)
        try:
            await asyncio.wait_for(ready, timeout)
        except TimeoutError:
            loop.remove_reader(fd)
            self.kill()
            raise TimeLimitExceeded(f"the query ran longer than the {timeout:g} s limit and was stopped") from None
        loop.remove_reader(fd)
        os.set_blocking(fd, True)  # a long answer is then read whole, however it arrives
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
    running out of time is replaced when it is next needed (so the refusal is sent at once).
    ``start``, ``run`` and ``close`` are called from the server's event loop."""

    def __init__(self, spec: str, size: int = 2, raw: bool = False):
        self.spec = spec
        self.size = max(1, size)
        self.raw = raw
        self._idle: asyncio.Queue[Worker] | None = None
        self._all: list[Worker] = []
        self._closed = False

    async def start(self) -> None:
        """Start the workers (each imports what it needs and opens the store once)."""
        workers = await asyncio.gather(
            *(asyncio.to_thread(Worker.start, self.spec, self.raw) for _ in range(self.size))
        )
        self._idle = asyncio.Queue()
        for worker in workers:
            self._idle.put_nowait(worker)
        self._all = list(workers)

    async def run(self, job: tuple, timeout: float) -> Answer:
        """Run a job on a free worker."""
        if self._idle is None or self._closed:
            raise RuntimeError("the server is shutting down")
        worker = await self._idle.get()
        try:
            if not worker.alive():  # killed after its last job ran out of time: start afresh
                worker = await asyncio.to_thread(Worker.start, self.spec, self.raw)
                self._all.append(worker)
            return await worker.run_async(job, timeout)
        except (EOFError, OSError):
            worker.kill()
            return 500, "text/plain", b"the query worker stopped unexpectedly"
        finally:
            if self._closed:
                worker.stop()
            else:
                self._idle.put_nowait(worker)  # a dead one is replaced when next taken

    async def close(self) -> None:
        """Stop every worker."""
        self._closed = True
        workers, self._all = self._all, []
        await asyncio.gather(*(asyncio.to_thread(w.stop) for w in workers))


__all__ = [
    "Answer",
    "DEFAULT_GRAPH_TYPE",
    "DEFAULT_RESULT_TYPE",
    "GRAPH_TYPES",
    "Jobs",
    "RESULT_TYPES",
    "Snapshot",
    "ReaderWatch",
    "StoreWatch",
    "TimeLimitExceeded",
    "Worker",
    "WorkerPool",
    "WorkerStartError",
    "choose",
    "execute",
    "signature",
]
