"""The Python API: the walk-through of docs/python.md runs as written, and the API's own promises."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DOC = REPO / "docs" / "python.md"


def python_blocks(path: Path) -> list[str]:
    """The ```python blocks of a Markdown file, in order."""
    return re.findall(r"```python\n(.*?)```", path.read_text(encoding="utf-8"), flags=re.DOTALL)


@pytest.mark.slow
def test_walk_through_runs(monkeypatch) -> None:
    blocks = python_blocks(DOC)
    assert len(blocks) >= 8
    monkeypatch.chdir(REPO)  # the walk-through reads examples/articles
    namespace: dict = {}
    for i, block in enumerate(blocks):
        try:
            exec(compile(block, f"{DOC.name} block {i + 1}", "exec"), namespace)  # noqa: S102
        except Exception as exc:
            raise AssertionError(f"docs/python.md block {i + 1} failed: {type(exc).__name__}: {exc}\n{block}") from exc


def test_import_is_cheap() -> None:
    code = (
        "import sys, diplograph; "
        "print(sorted(m for m in ('spacy', 'rdflib', 'pyoxigraph', 'networkx') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"


def test_unknown_name_is_an_attribute_error() -> None:
    import diplograph

    with pytest.raises(AttributeError):
        diplograph.no_such_thing  # noqa: B018
    assert "KnowledgeGraph" in dir(diplograph)


def test_missing_store_read_only_is_an_error(tmp_path: Path) -> None:
    import diplograph
    from diplograph.graph.store import StoreError

    with pytest.raises(StoreError):
        diplograph.open(tmp_path / "nothing-here", read_only=True)
