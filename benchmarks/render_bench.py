"""Render time and page size of ``diplograph render`` for 100, 1,000 and 5,000 people.

Events are generated in the shared JSON event format (the shape ``queries.events`` returns), so the
figures measure the drawing alone: networkx analysis, tooltips, pyvis data and the page template.
Each person meets counterparts chosen with preferential attachment (a few hubs, many people with
one or two counterparts, as in the news); a fifth of the events are calls, planned meetings,
agreements or visits. ``python -m benchmarks.render_bench [--browser] [SIZES…]`` prints one line per
size; with ``--browser`` (``run(..., browser=True)``) it also opens each page in headless Chromium
(``/usr/bin/chromium``, network cut off) and times until the graph is drawn and ready.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from diplograph.graph.render import write_page

COUNTRIES = 60
PLACES = 150
EVENTS_PER_PERSON = 2
TYPES = (("meet", 0.62), ("phone_call", 0.14), ("planned_meet", 0.1), ("visit", 0.09), ("sign_agreement", 0.05))
ROLES = ("President", "Prime Minister", "Foreign Minister", "Defence Minister", "Ambassador", "Envoy")


def generate_events(people: int, seed: int = 1) -> list[dict]:
    """About ``EVENTS_PER_PERSON * people`` events among ``people`` generated people."""
    rnd = random.Random(seed)
    countries = [f"Country {i:02d}" for i in range(COUNTRIES)]
    persons = []
    for i in range(people):
        country = countries[
            min(int(rnd.paretovariate(1.2)) - 1, COUNTRIES - 1) if rnd.random() < 0.5 else rnd.randrange(COUNTRIES)
        ]
        persons.append(
            {
                "id": f"https://example.org/person/p{i}",
                "name": f"Person {i} {rnd.choice('ABCDEFGH')}.",
                "roles": [f"{rnd.choice(ROLES)} of {country}"],
                "country": country,
            }
        )
    places = [
        {
            "id": f"https://example.org/place/c{i}",
            "name": f"City {i}",
            "country": rnd.choice(countries),
            "kind": "city",
            "lat": rnd.uniform(-60, 70),
            "lon": rnd.uniform(-180, 180),
        }
        for i in range(PLACES)
    ]
    weights = [1.0] * people
    events = []
    kinds, probabilities = zip(*TYPES)
    for n in range(EVENTS_PER_PERSON * people):
        kind = rnd.choices(kinds, probabilities)[0]
        a = n % people
        if kind == "visit":
            participants = [persons[a]]
        else:
            b = rnd.choices(range(people), weights)[0]
            if b == a:
                b = (a + 1) % people
            participants = [persons[a], persons[b]]
            weights[a] += 1
            weights[b] += 1
        date = f"20{rnd.randint(10, 24):02d}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        sources = [
            {
                "article": f"https://example.org/article/{n}-{k}",
                "file": f"{n}-{k}.txt",
                "url": None,
                "title": f"Talks {n}",
                "published": date,
                "quote": f"{participants[0]['name']} held talks on regional security and trade in "
                f"{date}, the ministry said in a statement after the meeting ({n}, {k}).",
                "start": 0,
                "end": 120,
                "caption": False,
            }
            for k in range(rnd.choice((1, 1, 1, 2, 3)))
        ]
        events.append(
            {
                "id": f"https://example.org/event/e{n}",
                "type": kind,
                "participants": participants,
                "place": rnd.choice(places) if kind == "visit" or rnd.random() < 0.7 else None,
                "venue": None,
                "date": date,
                "date_conflicts": [],
                "host": None,
                "confidence": 0.55,
                "sources": sources,
            }
        )
    return events


CHROMIUM = "/usr/bin/chromium"


def open_seconds(path: Path) -> float:
    """Seconds from opening the page in headless Chromium (no network) until the graph is ready."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
        )
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 800})
            context.route(
                "**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort()
            )
            page = context.new_page()
            start = time.perf_counter()
            page.goto(path.resolve().as_uri())
            page.wait_for_function("() => window.diplograph && window.diplograph.ready", timeout=300_000)
            return time.perf_counter() - start
        finally:
            browser.close()


def run(sizes: tuple[int, ...] = (100, 1000, 5000), browser: bool = False) -> list[dict]:
    """For each size: people, events, links, seconds to render and write the page, page size in bytes
    (and, with ``browser``, seconds for Chromium to open it until the graph is ready)."""
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            events = generate_events(size)
            path = Path(tmp) / f"render-{size}.html"
            start = time.perf_counter()
            page = write_page(events, path)
            seconds = time.perf_counter() - start
            row = {
                "people": page.people,
                "events": page.events,
                "links": page.links,
                "places": page.places,
                "seconds": round(seconds, 2),
                "bytes": path.stat().st_size,
                "warnings": len(page.warnings),
            }
            if browser:
                row["open_seconds"] = round(open_seconds(path), 2)
            results.append(row)
    return results


def main(argv: list[str]) -> None:
    browser = "--browser" in argv
    sizes = tuple(int(a) for a in argv if a != "--browser") or (100, 1000, 5000)
    for row in run(sizes, browser=browser):
        opened = f"  opens in {row['open_seconds']:6.2f} s" if "open_seconds" in row else ""
        print(
            f"{row['people']:>6} people {row['events']:>6} events {row['links']:>6} links  "
            f"render {row['seconds']:>6.2f} s  page {row['bytes'] / 1e6:6.2f} MB{opened}"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
