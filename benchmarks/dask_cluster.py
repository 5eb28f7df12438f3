"""A Dask cluster on this machine for ``diplograph ingest --scheduler``: a `dask scheduler` and
single-threaded `dask worker` processes on loopback, started and stopped around a ``with`` block.

Used by the workers benchmark (``workers_bench.dask_path``) and by ``tests/test_ingest_dask.py``.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator, Mapping
from contextlib import ExitStack, contextmanager
from pathlib import Path


def free_port() -> int:
    """A TCP port on loopback that nothing listens on (at the time of asking)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def local_cluster(
    workdir: str | Path,
    workers: int = 2,
    log: str | Path | None = None,
    env: Mapping[str, str] | None = None,
    timeout: float = 180,
) -> Iterator[str]:
    """Start a scheduler and ``workers`` single-threaded workers (no dashboards, no memory limit)
    in ``workdir``; yield the scheduler's address (``tcp://127.0.0.1:PORT``) once every worker has
    joined; stop them all afterwards.  The processes import from this process's ``sys.path``;
    their standard error goes to ``log`` (else nowhere)."""
    from distributed import Client

    dask = str(Path(sys.executable).with_name("dask"))
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    with ExitStack() as stack:
        stderr = stack.enter_context(open(log, "w", encoding="utf-8")) if log else subprocess.DEVNULL
        options = {
            "cwd": str(workdir),
            "env": {**(os.environ if env is None else env), "PYTHONPATH": os.pathsep.join(sys.path)},
            "stdout": subprocess.DEVNULL,
            "stderr": stderr,
        }
        scheduler = [dask, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"]
        worker = [dask, "worker", address, "--host", "127.0.0.1", "--nworkers", "1", "--nthreads", "1"]
        worker += ["--no-dashboard", "--memory-limit", "0"]
        procs = [subprocess.Popen(scheduler, **options)]
        try:
            procs += [subprocess.Popen(worker, **options) for _ in range(workers)]
            with Client(address, timeout=timeout, set_as_default=False) as client:
                client.wait_for_workers(workers, timeout=timeout)
            yield address
        finally:
            for proc in reversed(procs):
                proc.terminate()
            for proc in reversed(procs):
                try:
                    proc.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()


__all__ = ["free_port", "local_cluster"]
