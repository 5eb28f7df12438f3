"""Gazetteer look-ups (ingest.places) and place/venue mentions in text (ingest.locations)."""

from __future__ import annotations

import pytest

from diplograph.ingest import locations, nlp, places
from diplograph.ingest.records import Mention


@pytest.mark.parametrize(
    "name, country",
    [
        ("Caracas", "Venezuela"),
        ("Ankara", "Turkey"),
        ("Managua", "Nicaragua"),
        ("Tehran", "Iran"),
        ("Beijing", "China"),
        ("Damascus", "Syria"),
    ],
)
def test_lookup_city_has_country_coordinates_and_geonames_id(name, country):
    place = places.lookup(name)
    assert place is not None and place.kind == "city" and place.name == name
    assert place.country == country
    assert place.lat is not None and place.lon is not None and place.geonames_id


def test_lookup_caracas_coordinates():
    caracas = places.lookup("Caracas")
    assert abs(caracas.lat - 10.49) < 0.1 and abs(caracas.lon + 66.88) < 0.1


def test_lookup_country_and_its_variants():
    assert places.lookup("Mongolia").kind == "country"
    assert places.lookup("Türkiye").name == "Turkey"
    assert places.lookup("US").name == "United States"
    assert places.lookup("the Netherlands").name == "Netherlands"
    assert places.lookup("Mongolia").geonames_id == 2029969


@pytest.mark.parametrize(
    "demonym, country",
    [("Tongan", "Tonga"), ("Papua New Guinean", "Papua New Guinea"), ("Santomean", "Sao Tome and Principe")],
)
def test_pacific_and_african_island_demonyms_name_their_country(demonym, country):
    assert places.country_name(demonym) == country


def test_ambiguous_city_is_the_most_populous():
    # several places are called Damascus or Hyderabad: the big one wins
    assert places.lookup("Hyderabad").country == "India"
    assert places.lookup("Damascus").country == "Syria"


def test_alternate_spelling_and_continents():
    assert places.lookup("Ulaanbaatar").country == "Mongolia"
    assert places.lookup("Africa").kind == "region"
    assert places.lookup("Twitter") is None and places.lookup("Maduro") is None


@pytest.mark.parametrize(
    "word, country",
    [
        ("Venezuelan", "Venezuela"),
        ("Iranian", "Iran"),
        ("Iran's", "Iran"),
        ("Türkiye", "Turkey"),
        ("Türkiye's", "Turkey"),
        ("Türkiye’s", "Turkey"),
        ("Japanese", "Japan"),
        ("Iranians", "Iran"),
    ],
)
def test_country_of_demonym(word, country):
    assert places.country_of_demonym(word) == country


def test_not_a_demonym():
    assert places.country_of_demonym("minister") is None
    assert places.is_demonym("Venezuelan") and not places.is_demonym("Venezuela")


def test_capital_of():
    assert places.capital_of("Venezuela").name == "Caracas"
    assert places.capital_of("Venezuelan").name == "Caracas"
    assert places.capital_of("Nicaragua").name == "Managua"
    assert places.capital_of("Atlantis") is None


def _places(text: str) -> dict[str, str]:
    doc = nlp.parse(text)
    return {m.text: m.place.name for m in locations.find_places(doc)}


def test_place_description_demonym_capital():
    found = _places("During a meeting in the Venezuelan capital, the two leaders signed a deal.")
    assert found.get("the Venezuelan capital") == "Caracas"


def test_place_description_possessive_capital():
    found = _places("In Managua, Nicaragua's capital, the minister spoke to reporters.")
    assert found.get("Nicaragua's capital") == "Managua"
    assert found.get("Managua") == "Managua"


def test_mislabelled_country_is_still_a_place():
    found = _places("Türkiye will not allow extremists to drag Syria back into chaos, he said.")
    assert found.get("Türkiye") == "Turkey" and found.get("Syria") == "Syria"


def test_dateline_in_capitals():
    found = _places("CARACAS, VENEZUELA — The president met the visiting minister on Friday.")
    assert found.get("CARACAS") == "Caracas" and found.get("VENEZUELA") == "Venezuela"


def test_city_closing_a_venue_entity():
    found = _places("Xi Jinping hosted Lula at the Great Hall of the People in Beijing.")
    assert found.get("Beijing") == "Beijing"


def test_a_city_the_tagger_split_in_two_is_one_place():
    found = _places("The two leaders met the governor at the Governor's Palace in Boa Vista.")
    assert found.get("Boa Vista") == "Boa Vista" and "Vista" not in found


def test_two_word_dateline_city_and_country_before_a_full_stop():
    found = _places("MEXICO CITY — The talks ended in Montevideo, Uruguay.")
    assert found.get("MEXICO CITY") == "Mexico City" and "MEXICO" not in found
    assert found.get("Uruguay") == "Uruguay" and "Uruguay." not in found


@pytest.mark.parametrize(
    "text", ["Macron will travel to Beijing in March.", "The summit is on Monday in May.", "They met in June in Nice."]
)
def test_months_and_weekdays_are_not_places(text):
    found = _places(text)
    assert not {"March", "May", "Monday", "June"} & set(found)


def test_a_capital_the_tagger_left_unlabelled():
    found = _places("Kyiv said Putin and Xi met in Moscow.")
    assert found.get("Kyiv") == "Kyiv" and found.get("Moscow") == "Moscow"


def test_agency_is_not_a_place():
    found = _places("Palestinian factions in Gaza told Al Mayadeen that they reject the plan.")
    assert "Al Mayadeen" not in found and found.get("Gaza") == "Gaza"


def _venues(text: str) -> list[locations.VenueMention]:
    return locations.find_venues(nlp.parse(text))


def test_named_venue_with_descriptive_adjective():
    venues = _venues("Maduro received the minister on Friday evening in the Miraflores presidential palace.")
    assert [v.name for v in venues] == ["Miraflores Palace"]


def test_generic_venue_keeps_its_generic_name():
    venues = _venues("Erdogan met al-Sharaa at the Presidential Palace in Ankara on Tuesday.")
    assert [(v.name, v.generic, v.city) for v in venues] == [("Presidential Palace", True, "Ankara")]


def test_generic_venue_joins_the_named_one():
    venues = _venues(
        "The two met at the presidential palace in Caracas. Maduro received him in the Miraflores presidential palace."
    )
    assert [v.name for v in venues] == ["Miraflores Palace", "Miraflores Palace"]


def test_generic_venue_in_another_city_stays_apart():
    venues = _venues(
        "Maduro received him in the Miraflores presidential palace in Caracas. "
        "Later Erdogan hosted a guest at the presidential palace in Ankara."
    )
    assert [v.name for v in venues] == ["Miraflores Palace", "Presidential Palace"]


def test_venue_used_as_organisation_is_marked():
    venues = _venues("This handout picture released by Miraflores Palace press office shows the meeting.")
    assert venues and all(v.organisation for v in venues)


def test_well_known_venue_without_head_noun():
    assert [v.name for v in _venues("The leaders met at the Kremlin on Monday.")] == ["Kremlin"]


def test_capitalised_head_alone_is_a_venue():
    venues = _venues("German Chancellor Olaf Scholz received the French president at the Chancellery in Berlin.")
    assert [(v.name, v.city) for v in venues] == [("Chancellery", "Berlin")]


def test_named_venue_speaking_is_an_organisation():
    venues = _venues("The two presidents spoke by phone on Wednesday, the White House said.")
    assert [(v.name, v.organisation) for v in venues] == [("White House", True)]


def test_a_common_word_that_names_a_small_town_is_no_place():
    from diplograph.ingest import places

    assert places.lookup("Summit") is None and places.lookup("Union") is None
    assert places.lookup("Port") is None  # the first word of "Port Moresby", not Le Port in Réunion
    assert places.lookup("Nairobi").name == "Nairobi"


def test_towns_file_shape_and_precedence():
    from diplograph.ingest.datafiles import read_json

    entries = read_json("towns.json")["places"]
    assert len(entries) >= 50
    for e in entries:
        assert set(e) <= {"name", "aliases", "kind", "country", "lat", "lon", "geonames_id", "whole_country"}
        assert e["kind"] in ("city", "region")
        assert -90 <= e["lat"] <= 90 and -180 <= e["lon"] <= 180
        assert places.country_name(e["country"]) == e["country"], e
    # a resort town the city gazetteer lacks; an island that must not be a town of the same name elsewhere
    assert (places.lookup("Evian").name, places.lookup("Evian").country) == ("Evian", "France")
    assert places.lookup("Bali").country == "Indonesia"
    assert places.find_city("Davos").country == "Switzerland"
    assert places.lookup("Paris").country == "France"  # the gazetteer still answers for the rest
    # a city that is its whole country: the country's name places an event in the city
    assert (places.lookup("the Vatican").name, places.lookup("Holy See").kind) == ("Vatican City", "city")
    # a city the gazetteer names otherwise than news does, or gives first to a smaller namesake
    assert places.lookup("New York City").name == places.lookup("New York").name == "New York"
    assert places.lookup("New York").geonames_id == 5128581
    assert (places.lookup("St. Petersburg").name, places.lookup("St. Petersburg").country) == (
        "St. Petersburg",
        "Russia",
    )


def test_a_missing_data_file_is_an_error_not_an_empty_list():
    from diplograph.ingest import datafiles

    for read in (datafiles.read_list, datafiles.read_json):
        with pytest.raises(FileNotFoundError, match="no_such_file"):
            read("no_such_file.txt")


@pytest.mark.parametrize("name", ["Asia", "Africa", "Europe"])
def test_a_continent_is_a_continent_before_any_town_of_its_name(name):
    place = places.lookup(name)
    assert place.kind == "region" and place.country is None and places.is_continent(place)
    assert not places.is_continent(places.lookup("Kazakhstan"))


def test_a_region_the_gazetteer_does_not_know_is_no_visit_destination():
    import diplograph
    from diplograph.ingest import places
    from diplograph.ingest.records import Place

    assert places.is_vague(Place(name="Middle East", kind="region"))
    assert places.is_vague(places.lookup("Asia"))
    assert not places.is_vague(places.lookup("Kenya")) and not places.is_vague(places.lookup("Nairobi"))
    found = diplograph.extract(
        "UN Secretary-General Kofi Annan attended the Middle East summit on Monday.", "2000-10-17"
    )
    assert not [e for e in found if e.type == "visit" and e.place and e.place.name == "Middle East"]
    found = diplograph.extract(
        "UN Secretary-General Kofi Annan attended the Middle East summit on Monday. In the morning, he met "
        "Israeli Prime Minister Ehud Barak.",
        "2000-10-17",
    )
    assert [e.place for e in found if e.type == "meet"] == [None]  # a vague region places no meeting


def _written(text: str) -> dict[str, str]:
    doc = nlp.load()(text)
    return {key.split()[1]: name for key, name in locations.written_places(locations.find_places(doc)).items()}


def test_a_city_is_shown_as_the_article_names_it_when_the_gazetteer_calls_it_otherwise():
    # an older name, and the fuller form an article prefers to the gazetteer's short one
    assert _written("The two presidents met in Dnipropetrovsk on Monday.") == {"dnipro": "Dnipropetrovsk"}
    assert _written("The ambassador arrived in Zamboanga City on Tuesday. In Zamboanga he met the mayor.") == {
        "zamboanga": "Zamboanga City"
    }
    # the gazetteer's own name, or a description, is nothing to record
    assert _written("The two ministers met in Kyiv, and later again in Kyiv.") == {}
    assert _written("Mirziyoyev arrived in the Kazakh capital on Monday.") == {}
    # nor a district's initials after the name
    assert _written("The meeting took place in Washington D.C. on Friday, in Washington, D.C. again.") == {}
    # nor words that stand for the town without naming it ("STATE HOUSE, ENTEBBE:", a dateline's building)
    entebbe = places.lookup("Entebbe")
    assert locations.written_places([Mention("STATE HOUSE", 0, 11, place=entebbe)]) == {}
    # nor the gazetteer's name with accents or an apostrophe, nor a district the towns list sends to its city
    for text, city in (("Hà Nội", "Hanoi"), ("Sana'a", "Sanaa"), ("Manhattan", "New York")):
        assert locations.written_places([Mention(text, 0, len(text), place=places.lookup(city))]) == {}, text
    assert locations.written_places([Mention("NUR-SULTAN", 0, 10, place=places.lookup("Astana"))]) == {
        places.lookup("Astana").key: "Nur-Sultan"
    }
    # nor the gazetteer's name without its article ("Hague" of "The Hague")
    hague = places.lookup("The Hague")
    assert locations.written_places([Mention("Hague", 0, 5, place=hague)]) == {}
    # but the gazetteer's name written plainer, without its apostrophe or inner space, is shown so
    tonga = places.lookup("Nukualofa")
    assert locations.written_places([Mention("Nukualofa", 0, 9, place=tonga)]) == {tonga.key: "Nukualofa"}
    danang = places.lookup("Danang")
    assert locations.written_places([Mention("Danang", 0, 6, place=danang)]) == {danang.key: "Danang"}


def test_a_hyphenated_city_name_the_tagger_cut_is_one_place():
    doc = nlp.load()("The two leaders met at the Prime Minister’s Port-of-Spain office for bilateral discussions.")
    assert [(e.text, e.label_) for e in doc.ents if e.label_ == "GPE"] == [("Port-of-Spain", "GPE")]


def test_the_event_keeps_the_gazetteer_place_and_shows_the_name_its_source_writes(tmp_path):
    from diplograph.graph.store import opened
    from diplograph.ingesting import ingest_paths
    from diplograph.queries.events import all_events

    (tmp_path / "a.txt").write_text(
        "Leaders meet in Dnipropetrovsk\n\nJune 12, 2001\n\nRussian President Vladimir Putin met Ukrainian "
        "President Leonid Kuchma in Dnipropetrovsk on Monday.\n",
        encoding="utf-8",
    )
    with opened("memory:") as store:
        ingest_paths(store, [str(tmp_path / "a.txt")])
        (meeting,) = [ev for ev in all_events(store) if ev["type"] == "meet"]
    assert meeting["place"]["name"] == "Dnipropetrovsk"
    assert meeting["place"]["canonical"] == "Dnipro" and meeting["place"]["country"] == "Ukraine"


def _meeting(text: str, published: str):
    """The first meeting the public API extracts from a text."""
    from diplograph import extract

    return next(e for e in extract(text, published) if e.type == "meet")


def test_an_airport_the_data_knows_gives_its_city_and_an_unknown_one_is_no_venue():
    meeting = _meeting(
        "Foreign Minister Simon Coveney held talks at Shannon Airport yesterday with US Secretary of State "
        "Antony Blinken.",
        "2021-05-04",
    )
    assert meeting.place.name == "Shannon" and meeting.place.venue == "Shannon Airport"
    assert [v.name for v in locations.find_venues(nlp.parse("He landed at the Metropolitan airport."))] == []


def test_the_un_is_no_town():
    assert places.lookup("UN") is None


def test_a_summit_resort_and_a_capital_s_short_name_are_known():
    assert places.lookup("Awaza").country == "Turkmenistan"
    assert places.lookup("Addis").name == "Addis Ababa"


def test_a_country_by_its_formal_name_is_the_country():
    assert places.lookup("the Republic of Suriname").name == "Suriname"
    assert places.lookup("Federal Democratic Republic of Ethiopia").name == "Ethiopia"
    assert places.lookup("Sultanate of Oman").name == "Oman"
    assert places.lookup("Republic of China").name == "Taiwan"  # a formal name the data knows comes first
    assert places.lookup("State of New York") is None or places.lookup("State of New York").kind != "country"


def test_an_airport_named_without_the_word_international_is_still_the_data_s():
    meeting = _meeting(
        "New Zealand Prime Minister Christopher Luxon arrived in Fiji on Tuesday. Luxon was received by Defence "
        "Minister Pio Tikoduadua at the Nausori Airport.",
        "2024-06-11",
    )
    assert meeting.place.name == "Nausori" and meeting.place.country == "Fiji"


def test_a_misspelt_town_is_the_city_so_spelt_of_a_country_the_story_names():
    meeting = _meeting(
        "Qatari Emir Sheikh Tamim bin Hamad Al Thani arrived in Ethiopia on Monday. While in Addis Adaba "
        "yesterday, Sheikh Tamim and Ethiopian President Mulatu Teshome discussed ways to cooperate.",
        "2024-03-08",
    )
    assert meeting.place.name == "Addis Ababa"


def test_a_host_receives_a_guest_of_no_known_country_on_a_trip_to_the_hosts_in_its_capital():
    text = (
        "Trade Minister Mira Kovac called on Prime Minister Lee Hsien Loong on Monday and conveyed the "
        "greetings of her government.\n\nKovac, who is on a three-day visit to Singapore, also addressed "
        "business leaders."
    )
    meeting = _meeting(text, "2024-03-26")
    assert meeting.place is not None and meeting.place.name == "Singapore"
