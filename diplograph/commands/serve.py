"""diplograph serve: the store as a read-only SPARQL 1.1 endpoint and a small web page."""

from __future__ import annotations

from typing import Annotated

import typer

from diplograph.commands import RawOption
from diplograph.graph.store import StoreError, default_spec
from diplograph.options import StoreOption
from diplograph.output import console, err_console, error


def serve(
    host: Annotated[
        str, typer.Option(help="Address to listen on (loopback by default; 0.0.0.0 exposes it to the network).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on.")] = 8000,
    timeout: Annotated[float, typer.Option(min=0.1, help="Seconds a query may run before it is stopped.")] = 10.0,
    max_query_bytes: Annotated[int, typer.Option(min=64, help="Largest query accepted, in bytes.")] = 64 * 1024,
    workers: Annotated[int, typer.Option(min=1, max=64, help="Queries run at the same time (one process each).")] = 2,
    cors: Annotated[bool, typer.Option(help="Let web pages from other sites (YASGUI) query it.")] = False,
    token: Annotated[
        str | None,
        typer.Option(
            envvar="DIPLOGRAPH_TOKEN",
            show_default=False,
            help="Require 'Authorization: Bearer TOKEN' on every request "
            "(for serving beyond loopback; or set $DIPLOGRAPH_TOKEN).",
        ),
    ] = None,
    raw: RawOption = False,
    store: StoreOption = None,
) -> None:
    """Serve the store: SPARQL 1.1 at /sparql (read-only), named queries and the graph at /, with
    the corrections in force applied (diplograph correct) unless --raw."""
    from diplograph.serve.app import ServeSettings, is_loopback  # FastAPI: loaded by this command only
    from diplograph.serve.app import serve as run_server

    settings = ServeSettings(
        store or default_spec(),
        max_query_bytes=max_query_bytes,
        timeout=timeout,
        workers=workers,
        cors=cors,
        token=token or None,
        raw=raw,
    )
    if not token and not is_loopback(host):
        err_console.print(
            f"[yellow]warning:[/] {host} is reachable from the network and no --token is set: "
            "anyone who can reach it can read the whole store",
            highlight=False,
            soft_wrap=True,
        )
    guarded = "; a bearer token is required" if settings.token else ""
    guarded += "; as extracted, without the corrections" if raw else ""
    console.print(
        f"serving [bold]{settings.spec}[/] at http://{host}:{port}/ (SPARQL at /sparql{guarded}); Ctrl-C stops",
        highlight=False,
    )
    try:
        run_server(settings, host=host, port=port)
    except StoreError as exc:
        error(str(exc))
        raise typer.Exit(2) from None
