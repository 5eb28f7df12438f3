"""The venue gazetteer (ingest/data/venue_gazetteer.json): its shape, and venue mentions resolved to it."""

from __future__ import annotations

from collections import Counter

import pytest

from diplograph.ingest import locations, nlp, places
from diplograph.ingest.datafiles import read_json


def test_the_gazetteer_file_has_the_promised_shape():
    entries = read_json("venue_gazetteer.json")["venues"]
    assert len(entries) >= 300
    for e in entries:
        assert set(e) <= {"name", "aliases", "kind", "city", "country", "lat", "lon", "coordinates"}
        assert e["name"].strip() and e["kind"] in locations.VENUE_KINDS
        assert places.country_name(e["country"]) == e["country"], e  # the gazetteer's own country name
        assert -90 <= e["lat"] <= 90 and -180 <= e["lon"] <= 180
        assert round(e["lat"], 2) == e["lat"] and round(e["lon"], 2) == e["lon"]
        assert e["coordinates"] in ("building", "locality", "city")
        assert all(isinstance(a, str) and a.strip() for a in e.get("aliases", ()))
        if e["coordinates"] == "city":  # the city's own coordinates, from the gazetteer
            city = places.find_city(e["city"], e["country"])
            assert city is not None and (round(city.lat, 2), round(city.lon, 2)) == (e["lat"], e["lon"]), e
    kinds = Counter(e["kind"] for e in entries)
    assert {
        "presidential palace",
        "royal palace",
        "seat of government",
        "foreign ministry",
        "parliament",
        "summit venue",
    } <= set(kinds)
    assert len({e["country"] for e in entries}) >= 150
    named = Counter((e["name"], e["country"]) for e in entries)
    assert max(named.values()) == 1  # one entry per venue


def test_every_entry_loads_and_a_specific_name_resolves_to_itself():
    for v in locations.venue_gazetteer():
        if v.generic:
            continue
        found = locations.lookup_venue(v.name, [v.city or v.country])
        assert found is not None and (found.name, found.country) == (v.name, v.country), v.name


@pytest.mark.parametrize(
    "name, near, expected",
    [
        ("Élysée Palace", [], ("Élysée Palace", "Paris", "France")),
        ("Elysee Palace", [], ("Élysée Palace", "Paris", "France")),
        ("Palácio do Planalto", [], ("Planalto Palace", "Brasília", "Brazil")),
        ("Aso Villa", [], ("Presidential Villa", "Abuja", "Nigeria")),
        ("State House", ["Lusaka"], ("State House", "Lusaka", "Zambia")),
        ("State House", ["Ghana", "Kenya"], ("State House", "Nairobi", "Kenya")),  # Ghana has no State House here
        ("Presidential Palace", ["Ankara"], ("Beştepe Presidential Complex", "Ankara", "Turkey")),
        ("Presidential Palace", ["Helsinki"], ("Presidential Palace", "Helsinki", "Finland")),
        ("the Kremlin", [], ("Kremlin", "Moscow", "Russia")),
    ],
)
def test_lookup_venue(name, near, expected):
    found = locations.lookup_venue(name, near)
    assert found is not None and found.kind == "venue"
    assert (found.name, found.city, found.country) == expected
    assert found.lat is not None and found.lon is not None


@pytest.mark.parametrize(
    "name",
    [
        "State House",
        "Presidential Palace",
        "Foreign Office",
        "Istana Negara",
        "Royal Palace",
        "Parliament House",
        "Hotel California",
    ],
)
def test_a_shared_or_generic_name_without_its_city_or_country_is_left_open(name):
    assert locations.lookup_venue(name) is None


def _venues(text: str):
    return [v for v in locations.find_venues(nlp.parse(text)) if not v.organisation]


def test_mentions_resolve_to_venues_with_city_and_country():
    found = _venues(
        "The Indian prime minister received his Sri Lankan counterpart at Hyderabad House on "
        "Friday, and the two later called on the president at Rashtrapati Bhavan."
    )
    assert [(v.place.name, v.place.city, v.place.country) for v in found] == [
        ("Hyderabad House", "New Delhi", "India"),
        ("Rashtrapati Bhavan", "New Delhi", "India"),
    ]
    assert all(v.city_place is not None and v.city_place.name == "New Delhi" for v in found)


def test_a_foreign_spelling_resolves_to_the_english_name():
    (v,) = _venues("Venezuela's president greeted the visiting minister at the Palacio de Miraflores on Tuesday.")
    assert v.name == "Miraflores Palace" and v.place.country == "Venezuela" and v.city_place.name == "Caracas"


def test_a_venue_named_in_title_case_is_the_gazetteer_s():
    (v,) = _venues("The chairperson met the minister at the AU Headquarters on Tuesday.")
    assert v.name == "African Union headquarters" and v.city_place.name == "Addis Ababa"


def test_a_generic_venue_takes_the_city_of_its_story():
    (v,) = _venues(
        "LUSAKA (Reuters) - The Zambian president hosted the Angolan leader at State House on "
        "Monday for talks on the Lobito rail corridor."
    )
    assert v.generic and (v.place.name, v.place.city, v.place.country) == ("State House", "Lusaka", "Zambia")


def test_a_generic_venue_with_no_city_or_country_stays_unplaced():
    (v,) = _venues("The two leaders held talks at State House on Monday.")
    assert v.name == "State House" and v.place is None and v.city_place is None


def test_a_venue_outside_any_city_keeps_its_country():
    (v,) = _venues("The prime minister hosted the German chancellor at Chequers over the weekend.")
    assert (v.place.name, v.place.city, v.place.country) == ("Chequers", None, "United Kingdom")
    assert v.city_place is None and v.place.lat is not None


def test_a_venue_name_is_not_found_inside_other_words_or_in_lower_case():
    assert _venues("A pentagon-shaped garden and a white house stood by the road.") == []


def test_a_word_of_a_known_building_is_no_town_of_its_own():
    import diplograph

    (meet,) = [
        e
        for e in diplograph.extract(
            "Venezuelan President Hugo Chavez and Brazilian President Luiz Inacio Lula da Silva met on Friday "
            "at Miraflores palace.",
            published="2008-06-28",
        )
        if e.type == "meet"
    ]
    assert meet.place is not None and meet.place.name == "Caracas"


def test_a_known_buildings_word_said_alone_later_is_still_the_building():
    import diplograph

    found = diplograph.extract(
        "President Amina Tahir met President Daniel Okoro at the Miraflores Palace in Caracas on Saturday. "
        "Upon her arrival in Miraflores, she was greeted by Okoro.",
        published="2023-01-08",
    )
    assert {e.place.name for e in found if e.place is not None} == {"Caracas"}
    # a country in a building's name stays the country
    found = diplograph.extract(
        "President Amina Tahir met Prime Minister Daniel Okoro at Jamaica House on Sunday. Tahir last visited "
        "Jamaica in September 2015.",
        published="2016-05-24",
    )
    assert any(e.type == "visit" and e.place is not None and e.place.name == "Jamaica" for e in found)


def test_a_known_venue_the_text_places_in_another_town_is_not_the_gazetteers():
    found = _venues("Obama opened the Global Entrepreneurship Summit at the United Nations headquarters in Gigiri.")
    assert [(v.text, v.place and v.place.city) for v in found] == [
        ("United Nations headquarters", None),  # not the one in New York
        ("Gigiri", "Nairobi"),
    ]
    (found,) = _venues("Obama met Ban Ki-moon at the United Nations headquarters in March.")
    assert found.place is not None and found.place.city == "New York City"
