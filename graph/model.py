"""Records -> RDF triples, with stable IRIs (see docs/model.md).

IRIs are derived from what a thing is, never from when it was seen, so that ingesting the
same article twice adds nothing:

* an article: a hash of its text;
* a person: the id of its office-holder knowledge-base entry (``ingest/kb.py``), else the
  canonical full name, folded (accents, case and punctuation ignored); a person whose canonical
  name grows later ("Maduro", then "Nicolas Maduro") is moved to the new IRI (``person_rename``),
  so the IRI does not depend on which article came first;
* a place: its kind, name and country;
* an event: its type, its sorted participants and its date (the place of a meeting is left
  out of the identity on purpose: articles about one meeting name it as a city, a venue or not
  at all; a visit's place is part of it, since one traveller's stops are different visits);
* a source sentence (evidence): its article and character offsets;
* a meeting pair (two people who met, with a link to each meeting of theirs): the two persons'
  IRIs, sorted, so that who-met-whom is read from one link per pair and meeting instead of
  joining every meeting's actors with each other (see ``pair_triples``);
* a list of pairs (the pairs a page of who-met-whom or meetings-of may read, by month, year or
  number of meetings, see ``pair_list_triples``): what it keeps (the month, the count, the
  person), so that a pair's summary alone says which lists it is in.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from rdflib import Literal, URIRef
from rdflib.namespace import OWL, SKOS
from rdflib.term import Node

from diplograph.graph.vocab import DG, EVENT_CLASSES, GEONAMES, ID, PROV, RDF, SDO, SEM, WD, XSD
from diplograph.ingest.records import Article, Event, Evidence, Extraction, Person, Place, Role, fold

Triple = tuple[Node, Node, Node]


def _slug(text: str) -> str:
    return re.sub(r"\s+", "-", fold(text)) or "unnamed"


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def article_iri(article: Article | str) -> URIRef:
    key = article if isinstance(article, str) else article.key
    return ID[f"article/{key}"]


def person_iri(person: Person | str) -> URIRef:
    """A person's IRI: from the knowledge-base id when the person has one, else from the canonical
    name folded (``Person.ident``); a string is a canonical name."""
    if isinstance(person, str):
        return ID[f"person/{_slug(person)}"]
    return ID[f"person/{person.ident}"]


def place_iri(place: Place) -> URIRef:
    if place.kind == "country":
        return country_iri(place.name)
    return ID[f"place/{_slug(place.name)}--{_slug(place.country or 'unknown')}"]


def country_iri(name: str) -> URIRef:
    return ID[f"country/{_slug(name)}"]


def role_iri(person: Person, role: Role) -> URIRef:
    return ID[f"role/{_digest(person.key, fold(role.title), fold(role.country or ''))}"]


def event_iri(event: Event) -> URIRef:
    where = (fold(event.place.name),) if event.type == "visit" and event.place is not None else ()
    return ID[f"event/{event.type}-{_digest(event.type, *event.participant_keys, event.date or '', *where)}"]


def own_event_iris(events: Sequence[Event]) -> list[URIRef]:
    """The IRIs of one article's events: each its ``event_iri``, except that an event whose IRI an
    earlier event of the article already has (two calls of one pair that the story tells apart,
    neither of them dated) takes one of its own, from the sentence that first tells it."""
    taken: set[URIRef] = set()
    out: list[URIRef] = []
    for event in events:
        iri = event_iri(event)
        if iri in taken and event.evidence:
            told = event.evidence[0]
            salt = (event.date or "", told.article, str(told.start))
            iri = ID[f"event/{event.type}-{_digest(event.type, *event.participant_keys, *salt)}"]
        taken.add(iri)
        out.append(iri)
    return out


def evidence_iri(evidence: Evidence) -> URIRef:
    return ID[f"source/{evidence.article}-{evidence.start}-{evidence.end}"]


def pair_iri(a: URIRef, b: URIRef) -> URIRef:
    """The IRI of the pair of two persons (by their IRIs, in either order)."""
    first, second = sorted((str(a), str(b)))
    return ID[f"pair/{_digest(first, second)}"]


def name_keys(*names: str) -> set[str]:
    """The index keys of a person's names: every run of whole words of each name, folded
    ("Nicolás Maduro" -> "nicolas maduro", "nicolas", "maduro"); a lookup folds the asked name and
    finds it by exact match (the same answers as ``records.name_matches``, without reading every name)."""
    keys: set[str] = set()
    for name in names:
        words = fold(name).split()
        keys.update(" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1))
    return keys


def publisher_iri(name: str) -> URIRef:
    return ID[f"publisher/{_slug(name)}"]


def date_literal(value: str) -> Literal:
    """An ISO date at its stated precision: xsd:date ("2023-02-03"), xsd:gYearMonth ("2022-06") or
    xsd:gYear ("2007"); the lexical form is the ISO string itself, so queries read it back unchanged."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return Literal(value, datatype=XSD.date)
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return Literal(value, datatype=XSD.gYearMonth)
    if re.fullmatch(r"\d{4}", value):
        return Literal(value, datatype=XSD.gYear)
    return Literal(value)


def article_triples(article: Article) -> Iterator[Triple]:
    a = article_iri(article)
    yield a, RDF.type, SDO.NewsArticle
    yield a, RDF.type, PROV.Entity
    yield a, DG.file, Literal(article.file)
    yield a, DG.storyIndex, Literal(article.story)
    yield a, SDO.text, Literal(article.text)
    if article.title:
        yield a, SDO.headline, Literal(article.title)
    if article.published:
        yield a, SDO.datePublished, Literal(article.published.isoformat(), datatype=XSD.date)
        if article.published_inferred:
            yield a, DG.publishedInferred, Literal(True)
    if article.url:
        yield a, SDO.url, Literal(article.url, datatype=XSD.anyURI)
    if article.source:
        org = publisher_iri(article.source)
        yield a, SDO.publisher, org
        yield org, RDF.type, SDO.Organization
        yield org, SDO.name, Literal(article.source)


def country_triples(name: str) -> Iterator[Triple]:
    c = country_iri(name)
    yield c, RDF.type, SDO.Country
    yield c, RDF.type, SDO.Place
    yield c, SDO.name, Literal(name)


def place_triples(place: Place) -> Iterator[Triple]:
    p = place_iri(place)
    kind_class = {"city": SDO.City, "country": SDO.Country, "region": SDO.AdministrativeArea}.get(place.kind)
    yield p, RDF.type, SDO.Place
    if kind_class is not None:
        yield p, RDF.type, kind_class
    yield p, SDO.name, Literal(place.name)
    if place.kind != "country" and place.country:
        yield p, SDO.containedInPlace, country_iri(place.country)
        yield from country_triples(place.country)
    if place.lat is not None and place.lon is not None:
        yield p, SDO.latitude, Literal(round(float(place.lat), 5), datatype=XSD.double)
        yield p, SDO.longitude, Literal(round(float(place.lon), 5), datatype=XSD.double)
    if place.geonames_id:
        yield p, SDO.sameAs, GEONAMES[f"{place.geonames_id}/"]
    if place.wikidata:
        yield p, SDO.sameAs, WD[place.wikidata]


def venue_iri(venue: str, city: Place) -> URIRef:
    """The IRI of a building in a city: its name, the city's and the country's."""
    return ID[f"venue/{_slug(venue)}--{_slug(city.name)}--{_slug(city.country or 'unknown')}"]


def venue_triples(event: URIRef, venue: str, city: Place) -> Iterator[Triple]:
    """The venue as a place of its own (``schema:location`` of the event), inside the event's city."""
    v = venue_iri(venue, city)
    yield event, SDO.location, v
    yield v, RDF.type, SDO.Place
    yield v, RDF.type, DG.Venue
    yield v, SDO.name, Literal(venue)
    yield v, SDO.containedInPlace, place_iri(city)


def person_triples(person: Person, article: Article) -> Iterator[Triple]:
    p = person_iri(person)
    yield p, RDF.type, SDO.Person
    yield p, RDF.type, SEM.Actor
    yield p, SDO.name, Literal(person.name)
    for alias in person.aliases:
        if alias != person.name:
            yield p, SDO.alternateName, Literal(alias)
    for key in sorted(name_keys(person.name, *person.aliases)):
        yield p, DG.nameKey, Literal(key)
    if person.kb:
        yield p, DG.kbId, Literal(person.kb)
        if person.kb_source:
            yield p, DG.kbSource, Literal(person.kb_source)
        if person.wikidata:
            yield p, OWL.sameAs, WD[person.wikidata]
    for role in person.roles:
        r = role_iri(person, role)
        yield p, DG.holdsRole, r
        yield r, RDF.type, DG.Role
        yield r, SDO.roleName, Literal(role.title)
        if role.country:
            yield r, DG.roleCountry, country_iri(role.country)
            yield from country_triples(role.country)
        yield r, PROV.wasDerivedFrom, article_iri(article)


def person_rename(old: Person, new: Person, by: Article | None = None) -> str:
    """A SPARQL update that moves what the store says about ``old`` to ``new``'s IRI, when a
    person's canonical name grew ("Maduro" -> "Nicolas Maduro") or the person was found in the
    knowledge base: every triple moves to the new IRI, the old display names become
    ``schema:alternateName`` and ``skos:altLabel``, and only the new name stays ``schema:name``;
    the articles read before, but for ``by`` (the article that gave the new name), keep the old
    full name as the one they write (``_kept_as_written``)."""
    a, b = person_iri(old), person_iri(new)
    name = Literal(new.name).n3()
    prefixes = "".join(
        f"PREFIX {k}: <{v}>\n" for k, v in (("schema", SDO), ("skos", SKOS), ("dg", DG), ("sem", SEM), ("prov", PROV))
    )
    demote = (
        f"DELETE {{ {b.n3()} schema:name ?n }} INSERT {{ {b.n3()} schema:alternateName ?n ; skos:altLabel ?n }} "
        f"WHERE {{ {b.n3()} schema:name ?n FILTER(STR(?n) != STR({name})) }}"
    )
    steps = (
        []
        if a == b
        else [
            f"INSERT {{ {b.n3()} ?p ?o }} WHERE {{ {a.n3()} ?p ?o }}",
            f"DELETE {{ {a.n3()} ?p ?o }} WHERE {{ {a.n3()} ?p ?o }}",
            f"DELETE {{ ?s ?p {a.n3()} }} INSERT {{ ?s ?p {b.n3()} }} WHERE {{ ?s ?p {a.n3()} }}",
        ]
    )
    return prefixes + " ;\n".join([*steps, *_kept_as_written(old, new, by), demote])


def _kept_as_written(old: Person, new: Person, by: Article | None) -> list[str]:
    """The articles read before a person's name changed keep the full name their events were told
    with ("Salva Kiir" where the graph later calls him "Salva Kiir Mayardit"): the old name is
    recorded as the one each of them writes (``written_name_triples``) where one of its event
    quotes writes it, unless it has a name of its own recorded already or the old name was no full
    name ("Maduro")."""
    if len(old.name.split()) < 2 or fold(old.name) == fold(new.name):
        return []
    b, name = person_iri(new).n3(), Literal(old.name).n3()
    named = f'CONCAT(REPLACE(STR(?a), "/article/", "/name/"), "-{_digest(old.name)}")'
    other = f"FILTER(?a != {article_iri(by).n3()}) " if by is not None else ""
    return [
        f"INSERT {{ ?a dg:writesName ?w . ?w a dg:WrittenName ; dg:person {b} ; schema:name {name} }} "
        f"WHERE {{ SELECT DISTINCT ?a ?w WHERE {{ ?e sem:hasActor {b} ; prov:wasDerivedFrom ?s . "
        f"?s prov:wasQuotedFrom ?a ; prov:value ?quote . {other}FILTER(CONTAINS(LCASE(?quote), LCASE({name}))) "
        f"FILTER NOT EXISTS {{ ?a dg:writesName ?x . ?x dg:person {b} }} "
        f"BIND(IRI({named}) AS ?w) }} }}"
    ]


def _written_triples(article: Article, kind: str, link: URIRef, named: URIRef, name: str) -> Iterator[Triple]:
    """A name as one article writes it (``dg:writesName``), of the person or place ``named`` by ``link``."""
    n = ID[f"{kind}/{article.key}-{_digest(name)}"]
    yield article_iri(article), DG.writesName, n
    yield n, RDF.type, DG.WrittenName
    yield n, link, named
    yield n, SDO.name, Literal(name)


def written_place_triples(article: Article, place: Place, name: str) -> Iterator[Triple]:
    """A city's name as one article writes it, where the gazetteer's is another ("Nur-Sultan" in an
    article about the city the graph calls Astana)."""
    return _written_triples(article, "placename", DG.place, place_iri(place), name)


def written_name_triples(article: Article, person: Person, name: str) -> Iterator[Triple]:
    """A person's name as one article writes it, where the graph's name for them is another
    ("Sergey Lavrov" in an article about the person called "Sergei Lavrov"): what a source of the
    article's events says, quoted as it says it."""
    return _written_triples(article, "name", DG.person, person_iri(person), name)


def evidence_triples(evidence: Evidence) -> Iterator[Triple]:
    s = evidence_iri(evidence)
    yield s, RDF.type, DG.Evidence
    yield s, RDF.type, PROV.Entity
    yield s, PROV.wasQuotedFrom, article_iri(evidence.article)
    yield s, PROV.value, Literal(evidence.quote)
    yield s, DG.start, Literal(evidence.start)
    yield s, DG.end, Literal(evidence.end)
    if evidence.caption:
        yield s, DG.inCaption, Literal(True)
    if evidence.date_inferred:
        yield s, DG.dateInferred, Literal(True)
    if evidence.another_occasion:
        yield s, DG.anotherOccasion, Literal(True)
    if evidence.uncertain_join:
        yield s, DG.uncertainJoin, Literal(True)
    if evidence.date_text:
        yield s, DG.dateText, Literal(evidence.date_text)
    if evidence.trigger and evidence.trigger_start is not None:
        yield s, DG.trigger, Literal(evidence.trigger)
        yield s, DG.triggerStart, Literal(evidence.trigger_start)
    for pattern in evidence.patterns:
        yield s, DG.triggerPattern, Literal(pattern)


def pair_triples(event: URIRef, actors: Iterable[URIRef]) -> Iterator[Triple]:
    """One ``dg:MeetingPair`` per two actors of an in-person meeting, linked to its members and
    to the meeting.  Set semantics keep it idempotent: a report joined to a stored meeting (same
    actors, same event IRI) or an article ingested again adds nothing; a person moved to a new
    IRI takes the pair along (``repair_pairs`` then files it under the new pair IRI)."""
    for a, b in combinations(sorted(set(actors), key=str), 2):
        pair = pair_iri(a, b)
        yield pair, RDF.type, DG.MeetingPair
        yield pair, DG.pairMember, a
        yield pair, DG.pairMember, b
        yield pair, DG.pairEvent, event


def repair_pairs(pairs: dict[URIRef, set[URIRef]]) -> str | None:
    """A SPARQL update that files stored pairs (IRI -> the members it now links to, after a person
    moved to a new IRI) under the IRI their members give, merging with a pair already there; a
    pair left with one member (two names found to be one person) is removed.  ``None`` when
    nothing is to change."""
    steps = []
    for pair, members in sorted(pairs.items()):
        if len(members) == 2:
            target = pair_iri(*members)
            if target == pair:
                continue
            steps.append(f"INSERT {{ {target.n3()} ?p ?o }} WHERE {{ {pair.n3()} ?p ?o }}")
        steps.append(f"DELETE {{ {pair.n3()} ?p ?o }} WHERE {{ {pair.n3()} ?p ?o }}")
    return " ;\n".join(steps) or None


# -- the lists of pairs: what a page of who-met-whom or meetings-of reads first ----------------------
#
# Every pair is filed by what its pages sort on, so that a page reads the few lists it reaches
# instead of sorting every pair (docs/model.md, "Lists of pairs"): the store's pairs by the month
# of their last meeting and by their number of meetings, those who met once by month too
# (``dg:PairList``), and each person's pairs by the year of their last meeting and by their number
# of meetings (``dg:PersonPairList``).  A list is a ``schema:ItemList`` of pairs
# (``schema:itemListElement``) with its size (``schema:numberOfItems``), but for a person's list of
# pairs who met once: no list comes after it in any order, so no page needs its size, and it is
# the one list that grows with a person's meetings.  The store's lists carry their place in each
# page order as a short string (``dg:dateKey``, ``dg:meetingsKey``), compared as written.

PAIR_LIST_CLASSES = (DG.PairList, DG.PersonPairList)


@dataclass(frozen=True)
class PairSummary:
    """What a pair's own links say: its two members, how many meetings (distinct events), and the
    latest date one of them has, as written (``None``: no meeting has a date)."""

    pair: URIRef
    members: tuple[URIRef, URIRef]
    meetings: int
    last: str | None


def last_month(last: str | None) -> str:
    """The month a last date is filed under: "2023-02" (a year alone stays "2023"); "" for no date,
    which sorts below every date, as a missing date does in a page."""
    return (last or "")[:7]


def last_year(last: str | None) -> str:
    return (last or "")[:4]


def _part(key: str) -> str:
    return key or "none"


def _person_part(person: URIRef) -> str:
    text = str(person)
    return text[len(str(ID)) :] if text.startswith(str(ID)) else f"person-{_digest(text)}"


def month_list_iri(month: str) -> URIRef:
    return ID[f"pairs/month/{_part(month)}"]


def count_list_iri(meetings: int, month: str) -> URIRef:
    """The store's list of pairs with this many meetings; the pairs who met once, by month."""
    return ID[f"pairs/meetings/{meetings}" + (f"/{_part(month)}" if meetings == 1 else "")]


def meetings_key(meetings: int, month: str) -> str:
    """A count list's place in the order by meetings, compared as a string: the count on seven
    digits, then (pairs who met once) a space and the month ("0000003", "0000001 2023-02")."""
    return f"{meetings:07d}" + (f" {month}" if meetings == 1 else "")


def person_year_list_iri(person: URIRef, year: str) -> URIRef:
    return ID[f"pairs/{_person_part(person)}/year/{_part(year)}"]


def person_count_list_iri(person: URIRef, meetings: int) -> URIRef:
    return ID[f"pairs/{_person_part(person)}/meetings/{meetings}"]


def sized(listed: Node) -> bool:
    """Whether a list carries its size: every list but a person's list of pairs who met once."""
    return not str(listed).endswith("/meetings/1")


def pair_list_triples(summary: PairSummary) -> Iterator[Triple]:
    """A pair's summary (``dg:meetingCount``, ``dg:lastMet``) and its place in the six lists it is
    in (without their sizes, which depend on every pair in them)."""
    pair, n = summary.pair, Literal(summary.meetings)
    yield pair, DG.meetingCount, n
    if summary.last is not None:
        yield pair, DG.lastMet, Literal(summary.last)
    month, year = last_month(summary.last), last_year(summary.last)
    by_month, by_count = month_list_iri(month), count_list_iri(summary.meetings, month)
    yield by_month, RDF.type, DG.PairList
    yield by_month, DG.listMonth, Literal(month)
    yield by_month, DG.dateKey, Literal(month)
    yield by_month, SDO.itemListElement, pair
    yield by_count, RDF.type, DG.PairList
    yield by_count, DG.listMeetings, n
    if summary.meetings == 1:
        yield by_count, DG.listMonth, Literal(month)
    yield by_count, DG.meetingsKey, Literal(meetings_key(summary.meetings, month))
    yield by_count, SDO.itemListElement, pair
    for person in summary.members:
        for listed, key, value in (
            (person_year_list_iri(person, year), DG.listYear, Literal(year)),
            (person_count_list_iri(person, summary.meetings), DG.listMeetings, n),
        ):
            yield listed, RDF.type, DG.PersonPairList
            yield listed, DG.listPerson, person
            yield listed, key, value
            yield listed, SDO.itemListElement, pair


PLACES_PER_PAIR = 6  # the lists each pair is in (``pair_list_triples``)


def pair_lists(summaries: Iterable[PairSummary]) -> set[Triple]:
    """Every triple of the summaries and lists of these pairs (all the store's pairs), sizes included."""
    out: set[Triple] = set()
    for summary in summaries:
        out.update(pair_list_triples(summary))
    sizes = Counter(s for s, p, _ in out if p == SDO.itemListElement)
    out.update((s, SDO.numberOfItems, Literal(k)) for s, k in sizes.items() if sized(s))
    return out


def pair_state_query(pairs: Sequence[URIRef] | None) -> str:
    """What the lists of ``pairs`` (every pair: ``None``) are made from: their members, their
    meetings with their dates, and the lists they are in now."""
    which = "?pair a dg:MeetingPair ." if pairs is None else f"VALUES ?pair {{ {' '.join(p.n3() for p in pairs)} }}"
    return (
        f"PREFIX dg: <{DG}>\nPREFIX sem: <{SEM}>\nPREFIX schema: <{SDO}>\n"
        f"SELECT ?pair ?member ?event ?date ?list WHERE {{ {which} "
        "{ ?pair dg:pairMember ?member } "
        "UNION { ?pair dg:pairEvent ?event OPTIONAL { ?event sem:hasTimeStamp ?date } } "
        "UNION { ?list schema:itemListElement ?pair } }"
    )


@dataclass
class PairState:
    """What ``pair_state_query`` found: each pair's summary (``None``: not a pair any more, with
    fewer than two members or no meeting) and the lists its pairs are in."""

    summaries: dict[URIRef, PairSummary | None]
    lists: set[Node]


def pair_state(pairs: Iterable[URIRef], rows: Iterable[Any]) -> PairState:
    """The ``PairState`` of ``pairs`` (and of every pair the rows name) from ``pair_state_query``'s rows."""
    members: dict[URIRef, set[URIRef]] = {p: set() for p in pairs}
    events: dict[URIRef, set[Node]] = {}
    dates: dict[URIRef, list[str]] = {}
    state = PairState({}, set())
    for row in rows:
        pair = row.pair
        members.setdefault(pair, set())
        if row.member is not None:
            members[pair].add(row.member)
        if row.event is not None:
            events.setdefault(pair, set()).add(row.event)
            if row.date is not None:
                dates.setdefault(pair, []).append(str(row.date))
        if row.list is not None:
            state.lists.add(row.list)
    for pair, who in members.items():
        met = events.get(pair, set())
        if len(who) == 2 and met:
            first, second = sorted(who, key=str)
            last = max(dates.get(pair, []), default=None)
            state.summaries[pair] = PairSummary(pair, (first, second), len(met), last)
        else:
            state.summaries[pair] = None
    return state


def pair_lists_update(state: PairState) -> str | None:
    """A SPARQL update (one request) that files the pairs of ``state`` in the lists their summaries
    give (a pair whose summary is ``None`` leaves every list) and sizes again every list they
    leave or join, from the links: a size is never counted up, so running it again changes
    nothing.  A list left empty is removed.  ``None`` when no pair is given."""
    if not state.summaries:
        return None
    new: set[Triple] = set()
    for summary in state.summaries.values():
        if summary is not None:
            new.update(pair_list_triples(summary))
    lists = sorted(state.lists | {s for s, p, _ in new if p == SDO.itemListElement}, key=str)
    pairs = " ".join(p.n3() for p in sorted(state.summaries))
    touched = " ".join(n.n3() for n in lists)
    counted = " ".join(n.n3() for n in lists if sized(n))
    steps = [
        f"DELETE {{ ?pair dg:meetingCount ?c }} WHERE {{ VALUES ?pair {{ {pairs} }} ?pair dg:meetingCount ?c }}",
        f"DELETE {{ ?pair dg:lastMet ?l }} WHERE {{ VALUES ?pair {{ {pairs} }} ?pair dg:lastMet ?l }}",
        f"DELETE {{ ?list schema:itemListElement ?pair }} WHERE {{ VALUES ?pair {{ {pairs} }} "
        "?list schema:itemListElement ?pair }",
    ]
    if new:
        steps.append("INSERT DATA { " + " ".join(f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in sorted(new)) + " }")
    steps.append(
        f"DELETE {{ ?list ?p ?o }} WHERE {{ VALUES ?list {{ {touched} }} ?list ?p ?o "
        "FILTER NOT EXISTS { ?list schema:itemListElement ?pair } }"
    )
    if counted:
        steps.append(
            f"DELETE {{ ?list schema:numberOfItems ?k }} WHERE {{ VALUES ?list {{ {counted} }} "
            "?list schema:numberOfItems ?k }"
        )
        steps.append(
            "INSERT { ?list schema:numberOfItems ?k } WHERE { SELECT ?list (COUNT(?pair) AS ?k) WHERE { "
            f"VALUES ?list {{ {counted} }} ?list schema:itemListElement ?pair }} GROUP BY ?list }}"
        )
    return f"PREFIX dg: <{DG}>\nPREFIX schema: <{SDO}>\n" + " ;\n".join(steps)


UNLIST_PAIRS = (
    f"PREFIX dg: <{DG}>\n"
    "DELETE { ?pair dg:meetingCount ?c } WHERE { ?pair dg:meetingCount ?c } ;\n"
    "DELETE { ?pair dg:lastMet ?l } WHERE { ?pair dg:lastMet ?l } ;\n"
    "DELETE { ?list ?p ?o } WHERE { VALUES ?kind { "
    + " ".join(c.n3() for c in PAIR_LIST_CLASSES)
    + " } ?list a ?kind ; ?p ?o }"
)  # every summary and list, before they are written again for every pair


def meeting_pairs(extraction: Extraction) -> set[URIRef]:
    """The pair IRIs an article's meetings link to (the pairs whose summary it may change)."""
    out: set[URIRef] = set()
    for event in extraction.events:
        if event.type == "meet":
            actors = sorted({person_iri(p) for p in event.participants}, key=str)
            out.update(pair_iri(a, b) for a, b in combinations(actors, 2))
    return out


def event_triples(event: Event, iri: URIRef | None = None, joined: bool = False) -> Iterator[Triple]:
    """The triples of one event, under ``iri`` (its ``event_iri`` when none); ``joined``: the IRI
    is an event already stored that this record of it joins."""
    e = iri if iri is not None else event_iri(event)
    yield e, RDF.type, SEM.Event
    yield e, RDF.type, SDO.Event
    yield e, RDF.type, EVENT_CLASSES.get(event.type, DG.DiplomaticEvent)
    yield e, DG.eventType, Literal(event.type)
    for person in event.participants:
        yield e, SEM.hasActor, person_iri(person)
    if event.type == "meet":
        yield from pair_triples(e, (person_iri(p) for p in event.participants))
    if event.host:
        yield e, DG.host, person_iri(event.host)
    if event.place is not None:
        yield e, SEM.hasPlace, place_iri(event.place)
        yield from place_triples(event.place)
    if event.venue:
        yield e, DG.venue, Literal(event.venue)
        if event.place is not None and event.place.kind != "country":
            yield from venue_triples(e, event.venue, event.place)
    if event.date and not (joined and event.evidence and all(ev.date_inferred for ev in event.evidence)):
        # a date no sentence states (the article's own) never competes with the date of an event it joins
        yield e, SEM.hasTimeStamp, date_literal(event.date)
    if event.cameo:
        yield e, DG.cameo, Literal(event.cameo)
    if event.plover:
        yield e, DG.ploverCategory, Literal(event.plover)
    if event.plover_mode:
        yield e, DG.ploverMode, Literal(event.plover_mode)
    for evidence in event.evidence:
        yield e, PROV.wasDerivedFrom, evidence_iri(evidence)
        yield from evidence_triples(evidence)


def extraction_triples(extraction: Extraction, event_iris: dict[int, URIRef] | None = None) -> Iterator[Triple]:
    """All triples for one article; ``event_iris`` maps an event's index to the IRI of an
    event already in the store that it is the same as (cross-article merging)."""
    article = extraction.article
    yield from article_triples(article)
    for person in extraction.people:
        yield from person_triples(person, article)
    by_key = {p.key: p for p in extraction.people}
    for key, name in extraction.written:
        if key in by_key:
            yield from written_name_triples(article, by_key[key], name)
    places = {p.key: p for p in (*extraction.places, *(e.place for e in extraction.events if e.place))}
    for place in extraction.places:
        yield from place_triples(place)
    for key, name in extraction.written_places:
        if key in places:
            yield from written_place_triples(article, places[key], name)
    own = own_event_iris(extraction.events)
    joined = event_iris or {}
    for i, event in enumerate(extraction.events):
        for person in event.participants:
            yield from person_triples(person, article)
        yield from event_triples(event, joined.get(i, own[i]), joined=i in joined)
