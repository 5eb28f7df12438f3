"""The ``diplograph`` command: a thin Typer shell over ingest/, graph/ and queries/.

Each command lives in its own module under ``diplograph/commands``; they only parse
arguments, call one function and print its result.
"""

from __future__ import annotations

import typer

from diplograph.commands import check, correct, export, ingest, meetings, queries_cmd, query, read, render, stats, why
from diplograph.commands import eval as eval_command
from diplograph.commands import serve as serve_cmd

app = typer.Typer(
    name="diplograph",
    help="A knowledge graph of diplomatic events from news: who met whom, where, when, and who says so.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        from diplograph import __version__

        typer.echo(f"diplograph {__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and stop."
    ),
) -> None:
    """A knowledge graph of diplomatic events from news: who met whom, where, when, and who says so."""


app.command()(ingest.ingest)
app.command()(read.read)
app.command()(meetings.meetings)
app.command()(query.query)
app.command(name="queries")(queries_cmd.queries)
app.command(name="serve")(serve_cmd.serve)
app.command()(render.render)
app.command()(export.export)
app.command()(stats.stats)
app.command()(check.check)
app.command(name="eval")(eval_command.eval_)
app.command()(why.why)
app.command()(correct.correct)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
