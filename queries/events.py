"""Events read back from the store as plain dicts, in the shared JSON event format.

This is what ``diplograph meetings`` prints and what the pictures draw:

    {"id", "type", "participants": [{"id", "name", "canonical", "roles", "country"}], "place": {...} | None,
     "venue", "date", "date_conflicts", "host", "cameo", "plover", "confidence",
     "evidence": {"sources", "body_sources", "caption_only", "date_stated", "date_conflict", "score"},
     "sources": [{"article", "file", "url", "title", "published", "quote", "start", "end", "caption",
                  "date_inferred", "date_text"}]}

A participant's ``name`` is the name as most of the event's sources write it ("Sergey Lavrov"),
or, when they are split on it, the one name the graph gives the person, which is ``canonical``
("Sergei Lavrov"); ``id`` is the same for both.  So is a place's: ``name`` as the sources write
the city ("Nur-Sultan"), ``canonical`` the gazetteer's ("Astana").

Dates come back as the ISO strings they were written as, whatever their precision ("2023-02-03",
"2022-06", "2007"); ``date_text`` is the words a source used for the date ("last Friday"), when
it stated one.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from rdflib import Graph, URIRef
from rdflib.term import Node

from diplograph.graph import corrections
from diplograph.graph.store import GraphStore, open_store
from diplograph.graph.vocab import DG, ID, PROV, SDO, SEM
from diplograph.ingest.records import Event, Evidence, participant_matches

EVENTS = """
SELECT ?e ?type ?venue ?date ?place ?placeName ?placeKind ?placeCountry ?lat ?lon ?host ?cameo ?plover ?mode WHERE {
  ?e dg:eventType ?type .
  OPTIONAL { ?e dg:venue ?venue }
  OPTIONAL { ?e sem:hasTimeStamp ?date }
  OPTIONAL { ?e sem:hasPlace ?place . ?place schema:name ?placeName .
             OPTIONAL { ?place a schema:Country . BIND("country" AS ?placeKind) }
             OPTIONAL { ?place schema:containedInPlace/schema:name ?placeCountry }
             OPTIONAL { ?place schema:latitude ?lat ; schema:longitude ?lon } }
  OPTIONAL { ?e dg:host/schema:name ?host }
  OPTIONAL { ?e dg:cameo ?cameo }
  OPTIONAL { ?e dg:ploverCategory ?plover }
  OPTIONAL { ?e dg:ploverMode ?mode }
}"""

ACTORS = """
SELECT ?e ?p ?name WHERE { ?e dg:eventType ?type ; sem:hasActor ?p . ?p schema:name ?name }"""

ROLES = """
SELECT ?p ?title ?country WHERE {
  ?e sem:hasActor ?p . ?p dg:holdsRole ?r . ?r schema:roleName ?title .
  OPTIONAL { ?r dg:roleCountry/schema:name ?country } }"""

# a participant's name as an article writes it, when it is one of the person's names
WRITTEN = """
SELECT ?a ?p ?name WHERE {
  ?a dg:writesName ?n . ?n dg:person ?p ; schema:name ?name .
  FILTER EXISTS { ?p schema:name|schema:alternateName ?known FILTER(LCASE(STR(?known)) = LCASE(STR(?name))) }
}"""

# a city's name as an article writes it, where the gazetteer's is another
WRITTEN_PLACES = """
SELECT ?a ?place ?name WHERE { ?a dg:writesName ?n . ?n dg:place ?place ; schema:name ?name }"""

SOURCES = """
SELECT ?e ?s ?quote ?start ?end ?caption ?inferred ?dateText ?a ?file ?url ?title ?published WHERE {
  ?e dg:eventType ?type ; prov:wasDerivedFrom ?s .
  ?s prov:value ?quote ; dg:start ?start ; dg:end ?end ; prov:wasQuotedFrom ?a .
  ?a dg:file ?file .
  OPTIONAL { ?s dg:inCaption ?caption }
  OPTIONAL { ?s dg:dateInferred ?inferred }
  OPTIONAL { ?s dg:dateText ?dateText }
  OPTIONAL { ?a schema:url ?url }
  OPTIONAL { ?a schema:headline ?title }
  OPTIONAL { ?a schema:datePublished ?published }
}"""


def _as_written(written: dict[tuple[str, str], str], articles: Iterable[str], node: str, canonical: str) -> str:
    """The name most of the event's articles write for a person or a city ("Sergey Lavrov", "S.
    Jaishankar" and "S Jaishankar" alike), else the graph's own: an event two articles tell, one of
    them with "Barrack Obama", is shown with the name the graph gives him."""
    forms = [written.get((a, node), canonical) for a in sorted(articles)]
    keys = [re.sub(r"\W", "", f.casefold()) for f in forms]
    (top, n), *rest = Counter(keys).most_common()
    if rest and n == rest[0][1]:
        return canonical
    return forms[keys.index(top)]


def _s(value) -> str | None:
    return None if value is None else str(value)


def iso_date(value) -> str:
    """A stored event date as its ISO string at its precision: "2023-02-03", "2022-06", "2007"
    (the lexical form of an xsd:date, xsd:gYearMonth or xsd:gYear literal, or a plain string)."""
    text = str(value).strip()
    m = re.match(r"-?\d{4}(?:-\d{2}(?:-\d{2})?)?", text)
    return m.group(0) if m else text


def best_date(dates: Iterable[str]) -> tuple[str | None, list[str]]:
    """The most precise date, and the dates that disagree with it (kept, not overwritten)."""
    dates = sorted(set(dates), key=lambda d: (-len(d), d))
    if not dates:
        return None, []
    best = dates[0]
    conflicts = [d for d in dates[1:] if not best.startswith(d)]
    return best, conflicts


def confidence(ev: dict) -> dict:
    """What the evidence says for an event read back from the store (``ingest.merge.confidence``
    on its sources), lowered when articles disagree on the date."""
    from diplograph.ingest import merge  # spaCy's types: loaded when events are read, not by every command

    evidence = tuple(
        Evidence(
            article=src["article"],
            file=src["file"],
            quote=src["quote"],
            start=src["start"],
            end=src["end"],
            caption=src["caption"],
            date_inferred=src["date_inferred"],
        )
        for src in ev["sources"]
    )
    record = Event(type=ev["type"], participants=(), evidence=evidence, date=ev["date"])
    out = merge.confidence(record)
    if ev["date_conflicts"]:
        out["score"] = round(max(0.05, out["score"] - 0.15), 2)
    out["date_conflict"] = bool(ev["date_conflicts"])
    return out


def _roles(store: GraphStore) -> dict[str, list[tuple[str, str | None]]]:
    roles: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    for row in store.query(ROLES):
        item = (str(row.title), _s(row.country))
        if item not in roles[str(row.p)]:
            roles[str(row.p)].append(item)
    return roles


SHORT_ID_HEX = 8
_EVENT_PREFIX = str(ID["event/"])


def short_id(iri: str, length: int = SHORT_ID_HEX) -> str:
    """The short form of an event id that tables print and users type: the first hex digits of
    its hash ("3fa9c1d2" for ``.../id/event/meet-3fa9c1d2...``); the full IRI is in the JSON output."""
    local = iri[len(_EVENT_PREFIX) :] if iri.startswith(_EVENT_PREFIX) else iri.rsplit("/", 1)[-1]
    return local.rpartition("-")[2][:length]


def short_ids(iris: Iterable[str]) -> dict[str, str]:
    """Short ids for these events, as long as needed (eight hex digits or more) for no two to share one."""
    iris = list(dict.fromkeys(iris))
    length = SHORT_ID_HEX
    while length < 16 and len({short_id(i, length) for i in iris}) < len(iris):
        length += 2
    return {i: short_id(i, length) for i in iris}


class UnknownEvent(LookupError):
    """An event id that names no event, or several; the message is for the user."""


def resolve_event(store: GraphStore, text: str) -> str:
    """The full IRI of the event a user names: its IRI, ``event/meet-...``, ``meet-3fa9c1d2`` or the
    start of its short id ("3fa9c1d2", "3fa9"); raises ``UnknownEvent`` when none or several match."""
    text = text.strip()
    if text.startswith(_EVENT_PREFIX):
        text = text[len(_EVENT_PREFIX) :]
    elif text.startswith("event/"):
        text = text[len("event/") :]
    if not text:
        raise UnknownEvent("no event id given")
    found = sorted(
        {
            str(row.e)
            for row in store.query("SELECT DISTINCT ?e WHERE { ?e dg:eventType ?t }")
            if str(row.e)[len(_EVENT_PREFIX) :].startswith(text) or str(row.e).rpartition("-")[2].startswith(text)
        }
    )
    if not found:
        raise UnknownEvent(f"no event {text!r} in the store (`diplograph meetings` lists the ids)")
    if len(found) > 1:
        raise UnknownEvent(
            f"{text!r} names {len(found)} events: "
            + ", ".join(e[len(_EVENT_PREFIX) :] for e in found[:5])
            + ("…" if len(found) > 5 else "")
            + "; type more of the id"
        )
    return found[0]


# The links an event is read along (EVENTS, ACTORS, ROLES, SOURCES): from the event to its people,
# host, place and sources, from a person to its roles and their country, from a place to its
# country, from a source to its article.  How an event reads depends on the triples of the nodes
# it reaches this way, in at most three steps, and on nothing else.
LINKS = (
    SEM.hasActor,
    DG.host,
    SEM.hasPlace,
    SDO.containedInPlace,
    DG.holdsRole,
    DG.roleCountry,
    PROV.wasDerivedFrom,
    PROV.wasQuotedFrom,
    DG.writesName,
)
STEPS = 3


def _reaching(graph: Graph, nodes: Iterable[Node]) -> set[Node]:
    """``nodes`` and every node that reaches one of them along ``LINKS`` (the events whose reading they change)."""
    seen = set(nodes)
    frontier = set(seen)
    for _ in range(STEPS):
        frontier = {s for n in frontier for link in LINKS for s in graph.subjects(link, n)} - seen
        seen |= frontier
    return seen


def neighbourhood(store: GraphStore, iris: Iterable[str | Node], raw: bool = False) -> GraphStore:
    """A small in-memory store with what reading these events needs: the triples of each event and
    of every node it reaches along ``LINKS`` (corrected unless ``raw``); ``all_events`` over it
    reads them as over the whole store."""
    graph = (store if raw else corrections.view(store)).graph
    out = open_store("memory:")
    seen: set[Node] = set()
    frontier: set[Node] = {URIRef(str(i)) for i in iris}
    for step in range(STEPS + 1):
        reached: set[Node] = set()
        for node in frontier:
            for s, p, o in graph.triples((node, None, None)):
                out.graph.add((s, p, o))
                if step < STEPS and p in LINKS:
                    reached.add(o)
        seen |= frontier
        frontier = reached - seen
    return out


def events_of(store: GraphStore, iris: Iterable[str], raw: bool = False) -> list[dict]:
    """The events with these IRIs (those a correction rejected left out unless ``raw``), read from
    their neighbourhood only, in the order of ``all_events``."""
    wanted = set(map(str, iris))
    return [ev for ev in all_events(neighbourhood(store, wanted, raw=raw), raw=True) if ev["id"] in wanted]


def _corrected_events(view: corrections.CorrectedStore) -> list[dict]:
    """Every event with the corrections applied: the store's own events, but for those the
    corrections' changes reach (``_reaching``), which are read again from the corrected view."""
    touched = _reaching(view.graph, view.changed())
    kept = [ev for ev in all_events(view.base, raw=True) if URIRef(ev["id"]) not in touched]
    again = [n for n in touched if (n, DG.eventType, None) in view.graph]
    return _in_order(kept + (events_of(view, map(str, again)) if again else []))


def _in_order(events: list[dict]) -> list[dict]:
    return sorted(events, key=lambda ev: (ev["date"] or "9999", ev["type"], ev["id"]))


def all_events(store: GraphStore, raw: bool = False) -> list[dict]:
    """Every event in the store, in the shared JSON format, ordered by date then type; with the
    corrections in force applied (``graph.corrections``) unless ``raw``."""
    if not raw:
        corrected = corrections.view(store)
        if isinstance(corrected, corrections.CorrectedStore):
            return _corrected_events(corrected)
    events: dict[str, dict] = {}
    dates: dict[str, set[str]] = defaultdict(set)
    for row in store.query(EVENTS):
        e = str(row.e)
        ev = events.setdefault(
            e,
            {
                "id": e,
                "type": str(row.type),
                "participants": [],
                "place": None,
                "venue": None,
                "date": None,
                "date_conflicts": [],
                "host": None,
                "cameo": _s(row.cameo),
                "plover": _s(row.plover),
                "plover_mode": _s(row.mode),
                "confidence": None,
                "sources": [],
            },
        )
        if row.date is not None:
            dates[e].add(iso_date(row.date))
        if row.venue is not None and not ev["venue"]:
            ev["venue"] = str(row.venue)
        if row.host is not None:
            ev["host"] = str(row.host)
        if row.place is not None and (ev["place"] is None or row.placeKind is None):
            kind = "country" if row.placeKind is not None else "city"
            ev["place"] = {
                "id": str(row.place),
                "name": str(row.placeName),
                "canonical": str(row.placeName),
                "country": str(row.placeName) if kind == "country" else _s(row.placeCountry),
                "kind": kind,
                "lat": float(row.lat) if row.lat is not None else None,
                "lon": float(row.lon) if row.lon is not None else None,
            }
    roles = _roles(store)
    for row in store.query(ACTORS):
        found = events.get(str(row.e))
        if found is None or any(p["id"] == str(row.p) for p in found["participants"]):
            continue
        ev = found
        person_roles = roles.get(str(row.p), [])
        ev["participants"].append(
            {
                "id": str(row.p),
                "name": str(row.name),
                "canonical": str(row.name),
                "roles": [f"{t} of {c}" if c else t for t, c in person_roles],
                "country": next((c for _, c in person_roles if c), None),
            }
        )
    seen: set[tuple[str, str, str]] = set()
    for row in store.query(SOURCES):
        # One entry per sentence and per file carrying it: a syndicated copy of an article
        # (the same text under another file name) is a source too.
        e, s = str(row.e), str(row.s)
        if e not in events or (e, s, str(row.file)) in seen:
            continue
        seen.add((e, s, str(row.file)))
        events[e]["sources"].append(
            {
                "article": str(row.a),
                "file": str(row.file),
                "url": _s(row.url),
                "title": _s(row.title),
                "published": _s(row.published),
                "quote": str(row.quote),
                "start": int(row.start),
                "end": int(row.end),
                "caption": row.caption is not None and bool(row.caption.toPython()),
                "date_inferred": row.inferred is not None and bool(row.inferred.toPython()),
                "date_text": _s(row.dateText),
            }
        )
    written = {(str(row.a), str(row.p)): str(row.name) for row in store.query(WRITTEN)}
    written.update({(str(row.a), str(row.place)): str(row.name) for row in store.query(WRITTEN_PLACES)})
    for e, ev in events.items():
        ev["date"], ev["date_conflicts"] = best_date(dates[e])
        ev["sources"].sort(key=lambda s: (s["file"], s["start"]))
        articles = {s["article"] for s in ev["sources"]}
        for p in ev["participants"]:  # each person named as the event's sources write them
            p["name"] = _as_written(written, articles, p["id"], p["canonical"])
        if ev["place"] is not None:  # and the city
            ev["place"]["name"] = _as_written(written, articles, ev["place"]["id"], ev["place"]["canonical"])
        ev["participants"].sort(key=lambda p: p["name"])
        ev["evidence"] = confidence(ev)
        ev["confidence"] = ev["evidence"]["score"]
    return _in_order(list(events.values()))


def meetings(
    store: GraphStore, person: str | None = None, types: Iterable[str] | None = None, raw: bool = False
) -> list[dict]:
    """Events filtered by a person's name (see ``participant_matches``) and by type (corrected unless ``raw``)."""
    wanted = set(types or [])
    out = []
    for ev in all_events(store, raw=raw):
        if wanted and ev["type"] not in wanted:
            continue
        if person and not any(participant_matches(person, p) for p in ev["participants"]):
            continue
        out.append(ev)
    return out
