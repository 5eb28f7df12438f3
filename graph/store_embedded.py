"""The embedded store: Oxigraph on disk (pyoxigraph), no server needed.

The directory holds a RocksDB database.  One process writes (it holds a POSIX lock on ``LOCK``).
Opening the database read-only while another process writes it is undefined (pyoxigraph says
so), so the writer publishes snapshots: RocksDB checkpoints (hard links, made in a moment) under
``snapshots/``, one when it opens and then at most every ``PUBLISH_EVERY`` seconds, each renamed
into place whole and named for the writer's process and the time.  A reader opens the store itself
when nobody writes and the newest snapshot of the writer that runs now (never one an earlier writer
left behind), so it never waits for (or blocks) an ingest and never sees half of one.  Writes
go straight to pyoxigraph (one membership test and one ``extend`` per article, which is one
transaction); queries and pattern reads go through rdflib (``graph/oxstore.py``) so that rows
come back as rdflib terms with RDF 1.1 simple literals.

The writer also holds a lock of its own on ``WRITER`` (``flock``, with its process id in the file)
from opening to closing.  It lets the writer close the database and open it again (``reopen``)
without another writer, or a reader of the database itself, getting in between: an open database
gathers native memory as it is written (``benchmarks/RESULTS.md``, section 2), and reopening it
every thousand articles keeps a long ingest's resident size flat.
"""

from __future__ import annotations

import gc
import os
import shutil
import time
from collections.abc import Iterable
from pathlib import Path
from typing import ClassVar

import pyoxigraph as ox
from rdflib import Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from diplograph.graph import model
from diplograph.graph.oxstore import SimpleLiteralStore, quad
from diplograph.graph.store_base import GraphStore, StoreBusy, StoreError

WRITER = "WRITER"  # the writer's own lock file in the store directory (module doc)
WRITER_TRIES = 20  # attempts to take it, a few milliseconds apart (a reader's probe holds it a moment)


def writer_pid(path: str | Path) -> int | None:
    """The process id of the process that holds the store open for writing, if any.

    A diplograph writer holds ``WRITER`` (its process id inside), tested with a shared ``flock``
    that is let go at once; any writer of the database holds a POSIX lock on RocksDB's ``LOCK``,
    tested (never taken) with ``F_GETLK``.  ``None`` when nobody writes or it cannot be told.
    """
    import fcntl
    import struct

    pid = _diplograph_writer(path)
    if pid is not None:
        return pid
    lock = Path(path) / "LOCK"
    try:
        fd = os.open(lock, os.O_RDONLY)
    except OSError:
        return None
    try:
        layout = "hhqqi4x"  # struct flock on Linux: type, whence, start, len, pid
        answer = fcntl.fcntl(fd, fcntl.F_GETLK, struct.pack(layout, fcntl.F_WRLCK, os.SEEK_SET, 0, 0, 0))
        kind, _, _, _, pid = struct.unpack(layout, answer)
        return pid if kind != fcntl.F_UNLCK and pid > 0 else None
    except (OSError, struct.error):
        return None
    finally:
        os.close(fd)


def _diplograph_writer(path: str | Path) -> int | None:
    """The process id written in ``WRITER`` while a diplograph writer holds it, else None."""
    import fcntl

    try:
        fd = os.open(Path(path) / WRITER, os.O_RDONLY)
    except OSError:
        return None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
            return int(text) if text.isdigit() else None
        fcntl.flock(fd, fcntl.LOCK_UN)
        return None
    except OSError:
        return None
    finally:
        os.close(fd)


def hold_writer_lock(path: str | Path) -> int:
    """Take ``WRITER`` in the store directory ``path`` for this process (its id written in it) and
    return the file descriptor that holds it; ``StoreBusy`` when another writer has it."""
    import fcntl

    fd = os.open(Path(path) / WRITER, os.O_RDWR | os.O_CREAT, 0o644)
    for attempt in range(WRITER_TRIES):
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            break
        except BlockingIOError:
            if attempt == WRITER_TRIES - 1:
                os.close(fd)
                raise busy(str(path)) from None
            time.sleep(0.005)
    os.ftruncate(fd, 0)
    os.pwrite(fd, str(os.getpid()).encode("ascii"), 0)
    return fd


SNAPSHOTS = "snapshots"  # the folder in the store directory that holds the published snapshots
PUBLISH_EVERY = 2.0  # seconds between two snapshots published while a writer writes
SNAPSHOT_GRACE = 120.0  # seconds a superseded snapshot is kept for the readers still on it


def snapshot_name(pid: int) -> str:
    """The name of a snapshot the writer with process id ``pid`` publishes now."""
    return f"{pid}-{time.time_ns()}"


def newest_snapshot(path: str | Path, pid: int) -> Path | None:
    """The newest snapshot the writer with process id ``pid`` published of the store in ``path``."""
    folder = Path(path) / SNAPSHOTS
    prefix = f"{pid}-"
    try:
        stamps = [name[len(prefix) :] for name in os.listdir(folder) if name.startswith(prefix)]
    except OSError:
        return None
    stamps = [stamp for stamp in stamps if stamp.isdigit()]
    return folder / f"{prefix}{max(stamps, key=int)}" if stamps else None


def readable_path(path: str | Path) -> str | None:
    """Where a reader of the store in ``path`` reads: the store itself while nobody writes to it,
    else the newest snapshot its writer published (``None``: none yet; the snapshots an earlier
    writer left are never read, they are older than what that writer closed with)."""
    pid = writer_pid(path)
    if pid is None:
        return str(path)
    snapshot = newest_snapshot(path, pid)
    return str(snapshot) if snapshot is not None else None


def _writer_lock(path: str) -> int:
    """``hold_writer_lock`` on the store directory ``path``, made if need be; one-line errors."""
    p = Path(path)
    try:
        if p.exists() and not p.is_dir():
            raise StoreError(f"{path} is not a store directory")
        p.mkdir(parents=True, exist_ok=True)
        return hold_writer_lock(p)
    except OSError as exc:
        raise StoreError(f"cannot open store {path}: {exc.strerror or exc}") from None


def busy(path: str) -> StoreBusy:
    """The error for a store another process is writing to."""
    return StoreBusy(
        f"store {path} is busy: another diplograph process is writing to it; try again when it has finished"
    )


def open_oxigraph(path: str, read_only: bool) -> ox.Store:
    """The pyoxigraph store in directory ``path`` (created for a writer), or a one-line ``StoreError``."""
    p = Path(path)
    try:
        exists, is_dir = p.exists(), p.is_dir()
    except OSError as exc:  # a folder on the way that this user may not enter
        raise StoreError(f"cannot open store {path}: {exc.strerror or exc}") from None
    if read_only and not exists:
        raise StoreError(f"no store at {path}: ingest some articles first (diplograph ingest PATH)")
    if exists and not is_dir:
        raise StoreError(f"{path} is not a store directory")
    try:
        if not read_only:
            p.mkdir(parents=True, exist_ok=True)
            return ox.Store(str(p))
        return _open_reader(path)
    except (OSError, RuntimeError) as exc:  # RuntimeError: a store caught while its writer creates it
        text = str(exc).lower()
        if "lock" in text or "resource temporarily unavailable" in text:
            raise busy(path) from None
        if read_only and writer_pid(path) is not None:  # caught while the writer creates or reshapes it
            raise busy(path) from None
        raise StoreError(f"cannot open store {path}: {exc}") from None


def _open_reader(path: str) -> ox.Store:
    """The store in ``path`` read-only, or its newest snapshot while a writer runs (module doc)."""
    for _ in range(3):
        readable = readable_path(path)
        if readable is None:  # a writer that has not published its first snapshot yet
            raise busy(path)
        store = ox.Store.read_only(readable)
        if readable != path or writer_pid(path) is None:
            return store
        del store  # a writer started while it opened: read its snapshot instead
        gc.collect()
    raise busy(path)


def publish_snapshot(store: ox.Store, path: str | Path) -> Path:
    """A checkpoint of ``store`` (open for writing in ``path``) renamed into ``snapshots/`` whole;
    the superseded ones older than ``SNAPSHOT_GRACE`` are removed."""
    folder = Path(path) / SNAPSHOTS
    folder.mkdir(exist_ok=True)
    name = snapshot_name(os.getpid())
    staging = folder / f"staging-{name}"
    store.backup(str(staging))
    target = folder / name
    os.rename(staging, target)
    remove_old_snapshots(path, keep=target.name)
    return target


def remove_old_snapshots(path: str | Path, keep: str | None = None) -> None:
    """Remove the published snapshots (and unfinished ones) older than ``SNAPSHOT_GRACE``, but
    ``keep``; called by the writer only."""
    folder = Path(path) / SNAPSHOTS
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    now = time.time()
    for entry in entries:
        if entry.name == keep:
            continue
        try:
            old = now - entry.stat().st_mtime > SNAPSHOT_GRACE
        except OSError:
            continue
        if old:
            shutil.rmtree(entry.path, ignore_errors=True)


class EmbeddedStore(GraphStore):
    """An Oxigraph store in a directory, opened in this process."""

    kind: ClassVar[str] = "oxigraph"

    def __init__(self, spec: str, read_only: bool = False, native: ox.Store | None = None) -> None:
        """Open the store in directory ``spec``; or, with ``native``, use that pyoxigraph store
        already opened from it (a server keeps one open and hands it to each request)."""
        # a writer takes its own lock first and keeps it until it closes, across reopenings
        self.writer_lock: int | None = _writer_lock(spec) if not read_only and native is None else None
        try:
            self.oxigraph: ox.Store | None = native if native is not None else open_oxigraph(spec, read_only)
        except BaseException:
            self._let_go_of_writer_lock()
            raise
        self.read_only = read_only
        self.owned = native is None  # opened here, so released here
        self.published = 0.0  # when the writer last published a snapshot (monotonic seconds)
        super().__init__(self._graph_over(self.oxigraph), spec)
        if not read_only and native is None:
            self.publish()

    @staticmethod
    def _graph_over(native: ox.Store) -> Graph:
        """An rdflib graph over the store's default graph (not a named graph with a blank-node
        name), which holds everything."""
        return Graph(store=SimpleLiteralStore(store=native), identifier=DATASET_DEFAULT_GRAPH_ID)

    def reopen(self) -> None:
        """Close the database and open it again, holding ``WRITER`` throughout so that no other
        writer and no reader of the database itself gets in between (a writer that opened it only):
        the native memory an open database gathers as it is written is let go (module doc)."""
        if self.read_only or not self.owned or self.oxigraph is None:
            return
        try:
            self.graph.close()
        except Exception:
            pass
        self.graph = Graph()
        self.oxigraph = None
        gc.unfreeze()  # what a long run kept out of collections (``gc.freeze``) may hold the database
        gc.collect()
        self.oxigraph = open_oxigraph(self.spec, read_only=False)
        super().__init__(self._graph_over(self.oxigraph), self.spec)

    def _let_go_of_writer_lock(self) -> None:
        if self.writer_lock is not None:
            os.close(self.writer_lock)  # the flock goes with the last descriptor of the file
            self.writer_lock = None

    def _native(self) -> ox.Store:
        if self.oxigraph is None:
            raise StoreError(f"store {self.spec} is closed")
        return self.oxigraph

    def add_atomic(self, triples: Iterable[model.Triple]) -> int:
        """Straight to Oxigraph: one membership test per triple and one ``extend`` (a transaction)."""
        store = self._native()
        quads = [quad(s, p, o) for s, p, o in dict.fromkeys(triples)]
        fresh = [q for q in quads if q not in store]
        if fresh:
            store.extend(fresh)  # transactional: all of the article or nothing
            if time.monotonic() - self.published >= PUBLISH_EVERY:
                self.publish()
        return len(fresh)

    def publish(self) -> None:
        """A snapshot for readers while this writer runs; a failure leaves readers on the last."""
        try:
            publish_snapshot(self._native(), self.spec)
        except (OSError, RuntimeError):
            pass
        self.published = time.monotonic()

    def graph_names(self) -> set[str]:
        return {g.value for g in self._native().named_graphs() if isinstance(g, ox.NamedNode)}

    def storage_error(self, exc: BaseException) -> StoreError | None:
        """As the base class says; a store busy with a writer says so, and a ``RuntimeError`` while
        a writer reshapes the store under a reader is the store's failure too."""
        own = type(exc) is OSError and exc.errno is None
        reshaped = isinstance(exc, RuntimeError) and writer_pid(self.spec) is not None
        if not (own or reshaped):
            return None
        if writer_pid(self.spec) is not None:
            return busy(self.spec)
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return StoreError(f"store {self.spec} failed: {first}")

    def close(self) -> None:
        """Release the store: its lock is freed when the last reference goes, so the references are
        dropped here and collected at once (a reader or writer may follow)."""
        writer = not self.read_only and self.oxigraph is not None
        super().close()
        self.graph = Graph()
        self.oxigraph = None
        if self.owned:
            gc.unfreeze()  # what a long run kept out of collections (``gc.freeze``) may hold the store
            gc.collect()
        if writer:  # readers read the store itself from now on
            remove_old_snapshots(self.spec)
        self._let_go_of_writer_lock()


__all__ = [
    "WRITER",
    "EmbeddedStore",
    "busy",
    "newest_snapshot",
    "open_oxigraph",
    "publish_snapshot",
    "hold_writer_lock",
    "readable_path",
    "snapshot_name",
    "writer_pid",
]
