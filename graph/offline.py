"""rdflib's SPARQL engine made unable to fetch anything (the second wall behind ``queries/guard.py``).

rdflib evaluates the queries of a ``memory:`` store itself, and out of the box it would send an
HTTP request for ``SERVICE <url>`` and, on a dataset, fetch the IRIs of ``FROM`` clauses.  Two of
its own settings stop that for the whole process:

* ``rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False``: a ``FROM`` IRI is never loaded;
* a custom evaluation hook (``CUSTOM_EVALS``) that refuses every ``SERVICE`` pattern before
  rdflib's own evaluation of it would open a connection.

Oxigraph (the embedded store) has no such switch in pyoxigraph: there the guard is the wall.
"""

from __future__ import annotations

from typing import NoReturn

HOOK = "diplograph-no-service"
SERVICE_REFUSED = "SERVICE is refused: a query reads this store only and never sends a request to another server"


def _refuse_service(ctx: object, part: object) -> NoReturn:
    """rdflib's evaluation hook: refuse a SERVICE pattern, leave every other part to rdflib."""
    if getattr(part, "name", None) == "ServiceGraphPattern":
        raise PermissionError(SERVICE_REFUSED)
    raise NotImplementedError  # rdflib's way of saying "not mine: evaluate it as usual"


def lock_down_rdflib() -> None:
    """Stop rdflib's SPARQL engine from loading FROM graphs and from running SERVICE patterns."""
    from rdflib.plugins import sparql

    sparql.SPARQL_LOAD_GRAPHS = False
    sparql.CUSTOM_EVALS[HOOK] = _refuse_service


__all__ = ["HOOK", "SERVICE_REFUSED", "lock_down_rdflib"]
