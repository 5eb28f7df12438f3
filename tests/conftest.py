"""Shared fixtures: the real seed pages from ../shared, and temporary stores."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "eval" / "seeds-gold.json"
EXAMPLES = REPO / "examples" / "articles"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"the seed pages are not here: {SEEDS} is absent (clone beside ../shared to run this test)")
    return SEEDS


@pytest.fixture(scope="session")
def seed_files(seeds_dir: Path) -> dict[str, Path]:
    """Seed pages by their three-digit prefix: {'000': Path(...), ...}."""
    return {p.name[:3]: p for p in sorted(seeds_dir.glob("*.txt"))}


@pytest.fixture(scope="session")
def gold_path() -> Path:
    if not GOLD.is_file():
        pytest.skip(f"the gold annotations are not here: {GOLD} is absent")
    return GOLD


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES
