"""Colours and line styles of the pictures: a stable colour per country, a style per event type.

A country keeps its colour from one page to the next: its preferred slot in the palette is a
hash of its folded name, and within one page two countries never share a colour (the later one
moves to the next free slot; countries with the most people choose first). Beyond the palette's
size the remaining countries share one grey, named "other countries" in the legend.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass

from diplograph.ingest.records import fold

# Kelly's colours of maximum contrast, without white, black and the greys.
PALETTE: tuple[str, ...] = (
    "#F3C300",
    "#875692",
    "#F38400",
    "#A1CAF1",
    "#BE0032",
    "#C2B280",
    "#008856",
    "#E68FAC",
    "#0067A5",
    "#F99379",
    "#604E97",
    "#F6A600",
    "#B3446C",
    "#DCD300",
    "#882D17",
    "#8DB600",
    "#654522",
    "#E25822",
    "#2B3D26",
    "#2F9E9E",
)
OTHER_COUNTRIES = "#9E9E9E"
UNKNOWN_COUNTRY = "#D5D5D5"
PLACE_COLOUR = "#ECEFF1"


@dataclass(frozen=True)
class EdgeStyle:
    """How one kind of link is drawn: its legend name, colour and dash pattern (vis.js ``dashes``)."""

    name: str
    colour: str
    dashes: bool | tuple[int, ...] = False
    arrow: bool = False


EDGE_STYLES: dict[str, EdgeStyle] = {
    "meet": EdgeStyle("met in person", "#37474F"),
    "sign_agreement": EdgeStyle("signed an agreement", "#2E7D32"),
    "phone_call": EdgeStyle("phone or video call", "#1565C0", (2, 6)),
    "planned_meet": EdgeStyle("planned meeting", "#EF6C00", (10, 8)),
    "visit": EdgeStyle("visited a place", "#6A1B9A", False, True),
}


def _slot(country: str) -> int:
    digest = hashlib.sha256(fold(country).encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") % len(PALETTE)


def country_colours(people_per_country: Mapping[str | None, int]) -> dict[str | None, str]:
    """A colour for each country (``None`` = unknown), distinct within the page while the palette lasts."""
    colours: dict[str | None, str] = {}
    taken: set[int] = set()
    ranked = sorted((c for c in people_per_country if c), key=lambda c: (-people_per_country[c], fold(c), c))
    for country in ranked:
        if len(taken) == len(PALETTE):
            colours[country] = OTHER_COUNTRIES
            continue
        slot = _slot(country)
        while slot in taken:
            slot = (slot + 1) % len(PALETTE)
        taken.add(slot)
        colours[country] = PALETTE[slot]
    if None in people_per_country:
        colours[None] = UNKNOWN_COUNTRY
    return colours
