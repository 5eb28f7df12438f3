"""The Python API: ``open()`` a knowledge graph, ``extract()`` events from a text, ``Event`` records.

The command line calls the same functions (``diplograph.ingesting``, ``queries.events``,
``queries.library``, ``graph.render``, ``graph.export``, ``graph.corrections``); see docs/python.md.
Nothing here imports spaCy until a text is read.
"""

from __future__ import annotations

import builtins
import json
import tempfile
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Self

from diplograph.graph.store import DEFAULT_STORE, GraphStore, open_store
from diplograph.ingest.records import canonical_name


@dataclass(frozen=True)
class Participant:
    """A person taking part in an event."""

    id: str
    name: str  # as the event's first source writes it
    roles: tuple[str, ...] = ()
    country: str | None = None
    canonical: str = ""  # the one name the graph gives the person


@dataclass(frozen=True)
class Location:
    """Where an event took place (a city, country or venue), with coordinates when known."""

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    kind: str = "city"
    venue: str | None = None


@dataclass(frozen=True)
class Source:
    """One sentence that states the event, the file it was read from and its URL."""

    quote: str
    file: str
    url: str | None = None
    title: str | None = None
    published: str | None = None
    start: int = 0
    end: int = 0
    caption: bool = False


@dataclass(frozen=True)
class Event:
    """A diplomatic event as the graph holds it (or as ``extract`` found it in one text)."""

    id: str | None
    type: str
    participants: tuple[Participant, ...]
    place: Location | None = None
    date: str | None = None
    sources: tuple[Source, ...] = ()
    cameo: str | None = None
    plover: str | None = None
    confidence: float | None = None

    @property
    def short_id(self) -> str | None:
        """The id that ``diplograph meetings`` prints and ``why`` and ``correct`` take."""
        from diplograph.queries.events import short_id

        return short_id(self.id) if self.id else None

    @classmethod
    def from_dict(cls, ev: dict) -> Event:
        """An event from the shared JSON event format (``queries.events``)."""
        place = ev.get("place")
        loc = None
        if place or ev.get("venue"):
            place = place or {}
            loc = Location(
                name=place.get("name") or ev["venue"],
                country=place.get("country"),
                lat=place.get("lat"),
                lon=place.get("lon"),
                kind=place.get("kind") or "venue",
                venue=ev.get("venue"),
            )
        return cls(
            id=ev["id"],
            type=ev["type"],
            participants=tuple(
                Participant(p["id"], p["name"], tuple(p.get("roles") or ()), p.get("country"), canonical_name(p))
                for p in ev["participants"]
            ),
            place=loc,
            date=ev.get("date"),
            sources=tuple(
                Source(
                    quote=s["quote"],
                    file=s["file"],
                    url=s.get("url"),
                    title=s.get("title"),
                    published=s.get("published"),
                    start=s["start"],
                    end=s["end"],
                    caption=bool(s.get("caption")),
                )
                for s in ev["sources"]
            ),
            cameo=ev.get("cameo"),
            plover=ev.get("plover"),
            confidence=ev.get("confidence"),
        )

    @classmethod
    def from_record(cls, event: Any) -> Event:
        """An event from an extraction record (``ingest.records.Event``): no id, it is not stored
        (the participants' ids are the IRIs they would be stored under)."""
        from diplograph.graph.model import person_iri

        place = event.place
        loc = None
        if place is not None or event.venue:
            loc = Location(
                name=place.name if place else event.venue,
                country=(place.name if place.kind == "country" else place.country) if place else None,
                lat=place.lat if place else None,
                lon=place.lon if place else None,
                kind=place.kind if place else "venue",
                venue=event.venue,
            )
        return cls(
            id=None,
            type=event.type,
            participants=tuple(
                Participant(id=str(person_iri(p)), name=p.name, roles=tuple(str(r) for r in p.roles), country=p.country)
                for p in event.participants
            ),
            place=loc,
            date=event.date,
            sources=tuple(
                Source(quote=e.quote, file=e.file, start=e.start, end=e.end, caption=e.caption) for e in event.evidence
            ),
            cameo=event.cameo,
            plover=event.plover,
        )

    def row(self, width: int) -> dict[str, Any]:
        """One table row: the event, then ``actor1``/``actor1_country`` ... up to ``width`` actors."""
        out: dict[str, Any] = {
            "id": self.short_id,
            "type": self.type,
            "date": self.date,
            "place": self.place.name if self.place else None,
            "place_country": self.place.country if self.place else None,
            "lat": self.place.lat if self.place else None,
            "lon": self.place.lon if self.place else None,
        }
        for i in range(width):
            p = self.participants[i] if i < len(self.participants) else None
            out[f"actor{i + 1}"] = p.name if p else None
            out[f"actor{i + 1}_country"] = p.country if p else None
        out.update(
            {
                "cameo": self.cameo,
                "plover": self.plover,
                "confidence": self.confidence,
                "sources": len(self.sources),
                "files": "; ".join(sorted({s.file for s in self.sources})),
                "urls": "; ".join(sorted({s.url for s in self.sources if s.url})),
                "quote": self.sources[0].quote if self.sources else None,
            }
        )
        return out


class EventList(builtins.list):
    """A list of ``Event`` objects with ``to_dataframe()``."""

    def to_dataframe(self) -> Any:
        """A pandas DataFrame, one row per event, one column per actor and actor country
        (``actor1``, ``actor1_country``, ``actor2`` ...); needs pandas (``pip install diplograph[pandas]``)."""
        try:
            import pandas as pd
        except ImportError:
            raise ImportError("to_dataframe needs pandas: pip install 'diplograph[pandas]'") from None
        width = max((len(e.participants) for e in self), default=2)
        width = max(width, 2)
        columns = list(Event(id=None, type="", participants=()).row(width))
        return pd.DataFrame([e.row(width) for e in self], columns=columns)


@dataclass
class KnowledgeGraph:
    """A store of diplomatic events; made by ``diplograph.open``. Use it in a ``with`` block, or
    call ``close()``: an on-disk store is held (locked) for writing while it is open."""

    spec: str
    read_only: bool = False
    _store: GraphStore | None = field(default=None, repr=False)
    _view: GraphStore | None = field(default=None, repr=False)  # the corrected view SPARQL asks, until a write

    @property
    def store(self) -> GraphStore:
        """The underlying store (opened on first use)."""
        if self._store is None:
            self._store = open_store(self.spec, read_only=self.read_only)
        return self._store

    def close(self) -> None:
        """Release the store."""
        self._changed()
        if self._store is not None:
            self._store.close()
            self._store = None

    def _changed(self) -> None:
        """Forget the corrected view: this graph wrote to the store."""
        if self._view is not None and self._view is not self._store:  # no correction: the view is the store
            self._view.close()
        self._view = None

    def _corrected(self) -> GraphStore:
        """The corrected view that SPARQL asks (its copy made once, kept until this graph writes;
        a remote store, which others may write to, gets a fresh one)."""
        from diplograph.graph import corrections
        from diplograph.graph.store import is_remote

        if is_remote(self.spec):
            return corrections.view(self.store)
        if self._view is None:
            self._view = corrections.view(self.store)
        return self._view

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __len__(self) -> int:
        return len(self.store)

    # -- ingest ---------------------------------------------------------------------------------
    def ingest(self, paths: str | Path | Iterable[str | Path]) -> Any:
        """Ingest files and folders (.txt, .html, .jsonl); returns the ingest summary
        (``articles``, ``events``, ``merged``, ``triples_added``, ``errors``, ``line()``)."""
        from diplograph.ingesting import ingest_paths

        items = [paths] if isinstance(paths, str | Path) else list(paths)
        self._changed()
        return ingest_paths(self.store, [str(p) for p in items])

    def ingest_text(
        self,
        text: str,
        name: str = "text.txt",
        published: date | str | None = None,
        url: str | None = None,
        title: str | None = None,
    ) -> Any:
        """Ingest one article given as a string; ``name`` is the file name recorded as its source.
        Returns the ingest summary, as ``ingest``."""
        from dataclasses import replace

        from rdflib import Literal

        from diplograph.graph.vocab import DG

        record = {
            "text": text,
            "title": title,
            "url": url,
            "published": published.isoformat() if isinstance(published, date) else published,
        }
        with tempfile.TemporaryDirectory(prefix="diplograph-") as folder:
            path = Path(folder) / f"text-{uuid.uuid4().hex}.jsonl"
            path.write_text(
                json.dumps({k: v for k, v in record.items() if v}, ensure_ascii=False) + "\n", encoding="utf-8"
            )
            summary = self.ingest([path])
        # the article's source file is the name given, not the temporary file's
        tmp, given = Literal(path.name).n3(), Literal(name).n3()
        self.store.graph.update(
            f"PREFIX dg: <{DG}>\nDELETE {{ ?a dg:file {tmp} }} INSERT {{ ?a dg:file {given} }} "
            f"WHERE {{ ?a dg:file {tmp} }}"
        )
        self._changed()
        summary.errors = [
            replace(e, path=name + e.path[len(str(path)) :]) if e.path.startswith(str(path)) else e
            for e in summary.errors
        ]
        return summary

    # -- reading --------------------------------------------------------------------------------
    def meetings(
        self,
        person: str | None = None,
        type: str | Sequence[str] | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = None,
        raw: bool = False,
    ) -> EventList:
        """Events (with the corrections applied unless ``raw``), by person (case, accents and a
        surname alone are enough), type(s), date range (YYYY, YYYY-MM or YYYY-MM-DD) and count."""
        from diplograph.graph.select import _in_range
        from diplograph.queries.events import meetings

        types = [type] if isinstance(type, str) else list(type or [])
        found = [
            ev
            for ev in meetings(self.store, person=person, types=types, raw=raw)
            if (since is None and until is None) or _in_range(ev["date"], since, until)
        ]
        if limit is not None:
            found = found[: max(limit, 0)]
        return EventList(Event.from_dict(ev) for ev in found)

    def event(self, event_id: str, raw: bool = False) -> Event:
        """One event by its id (the short id ``meetings`` prints, or its IRI)."""
        from diplograph.queries.events import events_of, resolve_event

        iri = resolve_event(self.store, event_id)
        for ev in events_of(self.store, [iri], raw=raw):
            return Event.from_dict(ev)
        raise LookupError(f"event {event_id} was rejected by a correction (raw=True shows it)")

    def why(self, event_id: str) -> dict:
        """Why an event is in the graph (``diplograph why``): sources, triggers, people, place, date, merges."""
        from diplograph.queries.events import resolve_event
        from diplograph.queries.why import explain

        return explain(self.store, resolve_event(self.store, event_id))

    def query(self, sparql_or_name: str, raw: bool = False, **params: str | Sequence[str]) -> list[dict]:
        """Rows of a named query (``diplograph queries``) with its parameters as keywords, or of
        SPARQL text (SELECT); each row a dict of plain Python values."""
        from diplograph.queries.library import _plain, run

        values = {k: [v] if isinstance(v, str) else list(v) for k, v in params.items()}
        output = run(self.store if raw else self._corrected(), sparql_or_name, values)
        if output.kind == "ASK":
            return [{"answer": output.ask}]
        if output.kind != "SELECT":
            return [{"subject": _plain(s), "predicate": _plain(p), "object": _plain(o)} for s, p, o in output.graph]
        return [dict(zip(output.columns, (_plain(v) for v in row))) for row in output.rows]

    def _events(self, raw: bool = False) -> list[dict]:
        from diplograph.queries.events import all_events

        return all_events(self.store, raw=raw)

    def to_networkx(self, raw: bool = False) -> Any:
        """A networkx MultiGraph: people and visited places as nodes, one edge per event and pair."""
        from diplograph.graph.render import build_graph

        return build_graph(self._events(raw))

    def render(self, path: str | Path, map: bool = False, **filters: Any) -> Any:
        """Write the interactive page (or, with ``map=True``, the map) to ``path``; the filters are
        those of ``diplograph render``: person, depth, country, since, until, types, min_sources, top."""
        from diplograph.graph.render import write_page
        from diplograph.graph.select import Selection, select_events

        selection = Selection(**{k: tuple(v) if k == "types" else v for k, v in filters.items()})
        chosen = select_events(self._events(), selection)
        if map:
            from diplograph.graph.map import write_map

            return write_map(chosen, path, title="Diplomatic map", subtitle=selection.describe())
        return write_page(chosen, path, title="Diplomatic graph", subtitle=selection.describe(), focus=selection.person)

    def export(self, path: str | Path, format: str = "turtle", raw: bool = False) -> int:
        """Write the graph (corrected unless ``raw``) as turtle, trig, nt or json-ld; returns the triple count."""
        from diplograph.graph.export import export_graph

        return export_graph(self.store, str(path), format, raw=raw)

    # -- corrections ------------------------------------------------------------------------------
    def correct(self, verb: str, *args: str, by: str | None = None, note: str | None = None) -> Any:
        """Make a correction (``diplograph correct``): ``kg.correct("reject", event_id)``,
        ``kg.correct("same-person", "A", "B")``, ``kg.correct("set-date", event_id, "2023-06-19")`` ..."""
        from diplograph.correcting import correct

        self._changed()
        return correct(self.store, verb, list(args), agent=by, note=note)

    def corrections(self) -> list[Any]:
        """Every correction made, oldest first (undone ones have ``undone`` set)."""
        from diplograph.graph.corrections import read

        return read(self.store)

    def undo(self, correction_id: str) -> Any:
        """Undo a correction by its id; it stays in the history, marked undone."""
        from diplograph.graph.corrections import undo

        self._changed()
        return undo(self.store, correction_id)


def open(store: str | Path = f"./{DEFAULT_STORE}", read_only: bool = False) -> KnowledgeGraph:
    """A knowledge graph over ``store``: a directory (created when needed), ``"memory:"``, or a
    SPARQL endpoint URL, as ``--store`` takes."""
    kg = KnowledgeGraph(str(store), read_only=read_only)
    _ = kg.store
    return kg


def extract(text: str, published: date | str | None = None, title: str | None = None) -> EventList:
    """The events one article states, without any store (like ``nlp(text)``); ``published`` is the
    article's date, which relative dates ("on Monday") count from."""
    from diplograph.ingest.pipeline import extract_articles
    from diplograph.ingest.records import RawDocument
    from diplograph.ingest.sources import to_date
    from diplograph.ingest.stories import split_stories

    day = published if isinstance(published, date) else to_date(published) if published else None
    doc = RawDocument(path="text", text=text.strip(), title=title, published=day)
    out = EventList()
    for extraction in extract_articles(split_stories(doc)):
        out.extend(Event.from_record(e) for e in extraction.events)
    return out


__all__ = ["Event", "EventList", "KnowledgeGraph", "Location", "Participant", "Source", "extract", "open"]
