"""Events from parsed sentences: who met whom, who visited where, who signed what, and when.

Holds ``extract_events(doc, article, entities)``, the event stage's entry point (``event_codes``
is here too, from ``ingest/event_codes.py``).  It reads the story sentence by sentence, then
reads what it found against the whole story; each step is a module of its own:

1. ``event_triggers``: a spaCy ``Matcher`` over lemmas finds the words that can state an event
   ("meet", "held talks", "a meeting", "gave a warm welcome", "visit", "arrive", "attended the
   summit in", "signed a pact", "spoke by phone"); the patterns are data
   (``data/event_triggers.json``, one entry per pattern with an example sentence that a test runs),
   their word lists ``data/event_patterns.json``.  Each pattern names its family ("MEET_V").
2. ``event_participants``: the people of the sentence as the entity layer resolved them, with the
   pronouns ("he", "who", "his") and "the two leaders" standing for people named before, and a
   plural title over a list of countries ("the leaders of A, B and C") for the article's holders
   of those offices.
3. ``HANDLERS``: the handler of the event word's family (``event_meetings``: meetings, calls,
   welcomes, joint clauses, virtual summits, signings; ``event_visits``: visits, attendance,
   presence, accepted invitations) reads its clause (``event_syntax``: which words belong to it, how a person hangs from
   it, its modality: negated and hypothetical statements are dropped, announced ones become
   ``planned_meet``) and its place and venue (``event_places``), and gives ``Candidate`` records
   (``event_candidate``).
4. ``event_dates``: the date expression governing the event word (never the dateline's), else the
   day the story was telling of, else an earlier sentence about the same people, else the story's
   own date (``Evidence.date_inferred``).
5. ``event_story``: one candidate per type and people in a sentence; a meeting the sentence calls
   off, a clause that retells another event, talks that are the story's call, an invitation a later
   sentence accepts ("X invited Y to visit. Y accepted the invitation").
6. ``event_story_places``: where the clause does not say, the place the story makes plain: the
   visit of the same person, the summit the story is set at, the dateline for what happened "here"
   or on the story's day, a city for a country, and the visit a meeting abroad implies.
7. Each candidate kept becomes an ``Event`` record with its ``Evidence`` (the sentence quoted) and
   its codes (``event_codes``: CAMEO and PLOVER, from ``data/event_types.json``).

Data flows one way: this module imports the step modules; they import ``event_syntax``,
``event_places``, ``event_candidate`` and ``event_participants``, never this module.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date
from typing import Any

from spacy.tokens import Doc, Span

from diplograph.ingest import datelines, dates, nlp, people, places
from diplograph.ingest.event_candidate import PAIR_TYPES, Candidate
from diplograph.ingest.event_codes import event_codes
from diplograph.ingest.event_dates import date_candidate, date_from_story, future_dated, past_plans, sentence_date
from diplograph.ingest.event_meetings import (
    counterpart_of_protagonist,
    credentials_candidates,
    host_noun_candidates,
    joined_candidates,
    joint_candidates,
    meet_candidates,
    message_candidates,
    sign_candidates,
    virtual_candidates,
)
from diplograph.ingest.event_participants import (
    GROUP,
    clause_pair,
    described_mentions,
    group_mentions,
    main_subject_stand_in,
    pair_mentions,
    person_mentions,
    pronoun_mentions,
    quotations,
    speaks_for,
    story_speaker,
    subject_group,
    subject_person,
    unique_people,
)
from diplograph.ingest.event_story import (
    arrivals_listed,
    attended_told_before,
    called_off,
    callers_listed,
    callers_of_the_call_before,
    calls_told_again,
    cancelled_meetings,
    cancelled_trips,
    dedupe,
    denied_events,
    envoys_listed,
    foreign_caption,
    held_remotely,
    held_remotely_first,
    invitation_accepted,
    invitations_told,
    joined_later,
    joint_told_again,
    medium_unstated,
    meeting_told_before,
    members_named,
    met_remotely,
    not_denied,
    one_call_listed,
    others_included,
    participants_listed,
    parties_named_after,
    parties_of_the_event_before,
    people_in_body,
    told_one_by_one,
    unstated_talks,
)
from diplograph.ingest.event_story_places import (
    arrivals_at_gathering,
    arrivals_of_groups,
    cities_for_countries,
    dateline_place,
    dateline_places,
    fill_places,
    gathering_places,
    gathering_setting,
    here_places,
    hosts_at_home,
    lead_city,
    presence_abroad,
    setting_from_arrivals,
    story_city,
    trip_setting,
    unplaced_gathering,
    venues_of_the_parties,
)
from diplograph.ingest.event_syntax import another_occasion
from diplograph.ingest.event_triggers import patterns_at, triggers
from diplograph.ingest.event_visits import (
    accepted_invitation_candidates,
    at_home,
    attend_candidates,
    group_arrivals,
    presence_candidates,
    visit_candidates,
)
from diplograph.ingest.records import Article, Event, Evidence, Person, Place

# The handler of each trigger family (``data/event_triggers.json``): it takes an event word of a
# sentence with the sentence's people and gives the events the sentence states with it.
HANDLERS = {
    "PRESENCE_V": presence_candidates,
    "JOINT_V": joint_candidates,
    "JOINED_V": joined_candidates,
    "VIRTUAL_N": virtual_candidates,
    "ATTEND_V": attend_candidates,
    "HOST_N": host_noun_candidates,
    "CREDENTIALS_N": credentials_candidates,
    "MESSAGE_N": message_candidates,
    "MEET_V": meet_candidates,
    "MEET_N": meet_candidates,
    "PHONE_V": meet_candidates,
    "PHONE_N": meet_candidates,
    "CONVERSE_V": meet_candidates,
    "VISIT_V": visit_candidates,
    "VISIT_N": visit_candidates,
    "TRAVEL_V": visit_candidates,
    "SIGN_V": sign_candidates,
    "INVITATION_N": accepted_invitation_candidates,
}


FOUND_ONLY = frozenset({"MESSAGE_N"})  # families whose word states an event only when its handler finds one


def extract_events(doc: Doc, article: Article, entities) -> list[Event]:
    """Every event the article states, one per sentence and statement, in text order (not merged)."""
    anchor, _ = dates.story_anchor(doc, article)
    line = datelines.of_article(article)
    dateline_end = line.end if line is not None else None
    candidates: list[Candidate] = []
    context: list[tuple[set[str], str | None]] = []
    previous: Person | None = None  # the subject person of the sentences so far
    followed: list[Person] = []  # the subject people of the sentences so far, latest first
    seen: list[Person] = []  # everyone the sentences so far name, latest first
    brought_together: tuple[Person, ...] = ()  # the people the sentence before brought together
    gatherings: list[tuple[Place | None, bool]] = []  # places of the summits, forums and conferences the story names
    denials: list[tuple[str, frozenset[str]]] = []  # "there has been no phone call between X and Y"
    previous_found: list[Candidate] = []  # what the sentence before told
    group: tuple[Person, ...] = ()  # the list of people the story named last as a subject
    ceremony: Candidate | None = None  # the reception of envoys' credentials the story told last
    invitations: list[tuple[Person, Person]] = []  # (invitee, inviter) of the invitations told so far
    arrivals: list[Candidate] = []  # a group's arrival the sentence before told, its members unnamed
    groups: list[Candidate] = []  # every such arrival the story told
    remote = False  # a meeting held by video told before the sentence that names its people
    sentences = _sentences(doc, article, entities)
    sexes = people.sexes(doc, getattr(entities, "mentions", ()))
    quoted = quotations([sent for sent, _, _ in sentences], entities)
    quoted += story_speaker([sent for sent, _, _ in sentences], entities)  # "Remarks by X": X's "I"
    for sent, base, view in sentences:
        gatherings += gathering_places(sent, view)
        named = person_mentions(sent, view)
        pair = _pair_of(candidates, previous, {m.person.key for m in named if m.person is not None})
        pairs = pair_mentions(sent, pair, brought_together, named)
        mentions = named + pronoun_mentions(sent, named, previous, followed, sexes, quoted, pairs, seen) + pairs
        seen = unique_people([m.person for m in named if m.person is not None and not m.synthetic] + seen)
        described = described_mentions(sent, view, anchor)  # "the presidents of A, B and C"
        covered = {m.root.i for m in mentions + described if m.synthetic}
        mentions += [m for m in group_mentions(sent, group) if m.root.i not in covered] + described
        group = subject_group(sent, named, group)
        # "He will attend a banquet hosted by Y": the person the pronoun stands for, not the agent
        subject = main_subject_stand_in(sent, mentions) or subject_person(sent, named)
        # the protagonist of a meeting word that names only its counterparts: the person the story
        # follows before this sentence (the parse may make one of the counterparts its subject)
        protagonist = _protagonist(candidates, followed)
        # a spokesperson reports the story's news and is no one it follows ("X told reporters. He ...")
        if subject is not None and (not followed or followed[0].key != subject.key) and not speaks_for(subject):
            followed.insert(0, subject)
        previous = followed[0] if followed else None
        # else the three or more it names, wherever: "the three leaders" after "X is considering
        # inviting Y and Z" (two named apart may be only talked about: "X said Y is a dictator")
        everyone = unique_people([m.person for m in named if m.person is not None and not m.synthetic])
        brought_together = clause_pair(sent, named) or (tuple(everyone) if len(everyone) >= GROUP else ())
        found_here: list[Candidate] = []
        told = triggers(sent) if mentions else []
        if mentions:
            found: list[Candidate] = []
            for tok, label in told:
                if label == "CREDENTIALS_N":  # credentials presented to no one named: to the receiver told before
                    found += credentials_candidates(tok, label, sent, mentions, view, ceremony)
                else:
                    found += HANDLERS[label](tok, label, sent, mentions, view) or counterpart_of_protagonist(
                        tok, label, sent, mentions, view, protagonist or previous
                    )
            found += invitation_accepted(sent, mentions, invitations)  # "X invited Y ... Y accepted the invitation"
            invitations += invitations_told(sent, mentions)
            for cand in found:
                cand.base = base
            found_here += _dated(found, dateline_end, anchor, context, article.period)
        ceremony = next((c for c in found_here if c.type == "credentials_setting"), ceremony)
        found_here = callers_of_the_call_before(found_here, previous_found)
        meeting_told_before(found_here, previous_found)
        found_here = parties_named_after(found_here, previous_found)
        if remote and found_here:
            met_remotely(found_here)  # "They held the summit by video. A and B met with C."
        remote = (remote or held_remotely_first(sent)) and not found_here
        if not found_here:
            held_remotely(sent, previous_found)  # "This was held virtually."
            if mentions:  # "The conversation involved A, B and C": more parties of the event before
                parties_of_the_event_before(sent, mentions, previous_found)
        found_here = attended_told_before(found_here, candidates)
        # "Leaders arrived in X. The leaders include A and B": a visit of each (a sentence naming no
        # one is searched for such an arrival too)
        here = [c for c in found_here if c.type == "arrival_setting"] or (
            [] if mentions else group_arrivals(sent, view, base)
        )
        found_here = [c for c in found_here if c.type != "arrival_setting"]
        if mentions:
            listed = arrivals_listed(sent, mentions, here or arrivals)
            found_here += _dated(listed, dateline_end, anchor, context, article.period)
        arrivals = here
        groups += here
        if mentions and all(c.type == "setting" for c in found_here):
            # "Others included C and D": more people for the events of the sentence before; "Those
            # heads of state meeting with Y were A, B and C" names the group told of before
            listed = members_named(sent, mentions, previous_found, candidates)
            if not found_here:  # a sentence with settings of its own only names a group's members
                listed = (
                    listed
                    or others_included(sent, mentions, previous_found)
                    or envoys_listed(sent, mentions, previous_found)
                    or callers_listed(sent, mentions, previous_found)
                    or participants_listed(sent, mentions, previous_found, candidates)
                )
            found_here += _dated(listed, dateline_end, anchor, context, article.period)
        # a sentence with no event word in between (a caption) leaves the one before in view; a message
        # noun is an event word only when its handler found the message handed over
        if found_here or any(label not in FOUND_ONLY for _, label in told):
            previous_found = found_here
        denials += denied_events(sent, {m.person.key for m in mentions if m.person is not None})
        denials += cancelled_trips(sent, mentions, protagonist or previous) + cancelled_meetings(sent, mentions)
        if called_off(sent):  # "X was due to meet Y on Monday, but the meeting was cancelled"
            # what the sentence says did happen stands: "the summit was called off but he went on to X, where he met Y"
            found_here = [c for c in found_here if c.type not in PAIR_TYPES or c.trigger.tag_ == "VBD"]
        candidates.extend(dedupe(found_here))
        context.append(sentence_date(sent, mentions, anchor, article.period))
    # with no day to anchor on, the month the page's URL gives ("/2010/10/") dates what it tells
    date_from_story(candidates, anchor.isoformat() if anchor is not None else article.period)
    candidates = joined_later(joint_told_again(medium_unstated(not_denied(candidates, denials), doc), doc))
    candidates = one_call_listed(told_one_by_one(candidates))
    calls_told_again(candidates)
    candidates = past_plans(future_dated(candidates, anchor, article), anchor)
    venues_of_the_parties(candidates)
    fill_places(candidates)
    filed_from = dateline_place(article, entities, line)
    unplaced = unplaced_gathering(candidates, gatherings, filed_from)
    unplaced_occasion = any(p is None and occasion for p, occasion in gatherings)  # "on the sidelines of the summit"
    gatherings = [(p, occasion) for p, occasion in gatherings if p is not None]
    gathering_setting(candidates, [(unplaced, True)] if unplaced else gatherings, stated=unplaced is None)
    setting_from_arrivals(candidates)  # before the dateline: a story filed from elsewhere
    # with no dateline, the city the story's first sentences put its news in stands for it
    lead = None if line is not None else lead_city(sentences, article)
    dateline_places(candidates, filed_from or lead, anchor)
    here_places(candidates, lead)
    arrivals_at_gathering(candidates, gatherings)
    arrivals_of_groups(candidates, groups)
    trip_setting(candidates, presence_abroad(candidates, gatherings))
    venues_of_the_parties(candidates)  # again, for events the story has placed in a country since
    cities_for_countries(candidates, filed_from, entities)
    hosts_at_home(candidates, gatherings, unplaced_occasion, filed_from)
    story_city(candidates)
    candidates += presence_abroad(candidates, gatherings)
    told = people_in_body(article, entities)
    return [
        _to_event(c, article)
        for c in candidates
        if not (c.type == "visit" and (c.place is None or places.is_vague(c.place)))  # not "his Asia tour"
        and not (c.type == "visit" and at_home(c.participants[0], c.place))  # placed by the story: no trip home
        and c.type not in ("setting", "call_setting", "credentials_setting")
        and not foreign_caption(c, article, told)
    ]


def _dated(
    cands: list[Candidate],
    dateline_end: int | None,
    anchor: date | None,
    context: list[tuple[set[str], str | None]],
    period: str | None,
) -> list[Candidate]:
    """The candidates a sentence told, each with where the story's dateline ends and its date."""
    for cand in cands:
        cand.extra["dateline_end"] = dateline_end
        date_candidate(cand, anchor, context, period)
    return cands


def _protagonist(candidates: list[Candidate], followed: list[Person]) -> Person | None:
    """The person the story follows: a party to more of the meetings and calls told so far than
    anyone else ("X held meetings with A ... with B ... The Prime Minister of B said ... In the
    meeting with C, ...": X), else the subject person of the sentences before."""
    people = {p.key: p for c in candidates if c.type in PAIR_TYPES for p in c.participants}
    ranked = Counter(p.key for c in candidates if c.type in PAIR_TYPES for p in c.participants).most_common(2)
    if len(ranked) == 2 and ranked[0][1] >= 2 and ranked[0][1] > ranked[1][1]:
        return people[ranked[0][0]]
    return followed[0] if followed else None


def _pair_of(candidates: list[Candidate], previous: Person | None, named: set[str] = frozenset()) -> tuple[Person, ...]:
    """The people "the two" or "they" stand for: those of the latest meeting or call of the person
    the story now follows ("X spoke by phone with A, B and C. ... B discussed Brexit. They agreed
    to meet": B and X), else of the latest one; of those, one with a person the sentence names
    ("X met A, B and C ... During the meeting with A, the two leaders ...": X and A)."""
    # not "discussed with Y", which the story may yet drop (``medium_unstated``)
    pairs = [  # "The Russian and Ukrainian presidents signed a deal": signers together are a pair too
        c
        for c in reversed(candidates)
        if (c.type in PAIR_TYPES or (c.type == "sign_agreement" and len(c.participants) > 1)) and not unstated_talks(c)
    ]
    own = [c for c in pairs if previous is not None and any(p.key == previous.key for p in c.participants)]
    here = [c for c in own or pairs if any(p.key in named for p in c.participants) and len(c.participants) == 2]
    return tuple((here or own or pairs)[0].participants) if pairs else ()


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


def _through_blanks(parsed: str, text: str, end: int, base: int) -> int:
    """A quote's end carried over the words the parser read as blanks right after it (a credit,
    ", Kazinform reports.", blanked by ``nlp.text_to_parse``): the page's sentence is quoted whole."""
    stop = end
    while stop < len(parsed) and parsed[stop] == " ":
        stop += 1
    blanked = text[base + end : base + stop]
    return stop if blanked.strip() and len(text) >= base + stop else end


def _to_event(c: Candidate, article: Article) -> Event:
    quote, start, end = _quote(c.sent)
    end = _through_blanks(nlp.text_of(c.sent.doc), article.text, end, c.base)
    start, end = start + c.base, end + c.base
    if len(article.text) >= end:
        quote = article.text[start:end]  # the page's own words, not the blanks parsed in their stead ("[Images]")
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


def _quote(sent: Span) -> tuple[str, int, int]:
    """The sentence as quoted in the evidence, without its surrounding blanks, and where it starts and ends."""
    text = sent.text
    lead = len(text) - len(text.lstrip())
    body = text.strip()
    return body, sent.start_char + lead, sent.start_char + lead + len(body)
