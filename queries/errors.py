"""The errors the query layer shows to a person: one line each, never a traceback."""

from __future__ import annotations


class QueryError(Exception):
    """A named query that does not exist, a bad parameter, or a query that failed; meant for the user."""


class QueryRefused(QueryError):
    """A query that is never run: an update, or one that would make the engine send a request."""


__all__ = ["QueryError", "QueryRefused"]
