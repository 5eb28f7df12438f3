"""Real SPARQL servers for tests: the ``oxigraph`` server from PyPI and ``diplograph serve``,
each started as a subprocess on a free loopback port and stopped afterwards."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oxigraph_binary() -> str:
    """The ``oxigraph`` server binary: next to the running Python, else on PATH; skip when absent."""
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file():
        return str(beside)
    found = shutil.which("oxigraph")
    if not found:
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
    return found


def wait_until_answers(url: str, proc: subprocess.Popen, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            out = proc.stdout.read().decode("utf-8", "replace") if proc.stdout else ""
            raise RuntimeError(f"server exited with {proc.returncode}: {out[-2000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                if resp.status < 500:
                    return
        except urllib.error.HTTPError as exc:
            if exc.code < 500:
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"server did not answer at {url} within {timeout}s")


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextmanager
def oxigraph_server(location: Path) -> Iterator[str]:
    """An Oxigraph server on a free loopback port over ``location``; yields its query URL."""
    port = free_port()
    proc = subprocess.Popen(
        [oxigraph_binary(), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_answers(f"{base}/query?query=" + urllib.parse.quote("ASK {}"), proc)
        yield f"{base}/query"
    finally:
        stop(proc)


@contextmanager
def diplograph_server(store: str, *extra: str) -> Iterator[str]:
    """``diplograph serve`` on a free loopback port; yields its base URL."""
    port = free_port()
    cmd = [sys.executable, "-m", "diplograph", "serve", "--store", store, "--port", str(port), *extra]
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_answers(f"{base}/healthz", proc, timeout=60)
        yield base
    finally:
        stop(proc)
