"""diplograph meetings: who met whom, where, when, with sources."""
from __future__ import annotations

import json
from typing import Annotated

import typer

from diplograph.options import FormatOption, StoreOption, TableFormat
from diplograph.output import print_rows, reading
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
    with reading(store) as graph_store:
        events = find_meetings(graph_store, person=person, types=type_)
    if fmt == TableFormat.json:
        print(json.dumps(events, ensure_ascii=False, indent=1))
        return
    rows = []
    for ev in events:
        date = ev["date"] or ""
        if ev["date_conflicts"]:
            date += " (also: " + ", ".join(ev["date_conflicts"]) + ")"
        files = sorted({s["file"] for s in ev["sources"]})
        row = [ev["type"], _people(ev), _place(ev), date, len(files), ev["confidence"]]
        rows.append(row + ["; ".join(files)] if fmt == TableFormat.csv else row)
    columns = ["type", "participants", "where", "when", "sources", "confidence"]
    # The table stays readable in a terminal; CSV also names the files (JSON has everything).
    print_rows(columns + ["files"] if fmt == TableFormat.csv else columns, rows, fmt.value,
               title=f"{len(events)} events")
