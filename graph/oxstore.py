"""The embedded Oxigraph store as rdflib sees it (the pyoxigraph and oxrdflib adapter).

Public APIs only: oxrdflib's ``OxigraphStore`` is built over a pyoxigraph ``Store`` that we open
and keep ourselves (``OxigraphStore(store=...)``), and rdflib terms become pyoxigraph terms
through pyoxigraph's own constructors (``to_oxigraph``), so nothing reaches into oxrdflib's
private converter or its ``_inner`` store.  ``tests/test_adapters.py`` pins what is relied on.

RDF 1.1 simple literals are kept simple.  RDF 1.1 makes ``"Xi Jinping"`` and
``"Xi Jinping"^^xsd:string`` one and the same term, and
Oxigraph stores both as the latter.  oxrdflib hands such a literal back to rdflib with the
datatype written out, and rdflib (which still tells the two apart) then serialises
``schema:name "Xi Jinping"^^xsd:string`` and does not find it with ``schema:name "Xi Jinping"``.
The model writes plain ``Literal(text)``; this store gives every literal read back (triples,
query rows, constructed graphs) in that same simple form, so exports load as they mean.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, overload

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.query import Result
from rdflib.term import Node

OxTerm = ox.NamedNode | ox.BlankNode | ox.Literal


def to_oxigraph(term: Node) -> OxTerm:
    """The pyoxigraph term for an rdflib IRI, blank node or literal (a simple literal becomes an
    ``xsd:string`` one, as RDF 1.1 has it)."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)) if term.datatype else None)
    raise TypeError(f"not an RDF term Oxigraph stores: {term!r}")


def quad(s: Node, p: Node, o: Node) -> ox.Quad:
    """A triple of rdflib terms as a pyoxigraph quad in the default graph."""
    return ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), ox.DefaultGraph())  # type: ignore[arg-type]


@overload
def simple_literal(term: Node) -> Node: ...
@overload
def simple_literal(term: None) -> None: ...
def simple_literal(term: Node | None) -> Node | None:
    """``"x"^^xsd:string`` as the simple literal ``"x"``; any other term unchanged."""
    if isinstance(term, Literal) and term.datatype == XSD.string and term.language is None:
        return Literal(str(term))
    return term


class SimpleLiteralStore(OxigraphStore):
    """``OxigraphStore`` whose triples and query answers carry simple literals (see the module docstring)."""

    def triples(self, triple_pattern: Any, context: Graph | None = None) -> Iterator[Any]:
        for (s, p, o), contexts in super().triples(triple_pattern, context):
            yield (s, p, simple_literal(o)), contexts

    def query(self, query: Any, initNs: Any, initBindings: Any, queryGraph: Any, **kwargs: Any) -> Result:
        result = super().query(query, initNs, initBindings, queryGraph, **kwargs)
        if result.type == "SELECT":
            result.bindings = [
                {var: simple_literal(value) for var, value in row.items()}  # type: ignore[misc]
                for row in result.bindings
            ]
        elif result.type in ("CONSTRUCT", "DESCRIBE") and result.graph is not None:
            graph = Graph()
            graph += ((s, p, simple_literal(o)) for s, p, o in result.graph)
            result.graph = graph
        return result


__all__ = ["OxTerm", "SimpleLiteralStore", "quad", "simple_literal", "to_oxigraph"]
