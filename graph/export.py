"""Writing the graph out in standard RDF formats that load back unchanged."""

from __future__ import annotations

import sys

from rdflib import Dataset, Graph

from diplograph.graph import corrections
from diplograph.graph.store import GraphStore
from diplograph.graph.vocab import PREFIXES

FORMATS = {
    "turtle": "turtle",
    "ttl": "turtle",
    "trig": "trig",
    "nt": "nt",
    "ntriples": "nt",
    "n-triples": "nt",
    "json-ld": "json-ld",
    "jsonld": "json-ld",
    "xml": "xml",
}


def to_graph(store: GraphStore) -> Graph:
    """A plain in-memory copy of the store's triples (the default graph)."""
    out = Graph()
    for prefix, ns in PREFIXES.items():
        out.bind(prefix, ns, override=True)
    for triple in store.graph.triples((None, None, None)):
        out.add(triple)
    return out


def export_graph(store: GraphStore, path: str, fmt: str = "turtle", raw: bool = False) -> int:
    """Serialize every triple to ``path`` ('-' for standard output); returns the triple count.

    The graph is the corrected view (``graph.corrections``) unless ``raw``; TriG also carries the
    corrections themselves, in their named graph."""
    fmt = FORMATS.get(fmt.lower(), fmt)
    graph = to_graph(store if raw else corrections.view(store))
    if fmt == "trig":
        dataset = Dataset()
        for prefix, ns in PREFIXES.items():
            dataset.bind(prefix, ns, override=True)
        for triple in graph:
            dataset.add(triple)
        corrections.copy_into(store, dataset.graph(corrections.GRAPH))
        data = dataset.serialize(format="trig")
    else:
        data = graph.serialize(format=fmt)
    if path == "-":
        sys.stdout.write(data)
    else:
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(data)
    return len(graph)
