"""Place and venue mentions in a parsed doc, resolved against the gazetteer (``ingest.places``).

* ``find_places(doc, skip)``: cities, countries and regions the text names (whatever label the
  tagger gave them: "Türkiye" tagged as a person is still a country), dateline capitals
  ("CARACAS, VENEZUELA —", read by ``ingest/datelines.py``), and descriptions ("the Venezuelan capital",
  "Nicaragua's capital");
  a one-word city named again where the tagger saw no place ("Kyiv has asked ..."); never a
  month or weekday ("in March").
* ``find_venues(doc, skip)``: buildings where things happen ("the Miraflores presidential palace"
  -> "Miraflores Palace", "the Presidential Palace", "the White House"), from the venue words in
  ``ingest/data/venues.json`` and the names and aliases of the venue gazetteer; a venue phrase used
  as an organisation ("Miraflores Palace press office") is marked so, and a generic phrase ("the
  presidential palace") is linked to the one named venue of its kind in the article when nothing
  contradicts it.  Each ``VenueMention`` carries the gazetteer venue it stands for, when there is
  one, as ``place`` (a ``Place`` of kind "venue" with its city, country and coordinates) and its
  city as ``city_place``.
* ``lookup_venue(name, near)``: a venue name or alias -> that ``Place``; a name several venues
  share ("State House", "Presidential Palace") or made only of generic words resolves only with
  a city or country in ``near`` ("Presidential Palace" near Ankara -> Beştepe Presidential Complex).
* ``venue_gazetteer()``: the entries of ``ingest/data/venue_gazetteer.json`` (checked when read).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from diplograph.ingest import datelines, nlp, places
from diplograph.ingest.credits import agencies, inside
from diplograph.ingest.datafiles import read_json
from diplograph.ingest.records import Mention, Place, fold

COMPASS = {"north", "south", "east", "west", "centre", "center", "midwest"}
PLACE_PREPS = {"in", "at", "from", "to", "into", "near", "outside", "inside", "toward", "towards", "visit", "visiting"}


@dataclass(frozen=True)
class VenueMention:
    """A venue phrase in the text and the venue name it stands for."""

    start: int
    end: int
    text: str
    name: str  # "Miraflores Palace", "Presidential Palace"
    generic: bool = False  # no proper name of its own ("the presidential palace")
    organisation: bool = False  # used as an organisation ("... press office")
    city: str | None = None  # the city named in the same sentence, if any
    place: Place | None = None  # the gazetteer venue: kind "venue", its city, country and coordinates
    city_place: Place | None = None  # the gazetteer city the venue stands in, when the gazetteer has it


VENUE_KINDS = frozenset(
    {
        "presidential palace",
        "royal palace",
        "seat of government",
        "official residence",
        "guest house",
        "foreign ministry",
        "parliament",
        "international organisation",
        "summit venue",
        "airport",
    }
)


@dataclass(frozen=True)
class GazetteerVenue:
    """One entry of the venue gazetteer (``ingest/data/venue_gazetteer.json``)."""

    name: str
    aliases: tuple[str, ...]
    kind: str  # one of VENUE_KINDS
    city: str | None
    country: str
    lat: float
    lon: float
    coordinates: str  # "building", "locality" or "city": what the coordinates are of
    generic: bool  # the name is a description ("State House"): it needs its city or country nearby

    @property
    def place(self) -> Place:
        return Place(name=self.name, kind="venue", country=self.country, lat=self.lat, lon=self.lon, city=self.city)


def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _is_generic(name: str) -> bool:
    words = re.findall(r"[\w'’]+", name.lower().replace("’", "'"))
    return all(w in venue_words()["generic"] for w in words)


@lru_cache(maxsize=1)
def venue_gazetteer() -> tuple[GazetteerVenue, ...]:
    """The venue gazetteer, every entry checked: a malformed one is an error when the file is read."""
    out = []
    for k, raw in enumerate(read_json("venue_gazetteer.json")["venues"]):
        try:
            name, kind, country = raw["name"], raw["kind"], raw["country"]
            lat, lon = float(raw["lat"]), float(raw["lon"])
            aliases = tuple(raw.get("aliases", ()))
            ok = (
                isinstance(name, str)
                and name.strip()
                and kind in VENUE_KINDS
                and isinstance(country, str)
                and -90 <= lat <= 90
                and -180 <= lon <= 180
                and all(isinstance(a, str) and a for a in aliases)
                and raw.get("coordinates") in ("building", "locality", "city")
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"venue_gazetteer.json: entry {k} is malformed ({exc})") from exc
        if not ok:
            raise ValueError(f"venue_gazetteer.json: entry {k} ({raw.get('name')!r}) is malformed")
        out.append(
            GazetteerVenue(
                name, aliases, kind, raw.get("city"), country, lat, lon, raw["coordinates"], _is_generic(name)
            )
        )
    return tuple(out)


@lru_cache(maxsize=1)
def airports() -> tuple[GazetteerVenue, ...]:
    """The world's airports with a city (the ``airportsdata`` package, by IATA code), as venues
    of kind "airport": "Shannon Airport" stands in Shannon, "Jomo Kenyatta International Airport"
    in Nairobi.  Only looked up by a venue's whole name, never searched for in a text."""
    import airportsdata

    out = []
    for entry in airportsdata.load("IATA").values():
        country = places.country_of_code(entry["country"])
        if not entry["city"] or country is None or "airport" not in entry["name"].lower():
            continue
        out.append(
            GazetteerVenue(
                entry["name"], (), "airport", entry["city"], country, entry["lat"], entry["lon"], "locality", False
            )
        )
    return tuple(out)


@lru_cache(maxsize=1)
def _airport_index() -> dict[str, tuple[GazetteerVenue, ...]]:
    """Folded name -> the airports of that name (read on the first name with a looked-up head)."""
    index: dict[str, list[GazetteerVenue]] = {}
    for v in airports():
        index.setdefault(fold(v.name), []).append(v)
    shortened: dict[str, list[GazetteerVenue]] = {}
    for v in airports():  # "Nausori Airport" for "Nausori International Airport", unless another is so named
        short = fold(v.name.replace(" International ", " ").replace(" Intl ", " "))
        if short != fold(v.name) and short not in index:
            shortened.setdefault(short, []).append(v)
    index.update(shortened)
    return {k: tuple(v) for k, v in index.items()}


@lru_cache(maxsize=1)
def _venue_index() -> dict[str, tuple[GazetteerVenue, ...]]:
    """Folded name or alias -> the gazetteer venues it can name."""
    index: dict[str, list[GazetteerVenue]] = {}
    for v in venue_gazetteer():
        for form in (v.name, *v.aliases):
            bucket = index.setdefault(fold(form), [])
            if v not in bucket:
                bucket.append(v)
    return {k: tuple(v) for k, v in index.items()}


def _matches(venue: GazetteerVenue, where: str | Place) -> bool:
    if isinstance(where, Place):
        names = {fold(where.name), fold(where.country or "")} - {""}
    else:
        names = {fold(where)}
        country = places.country_name(where)
        if country:
            names.add(fold(country))
    return bool(names & {fold(venue.city or ""), fold(venue.country)} - {""})


def lookup_venue(name: str, near: Iterable[str | Place] = ()) -> Place | None:
    """A venue of the gazetteer by name or alias, as a ``Place`` of kind "venue" (see the module docstring).

    ``near`` lists cities and countries the text names around the venue, nearest first (a city right
    after it: "... Palace in Ankara", the sentence's places, the article's); the first that fits
    one of the venues the name can stand for picks it."""
    found = lookup_gazetteer_venue(name, near)
    return found.place if found is not None else None


def lookup_gazetteer_venue(name: str, near: Iterable[str | Place] = ()) -> GazetteerVenue | None:
    """The ``GazetteerVenue`` behind ``lookup_venue``."""
    key = fold(re.sub(r"^(?i:the)\s+", "", name or ""))
    if not key:
        return None
    index = _venue_index()
    candidates = index.get(key, ())
    if not candidates and key.split()[-1] in venue_words()["looked_up"]:  # "Shannon Airport"
        candidates = _airport_index().get(key, ())
    near = list(near)
    for where in near:
        label = where.name if isinstance(where, Place) else where
        for v in index.get(f"{key} in {fold(label)}", ()):  # "Presidential Palace in Ankara"
            return v
        fitting = [v for v in candidates if _matches(v, where)]
        if len({(v.name, v.country) for v in fitting}) == 1:
            return fitting[0]
    if len(candidates) == 1 and not _is_generic(name):  # "Aso Villa" names one venue; "State House" none alone
        return candidates[0]
    return None


def venue_city(venue: Place | GazetteerVenue | None) -> Place | None:
    """The gazetteer city a venue stands in (Caracas for Miraflores Palace), or None; a town the
    gazetteer lacks is the venue's own entry's ("Olivos" for Quinta de Olivos, at its coordinates)."""
    if venue is None or not venue.city:
        return None
    found = places.find_city(venue.city, venue.country)
    if found is None and isinstance(venue, GazetteerVenue) and venue.coordinates == "locality":
        return Place(name=venue.city, kind="city", country=venue.country, lat=venue.lat, lon=venue.lon)
    return found


@lru_cache(maxsize=1)
def venue_words() -> dict:
    """The venue vocabulary from ``venues.json``: heads, organisation suffixes, descriptive words,
    generic words, named venues (with the gazetteer's specific names and aliases)."""
    raw = read_json("venues.json")
    return {
        "heads": frozenset(raw["heads"]),
        "org": tuple(raw["organisation_suffixes"]),
        "descriptive": frozenset(raw["descriptive"]),
        "named": tuple(raw["named_venues"]),
        "leading": frozenset(raw.get("leading_heads", ())),
        "generic": frozenset(raw["generic_words"]),
        "looked_up": frozenset(raw.get("looked_up_heads", ())),
    }


@lru_cache(maxsize=1)
def _named_phrases() -> dict[str, str]:
    """Venue phrases matched as written (case counts) -> the venue name they stand for: the
    ``named_venues`` of ``venues.json`` and every gazetteer name and alias that is not a description
    (an accent-free spelling and a title-cased one added), each alias under its venue's name when
    only one venue bears it."""
    out: dict[str, str] = {n: n for n in venue_words()["named"]}
    index = _venue_index()
    for v in venue_gazetteer():
        for form in (v.name, *v.aliases):
            if _is_generic(form) or " in " in form:
                continue
            bearers = {g.name for g in index.get(fold(form), ())}
            target = v.name if len(bearers) == 1 else form
            for variant in {form, _ascii(form), _title_cased(form)}:
                out.setdefault(variant, target)
    return out


def _title_cased(form: str) -> str:
    """A venue's name with its common words capitalised, as headings and readouts write them ("AU
    headquarters" -> "AU Headquarters"); short function words stay as they are."""
    return " ".join(w[:1].upper() + w[1:] if w.islower() and len(w) > 3 else w for w in form.split())


@lru_cache(maxsize=1)
def _named_pattern() -> re.Pattern[str]:
    phrases = sorted(_named_phrases(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(p) for p in phrases) + r")(?![\w-])")


@lru_cache(maxsize=4)
def named_venue_spans(text: str) -> tuple[tuple[int, int, str], ...]:
    """Where a text names a venue of the gazetteer or ``named_venues``: (start, end, phrase)."""
    return tuple((m.start(), m.end(), m.group(0)) for m in _named_pattern().finditer(text))


@lru_cache(maxsize=1)
def calendar_words() -> frozenset[str]:
    """Month and weekday names (``date_words.json``): never a place, whatever town bears the name."""
    words = read_json("date_words.json")
    return frozenset(list(words["months"]) + list(words["weekdays"]))


def _clean(span: Span) -> Span:
    """Drop a leading 'the' and a trailing possessive."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in ("the",) or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].text in ("'s", "’s", "'", "’") or doc[end - 1].is_space):
        end -= 1
    return doc[start:end]


def _skipped(skip: list[tuple[int, int]], start: int, end: int) -> bool:
    return inside(skip, start, end)


def _is_venue(span: Span) -> bool:
    vw = venue_words()
    return span.text in _named_phrases() or span[-1].lower_ in vw["heads"] or span[0].lower_ in vw["leading"]


def _place_mention(span: Span, place: Place) -> Mention:
    return Mention(text=span.text, start=span.start_char, end=span.end_char, place=place)


def _capital_description(doc: Doc, i: int) -> tuple[int, Place] | None:
    """'the Venezuelan capital', 'Nicaragua's capital', 'the Syrian capital' at head token ``i``."""
    if doc[i].lower_ != "capital" or i == 0:
        return None
    j = i - 1
    if doc[j].text in ("'s", "’s") and j > 0:
        country = places.country_name(doc[j - 1].text)
        start = j - 1
    else:
        country = places.country_of_demonym(doc[j].text) if doc[j].text[:1].isupper() else None
        start = j
    if not country:
        return None
    if start > 0 and doc[start - 1].lower_ == "the":
        start -= 1
    capital = places.capital_of(country)
    return (start, capital) if capital else None


def _place_in_tail(span: Span) -> tuple[Span, Place] | None:
    """A city or country closing a longer entity after "in", "at" or a comma: "... Hall of the People in Beijing"."""
    for k in range(1, len(span)):
        if span[k - 1].lower_ in ("in", "at", ",") and span[k].text[:1].isupper():
            tail = span[k:]
            if all(t.text[:1].isupper() or t.lower_ in ("de", "of") for t in tail):
                place = places.lookup(tail.text, alternates=False)
                if place is not None:
                    return tail, place
    return None


def conjuncts(span: Span) -> list:
    """The tokens coordinated with a span's root ("A, B and C"), outside the span."""
    top = nlp.first_conjunct(span.root)
    group, stack = [top], [top]
    while stack:  # along the links of the coordination only, not into a conjunct's own phrases
        for c in stack.pop().children:
            if c.dep_ == "conj":
                group.append(c)
                stack.append(c)
    return [t for t in group if not (span.start <= t.i < span.end)]


@lru_cache(maxsize=1)
def _place_of_nouns() -> frozenset[str]:
    """Nouns before "of" and a name that make the name a place (``not_names.json``, ``place_of_nouns``)."""
    return frozenset(read_json("not_names.json")["place_of_nouns"])


def after_place_noun(doc: Doc, start: int) -> bool:
    """Token ``start`` follows a place noun and "of": "the northeastern Indian city of [Guwahati]"."""
    return start > 1 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in _place_of_nouns()


def _city_ok(span: Span) -> bool:
    """A city name the tagger did not label as a place is accepted only where a place is expected."""
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and (prev.lower_ in PLACE_PREPS or prev.lower_ == "capital"):
        return True
    if after_place_noun(doc, span.start):
        return True  # "the northeastern Indian city of Guwahati"
    if any(t.ent_type_ in ("GPE", "LOC") for t in conjuncts(span)):
        return True  # "Iwo Jima, Okinawa and Hiroshima"
    dateline = _dateline_of(doc)
    if dateline is not None and dateline.city_start <= span.start_char and span.end_char <= dateline.city_end:
        return True  # the city of the story's dateline: "CARACAS, VENEZUELA —" (ingest/datelines.py)
    return False


def _joined_ents(doc: Doc) -> list[Span]:
    """The doc's entities, with two places side by side that together name one known place
    joined ("Boa" + "Vista": Boa Vista, which the tagger split)."""
    ents = list(doc.ents)
    out: list[Span] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        if i + 1 < len(ents):
            nxt = ents[i + 1]
            if ent.end == nxt.start and {ent.label_, nxt.label_} <= {"GPE", "LOC"}:
                joined = doc[ent.start : nxt.end]
                place = places.lookup(joined.text, alternates=False)
                if place is not None and place.kind != "country":
                    out.append(Span(doc, ent.start, nxt.end, label="GPE"))
                    i += 2
                    continue
        out.append(ent)
        i += 1
    return out


def find_places(doc: Doc, skip: list[tuple[int, int]] | None = None) -> list[Mention]:
    """Place mentions of a doc (not inside the ``skip`` character spans), in text order."""
    skip = list(skip or [])
    found: dict[int, Mention] = {}
    taken: list[tuple[int, int]] = []

    def add(span: Span, place: Place) -> None:
        if span.start_char in found or _skipped(taken, span.start_char, span.end_char):
            return
        if len(span) == 1 and span[0].lower_.rstrip(".") in calendar_words():
            return  # "in March": a month, not the town
        found[span.start_char] = _place_mention(span, place)
        taken.append((span.start_char, span.end_char))

    for i in range(len(doc)):
        hit = _capital_description(doc, i)
        if hit and not _skipped(skip, doc[hit[0]].idx, doc[i].idx + len(doc[i])):
            add(doc[hit[0] : i + 1], hit[1])
    unknown: list[Span] = []  # towns the tagger found that no gazetteer knows by that spelling
    for ent in _joined_ents(doc):
        span = _clean(ent)
        if not len(span) or _skipped(skip, span.start_char, span.end_char):
            continue
        if span.text in agencies() or _is_venue(span):
            continue
        after_capital = span.start > 0 and doc[span.start - 1].lower_ == "capital"
        place = places.lookup(span.text, alternates=ent.label_ == "GPE" or after_capital)
        if place is None:
            tail = _place_in_tail(span)
            if ent.label_ == "GPE" and tail is None:
                unknown.append(span)
            if tail is not None:
                add(*tail)  # "the Great Hall of the People in Beijing": the tagger took the city in
            elif (
                ent.label_ == "LOC"
                and span.text[:1].isupper()
                and span.text.lower() not in COMPASS
                and not (span.start > 0 and doc[span.start - 1].lower_ in venue_words()["heads"])
            ):  # an unknown region, but "the guest house Meghna" is the building's name
                add(span, Place(name=span.text, kind="region"))
            continue
        if place.kind == "country" or ent.label_ in ("GPE", "LOC") or _city_ok(span) or places.is_major_city(span.text):
            add(span, place)
    # country names and datelines the tagger missed or mislabelled
    for i, tok in enumerate(doc):
        if not tok.text[:1].isupper() or _skipped(skip, tok.idx, tok.idx + len(tok)):
            continue
        if tok.ent_type_ and tok.ent_iob_ == "I":
            continue  # inside a longer entity: the entity decides
        for width in (3, 2, 1):
            span = doc[i : i + width]
            if len(span) < width or _skipped(taken, span.start_char, span.end_char):
                continue
            if any((t.is_punct and t.text != ".") or t.is_space or t.text in ("'s", "’s") for t in span):
                continue
            if (
                span[-1].text == "."
                or places.is_demonym(span.text)
                or (len(span.text) <= 3 and not span.text.isupper())
            ):
                continue
            if width > 1 and span.text.isupper() and _city_ok(span):
                place = places.lookup(span.text, alternates=False)  # dateline: "MEXICO CITY —"
                if place is not None and place.kind == "city":
                    add(span, place)
                    break
            if places.country_name(span.text) and span.text[:1].isupper():
                place = places.lookup(span.text)
                if place is not None:
                    add(span, place)
                    break
            if (
                width == 1
                and (_city_ok(span) or (tok.pos_ == "PROPN" and not tok.ent_type_ and places.is_major_city(tok.text)))
                and not (tok.ent_type_ and doc[i + 1 : i + 2].text and doc[i + 1].ent_iob_ == "I")
            ):
                place = places.lookup(span.text, alternates=False)
                if place is not None and place.kind == "city":
                    add(span, place)
                    break
    _repeated_cities(doc, skip, found, add)
    _misspelt_cities(unknown, found, add)
    return [found[k] for k in sorted(found)]


def _misspelt_cities(unknown: list[Span], found: dict[int, Mention], add) -> None:
    """A town the tagger found that no gazetteer knows by that spelling ("Addis Adaba") is the one
    city of a country the story names, of some size (``places.KNOWN_CITY``), that is spelt most like
    it (``places.closest_city``); not a small town of another country ("Chaklala" is no "Chalala")."""
    countries = {m.place.name if m.place.kind == "country" else m.place.country for m in found.values() if m.place}
    for span in unknown:
        hits = {
            (hit.name, hit.country): hit
            for country in sorted(c for c in countries if c)
            if (hit := places.closest_city(span.text, country, places.KNOWN_CITY)) is not None
        }
        if len(hits) == 1:
            add(span, next(iter(hits.values())))


def _as_name(text: str) -> str | None:
    """A place mention's words as a name to show ("NUR-SULTAN" -> "Nur-Sultan"), or ``None`` when
    they describe rather than name it ("the Kazakh capital")."""
    words = text.split()
    if not words or any(not w[:1].isupper() and w.lower() not in datelines.city_particles() for w in words):
        return None
    # "Washington, D.C.", "Washington DC": a district's initials qualify the name, they are no part of it
    while len(words) > 1 and re.fullmatch(r"(?:[A-Z]\.){2,}|[A-Z]{2}", words[-1]):
        words.pop()
    text = " ".join(words).rstrip(",")
    return text.title() if text.isupper() else text


def _names(name: str, place: Place) -> bool:
    """``name`` is another name of ``place``, as the gazetteer has it ("Nur-Sultan" of Astana), not
    the same name spelt with accents or an apostrophe ("Hà Nội", "Sana'a") or without its article
    ("Hague"), nor a district or a short form the curated towns list sends to the city ("Manhattan",
    "NYC")."""
    if fold(name).replace(" ", "") == fold(place.name).replace(" ", ""):
        return False
    if fold(place.name) == "the " + fold(name):
        return False  # "Hague" of "The Hague": the tagger left the article out
    if places.lookup(name, alternates=False) is not None:
        return False
    found = places.lookup(name)
    return found is not None and (found.geonames_id, found.country) == (place.geonames_id, place.country)


def _plainer(name: str, canonical: str) -> bool:
    """``name`` is the gazetteer's name written without its apostrophe or its inner space ("Nukualofa"
    for "Nuku‘alofa"): the plainer spelling is shown."""
    written, own = fold(name).split(), fold(canonical).split()
    return "".join(written) == "".join(own) and len(written) < len(own)


def written_places(mentions: Iterable[Mention]) -> dict[str, str]:
    """Place key -> the name this article gives a city where the gazetteer's is another ("Nur-Sultan"
    for the city it calls Astana, "Zamboanga City" for Zamboanga, "Dnipropetrovsk" for Dnipro): of
    the fullest forms it writes (no other form holds all their words), the one written most often,
    the gazetteer's own on a tie."""
    forms: dict[str, Counter] = {}
    by_key: dict[str, Place] = {}
    for m in mentions:
        if m.place is None or m.place.kind != "city" or (name := _as_name(m.text)) is None:
            continue
        if fold(name) != fold(m.place.name) and not _names(name, m.place) and not _plainer(name, m.place.name):
            continue  # "STATE HOUSE, ENTEBBE:": the dateline's building, not a name of the town
        by_key[m.place.key] = m.place
        forms.setdefault(m.place.key, Counter())[name] += 1
    out = {}
    for key, counted in forms.items():
        canonical = fold(by_key[key].name)
        fullest = [f for f in counted if not any(set(fold(f).split()) < set(fold(g).split()) for g in counted)]
        form = max(fullest, key=lambda f: (counted[f], fold(f) == canonical))
        if fold(form) != canonical:
            out[key] = form
    return out


def _repeated_cities(
    doc: Doc, skip: list[tuple[int, int]], found: dict[int, Mention], add: Callable[[Span, Place], None]
) -> None:
    """A one-word city the article already names as a place, named again where the tagger saw a
    person or nothing ("Kyiv has asked its neighbours ...")."""
    known = {}
    for m in found.values():
        if m.place is not None and m.place.kind == "city" and " " not in m.text.strip():
            known[fold(m.text)] = m.place
    if not known:
        return
    for tok in doc:
        place = known.get(fold(tok.text)) if tok.text[:1].isupper() else None
        if place is None or _skipped(skip, tok.idx, tok.idx + len(tok)):
            continue
        add(doc[tok.i : tok.i + 1], place)


def _venue_name(words: list[str], head: str) -> tuple[str, bool]:
    descriptive = venue_words()["descriptive"]
    proper = [w for w in words if w[:1].isupper() and w.lower() not in descriptive]
    if proper:
        return " ".join(proper + [head.title()]), False
    return " ".join([w.title() for w in words] + [head.title()]), True


def find_venues(doc: Doc, skip: list[tuple[int, int]] | None = None) -> list[VenueMention]:
    """Venue mentions of a doc, in text order, with generic phrases linked to the named venue."""
    skip = list(skip or [])
    vw = venue_words()
    raw: list[VenueMention] = []
    text = nlp.text_of(doc)
    named = _named_phrases()
    for start, end, phrase in named_venue_spans(text):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or _skipped(skip, start, end):
            continue
        if _head_follows(doc, span.end):
            continue  # "Akorda presidential palace": the head noun makes the name (below)
        after = doc[span.end : span.end + 3].text.lower()
        organisation = any(after.startswith(suffix) for suffix in vw["org"])
        raw.append(VenueMention(start, end, phrase, named[phrase], organisation=organisation))
    for tok in doc:
        looked_up = tok.lower_ in vw["looked_up"]  # "Shannon Airport": a venue only where the data knows it
        if (tok.lower_ not in vw["heads"] and not looked_up) or tok.tag_ in ("NNS", "NNPS"):
            continue
        k = tok.i
        words: list[str] = []
        while (
            k - 1 >= 0
            and doc[k - 1].pos_ in ("PROPN", "ADJ", "NOUN")
            and not doc[k - 1].is_sent_end
            and (doc[k - 1].text[:1].isupper() or doc[k - 1].lower_ in vw["descriptive"])
            and not places.is_demonym(doc[k - 1].text)
            and doc[k - 1].ent_type_ not in ("GPE", "NORP")
        ):
            words.insert(0, doc[k - 1].text)
            k -= 1
        if not words:
            if not (
                tok.text[:1].isupper()
                and tok.i > 0
                and doc[tok.i - 1].lower_ == "the"
                and tok.ent_type_ not in ("PERSON", "GPE")
            ):
                continue
            words = []  # "the Chancellery", "the Kremlin"
        name, generic = _venue_name(words, tok.text)
        start, end = doc[k].idx, tok.idx + len(tok)
        if looked_up and (generic or lookup_gazetteer_venue(text[start:end]) is None):
            continue
        if _skipped(skip, start, end) or any(v.start <= start < v.end for v in raw):
            continue
        after = doc[tok.i + 1 : tok.i + 4].text.lower()
        organisation = any(after.startswith(suffix) for suffix in vw["org"])
        raw.append(VenueMention(start, end, text[start:end], name, generic=generic, organisation=organisation))
    for tok in doc:  # a head before the name: "Palazzo Chigi", "Palacio de la Moneda"
        if (
            tok.lower_ not in vw["leading"]
            or not tok.text[:1].isupper()
            or any(v.start <= tok.idx < v.end for v in raw)
        ):
            continue
        end = tok.i + 1
        while end < len(doc) and (
            doc[end].text[:1].isupper()
            and doc[end].is_alpha
            or (
                doc[end].lower_ in ("de", "del", "la", "di", "du", "al")
                and end + 1 < len(doc)
                and doc[end + 1].text[:1].isupper()
            )
        ):
            end += 1
        if end == tok.i + 1 or _skipped(skip, tok.idx, doc[end - 1].idx + len(doc[end - 1])):
            continue
        span = doc[tok.i : end]
        after = doc[end : end + 3].text.lower()
        organisation = any(after.startswith(suffix) for suffix in vw["org"])
        raw.append(VenueMention(span.start_char, span.end_char, span.text, span.text, organisation=organisation))
    raw.sort(key=lambda v: v.start)
    return _link_generic(doc, raw)


def _head_follows(doc: Doc, i: int) -> bool:
    """Descriptive words and a venue head noun come right after token ``i`` ("... presidential palace")."""
    vw = venue_words()
    while i < len(doc) and doc[i].lower_ in vw["descriptive"]:
        i += 1
    return i < len(doc) and doc[i].lower_ in vw["heads"] and doc[i].tag_ not in ("NNS", "NNPS")


def _city_after(doc: Doc, char: int) -> str | None:
    """The city named right after a venue phrase ending at ``char`` ("... Palace in Ankara")."""
    span = doc.char_span(char - 1, char, alignment_mode="expand")
    if span is None:
        return None
    nxt = doc[span.end : span.end + 4]
    if not len(nxt) or nxt[0].lower_ not in ("in", ","):
        return None
    for ent in nxt.ents if hasattr(nxt, "ents") else ():
        if ent.label_ == "GPE":
            place = places.lookup(ent.text)
            if place is not None and place.kind == "city":
                return place.name
    return None


def venue_name_words(venues: Iterable[VenueMention]) -> frozenset[str]:
    """The words that name a known building the story names ("Miraflores" of "the Miraflores
    Palace"): said alone ("upon his arrival in Miraflores"), they are the building, not a town of
    the same name elsewhere.  The building's city, a country ("Jamaica House"), heads and common
    words ("Palace", "Presidential") and words in lower case are none."""
    vocab = venue_words()
    common = vocab["heads"] | vocab["descriptive"] | vocab["generic"]
    words: set[str] = set()
    for v in venues:
        if v.city_place is None or v.generic:
            continue
        city = fold(v.city_place.name)
        words |= {
            w
            for w in v.name.split()
            if w[:1].isupper() and w.lower() not in common and fold(w) != city and not places.country_name(w)
        }
    return frozenset(words)


def _link_generic(doc: Doc, venues: list[VenueMention]) -> list[VenueMention]:
    """Give a generic venue the name of the one named venue of the same kind, unless the cities differ;
    then the gazetteer venue each stands for."""
    out = []
    for v in venues:
        city = _city_after(doc, v.end)
        out.append(VenueMention(v.start, v.end, v.text, v.name, v.generic, v.organisation, city))
    linked = []
    for v in out:
        if v.generic:
            head = v.name.split()[-1]
            named = {n.name for n in out if not n.generic and n.name.split()[-1] == head}
            if len(named) == 1:
                name = named.pop()
                cities = {n.city for n in out if n.name == name and n.city}
                if not (v.city and cities and v.city not in cities):
                    v = VenueMention(v.start, v.end, v.text, name, False, v.organisation, v.city)
        linked.append(v)
    return [_placed(doc, v) for v in linked]


def _places_near(doc: Doc, char: int) -> list[str | Place]:
    """The places the doc names around ``char``: those of its sentence (nearest first), the city of
    the story's dateline, then the others (nearest first)."""
    ents = [e for e in doc.ents if e.label_ in ("GPE", "LOC")]
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    sent = span.sent if span is not None else None
    inside = [e for e in ents if sent is not None and sent.start <= e.start < sent.end]
    rest = [e for e in ents if e not in inside]
    out: list[str | Place] = [e.text for e in sorted(inside, key=lambda e: abs(e.start_char - char))]
    dateline = _dateline_of(doc)
    if dateline is not None and dateline.place is not None:
        out.append(dateline.place)
    return out + [e.text for e in sorted(rest, key=lambda e: abs(e.start_char - char))]


def _dateline_of(doc: Doc):
    """The story's dateline (``ingest.datelines``), read once per doc."""
    key = "diplograph.dateline"
    if key not in doc.user_data:
        from diplograph.ingest import datelines

        doc.user_data[key] = datelines.find(nlp.text_of(doc))
    return doc.user_data[key]


def _placed(doc: Doc, v: VenueMention) -> VenueMention:
    """A venue mention with the gazetteer venue it stands for (by its name, then by its words as written)."""
    near = ([v.city] if v.city else []) + _places_near(doc, v.start)
    proper = " ".join(v.name.split()[:-1])  # "Akorda Palace" -> "Akorda"
    found = (
        lookup_gazetteer_venue(v.name, near)
        or lookup_gazetteer_venue(v.text, near)
        or (lookup_gazetteer_venue(proper, near) if proper else None)
    )
    if found is None or _placed_elsewhere(doc.text[v.end : v.end + PLACED_AFTER], found):
        return v
    return VenueMention(
        v.start, v.end, v.text, v.name, v.generic, v.organisation, v.city, found.place, venue_city(found)
    )


PLACED_AFTER = 60  # characters after a venue read for the place the text itself gives it
_IN_PLACE = re.compile(r"[ \t]*,?[ \t]*(?:in|at)[ \t]+([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})")


def _placed_elsewhere(after: str, venue: GazetteerVenue) -> bool:
    """The text right after a venue's name places it in a town of another country than the gazetteer
    venue's ("the United Nations headquarters in Gigiri" is not the one in New York)."""
    m = _IN_PLACE.match(after)
    if m is None or venue.city is None:
        return False
    words = read_json("date_words.json")
    if m.group(1).split()[0].lower() in {*words["months"], *words["weekdays"]}:
        return False  # "at the White House in March": a time, not a town
    named = fold(m.group(1))
    known = {fold(venue.city), fold(venue.country), *(fold(a) for a in venue.aliases)}
    if any(k and (k in named or named in k) for k in known):
        return False
    # a town or a building the gazetteers know in another country ("in Gigiri": the UN's Nairobi
    # offices); an unknown name may be the venue's own country or town written another way ("in St Vincent")
    place = places.lookup(m.group(1))
    if place is not None:
        return venue.country not in (place.country, place.name)
    other = lookup_gazetteer_venue(m.group(1))
    return other is not None and other.country != venue.country
