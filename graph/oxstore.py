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

A query on the store's default graph is run on the pyoxigraph store we hold and its answer made
into rdflib terms here, each once (through oxrdflib a simple literal was made twice, and making
rdflib terms is most of what a page of a named query costs above Oxigraph's own time).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, overload

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import BNode, Graph, Literal, URIRef, Variable
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
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


_XSD_STRING = URIRef(str(XSD.string))
_OX_STRING = ox.NamedNode(str(XSD.string))


def from_oxigraph(term: Any) -> Any:
    """The rdflib term for a pyoxigraph one (a triple term as a tuple); an ``xsd:string`` literal as
    the simple literal it is, ``None`` as ``None``."""
    kind = type(term)
    if kind is ox.NamedNode:
        return URIRef(term.value)
    if kind is ox.Literal:
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype == _OX_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    if kind is ox.BlankNode:
        return BNode(term.value)
    if kind is ox.Triple:
        return from_oxigraph(term.subject), from_oxigraph(term.predicate), from_oxigraph(term.object)
    return None


def quad(s: Node, p: Node, o: Node) -> ox.Quad:
    """A triple of rdflib terms as a pyoxigraph quad in the default graph."""
    return ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), ox.DefaultGraph())  # type: ignore[arg-type]


@overload
def simple_literal(term: Node) -> Node: ...
@overload
def simple_literal(term: None) -> None: ...
def simple_literal(term: Node | None) -> Node | None:
    """``"x"^^xsd:string`` as the simple literal ``"x"``; any other term unchanged."""
    if isinstance(term, Literal) and term.datatype is not None and term.datatype == _XSD_STRING:
        return Literal(str(term))
    return term


class SimpleLiteralStore(OxigraphStore):
    """``OxigraphStore`` whose triples and query answers carry simple literals (see the module docstring)."""

    def __init__(self, *args: Any, store: ox.Store | None = None, **kwargs: Any) -> None:
        super().__init__(*args, store=store, **kwargs)
        self.native = store  # the pyoxigraph store a SELECT runs on (``None``: oxrdflib's own)

    def _answer(self, query: Any, initNs: Any, initBindings: Any, queryGraph: Any, **kwargs: Any) -> Result | None:
        """A query on the default graph, run on the pyoxigraph store we hold, its answer made into
        rdflib terms once; ``None`` when oxrdflib is to run it (no store of ours, another graph)."""
        if self.native is None or kwargs or not isinstance(query, str) or queryGraph != DATASET_DEFAULT_GRAPH_ID:
            return None
        answer = self.native.query(
            query,
            prefixes={
                **{prefix: str(ns) for prefix, ns in self.namespaces()},
                **{k: str(v) for k, v in initNs.items()},
            },
            substitutions={ox.Variable(k): to_oxigraph(v) for k, v in initBindings.items()},
        )
        if isinstance(answer, ox.QuerySolutions):
            result = Result("SELECT")
            result.vars = [Variable(v.value) for v in answer.variables]
            result.bindings = [
                {var: from_oxigraph(value) for var, value in zip(result.vars, row) if value is not None}
                for row in answer
            ]
        elif isinstance(answer, ox.QueryBoolean):
            result = Result("ASK")
            result.askAnswer = bool(answer)
        else:
            result = Result("CONSTRUCT")  # and DESCRIBE, as oxrdflib has it
            result.graph = Graph()
            result.graph += (from_oxigraph(t) for t in answer)
        return result

    def triples(self, triple_pattern: Any, context: Graph | None = None) -> Iterator[Any]:
        for (s, p, o), contexts in super().triples(triple_pattern, context):
            yield (s, p, simple_literal(o)), contexts

    def query(self, query: Any, initNs: Any, initBindings: Any, queryGraph: Any, **kwargs: Any) -> Result:
        answered = self._answer(query, initNs, initBindings, queryGraph, **kwargs)
        if answered is not None:
            return answered
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


__all__ = ["OxTerm", "SimpleLiteralStore", "from_oxigraph", "quad", "simple_literal", "to_oxigraph"]
