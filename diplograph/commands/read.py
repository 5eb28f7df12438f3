"""diplograph read PATH...: show what the readers make of pages, without storing anything."""
from __future__ import annotations

from typing import Annotated

import typer

from diplograph.ingest.report import describe
from diplograph.output import console


def read(
    paths: Annotated[list[str], typer.Argument(help="Files or folders to read.")],
) -> None:
    """Show the stories found in pages: titles, dates, sources and the boilerplate dropped."""
    console.print(describe(paths), highlight=False, markup=False)
