"""Corrections: an analyst's fixes, kept as RDF in their own named graph and applied on reading.

A correction is a ``dg:Correction`` (a ``prov:Activity``) in the named graph
``https://w3id.org/diplograph/id/graph/corrections``, with who made it
(``prov:wasAssociatedWith`` a ``prov:Agent``), when (``prov:endedAtTime``), its verb and its
arguments; undoing one adds ``prov:invalidatedAtTime`` and keeps it in the history.

The default graph always holds what was extracted from the articles (the *raw* graph). Readers
see the *corrected view* (``view``, a ``CorrectedStore``): the raw graph with every correction in
force applied to it, in the order they were made, through an overlay that records what they
remove and add (nothing is copied). With no correction in force the view is the store itself.
See docs/corrections.md for what each verb does and its limits.

Verbs and their arguments (``subject``, ``object``):

* ``same-person A B``: person B is person A (B's statements move to A, B's names become A's other names);
* ``not-same-person A B``: the names A and B are two people (cancels an earlier ``same-person``; a
  person that carries both names is split, its events going by the name their sentences use);
* ``alias NAME PERSON``: NAME is another name of PERSON (a stored person of that name joins PERSON);
* ``reject EVENT``: the event is not a real one; it leaves every answer, picture and export;
* ``set-date EVENT DATE``: the event's date is DATE (YYYY, YYYY-MM or YYYY-MM-DD);
* ``set-place EVENT PLACE``: the event's place is PLACE (a city, a country, or a venue with its city).
"""

from __future__ import annotations

import getpass
import hashlib
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, ClassVar

from rdflib import Graph, Literal, URIRef
from rdflib.store import Store
from rdflib.term import Identifier, Node

from diplograph.graph import model
from diplograph.graph.store import GraphStore, StoreError
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


def _names(g: Graph, person: Node, other_names: bool = True) -> list[Node]:
    names = list(g.objects(person, SDO.name))
    return names + list(g.objects(person, SDO.alternateName)) if other_names else names


def _called(g: Graph, name: str, other_names: bool = False) -> set[Node]:
    """The persons whose name (with ``other_names``, or another name) is ``name``, case, accents and
    punctuation aside: found through the name index written at ingest (``dg:nameKey``); every name
    is read only when the index has no entry (a store written before it)."""
    key = fold(name)
    if not key:
        return set()
    found = set(g.subjects(DG.nameKey, Literal(key)))
    if not found:
        preds = (SDO.name, SDO.alternateName) if other_names else (SDO.name,)
        found = {p for pred in preds for p, n in g.subject_objects(pred) if fold(str(n)) == key}
    return {
        p
        for p in found
        if (p, RDF.type, SDO.Person) in g and any(fold(str(n)) == key for n in _names(g, p, other_names))
    }


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


def _events_of(g: Graph, persons: set[Node]) -> set[Node]:
    return {e for p in persons for e in g.subjects(SEM.hasActor, p) if (e, DG.eventType, None) in g}


def _merge_same_events(g: Graph, persons: set[Node]) -> None:
    """Once people are merged (or split), events of theirs that now have the same type, participants
    and date (and, for a visit, place) are one event, as ingest would have made them: their sources
    are joined.  Only these persons' events can have come to match."""
    groups: dict[tuple, list[Node]] = {}
    for e in _events_of(g, persons):
        kind = str(g.value(e, DG.eventType))
        where = tuple(sorted(map(str, g.objects(e, SEM.hasPlace)))) if kind == "visit" else ()
        key = (
            kind,
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


def _reject(g: Graph, event: Node) -> None:
    """Leave the event out, with every link to it and the source sentences no other event cites."""
    sources = set(g.objects(event, PROV.wasDerivedFrom))
    g.remove((event, None, None))
    g.remove((None, None, event))
    for s in sources:
        if (None, PROV.wasDerivedFrom, s) not in g:
            g.remove((s, None, None))


def _says(quote: str, name: str) -> bool:
    """Whether a sentence (folded) names ``name`` in whole words."""
    key = fold(name)
    return bool(key) and f" {key} " in f" {quote} "


def _split(g: Graph, person: Node, name: str) -> Node | None:
    """Split ``name``, another name of ``person``, off into a person of its own.

    ``name`` stops being one of ``person``'s names.  The events whose source sentences name it
    ``name`` and never by one of its other names move to the person of that name (the IRI a new
    article naming them so is given at ingest); the events that name it otherwise, or not at all,
    stay.  Titles stay with ``person``: which mention gave which cannot be told.  Returns the new
    person when some event moved."""
    key = fold(name)
    for n in list(g.objects(person, SDO.alternateName)):
        if fold(str(n)) == key:
            g.remove((person, SDO.alternateName, n))
    others = [str(n) for n in _names(g, person)]
    for k in model.name_keys(name) - model.name_keys(*others):
        g.remove((person, DG.nameKey, Literal(k)))
    new = model.person_iri(name)
    moved = []
    for e in sorted(_events_of(g, {person}), key=str):
        quotes = [fold(str(q)) for s in g.objects(e, PROV.wasDerivedFrom) for q in g.objects(s, PROV.value)]
        if any(_says(q, name) for q in quotes) and not any(_says(q, o) for q in quotes for o in others):
            moved.append(e)
    if not moved or new == person:
        return None
    if (new, RDF.type, SDO.Person) not in g:
        g.add((new, RDF.type, SDO.Person))
        g.add((new, RDF.type, SEM.Actor))
        g.add((new, SDO.name, Literal(name)))
        for k in model.name_keys(name):
            g.add((new, DG.nameKey, Literal(k)))
    for e in moved:
        for link in (SEM.hasActor, DG.host):
            if (e, link, person) in g:
                g.remove((e, link, person))
                g.add((e, link, new))
    return new


def _repair_pairs(g: Graph, events: set[Node], pairs: set[Node]) -> None:
    """The meeting pairs of ``events`` as ingest writes them (``model.pair_triples``) for the events
    as they now are, and the summaries and lists of every pair touched, ``pairs`` included (those
    of rejected events); a pair left without meetings is left out."""
    pairs = set(pairs)
    for e in events:
        for pair in list(g.subjects(DG.pairEvent, e)):
            g.remove((pair, DG.pairEvent, e))
            pairs.add(pair)
    for e in events:
        if isinstance(e, URIRef) and (e, DG.eventType, Literal("meet")) in g:
            for t in model.pair_triples(e, [a for a in g.objects(e, SEM.hasActor) if isinstance(a, URIRef)]):
                g.add(t)
                pairs.add(t[0])
    relist_pairs(g, pairs)


def relist_pairs(g: Graph, pairs: Iterable[Node]) -> None:
    """What the writer's ``GraphStore.refresh_pairs`` does, on a graph read and written triple by
    triple (the corrections' overlay): the summaries and lists of ``pairs`` from their links as they
    now are, each list they leave or join sized again, and the empty ones left out."""
    lists: set[Node] = set()
    for pair in pairs:
        for listed in list(g.subjects(SDO.itemListElement, pair)):
            lists.add(listed)
            g.remove((listed, SDO.itemListElement, pair))
        g.remove((pair, DG.meetingCount, None))
        g.remove((pair, DG.lastMet, None))
        members = sorted({m for m in g.objects(pair, DG.pairMember) if isinstance(m, URIRef)}, key=str)
        met = set(g.objects(pair, DG.pairEvent))
        if not met:
            g.remove((pair, None, None))
            continue
        if len(members) != 2 or not isinstance(pair, URIRef):
            continue
        dates = [str(d) for e in met for d in g.objects(e, SEM.hasTimeStamp)]
        summary = model.PairSummary(pair, (members[0], members[1]), len(met), max(dates, default=None))
        for t in model.pair_list_triples(summary):
            g.add(t)
            if t[1] == SDO.itemListElement:
                lists.add(t[0])
    for listed in lists:
        g.remove((listed, SDO.numberOfItems, None))
        size = sum(1 for _ in g.triples((listed, SDO.itemListElement, None)))
        if not size:
            g.remove((listed, None, None))
        elif model.sized(listed):
            g.add((listed, SDO.numberOfItems, Literal(size)))


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


def apply(g: Graph, corrections: list[Correction]) -> list[Correction]:
    """Apply corrections (oldest first) to ``g`` in place (the raw graph under a ``CorrectedStore``'s
    overlay, or a copy of it); returns those that found nothing to apply to (an event or person no
    longer in the graph under the IRI they name)."""
    cancelled = cancelled_ids(corrections)
    skipped: list[Correction] = []
    events: set[Node] = set()  # events whose meeting pairs may have changed
    pairs: set[Node] = set()  # pairs of rejected events
    people: set[Node] = set()  # persons merged or split
    for c in corrections:
        if c.id in cancelled:
            continue
        subject = URIRef(c.subject) if c.subject.startswith("http") else None
        is_event = subject is not None and (subject, DG.eventType, None) in g
        if c.verb in EVENT_VERBS and not is_event:
            skipped.append(c)
        elif c.verb == "reject" and subject is not None:
            pairs.update(g.subjects(DG.pairEvent, subject))
            _reject(g, subject)
        elif c.verb == "set-date" and subject is not None and c.object:
            g.remove((subject, SEM.hasTimeStamp, None))
            g.add((subject, SEM.hasTimeStamp, model.date_literal(c.object)))
            g.add((subject, DG.correctedBy, c.iri))
            events.add(subject)
        elif c.verb == "set-place" and subject is not None and c.place:
            g.remove((subject, SEM.hasPlace, None))
            g.remove((subject, DG.venue, None))
            for t in model.place_triples(c.place):
                g.add(t)
            g.add((subject, SEM.hasPlace, model.place_iri(c.place)))
            if c.venue:
                g.add((subject, DG.venue, Literal(c.venue)))
            g.add((subject, DG.correctedBy, c.iri))
        elif c.verb == "same-person":
            gone = URIRef(c.object) if c.object and c.object.startswith("http") else None
            if subject is None or gone is None or not all((x, RDF.type, SDO.Person) in g for x in (subject, gone)):
                skipped.append(c)  # a person moved to another IRI since is left alone
                continue
            _merge_node(g, subject, gone, names=True)
            people.add(subject)
        elif c.verb == "alias" and c.object and c.object.startswith("http"):
            keep = URIRef(c.object)
            if (keep, RDF.type, SDO.Person) not in g:
                skipped.append(c)
                continue
            for other in _called(g, c.subject_text) - {keep}:
                _merge_node(g, keep, other, names=True)
                people.add(keep)
            g.add((keep, SDO.alternateName, Literal(c.subject_text)))
            for k in model.name_keys(c.subject_text):
                g.add((keep, DG.nameKey, Literal(k)))
        elif c.verb == "not-same-person":
            a, b = c.subject_text, c.object_text or ""
            for person in sorted(_called(g, a, other_names=True) & _called(g, b, other_names=True), key=str):
                own = {fold(str(n)) for n in g.objects(person, SDO.name)}
                name = a if fold(b) in own else b  # the person keeps its own name; the other goes
                if fold(name) in own:
                    continue
                new = _split(g, person, name)
                if new is not None:
                    people.update((person, new))
    if people:
        _merge_same_events(g, people)
        events |= {e for p in people for pair in g.subjects(DG.pairMember, p) for e in g.objects(pair, DG.pairEvent)}
        events |= _events_of(g, people)
    if events or pairs:
        _repair_pairs(g, events, pairs)
    return skipped


class _Overlay(Store):
    """An rdflib store over a raw graph with the corrections' changes on top, copying nothing: a read
    gives the raw graph's triples less those removed plus those added, and a write (by ``apply``)
    only records a change."""

    def __init__(self, base: Graph) -> None:
        super().__init__()
        self.base = base
        self.removed: set[model.Triple] = set()
        self.added = Graph()

    def triples(self, triple_pattern: Any, context: Any = None) -> Iterator[Any]:
        for t in self.base.triples(triple_pattern):
            if t not in self.removed:
                yield t, iter(())
        for t in self.added.triples(triple_pattern):
            yield t, iter(())

    def __len__(self, context: Any = None) -> int:
        return len(self.base) - len(self.removed) + len(self.added)

    def add(self, triple: Any, context: Any = None, quoted: bool = False) -> None:
        if triple in self.removed:
            self.removed.discard(triple)
        elif triple not in self.added and triple not in self.base:
            self.added.add(triple)

    def remove(self, triple: Any, context: Any = None) -> None:
        for t, _ in list(self.triples(triple)):
            if t in self.added:
                self.added.remove(t)
            else:
                self.removed.add(t)

    def bind(self, prefix: str, namespace: Any, override: bool = True) -> None:
        self.added.store.bind(prefix, namespace, override)

    def namespace(self, prefix: str) -> Any:
        return self.added.store.namespace(prefix)

    def prefix(self, namespace: Any) -> Any:
        return self.added.store.prefix(namespace)

    def namespaces(self) -> Iterator[Any]:
        return self.added.store.namespaces()


class CorrectedStore(GraphStore):
    """The corrected view of a store: its default graph as extracted with the corrections in force
    applied, never written back.

    Nothing is copied to make it: ``apply`` runs over an overlay that records what the corrections
    remove and add (``removed``, ``added``), so pattern reads (``triples``, ``graph``), the export and
    the events (``queries.events``, which reads the raw store and only the events the changes reach)
    cost what they cost on the store itself.  SPARQL needs the whole corrected graph in one store:
    the first question (``query``) makes it once, an in-memory Oxigraph copy (``native``), with the
    corrections' named graph beside it."""

    kind: ClassVar[str] = "corrected"

    def __init__(self, base: GraphStore, made: list[Correction]) -> None:
        self.base = base
        self.made = made
        self.overlay = _Overlay(base.graph)
        super().__init__(Graph(store=self.overlay), base.spec)
        self.skipped = apply(self.graph, made)
        self._native: GraphStore | None = None

    @property
    def removed(self) -> set[model.Triple]:
        return self.overlay.removed

    @property
    def added(self) -> Graph:
        return self.overlay.added

    def changed(self) -> set[Node]:
        """The nodes whose own triples the corrections change."""
        return {s for s, _, _ in self.overlay.removed} | set(self.overlay.added.subjects())

    def native(self) -> GraphStore:
        """The corrected graph as an in-memory Oxigraph store (made on first use, then kept)."""
        if self._native is None:
            import pyoxigraph as ox

            from diplograph.graph.oxstore import quad
            from diplograph.graph.store_embedded import EmbeddedStore

            copy = ox.Store()
            raw = getattr(self.base, "oxigraph", None)
            if isinstance(raw, ox.Store):
                copy.bulk_extend(raw.quads_for_pattern(None, None, None, ox.DefaultGraph()))
            else:
                copy.bulk_extend(quad(*t) for t in self.base.triples())
            for t in self.overlay.removed:
                copy.remove(quad(*t))
            copy.extend(quad(*t) for t in self.overlay.added)
            name = ox.NamedNode(str(GRAPH))
            copy.extend(ox.Quad(q.subject, q.predicate, q.object, name) for q in (quad(*t) for t in _graph(self.base)))
            self._native = EmbeddedStore(self.spec, read_only=True, native=copy)
        return self._native

    def query(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> Any:
        return self.native().query(sparql, bindings)

    def graph_names(self) -> set[str]:
        return self.base.graph_names() | {str(GRAPH)}

    def add_atomic(self, triples: Iterable[model.Triple]) -> int:
        raise StoreError("the corrected view is read-only: ingest into the store itself")

    def close(self) -> None:
        if self._native is not None:
            self._native.close()
            self._native = None


def view(store: GraphStore, corrections: list[Correction] | None = None) -> GraphStore:
    """The corrected view of ``store``: the store itself when no correction is in force (or when it
    is a view already), else a ``CorrectedStore`` over it."""
    if isinstance(store, CorrectedStore):
        return store
    corrections = in_force(store) if corrections is None else corrections
    if not corrections:
        return store
    return CorrectedStore(store, corrections)


def copy_into(store: GraphStore, target: Graph) -> int:
    """Add the corrections graph's triples to ``target`` (a graph of a Dataset, for a TriG export)."""
    n = 0
    for t in _graph(store).triples((None, None, None)):
        target.add(t)
        n += 1
    return n


__all__ = [
    "GRAPH",
    "VERBS",
    "Correction",
    "CorrectedStore",
    "CorrectionError",
    "add",
    "apply",
    "in_force",
    "read",
    "undo",
    "view",
]
