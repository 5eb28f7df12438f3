"""The typed records that flow between the stages of the pipeline.

text -> RawDocument -> Article -> (spaCy Doc) -> Person / Place mentions -> Event -> triples

Every stage takes records and returns records; only ``graph/`` knows RDF and only
``ingest/nlp.py`` knows how the spaCy pipeline is built.  The records are frozen
dataclasses so that they can be hashed, compared and shared between processes.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

EVENT_TYPES = ("meet", "phone_call", "visit", "sign_agreement", "planned_meet")


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Accent-, case- and punctuation-insensitive form of a name: 'Nicolás Maduro' -> 'nicolas maduro'."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def name_matches(query: str, name: str) -> bool:
    """The name lookup users expect: case and accents ignored; the whole name or any run of its
    words matches ('maduro', 'Amir-Abdollahian', 'lula da silva')."""
    q, words = fold(query).split(), fold(name).split()
    return bool(q) and any(words[i : i + len(q)] == q for i in range(len(words) - len(q) + 1))


def canonical_name(participant: dict) -> str:
    """The one name the graph gives a participant of an event in the JSON format (``canonical``;
    ``name`` is as the event's first source writes it)."""
    return participant.get("canonical") or participant["name"]


def participant_matches(query: str, participant: dict) -> bool:
    """Whether a participant of an event in the JSON format answers to a name a user typed, as
    its source writes it or by its canonical name (``name_matches``)."""
    return any(name_matches(query, n) for n in (participant["name"], canonical_name(participant)))


def text_key(text: str) -> str:
    """A short hash of a text that ignores case and white space (same text -> same key)."""
    norm = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:20]


@dataclass(frozen=True)
class RawDocument:
    """One unit of input as a reader found it, before boilerplate removal and story splitting."""

    path: str  # file path as given ("-" for standard input)
    text: str
    kind: str = "txt"  # txt | html | jsonl
    title: str | None = None
    url: str | None = None
    published: date | None = None  # when the reader found it in metadata (HTML meta, JSON field)
    source: str | None = None  # site or agency name when known
    record: int | None = None  # line number inside a JSON Lines file
    captions: tuple[str, ...] = ()  # photo captions the reader found apart from the text (HTML <figcaption>)

    @property
    def file(self) -> str:
        return os.path.basename(self.path) if self.path != "-" else "-"


@dataclass(frozen=True)
class ReadError:
    """A file (or a record inside one) that could not be read: reported in one line, the batch goes on."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(frozen=True)
class Segment:
    """A labelled passage of an article's text, by character offsets into ``Article.text``."""

    start: int
    end: int
    kind: str  # "headline" | "caption" | "foreign" (kept in the record, not run through the English pipeline)
    language: str | None = None


@dataclass(frozen=True)
class Dateline:
    """The wire dateline that opens a story ("NEW DELHI, May 25 (IANS) –"), read by ``ingest/datelines.py``.

    Offsets are into ``Article.text``: ``start``/``end`` cover the dateline up to and including its
    dash or colon, ``city_start``/``city_end`` the city's name as written.
    """

    text: str  # as written: "NEW DELHI, May 25 (IANS) –"
    start: int
    end: int
    city: str  # as written: "NEW DELHI"
    city_start: int
    city_end: int
    place: Place | None = None  # the gazetteer city (name, country, coordinates), when known
    region: str | None = None  # what follows the city after a comma: "Peru" in "LIMA, Peru —"
    date: date | None = None  # the filing date, its year completed from the page's own date when not stated
    date_text: str | None = None  # the date as written: "May 25"
    year_stated: bool = False
    agency: str | None = None  # "IANS", "Reuters", "Andes Wire"


@dataclass(frozen=True)
class Article:
    """One story: clean text plus what the page says about it."""

    file: str  # base name of the file it was read from
    path: str
    text: str  # the clean story text that extraction sees (headline first, captions kept once)
    title: str | None = None
    published: date | None = None
    published_inferred: bool = False  # True when the date is an anchor (embedded post, caption), not a dateline
    source: str | None = None
    url: str | None = None
    story: int = 0  # index of the story on its page
    segments: tuple[Segment, ...] = ()
    dropped: tuple[str, ...] = ()  # boilerplate lines removed, for `diplograph read`
    dateline: Dateline | None = None  # the wire dateline opening the story, when it has one
    published_from: str | None = None  # where ``published`` came from (see docs/reading.md)
    period: str | None = None  # the month ('2010-10') the URL dates the page to, when no day of it is known

    @property
    def reference_day(self) -> date | None:
        """The day who held which office is judged at: the publication day, else the middle of the
        month the URL gives (``period``)."""
        if self.published is not None or not self.period:
            return self.published
        year, month = self.period.split("-")
        return date(int(year), int(month), 15)

    @property
    def key(self) -> str:
        """Stable identity of the article: a hash of its text."""
        return text_key(self.text)

    def is_caption(self, start: int, end: int) -> bool:
        return any(s.kind == "caption" and s.start <= start and end <= s.end for s in self.segments)

    def is_foreign(self, start: int, end: int) -> bool:
        return any(s.kind == "foreign" and s.start < end and start < s.end for s in self.segments)


@dataclass(frozen=True)
class Role:
    """A title a person holds, with the country it is for, as an article states it."""

    title: str  # "Foreign Minister"
    country: str | None = None  # "Iran"

    def __str__(self) -> str:
        return f"{self.title} of {self.country}" if self.country else self.title


@dataclass(frozen=True)
class Person:
    """A real person: canonical full name, the other names the text used, and roles."""

    name: str
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    kb: str | None = None  # the id of the person's entry in the office-holder knowledge base (ingest/kb.py)
    kb_source: str | None = None  # where that entry came from: "phoenix", "curated", "phoenix+curated"
    wikidata: str | None = None  # the entry's Wikidata id, when the knowledge base is sure of it

    @property
    def country(self) -> str | None:
        return next((r.country for r in self.roles if r.country), None)

    @property
    def key(self) -> str:
        return fold(self.name)

    @property
    def ident(self) -> str:
        """What the person's IRI is made of: the knowledge-base id, else the folded name with hyphens."""
        return self.kb or "-".join(fold(self.name).split()) or "unnamed"


@dataclass(frozen=True)
class Place:
    """A city, country, region or venue, with gazetteer data when known."""

    name: str
    kind: str = "city"  # city | country | region | venue
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    wikidata: str | None = None
    city: str | None = None  # for a venue: the city it stands in ("Caracas" for Miraflores Palace)

    @property
    def key(self) -> str:
        return fold(f"{self.kind} {self.name} {self.country or ''}")


@dataclass(frozen=True)
class Mention:
    """A stretch of article text that names or describes an entity (a person or a place)."""

    text: str
    start: int
    end: int
    person: Person | None = None
    place: Place | None = None


@dataclass(frozen=True)
class Evidence:
    """Where an event is stated: the article, the quoted sentence, and its character offsets."""

    article: str  # Article.key
    file: str
    quote: str
    start: int
    end: int
    caption: bool = False  # stated only in a photo caption
    date_inferred: bool = False  # the event date came from the article's date, not from the sentence
    another_occasion: bool = False  # the sentence marks another occasion ("their second meeting", "met again")
    uncertain_join: bool = False  # joined, with no date of its own, to an event another article dates
    date_text: str | None = None  # the words that state the event's date in this source ("last Friday", "on the 12th")
    trigger: str | None = None  # the event word as written ("met", "talks", "call")
    trigger_start: int | None = None  # its offset in Article.text
    patterns: tuple[str, ...] = ()  # the ids of the trigger patterns that found it (data/event_triggers.json)


@dataclass(frozen=True)
class Event:
    """A diplomatic event with its participants, place, date and every sentence that states it."""

    type: str  # one of EVENT_TYPES
    participants: tuple[Person, ...]
    evidence: tuple[Evidence, ...] = ()
    place: Place | None = None
    venue: str | None = None
    date: str | None = None  # ISO 8601, as precise as stated: "2023-02-03", "2022-06" or "2007"
    host: str | None = None  # canonical name of the host for a hosted meeting
    cameo: str | None = None  # CAMEO code, e.g. "040" (consult), "042" (visit), "057" (sign agreement)
    plover: str | None = None  # PLOVER category, e.g. "CONSULT", "AGREE"
    plover_mode: str | None = None  # PLOVER mode, e.g. "visit", "phone"

    @property
    def participant_keys(self) -> tuple[str, ...]:
        return tuple(sorted(p.key for p in self.participants))


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one article: what the graph layer writes in one transaction."""

    article: Article
    people: tuple[Person, ...] = ()
    places: tuple[Place, ...] = ()
    events: tuple[Event, ...] = ()
    mentions: tuple[Mention, ...] = field(default=(), compare=False)
    # (person key, full name as this article writes it) where that differs from the canonical name:
    # "Sergey Lavrov" for the person the run calls "Sergei Lavrov"
    written: tuple[tuple[str, str], ...] = ()
    # (place key, name as this article writes it) where the gazetteer's is another: "Nur-Sultan"
    # for the city the gazetteer calls Astana
    written_places: tuple[tuple[str, str], ...] = ()
