"""The named query library: ``queries/*.rq`` files, their parameters, and running them safely.

Each ``.rq`` file starts with a comment header::

    # What the query answers, in one or more lines.
    # param person: person (required) - what the parameter means
    # param since: date - ...

Parameter types and how a user's text becomes RDF terms:

* ``person``  a name, resolved to the IRIs of every person whose name or other name matches it
  (case, accents and a surname alone are enough: ``maduro`` finds "Nicolás Maduro"), or an IRI;
* ``place``   a place or country name, resolved to the places of that name, the places inside a
  country of that name, and the country itself;
* ``country`` a country name, resolved to the country IRIs of that name;
* ``event``   an event IRI (or the part after ``/id/``);
* ``date``    ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, bound as a string literal;
* ``type``    an event type (``meet``, ``phone_call``, ...); ``text``: any string literal.

A query that answers in pages declares its orders and its page size::

    # order date: DESC(?date) ?pair            (the first is the default; the text uses it)
    # order meetings: DESC(?meetings) DESC(?date) ?pair
    # page: 50                                  (the text holds LIMIT 50 where the page is cut)

``page`` rewrites those places for ``--limit``, ``--offset`` and ``--order`` (``--limit 0``: every
row); a query without them gets ``LIMIT``/``OFFSET`` after its last line.  A query that reads only
what its page reaches (lists kept in page order, docs/model.md) learns the page from a row
``VALUES (?order ?pageEnd) { ("date" 50) }`` (the default order's name and page size, as many
times as its subqueries need it): ``page`` puts the order's name and offset + limit there
(``UNDEF`` for every row).

Values are bound as RDF terms in a ``VALUES`` block placed at the start of the query's outer
``WHERE`` group (or at each line ``# parameters here`` the query has), written with rdflib's
``.n3()`` serialisation: the user's text never becomes query
syntax, and a name that matches several people binds all of them. A parameter left out is left
unbound (each query says what it then means, usually "no filter").
"""

from __future__ import annotations

import csv
import difflib
import io
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.query import Result
from rdflib.term import Node

from diplograph.graph.oxstore import simple_literal
from diplograph.graph.rdflib_adapter import is_valid_iri
from diplograph.graph.store import GraphStore
from diplograph.graph.vocab import ID, PREFIXES
from diplograph.ingest.records import EVENT_TYPES, fold, name_matches
from diplograph.queries.errors import QueryError, QueryRefused
from diplograph.queries.guard import check_query
from diplograph.queries.syntax import explain

QUERIES_DIR = Path(__file__).resolve().parent
PARAM_TYPES = ("person", "place", "country", "event", "date", "type", "text")

_ORDER_LINE = re.compile(r"#\s*order\s+([A-Za-z_][\w-]*)\s*:\s*(.+?)\s*$")
_PAGE_LINE = re.compile(r"#\s*page\s*:\s*(\d+)\s*$")
_PARAM_LINE = re.compile(r"#\s*param\s+([A-Za-z_]\w*)\s*:\s*(\w+)\s*(\(required\))?\s*(?:[-–—]\s*(.*))?$")
_DATE = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")
_MARK = re.compile(r"^[ \t]*# parameters here[ \t]*$", re.MULTILINE)
_PAGE_VALUES = re.compile(r'VALUES \(\?order \?pageEnd\) \{ \("([\w-]+)" (\d+)\) \}')
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


@dataclass(frozen=True)
class Param:
    """One declared parameter of a named query."""

    name: str
    type: str
    required: bool = False
    help: str = ""


@dataclass(frozen=True)
class NamedQuery:
    """A ``.rq`` file: its name (the file stem), what it answers, its parameters and its text."""

    name: str
    description: str
    params: tuple[Param, ...]
    sparql: str
    path: Path
    orders: tuple[tuple[str, str], ...] = ()  # (name, ORDER BY expression); the first is the text's own
    page: int | None = None  # the LIMIT the text holds where its page is cut

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)


@dataclass
class QueryOutput:
    """What a query returned, ready to print: rows for SELECT, a boolean for ASK, a graph otherwise."""

    kind: str  # "SELECT" | "ASK" | "CONSTRUCT" | "DESCRIBE"
    columns: list[str] = field(default_factory=list)
    rows: list[list[Node | None]] = field(default_factory=list)
    ask: bool | None = None
    graph: Graph | None = None
    result: Result | None = None
    notes: list[str] = field(default_factory=list)  # e.g. "no person matches 'x'"


def parse_header(text: str, name: str, path: Path) -> NamedQuery:
    """Read a ``.rq`` file's header comment into a ``NamedQuery``."""
    description: list[str] = []
    params: list[Param] = []
    orders: list[tuple[str, str]] = []
    page: int | None = None
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped.startswith("#"):
            break
        if order := _ORDER_LINE.match(stripped):
            orders.append((order.group(1), order.group(2)))
            continue
        if size := _PAGE_LINE.match(stripped):
            page = int(size.group(1))
            continue
        match = _PARAM_LINE.match(stripped)
        if match:
            pname, ptype, required, help_ = match.groups()
            if ptype not in PARAM_TYPES:
                raise QueryError(
                    f"{path.name}: parameter {pname} has unknown type {ptype!r} (one of {', '.join(PARAM_TYPES)})"
                )
            params.append(Param(pname, ptype, bool(required), (help_ or "").strip()))
        elif not params:
            description.append(stripped.lstrip("#").strip())
    if params and not _WHERE.search(_strip_comments(text)):
        raise QueryError(f"{path.name}: a query with parameters needs a WHERE {{ ... }} group")
    if page is not None and not re.search(rf"\bLIMIT\s+{page}\b", text):
        raise QueryError(f"{path.name}: declares page: {page} but its text has no LIMIT {page}")
    for order_name, expr in orders[:1]:
        if f"ORDER BY {expr}" not in text:
            raise QueryError(f"{path.name}: its default order {order_name!r} is not in the text as ORDER BY {expr}")
        for row in _PAGE_VALUES.finditer(text):
            if (row.group(1), int(row.group(2))) != (order_name, page):
                wanted = f"{order_name}, {page}"
                raise QueryError(f"{path.name}: {row.group(0)} must hold its default order and page ({wanted})")
    return NamedQuery(name, " ".join(d for d in description if d), tuple(params), text, path, tuple(orders), page)


def page(query: NamedQuery, sparql: str, limit: int | None = None, offset: int = 0, order: str | None = None) -> str:
    """``sparql`` (the query's text, parameters bound) cut to one page: ``limit`` rows (``None``:
    the query's own page size, 0: every row) from ``offset``, in the named ``order``."""
    if limit is not None and limit < 0 or offset < 0:
        raise QueryError("--limit and --offset take a number of rows, 0 or more")
    if order is not None:
        known = dict(query.orders)
        if order not in known:
            choices = ", ".join(known) or "none: its rows come in one order"
            raise QueryError(f"{query.name} has no order {order!r} (its orders: {choices})")
        sparql = sparql.replace(f"ORDER BY {query.orders[0][1]}", f"ORDER BY {known[order]}")
    if query.page is not None:
        size = query.page if limit is None else limit
        cut = (f"LIMIT {size}" if size else "") + (f" OFFSET {offset}" if offset else "")
        name = order if order is not None else query.orders[0][0] if query.orders else ""
        reach = VALUES_ROW.format(name=name, end=offset + size if size else "UNDEF")
        sparql = _PAGE_VALUES.sub(lambda _: reach, sparql)
        return re.sub(rf"\bLIMIT\s+{query.page}\b", cut, sparql, count=1)
    if limit or offset:
        sparql = sparql.rstrip() + "\n" + (f"LIMIT {limit}" if limit else "") + (f" OFFSET {offset}" if offset else "")
    return sparql


VALUES_ROW = 'VALUES (?order ?pageEnd) {{ ("{name}" {end}) }}'


_PARSED: dict[Path, tuple[tuple[int, int], NamedQuery]] = {}  # a file read once until it changes


def _parsed(path: Path) -> NamedQuery:
    """The named query in ``path``, read again only when the file's time or size changed."""
    info = path.stat()
    seen = (info.st_mtime_ns, info.st_size)
    kept = _PARSED.get(path)
    if kept is not None and kept[0] == seen:
        return kept[1]
    query = parse_header(path.read_text(encoding="utf-8"), path.stem, path)
    _PARSED[path] = (seen, query)
    return query


def load_library(folder: Path | str = QUERIES_DIR) -> dict[str, NamedQuery]:
    """Every named query in ``folder``, by name (the file stem), sorted by name."""
    return {path.stem: _parsed(path) for path in sorted(Path(folder).glob("*.rq"))}


def unknown_query(name: str, folder: Path | str = QUERIES_DIR, listing: str = "`diplograph queries`") -> QueryError:
    """The error for a name no query has: the nearest names first, else every name (``listing``: where to look)."""
    library = load_library(folder)
    near = difflib.get_close_matches(name, list(library), n=3, cutoff=0.6)
    if near:
        return QueryError(f"no named query {name!r}; did you mean {' or '.join(near)}? (see {listing})")
    return QueryError(f"no named query {name!r}; there are: {', '.join(library)} (see {listing})")


def get_query(name: str, folder: Path | str = QUERIES_DIR) -> NamedQuery:
    """The named query called ``name``; the error suggests the nearest names."""
    path = Path(folder) / f"{name}.rq"
    if not re.fullmatch(r"[\w-]+", name) or not path.is_file():
        raise unknown_query(name, folder)
    return _parsed(path)


def is_named(text: str, folder: Path | str = QUERIES_DIR) -> bool:
    return bool(re.fullmatch(r"[\w-]+", text)) and (Path(folder) / f"{text}.rq").is_file()


def parse_params(items: Sequence[str]) -> dict[str, list[str]]:
    """``["person=Maduro", "since=2023"]`` -> ``{"person": ["Maduro"], "since": ["2023"]}`` (a name may repeat)."""
    out: dict[str, list[str]] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise QueryError(f"bad parameter {item!r}: expected NAME=VALUE")
        out.setdefault(key.strip(), []).append(value.strip())
    return out


# -- resolving user text to RDF terms ---------------------------------------------------------
_PEOPLE = """SELECT DISTINCT ?p ?n WHERE { ?p a schema:Person .
  { ?p schema:name ?n } UNION { ?p schema:alternateName ?n } }"""
_PEOPLE_BY_KEY = "SELECT DISTINCT ?p WHERE {{ VALUES ?key {{ {key} }} ?p dg:nameKey ?key . ?p a schema:Person }}"
_PLACES = """SELECT DISTINCT ?pl ?n ?c ?cn WHERE { ?pl a schema:Place ; schema:name ?n .
  OPTIONAL { ?pl schema:containedInPlace ?c . ?c schema:name ?cn } }"""
_COUNTRIES = """SELECT DISTINCT ?c ?n WHERE { ?c a schema:Country ; schema:name ?n }"""


def _iri(value: str) -> URIRef | None:
    if re.fullmatch(r"(person|event|place|country|article)/[\w.-]+", value):
        return ID[value]  # the short form tables print
    if value.startswith(("http://", "https://", "urn:")):
        if not is_valid_iri(value) or any(c.isspace() for c in value):
            raise QueryError(f"not a valid IRI: {value!r}")
        return URIRef(value)
    return None


def resolve_people(store: GraphStore, value: str) -> list[URIRef]:
    """Person IRIs whose name or other name matches ``value`` (see ``name_matches``): looked up in
    the name index written at ingest (``dg:nameKey``, every run of words of each name, folded);
    every name is read only when the index has no entry (a store written before it existed)."""
    iri = _iri(value)
    if iri is not None:
        return [iri]
    key = fold(value)
    if not key:
        return []
    # the key is written into the text by rdflib's ``.n3()``: Oxigraph would apply a bound value
    # only after reading every key
    found = {row.p for row in store.query(_PEOPLE_BY_KEY.format(key=Literal(key).n3()))}
    if found:
        return sorted(found)
    return sorted({row.p for row in store.query(_PEOPLE) if name_matches(value, str(row.n))})


def resolve_places(store: GraphStore, value: str) -> list[URIRef]:
    """Places named ``value``, places inside a country named ``value``, and that country."""
    iri = _iri(value)
    if iri is not None:
        return [iri]
    q = fold(value)
    found = set()
    for row in store.query(_PLACES):
        if fold(str(row.n)) == q or (row.cn is not None and fold(str(row.cn)) == q):
            found.add(row.pl)
        if row.cn is not None and fold(str(row.cn)) == q:
            found.add(row.c)
    return sorted(found)


def resolve_countries(store: GraphStore, value: str) -> list[URIRef]:
    iri = _iri(value)
    if iri is not None:
        return [iri]
    q = fold(value)
    return sorted({row.c for row in store.query(_COUNTRIES) if fold(str(row.n)) == q})


def to_terms(store: GraphStore, param: Param, value: str) -> list[Node]:
    """The RDF terms one parameter value stands for (possibly none: a name nobody has)."""
    if param.type == "person":
        return list(resolve_people(store, value))
    if param.type == "place":
        return list(resolve_places(store, value))
    if param.type == "country":
        return list(resolve_countries(store, value))
    if param.type == "event":
        iri = _iri(value)
        if iri is None:
            if not re.fullmatch(r"[\w.-]+", value):
                raise QueryError(f"{param.name}: not an event IRI: {value!r}")
            iri = ID[f"event/{value}"]
        return [iri]
    if param.type == "date":
        if not _DATE.fullmatch(value):
            raise QueryError(f"{param.name}: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
        return [Literal(value)]
    if param.type == "type":
        if value not in EVENT_TYPES:
            raise QueryError(f"{param.name}: expected one of {', '.join(EVENT_TYPES)}, got {value!r}")
        return [Literal(value)]
    return [Literal(value)]


def _strip_comments(text: str) -> str:
    # Comment lines only: '#' inside IRIs and strings is left alone.
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))


def values_block(bound: Mapping[str, Sequence[Node]]) -> str:
    """``VALUES ?x { t1 t2 }`` lines for each bound variable, terms written by rdflib's ``.n3()``."""
    lines = []
    for name, terms in bound.items():
        if not re.fullmatch(r"[A-Za-z_]\w*", name):
            raise QueryError(f"bad parameter name {name!r}")
        lines.append(f"  VALUES ?{name} {{ {' '.join(t.n3() for t in dict.fromkeys(terms))} }}")
    return "\n".join(lines)


def bind(
    query: NamedQuery, store: GraphStore, values: Mapping[str, Sequence[str]], http: bool = False
) -> tuple[str, list[str]]:
    """The query text with its parameters bound, and notes for the user (values that matched nothing).

    ``http`` words the errors for a URL (``?person=...``) rather than the command line (``--param person=...``)."""
    unknown = [k for k in values if query.param(k) is None]
    if unknown:
        known = ", ".join(p.name for p in query.params) or "none"
        raise QueryError(f"{query.name} has no parameter {', '.join(unknown)} (its parameters: {known})")
    missing = [p.name for p in query.params if p.required and not values.get(p.name)]
    if missing:
        if http:
            needed = "&".join(f"{m}=..." for m in missing)
            raise QueryError(
                f"{query.name} needs the query parameter{'s' if len(missing) > 1 else ''} "
                f"{', '.join(missing)}: /queries/{query.name}?{needed}"
            )
        raise QueryError(f"{query.name} needs {', '.join(f'--param {m}=...' for m in missing)}")
    bound: dict[str, list[Node]] = {}
    notes: list[str] = []
    for name, texts in values.items():
        param = query.param(name)
        assert param is not None
        terms: list[Node] = []
        for text in texts:
            found = to_terms(store, param, text)
            if not found:
                notes.append(f"no {param.type} matches {text!r}")
            terms.extend(found)
        bound[name] = terms
    if not bound:
        return query.sparql, notes
    body = query.sparql
    if _MARK.search(body):  # the query says where its parameters go (in each branch of a UNION, say)
        return _MARK.sub(lambda _: values_block(bound), body), notes
    match = _WHERE.search(body, pos=_header_end(body))
    if match is None:
        raise QueryError(f"{query.name}: no WHERE {{ ... }} group to bind parameters in")
    return body[: match.end()] + "\n" + values_block(bound) + body[match.end() :], notes


def _header_end(text: str) -> int:
    """Offset of the first line that is not a comment or a PREFIX/BASE declaration."""
    pos = 0
    for line in text.splitlines(keepends=True):
        s = line.strip()
        if s and not s.startswith("#") and not re.match(r"(PREFIX|BASE)\b", s, re.IGNORECASE):
            break
        pos += len(line)
    return pos


# -- running ----------------------------------------------------------------------------------
def plain_literal(term: Node | None) -> Node | None:
    """RDF 1.1 makes ``"x"`` and ``"x"^^xsd:string`` one term; the simple form is printed (a remote store's too)."""
    return simple_literal(term)


def _output(result: Result) -> QueryOutput:
    if result.type == "ASK":
        return QueryOutput("ASK", ask=bool(result.askAnswer), result=result)
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        graph = Graph()
        for prefix, ns in PREFIXES.items():
            graph.bind(prefix, ns)
        graph += ((s, p, simple_literal(o)) for s, p, o in result.graph or ())
        result.graph = graph
        return QueryOutput(result.type, graph=graph, result=result)
    variables = list(result.vars or [])
    bindings = [
        {v: plain_literal(value) for v in variables if (value := row.get(v)) is not None} for row in result.bindings
    ]
    result.bindings = bindings  # type: ignore[assignment]
    rows = [[b.get(v) for v in variables] for b in bindings]
    return QueryOutput("SELECT", columns=[str(v) for v in variables], rows=rows, result=result)


def run_sparql(store: GraphStore, sparql: str) -> QueryOutput:
    """Run SPARQL text as it is (no parameters), once ``check_query`` has found that it only reads this store."""
    check_query(sparql, store.graph_names, {prefix: str(ns) for prefix, ns in PREFIXES.items()})
    return _execute(store, sparql)


_DATASET = re.compile(r"\bFROM\s+(NAMED\s+)?<", re.IGNORECASE)  # a dataset clause: checked against each store
_LIBRARY_CHECKED: set[str] = set()  # texts of the project's own .rq files that passed ``check_query``


def _run_query(store: GraphStore, query: NamedQuery, sparql: str) -> QueryOutput:
    """Run a named query's text with its parameters bound and its page cut.

    A file of the project's own library is checked once per process, as written (reading a query
    with rdflib's parser takes longer than answering it from the pair links): what binding and
    paging add cannot change what it does, since values are RDF terms written by ``.n3()`` and
    the page is numbers and an order the file declares.  Any other ``.rq`` file is checked each time."""
    own = query.path.parent.resolve() == QUERIES_DIR and query.sparql in _LIBRARY_CHECKED
    if not own:
        check_query(query.sparql, store.graph_names, {prefix: str(ns) for prefix, ns in PREFIXES.items()})
        if query.path.parent.resolve() == QUERIES_DIR and not _DATASET.search(query.sparql):
            _LIBRARY_CHECKED.add(query.sparql)
        if sparql != query.sparql:
            check_query(sparql, store.graph_names, {prefix: str(ns) for prefix, ns in PREFIXES.items()})
    return _execute(store, sparql)


def _execute(store: GraphStore, sparql: str) -> QueryOutput:
    try:
        return _output(store.query(sparql))
    except QueryError:
        raise
    except Exception as exc:  # a malformed query or a refused one: one line for the user
        raise QueryError(explain(sparql, exc)) from None


def run_named(
    store: GraphStore,
    name: str,
    values: Mapping[str, Sequence[str]] | None = None,
    folder: Path | str = QUERIES_DIR,
    http: bool = False,
    limit: int | None = None,
    offset: int = 0,
    order: str | None = None,
) -> QueryOutput:
    """Run the named query ``name`` with parameter values given as text (see ``to_terms``);
    ``http`` words errors for a URL's query parameters; ``limit``, ``offset`` and ``order``
    choose the page (see ``page``)."""
    query = get_query(name, folder)
    sparql, notes = bind(query, store, values or {}, http=http)
    output = _run_query(store, query, page(query, sparql, limit, offset, order))
    output.notes.extend(notes)
    return output


def load_text(text: str) -> tuple[NamedQuery | None, str]:
    """What ``diplograph query TEXT`` names: a named query, a ``.rq`` file, or SPARQL text.

    One word that names no query and no file (``meeting-of``) cannot be SPARQL either: the
    error suggests the nearest named queries rather than reporting a parse error."""
    if is_named(text):
        return get_query(text), ""
    if re.fullmatch(r"[\w-]+", text.strip()) and not Path(text.strip()).is_file():
        raise unknown_query(text.strip())
    path = Path(text)
    if text.endswith(".rq") or (len(text) < 4096 and "\n" not in text and path.is_file()):
        try:
            body = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise QueryError(f"{path}: {exc.strerror or exc}") from None
        return parse_header(body, path.stem, path), ""
    return None, text


def run(
    store: GraphStore,
    text: str,
    values: Mapping[str, Sequence[str]] | None = None,
    limit: int | None = None,
    offset: int = 0,
    order: str | None = None,
) -> QueryOutput:
    """Run a named query, a ``.rq`` file (its header's parameters bound from ``values``) or SPARQL
    text; ``limit``, ``offset`` and ``order`` choose the page of a named query or file (``page``)."""
    query, sparql = load_text(text)
    if query is None:
        if values:
            raise QueryError("parameters need a named query or a .rq file with a header declaring them")
        if limit is not None or offset or order is not None:
            raise QueryError("--limit, --offset and --order are for named queries; write LIMIT/OFFSET in SPARQL text")
        return run_sparql(store, sparql)
    bound, notes = bind(query, store, values or {})
    output = _run_query(store, query, page(query, bound, limit, offset, order))
    output.notes.extend(notes)
    return output


# -- formatting -------------------------------------------------------------------------------
def _plain(term: Node | None) -> object:
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        return value if isinstance(value, (int, float, bool)) and not isinstance(value, Literal) else str(term)
    return str(term)


def short(term: Node | None) -> str:
    """A cell's text; the project's own IRIs without their namespace (``event/meet-…``), which
    the ``event`` and ``person`` parameters accept back."""
    if term is None:
        return ""
    text = str(term)
    return text[len(str(ID)) :] if isinstance(term, URIRef) and text.startswith(str(ID)) else text


def cells(output: QueryOutput, compact: bool = False) -> list[list[str]]:
    """Rows as text; ``compact`` shortens the project's IRIs (for tables)."""
    if compact:
        return [[short(v) for v in row] for row in output.rows]
    return [["" if v is None else str(v) for v in row] for row in output.rows]


def to_json_rows(output: QueryOutput) -> str:
    """SELECT rows as a JSON list of objects with plain values (numbers stay numbers)."""
    return json.dumps(
        [{c: _plain(v) for c, v in zip(output.columns, row)} for row in output.rows], ensure_ascii=False, indent=1
    )


def to_sparql_json(output: QueryOutput) -> str:
    """The SPARQL 1.1 Query Results JSON format (SELECT and ASK)."""
    assert output.result is not None
    return (output.result.serialize(format="json") or b"").decode("utf-8")


def to_csv(output: QueryOutput) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(output.columns)
    writer.writerows(cells(output))
    return buf.getvalue()


def to_turtle(output: QueryOutput) -> str:
    assert output.graph is not None
    return output.graph.serialize(format="turtle")


def render_text(output: QueryOutput, fmt: str, sparql_json: bool = False) -> str:
    """Text for ``fmt`` (json, csv; a graph is always Turtle, an ASK answer true/false).

    ``sparql_json`` picks the SPARQL 1.1 results JSON format rather than a list of row objects."""
    if output.kind == "ASK":
        return to_sparql_json(output) if fmt == "json" and sparql_json else ("true" if output.ask else "false")
    if output.kind in ("CONSTRUCT", "DESCRIBE"):
        return to_turtle(output)
    if fmt == "json":
        return to_sparql_json(output) if sparql_json else to_json_rows(output)
    if fmt == "csv":
        return to_csv(output)
    raise QueryError(f"unknown output format {fmt!r}")


__all__ = [
    "NamedQuery",
    "PARAM_TYPES",
    "Param",
    "QUERIES_DIR",
    "QueryError",
    "QueryOutput",
    "QueryRefused",
    "bind",
    "cells",
    "short",
    "get_query",
    "is_named",
    "load_library",
    "load_text",
    "render_text",
    "run",
    "parse_params",
    "resolve_countries",
    "resolve_people",
    "resolve_places",
    "run_named",
    "run_sparql",
    "to_csv",
    "to_json_rows",
    "to_sparql_json",
    "to_terms",
    "to_turtle",
    "unknown_query",
    "values_block",
]
