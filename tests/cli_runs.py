"""Running the real ``diplograph`` command as a subprocess, and looking into a store on disk.

A command run pays for starting Python, spaCy and the knowledge base (seconds each time).  Where
a test is about what the store holds, not about the command line, the ``*_here`` functions do the
same steps in the test process, through the functions the commands call: the pipeline is then
loaded once for the whole test run.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

if TYPE_CHECKING:
    from diplograph.graph.check import CheckReport
    from diplograph.ingesting import IngestSummary

TIMEOUT = 900


def env() -> dict[str, str]:
    """The current environment without a store setting, with plain (uncoloured, wide) output."""
    out = {k: v for k, v in os.environ.items() if k != "DIPLOGRAPH_STORE"}
    out.update({"NO_COLOR": "1", "COLUMNS": "200", "TERM": "dumb", "PYTHONUNBUFFERED": "1"})
    return out


def command(*args: str | Path) -> list[str]:
    return [sys.executable, "-m", "diplograph", *map(str, args)]


def run(*args: str | Path, cwd: Path | None = None, timeout: float = TIMEOUT) -> subprocess.CompletedProcess:
    """Run ``diplograph ARGS…`` to the end; output captured as text."""
    return subprocess.run(command(*args), capture_output=True, text=True, env=env(), cwd=cwd, timeout=timeout)


def _interruptible() -> None:
    """In the child before it runs: Ctrl-C (SIGINT) at its default, whatever this process inherited
    or was left with by a library (an ignored SIGINT is inherited, and Python then keeps ignoring it)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start(*args: str | Path, cwd: Path | None = None) -> subprocess.Popen:
    """Start ``diplograph ARGS…`` in the background, as a terminal would (SIGINT interrupts it);
    output captured as text."""
    return subprocess.Popen(
        command(*args),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env(),
        cwd=cwd,
        preexec_fn=_interruptible,
    )


# Runs each command line read from standard input (a JSON list of argument lists) through the
# ``diplograph`` command's own entry point, one after the other in this one process, and prints
# what each wrote, and its exit code, as JSON.  An exception that escapes a command is printed as
# Python prints it when it ends a process (a traceback on standard error, exit code 1).
_MANY = r"""
import contextlib, io, json, sys, traceback
from diplograph.cli import app
results = []
for args in json.load(sys.stdin):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            app(args, prog_name="diplograph")
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 1
            if not isinstance(exc.code, int | None):
                print(exc.code, file=sys.stderr)
        except BaseException:
            traceback.print_exc()
            code = 1
    results.append({"returncode": code, "stdout": out.getvalue(), "stderr": err.getvalue()})
json.dump(results, sys.__stdout__)
"""


def run_many(
    *commands: list[str | Path],
    timeout: float = TIMEOUT,
    prefix: Sequence[str] = (),
    cwd: Path | None = None,
    extra_env: Mapping[str, str] | None = None,
) -> list[subprocess.CompletedProcess]:
    """Run several ``diplograph ARGS…`` command lines, in order, in one process: the same command
    code and outputs as ``run`` gives for each, for one start-up (Python, spaCy, the knowledge
    base) instead of one per command line.  ``prefix`` goes before the Python command (to run it
    as another user, say); ``extra_env`` is added to ``env()``."""
    lines = [[str(a) for a in args] for args in commands]
    done = subprocess.run(
        [*prefix, sys.executable, "-c", _MANY],
        input=json.dumps(lines),
        capture_output=True,
        text=True,
        env={**env(), **(extra_env or {})},
        cwd=cwd,
        timeout=timeout,
    )
    assert done.returncode == 0, done.stderr
    return [
        subprocess.CompletedProcess(command(*args), r["returncode"], r["stdout"], r["stderr"])
        for args, r in zip(lines, json.loads(done.stdout))
    ]


def ingest(store: Path, *paths: str | Path) -> subprocess.CompletedProcess:
    return run("ingest", *paths, "--store", store)


def meetings_json(store: Path, *extra: str) -> list[dict]:
    done = run("meetings", "--format", "json", "--store", store, *extra)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def stats(store: Path) -> dict[str, int]:
    done = run("stats", "--format", "json", "--store", store)
    assert done.returncode == 0, done.stderr
    return {row["what"]: int(row["count"]) for row in json.loads(done.stdout)}


def triples(store: Path) -> set[str]:
    """Every triple of a store directory (closed by every writer) as N-Triples lines."""
    db = ox.Store.read_only(str(store))
    try:
        return {f"{q.subject} {q.predicate} {q.object} ." for q in db}
    finally:
        del db


def canonical_triples(store: Path) -> set[str]:
    """The triples of a store with each event IRI replaced by a name made of its source sentences.

    A real-world event reported by several articles keeps the IRI of the first report stored, so
    that IRI depends on the order of ingest; everything else must not.
    """
    db = ox.Store.read_only(str(store))
    try:
        quads = list(db)
    finally:
        del db
    event_type = "<https://w3id.org/diplograph/ns#eventType>"
    derived = "<http://www.w3.org/ns/prov#wasDerivedFrom>"
    events = {str(q.subject) for q in quads if str(q.predicate) == event_type}
    sources: dict[str, list[str]] = {e: [] for e in events}
    for q in quads:
        if str(q.subject) in events and str(q.predicate) == derived:
            sources[str(q.subject)].append(str(q.object))
    name = {e: "<event:" + "|".join(sorted(v)) + ">" for e, v in sources.items()}
    return {" ".join(name.get(str(t), str(t)) for t in (q.subject, q.predicate, q.object)) + " ." for q in quads}


def comparable(events: list[dict], ids: bool = True) -> list[dict]:
    """Meetings answers without what may differ in order only (list order, source order);
    ``ids=False`` also leaves out event IRIs (see ``canonical_triples``)."""
    out = []
    for ev in events:
        ev = dict(ev)
        if not ids:
            ev["id"] = None
        ev["participants"] = sorted(ev["participants"], key=lambda p: p["id"])
        ev["sources"] = sorted(ev["sources"], key=lambda s: (s["article"], s["start"], s["end"], s["file"]))
        out.append(ev)
    return sorted(out, key=lambda e: (e["id"] or "", json.dumps(e, sort_keys=True)))


# -- the same steps in this process --------------------------------------------------------------


def ingest_here(store: Path, *paths: str | Path, workers: int = 1) -> IngestSummary:
    """Ingest files and folders into a store directory as ``diplograph ingest`` does (the same
    ``ingest_paths``), in this process; the store is closed (its lock released) on return."""
    from heap import warm_pipeline

    from diplograph.graph.store import opened
    from diplograph.ingesting import ingest_paths

    warm_pipeline()
    with opened(str(store)) as db:
        return ingest_paths(db, [str(p) for p in paths], workers=workers)


def meetings_here(store: Path) -> list[dict]:
    """What ``diplograph meetings --format json`` prints, read in this process."""
    from diplograph.graph.store import opened
    from diplograph.queries.events import meetings

    with opened(str(store), read_only=True) as db:
        return json.loads(json.dumps(meetings(db), ensure_ascii=False))


def stats_here(store: Path) -> dict[str, int]:
    """What ``diplograph stats`` counts, read in this process."""
    from diplograph.graph.stats import store_stats
    from diplograph.graph.store import opened

    with opened(str(store), read_only=True) as db:
        return {what: int(count) for what, count in store_stats(db).items()}


def check_here(store: Path) -> CheckReport:
    """The integrity report of ``diplograph check``, made in this process."""
    from diplograph.graph.check import check_store
    from diplograph.graph.store import opened

    with opened(str(store), read_only=True) as db:
        return check_store(db)


def no_traceback(done: subprocess.CompletedProcess | tuple[str, str]) -> bool:
    err = done[1] if isinstance(done, tuple) else done.stderr
    return "Traceback (most recent call last)" not in err
