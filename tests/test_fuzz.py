"""Property-based tests over arbitrary text and bytes: the ingest path never raises, and what it
stores is valid RDF that exports and loads back with the same triples.

The path is the real one: ``ingest.sources`` (reading and decoding) -> ``ingest.stories``
(boilerplate and story splitting) -> ``ingest.pipeline.extract_articles`` (spaCy, people,
events, merging) -> ``GraphStore.write`` into an embedded Oxigraph store on disk ->
``graph.export`` -> rdflib parsing.
"""

from __future__ import annotations

import html
import json
import tempfile
from pathlib import Path

import pytest
from heap import warm_pipeline
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph

from diplograph.graph.check import check_store
from diplograph.graph.export import export_graph
from diplograph.graph.store import opened
from diplograph.ingest import pipeline, sources, stories
from diplograph.ingest.merge import join_stored
from diplograph.ingest.records import Article, ReadError

# Pieces of news text, markup and query syntax that arbitrary text is built from, so that the
# examples reach the extractor's paths and not only its "no people here" exit.
FRAGMENTS = [
    "President Anna Lindqvist",
    "Prime Minister Boris Moravec",
    "Foreign Minister José Núñez",
    " met ",
    " held talks with ",
    " spoke by phone with ",
    " visited ",
    " signed an agreement with ",
    " will meet ",
    " did not meet ",
    " in Oslo",
    " in Caracas",
    " at the Presidential Palace",
    " on Monday",
    " last June",
    " on February 3, 2023",
    ".",
    ". ",
    "\n",
    "\n\n",
    "OSLO, March 3, 2024 - ",
    "Photo: ",
    "(AFP)",
    "Read more",
    "Share this",
    "“",
    "”",
    '"',
    "'",
    "{",
    "}",
    "} UNION {",
    "<p>",
    "</div>",
    "&amp;",
    "\\",
    "\\u0022",
    "\x00",
    "\x07",
    "\u200b",
    "\u202e",
    "\ufeff",
    "\u2028",
    "e\u0301",
    "🇺🇳",
    "Maduro",
    "Amir-Abdollahian",
    "Mr. ",
    "Mrs. ",
    "Dr. ",
    "the two leaders",
    "they",
    "his counterpart",
]

PEOPLE = [
    "President Anna Lindqvist",
    "Prime Minister Boris Moravec",
    "Foreign Minister José Núñez",
    "Nicolas Maduro",
    "Hossein Amir-Abdollahian",
    "the minister",
    "his counterpart",
    "Lindqvist",
]
VERBS = [
    " met ",
    " held talks with ",
    " spoke by phone with ",
    " will meet ",
    " did not meet ",
    " received ",
    " signed an agreement with ",
    " visited ",
]
WHERE = ["", " in Oslo", " in Caracas", " at the Presidential Palace in Ankara", " in the Venezuelan capital"]
WHEN = ["", " on Monday", " last June", " on February 3, 2023", " next week", " on Friday"]

junk = st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12))
sentence = st.tuples(
    st.sampled_from(PEOPLE),
    st.sampled_from(VERBS),
    st.sampled_from(PEOPLE + ["Oslo"]),
    st.sampled_from(WHERE),
    st.sampled_from(WHEN),
    st.lists(junk, max_size=2).map("".join),
    st.sampled_from([".", ". ", ".\n\n", "", "\n"]),
).map("".join)
# A page: a headline, a dateline, sentences with junk between them.
news_text = st.tuples(
    st.lists(junk, max_size=3).map("".join),
    st.sampled_from(["Leaders meet\n\n", "", "OSLO, March 3, 2024 - ", "Talks in Caracas\n"]),
    st.lists(st.one_of(sentence, sentence, junk), min_size=1, max_size=8).map(" ".join),
).map("".join)
any_text = st.one_of(news_text, news_text, news_text, st.text(max_size=400))
FUZZ = settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.fixture(scope="module", autouse=True)
def _pipeline_loaded_and_settled():
    """Each example opens and closes a store (a full garbage collection): the pipeline is loaded,
    and put out of the collector's way, before the first (``heap.warm_pipeline``)."""
    warm_pipeline()


def _articles(text: str, name: str) -> list[Article]:
    out: list[Article] = []
    for doc in sources.parse_text(name, text):
        if isinstance(doc, ReadError):
            assert str(doc).startswith(name)
            continue
        out.extend(stories.split_stories(doc))
    return out


def _round_trip(store, folder: Path) -> None:
    count = len(store)
    for fmt in ("nt", "turtle"):
        out = folder / f"out.{fmt}"
        assert export_graph(store, str(out), fmt) == count
        assert len(Graph().parse(out, format=fmt)) == count, fmt


def _as_page(text: str, kind: str) -> str:
    """The text as the file of that kind would hold it (a JSON record, an HTML page, plain text)."""
    if kind == "page.jsonl":
        return json.dumps({"text": text, "title": text[:40]}) + "\n" + text[:200]
    if kind == "page.html":
        paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n") if p.strip())
        return f"<html><head><title>{html.escape(text[:40])}</title></head><body><article>{paragraphs}</article></body></html>"
    return text


@FUZZ
@given(text=any_text, kind=st.sampled_from(["page.txt", "page.txt", "page.html", "page.jsonl"]))
def test_read_split_extract_store_never_raises_and_exports(text, kind):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with opened(str(folder / "store")) as store:
            for extraction in pipeline.extract_articles(_articles(_as_page(text, kind), kind)):
                art = extraction.article
                for event in extraction.events:
                    assert event.participants
                    for ev in event.evidence:
                        assert 0 <= ev.start <= ev.end <= len(art.text)
                store.write(extraction, join=join_stored)
            report = check_store(store)
            assert report.ok, [str(p) for p in report.problems]
            _round_trip(store, folder)


@FUZZ
@given(
    data=st.one_of(
        st.binary(max_size=600),
        any_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
        any_text.map(lambda t: t.encode("latin-1", "replace")),
        any_text.map(lambda t: t.encode("utf-16")),
    ),
    name=st.sampled_from(["a.txt", "a.html", "a.jsonl", "a.json", "a"]),
)
def test_any_bytes_in_a_file_give_documents_or_one_line_errors(data, name):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        for item in sources.iter_documents([str(path)]):
            if isinstance(item, ReadError):
                assert item.reason and "\n" not in str(item), item
            else:
                assert item.text.strip()
                stories.split_stories(item)


@pytest.mark.slow
@settings(max_examples=15, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(news_text, min_size=2, max_size=5))
def test_a_batch_written_twice_adds_nothing_the_second_time(texts):
    with tempfile.TemporaryDirectory() as tmp:
        articles = [a for i, t in enumerate(texts) for a in _articles(t, f"p{i}.txt")]
        with opened(str(Path(tmp) / "store")) as store:
            for extraction in pipeline.extract_articles(articles):
                store.write(extraction, join=join_stored)
            count = len(store)
            for extraction in pipeline.extract_articles(articles):
                assert store.write(extraction, join=join_stored).triples_added == 0
            assert len(store) == count
