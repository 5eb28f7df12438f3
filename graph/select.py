"""Choosing which events a picture shows: the command line's filters, applied to event dicts.

Filters on single events (``country``, ``since``/``until``, ``types``, ``min_sources``) come first;
then the filters on the graph of who met whom: ``person`` with ``depth`` (a networkx ego graph of
that radius around every person whose name matches) and ``top`` (the people with most counterparts).
An event stays when all its participants stay.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import networkx as nx

from diplograph.ingest.records import EVENT_TYPES, canonical_name, fold, name_matches, participant_matches


@dataclass(frozen=True)
class Selection:
    """What to draw; the defaults draw everything."""

    person: str | None = None  # a full name, a surname or any run of words of a name, case and accents ignored
    depth: int = 1  # with ``person``: how many steps of counterparts around them
    country: str | None = None  # a participant from this country, or an event held in it
    since: str | None = None  # ISO date, year-month or year: events on or after it
    until: str | None = None  # ISO date, year-month or year: events on or before it
    types: tuple[str, ...] = field(default=())  # event types (``ingest.records.EVENT_TYPES``); empty = all
    min_sources: int = 1  # events stated by at least this many articles
    top: int | None = None  # keep only the N people with most counterparts

    def describe(self) -> str:
        """A short line naming the filters in use ('' when none)."""
        parts = []
        if self.person:
            parts.append(f"around {self.person}" + (f" (depth {self.depth})" if self.depth != 1 else ""))
        if self.country:
            parts.append(f"country {self.country}")
        if self.since or self.until:
            parts.append(f"from {self.since or '…'} to {self.until or '…'}")
        if self.types:
            parts.append("types " + ", ".join(self.types))
        if self.min_sources > 1:
            parts.append(f"at least {self.min_sources} sources")
        if self.top:
            parts.append(f"top {self.top} people")
        return "; ".join(parts)


class SelectionError(ValueError):
    """A filter value that cannot be used; the message is meant for the user."""


def _bounds(value: str, end: bool) -> str:
    """'2023' -> '2023-01-01' (or '2023-12-31' for an upper bound); a full date as it is."""
    parts = value.split("-")
    if not (1 <= len(parts) <= 3 and all(p.isdigit() for p in parts) and len(parts[0]) == 4):
        raise SelectionError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    defaults = ["", "12", "31"] if end else ["", "01", "01"]
    return "-".join(p.zfill(2) for p in parts + defaults[len(parts) :])


def _in_range(date: str | None, since: str | None, until: str | None) -> bool:
    if not (since or until):
        return True
    if not date:
        return False
    try:
        first, last = _bounds(date, end=False), _bounds(date, end=True)
    except SelectionError:
        return False
    return (not since or last >= since) and (not until or first <= until)


def _has_country(ev: dict, country: str) -> bool:
    want = fold(country)
    place = ev.get("place") or {}
    return (
        any(fold(p.get("country") or "") == want for p in ev.get("participants") or [])
        or fold(place.get("country") or "") == want
    )


def people_graph(events: Iterable[dict]) -> nx.Graph:
    """Who met whom: one node per person (``name``, ``country``), an edge for each pair that shared an event."""
    g = nx.Graph()
    for ev in events:
        ids = [p["id"] for p in ev.get("participants") or []]
        for p in ev.get("participants") or []:
            g.add_node(p["id"], name=canonical_name(p), country=p.get("country"))
        g.add_edges_from((a, b) for i, a in enumerate(ids) for b in ids[i + 1 :] if a != b)
    return g


def _keep_people(events: Sequence[dict], people: set[str]) -> list[dict]:
    return [ev for ev in events if ev.get("participants") and all(p["id"] in people for p in ev["participants"])]


def select_events(events: Iterable[dict], selection: Selection) -> list[dict]:
    """The events the selection keeps, in their original order."""
    sel = selection
    unknown = [t for t in sel.types if t not in EVENT_TYPES]
    if unknown:
        raise SelectionError(f"unknown event type(s): {', '.join(unknown)} (known: {', '.join(EVENT_TYPES)})")
    if sel.depth < 0:
        raise SelectionError("--depth must be 0 or more")
    since = _bounds(sel.since, end=False) if sel.since else None
    until = _bounds(sel.until, end=True) if sel.until else None
    kept = [
        ev
        for ev in events
        if (not sel.types or ev.get("type") in sel.types)
        and len({s.get("article") or s.get("file") for s in ev.get("sources") or []}) >= sel.min_sources
        and _in_range(ev.get("date"), since, until)
        and (not sel.country or _has_country(ev, sel.country))
    ]
    if sel.person:
        g = people_graph(kept)
        centres = [n for n, name in g.nodes(data="name") if name_matches(sel.person, name)]
        around: set[str] = set()
        for centre in centres:
            around |= set(nx.ego_graph(g, centre, radius=sel.depth))
        kept = _keep_people(kept, around)
    if sel.top is not None:
        g = people_graph(kept)
        ranked = sorted(g.nodes, key=lambda n: (-g.degree(n), g.nodes[n]["name"], n))
        kept = _keep_people(kept, set(ranked[: max(sel.top, 0)]))
    return kept


def centres(events: Iterable[dict], person: str | None) -> list[str]:
    """Ids of the people whose name matches ``person`` (the centre of an ego picture)."""
    if not person:
        return []
    seen: dict[str, None] = {}
    for ev in events:
        for p in ev.get("participants") or []:
            if participant_matches(person, p):
                seen.setdefault(p["id"])
    return list(seen)
