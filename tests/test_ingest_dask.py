"""`diplograph ingest --scheduler ADDRESS`: parsing on a real Dask cluster (a `dask scheduler` and
two `dask worker` processes on loopback), one writer here; the same graph as one process."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_runs import env, run, triples

pytest.importorskip("distributed", reason="the cluster extra (pip install 'diplograph[cluster]') is not installed")

REPO = Path(__file__).resolve().parent.parent
DEV_ARTICLES = REPO / "tests" / "data" / "corpus" / "dev" / "articles"
DASK = Path(sys.executable).with_name("dask")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_workers(address: str, count: int, timeout: float = 180) -> None:
    from distributed import Client

    with Client(address, timeout=timeout, set_as_default=False) as client:
        client.wait_for_workers(count, timeout=timeout)


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory) -> Iterator[str]:
    """A Dask scheduler and two single-threaded workers on loopback; all three stopped afterwards."""
    workdir = tmp_path_factory.mktemp("dask")
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    common = {
        "cwd": workdir,
        "env": {**env(), "PYTHONPATH": os.pathsep.join(sys.path)},
        "stdout": subprocess.DEVNULL,
        "stderr": open(workdir / "dask.log", "w"),
    }  # noqa: SIM115
    procs = [
        subprocess.Popen(
            [str(DASK), "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"], **common
        )
    ]
    try:
        for _ in range(2):
            procs.append(
                subprocess.Popen(
                    [
                        str(DASK),
                        "worker",
                        address,
                        "--host",
                        "127.0.0.1",
                        "--nworkers",
                        "1",
                        "--nthreads",
                        "1",
                        "--no-dashboard",
                        "--memory-limit",
                        "0",
                    ],
                    **common,
                )
            )
        wait_for_workers(address, 2)
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
        common["stderr"].close()


@pytest.mark.slow
def test_a_dask_cluster_gives_the_same_graph_as_one_process(scheduler, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for f in sorted(DEV_ARTICLES.iterdir())[:20]:
        shutil.copy(f, folder / f.name)
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    one, cluster = tmp_path / "one", tmp_path / "cluster"
    started = time.monotonic()
    through = run("ingest", folder, "--scheduler", scheduler, "--store", cluster)
    assert time.monotonic() - started < 900
    alone = run("ingest", folder, "--workers", "1", "--store", one)
    for done in (alone, through):
        assert done.returncode == 1, done.stderr  # the empty file is refused, in one line naming it
        assert [line for line in done.stderr.splitlines() if "empty.txt" in line], done.stderr
        assert "ingested 20 articles" in done.stdout, done.stdout
    found_one = {t for t in triples(one) if "_:" not in t}
    found_cluster = {t for t in triples(cluster) if "_:" not in t}
    assert len(found_one) > 500
    assert found_one == found_cluster, (sorted(found_one - found_cluster)[:5], sorted(found_cluster - found_one)[:5])


def test_a_scheduler_nobody_listens_on_is_one_line_and_nothing_stored(tmp_path):
    (tmp_path / "a.txt").write_text("Lula met Olaf Scholz in Brasília on Monday.\n", encoding="utf-8")
    done = run(
        "ingest",
        tmp_path / "a.txt",
        "--scheduler",
        f"tcp://127.0.0.1:{free_port()}",
        "--store",
        tmp_path / "store",
        timeout=120,
    )
    assert done.returncode != 0
    assert "Traceback" not in done.stderr and done.stderr.strip()
