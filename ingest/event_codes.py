"""Codes of an event: its CAMEO code and label, PLOVER category and mode.

Holds ``event_types()`` (the table of ``data/event_types.json``, one row per event type) and
``event_codes(event)``: the codes of one event, with the variants of a meeting (hosted, in a third
country, negotiations).
"""

from __future__ import annotations

from functools import lru_cache

from diplograph.ingest.datafiles import read_json
from diplograph.ingest.records import Event, fold


@lru_cache(maxsize=1)
def event_types() -> dict[str, dict]:
    """The event type table (``data/event_types.json``): CAMEO code and PLOVER category per type."""
    return read_json("event_types.json")["types"]


def event_codes(event: Event) -> dict[str, str | None]:
    """CAMEO code and label, PLOVER category and mode of an event.

    A meeting with a host is CAMEO 043 (host a visit); a meeting whose place lies in a country
    none of its participants is known to belong to is 044 (third location); a code the extractor
    set (046 for negotiations) is kept.
    """
    row = event_types().get(event.type, {})
    out = {
        "cameo": row.get("cameo"),
        "cameo_label": row.get("cameo_label"),
        "plover": row.get("plover"),
        "plover_mode": row.get("plover_mode"),
    }
    variants = row.get("variants", {})
    variant = None
    if event.type == "meet":
        if event.cameo == variants.get("negotiate", {}).get("cameo"):
            variant = "negotiate"
        elif event.host:
            variant = "host"
        else:
            where = (event.place.country or event.place.name) if event.place else None
            countries = [p.country for p in event.participants]
            if where and countries and all(countries) and fold(where) not in {fold(c) for c in countries}:
                variant = "third_location"
    if variant and variant in variants:
        out.update({k: v for k, v in variants[variant].items()})
    return out
