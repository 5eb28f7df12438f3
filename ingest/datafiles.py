"""One way to read the data files under ``ingest/data/``, each read once per process.

* ``read_json(name)`` returns the parsed JSON document (shared: callers must not mutate it).
* ``read_list(name)`` returns the non-empty lines of a text list, with ``#`` comments removed.

A missing data file is an error (``FileNotFoundError`` naming it): a misspelt name never passes
as an empty list.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"


def path(name: str) -> Path:
    """The path of data file ``name`` under ``ingest/data``."""
    return DATA / name


@cache
def read_json(name: str) -> Any:
    """The parsed JSON data file ``name`` (cached; do not mutate the result)."""
    file = path(name)
    if not file.is_file():
        raise FileNotFoundError(f"diplograph data file missing: {file}")
    return json.loads(file.read_text(encoding="utf-8"))


@cache
def read_list(name: str) -> tuple[str, ...]:
    """The non-empty, non-comment lines of the text data file ``name`` (cached)."""
    file = path(name)
    if not file.is_file():
        raise FileNotFoundError(f"diplograph data file missing: {file}")
    lines = (line.split("#", 1)[0].strip() for line in file.read_text(encoding="utf-8").splitlines())
    return tuple(line for line in lines if line)
