"""The commands, one module each; what several of them take is declared here."""

from __future__ import annotations

from typing import Annotated

import typer

RawOption = Annotated[bool, typer.Option("--raw", help="As extracted, without the corrections (diplograph correct).")]
