"""A malformed query explained in one line: where (line and column) and a short reason.

The engines' own messages are grammar dumps (Oxigraph lists every character class it would have
taken; pyparsing lists rule names).  ``explain(text, exc)`` reads the position from rdflib's
SPARQL parser when it can (its position is the token where the query stops making sense), and
from Oxigraph's ``error at LINE:COLUMN`` otherwise, and says what stands there.
"""

from __future__ import annotations

import re

_OXIGRAPH = re.compile(r"error at (\d+):(\d+): (.*)", re.DOTALL)
_PREFIX = re.compile(r"Unknown namespace prefix\s*:\s*(\S+)")
_HTTP = re.compile(r"\bHTTP (\d{3})(?: ([A-Za-z][A-Za-z ]*))?")  # a remote store's server refused it
SHORT = 60  # an engine's "expected ..." longer than this is a grammar dump, not a reason


def _offset(text: str, line: int, column: int) -> int:
    lines = text.split("\n")
    return sum(len(x) + 1 for x in lines[: max(0, line - 1)]) + max(0, column - 1)


def at(text: str, offset: int) -> str:
    """What stands at ``offset``: a word or one character, quoted, or "the end of the query"."""
    rest = text[offset:].lstrip()
    if not rest:
        return "the end of the query"
    match = re.match(r"[\w?$:.-]+|\S", rest)
    token = match.group() if match else rest[0]
    return f'"{token[:30]}"'


def _from_rdflib(text: str) -> str | None:
    """The position and token of rdflib's parse error, or ``None`` when rdflib reads the query."""
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        parseQuery(text)
    except RecursionError:
        return "the query is nested too deeply to read"
    except Exception as exc:
        line, column, loc = getattr(exc, "lineno", None), getattr(exc, "col", None), getattr(exc, "loc", None)
        if line is None or column is None or loc is None:
            return None
        reason = (
            ": expected the end of the query" if str(getattr(exc, "msg", "")).startswith("Expected end of text") else ""
        )
        return f"syntax error at line {line}, column {column}, at {at(text, loc)}{reason}"
    return None


def explain(text: str, exc: BaseException) -> str:
    """One line for a query the engine refused: ``query failed: syntax error at line 2, column 5, at "LIMT"``."""
    message = str(exc).strip()
    prefix = _PREFIX.search(message)
    if prefix:
        name = prefix.group(1).rstrip(":")
        return f"query failed: unknown prefix {name}: (declare it: PREFIX {name}: <...>)"
    located = _from_rdflib(text)
    if located:
        server = _HTTP.search(message)
        said = (
            f" (the server answered HTTP {server.group(1)}{' ' + server.group(2) if server.group(2) else ''})"
            if server
            else ""
        )
        return f"query failed: {located}{said}"
    match = _OXIGRAPH.match(message)
    if match:
        line, column, expected = int(match.group(1)), int(match.group(2)), " ".join(match.group(3).split())
        if "Prefix not found" in expected:
            before = re.search(r"([^\W\d][\w.-]*)?:[^\s:]*$", text[: _offset(text, line, column)].rstrip())
            name = before.group(1) or "" if before else "name"
            return (
                f"query failed: unknown prefix {name}: at line {line}, column {column} "
                f"(declare it: PREFIX {name}: <...>)"
            )
        reason = f": {expected}" if len(expected) <= SHORT and "[" not in expected else ""
        where = at(text, _offset(text, line, column))
        return f"query failed: syntax error at line {line}, column {column}, at {where}{reason}"
    first = message.splitlines()[0] if message else type(exc).__name__
    return f"query failed: {first[:200]}"


__all__ = ["at", "explain"]
