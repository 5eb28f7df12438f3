"""diplograph read PATH...: show what the readers make of pages, without storing anything."""

from __future__ import annotations

from typing import Annotated

import typer

from diplograph.output import console


def describe_events(paths: list[str]) -> str:
    """The events each story of ``paths`` states, as ingest would store them (nothing is stored):
    type, participants, place, date, and each source sentence with its event word and pattern."""
    from diplograph.ingest.pipeline import extract
    from diplograph.ingest.records import ReadError

    out: list[str] = []
    for item in extract(paths):
        if isinstance(item, ReadError):
            out.append(f"{item}")
            continue
        article = item.article
        story = f" (story {article.story + 1})" if article.story else ""
        title = f" — {article.title}" if article.title else ""
        out.append(f"{article.path}{story}: {len(item.events)} events{title}")
        for ev in item.events:
            who = "; ".join(p.name + (f" ({p.roles[0]})" if p.roles else "") for p in ev.participants)
            where = ", ".join(
                x
                for x in (
                    ev.venue,
                    ev.place and ev.place.name,
                    ev.place and ev.place.kind != "country" and ev.place.country,
                )
                if x
            )
            when = (ev.date or "no date") + (
                " (the article's date)" if ev.evidence and all(e.date_inferred for e in ev.evidence) else ""
            )
            out.append(f"  {ev.type}: {who} | {where or 'no place'} | {when}")
            for e in ev.evidence:
                pattern = ", ".join(e.patterns) or "-"
                out.append(f'    {e.start}-{e.end} "{e.quote}"')
                if e.trigger:
                    out.append(
                        f"      event word {e.trigger!r} at {e.trigger_start}, pattern {pattern}"
                        + (f", date words {e.date_text!r}" if e.date_text else "")
                    )
    return "\n".join(out)


def read(
    paths: Annotated[list[str], typer.Argument(help="Files or folders to read.")],
    events: Annotated[
        bool,
        typer.Option(
            "--events",
            "-e",
            help="Also extract the events each story states (what ingest would store; nothing is stored).",
        ),
    ] = False,
) -> None:
    """Show the stories found in pages: titles, dates, sources and the boilerplate dropped."""
    from diplograph.ingest.report import describe

    console.print(describe(paths), highlight=False, markup=False)
    if events:
        console.print(describe_events(paths), highlight=False, markup=False, soft_wrap=True)
