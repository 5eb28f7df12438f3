"""The events on a world map, as one offline HTML page (``diplograph render --map``).

The map is an SVG of our own: an equirectangular projection (x from longitude, y from latitude)
of Natural Earth's land at 1:110m (``assets/land-110m.path``, an SVG path made from the public
domain Natural Earth data as packaged in world-atlas 2.0.2, ISC licence; see ``land_path`` to
rebuild it), a 30° graticule, and one dot per place that has coordinates, sized by how many events
happened there and coloured by their most frequent type. Pointing at a dot lists its events with
their quotes (escaped as in ``graph/tooltips.py``); the wheel zooms and dragging pans. Nothing is
fetched: no tiles, no scripts from elsewhere.
"""

from __future__ import annotations

import json
import math
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

import networkx as nx
from markupsafe import Markup

from diplograph.graph import palette, tooltips
from diplograph.graph.render import Page, _environment, script_json

WIDTH, HEIGHT = 1000.0, 500.0  # SVG user units for 360° × 180°
LAND = Path(__file__).resolve().parent / "assets" / "land-110m.path"


def project(lat: float, lon: float) -> tuple[float, float]:
    """Equirectangular projection into the SVG's 1000 × 500 box (north up, Greenwich in the middle)."""
    return round((lon + 180.0) * WIDTH / 360.0, 2), round((90.0 - lat) * HEIGHT / 180.0, 2)


def land_path(topology: dict, name: str = "land") -> str:
    """An SVG path (``d``) of a TopoJSON object of polygons (world-atlas ``land-110m.json``)."""
    sx, sy = topology["transform"]["scale"]
    tx, ty = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points: list[tuple[float, float]] = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append(project(y * sy + ty, x * sx + tx))
        arcs.append(points)
    parts = []
    geometries = topology["objects"][name].get("geometries") or [topology["objects"][name]]
    for geometry in geometries:
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        for polygon in polygons:
            for ring in polygon:
                points = []
                for index in ring:
                    arc = arcs[index] if index >= 0 else arcs[~index][::-1]
                    points.extend(arc if not points else arc[1:])
                parts.extend(_unwrapped(points))
    return "".join("M" + "L".join(f"{x:g},{y:g}" for x, y in ring) + "Z" for ring in parts)


def _unwrapped(points: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """A ring that crosses the 180th meridian, made continuous (x beyond the map's edge) and drawn
    twice, once shifted by the map's width, so that the page's clip shows both halves; a ring round
    a pole (Antarctica) is closed along the map's bottom or top edge."""
    out = [points[0]]
    shift = 0.0
    for (x0, _), (x1, y1) in zip(points, points[1:]):
        if x1 - x0 > WIDTH / 2:
            shift -= WIDTH
        elif x0 - x1 > WIDTH / 2:
            shift += WIDTH
        out.append((round(x1 + shift, 2), y1))
    if shift:  # round a pole: go down (or up) the edge and back
        edge = HEIGHT if sum(y for _, y in out) / len(out) > HEIGHT / 2 else 0.0
        out += [(out[-1][0], edge), (out[0][0], edge)]
    xs = [x for x, _ in out]
    rings = [out]
    if min(xs) < 0:
        rings.append([(round(x + WIDTH, 2), y) for x, y in out])
    if max(xs) > WIDTH:
        rings.append([(round(x - WIDTH, 2), y) for x, y in out])
    return rings


def _points(events: list[dict]) -> tuple[list[dict], list[dict]]:
    """Dots by place (those with coordinates), and the events that have none."""
    at: dict[str, list[dict]] = defaultdict(list)
    places: dict[str, dict] = {}
    missing = []
    for ev in events:
        place = ev.get("place") or {}
        if place.get("lat") is None or place.get("lon") is None:
            missing.append(ev)
            continue
        key = str(place.get("id") or place.get("name"))
        places.setdefault(key, place)
        at[key].append(ev)
    most = max((len(evs) for evs in at.values()), default=1)
    dots = []
    for key, evs in sorted(at.items(), key=lambda item: -len(item[1])):
        place = places[key]
        x, y = project(float(place["lat"]), float(place["lon"]))
        kind = Counter(ev.get("type") for ev in evs).most_common(1)[0][0]
        evs = sorted(evs, key=lambda ev: (ev.get("date") or "", ev["id"]), reverse=True)
        other_country = place.get("country") and place.get("country") != place.get("name")
        tip = (
            f'<div class="dg-tip"><div class="dg-head">{tooltips.e(place.get("name"))}'
            f"{' (' + tooltips.e(place['country']) + ')' if other_country else ''}"
            f'</div><div class="dg-muted">{len(evs)} event{"s" if len(evs) != 1 else ""}</div>'
            f"{''.join(tooltips.event_html(ev, tooltips.QUOTE_SHORT, 2) for ev in evs[:8])}"
            f"{f'<div class=dg-muted>and {len(evs) - 8} more</div>' if len(evs) > 8 else ''}</div>"
        )
        dots.append(
            {
                "name": place.get("name") or "",
                "x": x,
                "y": y,
                "events": len(evs),
                "r": round(2.5 + 9.5 * math.sqrt(len(evs) / most), 2),
                "colour": palette.EDGE_STYLES.get(str(kind), palette.EDGE_STYLES["meet"]).colour,
                "kind": kind,
                "tip": tip,
            }
        )
    return dots, missing


def render_map(events: Iterable[dict], *, title: str = "Diplomatic map", subtitle: str = "") -> Page:
    """Draw ``events`` (shared JSON format) on the world map; events without coordinates are counted apart."""
    events = list(events)
    dots, missing = _points(events)
    people = {p["id"] for ev in events if ev not in missing for p in ev.get("participants") or []}
    warnings = (
        [f"{len(missing)} of {len(events)} events have no place with coordinates and are not on the map"]
        if missing
        else []
    )
    if not events:
        warnings.append("no events to draw: the map is empty (check the store and the filters)")
    kinds = [k for k in palette.EDGE_STYLES if any(d["kind"] == k for d in dots)]
    graticule = [("M" + f"{x:g},0V{HEIGHT:g}") for x in (WIDTH * i / 12 for i in range(1, 12))] + [
        ("M0," + f"{y:g}H{WIDTH:g}") for y in (HEIGHT * i / 6 for i in range(1, 6))
    ]
    html = (
        _environment()
        .get_template("map.html")
        .render(
            title=title,
            subtitle=subtitle,
            land=LAND.read_text(encoding="ascii").strip(),
            graticule="".join(graticule),
            dots=dots,
            width=WIDTH,
            height=HEIGHT,
            styles=[(palette.EDGE_STYLES[k], k) for k in kinds],
            counts={"events": len(events) - len(missing), "missing": len(missing), "places": len(dots)},
            data=Markup(script_json({"tips": [d["tip"] for d in dots]})),
        )
    )
    return Page(
        html=html,
        graph=nx.MultiGraph(),
        people=len(people),
        places=len(dots),
        links=0,
        events=len(events) - len(missing),
        warnings=warnings,
        kind="map",
    )


def write_map(events: Iterable[dict], path: str | Path, **kwargs) -> Page:
    """``render_map`` then write its HTML (UTF-8) to ``path``."""
    page = render_map(events, **kwargs)
    Path(path).write_text(page.html, encoding="utf-8")
    return page


if __name__ == "__main__":  # python -m diplograph.graph.map land-110m.json  (rebuilds assets/land-110m.path)
    LAND.write_text(land_path(json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))) + "\n", encoding="ascii")
