"""Where the shared files are (``../shared`` beside the clone), and what a test does when they are not.

Outside CI a test that needs them is skipped, with the path it looked at.  In CI (``CI=true``)
it fails instead: a suite that passes there must have run every test, not skipped the ones
that compare against the gold.  ``DIPLOGRAPH_SHARED`` points elsewhere (tests of this rule).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("DIPLOGRAPH_SHARED") or REPO.parent / "shared")
SEEDS = SHARED / "seeds"
GOLD = SHARED / "eval" / "seeds-gold.json"
SCORER = SHARED / "eval" / "score.py"


def in_ci() -> bool:
    """Whether the tests run in CI (``CI`` set to true, 1 or yes, as CI services do)."""
    return os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")


def need(path: Path, what: str) -> Path:
    """``path`` when it exists; else skip the test (fail it in CI) saying what is missing where."""
    if path.exists():
        return path
    message = f"{what} not here: {path} is absent (clone beside ../shared to run this test)"
    if in_ci():
        pytest.fail(f"{message}; in CI (CI=true) a test that needs ../shared fails rather than skips", pytrace=False)
    pytest.skip(message)


__all__ = ["GOLD", "SCORER", "SEEDS", "SHARED", "in_ci", "need"]
