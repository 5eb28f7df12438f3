"""diplograph meetings: who met whom, where, when, with sources."""

from __future__ import annotations

import difflib
import json
from typing import Annotated

import typer

from diplograph.commands import RawOption
from diplograph.ingest.records import EVENT_TYPES
from diplograph.options import FormatOption, StoreOption, TableFormat
from diplograph.output import err_console, error, print_rows, reading
from diplograph.queries.events import meetings as find_meetings
from diplograph.queries.events import short_ids
from diplograph.queries.library import resolve_people


def _people(ev: dict) -> str:
    out = []
    for p in ev["participants"]:
        role = f" ({p['roles'][0]})" if p["roles"] else ""
        out.append(p["name"] + role)
    return "; ".join(out)


def _place(ev: dict) -> str:
    place = ev["place"]
    where = ""
    if place:
        other_country = place.get("country") and place["country"] != place["name"]
        where = place["name"] + (f", {place['country']}" if other_country else "")
    if ev["venue"]:
        where = f"{ev['venue']}, {where}" if where else ev["venue"]
    return where


def meetings(
    person: Annotated[
        str | None,
        typer.Option("--person", "-p", help="Only events with this person (case, accents and surname tolerant)."),
    ] = None,
    type_: Annotated[
        list[str] | None,
        typer.Option(
            "--type", "-t", help="Event types: meet, phone_call, visit, sign_agreement, planned_meet (repeatable)."
        ),
    ] = None,
    limit: Annotated[
        int | None, typer.Option("--limit", min=0, help="At most this many events (0 or left out: all).")
    ] = None,
    offset: Annotated[int, typer.Option("--offset", min=0, help="Events to skip before those shown.")] = 0,
    fmt: FormatOption = TableFormat.table,
    raw: RawOption = False,
    store: StoreOption = None,
) -> None:
    """Who met whom, where and when, and which articles say so (every event with its sources; for
    pages of pairs on a large store, `diplograph query who-met-whom` is the fast path)."""
    unknown = [t for t in type_ or [] if t not in EVENT_TYPES]
    if unknown:
        near = {t: difflib.get_close_matches(t, EVENT_TYPES, n=1, cutoff=0.5) for t in unknown}
        hints = "".join(f" ({t!r}: did you mean {near[t][0]}?)" for t in unknown if near[t])
        error(
            f"unknown event type {', '.join(repr(t) for t in unknown)}; the types are: {', '.join(EVENT_TYPES)}{hints}"
        )
        raise typer.Exit(2)
    with reading(store) as graph_store:
        events = find_meetings(graph_store, person=person, types=type_, raw=raw)
        nobody = bool(person) and not events and not resolve_people(graph_store, person or "")
    total = len(events)
    events = events[offset : offset + limit] if limit else events[offset:]
    if nobody:
        err_console.print(
            f"[yellow]note:[/] no person matches {person!r} (case, accents and a surname alone are "
            "enough; `diplograph query people --param text=...` lists names)",
            highlight=False,
            soft_wrap=True,
        )
    if fmt == TableFormat.json:
        print(json.dumps(events, ensure_ascii=False, indent=1))
        return
    rows = []
    ids = short_ids(ev["id"] for ev in events)
    for ev in events:
        date = ev["date"] or ""
        if ev["date_conflicts"]:
            date += " (also: " + ", ".join(ev["date_conflicts"]) + ")"
        files = sorted({s["file"] for s in ev["sources"]})
        row = [ids[ev["id"]], ev["type"], _people(ev), _place(ev), date, len(files), ev["confidence"]]
        rows.append(row + ["; ".join(files)] if fmt == TableFormat.csv else row)
    columns = ["id", "type", "participants", "where", "when", "sources", "confidence"]
    # The table stays readable in a terminal; CSV also names the files (JSON has everything).
    print_rows(
        columns + ["files"] if fmt == TableFormat.csv else columns,
        rows,
        fmt.value,
        title=f"{len(events)} events" + (f" of {total}" if len(events) != total else ""),
        whole=("id", "type"),
    )
