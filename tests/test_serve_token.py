"""``diplograph serve --token``: beyond loopback, every request but ``/healthz`` needs the bearer token."""

from __future__ import annotations

import os
import subprocess
import sys

import httpx
import pytest
from query_records import MADURO, write_store
from servers import diplograph_server

from diplograph.serve.app import authorised, is_loopback

pytestmark = pytest.mark.server

TOKEN = "a-long-random-secret"
PEOPLE = "SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n }"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    path = write_store(str(tmp_path_factory.mktemp("token") / "store"))
    with diplograph_server(path, "--token", TOKEN, "--workers", "1") as base:
        yield base


def test_without_the_token_every_page_is_401(server):
    for path in ("/sparql?query=ASK%20%7B%7D", "/queries", "/queries/people", "/", "/graph"):
        r = httpx.get(server + path, timeout=60)
        assert r.status_code == 401, (path, r.text)
        assert r.headers["www-authenticate"].startswith("Bearer") and "Authorization: Bearer" in r.text
    r = httpx.post(f"{server}/sparql", data={"query": PEOPLE}, timeout=60)
    assert r.status_code == 401 and MADURO.name not in r.text


def test_a_wrong_token_or_scheme_is_401(server):
    for header in (f"Bearer {TOKEN}x", f"Basic {TOKEN}", TOKEN, "Bearer", f"Bearer {TOKEN[:-1]}"):
        r = httpx.get(f"{server}/sparql", params={"query": PEOPLE}, headers={"Authorization": header}, timeout=60)
        assert r.status_code == 401, header


def test_with_the_token_it_answers(server):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    r = httpx.get(f"{server}/sparql", params={"query": PEOPLE, "format": "csv"}, headers=auth, timeout=60)
    assert r.status_code == 200 and MADURO.name in r.text
    assert httpx.get(f"{server}/queries/who-met-whom", headers=auth, timeout=60).status_code == 200
    assert httpx.get(f"{server}/healthz", timeout=60).text == "ok"  # liveness needs no token


def test_the_token_can_come_from_the_environment(tmp_path):
    path = write_store(str(tmp_path / "store"))
    os.environ["DIPLOGRAPH_TOKEN"] = TOKEN
    try:
        with diplograph_server(path, "--workers", "1") as base:
            assert httpx.get(f"{base}/queries", timeout=60).status_code == 401
            assert (
                httpx.get(f"{base}/queries", headers={"Authorization": f"bearer {TOKEN}"}, timeout=60).status_code
                == 200
            )
    finally:
        del os.environ["DIPLOGRAPH_TOKEN"]


def test_serving_beyond_loopback_without_a_token_warns(tmp_path):
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "diplograph",
            "serve",
            "--host",
            "0.0.0.0",
            "--port",
            "1",
            "--store",
            str(tmp_path / "none"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={k: v for k, v in os.environ.items() if k != "DIPLOGRAPH_TOKEN"},
    )
    assert done.returncode == 2  # no store there: it stops before listening
    assert "warning" in done.stderr and "no --token" in done.stderr


def test_loopback_and_header_checks():
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost") and is_loopback("127.8.0.1")
    assert not is_loopback("0.0.0.0") and not is_loopback("::") and not is_loopback("192.168.1.5")
    assert authorised(f"Bearer {TOKEN}", TOKEN) and authorised(f"bearer  {TOKEN} ", TOKEN)
    assert not authorised(None, TOKEN) and not authorised("", TOKEN) and not authorised(f"Token {TOKEN}", TOKEN)
