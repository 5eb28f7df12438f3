"""Run a command and report its wall time, CPU time and memory, as one JSON line.

    python -m benchmarks.measure COMMAND [ARGS...]

Why a separate small process: on Linux a child's peak-RSS figure (``ru_maxrss``) starts from the
resident size of the process that forked it, so a child started straight from a benchmark that
holds a spaCy model would report the benchmark's own memory.  Started from this small process,
the command's figure is its own.  The resident size is also sampled every ``INTERVAL_S`` seconds
(``/proc/PID/status``), to show whether memory grows while the command runs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

INTERVAL_S = 1.0


def _rss_kb(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def measure(cmd: list[str]) -> dict:
    """Run ``cmd`` (its output discarded, its errors kept in the result) and measure it."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    samples: list[tuple[float, int]] = []
    stderr_tail = b""
    os.set_blocking(proc.stderr.fileno(), False)
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        chunk = proc.stderr.read() or b""
        stderr_tail = (stderr_tail + chunk)[-4000:]
        if pid:
            break
        rss = _rss_kb(proc.pid)
        if rss is not None:
            samples.append((round(time.perf_counter() - start, 1), rss))
        time.sleep(INTERVAL_S)
    return {
        "seconds": time.perf_counter() - start,
        "exit_code": os.waitstatus_to_exitcode(status),
        "peak_rss_kb": usage.ru_maxrss,
        "cpu_s": usage.ru_utime + usage.ru_stime,
        "rss_samples_kb": samples,
        "stderr": stderr_tail.decode("utf-8", "replace"),
    }


if __name__ == "__main__":
    print(json.dumps(measure(sys.argv[1:])))
