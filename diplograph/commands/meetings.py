"""diplograph meetings: who met whom, where, when, with sources."""
from __future__ import annotations

import json
from typing import Annotated

import typer

from diplograph.options import FormatOption, StoreOption, TableFormat
from diplograph.output import error, print_rows
from graph.store import StoreError, opened
from queries.events import meetings as find_meetings


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
        where = place["name"] + (f", {place['country']}" if place.get("country") and place["country"] != place["name"] else "")
    if ev["venue"]:
        where = f"{ev['venue']}, {where}" if where else ev["venue"]
    return where


def meetings(
    person: Annotated[str | None, typer.Option("--person", "-p", help="Only events with this person (case, accents and surname tolerant).")] = None,
    type_: Annotated[list[str] | None, typer.Option("--type", "-t", help="Event types: meet, phone_call, visit, sign_agreement, planned_meet (repeatable).")] = None,
    fmt: FormatOption = TableFormat.table,
    store: StoreOption = None,
) -> None:
    """Who met whom, where and when, and which articles say so."""
    try:
        with opened(store, read_only=True) as graph_store:
            events = find_meetings(graph_store, person=person, types=type_)
    except StoreError as exc:
        error(str(exc))
        raise typer.Exit(2) from None
    if fmt == TableFormat.json:
        print(json.dumps(events, ensure_ascii=False, indent=1))
        return
    rows = []
    for ev in events:
        date = ev["date"] or ""
        if ev["date_conflicts"]:
            date += " (also: " + ", ".join(ev["date_conflicts"]) + ")"
        rows.append([ev["type"], _people(ev), _place(ev), date, len({s["article"] for s in ev["sources"]}),
                     ev["confidence"], "; ".join(sorted({s["file"] for s in ev["sources"]}))])
    print_rows(["type", "participants", "where", "when", "sources", "confidence", "files"], rows, fmt.value,
               title=f"{len(events)} events")
