"""Drawing events as an interactive, offline HTML page: networkx for the graph, pyvis for the page."""
from __future__ import annotations

import html
from collections.abc import Iterable

import networkx as nx
from pyvis.network import Network


def build_graph(events: Iterable[dict]) -> nx.MultiGraph:
    """People as nodes, one edge per event between each pair of participants (a visit is a self-loop)."""
    g = nx.MultiGraph()
    for ev in events:
        people = ev["participants"]
        for p in people:
            g.add_node(p["id"], name=p["name"], country=p.get("country"), roles=p.get("roles", []))
        ids = [p["id"] for p in people]
        pairs = [(a, b) for i, a in enumerate(ids) for b in ids[i + 1:]] or [(i, i) for i in ids]
        for a, b in pairs:
            g.add_edge(a, b, key=ev["id"], event=ev)
    return g


def render_html(events: Iterable[dict], path: str) -> nx.MultiGraph:
    g = build_graph(events)
    net = Network(height="800px", width="100%", cdn_resources="in_line", notebook=False)
    for node, data in g.nodes(data=True):
        title = html.escape(data["name"] + ("\n" + "; ".join(data["roles"]) if data["roles"] else ""))
        net.add_node(node, label=data["name"], title=title, value=max(1, g.degree(node)))
    for a, b, data in g.edges(data=True):
        ev = data["event"]
        label = " ".join(x for x in (ev["date"], (ev["place"] or {}).get("name")) if x)
        quote = ev["sources"][0]["quote"] if ev["sources"] else ""
        net.add_edge(a, b, label=label, title=html.escape(f"{ev['type']} {label}\n{quote}"))
    net.write_html(path, notebook=False)
    return g
