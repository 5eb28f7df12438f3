"""What the adapter modules rely on in rdflib, pyvis and pyoxigraph: an upgrade that changes it
fails here, not somewhere down a query or a drawing."""

from __future__ import annotations

import ast
from io import BytesIO
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import XSD
from rdflib.query import Result

from diplograph.graph.oxstore import SimpleLiteralStore, quad, to_oxigraph
from diplograph.graph.pyvis_adapter import NodeIds, network
from diplograph.graph.rdflib_adapter import INVALID_IRI_CHARS, EndpointStoreBase, is_valid_iri

ROOT = Path(__file__).resolve().parents[1]
A, P, B = URIRef("urn:x:a"), URIRef("urn:x:p"), URIRef("urn:x:b")


class LocalEndpoint(EndpointStoreBase):
    """The adapter's hooks answered by an rdflib graph in this process (a real engine, no server)."""

    def __init__(self) -> None:
        super().__init__(
            query_endpoint="urn:x:query", update_endpoint="urn:x:update", autocommit=False, context_aware=True
        )
        self.data = Graph()
        self.sent: list[tuple[str, str]] = []

    def send_query(self, query: str, default_graph: str | None) -> Result:
        self.sent.append(("query", query))
        body = self.data.query(query).serialize(format="json")
        assert body is not None
        return Result.parse(BytesIO(body), content_type="application/sparql-results+json")

    def send_update(self, update: str) -> None:
        self.sent.append(("update", update))
        self.data.update(update)


def test_rdflib_sends_queries_and_updates_through_the_hooks():
    endpoint = LocalEndpoint()
    graph = Graph(store=endpoint, identifier=DATASET_DEFAULT_GRAPH_ID)
    graph.update("INSERT DATA { <urn:x:a> <urn:x:p> <urn:x:b> }")
    assert [kind for kind, _ in endpoint.sent] == []  # held back until the next read (autocommit off)
    rows = list(graph.query("SELECT ?o WHERE { <urn:x:a> <urn:x:p> ?o }"))
    assert [kind for kind, _ in endpoint.sent] == ["update", "query"]
    assert [row[0] for row in rows] == [B]  # type: ignore[index]
    assert (A, P, B) in {t for t, _ in endpoint.triples((None, None, None), graph)}


def test_the_default_graph_is_the_servers_default_graph_not_a_named_one():
    endpoint = LocalEndpoint()
    graph = Graph(store=endpoint, identifier=DATASET_DEFAULT_GRAPH_ID)
    list(graph.triples((None, None, None)))
    list(graph.query("SELECT * WHERE { ?s ?p ?o }"))
    assert endpoint.sent and all(
        "GRAPH" not in text and str(DATASET_DEFAULT_GRAPH_ID) not in text for _, text in endpoint.sent
    )


def test_rollback_drops_held_back_edits():
    endpoint = LocalEndpoint()
    graph = Graph(store=endpoint, identifier=DATASET_DEFAULT_GRAPH_ID)
    graph.update("INSERT DATA { <urn:x:a> <urn:x:p> <urn:x:b> }")
    endpoint.rollback()
    endpoint.commit()
    assert endpoint.sent == []


def test_iri_characters_agree_with_rdflib():
    from rdflib import term

    assert INVALID_IRI_CHARS == term._invalid_uri_chars  # the private rule the adapter copies
    for text in ("https://example.org/a?b=c#d", "urn:x:y", "http://x/a b", "http://x/<", "http://x/{y}", 'http://x/"'):
        assert is_valid_iri(text) == term._is_valid_uri(text), text


def test_pyvis_adds_nodes_through_the_id_list_and_the_page_is_unchanged():
    def draw(net):
        for i in range(5):
            net.add_node(f"n{i}", label=f"N{i}")
        net.add_node("n0", label="again")  # already there: ignored by pyvis
        for i in range(4):
            net.add_edge(f"n{i}", f"n{i + 1}")
        return net.get_network_data()[:2]

    fast = network(directed=True)
    assert isinstance(fast.node_ids, NodeIds)
    nodes, edges = draw(fast)
    assert list(fast.node_ids) == [f"n{i}" for i in range(5)] and fast.node_ids.members == set(fast.node_ids)
    from pyvis.network import Network

    assert (nodes, edges) == draw(Network(directed=True))


def test_oxigraph_terms_from_rdflib_terms():
    assert to_oxigraph(A) == ox.NamedNode("urn:x:a")
    assert to_oxigraph(BNode("b1")) == ox.BlankNode("b1")
    assert to_oxigraph(Literal("x")) == ox.Literal("x")  # a simple literal is an xsd:string one
    assert to_oxigraph(Literal("x", lang="fr")) == ox.Literal("x", language="fr")
    assert to_oxigraph(Literal(3)) == ox.Literal("3", datatype=ox.NamedNode(str(XSD.integer)))
    with pytest.raises(TypeError):
        to_oxigraph(None)  # type: ignore[arg-type]


def test_oxrdflib_over_our_own_pyoxigraph_store_reads_what_we_write():
    native = ox.Store()
    native.extend([quad(A, P, Literal("Xi Jinping"))])
    graph = Graph(store=SimpleLiteralStore(store=native), identifier=DATASET_DEFAULT_GRAPH_ID)
    assert list(graph.triples((None, None, None))) == [(A, P, Literal("Xi Jinping"))]
    row = next(iter(graph.query("SELECT ?o WHERE { ?s ?p ?o }")))
    assert row[0] == Literal("Xi Jinping") and row[0].datatype is None  # type: ignore[index]
    graph.update("INSERT DATA { <urn:x:a> <urn:x:p> <urn:x:b> }")
    assert (
        ox.Quad(ox.NamedNode("urn:x:a"), ox.NamedNode("urn:x:p"), ox.NamedNode("urn:x:b"), ox.DefaultGraph()) in native
    )


def _underscore_uses(path: Path, libraries: set[str]) -> list[str]:
    """``_name`` imported from, or read off, a module of ``libraries`` in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported = {}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] in libraries:
            found += [f"{node.module}.{a.name}" for a in node.names if a.name.startswith("_")]
            found += [node.module] if any(part.startswith("_") for part in node.module.split(".")) else []
            imported.update({a.asname or a.name: node.module for a in node.names})
        elif isinstance(node, ast.Import):
            imported.update({a.asname or a.name: a.name for a in node.names if a.name.split(".")[0] in libraries})
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and node.attr.startswith("_")
            and not node.attr.startswith("__")
            and isinstance(node.value, ast.Name)
            and node.value.id in imported
        ):
            found.append(f"{node.value.id}.{node.attr}")
    return found


def test_no_module_reaches_into_a_librarys_private_names_outside_its_adapter():
    libraries = {"rdflib", "oxrdflib", "pyoxigraph", "pyvis", "spacy", "networkx", "fastapi", "starlette", "uvicorn"}
    adapters = {"graph/rdflib_adapter.py", "graph/pyvis_adapter.py", "graph/oxstore.py"}
    offenders = {}
    for folder in ("graph", "queries", "ingest", "diplograph"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            rel = str(path.relative_to(ROOT))
            if rel in adapters:
                continue
            uses = _underscore_uses(path, libraries)
            if uses:
                offenders[rel] = uses
    assert offenders == {}
