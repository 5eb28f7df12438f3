"""The ingest job: read files, extract, write each article to the store in one transaction."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from graph.store import GraphStore
from ingest import pipeline
from ingest.records import Extraction, ReadError


@dataclass
class IngestSummary:
    articles: int = 0
    events: int = 0
    merged: int = 0
    triples_added: int = 0
    errors: list[ReadError] = field(default_factory=list)

    def line(self) -> str:
        text = (f"{self.articles} articles, {self.events} events "
                f"({self.merged} joined events already stored), {self.triples_added} triples added")
        if self.errors:
            text += f"; {len(self.errors)} file(s) could not be read"
        return text


def ingest_paths(store: GraphStore, paths: Iterable[str],
                 on_article: Callable[[Extraction], None] | None = None,
                 on_error: Callable[[ReadError], None] | None = None) -> IngestSummary:
    """Ingest files and folders into ``store``; bad files are reported and skipped."""
    summary = IngestSummary()
    for item in pipeline.extract(paths):
        if isinstance(item, ReadError):
            summary.errors.append(item)
            if on_error:
                on_error(item)
            continue
        result = store.write(item)
        summary.articles += 1
        summary.events += result.events
        summary.merged += result.merged
        summary.triples_added += result.triples_added
        if on_article:
            on_article(item)
    return summary
