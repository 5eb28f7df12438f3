"""The work an extraction worker does (a process of ``diplograph ingest --workers N``, or a Dask
worker): read files, split them into stories and run the spaCy pipeline; each parsed story goes
back to the writer as its ``Article`` and the doc as bytes.

Person resolution and event extraction are not done here: which person a name stands for
depends on every article before it (the run-wide ``people.Registry``: "Maduro" joins the
"Nicolas Maduro" an earlier article named), so the one writer does them, in input order, on the
doc it gets back (``doc_of``).  That is what makes the graph the same, triple for triple, with
any number of workers.

The unit of work is a file path (or a document read from standard input by the main process);
folders are walked by the main process (``list_inputs``) in the order the one-process reader
walks them, so results can be put back in that order.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc
from spacy.vocab import Vocab

from diplograph.ingest import memory, nlp, pipeline, sources
from diplograph.ingest.records import Article, RawDocument, ReadError

# a unit of work: a file path (read by the worker) or a document the main process read (stdin)
Unit = str | RawDocument

DOC_EXCLUDE = ("tensor",)  # the parser's hidden states: no later stage reads them, and they are most of the bytes


@dataclass(frozen=True)
class Parsed:
    """One story, parsed: the article and its spaCy doc serialised (``Doc.to_bytes``)."""

    article: Article
    doc: bytes


def list_inputs(paths: Iterable[str]) -> Iterator[Unit | ReadError]:
    """The units of work under ``paths``, in the order ``sources.iter_documents`` reads them:
    folders are walked here (sorted, hidden entries skipped, symlink loops reported), every other
    path is a unit a worker reads; standard input (``-``) is read here, one unit per document."""
    for path in paths:
        path = str(path)
        if path == "-":
            yield from sources.iter_documents(["-"])
            continue
        yield from _walk(path, frozenset())


def _walk(path: str, ancestors: frozenset[str]) -> Iterator[Unit | ReadError]:
    try:
        is_dir = stat.S_ISDIR(os.stat(path).st_mode)
    except OSError:
        is_dir = False  # the worker's reader gives the one-line reason
    if not is_dir:
        yield path
        return
    real = os.path.realpath(path)
    if real in ancestors:
        yield ReadError(path, f"symlink loop: this folder leads back to {real}; not followed")
        return
    try:
        names = sorted(os.listdir(path))
    except OSError as exc:
        yield ReadError(path, sources.os_reason(path, exc))
        return
    for name in names:
        if not name.startswith("."):
            yield from _walk(os.path.join(path, name), ancestors | {real})


def read_units(units: Iterable[Unit]) -> Iterator[Article | ReadError]:
    """Units -> stories (or one line per file that could not be read), in order."""
    for unit in units:
        if isinstance(unit, RawDocument):
            yield from pipeline.stories_of(unit)
        else:
            yield from pipeline.read_articles([unit])


_released = memory.Every()  # a worker gives memory back every few jobs


def parse_units(units: list[Unit], batch_size: int = pipeline.BATCH_SIZE) -> list[Parsed | ReadError]:
    """What one job of a worker does: read the units, split them into stories, parse the stories
    (one ``nlp.pipe`` over the whole job); read errors keep their place among the stories."""
    items = list(read_units(units))
    articles = [item for item in items if isinstance(item, Article)]
    with nlp.memory_zone():  # only the bytes leave it
        docs = {
            id(article): doc.to_bytes(exclude=list(DOC_EXCLUDE))
            for article, doc in nlp.pipe(articles, batch_size=batch_size)
        }
    _released.tick(len(articles))
    return [Parsed(item, docs[id(item)]) if isinstance(item, Article) else item for item in items]


def doc_of(parsed: Parsed, vocab: Vocab | None = None) -> Doc:
    """The spaCy doc of a parsed story, rebuilt on the writer's side with the pipeline's vocabulary."""
    return Doc(vocab if vocab is not None else nlp.load().vocab).from_bytes(parsed.doc, exclude=list(DOC_EXCLUDE))


def warm_up() -> None:
    """Load what a worker needs once, before the first job: the spaCy pipeline.  Not the knowledge
    base: only the writer resolves people, so a worker that loaded it would pay its time and memory
    for nothing."""
    nlp.load()
