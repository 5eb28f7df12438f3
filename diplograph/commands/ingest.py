"""diplograph ingest PATH...: read articles and add what they report to the store."""

from __future__ import annotations

import os
from typing import Annotated

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
)
from rich.text import Text

from diplograph.graph.store import StoreError, opened
from diplograph.options import StoreOption
from diplograph.output import console, err_console, error


class RateColumn(ProgressColumn):
    """Articles per second over the last seconds (Rich's own estimate of the task's speed)."""

    def render(self, task: Task) -> Text:
        """The rate, or a dash before the second article."""
        speed = task.finished_speed or task.speed
        return Text("– articles/s" if speed is None else f"{speed:.1f} articles/s", style="progress.data.speed")


def ingest(
    paths: Annotated[
        list[str], typer.Argument(help="Files or folders of articles (.txt, .html, .jsonl), or - for stdin.")
    ],
    store: StoreOption = None,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            "-w",
            min=1,
            help="Processes that read and parse the articles (default: the number of cores); one writer stores them.",
        ),
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            help="Parse on this Dask cluster (tcp://host:8786) instead of local processes; needs diplograph[cluster].",
        ),
    ] = None,
) -> None:
    """Read articles and add the people, places and events they report to the store."""
    from diplograph.dispatch import ClusterUnavailable, default_workers  # spaCy: loaded by this command only
    from diplograph.ingesting import ingest_paths

    workers = workers or default_workers()
    try:
        with (
            opened(store) as graph_store,
            Progress(
                SpinnerColumn(),
                TextColumn("[bold]ingest[/]"),
                BarColumn(),
                MofNCompleteColumn(),
                RateColumn(),
                TextColumn("{task.description}"),
                TimeElapsedColumn(),
                console=console,
                transient=True,
            ) as progress,
        ):
            task = progress.add_task("", total=None)

            def on_article(extraction) -> None:
                progress.update(task, advance=1, description=extraction.article.file)

            summary = ingest_paths(
                graph_store,
                paths,
                on_article=on_article,
                on_error=lambda e: err_console.print(f"[red]skipped[/] {e}", highlight=False, soft_wrap=True),
                workers=workers,
                scheduler=scheduler,
            )
    except (StoreError, ClusterUnavailable) as exc:
        error(str(exc))
        raise typer.Exit(2) from None
    except KeyboardInterrupt:
        error(
            "interrupted: every article stored so far is stored whole; "
            "run the same command again to finish (stored articles are skipped)"
        )
        raise typer.Exit(130) from None
    except Exception as exc:  # a bug in a stage: one line, what is stored stays whole
        if os.environ.get("DIPLOGRAPH_DEBUG"):
            raise
        error(
            f"ingest stopped by an internal error ({type(exc).__name__}: {exc}); every article stored "
            "so far is stored whole; set DIPLOGRAPH_DEBUG=1 to see the traceback"
        )
        raise typer.Exit(3) from None
    console.print(f"[green]ingested[/] {summary.line()}", highlight=False, soft_wrap=True)
    if summary.errors:
        raise typer.Exit(1)
