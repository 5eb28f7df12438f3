"""A light language guesser for passages of news text.

It counts, for each language listed in ``ingest/data/stopwords.json``, the share of a
passage's words that are among that language's most common function words, and names
the language with the highest share.  It is meant for one job: telling the English story
text from quoted or embedded passages in another language (a post in Spanish inside an
English article), so that the English pipeline can skip them.  Passages that are too short
or carry too few function words give ``None`` (unknown), never a guess.
"""

from __future__ import annotations

import re
from functools import lru_cache

from diplograph.ingest.datafiles import read_json

MIN_WORDS = 6  # fewer words than this: no verdict
MIN_SHARE = 0.12  # the winning language must cover at least this share of the words
MARGIN = 2.0  # ... and have at least this many times the hits of English to count as foreign

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)


@lru_cache(maxsize=1)
def stopwords() -> dict[str, frozenset[str]]:
    """Function words per language code, from the data file."""
    raw = read_json("stopwords.json")
    return {code: frozenset(w.casefold() for w in words) for code, words in raw.items() if not code.startswith("_")}


def words(text: str) -> list[str]:
    """The words of a text, case-folded (no numbers, no punctuation, no @handles or links)."""
    text = re.sub(r"(?:https?://|pic\.twitter\.com/|www\.)\S+|[@#]\w+", " ", text)
    return [w.casefold() for w in _WORD.findall(text)]


def scores(text: str) -> dict[str, float]:
    """Share of the text's words that are function words of each language."""
    ws = words(text)
    if not ws:
        return {}
    return {code: sum(w in sw for w in ws) / len(ws) for code, sw in stopwords().items()}


def detect(text: str) -> str | None:
    """The language code of a passage ('en', 'es', ...) or None when the text does not say."""
    ws = words(text)
    if len(ws) < MIN_WORDS:
        return None
    sc = scores(text)
    best = max(sc, key=sc.__getitem__)
    if sc[best] < MIN_SHARE:
        return None
    if best != "en" and sc[best] < MARGIN * sc.get("en", 0.0):
        return None  # close call: not clearly another language
    return best


def is_foreign(text: str, main: str = "en") -> str | None:
    """The passage's language when it is clearly not ``main``; else None."""
    lang = detect(text)
    return lang if lang is not None and lang != main else None
