"""The layers point down: ``graph/`` reads only the record types of ``ingest/``, and the store
backends do not import each other or the factory (no import cycle)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Modules of graph/ allowed another import from ingest/, with what they import: none.
KNOWN: dict[str, list[str]] = {}


def imports(path: Path) -> set[str]:
    """Every module ``path`` imports, at the top or inside a function."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return found


def test_graph_imports_nothing_from_ingest_but_the_records():
    wrong = {
        str(p.relative_to(ROOT)): sorted(
            m for m in imports(p) if m.startswith("diplograph.ingest") and not m.startswith("diplograph.ingest.records")
        )
        for p in sorted((ROOT / "graph").rglob("*.py"))
    }
    assert {k: v for k, v in wrong.items() if v} == KNOWN


def test_graph_and_queries_import_nothing_from_the_commands_serving_or_scoring():
    for folder in ("graph", "queries"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            upward = [
                m
                for m in imports(path)
                if m.startswith(("diplograph.commands", "diplograph.serve", "diplograph.eval", "diplograph.cli"))
            ]
            assert upward == [], path


def test_backends_import_the_interface_only():
    for name in ("store_embedded", "store_memory", "store_remote", "store_base"):
        others = {
            m
            for m in imports(ROOT / "graph" / f"{name}.py")
            if m.startswith("diplograph.graph.store") and not m.startswith("diplograph.graph.store_base")
        }
        assert others == set(), name
