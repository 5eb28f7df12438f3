"""Shared fixtures: the real seed pages from ../shared, and temporary stores."""

from __future__ import annotations

from pathlib import Path

import pytest
from heap import settle
from shared_files import GOLD, SEEDS, need

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples" / "articles"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The seed pages (skipped when ../shared is absent; a failure in CI, see ``shared_files``)."""
    return need(SEEDS, "the seed pages are")


@pytest.fixture(scope="session")
def seed_files(seeds_dir: Path) -> dict[str, Path]:
    """Seed pages by their three-digit prefix: {'000': Path(...), ...}."""
    return {p.name[:3]: p for p in sorted(seeds_dir.glob("*.txt"))}


@pytest.fixture(scope="session")
def gold_path() -> Path:
    return need(GOLD, "the gold annotations are")


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="module", autouse=True)
def _settle_after_each_module():
    """After a module's tests and fixtures, what is still alive is kept for good: out of the garbage
    collector's way with it (``heap.settle``; the pipeline, once loaded, is most of it)."""
    yield
    settle()
