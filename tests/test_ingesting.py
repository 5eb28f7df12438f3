"""The ingest job across runs: people stored by an earlier run are recognised by a later one."""

from __future__ import annotations

from diplograph.graph.store import opened
from diplograph.ingesting import ingest_paths, known_people
from diplograph.queries.events import all_events

FIRST = """Lula hosts Scholz in Brasília

January 31, 2023

Brazilian President Luiz Inácio Lula da Silva received German Chancellor Olaf Scholz at the Planalto Palace in Brasília on Monday.
"""

LATER = """Scholz meets Macron

February 9, 2023

Scholz met French President Emmanuel Macron in Paris on Wednesday, the chancellor's office said.
"""


def test_a_surname_in_a_later_run_joins_the_person_an_earlier_run_stored(tmp_path):
    (tmp_path / "first.txt").write_text(FIRST, encoding="utf-8")
    (tmp_path / "later.txt").write_text(LATER, encoding="utf-8")
    with opened(str(tmp_path / "store")) as store:
        ingest_paths(store, [str(tmp_path / "first.txt")])
        assert "Olaf Scholz" in known_people(store)
        ingest_paths(store, [str(tmp_path / "later.txt")])
        events = all_events(store)
        names = {p["name"] for ev in events for p in ev["participants"]}
        later = [ev for ev in events if any(s["file"] == "later.txt" for s in ev["sources"])]
    assert later, "the later article's meeting was not found"
    assert {p["name"] for p in later[0]["participants"]} == {"Olaf Scholz", "Emmanuel Macron"}
    assert "Scholz" not in names


def _story(day: int, text: str) -> str:
    return f"Talks in Nairobi\n\nMarch {day}, 2024\n\n{text}\n"


def test_articles_read_before_a_name_grew_keep_the_name_they_wrote(tmp_path):
    """The first article writes "Amina Odhiambo"; two later ones write "Amina Wanjiru Odhiambo",
    which becomes the graph's name for her.  The first article's meeting still names her as it
    did."""
    stories = {
        "a1.txt": _story(4, "Kenyan President William Ruto met Tanzanian envoy Amina Odhiambo in Nairobi on Monday."),
        "a2.txt": _story(
            6,
            "Amina Wanjiru Odhiambo met South African President Cyril Ramaphosa in Pretoria on Wednesday. "
            "Amina Wanjiru Odhiambo said the talks went well.",
        ),
        "a3.txt": _story(7, "Amina Wanjiru Odhiambo met Nigerian President Bola Tinubu in Abuja on Thursday."),
    }
    for name, text in stories.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    with opened(str(tmp_path / "store")) as store:
        ingest_paths(store, [str(tmp_path)])
        events = all_events(store)
    named = {
        s["file"]: next(p["name"] for p in ev["participants"] if "Odhiambo" in p["name"])
        for ev in events
        if ev["type"] == "meet"
        for s in ev["sources"]
    }
    assert named == {
        "a1.txt": "Amina Odhiambo",
        "a2.txt": "Amina Wanjiru Odhiambo",
        "a3.txt": "Amina Wanjiru Odhiambo",
    }
    canonical = {p["canonical"] for ev in events for p in ev["participants"] if "Odhiambo" in p["name"]}
    assert canonical == {"Amina Wanjiru Odhiambo"}
