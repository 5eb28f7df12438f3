"""Where the nodes go before the page opens, in page pixels.

* ``spring``: networkx's Fruchterman-Reingold layout, for graphs small enough to lay out in a
  moment (``SPRING_LIMIT`` nodes); the page then lets vis.js physics settle it a little more.
* ``radial``: a radial tree layout for big graphs, linear in the size of the graph: each connected
  component is a breadth-first tree from its best-connected person (or the chosen centre), every
  subtree gets a slice of the circle in proportion to its size, and depth is distance from the
  middle: the people at one depth fill a band of rings, in the angular order of their slices, with
  about ``SPACING`` pixels each, so a big graph is a disc of even density rather than a huge outer
  ring. Components are packed in rows, biggest first. The page shows it as it is (physics off),
  so a graph of thousands of people opens at once and stays smooth to pan and zoom.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Sequence

import networkx as nx

SPRING_LIMIT = 400
SPACING = 46.0  # pixels of room for each node
RING_STEP = 170.0  # radius of the first ring
RING_GAP = 60.0  # pixels between the bands of two depths
GAP = 120.0  # pixels between packed components

Positions = dict[str, tuple[float, float]]


def spring(g: nx.Graph, centre: str | None = None) -> Positions:
    """networkx spring layout, ``centre`` pinned at (0, 0), scaled to the page."""
    if g.number_of_nodes() == 0:
        return {}
    fixed = [centre] if centre in g else None
    pos = nx.spring_layout(
        g, pos={centre: (0.0, 0.0)} if fixed else None, fixed=fixed, seed=7, method="force", iterations=100
    )
    scale = 140 * math.sqrt(g.number_of_nodes())
    return {n: (float(x) * scale, float(y) * scale) for n, (x, y) in pos.items()}


def _tree(g: nx.Graph, root: str) -> tuple[dict[str, list[str]], dict[str, int]]:
    """Breadth-first children (best-connected first) and depth of every node reachable from ``root``."""
    children: dict[str, list[str]] = {root: []}
    depth = {root: 0}
    degree = dict(g.degree)
    queue = deque([root])
    while queue:
        node = queue.popleft()
        for nb in sorted(g[node], key=lambda n: (-degree[n], str(n))):
            if nb not in depth:
                depth[nb] = depth[node] + 1
                children[node].append(nb)
                children[nb] = []
                queue.append(nb)
    return children, depth


def _radial_component(g: nx.Graph, root: str) -> Positions:
    children, depth = _tree(g, root)
    order = sorted(depth, key=lambda n: depth[n])
    size = {n: 1 for n in order}
    for node in reversed(order):
        for child in children[node]:
            size[node] += size[child]
    # the angle of each node: the middle of its slice, slices in proportion to subtree sizes
    angle = {root: 0.0}
    span = {root: (0.0, 2 * math.pi)}
    for node in order:
        start, end = span[node]
        extent = end - start
        total = sum(size[c] for c in children[node]) or 1
        for child in children[node]:
            width = extent * size[child] / total
            span[child] = (start, start + width)
            angle[child] = start + width / 2
            start += width
    # each depth is a band of concentric rings, wide enough to give every node about SPACING² of
    # room; along the band the nodes keep their angular order, evenly spaced, alternating rings
    rings: dict[int, list[str]] = {}
    for node in order[1:]:
        rings.setdefault(depth[node], []).append(node)
    pos: Positions = {root: (0.0, 0.0)}
    inner = 0.0
    for d in sorted(rings):
        nodes = sorted(rings[d], key=lambda n: (angle[n], str(n)))
        inner = max(inner + RING_GAP, RING_STEP if d == 1 else inner + RING_GAP)
        outer = math.sqrt(inner**2 + len(nodes) * SPACING**2 / math.pi)
        layers = max(1, round((outer - inner) / SPACING))
        for i, node in enumerate(nodes):
            radius = inner + (outer - inner) * ((i % layers) + 0.5) / layers
            theta = 2 * math.pi * (i + 0.5) / len(nodes) + angle[nodes[0]]
            pos[node] = (round(radius * math.cos(theta), 2), round(radius * math.sin(theta), 2))
        inner = outer
    return pos


def radial(g: nx.Graph, centre: str | None = None) -> Positions:
    """Radial tree layout of every component, packed in rows (see the module's docstring)."""
    parts = []
    for nodes in nx.connected_components(g):
        sub = g.subgraph(nodes)
        root = centre if centre is not None and centre in nodes else max(nodes, key=lambda n: (sub.degree(n), str(n)))
        pos = _radial_component(sub, root)
        radius = max((math.hypot(x, y) for x, y in pos.values()), default=0.0) + SPACING
        parts.append((centre in nodes, len(nodes), radius, pos))
    parts.sort(key=lambda p: (not p[0], -p[1]))
    if not parts:
        return {}
    _, _, first_radius, out = parts[0]  # the centre's (or the biggest) component, at the origin
    out = dict(out)
    rest = parts[1:]
    row_width = max(math.sqrt(sum((2 * r) ** 2 for _, _, r, _ in rest)) * 1.3, 2 * first_radius)
    left = -row_width / 2
    x, y, row_height = left, first_radius + GAP, 0.0
    for _, _, radius, pos in rest:
        if x > left and x + 2 * radius - left > row_width:
            x, y, row_height = left, y + row_height + GAP, 0.0
        cx, cy = x + radius, y + radius
        out.update({n: (px + cx, py + cy) for n, (px, py) in pos.items()})
        x += 2 * radius + GAP
        row_height = max(row_height, 2 * radius)
    return out


def layout(g: nx.Graph, centres: Sequence[str] = ()) -> tuple[str, Positions]:
    """The layout that suits the size of ``g``: ('spring', …) up to ``SPRING_LIMIT`` nodes, else ('radial', …)."""
    simple = nx.Graph(g)
    centre = next((c for c in centres if c in simple), None)
    if simple.number_of_nodes() <= SPRING_LIMIT:
        return "spring", spring(simple, centre)
    return "radial", radial(simple, centre)
