"""The ingest path, stage by stage: files -> documents -> stories -> spaCy docs -> entities -> events.

Each stage lives in its own module and can be run alone on a string; this module only
chains them and streams: one batch of articles is in memory at a time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from diplograph.ingest import events as events_stage
from diplograph.ingest import memory, merge, nlp, people, sources, stories
from diplograph.ingest.limits import too_long
from diplograph.ingest.records import Article, Extraction, RawDocument, ReadError

if TYPE_CHECKING:
    from spacy.tokens import Doc

BATCH_SIZE = 32


def read_articles(paths: Iterable[str]) -> Iterator[Article | ReadError]:
    """Files and folders -> clean stories (several per page where the page holds several).

    A story longer than ``limits.MAX_CHARS`` is refused with a line naming its file and the limit,
    never cut short: nothing of a text is dropped without a word."""
    for item in sources.iter_documents(paths):
        if isinstance(item, ReadError):
            yield item
            continue
        yield from stories_of(item)


def stories_of(document: RawDocument) -> Iterator[Article | ReadError]:
    """One read document -> its stories (or a line saying why it could not be split, or is too long)."""
    try:
        found = stories.split_stories(document)
    except Exception as exc:  # a page the splitter cannot handle must not stop the batch
        yield ReadError(document.path, f"could not split into stories: {exc}")
        return
    for article in found:
        yield too_long(article) or article


def extraction_of(doc: Doc, article: Article, registry: people.Registry) -> Extraction:
    """One parsed article -> its extraction: people resolved against ``registry`` (which learns
    them), events found and merged within the article."""
    entities = people.resolve(doc, article, registry)
    found = merge.merge_in_article(events_stage.extract_events(doc, article, entities))
    return Extraction(
        article=article,
        people=tuple(entities.people),
        places=tuple(entities.places),
        events=tuple(found),
        mentions=tuple(entities.mentions),
        written=tuple(sorted(entities.written.items())),
        written_places=tuple(sorted(entities.written_places.items())),
    )


def extract_articles(
    articles: Iterable[Article],
    registry: people.Registry | None = None,
    batch_size: int = BATCH_SIZE,
    on_error: Callable[[Article, Exception], None] | None = None,
) -> Iterator[Extraction]:
    """Stories -> extractions, with the spaCy pipeline run in batches.

    With ``on_error``, an article whose extraction fails is handed to it and the batch goes on;
    without, the error is raised (tests use that to see every failure)."""
    registry = registry if registry is not None else people.Registry()
    settled = False
    for group in _groups(articles, nlp.ZONE_ARTICLES):
        with nlp.memory_zone():  # the group's docs are gone after it, its extractions are plain data
            for article, doc in nlp.pipe(group, batch_size=batch_size):
                try:
                    extraction = extraction_of(doc, article, registry)
                except Exception as exc:
                    if on_error is None:
                        raise
                    on_error(article, exc)
                    continue
                yield extraction
                if not settled:  # the model and the tables the first article loaded live for the whole run
                    memory.settle()
                    settled = True
        memory.release()  # the group's docs are gone: their memory goes back to the system


def _groups(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    group: list[Article] = []
    for item in items:
        group.append(item)
        if len(group) >= size:
            yield group
            group = []
    if group:
        yield group


def extraction_failed(article: Article, exc: Exception) -> ReadError:
    """The one line for an article whose extraction raised: its file (and story) and the reason."""
    where = article.path if article.story == 0 else f"{article.path} (story {article.story + 1})"
    return ReadError(where, f"could not extract events: {type(exc).__name__}: {exc}".splitlines()[0])


def extract(paths: Iterable[str], registry: people.Registry | None = None) -> Iterator[Extraction | ReadError]:
    """The whole path for files and folders; read errors are passed through in order, never raised."""
    errors: list[ReadError] = []

    def articles() -> Iterator[Article]:
        for item in read_articles(paths):
            if isinstance(item, ReadError):
                errors.append(item)
            else:
                yield item

    def failed(article: Article, exc: Exception) -> None:
        errors.append(extraction_failed(article, exc))

    for extraction in extract_articles(articles(), registry, on_error=failed):
        while errors:
            yield errors.pop(0)
        yield extraction
    yield from errors
