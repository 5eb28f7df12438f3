"""Event identity: one real-world event, however many sentences and articles state it.

Holds:
- ``same_event(a, b)``: two event records are the same event when they have the same type, the
  same set of participants, dates that agree within the stated precision ("2023-02" agrees with
  "2023-02-03"; a missing date agrees with any) and compatible places (equal, one missing, or
  one a city in the other's country); the days of one visit (``VISIT_SPAN_DAYS``) agree.  A date
  that no sentence states (taken from the article's date, every evidence marked ``date_inferred``)
  is an upper bound for a past event: it agrees with a stated date up to ``INFERRED_WINDOW_DAYS``
  before it.
- ``combine(a, b)``: the union of two events' evidence, with the most precise date and place.
- ``merge_in_article(events)``: the events of one article folded together, in order.
- ``confidence(event)``: what the evidence says for an event: independent sources, whether only
  photo captions state it, whether any sentence states its date, and a score in [0, 1].
- ``join_stored(event, stored)``: across articles, the stored event (read back as a record by the
  store, ``GraphStore.stored_events``) that a new event is the same event as; the ingest job hands
  it to ``GraphStore.write``, so one meeting reported by five articles is one event with five
  sources, and the graph layer never decides what "the same event" means.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import TypeVar

from diplograph.ingest.dates import agree, most_precise, to_date
from diplograph.ingest.records import Event, Place, fold

INFERRED_WINDOW_DAYS = 7
VISIT_SPAN_DAYS = 3  # a visit lasts days: arrival on Thursday and "the visit Friday" are one visit
_PLACE_RANK = {"venue": 3, "city": 2, "region": 1, "country": 0}
Key = TypeVar("Key")


def _inferred(event: Event) -> bool:
    return bool(event.evidence) and all(e.date_inferred for e in event.evidence)


def unresolved(event: Event) -> bool:
    """No sentence states the event's date (none found, or only the article's own date)."""
    return event.date is None or _inferred(event)


def another_occasion(event: Event) -> bool:
    """A sentence of the event marks it as another occasion ("their second meeting", "met again")."""
    return any(e.another_occasion for e in event.evidence)


def uncertain_join(a: Event, b: Event) -> bool:
    """Joining the two would rest on no stated date for one of them (recorded on its evidence)."""
    return unresolved(a) != unresolved(b)


def dates_agree(a: Event, b: Event, same_article: bool = False) -> bool:
    """Dates agree within their precision; an inferred date is read as 'on or shortly before';
    the days of one visit agree with each other.  Across articles, an event with no stated date
    never agrees with another when its text marks another occasion ("their second meeting"), and
    an event with no date at all never agrees with a dated one; within one article, of two with no
    stated date, one marked as another occasion and one not are two."""
    if not same_article and ((unresolved(a) and another_occasion(a)) or (unresolved(b) and another_occasion(b))):
        return False
    if same_article and unresolved(a) and unresolved(b) and another_occasion(a) != another_occasion(b):
        return False  # "X and Y spoke on Thursday ... earlier they held another conversation": two calls
    if not same_article and (a.date is None) != (b.date is None):
        return False  # a story with no date at all may tell of any year: joining it could lose an event
    if agree(a.date, b.date):
        return True
    if a.type == b.type == "visit":
        da, db = to_date(a.date), to_date(b.date)
        if da is not None and db is not None and abs((da - db).days) <= VISIT_SPAN_DAYS:
            return True
    ia, ib = _inferred(a), _inferred(b)
    if not (ia or ib):
        return False
    da, db = to_date(a.date), to_date(b.date)
    if da is None or db is None:
        return False
    if ia and ib:
        return abs((da - db).days) <= INFERRED_WINDOW_DAYS
    bound, stated = (da, db) if ia else (db, da)
    return _within(stated, bound)


def _within(stated: date, bound: date) -> bool:
    return 0 <= (bound - stated).days <= INFERRED_WINDOW_DAYS


def places_agree(a: Place | None, b: Place | None) -> bool:
    """Equal, one missing, or one inside the other's country."""
    if a is None or b is None:
        return True
    na, nb = fold(a.name), fold(b.name)
    if na == nb:
        return True
    ca, cb = fold(a.country or ""), fold(b.country or "")
    if a.kind == "country" or not ca:
        if cb and cb == na:
            return True
    if b.kind == "country" or not cb:
        if ca and ca == nb:
            return True
    return False


def same_event(a: Event, b: Event, same_article: bool = False) -> bool:
    """Whether two event records state the same real-world event (see the module docstring);
    ``same_article``: both come from one article, whose repeated mentions of a meeting are one."""
    if a.type != b.type:
        return False
    if set(a.participant_keys) != set(b.participant_keys):
        return False
    return dates_agree(a, b, same_article) and places_agree(a.place, b.place)


def _better_place(a: Place | None, b: Place | None) -> Place | None:
    if a is None:
        return b
    if b is None:
        return a
    ra, rb = _PLACE_RANK.get(a.kind, 1), _PLACE_RANK.get(b.kind, 1)
    if rb > ra:
        return b
    if rb == ra and a.lat is None and b.lat is not None:
        return b
    return a


def _better_date(a: Event, b: Event) -> str | None:
    """A stated date beats an inferred one; between agreeing stated dates, the more precise; the
    days of one visit give its first day (the arrival)."""
    ia, ib = _inferred(a) or a.date is None, _inferred(b) or b.date is None
    if ia and not ib:
        return b.date
    if ib and not ia:
        return a.date
    if a.type == "visit" and a.date and b.date and not agree(a.date, b.date):
        return min(a.date, b.date)
    return most_precise(a.date, b.date)


def mark_uncertain(event: Event) -> Event:
    """The event with every piece of its evidence marked as an uncertain join."""
    return replace(event, evidence=tuple(replace(e, uncertain_join=True) for e in event.evidence))


def join_stored(event: Event, stored: Sequence[tuple[Key, Event]]) -> tuple[Key, Event] | None:
    """The first stored event (``(key, record)``, as the store lists them) that ``event`` is the same
    event as, with ``event`` as it is to be written: marked ``uncertain_join`` when the join rests
    on no stated date of one of the two.  ``None`` when it is a new event."""
    for key, known in stored:
        if same_event(known, event):
            return key, (mark_uncertain(event) if uncertain_join(known, event) else event)
    return None


def combine(a: Event, b: Event) -> Event:
    """One event from two records of it: every piece of evidence, the most precise date and place.
    Records from different articles joined on no stated date of one of them keep that on its
    evidence (``uncertain_join``)."""
    if uncertain_join(a, b) and not {e.article for e in a.evidence} & {e.article for e in b.evidence}:
        a, b = (mark_uncertain(a), b) if unresolved(a) else (a, mark_uncertain(b))
    evidence = tuple(dict.fromkeys(a.evidence + b.evidence))
    people = {p.key: p for p in a.participants}
    for p in b.participants:
        known = people.get(p.key)
        if known is None or (len(p.roles) > len(known.roles)) or len(p.aliases) > len(known.aliases):
            people[p.key] = (
                p
                if known is None
                else replace(
                    known,
                    aliases=tuple(dict.fromkeys(known.aliases + p.aliases)),
                    roles=tuple(dict.fromkeys(known.roles + p.roles)),
                )
            )
    participants = tuple(people[p.key] for p in a.participants) + tuple(
        people[p.key] for p in b.participants if p.key not in {q.key for q in a.participants}
    )
    return replace(
        a,
        participants=participants,
        evidence=evidence,
        date=_better_date(a, b),
        place=_better_place(a.place, b.place),
        venue=a.venue or b.venue,
        host=a.host or b.host,
        cameo=a.cameo or b.cameo,
        plover=a.plover or b.plover,
        plover_mode=a.plover_mode or b.plover_mode,
    )


def _same_gathering(a: Event, b: Event) -> bool:
    """Within one article, a meeting of three or more told again with one of them left out ("the
    leaders of A, B, C and D met on Tuesday" beside "A, B, C, D and E met on Tuesday") is the
    same gathering: the same type, day and place (or no day told of either, and neither marked as
    another occasion), one group inside the other; for a call, a pair of its people told apart too."""
    small, large = sorted((set(a.participant_keys), set(b.participant_keys)), key=len)
    # a call of three told also as calls of two ("Bush talks with Italian, Russian leaders by
    # telephone" over "Putin and Berlusconi talked with the U.S. president"): one call that day
    least = 2 if a.type == "phone_call" else 3
    # both of one day, or neither dated in a story that marks neither as another occasion
    dated = a.date is not None and b.date is not None
    undated = a.date is None and b.date is None and not (another_occasion(a) or another_occasion(b))
    return (
        a.type == b.type
        and len(small) >= least
        and small < large
        and (dated or undated)
        and dates_agree(a, b, True)
        and places_agree(a.place, b.place)
    )


def _one_event(a: Event, b: Event) -> bool:
    return same_event(a, b, same_article=True) or _same_gathering(a, b)


def merge_in_article(events: list[Event]) -> list[Event]:
    """Fold the events of one article that are the same event (``same_event``, and a gathering told
    again with one of its people left out); order of first statement is kept."""
    merged: list[Event] = []
    for event in events:
        for i, known in enumerate(merged):
            if _one_event(known, event):
                merged[i] = combine(known, event)
                break
        else:
            merged.append(event)
    # a fold can make two earlier events compatible (a date or place became known): repeat to a fixpoint
    changed = True
    while changed:
        changed = False
        for i in range(len(merged)):
            for j in range(i + 1, len(merged)):
                if _one_event(merged[i], merged[j]):
                    merged[i] = combine(merged[i], merged[j])
                    del merged[j]
                    changed = True
                    break
            if changed:
                break
    return merged


def confidence(event: Event) -> dict:
    """How well the evidence supports an event.

    ``sources``: distinct articles; ``body_sources``: articles that state it outside a caption;
    ``caption_only``: only captions state it; ``date_stated``: a sentence states its date.
    ``score``: 0.4 for the first article, 0.15 for each further one (up to three), 0.15 when the
    body states it, 0.15 when a sentence states the date; capped at 1.
    """
    articles = {e.article for e in event.evidence}
    body = {e.article for e in event.evidence if not e.caption}
    stated = any(not e.date_inferred for e in event.evidence) and event.date is not None
    score = (
        (0.4 if articles else 0.0)
        + 0.15 * min(3, max(0, len(articles) - 1))
        + (0.15 if body else 0.0)
        + (0.15 if stated else 0.0)
    )
    return {
        "sources": len(articles),
        "body_sources": len(body),
        "caption_only": bool(articles) and not body,
        "date_stated": stated,
        "score": round(min(1.0, score), 2),
    }
