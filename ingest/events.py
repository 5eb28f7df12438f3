"""Events from parsed sentences: who met whom, who visited where, who signed what, and when.

Holds ``extract_events(doc, article, entities)`` and ``event_codes(event)``.

How a sentence becomes events:
1. A spaCy ``Matcher`` over lemmas finds the words that can state an event ("meet", "receive",
   "held talks", "a meeting", "gave a warm welcome", "played host", "a banquet for", "shook
   hands", "visit", "arrive", "trip", "attended the summit in", "was in X to attend", "signed a
   pact", "spoke by phone"); the patterns are data (``data/event_triggers.json``, one entry per
   pattern with an example sentence that a test runs), their word lists ``data/event_patterns.json``.
2. Each such word has a *clause*: the word and the words above it in the dependency tree, up to
   a reporting verb ("said"), a complement clause or an adverbial clause with its own subject.
   A person mention (resolved by the entity layer) takes part when its path up the tree reaches
   that clause without passing through another verb (a different clause), a possessive or a
   preposition that does not introduce a party ("about", "against").  Subject pronouns ("he",
   "she", "who") and "the two leaders" stand for the people they refer to (``pronoun_mentions``,
   ``pair_mentions``).
3. The clause's modality decides: negated ("did not meet", "denied meeting", "no plans to meet",
   "the meeting was cancelled") and hypothetical ("could meet", "if they meet", "unlikely to
   meet", "invited X to visit") statements are dropped; announced ones ("will meet", "were
   scheduled to meet", "to hold talks next week") become ``planned_meet``.
4. Place and venue come from prepositional phrases of the clause ("in the Venezuelan capital",
   "at the Presidential Palace in Ankara"), else from a visit of a participant the story states
   for that day, else from the story's dateline for a meeting of its own day; the date from the
   date expression governing the word (``ingest.dates``; never the dateline's), else the day the
   story was telling of ("earlier in the day", "X later ..."), else from an earlier sentence of
   the story about the same people, else the story's own date (``Evidence.date_inferred``).

Where the parts live:
- ``ingest/event_codes.py``: event types, CAMEO codes and PLOVER categories (``event_codes``)
- ``ingest/event_triggers.py``: the trigger matcher (step 1)
- ``ingest/event_candidate.py``: the record of an event found in one sentence
- ``ingest/event_participants.py``: the people of a sentence, pronouns and attachment (step 2)
- ``ingest/event_meetings.py``, ``ingest/event_visits.py``: the handler of each trigger family
- ``ingest/event_dates.py``: the date of each event (step 4)

Event types, CAMEO codes and PLOVER categories are in ``data/event_types.json``.  The clause and
modality rules live in ``ingest/event_syntax.py``, the place and venue rules in
``ingest/event_places.py``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from spacy.tokens import Doc, Span

from diplograph.ingest import datelines, dates
from diplograph.ingest.event_candidate import PAIR_TYPES, Candidate
from diplograph.ingest.event_codes import event_codes
from diplograph.ingest.event_dates import date_candidate, date_from_story, future_dated, sentence_date
from diplograph.ingest.event_meetings import (
    host_noun_candidates,
    joint_candidates,
    meet_candidates,
    sign_candidates,
    virtual_candidates,
)
from diplograph.ingest.event_participants import pair_mentions, person_mentions, pronoun_mentions, subject_person
from diplograph.ingest.event_places import destination
from diplograph.ingest.event_syntax import another_occasion, clause_chain, is_verb, lexicon
from diplograph.ingest.event_triggers import patterns_at, triggers
from diplograph.ingest.event_visits import attend_candidates, presence_candidates, visit_candidates
from diplograph.ingest.records import Article, Dateline, Event, Evidence, Person, Place, fold


def _joint_told_again(cands: list[Candidate], doc: Doc) -> list[Candidate]:
    """A joint clause ("the two leaders discussed ...") stands for an event only when no other
    event of the story has the same people; with no place of its own, only when the story puts one
    of them on a trip (they were together: a meeting) or tells of calls (a call)."""
    joint = [c for c in cands if c.extra.get("joint")]
    if not joint:
        return cands
    # the call of a virtual gathering holds the pair calls its own sentence gives ("hosted by A, with B and C")
    gatherings = [c for c in joint if c.extra.get("gathering")]
    cands = [
        c
        for c in cands
        if c in joint
        or not any(
            (g.base, g.sent.start) == (c.base, c.sent.start)
            and c.type == g.type
            and {p.key for p in c.participants} <= {p.key for p in g.participants}
            for g in gatherings
        )
    ]
    told = [frozenset(p.key for p in c.participants) for c in cands if c.type in PAIR_TYPES and c not in joint]
    travellers = {c.participants[0].key for c in cands if c.type == "visit"}
    cues = lexicon()["phone_cues"]
    calls = any(t.lower_ in cues and t.pos_ in ("NOUN", "ADJ", "ADV", "PROPN") for t in doc)
    kept = []
    for c in cands:
        if c in joint:
            keys = frozenset(p.key for p in c.participants)
            if any(keys <= other for other in told):
                continue
            if c.type == "meet" and c.place is None and c.venue is None and not keys & travellers:
                if not calls:
                    continue
                c.type = "phone_call"
        kept.append(c)
    return kept


# The handler of each trigger family (``data/event_triggers.json``): it takes an event word of a
# sentence with the sentence's people and gives the events the sentence states with it.
HANDLERS = {
    "PRESENCE_V": presence_candidates,
    "JOINT_V": joint_candidates,
    "VIRTUAL_N": virtual_candidates,
    "ATTEND_V": attend_candidates,
    "HOST_N": host_noun_candidates,
    "MEET_V": meet_candidates,
    "MEET_N": meet_candidates,
    "PHONE_V": meet_candidates,
    "PHONE_N": meet_candidates,
    "CONVERSE_V": meet_candidates,
    "VISIT_V": visit_candidates,
    "VISIT_N": visit_candidates,
    "TRAVEL_V": visit_candidates,
    "SIGN_V": sign_candidates,
}


def _sentences(doc: Doc, article: Article, entities) -> list[tuple[Span, int, Any]]:
    """Sentences of the story in English, each with the offset of its doc and the entity view.

    Foreign passages and blank stretches are left out.  The pipeline starts a sentence after
    every line break (``ingest.nlp``), so a sentence never runs across one; a sentence that
    still does is cut at the break (its parse cannot lean on the next line: the parser keeps
    the sentence starts).
    """
    out: list[tuple[Span, int, Any]] = []
    for sent in doc.sents:
        start = sent.start
        for i in range(sent.start, sent.end + 1):
            if i == sent.end or "\n" in doc[i].text or "\n" in doc[i].whitespace_:
                end = i if i == sent.end or "\n" in doc[i].text else i + 1
                piece = doc[start:end]
                start = i + 1
                if piece.text.strip() and not article.is_foreign(piece.start_char, piece.end_char):
                    out.append((piece, 0, entities))
    return out


def _quote(sent: Span) -> tuple[str, int, int]:
    text = sent.text
    lead = len(text) - len(text.lstrip())
    body = text.strip()
    return body, sent.start_char + lead, sent.start_char + lead + len(body)


def extract_events(doc: Doc, article: Article, entities) -> list[Event]:
    """Every event the article states, one per sentence and statement, in text order (not merged)."""
    anchor, _ = dates.story_anchor(doc, article)
    line = _dateline_of(article)
    dateline_end = line.end if line is not None else None
    candidates: list[Candidate] = []
    context: list[tuple[set[str], str | None]] = []
    previous: Person | None = None  # the subject person of the sentences so far
    gatherings: list[Place] = []  # places of the summits, forums and conferences the story names
    for sent, base, view in _sentences(doc, article, entities):
        gatherings += _gathering_places(sent, view)
        named = person_mentions(sent, view)
        pair = next((tuple(c.participants) for c in reversed(candidates) if c.type in PAIR_TYPES), ())
        mentions = named + pronoun_mentions(sent, named, previous) + pair_mentions(sent, pair)
        previous = subject_person(sent, named) or previous
        found_here: list[Candidate] = []
        if mentions:
            for tok, label in triggers(sent):
                for cand in HANDLERS[label](tok, label, sent, mentions, view):
                    cand.base = base
                    cand.extra["dateline_end"] = dateline_end
                    date_candidate(cand, anchor, context)
                    found_here.append(cand)
        if _called_off(sent):  # "X was due to meet Y on Monday, but the meeting was cancelled"
            found_here = [c for c in found_here if c.type not in PAIR_TYPES]
        candidates.extend(_dedupe(found_here))
        context.append(sentence_date(sent, mentions, anchor))
    # with no day to anchor on, the month the page's URL gives ("/2010/10/") dates what it tells
    date_from_story(candidates, anchor.isoformat() if anchor is not None else article.period)
    candidates = _joint_told_again(_medium_unstated(candidates, doc), doc)
    _calls_told_again(candidates)
    future_dated(candidates, anchor)
    _fill_places(candidates)
    _gathering_setting(candidates, gatherings)
    filed_from = dateline_place(article, entities, line)
    _dateline_places(candidates, filed_from, anchor)
    _cities_for_countries(candidates, filed_from)
    candidates += _presence_abroad(candidates)
    told = _people_in_body(article, entities)
    return [
        _to_event(c, article)
        for c in candidates
        if not (c.type == "visit" and c.place is None)
        and c.type != "setting"
        and not _foreign_caption(c, article, told)
    ]


def _medium_unstated(cands: list[Candidate], doc: Doc) -> list[Candidate]:
    """ "X spoke to Y" with no medium and no place: a phone call when the story tells of calls
    (a phone word anywhere in it), else nothing (it may be a word at a meeting)."""
    if not any(c.extra.get("medium_unstated") for c in cands):
        return cands
    cues = lexicon()["phone_cues"]
    calls = any(t.lower_ in cues and t.pos_ in ("NOUN", "ADJ", "ADV", "PROPN") for t in doc)
    return [c for c in cands if not c.extra.get("medium_unstated") or (calls and c.place is None and c.venue is None)]


def _calls_told_again(cands: list[Candidate]) -> None:
    """A story about a phone call goes on to tell it as talks ("The two leaders had a detailed
    discussion", "At the end of the talks, X told Y"): a meeting of the same people with no place
    of its own and no other date is that call."""
    calls = [c for c in cands if c.type == "phone_call"]
    for c in cands:
        if c.type != "meet" or c.place is not None or c.venue is not None:
            continue
        keys = {p.key for p in c.participants}
        if any(
            keys <= {p.key for p in call.participants}
            and (c.date_inferred or call.date_inferred or dates.agree(c.date, call.date))
            for call in calls
        ):
            c.type = "phone_call"


def _called_off(sent: Span) -> bool:
    """The sentence says a meeting was cancelled, postponed or called off ("the meeting was
    cancelled", "the talks were called off")."""
    lx = lexicon()
    for t in sent:
        head = t.head
        if (
            t.dep_ in ("nsubj", "nsubjpass")
            and t.lemma_.lower() in lx["meet_nouns"]
            and any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in t.children)
            and head.lemma_.lower() in lx["negating_verbs"]
        ):
            particles = lx["negating_particles"].get(head.lemma_.lower())
            if particles is None or any(c.dep_ == "prt" and c.lower_ in particles for c in head.children):
                return True
    return False


def _people_in_body(article: Article, entities) -> set[str]:
    """People the story mentions outside its headline and photo captions."""
    framing = [s for s in article.segments if s.kind in ("caption", "headline")]
    return {
        m.person.key
        for m in getattr(entities, "mentions", ())
        if getattr(m, "person", None) and not any(s.start <= m.start and m.end <= s.end for s in framing)
    }


def _foreign_caption(cand: Candidate, article: Article, told: set[str]) -> bool:
    """A caption about none of the story's people belongs to another story (a page's stray photo)."""
    start = cand.base + cand.sent.start_char
    end = cand.base + cand.sent.end_char
    if not article.is_caption(start, end) or not told:
        return False
    return not any(p.key in told for p in cand.participants)


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    """One candidate per type and participant set in a sentence; the one with most detail wins."""
    best: dict[tuple, Candidate] = {}
    order: list[tuple] = []
    for c in cands:
        key = (
            c.type,
            tuple(sorted(p.key for p in c.participants)),
            c.place.name if c.type == "visit" and c.place else None,
        )
        old = best.get(key)
        if old is None:
            best[key] = c
            order.append(key)
        else:
            old.place = old.place or c.place
            old.venue = old.venue or c.venue
            old.host = old.host or c.host
            old.date = old.date or c.date
    return [best[k] for k in order]


def _fill_places(cands: list[Candidate]) -> None:
    """Places the story makes plain: a visit's destination stated in another sentence about it,
    a pact signed during a visit stated in the same sentence."""
    visits = [c for c in cands if c.type == "visit" and c.place is not None]
    stays = visits + [c for c in cands if c.type == "setting"]
    for c in cands:
        if c.place is not None:
            continue
        if c.type == "visit":
            who = c.participants[0].key
            same = [v for v in visits if v.participants[0].key == who and dates.agree(v.date, c.date)]
            before = [v for v in same if v.base + v.trigger.idx < c.base + c.trigger.idx]
            pick = before[-1] if before else (same[0] if same else None)
            if pick is not None:
                c.place = pick.place
        elif c.type in ("sign_agreement", "meet"):  # "during a visit to X, he met/signed ..."
            keys = {p.key for p in c.participants}
            same = [
                v
                for v in visits
                if (v.base, v.sent.start_char) == (c.base, c.sent.start_char)
                and v.participants[0].key in keys
                and _frames(v, c)
            ]
            met = [
                m
                for m in cands
                if m.type == "meet"
                and m.place is not None
                and c.type == "sign_agreement"
                and {p.key for p in m.participants} == keys
                and m.date
                and m.date == c.date
            ]
            if same:
                c.place = same[0].place
            elif met:  # "X received Y in Z on Monday ... The two leaders signed a declaration"
                c.place = met[0].place
            elif c.type == "meet" and not _unknown_place_stated(c):
                # "X arrived in Y on Tuesday. On Wednesday X held talks with Z."
                during = [
                    v
                    for v in stays
                    if v.participants[0].key in keys and not v.date_inferred and _within_stay(v.date, c.date)
                ]
                # "X hosted Y on Wednesday evening. ... Y arrived in Z on Wednesday morning."
                same_day = [
                    v
                    for v in visits
                    if v.participants[0].key in keys
                    and not v.date_inferred
                    and not c.date_inferred
                    and v.date
                    and v.date == c.date
                ]
                # an undated story: the traveller's latest arrival before the meeting, in the sentence before
                undated = [
                    v
                    for v in visits
                    if c.date is None
                    and v.date is None
                    and not v.noun
                    and v.participants[0].key in keys
                    and v.base + v.trigger.idx < c.base + c.trigger.idx
                    and _sentences_apart(v, c) <= 1
                ]
                if during or same_day or undated:
                    c.place = (during or same_day or undated)[-1].place


def _cities_for_countries(cands: list[Candidate], dateline: Place | None) -> None:
    """An event placed only in a country ("met the Qatari Emir"), when the story puts a participant
    in one city of that country (an arrival, a visit) or was filed from one, is in that city."""
    for c in cands:
        if c.place is None or c.place.kind != "country" or c.type == "visit":
            continue
        keys = {p.key for p in c.participants}
        country = fold(c.place.name)
        cities = {
            v.place.name: v.place
            for v in cands
            if v.type == "visit"
            and v.place is not None
            and v.place.kind == "city"
            and fold(v.place.country or "") == country
            and v.participants[0].key in keys
        }
        if not cities and dateline is not None and fold(dateline.country or "") == country:
            cities = {dateline.name: dateline}
        if len(cities) == 1:
            c.place = next(iter(cities.values()))


def _presence_abroad(cands: list[Candidate]) -> list[Candidate]:
    """A visit the story implies: a participant of a meeting or signing held in a city of a country
    not their own was there ("X met Y in Z", "at the summit in Z"), unless the story already tells
    of their trip to that country. One visit per person and country, dated like the first event."""
    told = {
        (c.participants[0].key, fold(_country_of(c.place) or ""))
        for c in cands
        if c.type == "visit" and c.place is not None
    }
    found: list[Candidate] = []
    for c in cands:
        if (
            c.type not in ("meet", "sign_agreement")
            or c.place is None
            or c.place.kind == "country"
            or c.in_sequence
            or another_occasion(c.trigger)
        ):
            continue
        where = fold(_country_of(c.place) or "")
        if not where:
            continue
        for person in c.participants:
            if not person.country or fold(person.country) == where or (person.key, where) in told:
                continue
            told.add((person.key, where))
            found.append(
                Candidate(
                    "visit",
                    c.trigger,
                    c.sent,
                    [person],
                    c.place,
                    c.venue,
                    date=c.date,
                    date_inferred=c.date_inferred,
                    base=c.base,
                    extra={**c.extra, "implied_by": c.type},
                )
            )
    return found


def _country_of(place: Place | None) -> str | None:
    if place is None:
        return None
    return place.name if place.kind == "country" else place.country


def _frames(visit: Candidate, event: Candidate) -> bool:
    """The visit of the same sentence frames the event: named by a noun ("on a visit to X, he
    signed"), or one clause governs the other without a clause of its own between them ("visited
    X and met Y", "arrived in X to meet Y") -- not "X held talks with Y, days after he visited Z",
    nor "arrived in X after a stop in Z, where he met Y"."""
    if visit.noun:
        return True
    v, e = dates.governor(visit.trigger), dates.governor(event.trigger)
    if v == e:
        return True
    for low, high in ((e, v), (v, e)):
        if high in low.ancestors:
            path = [low]
            while path[-1].head != high:
                path.append(path[-1].head)
            return not any(
                t.dep_ in ("relcl", "acl", "ccomp")
                or (is_verb(t) and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children))
                for t in path
            )
    return (v.dep_ == "conj" and v.head == e) or (e.dep_ == "conj" and e.head == v)


def _sentences_apart(a: Candidate, b: Candidate) -> int:
    """How many sentence starts lie between two candidates (0: the same sentence)."""
    doc = b.sent.doc if a.base == b.base else None
    if doc is None:
        return 99
    lo, hi = sorted((a.sent.start, b.sent.start))
    return sum(1 for t in doc[lo + 1 : hi + 1] if t.is_sent_start)


def _unknown_place_stated(cand: Candidate) -> bool:
    """The clause names a place the gazetteer does not know ("welcomed X to Castel Gandolfo"):
    the place of another sentence must not stand in for it."""
    if cand.venue is not None:
        return False  # a venue known by name: its city may come from elsewhere in the story
    lx = lexicon()
    roots = {t.i for t in cand.sent if t.ent_type_ == "PERSON"}
    for t in clause_chain(cand.trigger):
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in lx["place_prepositions"]:
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if (
                    obj is not None
                    and obj.pos_ == "PROPN"
                    and obj.i not in roots
                    and obj.ent_type_ in ("GPE", "LOC", "")
                    and obj.lower_ not in lx["location_head_nouns"]
                ):  # a building ("the Great Hall") is not a town
                    return True
    return False


def _gathering_places(sent: Span, entities) -> list[Place]:
    """Places of the gatherings a sentence names ("the G8 summit in Gleneagles", "the Riyadh
    summit", "at the forum in Alofi"); a virtual one has none."""
    lx = lexicon()
    found = []
    for tok in sent:
        if (
            tok.pos_ not in ("NOUN", "PROPN")
            or tok.lower_ not in lx["gathering_nouns"]
            and tok.lemma_.lower() not in lx["gathering_nouns"]
        ):
            continue
        if any(c.lower_ in lx["virtual_words"] for c in tok.children) or another_occasion(tok):
            continue
        place = destination(tok, entities, frozenset(lx["gathering_prepositions"]), dobj=False)
        if place is not None and place.kind != "country":
            found.append(place)
    return found


def _gathering_setting(cands: list[Candidate], gatherings: list[Place]) -> None:
    """A story set at one gathering (every gathering it places is in one city): its meetings and
    signings with no place of their own are there, unless told as another occasion."""
    cities = {fold(p.city or p.name) if p.kind == "venue" else fold(p.name) for p in gatherings}
    if len(cities) != 1:
        return
    setting = (
        next(p for p in gatherings if p.kind != "venue")
        if any(p.kind != "venue" for p in gatherings)
        else gatherings[0]
    )
    for c in cands:
        if (
            c.place is None
            and c.venue is None
            and c.type in ("meet", "sign_agreement")
            and not c.in_sequence
            and not another_occasion(c.trigger)
            and not _unknown_place_stated(c)
        ):
            c.place = setting


DATELINE_DAYS = 2  # a meeting this recent, with no place stated, is taken to be where the story was filed


def _dateline_of(article: Article) -> Dateline | None:
    """The story's dateline as the reader found it, or read from a text given without a reader
    (``diplograph.extract``, the spaCy component)."""
    if article.dateline is not None or article.segments:
        return article.dateline
    return datelines.find(article.text, None, article.published)


def dateline_place(article: Article, entities, line: Dateline | None = None) -> Place | None:
    """The city of the story's dateline ("NAIROBI — ...", "DOHA, March 19 (Reuters) - ..."), read
    once by ``ingest.datelines`` onto ``Article.dateline`` (or given as ``line``); a country alone
    places nothing."""
    line = line or _dateline_of(article)
    if line is None:
        return None
    place = entities.place_at(line.city_start, line.city_end) or line.place
    return place if place is not None and place.kind != "country" else None


def _here(cand: Candidate) -> bool:
    """The clause says the event happened "here": where the story was filed."""
    return any(c.lower_ == "here" and c.dep_ == "advmod" for t in clause_chain(cand.trigger) for c in t.children)


def _dateline_places(cands: list[Candidate], place: Place | None, anchor: date | None) -> None:
    """Meetings with no place that happened "here", or that are stated to have happened on the
    story's day or just before, take the place of its dateline."""
    if place is None:
        return
    for c in cands:
        if c.place is None and c.type in ("meet", "visit", "sign_agreement") and (_here(c) or c.extra.get("setting")):
            c.place = place  # "here", "arrived in the capital": where the story was filed
    if anchor is None:
        return
    for c in cands:
        day = dates.to_date(c.date)
        if (
            c.type == "meet"
            and c.place is None
            and day is not None
            and not c.date_inferred
            and 0 <= (anchor - day).days <= DATELINE_DAYS
            and not _unknown_place_stated(c)
        ):
            c.place = place


STAY_DAYS = 7  # a meeting this many days after a stated arrival is taken to be in the same place


def _within_stay(arrival: str | None, day: str | None) -> bool:
    a, d = dates.to_date(arrival), dates.to_date(day)
    return a is not None and d is not None and 0 <= (d - a).days <= STAY_DAYS


def _to_event(c: Candidate, article: Article) -> Event:
    quote, start, end = _quote(c.sent)
    start, end = start + c.base, end + c.base
    evidence = Evidence(
        article=article.key,
        file=article.file,
        quote=quote,
        start=start,
        end=end,
        caption=article.is_caption(start, end),
        date_inferred=c.date_inferred,
        another_occasion=c.type in PAIR_TYPES and another_occasion(c.trigger),
        date_text=c.extra.get("date_text") if c.date and not c.date_inferred else None,
        trigger=c.trigger.text,
        trigger_start=c.base + c.trigger.idx,
        patterns=patterns_at(c.trigger),
    )
    event = Event(
        type=c.type,
        participants=tuple(c.participants),
        evidence=(evidence,),
        place=c.place,
        venue=c.venue,
        date=c.date,
        host=c.host,
        cameo=c.cameo,
    )
    codes = event_codes(event)
    return replace(event, cameo=codes["cameo"], plover=codes["plover"], plover_mode=codes["plover_mode"])
