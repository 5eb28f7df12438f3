"""Opening a store and writing extractions into it, one article per transaction.

A store is named by a *spec*:

* a directory path (the default, ``./diplograph-data`` or ``$DIPLOGRAPH_STORE``): an embedded
  Oxigraph store on disk, opened through rdflib (oxrdflib);
* ``memory:``: rdflib's in-memory store (tests, benchmarks);
* ``http://…`` / ``https://…``: a SPARQL 1.1 endpoint (see ``graph/remote.py``).
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.query import Result

from diplograph.graph import model
from diplograph.graph.offline import lock_down_rdflib
from diplograph.graph.vocab import DG, PREFIXES
from diplograph.graph.vocab import RDF, SDO
from diplograph.ingest.records import Event, Evidence, Extraction, Place

DEFAULT_STORE = "diplograph-data"
_PREFIXES = {prefix: str(ns) for prefix, ns in PREFIXES.items()}
lock_down_rdflib()  # rdflib's own engine (the memory: store) never fetches a URL either


class StoreError(Exception):
    """A store that cannot be opened or used; the message is meant for the user."""


class StoreBusy(StoreError):
    """Another process holds the store for writing."""


def default_spec() -> str:
    return os.environ.get("DIPLOGRAPH_STORE") or DEFAULT_STORE


@dataclass
class WriteResult:
    triples_added: int
    events: int
    merged: int  # events that joined an event already in the store
    already_stored: bool = False  # the same article text was stored before (a re-run or a syndicated copy)


class GraphStore:
    """An rdflib Graph over a store, with the few operations diplograph needs."""

    def __init__(self, graph: Graph, spec: str, kind: str):
        self.graph = graph
        self.spec = spec
        self.kind = kind  # "oxigraph" | "memory" | "sparql"
        for prefix, ns in PREFIXES.items():
            graph.bind(prefix, ns, override=True)

    # -- reading ---------------------------------------------------------------------------
    def query(self, sparql: str, bindings: dict | None = None) -> Result:
        """Run a SPARQL query; parameters are bound as RDF terms, never pasted into the text."""
        return self.graph.query(sparql, initNs=_PREFIXES, initBindings=bindings or {})

    def graph_names(self) -> set[str]:
        """The IRIs of the store's named graphs (diplograph writes none: everything is in the default graph)."""
        if self.kind == "oxigraph":
            return {g.value for g in self.graph.store._inner.named_graphs() if isinstance(g, ox.NamedNode)}
        if self.kind == "sparql":
            return {str(row.g) for row in self.graph.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")}
        return set()

    def __len__(self) -> int:
        return len(self.graph)

    def __contains__(self, triple) -> bool:
        return triple in self.graph

    # -- writing ---------------------------------------------------------------------------
    def add_atomic(self, triples: Iterable[model.Triple]) -> int:
        """Add triples in one transaction; returns how many were new."""
        if self.kind == "sparql":  # a remote server: one query and one INSERT DATA request per call
            from diplograph.graph import remote

            return remote.add_new(self.graph, triples)
        if self.kind == "oxigraph":  # straight to Oxigraph: one membership test and one extend
            from oxrdflib._converter import to_ox

            inner = self.graph.store._inner
            quads = [ox.Quad(to_ox(s), to_ox(p), to_ox(o), ox.DefaultGraph()) for s, p, o in dict.fromkeys(triples)]
            fresh = [q for q in quads if q not in inner]
            if fresh:
                inner.extend(fresh)  # transactional: all of the article or nothing
            return len(fresh)
        new = [t for t in dict.fromkeys(triples) if t not in self.graph]
        if new:
            self.graph.addN((s, p, o, self.graph) for s, p, o in new)
        return len(new)

    def write(self, extraction: Extraction) -> WriteResult:
        """Write one article's extraction in one transaction, joining events already stored.

        An article whose text is already stored (a re-run, or a syndicated copy under another file
        name) is not extracted into the graph again: only the name of the file it was read from is
        added, so every file that carries the story stays among its sources.
        """
        article = extraction.article
        if self.has_article(article.key):
            added = self.add_atomic([(model.article_iri(article), DG.file, Literal(article.file))])
            return WriteResult(triples_added=added, events=0, merged=0, already_stored=True)
        from diplograph.ingest.merge import mark_uncertain  # pure record logic; imported late like same_event

        iris: dict[int, URIRef] = {}
        events = list(extraction.events)
        for i, event in enumerate(events):
            existing = self.find_same_event(event)
            if existing is not None:
                iris[i], uncertain = existing
                if uncertain:
                    events[i] = mark_uncertain(event)
        if any(e is not o for e, o in zip(events, extraction.events)):
            extraction = replace(extraction, events=tuple(events))
        added = self.add_atomic(model.extraction_triples(extraction, iris))
        return WriteResult(triples_added=added, events=len(extraction.events), merged=len(iris))

    def person_names(self) -> dict[str, list[str]]:
        """Every stored person's canonical name with its other names, so that a new run can
        recognise the people that earlier runs stored."""
        out: dict[str, list[str]] = {}
        sparql = ("SELECT ?name ?alt WHERE { ?p a schema:Person ; schema:name ?name . "
                  "OPTIONAL { ?p schema:alternateName ?alt } }")
        for row in self.query(sparql):
            aliases = out.setdefault(str(row.name), [])
            if row.alt is not None:
                aliases.append(str(row.alt))
        return out

    def has_article(self, key: str) -> bool:
        """Whether the article with this key (``Article.key``, a hash of its text) is stored."""
        return (model.article_iri(key), RDF.type, SDO.NewsArticle) in self.graph

    def find_same_event(self, event: Event) -> tuple[URIRef, bool] | None:
        """The IRI of a stored event that is the same real-world event, if there is one, and whether
        the join rests on no stated date of one of the two (``ingest.merge.uncertain_join``)."""
        from diplograph.ingest.merge import same_event, uncertain_join  # pure record logic; imported late

        own = model.event_iri(event)
        if (own, DG.eventType, None) in self.graph:
            return own, False  # stored under the same IRI already: joined as it is
        if not event.participants:
            return None
        actors = [model.person_iri(p) for p in event.participants]
        where = " ".join(f"?e sem:hasActor ?a{i} ." for i in range(len(actors)))
        bound = " ".join(["?type"] + [f"?a{i}" for i in range(len(actors))])
        # Oxigraph binds parameters only to projected variables, so they are projected and grouped on.
        sparql = (
            f"SELECT ?e {bound} (COUNT(DISTINCT ?any) AS ?n) (SAMPLE(?d) AS ?date) (SAMPLE(?pn) AS ?place) "
            "(SAMPLE(?pc) AS ?country) (COUNT(DISTINCT ?src) AS ?sources) (COUNT(DISTINCT ?inf) AS ?inferred) "
            "(COUNT(DISTINCT ?other) AS ?others) WHERE { "
            f"?e dg:eventType ?type . {where} ?e sem:hasActor ?any . "
            "OPTIONAL { ?e prov:wasDerivedFrom ?src . "
            "OPTIONAL { ?src dg:dateInferred true . BIND(?src AS ?inf) } "
            "OPTIONAL { ?src dg:anotherOccasion true . BIND(?src AS ?other) } } "
            "OPTIONAL { ?e sem:hasTimeStamp ?d } "
            "OPTIONAL { ?e sem:hasPlace ?pl . ?pl schema:name ?pn . "
            f"OPTIONAL {{ ?pl schema:containedInPlace/schema:name ?pc }} }} }} GROUP BY ?e {bound} ORDER BY ?e"
        )
        bindings = {"type": Literal(event.type), **{f"a{i}": a for i, a in enumerate(actors)}}
        for row in self.query(sparql, bindings):
            if int(row.n) != len(set(actors)):
                continue
            place = Place(str(row.place), country=str(row.country) if row.country else None) if row.place else None
            # the stored sources' flags, as one summary piece of evidence
            summary = Evidence(article=str(row.e), file="", quote="", start=0, end=0,
                               date_inferred=int(row.sources) > 0 and int(row.inferred) == int(row.sources),
                               another_occasion=int(row.others) > 0)
            stored = Event(type=event.type, participants=event.participants, evidence=(summary,),
                           date=str(row.date) if row.date else None, place=place)
            if same_event(stored, event):
                return row.e, uncertain_join(stored, event)
        return None

    def close(self) -> None:
        """Release the store: an embedded store's lock is freed when its last reference goes, so
        the reference is dropped here and collected at once (a reader or writer may follow)."""
        try:
            self.graph.close()
        except Exception:
            pass
        if self.kind == "oxigraph":
            import gc

            self.graph = Graph()
            gc.collect()

    def __enter__(self) -> "GraphStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def writer_pid(path: str | Path) -> int | None:
    """The process id of the process that holds the store open for writing, if any.

    The embedded store's writer holds a POSIX lock on ``LOCK`` in the store directory; it is
    tested (never taken) with ``F_GETLK``.  ``None`` when nobody writes or it cannot be told.
    """
    import fcntl
    import struct

    lock = Path(path) / "LOCK"
    try:
        fd = os.open(lock, os.O_RDONLY)
    except OSError:
        return None
    try:
        layout = "hhqqi4x"  # struct flock on Linux: type, whence, start, len, pid
        answer = fcntl.fcntl(fd, fcntl.F_GETLK, struct.pack(layout, fcntl.F_WRLCK, os.SEEK_SET, 0, 0, 0))
        kind, _, _, _, pid = struct.unpack(layout, answer)
        return pid if kind != fcntl.F_UNLCK and pid > 0 else None
    except (OSError, struct.error):
        return None
    finally:
        os.close(fd)


def _busy(path: str) -> StoreBusy:
    return StoreBusy(f"store {path} is busy: another diplograph process is writing to it; "
                     "try again when it has finished")


def storage_error(spec: str, exc: OSError) -> StoreError:
    """A one-line error for a failure of the store itself (not of some other file)."""
    if not spec.startswith(("http://", "https://", "memory:")) and writer_pid(spec) is not None:
        return _busy(spec)
    first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return StoreError(f"store {spec} failed: {first}")


def _open_oxigraph(path: str, read_only: bool) -> Graph:
    from diplograph.graph.oxstore import SimpleLiteralStore

    p = Path(path)
    try:
        exists, is_dir = p.exists(), p.is_dir()
    except OSError as exc:  # a folder on the way that this user may not enter
        raise StoreError(f"cannot open store {path}: {exc.strerror or exc}") from None
    if read_only and not exists:
        raise StoreError(f"no store at {path}: ingest some articles first (diplograph ingest PATH)")
    if exists and not is_dir:
        raise StoreError(f"{path} is not a store directory")
    try:
        if not read_only:
            p.mkdir(parents=True, exist_ok=True)
        # A reader opens a read-only snapshot, so it never waits for (or blocks) a running ingest.
        inner = ox.Store.read_only(str(p)) if read_only else ox.Store(str(p))
    except (OSError, RuntimeError) as exc:  # RuntimeError: a store caught while its writer creates it
        text = str(exc).lower()
        if "lock" in text or "resource temporarily unavailable" in text:
            raise _busy(path) from None
        if read_only and writer_pid(path) is not None:  # caught while the writer creates or reshapes it
            raise _busy(path) from None
        raise StoreError(f"cannot open store {path}: {exc}") from None
    # The store's default graph (not a named graph with a blank-node name) holds everything.
    return Graph(store=SimpleLiteralStore(store=inner), identifier=DATASET_DEFAULT_GRAPH_ID)


def open_store(spec: str | None = None, read_only: bool = False) -> GraphStore:
    """Open the store named by ``spec`` (see the module docstring)."""
    spec = spec or default_spec()
    if spec == "memory:":
        return GraphStore(Graph(), spec, "memory")
    if spec.startswith(("http://", "https://")):
        from diplograph.graph import remote

        return GraphStore(remote.open_graph(spec), spec, "sparql")
    return GraphStore(_open_oxigraph(spec, read_only), spec, "oxigraph")


@contextmanager
def opened(spec: str | None = None, read_only: bool = False) -> Iterator[GraphStore]:
    store = open_store(spec, read_only=read_only)
    try:
        yield store
    except (OSError, RuntimeError) as exc:
        # The store's own failures are plain OSErrors without an errno (a file of the user's,
        # say an output file, raises a subclass with one), or RuntimeErrors while a writer
        # reshapes the store under a reader: reported in one line, not a traceback.
        if type(exc) is OSError and exc.errno is None:
            raise storage_error(store.spec, exc) from None
        if isinstance(exc, RuntimeError) and store.kind == "oxigraph" and writer_pid(store.spec) is not None:
            raise storage_error(store.spec, exc) from None
        raise
    finally:
        store.close()


__all__ = ["GraphStore", "StoreBusy", "StoreError", "WriteResult", "default_spec", "open_store", "opened"]
