"""diplograph: a knowledge graph of diplomatic events built from news."""
from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("diplograph")
except PackageNotFoundError:  # a checkout that was not installed
    __version__ = "0+unknown"
