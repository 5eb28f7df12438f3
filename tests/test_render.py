"""The graph page on a real store of hand-made records: what it draws, how, what it escapes, what
it fetches (nothing), the command line's filters, the layouts and the colours."""

from __future__ import annotations

import json
import math
import re

import networkx as nx
import pytest
from pictures_records import EVIL_NAME, MEET_QUOTE, SCRIPT_QUOTE, URL, write_sample_store
from typer.testing import CliRunner

from benchmarks.render_bench import generate_events
from diplograph.cli import app
from diplograph.graph import layout, palette
from diplograph.graph.render import BIG_GRAPH, build_graph, link_width, render_page, script_json, write_page
from diplograph.graph.select import Selection, SelectionError, select_events
from diplograph.graph.store import opened
from diplograph.queries.events import all_events

DATA = re.compile(r'<script type="application/json" id="dg-data">(.*?)</script>', re.S)


def page_data(html: str) -> dict:
    """The nodes, edges and options the page hands to vis.js."""
    return json.loads(DATA.search(html).group(1))


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("pictures") / "store")
    write_sample_store(path)
    return path


@pytest.fixture(scope="module")
def events(store_path) -> list[dict]:
    with opened(store_path, read_only=True) as store:
        return all_events(store)


@pytest.fixture(scope="module")
def page(events):
    return render_page(events, focus="Amir-Abdollahian")


def _by_label(data: dict) -> dict[str, dict]:
    return {n["label"]: n for n in data["nodes"]}


def test_people_are_nodes_coloured_by_country_and_sized_by_counterparts(page):
    data = page_data(page.html)
    nodes = _by_label(data)
    assert set(nodes) == {"Hossein Amir-Abdollahian", "Nicolás Maduro", "Yván Gil", EVIL_NAME, "Caracas"}
    assert nodes["Caracas"]["kind"] == "place" and nodes["Caracas"]["shape"] == "diamond"
    colour = {label: n["color"]["background"] for label, n in nodes.items() if n["kind"] == "person"}
    assert colour["Nicolás Maduro"] == colour["Yván Gil"]  # both Venezuela
    assert len({colour["Nicolás Maduro"], colour["Hossein Amir-Abdollahian"], colour[EVIL_NAME]}) == 3
    assert nodes["Hossein Amir-Abdollahian"]["value"] == 3  # Maduro, Gil, the Cuban minister
    assert nodes["Nicolás Maduro"]["value"] == 2
    assert nodes[EVIL_NAME]["value"] == 1
    assert page.people == 4 and page.places == 1


def test_the_chosen_person_is_pinned_at_the_centre(page):
    data = page_data(page.html)
    amir = _by_label(data)["Hossein Amir-Abdollahian"]
    assert amir["fixed"] is True and (amir["x"], amir["y"]) == (0.0, 0.0)
    assert data["centre"] == [amir["id"]]


def test_links_are_styled_by_type_labelled_and_thicker_with_more_sources(page):
    data = page_data(page.html)
    ids = {n["id"]: n["label"] for n in data["nodes"]}
    links = {(frozenset((ids[e["from"]], ids[e["to"]])), e["kind"]): e for e in data["edges"]}
    assert len(data["edges"]) == 5
    meet = links[(frozenset(("Hossein Amir-Abdollahian", "Nicolás Maduro")), "meet")]
    single = links[(frozenset(("Hossein Amir-Abdollahian", "Yván Gil")), "meet")]
    assert meet["label"] == "2023-02-03 · Caracas"
    assert meet["width"] > single["width"]  # two articles against one
    assert meet["dashes"] is False
    planned = links[(frozenset(("Nicolás Maduro", "Yván Gil")), "planned_meet")]
    call = links[(frozenset(("Hossein Amir-Abdollahian", EVIL_NAME)), "phone_call")]
    assert planned["dashes"] == list(palette.EDGE_STYLES["planned_meet"].dashes)
    assert call["dashes"] == list(palette.EDGE_STYLES["phone_call"].dashes) != planned["dashes"]
    assert len({meet["color"]["color"], planned["color"]["color"], call["color"]["color"]}) == 3
    visit = links[(frozenset(("Hossein Amir-Abdollahian", "Caracas")), "visit")]
    assert ids[visit["from"]] == "Hossein Amir-Abdollahian" and visit["arrows"]["to"]["enabled"] is True
    assert meet["arrows"]["to"]["enabled"] is False


def test_tooltips_hold_role_country_date_place_quote_and_source_links(page):
    data = page_data(page.html)
    ids = {n["id"]: n["label"] for n in data["nodes"]}
    meet = next(e for e in data["edges"] if e["kind"] == "meet" and "Nicolás Maduro" in (ids[e["from"]], ids[e["to"]]))
    tip = meet["title"]
    assert "Foreign Minister of Iran" in tip and "President of Venezuela" in tip
    assert "2023-02-03" in tip and "Caracas" in tip and MEET_QUOTE in tip
    assert f'<a href="{URL}"' in tip
    assert "javascript:" not in tip  # an unsafe URL is not made a link: the file is named instead
    assert '<span class="dg-file">b.txt</span>' in tip
    person = _by_label(data)["Hossein Amir-Abdollahian"]["title"]
    assert "Foreign Minister of Iran" in person and "3 counterparts" in person and MEET_QUOTE in person


def test_text_from_articles_is_escaped_everywhere(page):
    html = page.html
    outside = DATA.sub("", html)  # the page without its JSON data block
    for raw in ("<script>window.__pwned", "</script><script>window", "<img src=x onerror"):
        assert raw not in outside
    block = DATA.search(html).group(1)
    assert "</script" not in block.lower()  # nothing can close the data block early
    data = page_data(html)
    call = next(e for e in data["edges"] if e["kind"] == "phone_call")
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in call["title"]
    assert "&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;" in call["title"]
    for item in data["nodes"] + data["edges"]:  # every tooltip: no raw tag from the articles
        assert "<script" not in item["title"] and "<img" not in item["title"]
    # labels are drawn on the canvas as text; the person's name stays as the article gave it
    assert any(n["label"] == EVIL_NAME for n in data["nodes"])
    # the only script elements are the page's own: vis-network, the data, the page's behaviour
    assert re.findall(r"^<script[^>]*>", html, re.M) == [
        "<script>",
        '<script type="application/json" id="dg-data">',
        "<script>",
    ]
    assert SCRIPT_QUOTE.replace("<", "&lt;").replace(">", "&gt;") in call["title"]


def test_script_json_cannot_close_its_script_element():
    text = script_json({"q": "</script><script>x()</script><!-- </SCRIPT >"})
    assert "</" not in text and "<!--" not in text
    assert json.loads(text) == {"q": "</script><script>x()</script><!-- </SCRIPT >"}


def test_the_page_fetches_nothing_from_the_network(page):
    html = page.html
    assert not re.search(
        r"<(script|img|iframe|link|source|video|audio)\b[^>]*\b(src|href)\s*=\s*[\"']?\s*(https?:)?//", html, re.I
    )
    assert not re.search(r"@import|url\(\s*[\"']?\s*(https?:)?//", html, re.I)
    assert "default-src 'none'" in html  # and the page forbids itself any fetch


def test_legend_names_each_country_with_its_colour(page):
    data = page_data(page.html)
    for n in data["nodes"]:
        if n["kind"] == "person":
            assert f"background: {n['color']['background']}" in page.html
    legend = page.html[page.html.index('id="dg-legend"') : page.html.index('id="dg-details"')]
    for country in ("Iran", "Venezuela", "Cuba"):
        assert f"</span>{country} " in legend
    for style in ("met in person", "phone or video call", "planned meeting", "visited a place"):
        assert style in legend


def test_render_command_writes_the_page(store_path, tmp_path):
    out = tmp_path / "g.html"
    result = CliRunner().invoke(
        app, ["render", "--store", store_path, "--person", "Amir-Abdollahian", "--depth", "1", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "4 people" in result.output and "5 events" in result.output
    data = page_data(out.read_text(encoding="utf-8"))
    assert len(data["nodes"]) == 5 and len(data["edges"]) == 5


def test_render_command_filters(store_path, tmp_path):
    out = tmp_path / "g.html"
    runner = CliRunner()
    result = runner.invoke(
        app, ["render", "--store", store_path, "--type", "meet", "--min-sources", "2", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    labels = {n["label"] for n in page_data(out.read_text(encoding="utf-8"))["nodes"]}
    assert labels == {"Hossein Amir-Abdollahian", "Nicolás Maduro"}
    result = runner.invoke(
        app,
        [
            "render",
            "--store",
            store_path,
            "--since",
            "2023-02",
            "--until",
            "2023-02-28",
            "--country",
            "Venezuela",
            "-o",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    kinds = sorted(e["kind"] for e in page_data(out.read_text(encoding="utf-8"))["edges"])
    assert kinds == ["meet", "meet", "visit"]  # not the call (January), not the plan (March, but 2023-03)


def test_render_command_reports_bad_filters_in_one_line(store_path, tmp_path):
    runner = CliRunner()
    result = runner.invoke(app, ["render", "--store", store_path, "--type", "lunch", "-o", str(tmp_path / "x.html")])
    assert result.exit_code == 2 and "unknown event type" in result.output
    result = runner.invoke(
        app, ["render", "--store", store_path, "--since", "last year", "-o", str(tmp_path / "x.html")]
    )
    assert result.exit_code == 2 and "not a date" in result.output
    assert not (tmp_path / "x.html").exists()


# -- selection on plain event dicts ------------------------------------------------------------------
def _ev(
    i: str, kind: str, names: list[str], date: str | None = "2023-02-03", sources: int = 1, country: str = "Iran"
) -> dict:
    return {
        "id": i,
        "type": kind,
        "date": date,
        "place": None,
        "participants": [{"id": n, "name": n, "country": country, "roles": []} for n in names],
        "sources": [{"article": f"{i}-{k}", "file": f"{i}-{k}.txt", "quote": "q"} for k in range(sources)],
    }


CHAIN = [
    _ev("1", "meet", ["Ana Uno", "Bo Dos"]),
    _ev("2", "meet", ["Bo Dos", "Cy Tres"], "2022-06"),
    _ev("3", "phone_call", ["Cy Tres", "Di Cuatro"], None, country="Chile"),
    _ev("4", "meet", ["Di Cuatro", "Ed Cinco"], "2024", 3),
]


def _ids(events: list[dict]) -> list[str]:
    return [e["id"] for e in events]


def test_person_and_depth_take_a_networkx_ego_graph():
    assert _ids(select_events(CHAIN, Selection(person="bo dos"))) == ["1", "2"]
    assert _ids(select_events(CHAIN, Selection(person="Ana", depth=2))) == ["1", "2"]
    assert _ids(select_events(CHAIN, Selection(person="Ana", depth=3))) == ["1", "2", "3"]
    assert _ids(select_events(CHAIN, Selection(person="Nobody"))) == []


def test_dates_compare_by_their_precision():
    assert _ids(select_events(CHAIN, Selection(since="2022-06-30"))) == ["1", "2", "4"]
    assert _ids(select_events(CHAIN, Selection(until="2022"))) == ["2"]
    assert _ids(select_events(CHAIN, Selection(since="2023-02-03", until="2023-02-03"))) == ["1"]
    with pytest.raises(SelectionError):
        select_events(CHAIN, Selection(until="03/02/2023"))


def test_type_country_sources_and_top():
    assert _ids(select_events(CHAIN, Selection(types=("phone_call",)))) == ["3"]
    assert _ids(select_events(CHAIN, Selection(country="chile"))) == ["3"]
    assert _ids(select_events(CHAIN, Selection(min_sources=2))) == ["4"]
    star = CHAIN + [_ev("5", "meet", ["Bo Dos", "Di Cuatro"])]
    assert _ids(select_events(star, Selection(top=2))) == ["5"]  # Bo and Di have three counterparts each


# -- layout, colours, size ---------------------------------------------------------------------------
def test_big_graphs_get_a_radial_layout_with_no_two_people_on_one_spot():
    g = build_graph(generate_events(600))
    method, pos = layout.layout(g)
    assert method == "radial" and set(pos) == set(g)
    points = sorted(pos.values())
    closest = min(math.dist(a, b) for a, b in zip(points, points[1:]))
    assert closest > 1.0
    hub = max(nx.Graph(g).degree, key=lambda item: (item[1], str(item[0])))[0]
    assert pos[hub] == (0.0, 0.0)


def test_spring_layout_pins_the_centre():
    g = nx.path_graph(["a", "b", "c", "d"])
    method, pos = layout.layout(g, centres=["c"])
    assert method == "spring" and pos["c"] == (0.0, 0.0) and len(set(pos.values())) == 4


def test_big_graphs_warn_and_suggest_top():
    page = render_page(generate_events(BIG_GRAPH + 100))
    assert page.warnings and "--top" in page.warnings[0]
    data = page_data(page.html)
    assert data["options"]["physics"]["enabled"] is False  # laid out beforehand: opens at once
    assert all("x" in n for n in data["nodes"])
    assert not render_page(generate_events(50)).warnings


def test_country_colours_are_stable_and_distinct():
    many = {f"Country {i}": 30 - i for i in range(25)}
    first = palette.country_colours(many)
    assert first == palette.country_colours(dict(reversed(list(many.items()))))
    distinct = [c for c in first.values() if c != palette.OTHER_COUNTRIES]
    assert len(distinct) == len(set(distinct)) == len(palette.PALETTE)
    assert list(first.values()).count(palette.OTHER_COUNTRIES) == 25 - len(palette.PALETTE)
    alone = palette.country_colours({"Iran": 1})["Iran"]
    assert palette.country_colours({"Iran": 5, None: 2})["Iran"] == alone
    assert palette.country_colours({None: 1})[None] == palette.UNKNOWN_COUNTRY


def test_link_width_grows_with_events_and_articles():
    one = [_ev("1", "meet", ["A", "B"])]
    assert (
        link_width(one)
        < link_width([_ev("1", "meet", ["A", "B"], sources=3)])
        < link_width([_ev("1", "meet", ["A", "B"], sources=3), _ev("2", "meet", ["A", "B"])])
    )
    assert link_width([_ev(str(i), "meet", ["A", "B"], sources=4) for i in range(20)]) == 10.0


def test_render_html_keeps_its_signature(events, tmp_path):
    out = tmp_path / "page.html"
    from diplograph.graph.render import render_html

    g = render_html(events, str(out))
    assert isinstance(g, nx.MultiGraph) and out.stat().st_size > 100_000
    assert write_page(events, tmp_path / "again.html").links == 5


# -- the map -----------------------------------------------------------------------------------------
def test_map_puts_one_dot_per_place_with_coordinates(events):
    from diplograph.graph.map import project, render_map

    page = render_map(events)
    assert page.kind == "map" and page.places == 1  # Caracas: the meeting with Maduro and the visit
    assert page.events == 2 and "3 of 5 events have no place with coordinates" in page.warnings[0]
    x, y = project(10.49, -66.88)
    assert f'cx="{x}" cy="{y}"' in page.html and 'data-name="Caracas" data-events="2"' in page.html
    tips = json.loads(DATA.search(page.html).group(1))["tips"]
    assert MEET_QUOTE in tips[0] and f'<a href="{URL}"' in tips[0]
    assert not re.search(r"<(script|img|iframe|link)\b[^>]*\b(src|href)\s*=\s*[\"']?\s*(https?:)?//", page.html, re.I)


def test_map_escapes_place_names_from_articles():
    from diplograph.graph.map import render_map

    evil = {
        "id": "e",
        "type": "visit",
        "date": None,
        "participants": [{"id": "p", "name": "P", "roles": []}],
        "place": {"id": "x", "name": '<svg onload="window.__pwned=1">', "lat": 1.0, "lon": 2.0},
        "sources": [{"article": "a", "file": "a.txt", "quote": "<script>x()</script>"}],
    }
    html = render_map([evil]).html
    outside = DATA.sub("", html)
    assert "<svg onload" not in outside and "&lt;svg onload=&#34;window.__pwned=1&#34;&gt;" in outside
    assert "&lt;script&gt;x()&lt;/script&gt;" in json.loads(DATA.search(html).group(1))["tips"][0]


def test_projection_and_land():
    from diplograph.graph.map import LAND, project

    assert project(0, 0) == (500.0, 250.0) and project(90, -180) == (0.0, 0.0) and project(-90, 180) == (1000.0, 500.0)
    land = LAND.read_text(encoding="ascii")
    assert land.startswith("M") and land.count("Z") > 100


def test_render_map_command(store_path, tmp_path):
    out = tmp_path / "m.html"
    result = CliRunner().invoke(app, ["render", "--store", store_path, "--map", "--type", "meet", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "1 event at 1 place" in result.output and "1 of 2 events have no place" in result.output
    assert out.read_text(encoding="utf-8").count('class="dg-dot"') == 1


def test_an_empty_selection_gives_an_empty_page_and_says_so(store_path, tmp_path):
    out = tmp_path / "empty.html"
    result = CliRunner().invoke(app, ["render", "--store", store_path, "--person", "Nobody At All", "-o", str(out)])
    assert result.exit_code == 0 and "no events to draw" in result.output
    assert page_data(out.read_text(encoding="utf-8"))["nodes"] == []


def test_a_sentence_carried_by_several_files_is_quoted_once_with_every_file():
    from diplograph.graph import tooltips

    quote = "Maduro received Amir-Abdollahian at Miraflores Palace on Friday."
    ev = {
        "type": "meet",
        "participants": [],
        "sources": [
            {"quote": quote, "file": "a.txt"},
            {"quote": " " + quote, "file": "b.txt"},
            {"quote": "Another sentence about the talks.", "file": "a.txt"},
        ],
    }
    html = tooltips.event_html(ev)
    assert html.count("Miraflores Palace") == 1
    assert "a.txt" in html and "b.txt" in html and html.count("<q ") == 2
