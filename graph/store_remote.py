"""The remote store: a SPARQL 1.1 server (Oxigraph server, Apache Jena Fuseki, GraphDB, ...).

A remote store is named by its endpoint URL (see docs/queries.md):

* ``http://host:7878/query`` – a URL whose last path segment is ``query`` has its update
  endpoint beside it, ``…/update`` (Oxigraph server; Fuseki's ``/ds/query`` and ``/ds/update``);
* ``QUERY_URL|UPDATE_URL`` – an explicit pair, for servers that put them elsewhere
  (GraphDB: ``http://host:7200/repositories/r|http://host:7200/repositories/r/statements``);
* any other URL – one endpoint that takes both queries and updates (Fuseki's ``/ds``,
  Virtuoso's ``/sparql``).

Reading goes through rdflib's ``SPARQLUpdateStore`` (``graph/rdflib_adapter.py``): queries are
POSTed, results come back as SPARQL JSON; bound parameters travel as a ``VALUES`` block opening
the ``WHERE`` group.
Writing is batched: one article's new triples are found with one query and sent as one
``INSERT DATA`` request, so an article is all-or-nothing on servers that apply one update
request atomically.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from io import BytesIO
from typing import Any, ClassVar
from urllib.error import HTTPError, URLError
from urllib.parse import urlencode
from urllib.request import Request, urlopen

from rdflib import Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.query import Result
from rdflib.term import BNode, Node

from diplograph.graph.rdflib_adapter import EndpointStoreBase
from diplograph.graph.store_base import GraphStore, StoreError

Triple = tuple[Node, Node, Node]

# Triples are checked against the server in chunks of this many rows (keeps requests small).
CHECK_CHUNK = 500
# Seconds to wait for the server to answer one request.
REQUEST_TIMEOUT = 120.0
QUERY_ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8"


class RemoteStoreError(StoreError):
    """The SPARQL server could not be reached or refused a request."""


def endpoints(spec: str) -> tuple[str, str]:
    """The (query, update) endpoint URLs named by a store spec (see the module docstring)."""
    spec = spec.strip()
    if "|" in spec:
        query, update = (part.strip() for part in spec.split("|", 1))
        if not query.startswith(("http://", "https://")) or not update.startswith(("http://", "https://")):
            raise StoreError(f"bad store URL pair {spec!r}: expected QUERY_URL|UPDATE_URL, both http(s)")
        return query, update
    base, _, last = spec.rstrip("/").rpartition("/")
    if last == "query" and "://" in base and base.split("://", 1)[1]:
        return spec, f"{base}/update"
    return spec, spec


def _reason(exc: Exception) -> str:
    if isinstance(exc, HTTPError):
        body = ""
        try:
            body = exc.read().decode("utf-8", "replace").strip().splitlines()[0][:300]
        except Exception:
            pass
        return f"HTTP {exc.code} {exc.reason}" + (f": {body}" if body else "")
    if isinstance(exc, URLError):
        return str(exc.reason)
    return str(exc) or type(exc).__name__


class RemoteStore(EndpointStoreBase):
    """rdflib's ``SPARQLUpdateStore`` that POSTs its requests with a time-out and turns failures into ``StoreError``."""

    def __init__(self, query_endpoint: str, update_endpoint: str, timeout: float = REQUEST_TIMEOUT):
        super().__init__(
            query_endpoint=query_endpoint,
            update_endpoint=update_endpoint,
            method="POST",
            returnFormat="json",
            autocommit=False,
            context_aware=True,
        )
        self.timeout = timeout

    def query(self, query, initNs=None, initBindings=None, queryGraph=None, DEBUG=False):  # type: ignore[override]  # noqa: N803
        """As rdflib's, but bound values go in a ``VALUES`` block at the start of the outer ``WHERE``
        group (where the embedded store's substitution puts them), not after the whole query:
        the server then filters before grouping instead of grouping every event first."""
        if initBindings and isinstance(query, str):
            query = bind_inline(query, initBindings)
            initBindings = None
        return super().query(
            query, initNs=initNs or {}, initBindings=initBindings or {}, queryGraph=queryGraph, DEBUG=DEBUG
        )

    def send_query(self, query: str, default_graph: str | None) -> Result:
        """POST one query (with a time-out); SELECT/ASK come back as SPARQL JSON, graphs as N-Triples."""
        params = {"default-graph-uri": default_graph} if default_graph and not isinstance(default_graph, BNode) else {}
        url = str(self.query_endpoint) + (f"?{urlencode(params)}" if params else "")
        body, ctype = self.post(url, query, "application/sparql-query", QUERY_ACCEPT)
        try:
            return Result.parse(BytesIO(body), content_type=ctype or "application/sparql-results+json")
        except Exception as exc:
            raise RemoteStoreError(
                f"SPARQL endpoint {self.query_endpoint} sent an answer that cannot be read "
                f"({ctype or 'no content type'}): {exc}"
            ) from None

    def send_update(self, update: str) -> None:
        """POST one update request (with a time-out)."""
        self.post(str(self.update_endpoint), update, "application/sparql-update", "*/*")

    def post(self, url: str, text: str, content_type: str, accept: str) -> tuple[bytes, str]:
        request = Request(
            url,
            data=text.encode("utf-8"),
            method="POST",
            headers={"Content-Type": f"{content_type}; charset=UTF-8", "Accept": accept},
        )
        try:
            with urlopen(request, timeout=self.timeout) as response:
                return response.read(), response.headers.get("Content-Type", "").split(";")[0].strip()
        except (HTTPError, URLError, OSError) as exc:
            raise RemoteStoreError(f"SPARQL endpoint {url}: {_reason(exc)}") from None


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def bind_inline(query: str, bindings: Mapping[str, Node]) -> str:
    """``query`` with ``VALUES (?a ?b) { (t1 t2) }`` opening its first ``WHERE`` group; terms are
    written by rdflib (``n3``), never pasted from user text."""
    names = list(bindings)
    for name in names:
        if not re.fullmatch(r"[A-Za-z_]\w*", str(name)):
            raise RemoteStoreError(f"bad variable name {name!r}")
    match = _WHERE.search(query)
    values = f"VALUES ({' '.join('?' + str(n) for n in names)}) {{ ({' '.join(bindings[n].n3() for n in names)}) }}"
    if match is None:  # no WHERE keyword: rdflib's own way, after the query
        return f"{query}\n{values}"
    return f"{query[: match.end()]} {values} {query[match.end() :]}"


def open_graph(spec: str) -> Graph:
    """An rdflib Graph over the default graph of the SPARQL server named by ``spec``.

    Raises ``StoreError`` when the server does not answer a trivial query."""
    query, update = endpoints(spec)
    store = RemoteStore(query, update)
    graph = Graph(store=store, identifier=DATASET_DEFAULT_GRAPH_ID)
    try:
        graph.query("ASK { }")
    except RemoteStoreError as exc:
        raise RemoteStoreError(f"cannot use store {spec}: {exc}") from None
    return graph


def _values_rows(triples: list[Triple]) -> str:
    return "\n".join(f"({s.n3()} {p.n3()} {o.n3()})" for s, p, o in triples)


def existing(graph: Graph, triples: list[Triple]) -> set[Triple]:
    """Which of ``triples`` the server already holds, asked in a few queries rather than one per triple."""
    found: set[Triple] = set()
    for i in range(0, len(triples), CHECK_CHUNK):
        chunk = triples[i : i + CHECK_CHUNK]
        sparql = f"SELECT ?s ?p ?o WHERE {{ VALUES (?s ?p ?o) {{ {_values_rows(chunk)} }} ?s ?p ?o }}"
        for row in graph.query(sparql):
            r: Any = row
            found.add((r.s, r.p, r.o))
    return found


def add_new(graph: Graph, triples: Iterable[Triple]) -> int:
    """Send the triples the server lacks in one ``INSERT DATA`` request; returns how many were new."""
    unique = list(dict.fromkeys(triples))
    if any(isinstance(term, BNode) for t in unique for term in t):
        raise RemoteStoreError("blank nodes cannot be written to a remote store")
    present = existing(graph, unique)
    new = [t for t in unique if t not in present]
    if not new:
        return 0
    store = graph.store
    assert isinstance(store, RemoteStore)
    try:
        store.commit()  # edits rdflib holds back (updates made through the graph) go first, in order
    except Exception:
        store.rollback()  # a failed request is not retried with the next article's
        raise
    body = "\n".join(f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in new)
    store.send_update(f"INSERT DATA {{\n{body}\n}}")  # one request: all of the article or nothing
    return len(new)


class SparqlStore(GraphStore):
    """A store that lives in a SPARQL 1.1 server, named by its endpoint URL (see the module docstring)."""

    kind: ClassVar[str] = "sparql"

    def __init__(self, spec: str) -> None:
        super().__init__(open_graph(spec), spec)

    def add_atomic(self, triples: Iterable[Triple]) -> int:
        """One query for the triples already there, one ``INSERT DATA`` request for the rest."""
        return add_new(self.graph, triples)

    def graph_names(self) -> set[str]:
        return {str(row.g) for row in self.graph.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")}  # type: ignore[union-attr]


__all__ = [
    "RemoteStore",
    "RemoteStoreError",
    "SparqlStore",
    "add_new",
    "bind_inline",
    "endpoints",
    "existing",
    "open_graph",
]
