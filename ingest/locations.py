"""Place and venue mentions in a parsed doc, resolved against the gazetteer (``ingest.places``).

* ``find_places(doc, skip)``: cities, countries and regions the text names (whatever label the
  tagger gave them: "Türkiye" tagged as a person is still a country), dateline capitals
  ("CARACAS, VENEZUELA —"), and descriptions ("the Venezuelan capital", "Nicaragua's capital");
  a one-word city named again where the tagger saw no place ("Kyiv has asked ..."); never a
  month or weekday ("in March").
* ``find_venues(doc, skip)``: buildings where things happen ("the Miraflores presidential palace"
  -> "Miraflores Palace", "the Presidential Palace", "the White House"), from the venue words in
  ``ingest/data/venues.json``; a venue phrase used as an organisation ("Miraflores Palace press
  office") is marked so, and a generic phrase ("the presidential palace") is linked to the one
  named venue of its kind in the article when nothing contradicts it.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from ingest import places
from ingest.datafiles import read_json
from ingest.credits import agencies, inside
from ingest.records import Mention, Place, fold

PLACE_LABELS = ("GPE", "LOC", "FAC")
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


@lru_cache(maxsize=1)
def venue_words() -> dict:
    """The venue vocabulary from ``venues.json``: heads, organisation suffixes, descriptive words, named venues."""
    raw = read_json("venues.json")
    return {"heads": frozenset(raw["heads"]), "org": tuple(raw["organisation_suffixes"]),
            "descriptive": frozenset(raw["descriptive"]), "named": tuple(raw["named_venues"]),
            "leading": frozenset(raw.get("leading_heads", ()))}


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
    return span.text in vw["named"] or span[-1].lower_ in vw["heads"] or span[0].lower_ in vw["leading"]


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
    root = span.root
    top = root
    while top.dep_ == "conj" and top.head is not top:
        top = top.head
    group = [top] + [t for t in top.subtree if t.dep_ == "conj"]
    return [t for t in group if not (span.start <= t.i < span.end)]


def _city_ok(span: Span) -> bool:
    """A city name the tagger did not label as a place is accepted only where a place is expected."""
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and (prev.lower_ in PLACE_PREPS or prev.lower_ == "capital"):
        return True
    if any(t.ent_type_ in ("GPE", "LOC") for t in conjuncts(span)):
        return True  # "Iwo Jima, Okinawa and Hiroshima"
    if span.text.isupper() and (span.start == 0 or "\n" in doc[span.start - 1].text_with_ws or doc[span.start - 1].is_space):
        return True  # dateline: "CARACAS, VENEZUELA —"
    return False


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
            add(doc[hit[0]:i + 1], hit[1])
    for ent in doc.ents:
        span = _clean(ent)
        if not len(span) or _skipped(skip, span.start_char, span.end_char):
            continue
        if span.text in agencies() or _is_venue(span):
            continue
        after_capital = span.start > 0 and doc[span.start - 1].lower_ == "capital"
        place = places.lookup(span.text, alternates=ent.label_ == "GPE" or after_capital)
        if place is None:
            tail = _place_in_tail(span)
            if tail is not None:
                add(*tail)  # "the Great Hall of the People in Beijing": the tagger took the city in
            elif ent.label_ == "LOC" and span.text[:1].isupper() and span.text.lower() not in COMPASS:
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
            span = doc[i:i + width]
            if len(span) < width or _skipped(taken, span.start_char, span.end_char):
                continue
            if any((t.is_punct and t.text != ".") or t.is_space or t.text in ("'s", "’s") for t in span):
                continue
            if span[-1].text == "." or places.is_demonym(span.text) or (len(span.text) <= 3 and not span.text.isupper()):
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
            if width == 1 and (_city_ok(span) or (tok.pos_ == "PROPN" and not tok.ent_type_ and places.is_major_city(tok.text))) \
                    and not (tok.ent_type_ and doc[i + 1:i + 2].text and doc[i + 1].ent_iob_ == "I"):
                place = places.lookup(span.text, alternates=False)
                if place is not None and place.kind == "city":
                    add(span, place)
                    break
    _repeated_cities(doc, skip, found, add)
    return [found[k] for k in sorted(found)]


def _repeated_cities(doc: Doc, skip: list[tuple[int, int]], found: dict[int, Mention],
                     add: Callable[[Span, Place], None]) -> None:
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
        add(doc[tok.i:tok.i + 1], place)


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
    lowered_named = {n.lower(): n for n in vw["named"]}
    text = doc.text
    text_lower = text.lower()
    for key, name in lowered_named.items():
        start = text_lower.find(key)
        while start >= 0:
            end = start + len(key)
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None and not _skipped(skip, start, end):
                after = doc[span.end:span.end + 3].text.lower()
                organisation = any(after.startswith(suffix) for suffix in vw["org"])
                raw.append(VenueMention(start, end, text[start:end], name, organisation=organisation))
            start = text_lower.find(key, end)
    for tok in doc:
        if tok.lower_ not in vw["heads"] or tok.tag_ in ("NNS", "NNPS"):
            continue
        k = tok.i
        words: list[str] = []
        while k - 1 >= 0 and doc[k - 1].pos_ in ("PROPN", "ADJ", "NOUN") and not doc[k - 1].is_sent_end \
                and (doc[k - 1].text[:1].isupper() or doc[k - 1].lower_ in vw["descriptive"]) \
                and not places.is_demonym(doc[k - 1].text) and doc[k - 1].ent_type_ not in ("GPE", "NORP"):
            words.insert(0, doc[k - 1].text)
            k -= 1
        if not words:
            if not (tok.text[:1].isupper() and tok.i > 0 and doc[tok.i - 1].lower_ == "the"
                    and tok.ent_type_ not in ("PERSON", "GPE")):
                continue
            words = []  # "the Chancellery", "the Kremlin"
        name, generic = _venue_name(words, tok.text)
        start, end = doc[k].idx, tok.idx + len(tok)
        if _skipped(skip, start, end) or any(v.start <= start < v.end for v in raw):
            continue
        after = doc[tok.i + 1:tok.i + 4].text.lower()
        organisation = any(after.startswith(suffix) for suffix in vw["org"])
        raw.append(VenueMention(start, end, text[start:end], name, generic=generic, organisation=organisation))
    for tok in doc:  # a head before the name: "Palazzo Chigi", "Palacio de la Moneda"
        if tok.lower_ not in vw["leading"] or not tok.text[:1].isupper() or any(v.start <= tok.idx < v.end for v in raw):
            continue
        end = tok.i + 1
        while end < len(doc) and (doc[end].text[:1].isupper() and doc[end].is_alpha or (
                doc[end].lower_ in ("de", "del", "la", "di", "du", "al") and end + 1 < len(doc)
                and doc[end + 1].text[:1].isupper())):
            end += 1
        if end == tok.i + 1 or _skipped(skip, tok.idx, doc[end - 1].idx + len(doc[end - 1])):
            continue
        span = doc[tok.i:end]
        after = doc[end:end + 3].text.lower()
        organisation = any(after.startswith(suffix) for suffix in vw["org"])
        raw.append(VenueMention(span.start_char, span.end_char, span.text, span.text, organisation=organisation))
    raw.sort(key=lambda v: v.start)
    return _link_generic(doc, raw)


def _city_after(doc: Doc, char: int) -> str | None:
    """The city named right after a venue phrase ending at ``char`` ("... Palace in Ankara")."""
    span = doc.char_span(char - 1, char, alignment_mode="expand")
    if span is None:
        return None
    nxt = doc[span.end:span.end + 4]
    if not len(nxt) or nxt[0].lower_ not in ("in", ","):
        return None
    for ent in nxt.ents if hasattr(nxt, "ents") else ():
        if ent.label_ == "GPE":
            place = places.lookup(ent.text)
            if place is not None and place.kind == "city":
                return place.name
    return None


def _link_generic(doc: Doc, venues: list[VenueMention]) -> list[VenueMention]:
    """Give a generic venue the name of the one named venue of the same kind, unless the cities differ."""
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
    return linked
