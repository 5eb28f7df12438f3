"""Coverage and consistency of the hand-curated office holders (ingest/data/kb_curated.json).

Every UN member state, the observer and partly recognised states the curated file covers, and the
international organisations it lists have a holder of their top office on two check dates; every
office is well formed (a title, a start, an end not before its start).
"""

import re
from datetime import date

import pytest

from diplograph.ingest import kb
from diplograph.ingest.places import country_name

UN_MEMBERS = (
    "Afghanistan",
    "Albania",
    "Algeria",
    "Andorra",
    "Angola",
    "Antigua and Barbuda",
    "Argentina",
    "Armenia",
    "Australia",
    "Austria",
    "Azerbaijan",
    "Bahamas",
    "Bahrain",
    "Bangladesh",
    "Barbados",
    "Belarus",
    "Belgium",
    "Belize",
    "Benin",
    "Bhutan",
    "Bolivia",
    "Bosnia and Herzegovina",
    "Botswana",
    "Brazil",
    "Brunei",
    "Bulgaria",
    "Burkina Faso",
    "Burundi",
    "Cabo Verde",
    "Cambodia",
    "Cameroon",
    "Canada",
    "Central African Republic",
    "Chad",
    "Chile",
    "China",
    "Colombia",
    "Comoros",
    "Republic of the Congo",
    "Democratic Republic of the Congo",
    "Costa Rica",
    "Ivory Coast",
    "Croatia",
    "Cuba",
    "Cyprus",
    "Czechia",
    "Denmark",
    "Djibouti",
    "Dominica",
    "Dominican Republic",
    "Ecuador",
    "Egypt",
    "El Salvador",
    "Equatorial Guinea",
    "Eritrea",
    "Estonia",
    "Eswatini",
    "Ethiopia",
    "Fiji",
    "Finland",
    "France",
    "Gabon",
    "Gambia",
    "Georgia",
    "Germany",
    "Ghana",
    "Greece",
    "Grenada",
    "Guatemala",
    "Guinea",
    "Guinea-Bissau",
    "Guyana",
    "Haiti",
    "Honduras",
    "Hungary",
    "Iceland",
    "India",
    "Indonesia",
    "Iran",
    "Iraq",
    "Ireland",
    "Israel",
    "Italy",
    "Jamaica",
    "Japan",
    "Jordan",
    "Kazakhstan",
    "Kenya",
    "Kiribati",
    "North Korea",
    "South Korea",
    "Kuwait",
    "Kyrgyzstan",
    "Laos",
    "Latvia",
    "Lebanon",
    "Lesotho",
    "Liberia",
    "Libya",
    "Liechtenstein",
    "Lithuania",
    "Luxembourg",
    "Madagascar",
    "Malawi",
    "Malaysia",
    "Maldives",
    "Mali",
    "Malta",
    "Marshall Islands",
    "Mauritania",
    "Mauritius",
    "Mexico",
    "Micronesia",
    "Moldova",
    "Monaco",
    "Mongolia",
    "Montenegro",
    "Morocco",
    "Mozambique",
    "Myanmar",
    "Namibia",
    "Nauru",
    "Nepal",
    "Netherlands",
    "New Zealand",
    "Nicaragua",
    "Niger",
    "Nigeria",
    "North Macedonia",
    "Norway",
    "Oman",
    "Pakistan",
    "Palau",
    "Panama",
    "Papua New Guinea",
    "Paraguay",
    "Peru",
    "Philippines",
    "Poland",
    "Portugal",
    "Qatar",
    "Romania",
    "Russia",
    "Rwanda",
    "Saint Kitts and Nevis",
    "Saint Lucia",
    "Saint Vincent and the Grenadines",
    "Samoa",
    "San Marino",
    "Sao Tome and Principe",
    "Saudi Arabia",
    "Senegal",
    "Serbia",
    "Seychelles",
    "Sierra Leone",
    "Singapore",
    "Slovakia",
    "Slovenia",
    "Solomon Islands",
    "Somalia",
    "South Africa",
    "South Sudan",
    "Spain",
    "Sri Lanka",
    "Sudan",
    "Suriname",
    "Sweden",
    "Switzerland",
    "Syria",
    "Tajikistan",
    "Tanzania",
    "Thailand",
    "Timor Leste",
    "Togo",
    "Tonga",
    "Trinidad and Tobago",
    "Tunisia",
    "Turkey",
    "Turkmenistan",
    "Tuvalu",
    "Uganda",
    "Ukraine",
    "United Arab Emirates",
    "United Kingdom",
    "United States",
    "Uruguay",
    "Uzbekistan",
    "Vanuatu",
    "Venezuela",
    "Vietnam",
    "Yemen",
    "Zambia",
    "Zimbabwe",
)
OTHERS = ("Palestinian Territory", "Kosovo", "Taiwan", "Vatican")
# the British monarch is their head of state (Barbados until it became a republic on 2021-11-30)
REALMS = {
    "Antigua and Barbuda",
    "Australia",
    "Bahamas",
    "Belize",
    "Canada",
    "Grenada",
    "Jamaica",
    "New Zealand",
    "Papua New Guinea",
    "Saint Kitts and Nevis",
    "Saint Lucia",
    "Saint Vincent and the Grenadines",
    "Solomon Islands",
    "Tuvalu",
    "United Kingdom",
}
# heads of state the curated file does not list: San Marino's two Captains Regent change every six months
NO_HEAD_OF_STATE = {"San Marino"}
HEAD_OF_STATE = {
    "president",
    "acting president",
    "interim president",
    "transitional president",
    "king",
    "queen",
    "emir",
    "sultan",
    "emperor",
    "grand duke",
    "prince",
    "co prince",
    "pope",
    "supreme leader",
    "head of state",
    "president of the confederation",
    "member of the presidency",
    "chairman of the sovereignty council",
    "chairman of the presidential council",
    "chairman of the presidential leadership council",
    "president of the transitional presidential council",
    "leader of the revolution",
}
ORGANISATIONS = (
    "UN Secretary-General",
    "President of the European Council",
    "President of the European Commission",
    "NATO Secretary General",
    "Chairperson of the African Union Commission",
    "ASEAN Secretary-General",
    "Arab League Secretary-General",
    "High Representative for Foreign Affairs",
)
CHECK_DAYS = (date(2020, 1, 1), date(2025, 6, 1))


def _curated() -> list[dict]:
    return kb._curated()[0]


def _holders(title_test, country: str | None, day: date) -> list[str]:
    out = []
    for e in _curated():
        if country is not None and e["country"] != country:
            continue
        for title, start, end in e["offices"]:
            if title_test(kb.fold(title)) and kb.Office(title, e["country"], start, end).possibly_held(day):
                out.append(e["name"])
    return out


def test_the_covered_countries_are_gazetteer_country_names():
    assert len(UN_MEMBERS) == 193 and len(set(UN_MEMBERS)) == 193
    for c in UN_MEMBERS + OTHERS:
        assert country_name(c) == c, c
    for e in _curated():
        assert country_name(e["country"]) == e["country"], e["name"]


@pytest.mark.parametrize("day", CHECK_DAYS)
def test_every_state_has_a_head_of_state_at_the_check_dates(day):
    missing = []
    for c in UN_MEMBERS + OTHERS:
        if c in NO_HEAD_OF_STATE:
            continue
        if c in REALMS or (c == "Barbados" and day < date(2021, 11, 30)):
            found = _holders(lambda t: t in {"queen", "king"}, "United Kingdom", day)
        else:
            found = _holders(lambda t: t in HEAD_OF_STATE, c, day)
        if c == "Andorra":  # the President of France is the other co-prince
            found += _holders(lambda t: t == "president", "France", day)
        if not found:
            missing.append(c)
    assert not missing, missing


@pytest.mark.parametrize("day", CHECK_DAYS)
def test_most_states_have_a_foreign_minister_at_the_check_dates(day):
    """Foreign ministers of some small states are not listed; the rest must stay listed."""
    no_minister = [
        c
        for c in UN_MEMBERS
        if c not in REALMS | NO_HEAD_OF_STATE and not _holders(lambda t: kb.kind(t) == "foreign minister", c, day)
    ]
    assert len(no_minister) <= 50, no_minister


@pytest.mark.parametrize("title", ORGANISATIONS)
@pytest.mark.parametrize("day", CHECK_DAYS)
def test_each_international_office_has_one_holder_at_the_check_dates(title, day):
    assert len(_holders(lambda t: t == kb.fold(title), None, day)) == 1, title


def test_offices_are_well_formed_and_ordered():
    for e in _curated():
        for office in e["offices"]:
            assert len(office) == 3, e["name"]
            title, start, end = office
            assert title and title.strip() == title, e["name"]
            assert start, e["name"]
            if end is not None:
                assert kb._bounds(start, late=False) <= kb._bounds(end, late=True), (e["name"], office)


def test_one_holder_of_a_sole_office_at_a_time():
    """Two people never hold the same head-of-state, head-of-government or foreign-minister office of a
    country on overlapping days (offices dated to the day; a handover day may be both one's last and the
    other's first)."""
    sole = {
        "president",
        "king",
        "queen",
        "emir",
        "sultan",
        "pope",
        "foreign minister",
        "head of government",
        "premier",
        "prime minister",
        "taoiseach",
    }
    spans: dict[tuple[str, str], list[tuple[date, date, str]]] = {}
    for e in _curated():
        if e["country"] in {"Switzerland", "Libya"}:  # the Federal Council; Libya's rival governments
            continue
        for title, start, end in e["offices"]:
            k = kb.kind(title)
            if k in sole and len(start) == 10 and (end is None or len(end) == 10):
                spans.setdefault((e["country"], k), []).append(
                    (date.fromisoformat(start), date.fromisoformat(end) if end else date.max, e["name"])
                )
    for key, items in spans.items():
        items.sort()
        for (_s1, e1, n1), (s2, _e2, n2) in zip(items, items[1:]):
            assert s2 >= e1 or n1 == n2, (key, n1, e1, n2, s2)


def test_curated_names_resolve_to_their_entry_at_a_date_in_office():
    base = kb.load()
    wrong = []
    for e in _curated():
        words = e["name"].split()
        if len(words) < 2 or re.fullmatch(r"[IVX]+|Jr\.", words[-1]) or words[0] == "Pope":
            continue
        title, start, end = e["offices"][-1]
        day = kb._bounds(start, late=False)
        got = base.match(e["name"], day)
        if got is None and len(base._full.get(kb.fold(e["name"]), ())) > 1:
            continue  # another entry (a Phoenix actor) has the same full name
        if got is None or got.name != e["name"]:
            wrong.append((e["name"], got and got.name))
    assert not wrong, wrong
