"""Printing rows as a Rich table, CSV or JSON, one-line errors, and opening a store for a reading command."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import typer
from rich.console import Console
from rich.table import Table

from diplograph.graph.store import GraphStore, StoreError, opened

console = Console()
err_console = Console(stderr=True)


def error(message: str) -> None:
    """One line on standard error, never a traceback."""
    err_console.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)


def print_rows(
    columns: Sequence[str],
    rows: Sequence[Sequence[object]],
    fmt: str,
    title: str | None = None,
    whole: Sequence[str] = (),
) -> None:
    """Rows as a table, CSV or JSON; in a table the ``whole`` columns ("type", "when") are never
    broken inside a word, however narrow the terminal (the other columns wrap instead)."""
    cells = [["" if v is None else str(v) for v in row] for row in rows]
    if fmt == "json":
        print(json.dumps([dict(zip(columns, row)) for row in rows], ensure_ascii=False, indent=1, default=str))
    elif fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(cells)
    else:
        table = Table(title=title, show_lines=False, header_style="bold")
        for k, col in enumerate(columns):
            if col in whole:
                width = max([len(col)] + [len(word) for row in cells for word in row[k].split()])
                table.add_column(col, no_wrap=True, min_width=width)
            else:
                table.add_column(col, overflow="fold")
        for row in cells:
            table.add_row(*row)
        console.print(table)


@contextmanager
def reading(spec: str | None) -> Iterator[GraphStore]:
    """A store opened for a read-only command; a store that cannot be opened or used (missing,
    busy, broken) is one error line and exit code 2."""
    try:
        with opened(spec, read_only=True) as store:
            yield store
    except StoreError as exc:
        error(str(exc))
        raise typer.Exit(2) from None
