"""The ingest job: read files, extract, write each article to the store in one transaction."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from diplograph.correcting import seed_people
from diplograph.graph import model
from diplograph.graph.store import GraphStore
from diplograph.ingest import merge, people, pipeline
from diplograph.ingest.records import Extraction, ReadError


@dataclass
class IngestSummary:
    articles: int = 0
    events: int = 0  # event reports: one per article and event it states (docs/model.md, "Counting")
    merged: int = 0  # reports of an event already in the store
    triples_added: int = 0
    already_stored: int = 0  # articles whose text was stored before: skipped, nothing duplicated
    errors: list[ReadError] = field(default_factory=list)

    def line(self) -> str:
        text = (f"{self.articles} articles, {self.events} event reports: {self.events - self.merged} new events, "
                f"{self.merged} joined to events already stored; {self.triples_added} triples added")
        if self.already_stored:
            text += f"; {self.already_stored} already stored (same text: only the file name recorded)"
        if self.errors:
            text += f"; {len(self.errors)} file(s) could not be read"
        return text


STORED_PEOPLE = ("SELECT ?p ?name ?alt WHERE { ?p a schema:Person ; schema:name ?name . "
                 "OPTIONAL { ?p schema:alternateName ?alt } }")


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
        names, aliases = stored.setdefault(iri[len(prefix):], (set(), set()))
        names.add(str(row.name))
        if row.alt is not None:
            aliases.add(str(row.alt))
    registry = seed_people(store, stored)  # the person corrections in force (diplograph correct)
    for ident, (names, aliases) in sorted(stored.items()):
        name, *others = sorted(names)
        registry.seed(ident, name, sorted((aliases | set(others)) - {name}))
    return registry


def apply_renames(store: GraphStore, registry: people.Registry) -> int:
    """Move what the store holds about persons whose identity changed (a fuller name, a
    knowledge-base id found later) to their new IRI; returns how many moved."""
    renames = registry.take_renames()
    for old, new in renames:
        store.graph.update(model.person_rename(old, new))
    return len(renames)


def ingest_paths(store: GraphStore, paths: Iterable[str],
                 on_article: Callable[[Extraction], None] | None = None,
                 on_error: Callable[[ReadError], None] | None = None) -> IngestSummary:
    """Ingest files and folders into ``store``; bad files are reported and skipped."""
    summary = IngestSummary()
    registry = known_people(store)
    apply_renames(store, registry)  # forks an earlier version of the graph left
    for item in pipeline.extract(paths, registry=registry):
        if isinstance(item, ReadError):
            summary.errors.append(item)
            if on_error:
                on_error(item)
            continue
        try:
            result = store.write(item, join=merge.join_stored)
            apply_renames(store, registry)
        except OSError:
            raise  # the store itself failed (disk full, lost lock): stop, nothing half written
        except Exception as exc:  # one article the graph layer cannot take must not stop the batch
            failed = ReadError(item.article.path, f"could not be stored: {type(exc).__name__}: {exc}")
            summary.errors.append(failed)
            if on_error:
                on_error(failed)
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
        if on_article:
            on_article(item)
    return summary
