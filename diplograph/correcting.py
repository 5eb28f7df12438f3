"""The correction job: a user's words -> a stored correction, and the corrections honoured at ingest.

``make`` resolves what the user typed (an event's short id, a person's name, a place, a date) and
stores the correction (``graph.corrections``). ``seed_people`` and ``CorrectedRegistry`` make the
people registry of the next ingest honour the person corrections, so that new articles do not undo
them: an alias or a same-person makes the registry resolve the other name to the person kept; a
not-same-person keeps the registry from joining the two names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from diplograph.graph import corrections, model
from diplograph.graph.corrections import Correction, CorrectionError
from diplograph.graph.store import GraphStore
from diplograph.graph.vocab import ID
from diplograph.ingest.records import Place, Role, fold
from diplograph.ingest.registry import Registry, _Entry
from diplograph.queries.events import UnknownEvent, resolve_event, short_id
from diplograph.queries.library import resolve_people

_DATE = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")
_PERSON_PREFIX = str(ID["person/"])


def _one_person(store: GraphStore, name: str) -> str:
    found = resolve_people(store, name)
    if not found:
        raise CorrectionError(f"no person matches {name!r} (`diplograph query people` lists the names)")
    if len(found) > 1:
        names = ", ".join(str(f)[len(_PERSON_PREFIX) :] for f in found[:6])
        raise CorrectionError(f"{name!r} matches {len(found)} people ({names}): give the full name or person/ID")
    return str(found[0])


def _event(store: GraphStore, text: str) -> str:
    try:
        return resolve_event(store, text)
    except UnknownEvent as exc:
        raise CorrectionError(str(exc)) from None


def find_place(text: str) -> tuple[Place, str | None]:
    """A place from its name by the gazetteers: a venue ("Diaoyutai State Guesthouse", with the city
    it stands in), a city ("Nairobi", "Nairobi, Kenya") or a country ("Kenya"); a place of that name
    without coordinates when no gazetteer knows it. Returns the place and the venue's name, if any."""
    from diplograph.ingest import locations, places

    name, _, country = (part.strip() for part in text.partition(","))
    if not name:
        raise CorrectionError("no place given")
    country = (places.country_name(country) or country) if country else ""
    venue = locations.lookup_gazetteer_venue(name, [country] if country else [])
    if venue is not None:
        city = locations.venue_city(venue)
        if city is not None:
            return city, venue.name
    found = places.find_city(name, country) if country else None
    found = found or places.lookup(name)
    if found is not None and (not country or fold(found.country or "") == fold(country)):
        return found, None
    return Place(name, kind="city", country=country or None), None


def make(
    store: GraphStore, verb: str, args: list[str], agent: str | None = None, note: str | None = None
) -> Correction:
    """Resolve the arguments of ``diplograph correct VERB ARGS...`` against ``store`` and store the correction."""
    if verb not in corrections.VERBS:
        raise CorrectionError(f"unknown correction {verb!r}; the corrections are: {', '.join(corrections.VERBS)}")
    if len(args) != 2:
        raise CorrectionError(f"{verb} takes two arguments, not {len(args)}")
    a, b = args
    if verb == "reject":
        raise CorrectionError("reject takes one argument: the event id")
    if verb == "same-person":
        keep, gone = _one_person(store, a), _one_person(store, b)
        if keep == gone:
            raise CorrectionError(f"{a!r} and {b!r} are one person already")
        return corrections.add(store, verb, keep, gone, a, b, agent, note)
    if verb == "not-same-person":
        return corrections.add(store, verb, a, b, a, b, agent, note)
    if verb == "alias":
        return corrections.add(store, verb, a, _one_person(store, b), a, b, agent, note)
    event = _event(store, a)
    a = short_id(event)  # listed by the id the tables print, whatever start of it was typed
    if verb == "set-date":
        if not _DATE.fullmatch(b.strip()):
            raise CorrectionError(f"not a date: {b!r} (YYYY, YYYY-MM or YYYY-MM-DD)")
        return corrections.add(store, verb, event, b.strip(), a, b, agent, note)
    place, venue = find_place(b)
    return corrections.add(store, verb, event, str(model.place_iri(place)), a, b, agent, note, place=place, venue=venue)


def reject(store: GraphStore, event_id: str, agent: str | None = None, note: str | None = None) -> Correction:
    """Store a ``reject`` of the event a user names."""
    event = _event(store, event_id)
    return corrections.add(store, "reject", event, None, short_id(event), None, agent, note)


def correct(
    store: GraphStore, verb: str, args: list[str], agent: str | None = None, note: str | None = None
) -> Correction:
    """One correction from a verb and its arguments (``reject`` takes one, the others two)."""
    if verb == "reject":
        if len(args) != 1:
            raise CorrectionError(f"reject takes one argument (the event id), not {len(args)}")
        return reject(store, args[0], agent, note)
    return make(store, verb, args, agent, note)


# -- at ingest ------------------------------------------------------------------------------------


def _same(a: str, b: str) -> bool:
    return fold(a) == fold(b)


class CorrectedRegistry(Registry):
    """The people registry, never joining two names that a not-same-person correction keeps apart."""

    def __init__(self, apart: Iterable[tuple[str, str]] = ()) -> None:
        super().__init__()
        self.apart = [(fold(a), fold(b)) for a, b in apart]

    def _find(self, name: str, found_roles: Iterable[Role] = (), kb: str | None = None) -> _Entry | None:
        entry = super()._find(name, found_roles, kb)
        if entry is None or not self.apart:
            return entry
        key, forms = fold(name), {fold(f) for f in entry.forms}
        for a, b in self.apart:
            if (key == a and b in forms and a not in forms) or (key == b and a in forms and b not in forms):
                return None
        return entry


def seed_people(store: GraphStore, stored: dict[str, tuple[set[str], set[str]]]) -> Registry:
    """Adjust the stored people a new ingest starts from (ident -> (names, other names)) by the
    person corrections in force, and return the registry to seed with them."""
    made = corrections.in_force(store)
    cancelled = corrections.cancelled_ids(made)
    apart: list[tuple[str, str]] = []

    def ident(iri: str) -> str | None:
        return iri[len(_PERSON_PREFIX) :] if iri.startswith(_PERSON_PREFIX) else None

    for c in made:
        if c.id in cancelled:
            continue
        if c.verb == "same-person" and c.object:
            keep, gone = ident(c.subject), ident(c.object)
            if keep in stored and gone in stored and keep != gone:
                names, others = stored.pop(gone)
                stored[keep][1].update(names | others)
        elif c.verb == "alias" and c.object:
            keep = ident(c.object)
            if keep in stored:
                for other in [
                    k for k, (names, _) in stored.items() if k != keep and any(_same(n, c.subject_text) for n in names)
                ]:
                    names, others = stored.pop(other)
                    stored[keep][1].update(names | others)
                stored[keep][1].add(c.subject_text)
        elif c.verb == "not-same-person" and c.object_text:
            apart.append((c.subject_text, c.object_text))
            for names, others in stored.values():
                for x, y in ((c.subject_text, c.object_text), (c.object_text, c.subject_text)):
                    if any(_same(n, x) for n in names):
                        others.difference_update({o for o in others if _same(o, y)})
    return CorrectedRegistry(apart)


__all__ = ["CorrectedRegistry", "correct", "find_place", "make", "reject", "seed_people"]
