"""The one interface every store backend has, and what all of them share.

A backend is a class in its own module (``store_embedded``, ``store_memory``, ``store_remote``),
built once by the factory in ``graph/store.py`` from the ``--store`` value; code above it never
asks which backend it has.  A backend gives:

* ``query(sparql, bindings)``: a SPARQL query, parameters bound as RDF terms;
* ``add_atomic(triples)``: triples added in one transaction (all or nothing), returning how many were new;
* ``graph_names()``: the IRIs of the store's named graphs;
* ``graph``: an rdflib ``Graph`` over the store's default graph (export, pattern reads, updates);
* ``storage_error(exc)``: a one-line ``StoreError`` when ``exc`` is a failure of the store itself;
* ``reopen()`` (optional): let go of what a long run of writes gathered in memory;
* ``close()``.

On top of these, ``GraphStore`` writes an article's extraction (``write``) and reads back what a
new run needs (stored people, stored events like a new one, whether an article is stored).
Deciding that a stored event and a new one are the same real-world event is extraction's job
(``ingest/merge.py``): ``write`` takes that decision as a function (``join``), so this layer
imports only the record types from ``ingest/``.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, ClassVar, NamedTuple

from rdflib import Graph, Literal, URIRef
from rdflib.term import Identifier, Node

from diplograph.graph import model
from diplograph.graph.vocab import DG, PREFIXES, RDF, SDO
from diplograph.ingest.records import Event, Evidence, Extraction, Place

PREFIX_IRIS = {prefix: str(ns) for prefix, ns in PREFIXES.items()}
TriplePattern = tuple[Node | None, Node | None, Node | None]


class StoreError(Exception):
    """A store that cannot be opened or used; the message is meant for the user."""


class StoreBusy(StoreError):
    """Another process holds the store for writing."""


@dataclass
class WriteResult:
    """What writing one article changed."""

    triples_added: int
    events: int
    merged: int  # events that joined an event already in the store
    already_stored: bool = False  # the same article text was stored before (a re-run or a syndicated copy)


class StoredEvent(NamedTuple):
    """An event the store holds, as a record: its IRI, and what a join decision needs (type,
    participants, date, place, and its sources' flags as one summary piece of evidence)."""

    iri: URIRef
    event: Event


# Given a new event and the stored events of its type with its participants, the stored event it
# is the same real-world event as (and the new event as it is to be written), or None.
EventJoin = Callable[[Event, Sequence[StoredEvent]], "tuple[URIRef, Event] | None"]


class GraphStore(ABC):
    """A store backend: the few operations diplograph needs (see the module docstring)."""

    kind: ClassVar[str] = ""  # a name for people and benchmarks ("oxigraph", "memory", "sparql"); never dispatched on

    def __init__(self, graph: Graph, spec: str) -> None:
        self.graph = graph
        self.spec = spec
        for prefix, ns in PREFIXES.items():
            graph.bind(prefix, ns, override=True)

    # -- what each backend gives ------------------------------------------------------------
    @abstractmethod
    def add_atomic(self, triples: Iterable[model.Triple]) -> int:
        """Add triples in one transaction; returns how many were new."""

    def query(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> Any:
        """Run a SPARQL query; parameters are bound as RDF terms, never pasted into the text.

        The answer is an rdflib ``Result``; it is typed ``Any`` because its rows are read by
        variable name (``row.name``), which rdflib's own annotations do not allow for."""
        return self.graph.query(sparql, initNs=PREFIX_IRIS, initBindings=dict(bindings or {}))

    def graph_names(self) -> set[str]:
        """The IRIs of the store's named graphs (diplograph writes none: everything is in the default graph)."""
        return set()

    def triples(self, pattern: TriplePattern = (None, None, None)) -> Iterator[model.Triple]:
        """The stored triples that match ``pattern`` (``None`` matches anything)."""
        return self.graph.triples(pattern)

    def storage_error(self, exc: BaseException) -> StoreError | None:
        """A one-line error when ``exc`` is a failure of the store itself (not of some other file).

        The store's own failures are plain ``OSError``s without an errno; a file of the user's
        (say an output file) raises a subclass with one."""
        if type(exc) is OSError and exc.errno is None:
            first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            return StoreError(f"store {self.spec} failed: {first}")
        return None

    def reopen(self) -> None:
        """Let go of what an open connection has gathered over a long run of writes, keeping what
        is stored (the embedded store closes its database and opens it again; others need not)."""
        return None

    def close(self) -> None:
        """Release the store."""
        try:
            self.graph.close()
        except Exception:
            pass

    # -- shared by every backend --------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.graph)

    def __contains__(self, triple: Any) -> bool:
        return triple in self.graph

    def has_article(self, key: str) -> bool:
        """Whether the article with this key (``Article.key``, a hash of its text) is stored."""
        return (model.article_iri(key), RDF.type, SDO.NewsArticle) in self.graph

    def has_event(self, iri: URIRef) -> bool:
        """Whether an event with this IRI is stored."""
        return (iri, DG.eventType, None) in self.graph

    def write(self, extraction: Extraction, join: EventJoin | None = None) -> WriteResult:
        """Write one article's extraction in one transaction, joining events already stored.

        An event whose own IRI is stored joins that event.  With ``join`` (``ingest.merge.join_stored``
        in diplograph), each other event is offered the stored events of its type with its
        participants (``stored_events``), and joins the one ``join`` picks; never one that another
        event of the same article has joined (the article told the two apart: "met in March 2006"
        and "met on 17 July" do not both join a meeting another story dates only "in 2006").

        An article whose text is already stored (a re-run, or a syndicated copy under another file
        name) is not extracted into the graph again: only the name of the file it was read from is
        added, so every file that carries the story stays among its sources.
        """
        article = extraction.article
        if self.has_article(article.key):
            added = self.add_atomic([(model.article_iri(article), DG.file, Literal(article.file))])
            return WriteResult(triples_added=added, events=0, merged=0, already_stored=True)
        iris: dict[int, URIRef] = {}
        events = list(extraction.events)
        for i, (event, own) in enumerate(zip(events, model.own_event_iris(events), strict=True)):
            if self.has_event(own):
                iris[i] = own  # stored under the same IRI already: joined as it is
                continue
            if join is None:
                continue
            taken = set(iris.values())
            found = join(event, [stored for stored in self.stored_events(event) if stored.iri not in taken])
            if found is not None:
                iris[i], events[i] = found
        if any(e is not o for e, o in zip(events, extraction.events, strict=True)):
            extraction = replace(extraction, events=tuple(events))
        added = self.add_atomic(model.extraction_triples(extraction, iris))
        self.refresh_pairs(model.meeting_pairs(extraction))
        return WriteResult(triples_added=added, events=len(extraction.events), merged=len(iris))

    def refresh_pairs(self, pairs: Iterable[URIRef] | None = None) -> None:
        """Bring the summaries and lists of ``pairs`` (``model.pair_list_triples``) up to date with
        their links, in one update; with ``None``, every pair's, written afresh (a store whose
        pairs were written by a program that stores extraction triples itself, or by an earlier
        version).  ``write`` does it for the pairs of each article's meetings."""
        if pairs is None:
            self.graph.update(model.UNLIST_PAIRS)
            state = model.pair_state((), self.query(model.pair_state_query(None)))
            self.add_atomic(model.pair_lists(s for s in state.summaries.values() if s is not None))
            return
        chosen = sorted(set(pairs))
        if not chosen:
            return
        update = model.pair_lists_update(model.pair_state(chosen, self.query(model.pair_state_query(chosen))))
        if update is not None:
            self.graph.update(update)

    def pairs_listed(self) -> bool:
        """Whether every pair has its summary and its places in the lists, and every summary
        counts all of its pair's meetings: four counts of one property each, no pair read on its
        own (the writer checks it when it starts, and lists every pair again when it fails)."""
        sparql = (
            "SELECT ?pairs ?summed ?links ?counted ?listed WHERE { "
            "{ SELECT (COUNT(*) AS ?pairs) WHERE { ?p a dg:MeetingPair } } "
            "{ SELECT (COUNT(*) AS ?summed) (SUM(?n) AS ?counted) WHERE { ?p dg:meetingCount ?n } } "
            "{ SELECT (COUNT(*) AS ?links) WHERE { ?p dg:pairEvent ?e } } "
            "{ SELECT (COUNT(*) AS ?listed) WHERE { ?l schema:itemListElement ?p } } }"
        )
        for row in self.query(sparql):
            r: Any = row
            pairs, links = int(r.pairs), int(r.links)
            counted = int(r.counted) if r.counted is not None else 0
            return int(r.summed) == pairs and counted == links and int(r.listed) == model.PLACES_PER_PAIR * pairs
        return False

    def stored_events(self, event: Event) -> list[StoredEvent]:
        """The stored events of ``event``'s type whose participants are exactly its participants,
        as records, ordered by IRI (what a join decision reads)."""
        if not event.participants:
            return []
        actors = [model.person_iri(p) for p in event.participants]
        where = " ".join(f"?e sem:hasActor ?a{i} ." for i in range(len(actors)))
        bound = " ".join(["?type"] + [f"?a{i}" for i in range(len(actors))])
        # Oxigraph binds parameters only to projected variables, so they are projected and grouped on.
        sparql = (
            f"SELECT ?e {bound} (COUNT(DISTINCT ?any) AS ?n) (SAMPLE(?d) AS ?date) (SAMPLE(?pn) AS ?place) "
            "(SAMPLE(?pc) AS ?country) (COUNT(DISTINCT ?src) AS ?sources) (COUNT(DISTINCT ?inf) AS ?inferred) "
            "(COUNT(DISTINCT ?other) AS ?others) WHERE { "
            # the actors first: Oxigraph joins in the written order, and an actor's few events are found
            # through the index, where "?e dg:eventType ?type" first reads every event of the type
            f"{where} ?e dg:eventType ?type . ?e sem:hasActor ?any . "
            "OPTIONAL { ?e prov:wasDerivedFrom ?src . "
            "OPTIONAL { ?src dg:dateInferred true . BIND(?src AS ?inf) } "
            "OPTIONAL { ?src dg:anotherOccasion true . BIND(?src AS ?other) } } "
            "OPTIONAL { ?e sem:hasTimeStamp ?d } "
            "OPTIONAL { ?e sem:hasPlace ?pl . ?pl schema:name ?pn . "
            f"OPTIONAL {{ ?pl schema:containedInPlace/schema:name ?pc }} }} }} GROUP BY ?e {bound} ORDER BY ?e"
        )
        bindings: dict[str, Identifier] = {"type": Literal(event.type), **{f"a{i}": a for i, a in enumerate(actors)}}
        found: list[StoredEvent] = []
        for row in self.query(sparql, bindings):
            r: Any = row
            if int(r.n) != len(set(actors)):
                continue
            place = Place(str(r.place), country=str(r.country) if r.country else None) if r.place else None
            summary = Evidence(
                article=str(r.e),
                file="",
                quote="",
                start=0,
                end=0,
                date_inferred=int(r.sources) > 0 and int(r.inferred) == int(r.sources),
                another_occasion=int(r.others) > 0,
            )
            stored = Event(
                type=event.type,
                participants=event.participants,
                evidence=(summary,),
                date=str(r.date) if r.date else None,
                place=place,
            )
            found.append(StoredEvent(URIRef(str(r.e)), stored))
        return found

    def person_names(self) -> dict[str, list[str]]:
        """Every stored person's canonical name with its other names, so that a new run can
        recognise the people that earlier runs stored."""
        out: dict[str, list[str]] = {}
        sparql = (
            "SELECT ?name ?alt WHERE { ?p a schema:Person ; schema:name ?name . "
            "OPTIONAL { ?p schema:alternateName ?alt } }"
        )
        for row in self.query(sparql):
            r: Any = row
            aliases = out.setdefault(str(r.name), [])
            if r.alt is not None:
                aliases.append(str(r.alt))
        return out

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


__all__ = [
    "EventJoin",
    "GraphStore",
    "PREFIX_IRIS",
    "StoreBusy",
    "StoreError",
    "StoredEvent",
    "TriplePattern",
    "WriteResult",
]
