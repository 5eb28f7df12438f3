"""Printing rows as a Rich table, CSV or JSON, and one-line errors."""
from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence

from rich.console import Console
from rich.table import Table

console = Console()
err_console = Console(stderr=True)


def error(message: str) -> None:
    """One line on standard error, never a traceback."""
    err_console.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)


def print_rows(columns: Sequence[str], rows: Sequence[Sequence[object]], fmt: str, title: str | None = None) -> None:
    cells = [["" if v is None else str(v) for v in row] for row in rows]
    if fmt == "json":
        print(json.dumps([dict(zip(columns, row)) for row in rows], ensure_ascii=False, indent=1, default=str))
    elif fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(cells)
    else:
        table = Table(title=title, show_lines=False, header_style="bold")
        for col in columns:
            table.add_column(col, overflow="fold")
        for row in cells:
            table.add_row(*row)
        console.print(table)
