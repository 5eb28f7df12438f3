"""diplograph correct VERB ARGS...: corrections that last (see docs/corrections.md)."""

from __future__ import annotations

from typing import Annotated

import typer

from diplograph.graph.corrections import VERBS, CorrectionError
from diplograph.graph.store import StoreError, opened
from diplograph.options import FormatOption, StoreOption, TableFormat
from diplograph.output import console, error, print_rows


def correct(
    words: Annotated[
        list[str] | None,
        typer.Argument(
            help="A correction: same-person A B | not-same-person A B | alias NAME PERSON | reject EVENT | "
            "set-date EVENT DATE | set-place EVENT PLACE (EVENT: the id `diplograph meetings` prints)."
        ),
    ] = None,
    list_: Annotated[bool, typer.Option("--list", "-l", help="List the corrections (undone ones marked).")] = False,
    undo: Annotated[str | None, typer.Option("--undo", help="Undo the correction with this id.")] = None,
    by: Annotated[str | None, typer.Option("--by", help="Who makes the correction (default: the login name).")] = None,
    note: Annotated[str | None, typer.Option("--note", help="Why, in a few words (stored with it).")] = None,
    fmt: FormatOption = TableFormat.table,
    store: StoreOption = None,
) -> None:
    """Correct the graph: merge or split people, add an alias, reject an event, set its date or place.

    Corrections are stored apart from what was extracted, with who and when; every question,
    picture and export applies them, and they stay in force when articles are ingested again."""
    words = words or []
    if sum([bool(words), list_, undo is not None]) != 1:
        error(f"give one correction ({', '.join(VERBS)}), or --list, or --undo ID")
        raise typer.Exit(2)
    try:
        if list_:
            from diplograph.graph.corrections import read

            with opened(store, read_only=True) as graph_store:
                made = read(graph_store)

            def when(t: str | None) -> str:  # to the second in a table; JSON and CSV keep the stored value
                return (t[:19].replace("T", " ") if fmt == TableFormat.table else t) if t else ""

            rows = [[c.id, c.describe(), c.agent, when(c.time), when(c.undone), c.note or ""] for c in made]
            print_rows(
                ["id", "correction", "by", "when", "undone", "note"],
                rows,
                fmt.value,
                title=f"{len(made)} corrections",
                whole=("id",),
            )
            return
        with opened(store, read_only=True):
            pass  # a store that does not exist is an error, not a new empty store
        with opened(store) as graph_store:
            if undo is not None:
                from diplograph.graph.corrections import undo as undo_correction

                done = undo_correction(graph_store, undo)
                console.print(f"[green]undone[/] {done.id}: {done.describe()}", highlight=False, soft_wrap=True)
                return
            from diplograph.correcting import correct as make

            made_one = make(graph_store, words[0], words[1:], agent=by, note=note)
    except (CorrectionError, StoreError) as exc:
        error(str(exc))
        raise typer.Exit(2) from None
    console.print(
        f"[green]correction {made_one.id}[/] {made_one.describe()} (by {made_one.agent}); "
        f"undo with: diplograph correct --undo {made_one.id}",
        highlight=False,
        soft_wrap=True,
    )
    place = made_one.place
    if place is not None:
        where = ", ".join(x for x in (made_one.venue, place.name, place.kind != "country" and place.country) if x)
        found = (
            f" ({place.lat:.2f}, {place.lon:.2f})"
            if place.lat is not None and place.lon is not None
            else ": not in the gazetteer, stored without coordinates"
        )
        console.print(f"place: {where}{found}", highlight=False, soft_wrap=True)
