"""The rendered pages in a real headless Chromium (Debian's, at /usr/bin/chromium) with the network cut off.

Every request that is not ``file:`` or ``data:`` is aborted and recorded; the tests read the nodes
and edges from the page's own vis.js objects, point at people to see their tooltips, and check that
a script hidden in an article never runs. Screenshots go to the test's tmp folder and to
``test-output/`` at the top of the repository (ignored by git) for a person to look at.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pictures_records import EVIL_NAME, MEET_QUOTE, SCRIPT_QUOTE, URL, write_sample_store

from benchmarks.render_bench import generate_events
from diplograph.graph.render import BIG_GRAPH, write_page
from diplograph.graph.select import Selection
from diplograph.ingest.merge import join_stored

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
OUTPUT = Path(__file__).resolve().parent.parent / "test-output"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not Path(CHROMIUM).exists(),
        reason=f"Chromium is not installed at {CHROMIUM} (apt-get install chromium; `make browser`)",
    ),
]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed")
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


class Opened:
    """A page opened offline, with what it printed and what it tried to fetch."""

    def __init__(self, browser, path: Path, width: int = 1280, height: int = 800):
        self.context = browser.new_context(viewport={"width": width, "height": height})
        self.blocked: list[str] = []
        self.errors: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        start = time.perf_counter()
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_function("() => window.diplograph && window.diplograph.ready", timeout=120_000)
        self.seconds = time.perf_counter() - start

    def _route(self, route) -> None:
        url = route.request.url
        if url.startswith(("file:", "data:")):
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def node_ids(self) -> dict[str, str]:
        return self.js("() => Object.fromEntries(diplograph.nodes.get().map(n => [n.label, n.id]))")

    def hover(self, node_id: str) -> str:
        """Point at a node; the text of the tooltip that appears."""
        x, y = self.js(
            """id => { const p = diplograph.network.canvasToDOM(diplograph.network.getPosition(id));
                                   const r = document.getElementById('dg-network').getBoundingClientRect();
                                   return [p.x + r.left, p.y + r.top]; }""",
            node_id,
        )
        self.page.mouse.move(x - 30, y - 30)
        self.page.mouse.move(x, y, steps=4)
        tip = self.page.locator("div.vis-tooltip")
        tip.wait_for(state="visible", timeout=5_000)
        return tip.inner_text()

    def screenshot(self, tmp_path: Path, name: str) -> Path:
        shot = tmp_path / name
        self.page.screenshot(path=str(shot))
        OUTPUT.mkdir(exist_ok=True)
        shutil.copy(shot, OUTPUT / name)
        return shot

    def close(self) -> None:
        self.context.close()


@pytest.fixture(scope="module")
def sample_page(tmp_path_factory) -> Path:
    """The hand-made neighbourhood (with script payloads in a quote and a name), drawn around Amir-Abdollahian."""
    from diplograph.rendering import render_store

    folder = tmp_path_factory.mktemp("browser")
    write_sample_store(str(folder / "store"))
    out = folder / "sample.html"
    render_store(str(folder / "store"), out, Selection(person="Amir-Abdollahian"))
    return out


@pytest.fixture()
def opened_sample(browser, sample_page) -> Iterator[Opened]:
    page = Opened(browser, sample_page)
    yield page
    page.close()


def test_sample_page_opens_offline_with_the_expected_network(opened_sample, tmp_path):
    o = opened_sample
    assert o.errors == [] and o.blocked == []
    counts = o.js(
        "() => [diplograph.nodes.length, diplograph.edges.length, "
        "Object.keys(diplograph.network.body.nodes).length, "
        "Object.keys(diplograph.network.body.edges).length]"
    )
    assert counts == [5, 5, 5, 5]
    kinds = o.js("() => diplograph.edges.get().map(e => e.kind).sort()")
    assert kinds == ["meet", "meet", "phone_call", "planned_meet", "visit"]
    # the chosen person is in the middle of the part of the view the legend leaves free
    ids = o.node_ids()
    x, y = o.js(
        "id => { const p = diplograph.network.canvasToDOM(diplograph.network.getPosition(id)); return [p.x, p.y]; }",
        ids["Hossein Amir-Abdollahian"],
    )
    width, height = o.js(
        "() => { const r = document.getElementById('dg-network').getBoundingClientRect(); return [r.width, r.height]; }"
    )
    legend = o.js(
        "() => document.getElementById('dg-legend').getBoundingClientRect().right - "
        "document.getElementById('dg-network').getBoundingClientRect().left"
    )
    assert abs(x - (legend + width) / 2) < 10 and abs(y - height / 2) < 5
    # and everyone else is in view, clear of the legend
    points = o.js("() => Object.values(diplograph.network.getPositions()).map(p => diplograph.network.canvasToDOM(p))")
    assert all(legend < p["x"] < width and 0 < p["y"] < height for p in points), points
    assert o.js("() => window.__pwned") is None
    o.screenshot(tmp_path, "browser-sample.png")


def test_tooltip_shows_the_quote_and_article_script_stays_text(opened_sample, tmp_path):
    o = opened_sample
    ids = o.node_ids()
    text = o.hover(ids["Hossein Amir-Abdollahian"])
    assert "Foreign Minister of Iran" in text and "3 counterparts" in text
    assert " ".join(MEET_QUOTE.split()) in " ".join(text.split())
    o.screenshot(tmp_path, "browser-tooltip.png")
    text = o.hover(ids[EVIL_NAME])
    assert EVIL_NAME in text  # shown as text, not as an element
    assert "<script>window.__pwned=1</script>" in text
    assert o.js("() => document.querySelectorAll('div.vis-tooltip img, div.vis-tooltip script').length") == 0
    assert o.js("() => window.__pwned") is None
    assert o.errors == [] and o.blocked == []


def test_clicking_a_link_pins_its_sources_with_a_link_to_the_article(opened_sample):
    o = opened_sample
    edge = o.js("() => diplograph.edges.get().find(e => e.kind === 'meet' && e.width > 2).id")
    x, y = o.js(
        """id => { const e = diplograph.network.body.edges[id];
                           const a = e.from, b = e.to;
                           const p = diplograph.network.canvasToDOM({x: (a.x + b.x) / 2, y: (a.y + b.y) / 2});
                           const r = document.getElementById('dg-network').getBoundingClientRect();
                           return [p.x + r.left, p.y + r.top]; }""",
        edge,
    )
    o.js("() => diplograph.network.setOptions({physics: {enabled: false}})")  # keep the link where it is
    o.page.mouse.click(x, y)
    panel = o.page.locator("#dg-details")
    panel.wait_for(state="visible", timeout=5_000)
    assert MEET_QUOTE in " ".join(panel.inner_text().split())
    hrefs = o.js("() => [...document.querySelectorAll('#dg-details a')].map(a => a.getAttribute('href'))")
    assert hrefs == [URL]  # the javascript: URL of the other article is not a link
    assert o.js("() => window.__pwned") is None
    # a tooltip shown while the panel is open stays under it
    o.hover(o.node_ids()["Yván Gil"])
    above = o.js("""() => { const z = el => Number(getComputedStyle(el).zIndex) || 0;
                             return z(document.getElementById('dg-details')) > z(document.querySelector('div.vis-tooltip')); }""")
    assert above


def test_a_quote_that_tries_to_close_the_script_element_does_not_run(browser, tmp_path):
    events = [
        {
            "id": "e1",
            "type": "meet",
            "date": "2023-02-03",
            "place": None,
            "participants": [
                {"id": "a", "name": "</script><script>window.__pwned=3</script>", "roles": [], "country": "X"},
                {"id": "b", "name": "B <!-- <script>window.__pwned=4</script>", "roles": [], "country": "Y"},
            ],
            "sources": [{"article": "x", "file": "x.txt", "quote": SCRIPT_QUOTE, "url": "javascript:window.__pwned=5"}],
        }
    ]
    path = tmp_path / "evil.html"
    write_page(events, path)
    o = Opened(browser, path)
    try:
        assert o.js("() => diplograph.nodes.length") == 2
        assert o.js("() => window.__pwned") is None
        assert o.errors == [] and o.blocked == []
    finally:
        o.close()


@pytest.mark.slow
def test_big_page_opens_and_stays_responsive(browser, tmp_path):
    people = BIG_GRAPH + 500
    path = tmp_path / "big.html"
    page = write_page(generate_events(people), path)
    o = Opened(browser, path)
    try:
        assert o.errors == [] and o.blocked == []
        assert o.js("() => diplograph.nodes.length") == page.people + page.places
        assert o.js("() => diplograph.edges.length") == page.links
        assert o.js("() => diplograph.network.physics.physicsEnabled") is False
        assert o.seconds < 60, f"the page took {o.seconds:.1f} s to open"
        o.screenshot(tmp_path, "browser-big.png")
        # a zoom and a redraw take well under a second once it is open
        took = o.js(
            "() => { const t = performance.now(); diplograph.network.moveTo({scale: 0.5}); "
            "diplograph.network.redraw(); return performance.now() - t; }"
        )
        assert took < 1000
    finally:
        o.close()


@pytest.mark.slow
def test_seeds_page_centres_amir_abdollahian_among_his_counterparts(browser, seeds_dir, tmp_path):
    from typer.testing import CliRunner

    from diplograph.cli import app

    store, out = str(tmp_path / "store"), tmp_path / "seeds.html"
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(seeds_dir), "--store", store])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["render", "--store", store, "--person", "Amir-Abdollahian", "-o", str(out)])
    assert result.exit_code == 0, result.output
    o = Opened(browser, out)
    try:
        assert o.errors == [] and o.blocked == []
        people = o.js(
            "() => diplograph.nodes.get().filter(n => n.kind === 'person')"
            ".map(n => ({label: n.label, country: n.country, colour: n.color.background, value: n.value}))"
        )
        centre = o.js("() => diplograph.nodes.get(diplograph.centre[0]).label")
        assert "Amir-Abdollahian" in centre
        others = [p for p in people if p["label"] != centre]
        assert len(others) >= 3, people
        venezuelans = [p for p in others if p["country"] == "Venezuela"]
        assert venezuelans and len({p["colour"] for p in venezuelans}) == 1
        iranian = next(p for p in people if p["label"] == centre)
        assert iranian["colour"] != venezuelans[0]["colour"]
        assert iranian["value"] == max(p["value"] for p in people)
        assert any("Maduro" in p["label"] for p in others)
        # exactly the people the store says he shared an event with
        from diplograph.graph.store import opened
        from diplograph.queries.events import meetings

        with opened(store, read_only=True) as graph_store:
            expected = {
                p["name"] for ev in meetings(graph_store, person="Amir-Abdollahian") for p in ev["participants"]
            }
        assert {p["label"] for p in people} == expected
        o.screenshot(tmp_path, "browser-seeds.png")
    finally:
        o.close()


def test_map_page_opens_offline_and_shows_a_place_with_its_quotes(browser, sample_page, tmp_path):
    from diplograph.rendering import render_store

    out = tmp_path / "map.html"
    render_store(str(sample_page.parent / "store"), out, Selection(), map_page=True)
    o = Opened(browser, out)
    try:
        assert o.errors == [] and o.blocked == []
        assert o.js("() => [diplograph.dots, diplograph.tips]") == [1, 1]
        dot = o.page.locator("circle.dg-dot[data-name='Caracas']")
        box = dot.bounding_box()
        assert box and box["width"] > 3
        o.page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        tip = o.page.locator("#dg-tooltip")
        tip.wait_for(state="visible", timeout=5_000)
        assert "Maduro received Amir-Abdollahian" in tip.inner_text()
        land = o.js("() => document.querySelector('.dg-land').getBBox().width")
        assert land > 900  # the world is drawn, from the page's own data
        o.page.mouse.wheel(0, -400)  # zoom in
        assert o.js("() => document.getElementById('dg-map').viewBox.baseVal.width") < 1000
        assert o.js("() => window.__pwned") is None
        o.screenshot(tmp_path, "browser-map.png")
    finally:
        o.close()


def test_an_empty_page_opens_without_errors(browser, tmp_path):
    path = tmp_path / "empty.html"
    write_page([], path)
    o = Opened(browser, path)
    try:
        assert o.js("() => diplograph.nodes.length") == 0
        assert o.errors == [] and o.blocked == []
    finally:
        o.close()


def test_the_map_tooltip_of_a_busy_place_fits_the_window(browser, tmp_path):
    """Thirty meetings in one city, each with a long quote from three files: the tooltip stays
    inside a 900-pixel window, and each quoted sentence appears once with its files."""
    from pictures_records import CARACAS, _extraction

    from diplograph.graph.store import opened
    from diplograph.ingest.records import Person, Role
    from diplograph.rendering import render_store

    host = Person("Nicolás Maduro", roles=(Role("President", "Venezuela"),))
    store = tmp_path / "store"
    with opened(str(store)) as s:
        for k in range(30):
            guest = Person(f"Visiting Minister Number{k} Guest", roles=(Role("Foreign Minister", "Peru"),))
            quote = (
                f"Maduro received minister Number{k} Guest at Miraflores Palace in Caracas for long talks on "
                "trade, energy, migration, security and the region, officials said after the meeting."
            )
            for copy in ("a", "b", "c"):
                text = f"Talks {k}\n{quote}" + "\n" * (1 + ord(copy) - 97)
                s.write(
                    _extraction(
                        f"{copy}{k}.txt", text, [("meet", (host, guest), quote, CARACAS, f"2023-01-{k % 28 + 1:02d}")]
                    ),
                    join=join_stored,
                )
    out = tmp_path / "busy-map.html"
    render_store(str(store), out, Selection(), map_page=True)
    o = Opened(browser, out, width=1280, height=900)
    try:
        box = o.page.locator("circle.dg-dot[data-name='Caracas']").bounding_box()
        o.page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        tip = o.page.locator("#dg-tooltip")
        tip.wait_for(state="visible", timeout=5_000)
        shown = tip.bounding_box()
        assert shown["y"] >= 0 and shown["y"] + shown["height"] <= 900
        assert tip.inner_html().count("Number29 Guest at Miraflores") <= 1
        o.screenshot(tmp_path, "browser-busy-map.png")
    finally:
        o.close()
