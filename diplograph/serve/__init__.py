"""``diplograph serve``: the store as a read-only SPARQL 1.1 endpoint over HTTP.

* ``app.py``      the HTTP application (FastAPI + uvicorn): routes, limits, token, pages;
* ``workers.py``  the worker processes that run the queries under a time limit.
"""

from __future__ import annotations

from diplograph.serve.app import ServeSettings, authorised, create_app, is_loopback, serve

__all__ = ["ServeSettings", "authorised", "create_app", "is_loopback", "serve"]
