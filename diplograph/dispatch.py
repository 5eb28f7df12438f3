"""Sending extraction jobs to worker processes on this machine or to a Dask cluster, and getting
the parsed stories back in input order for the one writer (``diplograph.ingesting``).

A job is a few files (``JOB_FILES``); at most a few jobs per worker are in flight at a time,
so memory holds a bounded window of parsed stories, however large the input.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from diplograph.ingest import parse_jobs
from diplograph.ingest.parse_jobs import Parsed, Unit
from diplograph.ingest.records import ReadError

JOB_FILES = 16  # files per job: one nlp.pipe call in the worker, one message back
IN_FLIGHT = 2  # jobs in flight per worker: enough to keep it busy while the writer works

Item = Parsed | ReadError
CONNECT_TIMEOUT = 20  # seconds to reach a Dask scheduler


class ClusterUnavailable(RuntimeError):
    """The Dask cluster cannot be used (not installed, or its scheduler does not answer); one line for the user."""


def default_workers() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def jobs(units: Iterable[Unit | ReadError], size: int = JOB_FILES) -> Iterator[list[Unit] | ReadError]:
    """The input (``parse_jobs.list_inputs``) as jobs of ``size`` units, with folder errors in their place."""
    job: list[Unit] = []
    for unit in units:
        if isinstance(unit, ReadError):
            if job:
                yield job
                job = []
            yield unit
            continue
        job.append(unit)
        if len(job) >= size:
            yield job
            job = []
    if job:
        yield job


def _ordered(
    work: Iterator[list[Unit] | ReadError], submit: Callable[[list[Unit]], Future], window: int
) -> Iterator[Item]:
    """Submit jobs with at most ``window`` in flight; yield their items in input order."""
    pending: list[Future | ReadError] = []
    work = iter(work)
    exhausted = False
    while True:
        while not exhausted and sum(isinstance(p, Future) for p in pending) < window:
            nxt = next(work, None)
            if nxt is None:
                exhausted = True
                break
            pending.append(nxt if isinstance(nxt, ReadError) else submit(nxt))
        if not pending:
            return
        first = pending.pop(0)
        if isinstance(first, ReadError):
            yield first
        else:
            yield from first.result()


def _start_worker(parent: int) -> None:
    """Initialiser of a local worker: it dies with the ingest that started it (a killed ingest
    must not leave workers parsing on, holding its terminal or pipes), then loads the pipeline."""
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        try:  # prctl(PR_SET_PDEATHSIG, SIGKILL)
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)
        except OSError:
            pass
    if os.getppid() != parent:  # the ingest ended before this line: nothing to do
        os._exit(0)
    parse_jobs.warm_up()


def in_this_process(units: Iterable[Unit | ReadError]) -> Iterator[Item]:
    """Parse the input here, job by job (an input too small for a pool to pay off)."""
    for job in jobs(units):
        if isinstance(job, ReadError):
            yield job
        else:
            yield from parse_jobs.parse_units(job)


def in_processes(units: Iterable[Unit | ReadError], workers: int) -> Iterator[Item]:
    """Parse the input in ``workers`` local processes (each loads the pipeline once); items come
    back in input order."""
    context = multiprocessing.get_context("spawn")  # never fork a process that holds an open store
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_start_worker, initargs=(os.getpid(),)
    ) as pool:
        try:
            yield from _ordered(jobs(units), lambda job: pool.submit(parse_jobs.parse_units, job), workers * IN_FLIGHT)
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def on_cluster(units: Iterable[Unit | ReadError], scheduler: str) -> Iterator[Item]:
    """Parse the input on the Dask cluster whose scheduler is at ``scheduler`` ("tcp://host:8786").

    Each Dask worker loads the pipeline once (``PipelineLoader``, a worker plugin); the files
    must be readable at the same path on every worker (a shared file system), standard input is
    read here and sent.  Results are collected as they complete and handed on in input order."""
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise ClusterUnavailable("--scheduler needs Dask: pip install 'diplograph[cluster]'") from None
    from diplograph.cluster import PipelineLoader

    try:
        client = Client(scheduler, set_as_default=False, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterUnavailable(
            f"cannot reach the Dask scheduler at {scheduler} ({type(exc).__name__}: {exc})".splitlines()[0]
        ) from None
    with client:
        client.register_plugin(PipelineLoader(), name="diplograph-pipeline")
        threads = max(1, sum(client.nthreads().values()))
        window = threads * IN_FLIGHT
        done: dict[int, list[Item]] = {}
        futures: dict[object, int] = {}
        completed = as_completed(loop=client.loop)
        work = enumerate(jobs(units))
        next_out = 0
        exhausted = False

        def fill() -> None:
            nonlocal exhausted
            while not exhausted and len(futures) < window:
                step = next(work, None)
                if step is None:
                    exhausted = True
                    return
                index, job = step
                if isinstance(job, ReadError):
                    done[index] = [job]
                    continue
                future = client.submit(parse_jobs.parse_units, job, pure=False)
                futures[future] = index
                completed.add(future)

        fill()
        while futures or next_out in done:
            while next_out in done:
                yield from done.pop(next_out)
                next_out += 1
            if not futures:
                fill()
                continue
            future = next(completed)
            done[futures.pop(future)] = future.result()
            fill()
        for index in sorted(done):
            yield from done.pop(index)
