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

Every answer (SPARQL, named queries, the graph) applies the corrections in force
(``diplograph correct``) unless the server was started with ``raw``.

With a ``token`` every path but ``/healthz`` needs the header ``Authorization: Bearer TOKEN``
(401 without it): the way to serve beyond loopback.  No query is ever run that would make the
server send a request of its own (``queries/guard.py``).

Queries run in worker processes (``diplograph/serve/workers.py``) so that the time limit can stop them.
"""

from __future__ import annotations

import hmac
import html
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, quote

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from rdflib_endpoint.utils import parse_accept_header

from diplograph.graph.store import StoreError, is_remote, opened
from diplograph.queries.library import load_library, unknown_query
from diplograph.serve.workers import Answer, ReaderWatch, TimeLimitExceeded, WorkerPool, WorkerStartError

FORMAT_ALIASES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "ttl": "text/turtle",
    "nt": "application/n-triples",
    "ntriples": "application/n-triples",
    "rdfxml": "application/rdf+xml",
    "jsonld": "application/ld+json",
    "json-ld": "application/ld+json",
}
# A graph asked for as "json" or "xml" gets JSON-LD or RDF/XML.
GRAPH_FALLBACKS = {
    "application/sparql-results+json": "application/ld+json",
    "application/sparql-results+xml": "application/rdf+xml",
}
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
    raw: bool = False  # answer from the graph as extracted, without the corrections


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


def media_types(accept: str, fmt: str | None) -> list[str]:
    """The media types the client takes, best first: from ``?format=`` when given, else ``Accept``."""
    if fmt:
        media = FORMAT_ALIASES.get(fmt.lower(), fmt)
        return [media, GRAPH_FALLBACKS.get(media, media)]
    return parse_accept_header(accept) if accept.strip() else []


def _names_dataset(keys) -> bool:
    return any(k in ("default-graph-uri", "named-graph-uri") for k in keys)


def authorised(header: str | None, token: str) -> bool:
    """Whether an ``Authorization`` header carries the bearer ``token`` (compared in constant time)."""
    scheme, _, given = (header or "").strip().partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode("utf-8"), token.encode("utf-8"))


def _unauthorised() -> PlainTextResponse:
    return PlainTextResponse(
        "this server needs a token: send the header `Authorization: Bearer TOKEN`",
        status_code=401,
        headers={"WWW-Authenticate": 'Bearer realm="diplograph"'},
    )


def _too_large(limit: int) -> PlainTextResponse:
    return PlainTextResponse(f"the query is larger than the {limit}-byte limit", status_code=413)


class AnswerCache:
    """Answers to SPARQL texts, kept while what readers read is unchanged (``ReaderWatch``): the
    same question on the same data gets the same answer without running it again.  Only whole
    200 answers up to ``ENTRY_BYTES`` are kept, ``TOTAL_BYTES`` in all (then it starts afresh)."""

    ENTRY_BYTES = 1 << 20
    TOTAL_BYTES = 64 << 20

    def __init__(self, path: str) -> None:
        self.watch = ReaderWatch(path)
        self.version: tuple[object, ...] | None = None
        self.answers: dict[tuple[str, tuple[str, ...]], Answer] = {}
        self.bytes = 0
        self.hits = 0

    def _fresh(self) -> bool:
        try:
            version: tuple[object, ...] | None = self.watch.version()
        except (OSError, StoreError):  # unreadable, or busy: nothing is kept
            version = None
        if version is None or version != self.version:
            self.answers.clear()
            self.bytes = 0
            self.version = version
        return version is not None

    def get(self, key: tuple[str, tuple[str, ...]]) -> Answer | None:
        """The kept answer for ``key`` (query text, media types) if the store has not changed since."""
        if not self._fresh():
            return None
        found = self.answers.get(key)
        if found is not None:
            self.hits += 1
        return found

    def put(self, key: tuple[str, tuple[str, ...]], answer: Answer, version: tuple[object, ...] | None) -> None:
        """Keep ``answer``, computed on the store as it was at ``version``."""
        if answer[0] != 200 or len(answer[2]) > self.ENTRY_BYTES or version is None or version != self.version:
            return
        if self.bytes + len(answer[2]) > self.TOTAL_BYTES:
            self.answers.clear()
            self.bytes = 0
        self.answers[key] = answer
        self.bytes += len(answer[2])


def create_app(settings: ServeSettings) -> FastAPI:
    """The FastAPI application over the store ``settings.spec``."""
    pool = WorkerPool(settings.spec, settings.workers, raw=settings.raw)
    cache = None if is_remote(settings.spec) or settings.spec == "memory:" else AnswerCache(settings.spec)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        await pool.start()
        try:
            yield
        finally:
            await pool.close()

    app = FastAPI(
        title="diplograph",
        description="Diplomatic events from news, as a SPARQL endpoint.",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    if settings.token:
        token = settings.token

        @app.middleware("http")
        async def require_token(request: Request, call_next) -> Response:
            if request.url.path == "/healthz" or authorised(request.headers.get("authorization"), token):
                return await call_next(request)
            return _unauthorised()

    if settings.cors:  # added last, so it answers a browser's preflight before the token is asked for
        app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST"], allow_headers=["*"])

    async def job_answer(job: tuple, timeout: float) -> Answer:
        try:
            return await pool.run(job, timeout)
        except (TimeLimitExceeded, WorkerStartError) as exc:
            return 503, "text/plain", str(exc).encode("utf-8")

    async def run_job(job: tuple, timeout: float) -> Response:
        status, media, body = await job_answer(job, timeout)
        return Response(body, status_code=status, media_type=media)

    async def sparql_answer(
        query: list[str], update: list[str], fmt: str | None, accept: str, dataset: bool = False
    ) -> Answer:
        if update:
            return 403, "text/plain", UPDATE_REFUSED.encode("utf-8")
        if dataset:
            return (
                400,
                "text/plain",
                (b"default-graph-uri and named-graph-uri are not supported: everything is in the default graph"),
            )
        if len(query) != 1:
            return (
                400,
                "text/plain",
                (
                    b"give exactly one query parameter"
                    if query
                    else b"no query: send ?query=... (GET) or a query in a POST body"
                ),
            )
        text = query[0]
        if len(text.encode("utf-8")) > settings.max_query_bytes:
            return 413, "text/plain", f"the query is larger than the {settings.max_query_bytes}-byte limit".encode()
        key = (text, tuple(media_types(accept, fmt)))
        if cache is not None:
            kept = cache.get(key)
            if kept is not None:
                return kept
            version = cache.version
        found = await job_answer(("sparql", text, list(key[1])), settings.timeout)
        if cache is not None:
            cache.put(key, found, version)
        return found

    async def answer(
        request: Request, query: list[str], update: list[str], fmt: str | None, dataset: bool = False
    ) -> Response:
        status, media, body = await sparql_answer(query, update, fmt, request.headers.get("accept", ""), dataset)
        return Response(body, status_code=status, media_type=media)

    @app.get("/sparql")
    async def sparql_get(request: Request) -> Response:
        params = request.query_params
        return await answer(
            request,
            params.getlist("query"),
            params.getlist("update"),
            params.get("format"),
            _names_dataset(params.keys()),
        )

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
            return await answer(
                request, [body.decode("utf-8", "replace")], [], fmt, _names_dataset(request.query_params.keys())
            )
        if ctype == "application/x-www-form-urlencoded":
            form = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
            return await answer(
                request,
                form.get("query", []),
                form.get("update", []),
                fmt or (form.get("format") or [""])[0] or None,
                _names_dataset([*form, *request.query_params.keys()]),
            )
        return PlainTextResponse("send application/sparql-query or application/x-www-form-urlencoded", status_code=415)

    @app.get("/queries")
    async def queries_list() -> JSONResponse:
        return JSONResponse(
            [
                {
                    "name": q.name,
                    "answers": q.description,
                    "sparql": q.sparql,
                    "params": [
                        {"name": p.name, "type": p.type, "required": p.required, "help": p.help} for p in q.params
                    ],
                }
                for q in load_library().values()
            ]
        )

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
        return HTMLResponse(home_page(str(request.base_url).rstrip("/"), raw=settings.raw))

    if settings.cors:
        return app  # CORS answers need FastAPI's middleware on every path
    return SparqlGet(app, sparql_answer, settings.token)  # type: ignore[return-value]


class SparqlGet:
    """``GET /sparql`` answered straight from ASGI, every other request handed to ``app``.

    The same checks and the same answer as the FastAPI route (``sparql_answer``), without
    FastAPI's routing and request objects: the most frequent request costs the least.  The
    bearer token, when set, is checked here first."""

    def __init__(self, app: FastAPI, sparql_answer: Any, token: str | None) -> None:
        self.app = app
        self.sparql_answer = sparql_answer
        self.token = token

    def __getattr__(self, name: str) -> Any:
        return getattr(self.app, name)  # the app's state, routes, ... (for tools that look)

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["path"] != "/sparql" or scope["method"] != "GET":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        if self.token and not authorised(headers.get("authorization"), self.token):
            response = _unauthorised()
            await response(scope, receive, send)
            return
        params = parse_qs(scope["query_string"].decode("latin-1"), keep_blank_values=True)
        fmt = (params.get("format") or [None])[0]
        status, media, body = await self.sparql_answer(
            params.get("query", []), params.get("update", []), fmt, headers.get("accept", ""), _names_dataset(params)
        )
        if media.startswith("text/") and "charset" not in media:
            media += "; charset=utf-8"
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", media.encode("latin-1")),
                    (b"content-length", str(len(body)).encode("ascii")),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


def home_page(base: str, raw: bool = False) -> str:
    """The start page: how to query, every named query (with its SPARQL), and the graph."""
    items = []
    for q in load_library().values():
        params = "".join(
            f"<li><code>{html.escape(p.name)}</code> ({html.escape(p.type)}"
            f"{', required' if p.required else ''}): {html.escape(p.help)}</li>"
            for p in q.params
        )
        run = "" if any(p.required for p in q.params) else (f' <a href="/queries/{quote(q.name)}">run</a>')
        items.append(
            f"<li><b>{html.escape(q.name)}</b>{run}: {html.escape(q.description)}"
            f"{f'<ul>{params}</ul>' if params else ''}"
            f"<details><summary>SPARQL</summary><pre>{html.escape(q.sparql)}</pre></details></li>"
        )
    endpoint = html.escape(f"{base}/sparql")
    corrected = (
        "Answers come from the graph as extracted (started with --raw)."
        if raw
        else "Answers apply the corrections made with <code>diplograph correct</code>."
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>diplograph</title>
<style>body{{font-family:sans-serif;max-width:70em;margin:1em auto;padding:0 1em}}
pre{{background:#f4f4f4;padding:.5em;overflow:auto}}
iframe{{width:100%;height:820px;border:1px solid #ccc}}textarea{{width:100%;font-family:monospace}}</style></head>
<body><h1>diplograph</h1>
<p>Diplomatic events from news: who met whom, where, when, and who says so.
SPARQL 1.1 endpoint (read-only): <code>{endpoint}</code>. {corrected}</p>
<pre>curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE {{ ?s ?p ?o }} LIMIT 10' {endpoint}</pre>
<form action="/sparql" method="get"><textarea name="query" rows="6">PREFIX schema: &lt;https://schema.org/&gt;
PREFIX sem: &lt;http://semanticweb.cs.vu.nl/2009/11/sem/&gt;
SELECT ?event ?name WHERE {{ ?event sem:hasActor/schema:name ?name }} LIMIT 20</textarea>
<select name="format"><option>json</option><option>xml</option><option>csv</option><option>tsv</option>
<option>turtle</option></select>
<button>Run</button></form>
<h2>Named queries</h2>
<p>Run with parameters: <code>/queries/meetings-of?person=maduro</code> (JSON), or
<code>diplograph query NAME --param name=value</code>.</p>
<ul>{"".join(items)}</ul>
<h2>Graph</h2>
<p><a href="/graph">Open the graph on its own page</a></p>
<iframe src="/graph" title="interactive graph of people and events" loading="lazy"></iframe>
</body></html>"""


def serve(settings: ServeSettings, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve until interrupted (raises ``StoreError`` first if the store cannot be opened)."""
    import uvicorn

    check_store(settings.spec)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning", access_log=False)


__all__ = [
    "AnswerCache",
    "ServeSettings",
    "SparqlGet",
    "StoreError",
    "authorised",
    "check_store",
    "create_app",
    "home_page",
    "is_loopback",
    "media_types",
    "serve",
]
