"""Drawing events as an interactive, offline HTML page: networkx for the graph, pyvis for the page.

The picture (see ``docs/pictures.md``):

* a **person** is a dot coloured by country (``graph/palette.py``, with a legend) and sized by how
  many counterparts they met (networkx degree on the graph of who met whom);
* a **link** between two people stands for every event of one type between them (meeting, call,
  agreement, planned meeting), labelled with the date and place of the latest one and thicker with
  more events and more sources; calls are dotted and planned meetings dashed;
* a **visit** is an arrow from the person to a place (a grey diamond);
* pointing at anything shows its tooltip (``graph/tooltips.py``); clicking pins it in a side panel.

``render_html`` draws the event dicts that a query returned (``queries/events.py``); it runs no
query itself. The page carries vis-network's JavaScript and CSS inline and fetches nothing.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from diplograph.graph import layout, palette, tooltips
from diplograph.graph.pyvis_adapter import network, template_dir
from diplograph.graph.select import centres, people_graph
from diplograph.ingest.records import canonical_name

ASSETS = Path(__file__).resolve().parent / "assets"
PYVIS_TEMPLATES = template_dir()
LABEL_LIMIT = layout.SPRING_LIMIT  # more nodes than this: a frozen radial layout, link labels only in tooltips
BIG_GRAPH = 1500  # more people than this: warn and suggest --top
SUGGESTED_TOP = 300
PAIR_KINDS = ("meet", "sign_agreement", "phone_call", "planned_meet")


@dataclass
class Page:
    """A rendered page: its HTML, the networkx graph it was drawn from, and what to tell the user."""

    html: str
    graph: nx.MultiGraph
    people: int
    places: int
    links: int
    events: int
    warnings: list[str] = field(default_factory=list)
    kind: str = "graph"  # "graph" | "map"

    def summary(self) -> str:
        """One line for the user: what the page shows."""
        if self.kind == "map":
            return (
                f"{self.events} event{'s' if self.events != 1 else ''} at {self.places} "
                f"place{'s' if self.places != 1 else ''}, {self.people} people"
            )
        places = f", {self.places} place{'s' if self.places != 1 else ''} visited" if self.places else ""
        return f"{self.people} people, {self.events} events, {self.links} links{places}"


def _place_id(place: dict) -> str:
    """Node id of a visited place (kept apart from people's ids)."""
    return "place:" + (place.get("id") or place.get("name") or "?")


def build_graph(events: Iterable[dict]) -> nx.MultiGraph:
    """People (``kind='person'``) and visited places (``kind='place'``) as nodes; one edge per event
    between each pair of its participants, or from the visitor to the place for a visit.

    An event with a single participant that is not a visit with a place adds the person only.
    Edge keys are event ids; each edge holds the event dict (``event``) and its type (``kind``).
    """
    g = nx.MultiGraph()
    for ev in events:
        people = ev.get("participants") or []
        for p in people:
            g.add_node(
                p["id"],
                kind="person",
                name=canonical_name(p),
                country=p.get("country"),
                roles=p.get("roles") or [],
                person=p,
            )
        kind = ev.get("type")
        ids = [p["id"] for p in people]
        if kind == "visit" and ev.get("place"):
            place = ev["place"]
            pid = _place_id(place)
            g.add_node(pid, kind="place", name=place.get("name"), country=place.get("country"), place=place)
            for a in ids:
                g.add_edge(a, pid, key=ev["id"], event=ev, kind=kind)
            continue
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                if a != b:
                    g.add_edge(a, b, key=ev["id"], event=ev, kind=kind)
    return g


def _latest(events: Sequence[dict]) -> dict:
    """The most recent event (undated ones count as oldest)."""
    return max(events, key=lambda ev: (ev.get("date") or "", ev.get("id") or ""))


def link_label(events: Sequence[dict]) -> str:
    """'2023-02-03 · Caracas', plus '(+2)' when the link stands for more events."""
    ev = _latest(events)
    place = (ev.get("place") or {}).get("name")
    text = " · ".join(x for x in (ev.get("date"), place) if x)
    return text + (f" (+{len(events) - 1})" if len(events) > 1 else "")


def link_width(events: Sequence[dict]) -> float:
    """1.5 for one event from one article, growing with more events and more articles (at most 10)."""
    articles = {s.get("article") or s.get("file") for ev in events for s in ev.get("sources") or []}
    weight = len(events) + max(len(articles), 1) - 1
    return round(min(1.5 * weight, 10.0), 2)


def centres_in(g: nx.Graph, centre_ids: Sequence[str]) -> list[str]:
    """The centre ids that are nodes of ``g``."""
    return [c for c in centre_ids if c in g]


def _options(big: bool) -> dict:
    """vis-network options: a short forceAtlas2 stabilisation for small graphs; none for big ones
    (their layout is computed beforehand and shown as it is)."""
    return {
        "autoResize": True,
        "nodes": {
            "shape": "dot",
            "borderWidth": 1.5,
            "font": {"size": 15, "face": "system-ui, sans-serif", "strokeWidth": 4, "strokeColor": "#ffffff"},
            "scaling": {
                "min": 10,
                "max": 42,
                "label": {"enabled": True, "min": 13, "max": 24, "drawThreshold": 12 if big else 6, "maxVisible": 28},
            },
        },
        "edges": {
            "smooth": False if big else {"enabled": True, "type": "continuous", "roundness": 0.3},
            "font": {
                "size": 11,
                "face": "system-ui, sans-serif",
                "align": "horizontal",
                "strokeWidth": 4,
                "strokeColor": "#ffffff",
                "color": "#37474F",
            },
            "selectionWidth": 2,
            "hoverWidth": 1.5,
        },
        "physics": {
            "enabled": not big,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -90,
                "centralGravity": 0.008,
                "springLength": 210,
                "springConstant": 0.06,
                "avoidOverlap": 0.6,
            },
            "minVelocity": 0.75,
            "stabilization": {"enabled": not big, "iterations": 150, "updateInterval": 25, "fit": True},
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
            "navigationButtons": False,
            "keyboard": {"enabled": True, "bindToWindow": False},
            "multiselect": False,
        },
        "layout": {"improvedLayout": not big, "randomSeed": 7},
    }


def script_json(value: object) -> str:
    """JSON to put inside ``<script type="application/json">``: ``</`` and ``<!--`` are escaped so that
    no text can close the script element or change how the HTML parser reads it."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("</", "<\\/").replace("<!--", "<\\u0021--")


def _environment() -> Environment:
    loader = ChoiceLoader([FileSystemLoader(str(ASSETS)), FileSystemLoader(str(PYVIS_TEMPLATES))])
    return Environment(loader=loader, autoescape=select_autoescape(default=True, default_for_string=True))


def render_page(
    events: Iterable[dict], *, title: str = "Diplomatic graph", subtitle: str = "", focus: str | None = None
) -> Page:
    """Draw ``events`` (shared JSON format) as one self-contained HTML page.

    ``focus`` names the person to put at the centre (the ``--person`` of the command line).
    """
    events = list(events)
    g = build_graph(events)
    who = people_graph(events)
    person_ids = [n for n, kind in g.nodes(data="kind") if kind == "person"]
    big = g.number_of_nodes() > LABEL_LIMIT
    centre_ids = centres_in(g, centres(events, focus))

    per_person: dict[str, list[dict]] = defaultdict(list)
    for ev in events:
        for p in ev.get("participants") or []:
            per_person[p["id"]].append(ev)
    countries = Counter(g.nodes[n]["country"] for n in person_ids)
    colours = palette.country_colours(countries)
    method, positions = layout.layout(g, centre_ids)

    net = network(height="100%", width="100%", directed=True, cdn_resources="in_line", heading=title)
    for n in person_ids:
        data = g.nodes[n]
        counterparts = who.degree(n) if n in who else 0
        colour = colours[data["country"]]
        extra: dict = {}
        if n in positions:
            extra["x"], extra["y"] = positions[n]
        if n in centre_ids[:1]:
            extra.update(fixed=True, x=0.0, y=0.0, borderWidth=4)
        mine = sorted(per_person[n], key=lambda ev: (ev.get("date") or "", ev["id"]), reverse=True)
        net.add_node(
            n,
            label=data["name"],
            color={
                "background": colour,
                "border": "#263238",
                "highlight": {"background": colour, "border": "#000000"},
                "hover": {"background": colour, "border": "#000000"},
            },
            value=max(counterparts, 1),
            title=tooltips.person_tip(data["person"], counterparts, mine),
            kind="person",
            country=data["country"] or "",
            counterparts=counterparts,
            **extra,
        )
    for n, data in g.nodes(data=True):
        if data["kind"] != "place":
            continue
        extra = {"x": positions[n][0], "y": positions[n][1]} if n in positions else {}
        visits = [d["event"] for _, _, d in g.edges(n, data=True)]
        net.add_node(
            n,
            label=data["name"],
            shape="diamond",
            size=9,
            kind="place",
            country=data["country"] or "",
            color={"background": palette.PLACE_COLOUR, "border": palette.EDGE_STYLES["visit"].colour},
            font={"size": 13, "color": palette.EDGE_STYLES["visit"].colour},
            title=tooltips.place_tip(data["place"], visits),
            **extra,
        )

    links: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for a, b, data in g.edges(data=True):
        if g.nodes[a]["kind"] == "place":
            a, b = b, a
        elif g.nodes[b]["kind"] == "person" and b < a:
            a, b = b, a
        links[(a, b, data["kind"])].append(data["event"])
    for (a, b, kind), evs in sorted(links.items()):
        style = palette.EDGE_STYLES.get(kind, palette.EDGE_STYLES["meet"])
        evs.sort(key=lambda ev: (ev.get("date") or "", ev["id"]), reverse=True)
        net.add_edge(
            a,
            b,
            label="" if big else link_label(evs),
            title=tooltips.link_tip(kind, evs),
            color={
                "color": style.colour,
                "highlight": "#000000",
                "hover": style.colour,
                "opacity": 0.4 if big else 0.85,
            },
            dashes=list(style.dashes) if isinstance(style.dashes, tuple) else style.dashes,
            width=link_width(evs),
            arrows={"to": {"enabled": style.arrow, "scaleFactor": 0.6}},
            kind=kind,
            events=len(evs),
        )
    net.options = _options(big)
    nodes, edges, heading, _, _, _ = net.get_network_data()

    warnings = [] if events else ["no events to draw: the page is empty (check the store and the filters)"]
    if len(person_ids) > BIG_GRAPH:
        warnings.append(
            f"{len(person_ids)} people is a lot for one page: it will be slow to open and hard to read; "
            f"try --top {SUGGESTED_TOP}, --person NAME --depth 1, or --since/--country"
        )
    legend = [
        (c or "country unknown", colours[c], countries[c])
        for c in sorted(countries, key=lambda c: (-countries[c], c or "~"))
    ]
    other = [row for row in legend if row[1] == palette.OTHER_COUNTRIES]
    legend = [row for row in legend if row[1] != palette.OTHER_COUNTRIES]
    if other:
        legend.append((f"{len(other)} other countries", palette.OTHER_COUNTRIES, sum(r[2] for r in other)))
    kinds = [k for k in (*PAIR_KINDS, "visit") if any(kk == k for *_, kk in links)]
    html = (
        _environment()
        .get_template("page.html")
        .render(
            title=heading,
            subtitle=subtitle,
            legend=legend,
            styles=[(palette.EDGE_STYLES[k], k) for k in kinds],
            counts={
                "people": len(person_ids),
                "places": g.number_of_nodes() - len(person_ids),
                "links": len(edges),
                "events": len(events),
            },
            data=Markup(
                script_json(
                    {
                        "nodes": nodes,
                        "edges": edges,
                        "options": net.options,
                        "centre": centre_ids[:1],
                        "big": big,
                        "layout": method,
                    }
                )
            ),
        )
    )
    return Page(
        html=html,
        graph=g,
        people=len(person_ids),
        places=g.number_of_nodes() - len(person_ids),
        links=len(edges),
        events=len(events),
        warnings=warnings,
    )


def render_html(
    events: Iterable[dict], path: str, *, title: str = "Diplomatic graph", subtitle: str = "", focus: str | None = None
) -> nx.MultiGraph:
    """Write the page for ``events`` to ``path`` (see ``render_page``); returns the networkx graph."""
    return write_page(events, path, title=title, subtitle=subtitle, focus=focus).graph


def write_page(events: Iterable[dict], path: str | Path, **kwargs) -> Page:
    """``render_page`` then write its HTML (UTF-8) to ``path``; returns the page."""
    page = render_page(events, **kwargs)
    Path(path).write_text(page.html, encoding="utf-8")
    return page
