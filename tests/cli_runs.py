"""Running the real ``diplograph`` command as a subprocess, and looking into a store on disk."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox

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


def start(*args: str | Path, cwd: Path | None = None) -> subprocess.Popen:
    """Start ``diplograph ARGS…`` in the background; output captured as text."""
    return subprocess.Popen(
        command(*args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env(), cwd=cwd
    )


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


def no_traceback(done: subprocess.CompletedProcess | tuple[str, str]) -> bool:
    err = done[1] if isinstance(done, tuple) else done.stderr
    return "Traceback (most recent call last)" not in err
