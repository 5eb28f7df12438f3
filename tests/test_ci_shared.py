"""In CI (``CI=true``) a test that needs ../shared fails when it is absent; elsewhere it is skipped.

A test that cannot pass unseen: a green CI run has run the tests that compare against the gold.
Each case runs pytest itself in a subprocess on a test that needs ../shared (the gold and the
shared scorer), with ``DIPLOGRAPH_SHARED`` pointing at a folder that does not exist.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
NEEDS_SHARED = "tests/test_eval.py::test_agrees_with_the_shared_scorer_on_the_gold_itself"


def _pytest(tmp_path: Path, ci: str | None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env["DIPLOGRAPH_SHARED"] = str(tmp_path / "no-shared-here")
    if ci is not None:
        env["CI"] = ci
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x", "-rsf", NEEDS_SHARED],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.mark.parametrize("ci", ["true", "1"])
def test_in_ci_a_missing_shared_folder_fails_the_test(tmp_path, ci):
    done = _pytest(tmp_path, ci)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "1 error" in done.stdout or "1 failed" in done.stdout, done.stdout
    assert "fails rather than skips" in done.stdout and "no-shared-here" in done.stdout


def test_outside_ci_a_missing_shared_folder_skips_the_test(tmp_path):
    done = _pytest(tmp_path, None)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 skipped" in done.stdout and "no-shared-here" in done.stdout


def test_the_seed_tests_use_the_same_rule():
    text = (REPO / "tests" / "conftest.py").read_text(encoding="utf-8")
    assert "need(SEEDS" in text and "need(GOLD" in text and "pytest.skip(" not in text
