"""Corrections: an analyst's fixes, kept as RDF in their own named graph and applied on reading.

A correction is a ``dg:Correction`` (a ``prov:Activity``) in the named graph
``https://w3id.org/diplograph/id/graph/corrections``, with who made it
(``prov:wasAssociatedWith`` a ``prov:Agent``), when (``prov:endedAtTime``), its verb and its
arguments; undoing one adds ``prov:invalidatedAtTime`` and keeps it in the history.

The default graph always holds what was extracted from the articles (the *raw* graph). Readers
see the *corrected view* (``view``): a copy of the raw graph in memory with every correction in
force applied to it, in the order they were made. With no correction in force the view is the
store itself (nothing is copied). See docs/corrections.md for what each verb does and its limits.

Verbs and their arguments (``subject``, ``object``):

* ``same-person A B``: person B is person A (B's statements move to A, B's names become A's other names);
* ``not-same-person A B``: the names A and B are two people (cancels an earlier ``same-person``);
* ``alias NAME PERSON``: NAME is another name of PERSON (a stored person of that name joins PERSON);
* ``reject EVENT``: the event is not a real one; it leaves every answer, picture and export;
* ``set-date EVENT DATE``: the event's date is DATE (YYYY, YYYY-MM or YYYY-MM-DD);
* ``set-place EVENT PLACE``: the event's place is PLACE (a city, a country, or a venue with its city).
"""

from __future__ import annotations

import getpass
import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from diplograph.graph import model
from diplograph.graph.store import GraphStore, open_store
from diplograph.graph.vocab import DG, ID, PROV, RDF, SDO, SEM, XSD
from diplograph.ingest.records import Place, fold

GRAPH = ID["graph/corrections"]
VERBS = ("same-person", "not-same-person", "alias", "reject", "set-date", "set-place")
EVENT_VERBS = ("reject", "set-date", "set-place")


class CorrectionError(ValueError):
    """A correction that cannot be made (unknown event or person, bad date); the message is for the user."""


@dataclass(frozen=True)
class Correction:
    """One correction as stored: its short id, verb, arguments, author and time."""

    id: str
    verb: str
    subject: str  # an event or person IRI, or a name (alias NAME, not-same-person names)
    object: str | None  # a person IRI, a name, a date or a place IRI
    subject_text: str  # what the user typed
    object_text: str | None
    agent: str
    time: str  # ISO date and time, UTC
    undone: str | None = None  # when it was undone
    note: str | None = None
    place: Place | None = None  # set-place: the place, as the gazetteer gave it
    venue: str | None = None  # set-place to a venue: its name (the place is its city)

    @property
    def iri(self) -> URIRef:
        return ID[f"correction/{self.id}"]

    def describe(self) -> str:
        """The correction in one line, as the user would type it."""
        words = [self.verb, self.subject_text] + ([self.object_text] if self.object_text else [])
        return " ".join(f'"{w}"' if " " in w else w for w in words)


def _graph(store: GraphStore) -> Graph:
    """The corrections' named graph, over the store's own rdflib store (read and written in place)."""
    return Graph(store=store.graph.store, identifier=GRAPH)


def _term(value: str) -> Node:
    return URIRef(value) if value.startswith(("http://", "https://")) else Literal(value)


def read(store: GraphStore) -> list[Correction]:
    """Every correction in the store, in the order made (undone ones too, with ``undone`` set)."""
    g = _graph(store)
    out = []
    for c in set(g.subjects(RDF.type, DG.Correction)):

        def one(p: URIRef, c: Node = c) -> str | None:
            value = g.value(c, p)
            return None if value is None else str(value)

        place = None
        pl = g.value(c, DG.object)
        if one(DG.verb) == "set-place" and pl is not None:
            lat, lon = g.value(pl, SDO.latitude), g.value(pl, SDO.longitude)
            country = g.value(pl, SDO.containedInPlace)
            place = Place(
                str(g.value(pl, SDO.name)),
                kind=str(g.value(pl, DG.placeKind) or "city"),
                country=str(g.value(country, SDO.name)) if country is not None else None,
                lat=float(str(lat)) if lat is not None else None,
                lon=float(str(lon)) if lon is not None else None,
            )
        agent = g.value(c, PROV.wasAssociatedWith)
        out.append(
            Correction(
                id=str(c).rsplit("/", 1)[-1],
                verb=one(DG.verb) or "",
                subject=one(DG.subject) or "",
                object=one(DG.object),
                subject_text=one(DG.subjectText) or "",
                object_text=one(DG.objectText),
                agent=str(g.value(agent, SDO.name) or agent) if agent is not None else "",
                time=one(PROV.endedAtTime) or "",
                undone=one(PROV.invalidatedAtTime),
                note=one(DG.note),
                place=place,
                venue=one(DG.venue),
            )
        )
    return sorted(out, key=lambda c: (c.time, c.id))


def in_force(store: GraphStore) -> list[Correction]:
    """The corrections not undone, oldest first."""
    return [c for c in read(store) if c.undone is None]


def _now() -> str:
    return datetime.now(UTC).isoformat()  # microseconds: corrections made in one second keep their order


def default_agent() -> str:
    """Who makes a correction when nobody is named: the login name."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (a container's user without a passwd entry)
        return "unknown"


def add(
    store: GraphStore,
    verb: str,
    subject: str,
    obj: str | None,
    subject_text: str,
    object_text: str | None,
    agent: str | None = None,
    note: str | None = None,
    place: Place | None = None,
    venue: str | None = None,
) -> Correction:
    """Store one correction (arguments already resolved, see ``diplograph.correcting``); returns it."""
    if verb not in VERBS:
        raise CorrectionError(f"unknown correction {verb!r}; the corrections are: {', '.join(VERBS)}")
    when, who = _now(), agent or default_agent()
    ident = hashlib.sha256("\x1f".join([verb, subject, obj or "", when, who]).encode()).hexdigest()[:8]
    c = Correction(
        id=ident,
        verb=verb,
        subject=subject,
        object=obj,
        subject_text=subject_text,
        object_text=object_text,
        agent=who,
        time=when,
        note=note,
        place=place,
        venue=venue,
    )
    person = ID[f"agent/{re.sub(r'[^A-Za-z0-9_.-]+', '-', who) or 'unknown'}"]
    triples: list[model.Triple] = [
        (c.iri, RDF.type, DG.Correction),
        (c.iri, RDF.type, PROV.Activity),
        (c.iri, DG.verb, Literal(verb)),
        (c.iri, DG.subject, _term(subject)),
        (c.iri, DG.subjectText, Literal(subject_text)),
        (c.iri, PROV.wasAssociatedWith, person),
        (person, RDF.type, PROV.Agent),
        (person, SDO.name, Literal(who)),
        (c.iri, PROV.endedAtTime, Literal(when, datatype=XSD.dateTime)),
    ]
    if obj is not None:
        triples.append((c.iri, DG.object, _term(obj)))
    if object_text is not None:
        triples.append((c.iri, DG.objectText, Literal(object_text)))
    if note:
        triples.append((c.iri, DG.note, Literal(note)))
    if venue:
        triples.append((c.iri, DG.venue, Literal(venue)))
    if place is not None:
        triples.extend(model.place_triples(place))
        triples.append((model.place_iri(place), DG.placeKind, Literal(place.kind)))
    if subject.startswith("http") and verb in EVENT_VERBS:
        triples.append((c.iri, PROV.used, URIRef(subject)))
    g = _graph(store)
    for t in triples:
        g.add(t)
    return c


def undo(store: GraphStore, ident: str) -> Correction:
    """Undo the correction with this id (or a unique start of it): it stays in the history, marked undone."""
    found = [c for c in read(store) if c.id.startswith(ident.strip().lower())] if ident.strip() else []
    if not found:
        raise CorrectionError(f"no correction {ident!r} (diplograph correct --list shows them)")
    if len(found) > 1:
        raise CorrectionError(f"{ident!r} names several corrections: {', '.join(c.id for c in found)}")
    c = found[0]
    if c.undone:
        raise CorrectionError(f"correction {c.id} was undone already ({c.undone})")
    g = _graph(store)
    g.add((c.iri, PROV.invalidatedAtTime, Literal(_now(), datatype=XSD.dateTime)))
    return c


# -- applying -------------------------------------------------------------------------------------


def _persons_named(g: Graph, name: str) -> set[Node]:
    key = fold(name)
    return {p for p, n in g.subject_objects(SDO.name) if fold(str(n)) == key and (p, RDF.type, SDO.Person) in g}


def _merge_node(g: Graph, keep: Node, gone: Node, names: bool = False) -> None:
    """Move everything said about ``gone`` to ``keep``; with ``names``, ``gone``'s names become other
    names of ``keep`` (a person)."""
    if keep == gone:
        return
    for p, o in list(g.predicate_objects(gone)):
        g.remove((gone, p, o))
        if names and p == SDO.name:
            g.add((keep, SDO.alternateName, o))
        else:
            g.add((keep, p, o))
    for s, p in list(g.subject_predicates(gone)):
        g.remove((s, p, gone))
        g.add((s, p, keep))


def _merge_person(g: Graph, keep: Node, gone: Node) -> None:
    _merge_node(g, keep, gone, names=True)


def _merge_same_events(g: Graph) -> None:
    """Once people are merged, events that now have the same type, participants and date (and, for a
    visit, place) are one event, as ingest would have made them: their sources are joined."""
    groups: dict[tuple, list[Node]] = {}
    for e, kind in g.subject_objects(DG.eventType):
        where = tuple(sorted(map(str, g.objects(e, SEM.hasPlace)))) if str(kind) == "visit" else ()
        key = (
            str(kind),
            tuple(sorted(map(str, g.objects(e, SEM.hasActor)))),
            tuple(sorted(str(d) for d in g.objects(e, SEM.hasTimeStamp))),
            where,
        )
        groups.setdefault(key, []).append(e)
    for key, same in groups.items():
        if len(same) > 1 and key[1] and key[2]:
            keep, *others = sorted(same, key=str)
            for gone in others:
                _merge_node(g, keep, gone)


def cancelled_ids(corrections: list[Correction]) -> set[str]:
    """Ids of same-person corrections that a later not-same-person for the same two cancels."""
    out: set[str] = set()
    for i, c in enumerate(corrections):
        if c.verb != "same-person":
            continue
        pair = {fold(c.subject_text), fold(c.object_text or "")}
        for later in corrections[i + 1 :]:
            if later.verb == "not-same-person" and {fold(later.subject_text), fold(later.object_text or "")} == pair:
                out.add(c.id)
    return out


def apply(g: Graph, corrections: list[Correction]) -> None:
    """Apply corrections (oldest first) to ``g`` in place, a copy of the raw graph."""
    cancelled = cancelled_ids(corrections)
    merged = False
    for c in corrections:
        if c.id in cancelled:
            continue
        subject = URIRef(c.subject) if c.subject.startswith("http") else None
        if c.verb == "reject" and subject is not None:
            for t in list(g.triples((subject, None, None))) + list(g.triples((None, None, subject))):
                g.remove(t)
        elif c.verb == "set-date" and subject is not None and (subject, DG.eventType, None) in g and c.object:
            g.remove((subject, SEM.hasTimeStamp, None))
            g.add((subject, SEM.hasTimeStamp, model.date_literal(c.object)))
            g.add((subject, DG.correctedBy, c.iri))
        elif c.verb == "set-place" and subject is not None and (subject, DG.eventType, None) in g and c.place:
            g.remove((subject, SEM.hasPlace, None))
            g.remove((subject, DG.venue, None))
            for t in model.place_triples(c.place):
                g.add(t)
            g.add((subject, SEM.hasPlace, model.place_iri(c.place)))
            if c.venue:
                g.add((subject, DG.venue, Literal(c.venue)))
            g.add((subject, DG.correctedBy, c.iri))
        elif c.verb == "same-person" and subject is not None and c.object and c.object.startswith("http"):
            if (subject, RDF.type, SDO.Person) in g:  # a person moved to another IRI since is left alone
                _merge_person(g, subject, URIRef(c.object))
                merged = True
        elif c.verb == "alias" and c.object and c.object.startswith("http"):
            person = URIRef(c.object)
            if (person, RDF.type, SDO.Person) in g:
                for other in _persons_named(g, c.subject_text) - {person}:
                    _merge_person(g, person, other)
                    merged = True
                g.add((person, SDO.alternateName, Literal(c.subject_text)))
        elif c.verb == "not-same-person":
            a, b = fold(c.subject_text), fold(c.object_text or "")
            for p, n in list(g.subject_objects(SDO.alternateName)):
                names = {fold(str(x)) for x in g.objects(p, SDO.name)}
                if (fold(str(n)) == b and a in names) or (fold(str(n)) == a and b in names):
                    g.remove((p, SDO.alternateName, n))
    if merged:
        _merge_same_events(g)


def view(store: GraphStore, corrections: list[Correction] | None = None) -> GraphStore:
    """The corrected view of ``store``: the store itself when no correction is in force, else an
    in-memory copy of its default graph with the corrections applied (never written back)."""
    corrections = in_force(store) if corrections is None else corrections
    if not corrections:
        return store
    out = open_store("memory:")
    out.graph.addN((s, p, o, out.graph) for s, p, o in store.graph.triples((None, None, None)))
    apply(out.graph, corrections)
    return out


def copy_into(store: GraphStore, target: Graph) -> int:
    """Add the corrections graph's triples to ``target`` (a graph of a Dataset, for a TriG export)."""
    n = 0
    for t in _graph(store).triples((None, None, None)):
        target.add(t)
        n += 1
    return n


__all__ = ["GRAPH", "VERBS", "Correction", "CorrectionError", "add", "apply", "in_force", "read", "undo", "view"]
