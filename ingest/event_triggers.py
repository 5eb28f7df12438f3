"""The event words of a sentence, found by a spaCy ``Matcher`` over lemmas.

The patterns are data: ``data/event_triggers.json`` holds one entry per pattern (its id, its
family, the spaCy pattern, an example sentence that a test runs), where an '@name' item stands for
the word list ``name`` of ``data/event_patterns.json``.  Each family ("MEET_V", "VISIT_N", ...) has
its handler (``ingest.events.HANDLERS``).

Holds ``trigger_patterns()`` (the patterns with their lists filled in), ``triggers(sent)`` (the
event words of a sentence, each with its family) and ``patterns_at(trigger)`` (the ids of the
patterns that found a word, kept as evidence).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.matcher import Matcher
from spacy.tokens import Span, Token

from diplograph.ingest.datafiles import read_json
from diplograph.ingest.event_syntax import lexicon


def _expand(value: Any, lx: dict[str, Any]) -> Any:
    """A pattern with every '@name' list item replaced by the lexicon list ``name`` (a table's keys)."""
    if isinstance(value, dict):
        return {k: _expand(v, lx) for k, v in value.items()}
    if isinstance(value, list):
        out: list[Any] = []
        for item in value:
            if isinstance(item, str) and item.startswith("@"):
                if item[1:] not in lx:
                    raise KeyError(f"event_triggers.json: no list {item[1:]!r} in event_patterns.json")
                out.extend(sorted(lx[item[1:]]))
            else:
                out.append(_expand(item, lx))
        return sorted(set(out)) if all(isinstance(i, str) for i in out) else out
    return value


@lru_cache(maxsize=1)
def trigger_patterns() -> tuple[dict[str, Any], ...]:
    """The trigger patterns of ``data/event_triggers.json`` with their lexicon lists filled in."""
    lx = lexicon()
    return tuple(
        {**entry, "pattern": _expand(entry["pattern"], lx)} for entry in read_json("event_triggers.json")["patterns"]
    )


@lru_cache(maxsize=4)
def _matcher(vocab_id: int, vocab) -> Matcher:  # vocab_id keys the cache; the vocab object builds it
    """The spaCy ``Matcher`` of every trigger pattern, built once per vocabulary."""
    m = Matcher(vocab)
    for entry in trigger_patterns():
        # kept for good, even when first built inside a memory zone (``nlp.memory_zone``): the id is
        # looked up by its hash for every match
        vocab.strings.add(entry["id"], allow_transient=False)
        m.add(entry["id"], [entry["pattern"]])
    return m


@lru_cache(maxsize=1)
def _families() -> dict[str, str]:
    """The family of each trigger pattern id ("MEET_V": the name of its handler)."""
    return {entry["id"]: entry["family"] for entry in trigger_patterns()}


def triggers(sent: Span) -> list[tuple[Token, str]]:
    """The event words of a sentence with each pattern that found them ("signed" is both a
    conversation verb and a signing verb; the handlers decide)."""
    doc = sent.doc
    m = _matcher(id(doc.vocab), doc.vocab)
    out: dict[tuple[int, str], None] = {}
    families = _families()
    for match_id, _start, end in m(sent):
        label = families[doc.vocab.strings[match_id]]
        out[(sent.start + end - 1, label)] = None  # the head word of the match ("phone *call*")
    if any(label == "PHONE_N" for _, label in out):
        phone_heads = {i for i, label in out if label == "PHONE_N"}
        out = {k: None for k in out if not (k[0] in phone_heads and k[1] == "MEET_N")}
    return sorted(((doc[i], label) for i, label in out), key=lambda x: (x[0].i, x[1]))


def patterns_at(trigger: Token) -> tuple[str, ...]:
    """The ids of the trigger patterns (``data/event_triggers.json``) whose match ends on ``trigger``."""
    doc = trigger.doc
    found = _matcher(id(doc.vocab), doc.vocab)(trigger.sent)
    return tuple(sorted({doc.vocab.strings[m] for m, _, end in found if trigger.sent.start + end - 1 == trigger.i}))
