"""The one place that relies on rdflib beyond its documented API (``tests/test_adapters.py`` pins it).

* ``EndpointStoreBase``: rdflib's ``SPARQLUpdateStore`` sends every request through two methods
  of its own, ``_query`` and ``_update``, and decides whether a graph is a named graph with
  ``_is_contextual``.  This class overrides those three and hands the requests to public methods
  (``send_query``, ``send_update``) that a subclass implements (``graph/store_remote.py``: POST
  with a time-out, one-line errors), and makes rdflib's default-graph identifier mean the
  server's default graph.
* ``is_valid_iri``: the characters rdflib refuses in an IRI (``rdflib.term`` checks them with a
  private function and only logs a warning), so a user's text can be refused before it becomes
  a ``URIRef``.

Everything else diplograph does with rdflib goes through its public API (``Graph``, ``Result``,
terms and their ``n3()``, ``Store`` plugins).
"""

from __future__ import annotations

from typing import Any

from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore
from rdflib.query import Result

# The characters rdflib's URIRef finds invalid in an IRI (rdflib.term._invalid_uri_chars).
INVALID_IRI_CHARS = '<>" {}|\\^`'


def is_valid_iri(text: str) -> bool:
    """Whether rdflib takes ``text`` as an IRI without complaint (none of ``INVALID_IRI_CHARS``)."""
    return not any(c in text for c in INVALID_IRI_CHARS)


class EndpointStoreBase(SPARQLUpdateStore):
    """``SPARQLUpdateStore`` whose requests go to ``send_query`` / ``send_update`` (see the module docstring)."""

    def send_query(self, query: str, default_graph: str | None) -> Result:
        """Send one query (``default_graph``: a ``default-graph-uri`` to name, if any) and parse the answer."""
        raise NotImplementedError

    def send_update(self, update: str) -> None:
        """Send one update request."""
        raise NotImplementedError

    # -- rdflib's private hooks ---------------------------------------------------------------
    def _query(self, query: str, default_graph: str | None = None, named_graph: str | None = None) -> Result:
        self._queries += 1
        return self.send_query(query, default_graph)

    def _update(self, update: str) -> None:
        self._updates += 1
        self.send_update(update)

    def _is_contextual(self, graph: Any) -> bool:  # type: ignore[override]
        # rdflib passes the default graph's identifier as a plain IRI when querying; it must
        # mean the server's default graph, not a named graph called urn:x-rdflib:default.
        if graph == DATASET_DEFAULT_GRAPH_ID or getattr(graph, "identifier", None) == DATASET_DEFAULT_GRAPH_ID:
            return False
        return bool(super()._is_contextual(graph))


__all__ = ["EndpointStoreBase", "INVALID_IRI_CHARS", "is_valid_iri"]
