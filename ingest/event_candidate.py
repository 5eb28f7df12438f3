"""An event found in one sentence (``Candidate``), before the rest of the story settles its type,
date and place; and the limits the handlers share.

The handler of each trigger family makes candidates; the rest of the story completes their
dates and places, or drops them; ``ingest.events`` turns the ones kept into ``Event`` records.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from diplograph.ingest.records import Person, Place

PAIR_TYPES = ("meet", "phone_call", "planned_meet")
MAX_TRAVELLERS = 16  # more subjects than this for one travel verb is a misparse, not a list of arriving leaders


@dataclass
class Candidate:
    """An event found in one sentence, before its date and place are settled."""

    type: str
    trigger: Token
    sent: Span
    participants: list[Person]
    place: Place | None = None
    venue: str | None = None
    host: str | None = None
    cameo: str | None = None
    date: str | None = None
    date_inferred: bool = False
    noun: bool = False
    in_sequence: bool = False  # a noun under "after"/"before": the clause's date is not its date
    base: int = 0  # offset of the sentence's doc in the article text (a line parsed on its own)
    extra: dict = field(default_factory=dict)
