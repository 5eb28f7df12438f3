"""`diplograph ingest --scheduler ADDRESS`: parsing on a real Dask cluster (a `dask scheduler` and
two `dask worker` processes on loopback), one writer here; the same graph as one process."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_runs import env, ingest_here, run, triples

from benchmarks.dask_cluster import free_port, local_cluster

pytest.importorskip("distributed", reason="the cluster extra (pip install 'diplograph[cluster]') is not installed")

REPO = Path(__file__).resolve().parent.parent
DEV_ARTICLES = REPO / "tests" / "data" / "corpus" / "dev" / "articles"


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory) -> Iterator[str]:
    """A Dask scheduler and two single-threaded workers on loopback (``local_cluster``, as the
    workers benchmark starts them); all three stopped afterwards, their log in the folder."""
    workdir = tmp_path_factory.mktemp("dask")
    with local_cluster(workdir, workers=2, log=workdir / "dask.log", env=env()) as address:
        yield address


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
    assert through.returncode == 1, through.stderr  # the empty file is refused, in one line naming it
    assert [line for line in through.stderr.splitlines() if "empty.txt" in line], through.stderr
    assert "ingested 20 articles" in through.stdout, through.stdout
    alone = ingest_here(one, folder, workers=1)  # one process: this one, as `--workers 1` runs it
    assert alone.articles == 20 and [Path(e.path).name for e in alone.errors] == ["empty.txt"], alone.line()
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
