"""What a query from a user may do: read this store, and nothing else.

``check_query(text, ...)`` runs before any engine sees a user's query (``diplograph query`` and
every query of ``diplograph serve``) and raises ``QueryRefused`` with a one-line reason for:

* an update (``INSERT``, ``DELETE``, ``LOAD``, ``CLEAR``, ``DROP``, ...): the store is written
  through ``diplograph ingest`` only;
* ``SERVICE`` anywhere (in a subquery, ``OPTIONAL``, ``UNION``, ``FILTER EXISTS``, ...): the
  engine would send a request to the server it names;
* ``FROM`` / ``FROM NAMED`` with an IRI that is not one of the store's own graphs: an engine may
  fetch the IRI to build the dataset.

The query is read by a tokeniser that knows SPARQL's strings (short and long), IRIs, comments,
variables, prefixed names and language tags, so a keyword counts only where it is a keyword:
``"SERVICE"`` in a string, ``<http://example.org/SERVICE>``, ``?service``, ``ex:service`` and a
comment are data; ``service`` in any case is the keyword.  The text is read twice, as written
and with its ``\\uXXXX`` escapes expanded (SPARQL allows them anywhere), and a keyword found in
either reading refuses the query.  When rdflib's SPARQL parser can read the query, its parse
tree is searched as well, and a ``SERVICE`` or dataset clause found there but not by the
tokeniser refuses it too.  That second reading (the costly part) is left out only when neither
reading of the text holds, in any case, the letters of ``SERVICE``, ``FROM`` or of a word that
begins an update (``_COULD_REACH_OUT``): no parse of such a text can hold any of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from urllib.parse import urljoin

from diplograph.queries.errors import QueryRefused

UPDATE_KEYWORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"})
READ_ONLY = (
    "`diplograph query` and the HTTP endpoint (`diplograph serve`) only read; "
    "the store is written through `diplograph ingest`"
)
NO_REQUESTS = "a query reads this store only and never sends a request to another server"

_TOKEN = re.compile(
    r"""
  (?P<ws>\s+)
| (?P<comment>\#[^\n\r]*)
| (?P<long>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\")
| (?P<string>'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
| (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
| (?P<var>[?$]\w+)
| (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
| (?P<bnode>_:[\w.\-]*)
| (?P<pname>(?:[^\W\d_][\w.\-]*)?:(?:[\w.\-:%]|\\.)*)
| (?P<number>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?)
| (?P<word>[^\W\d]\w*)
| (?P<other>.)
""",
    re.VERBOSE | re.DOTALL,
)
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
# Letters without which no parse of a query has SERVICE, a dataset clause or an update.
_COULD_REACH_OUT = re.compile("|".join(["SERVICE", "FROM", *sorted(UPDATE_KEYWORDS)]), re.IGNORECASE)


@dataclass(frozen=True)
class Token:
    """One token of a query: its kind (a group name of ``_TOKEN``), its text and where it starts."""

    kind: str
    text: str
    line: int
    column: int

    def keyword(self) -> str | None:
        """The token as an upper-case keyword, if it is a bare word."""
        return self.text.upper() if self.kind == "word" else None


@dataclass
class Reading:
    """What the tokeniser found in one reading of a query."""

    update: Token | None = None
    service: list[Token] = field(default_factory=list)
    load: list[Token] = field(default_factory=list)
    datasets: list[tuple[Token, str | None, bool]] = field(default_factory=list)  # (FROM, IRI, named)


def expand_escapes(text: str) -> str:
    """``\\uXXXX`` and ``\\UXXXXXXXX`` replaced by their characters (a bad code point is left as written)."""

    def one(match: re.Match[str]) -> str:
        try:
            return chr(int(match.group(1) or match.group(2), 16))
        except (ValueError, OverflowError):
            return match.group(0)

    return _ESCAPE.sub(one, text)


def tokens(text: str) -> Iterator[Token]:
    """The significant tokens of ``text`` (white space and comments left out), in order."""
    line, line_start = 1, 0
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "other"
        if kind not in ("ws", "comment"):
            yield Token(kind, match.group(), line, match.start() - line_start + 1)
        newlines = match.group().count("\n")
        if newlines:
            line += newlines
            line_start = match.start() + match.group().rindex("\n") + 1


def read(text: str, prefixes: Mapping[str, str]) -> Reading:
    """One reading of a query: its update keyword, its SERVICE and LOAD keywords, its dataset clauses."""
    found = Reading()
    declared = dict(prefixes)
    base: str | None = None
    toks = list(tokens(text))
    i = 0
    while i < len(toks):  # the prologue: BASE and PREFIX declarations
        word = toks[i].keyword()
        if word == "BASE" and i + 1 < len(toks) and toks[i + 1].kind == "iri":
            base = toks[i + 1].text[1:-1]
            i += 2
        elif word == "PREFIX" and i + 2 < len(toks) and toks[i + 1].kind == "pname" and toks[i + 2].kind == "iri":
            declared[toks[i + 1].text.rstrip(":")] = urljoin(base or "", toks[i + 2].text[1:-1])
            i += 3
        else:
            break
    if i < len(toks) and toks[i].keyword() in UPDATE_KEYWORDS:
        found.update = toks[i]
    for j, tok in enumerate(toks):
        word = tok.keyword()
        if word == "SERVICE":
            found.service.append(tok)
        elif word == "LOAD":
            found.load.append(tok)
        elif word == "FROM":
            found.datasets.append(_dataset(tok, toks[j + 1 : j + 3], declared, base))
    return found


def _dataset(
    keyword: Token, after: list[Token], prefixes: Mapping[str, str], base: str | None
) -> tuple[Token, str | None, bool]:
    """A ``FROM [NAMED] iri`` clause: the IRI it names (``None`` when it cannot be told) and whether NAMED."""
    named = bool(after) and after[0].keyword() == "NAMED"
    target = after[1] if named and len(after) > 1 else (after[0] if after and not named else None)
    iri: str | None = None
    if target is not None and target.kind == "iri":
        iri = urljoin(base or "", target.text[1:-1])
    elif target is not None and target.kind == "pname":
        prefix, _, local = target.text.partition(":")
        if prefix in prefixes:
            iri = prefixes[prefix] + re.sub(r"\\(.)", r"\1", local)
    return keyword, iri, named


def _where(tok: Token) -> str:
    return f"line {tok.line}, column {tok.column}"


def _refuse(reading: Reading, own_graphs: Callable[[], Collection[str]]) -> None:
    if reading.load:
        tok = reading.load[0]
        raise QueryRefused(f"LOAD is refused ({_where(tok)}): it would fetch a URL into the store, and {READ_ONLY}")
    if reading.update is not None:
        tok = reading.update
        raise QueryRefused(f"{tok.text.upper()} is an update, and updates are refused: {READ_ONLY}")
    if reading.service:
        tok = reading.service[0]
        raise QueryRefused(f"SERVICE is refused ({_where(tok)}): {NO_REQUESTS}")
    if reading.datasets:
        graphs = set(own_graphs())
        for tok, iri, named in reading.datasets:
            if iri is None or iri not in graphs:
                clause = "FROM NAMED" if named else "FROM"
                shown = f"<{iri}>" if iri else "an IRI that cannot be resolved"
                raise QueryRefused(
                    f"{clause} {shown} is refused ({_where(tok)}): it is not one of this store's "
                    f"graphs (everything is in the default graph), and {NO_REQUESTS}"
                )


def check_query(
    text: str, own_graphs: Callable[[], Collection[str]] = frozenset, prefixes: Mapping[str, str] | None = None
) -> None:
    """Raise ``QueryRefused`` unless ``text`` only reads this store (see the module docstring).

    ``own_graphs`` gives the IRIs of the store's named graphs (asked only when the query has a
    ``FROM`` clause); ``prefixes`` are those the store declares for every query."""
    prefixes = prefixes or {}
    readings = [text]
    expanded = expand_escapes(text)
    if expanded != text:
        readings.append(expanded)
    found = [read(variant, prefixes) for variant in readings]
    for reading in found:
        _refuse(reading, own_graphs)
    if any(_COULD_REACH_OUT.search(variant) for variant in readings):
        _cross_check(text, any(r.datasets for r in found))


def _cross_check(text: str, has_dataset: bool) -> None:
    """Search rdflib's parse tree too: a SERVICE or FROM the tokeniser missed still refuses the query."""
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        tree = parseQuery(text)
    except Exception:  # pyparsing's ParseException, or a RecursionError on a deeply nested query
        try:
            parseUpdate(text)
        except Exception:
            return  # not SPARQL rdflib can read: the engine will say where it is wrong
        raise QueryRefused(f"this is an update, and updates are refused: {READ_ONLY}") from None
    names = set(_node_names(tree))
    if "ServiceGraphPattern" in names:
        raise QueryRefused(f"SERVICE is refused: {NO_REQUESTS}")
    if "DatasetClause" in names and not has_dataset:
        raise QueryRefused(f"FROM is refused: {NO_REQUESTS}")


def _node_names(tree: object) -> Iterator[str]:
    """The names of every node of an rdflib parse tree (walked without recursion)."""
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue):
            yield node.name
            stack.extend(node.values())
        elif isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, (str, bytes)):  # rdflib's terms are strings too
            continue
        elif isinstance(node, Iterable):  # pyparsing's ParseResults, lists, tuples
            stack.extend(node)


__all__ = ["QueryRefused", "Reading", "Token", "check_query", "expand_escapes", "read", "tokens"]
