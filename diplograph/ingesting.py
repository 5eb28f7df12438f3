"""The ingest job: read files, extract, write each article to the store in one transaction."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from rdflib import Literal, URIRef

from diplograph import dispatch
from diplograph.correcting import seed_people
from diplograph.graph import model
from diplograph.graph.store import GraphStore
from diplograph.graph.vocab import DG
from diplograph.ingest import memory, merge, nlp, parse_jobs, people, pipeline
from diplograph.ingest.records import Article, Extraction, ReadError


@dataclass
class IngestSummary:
    articles: int = 0
    events: int = 0  # event reports: one per article and event it states (docs/model.md, "Counting")
    merged: int = 0  # reports of an event already in the store
    triples_added: int = 0
    already_stored: int = 0  # articles whose text was stored before: skipped, nothing duplicated
    errors: list[ReadError] = field(default_factory=list)

    def line(self) -> str:
        text = (
            f"{self.articles} articles, {self.events} event reports: {self.events - self.merged} new events, "
            f"{self.merged} joined to events already stored; {self.triples_added} triples added"
        )
        if self.already_stored:
            text += f"; {self.already_stored} already stored (same text: only the file name recorded)"
        if self.errors:
            text += f"; {len(self.errors)} file(s) could not be read"
        return text


# Articles written between two reopenings of the store (``GraphStore.reopen``): an open embedded
# store gathers native memory as it is written (benchmarks/RESULTS.md, section 2); reopening it
# costs well under a second, a thousand articles take a minute or more.
REOPEN_EVERY = 1000

STORED_PEOPLE = (
    "SELECT ?p ?name ?alt WHERE { ?p a schema:Person ; schema:name ?name . OPTIONAL { ?p schema:alternateName ?alt } }"
)


def known_people(store: GraphStore) -> people.Registry:
    """A registry that starts with the people already stored (by their IRIs), so that "Maduro" in
    a new article joins the "Nicolas Maduro" an earlier run stored, and a person stored as "Maduro"
    moves to "Nicolas Maduro" when a later article gives the full name."""
    stored: dict[str, tuple[set[str], set[str]]] = {}
    prefix = str(model.person_iri("x"))[:-1]
    for row in store.query(STORED_PEOPLE):
        iri = str(row.p)
        if not iri.startswith(prefix):
            continue
        names, aliases = stored.setdefault(iri[len(prefix) :], (set(), set()))
        names.add(str(row.name))
        if row.alt is not None:
            aliases.add(str(row.alt))
    registry = seed_people(store, stored)  # the person corrections in force (diplograph correct)
    for ident, (names, aliases) in sorted(stored.items()):
        name, *others = sorted(names)
        registry.seed(ident, name, sorted((aliases | set(others)) - {name}))
    return registry


STORED_NAMES = "SELECT ?p ?n WHERE { ?p a schema:Person . { ?p schema:name ?n } UNION { ?p schema:alternateName ?n } }"


def index_names(store: GraphStore) -> int:
    """Write the name index (``dg:nameKey``, ``model.name_keys``) of every stored person that lacks
    part of it; returns how many keys were added (none on a store written by this version)."""
    keys = [
        (row.p, DG.nameKey, Literal(key))
        for row in store.query(STORED_NAMES)
        for key in sorted(model.name_keys(str(row.n)))
    ]
    return store.add_atomic(keys) if keys else 0


def apply_renames(store: GraphStore, registry: people.Registry, by: Article | None = None) -> int:
    """Move what the store holds about persons whose identity changed (a fuller name, a
    knowledge-base id found later) to their new IRI; returns how many moved.  ``by`` is the
    article just written, which gave the new names (the articles before keep the names they
    wrote)."""
    renames = registry.take_renames()
    for old, new in renames:
        store.graph.update(model.person_rename(old, new, by))
        repair_pairs(store, model.person_iri(new))
    return len(renames)


PAIRS_OF = "SELECT ?pair ?m ?person WHERE { ?pair dg:pairMember ?person . ?pair dg:pairMember ?m }"


def repair_pairs(store: GraphStore, person: URIRef) -> None:
    """File the meeting pairs of a person who has just moved to a new IRI under the pair IRIs
    their members now give (``model.repair_pairs``), so that one pair of people stays one pair."""
    pairs: dict[URIRef, set[URIRef]] = {}
    for row in store.query(PAIRS_OF, {"person": person}):
        pairs.setdefault(row.pair, set()).add(row.m)
    update = model.repair_pairs(pairs)
    if update is not None:
        store.graph.update(update)
        targets = {model.pair_iri(*members) for members in pairs.values() if len(members) == 2}
        refresh_pairs(store, targets | set(pairs))  # the pairs filed elsewhere leave their lists


def refresh_pairs(store: GraphStore, pairs: Iterable[URIRef] | None = None) -> None:
    """Bring the summaries and lists of the given pairs up to date (every pair: ``None``), as
    ``GraphStore.refresh_pairs`` does."""
    store.refresh_pairs(pairs)


def ingest_paths(
    store: GraphStore,
    paths: Iterable[str],
    on_article: Callable[[Extraction], None] | None = None,
    on_error: Callable[[ReadError], None] | None = None,
    workers: int = 1,
    scheduler: str | None = None,
) -> IngestSummary:
    """Ingest files and folders into ``store``; bad files are reported and skipped.

    With ``workers`` > 1, reading and parsing run in that many processes (``diplograph.dispatch``);
    with ``scheduler``, on a Dask cluster.  Either way this process is the one writer: it resolves
    the people and finds the events of each parsed story in input order, against the same
    registry, so the graph is the same as with one process, triple for triple."""
    summary = IngestSummary()
    registry = known_people(store)
    apply_renames(store, registry)  # forks an earlier version of the graph left
    index_names(store)  # a store written before the name index existed gets it now
    if not store.pairs_listed():  # ... and the pair summaries and lists (or a run stopped between two steps)
        refresh_pairs(store)

    def report(error: ReadError) -> None:
        summary.errors.append(error)
        if on_error:
            on_error(error)

    for item in _extractions(paths, registry, workers, scheduler):
        if isinstance(item, ReadError):
            report(item)
            continue
        try:
            result = store.write(item, join=merge.join_stored)  # with the summaries and lists of its pairs
            apply_renames(store, registry, item.article)
        except OSError:
            raise  # the store itself failed (disk full, lost lock): stop, nothing half written
        except Exception as exc:  # one article the graph layer cannot take must not stop the batch
            report(ReadError(item.article.path, f"could not be stored: {type(exc).__name__}: {exc}"))
            continue
        if result.already_stored:
            summary.already_stored += 1
            summary.triples_added += result.triples_added  # the copy's file name
            if on_article:
                on_article(item)
            continue
        summary.articles += 1
        summary.events += result.events
        summary.merged += result.merged
        summary.triples_added += result.triples_added
        if summary.articles % REOPEN_EVERY == 0:
            store.reopen()
        if on_article:
            on_article(item)
    return summary


def _extractions(
    paths: Iterable[str], registry: people.Registry, workers: int, scheduler: str | None
) -> Iterator[Extraction | ReadError]:
    """Extractions (or one-line errors) of the input in input order: in this process with one
    worker, else parsed elsewhere and finished here (people and events need the run's registry)."""
    if scheduler is None and workers <= 1:
        yield from pipeline.extract(paths, registry=registry)
        return
    units = parse_jobs.list_inputs(paths)
    if scheduler is not None:
        parsed = dispatch.on_cluster(units, scheduler)
    else:
        head = list(itertools.islice(units, dispatch.JOB_FILES + 1))
        rest = itertools.chain(head, units)
        # one job's worth of input gains nothing from a pool that takes seconds to start
        parsed = (
            dispatch.in_this_process(rest) if len(head) <= dispatch.JOB_FILES else dispatch.in_processes(rest, workers)
        )
    vocab = nlp.load().vocab
    released = memory.Every()
    for item in parsed:
        if isinstance(item, ReadError):
            yield item
            continue
        try:
            with nlp.memory_zone():  # the rebuilt doc's strings are let go; the extraction is plain data
                extraction = pipeline.extraction_of(parse_jobs.doc_of(item, vocab), item.article, registry)
        except Exception as exc:  # one story the extraction cannot handle must not stop the batch
            yield pipeline.extraction_failed(item.article, exc)
            continue
        yield extraction
        released.tick()
