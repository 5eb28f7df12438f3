"""``diplograph serve``: the store over HTTP, read-only (FastAPI + uvicorn).

* ``/sparql``  the SPARQL 1.1 Protocol query operation: GET ``?query=``, POST
  ``application/x-www-form-urlencoded`` (``query=``) or ``application/sparql-query``; results as
  SPARQL JSON, XML, CSV or TSV and graphs as Turtle, N-Triples, RDF/XML or JSON-LD, by the
  ``Accept`` header (or ``?format=json|xml|csv|tsv|turtle|nt|jsonld``). Updates are refused (403);
  a query longer than ``max_query_bytes`` is refused (413); one running longer than ``timeout``
  seconds is stopped (503).
* ``/``        a page listing the named queries, with the interactive graph (``/graph``);
* ``/queries`` the named queries as JSON; ``/queries/NAME?param=value`` runs one (JSON rows);
* ``/healthz`` ``ok`` when the server is up.

With a ``token`` every path but ``/healthz`` needs the header ``Authorization: Bearer TOKEN``
(401 without it): the way to serve beyond loopback.  No query is ever run that would make the
server send a request of its own (``queries/guard.py``).

Queries run in worker processes (``diplograph/serve/workers.py``) so that the time limit can stop them.
"""
from __future__ import annotations

import asyncio
import hmac
import html
from contextlib import asynccontextmanager
from dataclasses import dataclass
from urllib.parse import parse_qs, quote

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from rdflib_endpoint.utils import parse_accept_header

from diplograph.graph.store import StoreError, opened
from diplograph.queries.library import load_library, unknown_query
from diplograph.serve.workers import TimeLimitExceeded, WorkerPool, WorkerStartError

FORMAT_ALIASES = {
    "json": "application/sparql-results+json", "xml": "application/sparql-results+xml", "csv": "text/csv",
    "tsv": "text/tab-separated-values", "turtle": "text/turtle", "ttl": "text/turtle",
    "nt": "application/n-triples", "ntriples": "application/n-triples", "rdfxml": "application/rdf+xml",
    "jsonld": "application/ld+json", "json-ld": "application/ld+json",
}
# A graph asked for as "json" or "xml" gets JSON-LD or RDF/XML.
GRAPH_FALLBACKS = {"application/sparql-results+json": "application/ld+json",
                   "application/sparql-results+xml": "application/rdf+xml"}
UPDATE_REFUSED = "this endpoint is read-only: SPARQL updates are refused (ingest with `diplograph ingest`)"


@dataclass(frozen=True)
class ServeSettings:
    """What the server serves and its limits."""

    spec: str
    max_query_bytes: int = 64 * 1024
    timeout: float = 10.0  # seconds per query
    workers: int = 2
    cors: bool = False  # allow browser pages from other origins (YASGUI) to query
    token: str | None = None  # when set, every request but /healthz needs "Authorization: Bearer <token>"


def is_loopback(host: str) -> bool:
    """Whether ``host`` is a loopback address or name (only this machine can connect)."""
    import ipaddress

    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_store(spec: str) -> None:
    """Fail early, with the store's own message, when the store cannot be opened read-only."""
    with opened(spec, read_only=True):
        pass


def _media_types(request: Request, fmt: str | None) -> list[str]:
    if fmt:
        media = FORMAT_ALIASES.get(fmt.lower(), fmt)
        return [media, GRAPH_FALLBACKS.get(media, media)]
    accept = request.headers.get("accept", "")
    return parse_accept_header(accept) if accept.strip() else []


def _names_dataset(keys) -> bool:
    return any(k in ("default-graph-uri", "named-graph-uri") for k in keys)


def authorised(header: str | None, token: str) -> bool:
    """Whether an ``Authorization`` header carries the bearer ``token`` (compared in constant time)."""
    scheme, _, given = (header or "").strip().partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode("utf-8"), token.encode("utf-8"))


def _unauthorised() -> PlainTextResponse:
    return PlainTextResponse("this server needs a token: send the header `Authorization: Bearer TOKEN`",
                             status_code=401, headers={"WWW-Authenticate": 'Bearer realm="diplograph"'})


def _too_large(limit: int) -> PlainTextResponse:
    return PlainTextResponse(f"the query is larger than the {limit}-byte limit", status_code=413)


def create_app(settings: ServeSettings) -> FastAPI:
    """The FastAPI application over the store ``settings.spec``."""
    pool = WorkerPool(settings.spec, settings.workers)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        await asyncio.to_thread(pool.start)
        try:
            yield
        finally:
            await asyncio.to_thread(pool.close)

    app = FastAPI(title="diplograph", description="Diplomatic events from news, as a SPARQL endpoint.",
                  lifespan=lifespan, docs_url=None, redoc_url=None)
    if settings.token:
        token = settings.token

        @app.middleware("http")
        async def require_token(request: Request, call_next) -> Response:
            if request.url.path == "/healthz" or authorised(request.headers.get("authorization"), token):
                return await call_next(request)
            return _unauthorised()
    if settings.cors:  # added last, so it answers a browser's preflight before the token is asked for
        app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST"], allow_headers=["*"])

    async def run_job(job: tuple, timeout: float) -> Response:
        try:
            status, media, body = await asyncio.to_thread(pool.run, job, timeout)
        except (TimeLimitExceeded, WorkerStartError) as exc:
            return PlainTextResponse(str(exc), status_code=503)
        return Response(body, status_code=status, media_type=media)

    async def answer(request: Request, query: list[str], update: list[str], fmt: str | None,
                     dataset: bool = False) -> Response:
        if update:
            return PlainTextResponse(UPDATE_REFUSED, status_code=403)
        if dataset:
            return PlainTextResponse("default-graph-uri and named-graph-uri are not supported: "
                                     "everything is in the default graph", status_code=400)
        if len(query) != 1:
            return PlainTextResponse("give exactly one query parameter" if query else
                                     "no query: send ?query=... (GET) or a query in a POST body", status_code=400)
        text = query[0]
        if len(text.encode("utf-8")) > settings.max_query_bytes:
            return _too_large(settings.max_query_bytes)
        return await run_job(("sparql", text, _media_types(request, fmt)), settings.timeout)

    @app.get("/sparql")
    async def sparql_get(request: Request) -> Response:
        params = request.query_params
        return await answer(request, params.getlist("query"), params.getlist("update"), params.get("format"),
                            _names_dataset(params.keys()))

    @app.post("/sparql")
    async def sparql_post(request: Request) -> Response:
        length = request.headers.get("content-length")
        limit = settings.max_query_bytes * 4 + 1024  # room for form encoding
        if length and length.isdigit() and int(length) > limit:
            return _too_large(settings.max_query_bytes)
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > limit:
                return _too_large(settings.max_query_bytes)
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        fmt = request.query_params.get("format")
        if ctype == "application/sparql-update":
            return PlainTextResponse(UPDATE_REFUSED, status_code=403)
        if ctype == "application/sparql-query":
            return await answer(request, [body.decode("utf-8", "replace")], [], fmt,
                                _names_dataset(request.query_params.keys()))
        if ctype == "application/x-www-form-urlencoded":
            form = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
            return await answer(request, form.get("query", []), form.get("update", []),
                                fmt or (form.get("format") or [None])[0],
                                _names_dataset([*form, *request.query_params.keys()]))
        return PlainTextResponse("send application/sparql-query or application/x-www-form-urlencoded",
                                 status_code=415)

    @app.get("/queries")
    async def queries_list() -> JSONResponse:
        return JSONResponse([{"name": q.name, "answers": q.description, "sparql": q.sparql,
                              "params": [{"name": p.name, "type": p.type, "required": p.required, "help": p.help}
                                         for p in q.params]} for q in load_library().values()])

    @app.get("/queries/{name}")
    async def queries_run(name: str, request: Request) -> Response:
        if name not in load_library():
            return PlainTextResponse(str(unknown_query(name, listing="/queries")), status_code=404)
        params: dict[str, list[str]] = {}
        for key, value in request.query_params.multi_items():
            params.setdefault(key, []).append(value)
        if sum(len(k) + len(v) for k, vs in params.items() for v in vs) > settings.max_query_bytes:
            return _too_large(settings.max_query_bytes)
        return await run_job(("named", name, params), settings.timeout)

    @app.get("/graph")
    async def graph_page() -> Response:
        return await run_job(("graph",), max(settings.timeout, 60.0))

    @app.get("/healthz")
    async def healthz() -> PlainTextResponse:
        return PlainTextResponse("ok")

    @app.get("/", response_class=HTMLResponse)
    async def home(request: Request) -> HTMLResponse:
        return HTMLResponse(home_page(str(request.base_url).rstrip("/")))

    return app


def home_page(base: str) -> str:
    """The start page: how to query, every named query (with its SPARQL), and the graph."""
    items = []
    for q in load_library().values():
        params = "".join(f"<li><code>{html.escape(p.name)}</code> ({html.escape(p.type)}"
                         f"{', required' if p.required else ''}): {html.escape(p.help)}</li>" for p in q.params)
        run = "" if any(p.required for p in q.params) else (
            f' <a href="/queries/{quote(q.name)}">run</a>')
        items.append(f"<li><b>{html.escape(q.name)}</b>{run}: {html.escape(q.description)}"
                     f"{f'<ul>{params}</ul>' if params else ''}"
                     f"<details><summary>SPARQL</summary><pre>{html.escape(q.sparql)}</pre></details></li>")
    endpoint = html.escape(f"{base}/sparql")
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>diplograph</title>
<style>body{{font-family:sans-serif;max-width:70em;margin:1em auto;padding:0 1em}}pre{{background:#f4f4f4;padding:.5em;overflow:auto}}
iframe{{width:100%;height:820px;border:1px solid #ccc}}textarea{{width:100%;font-family:monospace}}</style></head>
<body><h1>diplograph</h1>
<p>Diplomatic events from news: who met whom, where, when, and who says so.
SPARQL 1.1 endpoint (read-only): <code>{endpoint}</code></p>
<pre>curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE {{ ?s ?p ?o }} LIMIT 10' {endpoint}</pre>
<form action="/sparql" method="get"><textarea name="query" rows="6">PREFIX schema: &lt;https://schema.org/&gt;
PREFIX sem: &lt;http://semanticweb.cs.vu.nl/2009/11/sem/&gt;
SELECT ?event ?name WHERE {{ ?event sem:hasActor/schema:name ?name }} LIMIT 20</textarea>
<select name="format"><option>json</option><option>xml</option><option>csv</option><option>tsv</option><option>turtle</option></select>
<button>Run</button></form>
<h2>Named queries</h2>
<p>Run with parameters: <code>/queries/meetings-of?person=maduro</code> (JSON), or
<code>diplograph query NAME --param name=value</code>.</p>
<ul>{''.join(items)}</ul>
<h2>Graph</h2>
<p><a href="/graph">Open the graph on its own page</a></p>
<iframe src="/graph" title="interactive graph of people and events" loading="lazy"></iframe>
</body></html>"""


def serve(settings: ServeSettings, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve until interrupted (raises ``StoreError`` first if the store cannot be opened)."""
    import uvicorn

    check_store(settings.spec)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")


__all__ = ["ServeSettings", "StoreError", "authorised", "check_store", "create_app", "home_page", "is_loopback", "serve"]
