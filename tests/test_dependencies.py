"""Every library the code imports is declared, and a fresh install reads an HTML page.

* ``test_every_imported_library_is_a_declared_dependency`` (fast, offline): every third-party
  module imported anywhere under ``ingest/``, ``graph/``, ``queries/`` and ``diplograph/`` (found
  with ``ast``) belongs, by ``importlib.metadata.packages_distributions()``, to a distribution
  named in ``pyproject.toml``; so do the modules the code needs without importing them by name
  (trafilatura's HTML cleaner, ``lxml_html_clean``).
* ``test_a_fresh_venv_installs_the_project_and_reads_html`` (slow, needs PyPI): a new venv made
  with the standard library's ``venv`` and its bundled pip (not upgraded) installs the project
  with its dependencies (``--no-compile``: the modules a run imports are compiled as it imports
  them, the hundreds it never imports are not compiled at all) and reads an HTML page with ``diplograph read``; there, only ``diplograph``
  is importable (``import ingest``, ``graph`` or ``queries`` fails).
"""

from __future__ import annotations

import ast
import importlib.metadata
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PACKAGES = ("ingest", "graph", "queries", "diplograph")
# Modules the code needs that no `import` statement names.
NEEDED_WITHOUT_IMPORT = {
    "lxml_html_clean": "trafilatura imports lxml.html.clean, which lxml 5.2+ ships as this separate project",
}
# Modules imported only where an optional extra is installed (the import fails with a message naming the extra).
# module -> (the extra of pyproject.toml that declares it, the distribution it comes from)
OPTIONAL = {"pandas": ("pandas", "pandas"), "distributed": ("cluster", "dask"), "dask": ("cluster", "dask")}
PAGE = """<!doctype html><html><head><title>Xi meets Lula</title></head><body>
<nav>Home | World | Sport</nav>
<article><h1>Xi meets Lula in Beijing</h1>
<p>Chinese President Xi Jinping met Brazilian President Luiz Inacio Lula da Silva in Beijing on Friday,
the two leaders discussing trade, climate and the war in Ukraine at the Great Hall of the People.</p>
<p>They signed fifteen agreements on trade and technology, officials said after the meeting.</p>
</article><footer>Copyright Example Wire</footer></body></html>
"""


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def declared() -> set[str]:
    """Distribution names in ``[project] dependencies``, normalised."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {_normal(re.split(r"[\s<>=!~;\[]", dep, maxsplit=1)[0]) for dep in project["dependencies"]}


def imported_modules() -> dict[str, str]:
    """Top-level modules imported by the project's code, each with one file that imports it."""
    found: dict[str, str] = {}
    for package in PACKAGES:
        for path in sorted((REPO / package).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module]
                else:
                    continue
                for name in names:
                    found.setdefault(name.split(".")[0], str(path.relative_to(REPO)))
    return found


def test_every_imported_library_is_a_declared_dependency():
    owners = importlib.metadata.packages_distributions()
    wanted = declared()
    extras = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    for module, (extra, dist) in OPTIONAL.items():
        assert any(_normal(re.split(r"[\s<>=!~;\[]", d, maxsplit=1)[0]) == _normal(dist) for d in extras[extra]), module
    third_party = {
        m: f
        for m, f in imported_modules().items()
        if m not in sys.stdlib_module_names and m not in PACKAGES and m != "__future__" and m not in OPTIONAL
    }
    assert third_party, "the import scan found nothing: it is broken"
    missing = []
    for module, where in sorted({**third_party, **NEEDED_WITHOUT_IMPORT}.items()):
        dists = {_normal(d) for d in owners.get(module, [])}
        if not dists:
            missing.append(f"{module} ({where}): not installed, so its distribution cannot be told")
        elif not dists & wanted:
            missing.append(f"{module} ({where}): from {', '.join(sorted(dists))}, not declared in pyproject.toml")
    assert not missing, "undeclared dependencies:\n" + "\n".join(missing)


@pytest.mark.slow
def test_a_fresh_venv_installs_the_project_and_reads_html(tmp_path):
    project = tmp_path / "project"
    project.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, project / name)
    for package in PACKAGES:
        shutil.copytree(REPO / package, project / package, ignore=shutil.ignore_patterns("__pycache__"))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    pip = venv / "bin" / "pip"
    try:
        done = subprocess.run(
            [str(pip), "install", "--quiet", "--no-compile", str(project)], capture_output=True, text=True, timeout=900
        )
    except subprocess.TimeoutExpired:
        pytest.fail("installing the project into a fresh venv took more than 15 minutes")
    assert done.returncode == 0, done.stderr[-3000:]
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    read = subprocess.run(
        [str(venv / "bin" / "diplograph"), "read", str(page)], capture_output=True, text=True, timeout=600, cwd=tmp_path
    )
    assert read.returncode == 0, read.stdout + read.stderr
    assert "1 story, 0 unreadable" in read.stdout and "Xi meets Lula" in read.stdout, read.stdout + read.stderr
    script = "import sys; from diplograph.ingest.sources import read_file; print(read_file(sys.argv[1])[0].text)"
    text = subprocess.run(
        [str(venv / "bin" / "python"), "-c", script, str(page)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert text.returncode == 0 and "Xi Jinping met Brazilian President" in text.stdout, text.stderr
    # One import name: only ``diplograph`` lands on the user's import path, not the folders' own names.
    for name in ("ingest", "graph", "queries"):
        probe = subprocess.run(
            [str(venv / "bin" / "python"), "-c", f"import {name}"],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=tmp_path,
        )
        assert probe.returncode != 0 and "ModuleNotFoundError" in probe.stderr, f"import {name} worked"
    api = subprocess.run(
        [str(venv / "bin" / "python"), "-c", "import diplograph; print(diplograph.__version__)"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert api.returncode == 0 and api.stdout.strip() == "0.1.0", api.stdout + api.stderr
