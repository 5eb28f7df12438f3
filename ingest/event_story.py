"""The candidates of a story read against each other: what is one event, what is told again,
what did not happen.

Holds:
- ``dedupe(cands)``: one candidate per type and people in a sentence.
- ``called_off(sent)``: the sentence says its meeting was cancelled.
- ``meeting_told_before``, ``attended_told_before``, ``parties_named_after``: "the meeting" of a
  sentence is one told before.
- ``medium_unstated``, ``joint_told_again``, ``calls_told_again``: "X spoke to Y", "the two
  leaders discussed ...", "the talks" kept, dropped or made a call by what else the story tells.
- ``others_included``, ``envoys_listed``, ``members_named``, ``callers_listed``: a sentence that only
  names more people (or the unnamed ones) for the events of the sentence before;
  ``callers_of_the_call_before``: callers it names without the one called ("B also called him").
- ``people_in_body``, ``foreign_caption``: a photo caption about none of the story's people
  belongs to another story.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from diplograph.ingest import dates, places, roles
from diplograph.ingest.event_candidate import PAIR_TYPES, Candidate
from diplograph.ingest.event_participants import persons_in, subjects_of, unique_people
from diplograph.ingest.event_syntax import (
    call_in_person,
    clause_chain,
    group_word,
    is_verb,
    joining_verb,
    lexicon,
    modality,
    names_its_parties,
    phone_word,
    prep_objects,
    puts_off,
    talks_without_medium,
)
from diplograph.ingest.records import Article, Person


def dedupe(cands: list[Candidate]) -> list[Candidate]:
    """One candidate per type, participant set and date in a sentence: the first, or the first an
    event word states rather than a joint clause ("agreed" in "the two agreed to meet"), with the
    details of the others; none for some of the people of a hosted occasion of the same sentence."""
    best: dict[tuple, Candidate] = {}
    order: list[tuple] = []
    for c in cands:
        key = (
            c.type,
            tuple(sorted(p.key for p in c.participants)),
            c.place.name if c.type == "visit" and c.place else None,
        )
        old = best.get(key)
        if old is not None and old.date and c.date and not dates.agree(old.date, c.date):
            key = (*key, c.date)  # "in December they took part in X, and met again in January": two occasions
            old = best.get(key)
        if old is None:
            best[key] = c
            order.append(key)
            continue
        if old.extra.get("joint") and not c.extra.get("joint"):
            # "the two agreed to meet": the event word's own statement stands, not the joint clause's
            best[key], old, c = c, c, old
        old.place = old.place or c.place
        old.venue = old.venue or c.venue
        old.host = old.host or c.host
        old.date = old.date or c.date
        old.extra["joined"] = old.extra.get("joined") or c.extra.get("joined")
    kept = [best[k] for k in order]
    # "hosted a reception for A, B and C": the host's meetings with each are that one occasion
    occasions = [
        (c.type, c.base, c.sent.start, {p.key for p in c.participants}) for c in kept if c.extra.get("occasion")
    ]
    return [
        c
        for c in kept
        if not any(
            (c.type, c.base, c.sent.start) == (kind, base, start) and {p.key for p in c.participants} < keys
            for kind, base, start, keys in occasions
        )
    ]


def envoys_listed(sent: Span, mentions, before: list[Candidate]) -> list[Candidate]:
    """ "X received the credentials of six ambassadors. They are A; B; and C.": a sentence that
    only names the envoys of the ceremony the sentence before told (its subject "they", "these"
    or the envoys) gives the receiver a meeting with each, held as the ceremony was."""
    lx = lexicon()
    setting = next((c for c in before if c.type == "credentials_setting"), None)
    if setting is None:
        return []
    host = setting.participants[0]
    for verb in sent:
        if verb.lemma_.lower() != "be" or verb.dep_ != "ROOT":
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or not (subject.lower_ in ("they", "these") or subject.lemma_.lower() in lx["envoy_nouns"]):
            return []
        envoys = _named_after(verb, mentions, [host])
        kind = setting.extra.get("medium", "meet")
        return [
            Candidate(
                kind,
                verb,
                sent,
                [host, e],
                setting.place if kind == "meet" else None,
                setting.venue if kind == "meet" else None,
                host=host.name if kind == "meet" else None,
            )
            for e in envoys
        ]
    return []


def members_named(sent: Span, mentions, before: list[Candidate], story: list[Candidate] = ()) -> list[Candidate]:
    """ "X held a meeting with European Union envoys. The envoys were led by A. Others were B, C
    and D": the sentence before told of X's meeting with a group it did not name (a ``setting``
    with the group's noun); a sentence whose subject is that group ("the envoys", "the delegation")
    and whose verb lists or leads ("include", "be", "was led by") names its members: one meeting of
    X with them all, told where the group was.  "Others were ..." next adds more members to it, and
    so does a list of the group after a meeting with one of its members ("held talks with A and seven
    other heads of state. The heads of state present were B, C ...").  "The visitors", "the first
    batch of visitors" stand for the group too, and a subject that names the group with "the" may
    look further back, to the one such meeting the story told."""
    lx = lexicon()
    told = [c for c in before if c.type == "meet" and c.extra.get("group_noun")]
    settings = [c for c in before if c.type == "setting" and c.extra.get("group_noun") and c.participants]
    earlier = [c for c in story if c.type == "setting" and c.extra.get("group_noun") and c.participants]
    groups = {c.extra["group_noun"] for c in settings + told + earlier}
    for verb in sent:
        # "The eight Heads of State present at the meeting were A, B ...": the parse may hang the
        # subject on the adjective before the verb
        before = [c for c in verb.children if c.dep_ in ("acomp", "attr") and c.i < verb.i]
        subjects = [c for h in (verb, *before) for c in h.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            continue
        subject = next((c for c in subjects if group_word(c) in groups), subjects[0])
        definite = any(c.lower_ == "the" for c in subject.children)
        subject = _group_inside(subject)  # "the first batch of visitors": the visitors
        lemma, noun = verb.lemma_.lower(), group_word(subject)
        if not settings and not told and len(earlier) == 1 and definite:
            settings = earlier  # "Eight envoys called on X. The governor said ... The visitors were A, B"
        lists = lemma in lx["listing_verbs"]
        leads = lemma in lx["leading_verbs"] and subject.dep_ == "nsubjpass"
        plural = subject.tag_ in ("NNS", "NNPS") or noun in lx["delegation_nouns"]  # not "the Iraqi ambassador was"
        if told and (noun in lx["other_words"] or (plural and noun == told[0].extra["group_noun"])) and lists:
            meeting = told[0]
            more = _named_after(verb, mentions, meeting.participants)
            meeting.participants = unique_people(meeting.participants + more)
            return []
        if (
            len(settings) == 1
            and plural
            and (
                noun == settings[0].extra["group_noun"] or noun in lx["delegation_nouns"] or noun in lx["visitor_nouns"]
            )
            and (lists or leads)
        ):
            setting = settings[0]
            members = _named_after(verb, mentions, setting.participants)
            if not members or _own_delegation(subject, setting.participants[0]):
                return []
            cand = Candidate(
                "meet", setting.trigger, setting.sent, [setting.participants[0], *members], setting.place, setting.venue
            )
            cand.base = setting.base
            cand.extra["group_noun"] = setting.extra["group_noun"]
            return [cand]
    return []


def _group_inside(noun: Token) -> Token:
    """The plural a collective noun is "of" ("the first batch of visitors": visitors), else the noun."""
    if noun.lemma_.lower() not in lexicon()["collective_nouns"]:
        return noun
    return next(
        (o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.tag_ == "NNS"),
        noun,
    )


def arrivals_listed(sent: Span, mentions, settings: list[Candidate]) -> list[Candidate]:
    """ "Leaders of Gulf states arrived in Riyadh on Tuesday. The leaders include A, B and C", "Other
    heads of state who arrived yesterday were A, B and C": a travel verb of a plural that names no
    one (an ``arrival_setting``, of this sentence or the one before) and a listing verb whose subject
    is that plural, or stands for it, name the travellers: a visit of each to where they arrived."""
    lx = lexicon()
    arrivals = [c for c in settings if c.type == "arrival_setting"]
    if len(arrivals) != 1:
        return []
    arrival = arrivals[0]
    group = arrival.extra["group_noun"]
    for verb in sent:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or verb.lemma_.lower() not in lx["listing_verbs"]:
            continue
        if subject.lemma_.lower() != group and subject.lower_ not in lx["listing_subjects"]:
            continue
        extra = {"setting": arrival.extra["setting"]}
        return [
            Candidate("visit", arrival.trigger, arrival.sent, [p], arrival.place, base=arrival.base, extra=dict(extra))
            for p in _named_after(verb, mentions, [])
        ]
    return []


def participants_listed(sent: Span, mentions, before: list[Candidate], story: list[Candidate] = ()) -> list[Candidate]:
    """ "X held a video call with European leaders. Participants in the meeting included A, B and C"
    ("The participants were A and B"): the sentence before told of X's call or meeting with people it
    did not name (a ``call_setting`` or a ``setting`` of one party); a listing verb whose subject is
    its participants (``participant_nouns``) names them: one call or meeting of X with them all.
    "The participants in the call", with the event named, may look further back: to the last such
    call or meeting the story told, when all it told are of one party."""
    lx = lexicon()

    def settings_of(cands: list[Candidate]) -> list[Candidate]:
        return [c for c in cands if c.type in ("setting", "call_setting") and len(c.participants) == 1]

    for verb in sent:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if (
            subject is None
            or verb.lemma_.lower() not in lx["listing_verbs"]
            or subject.lemma_.lower() not in lx["participant_nouns"]
        ):
            continue
        settings = settings_of(before)
        event_named = any(
            o.lemma_.lower() in lx["meet_nouns"] | lx["phone_heads"]
            for p in subject.children
            if p.dep_ == "prep" and p.lower_ in ("in", "of")
            for o in p.children
            if o.dep_ == "pobj"
        )
        if not settings and event_named and len({c.participants[0].key for c in settings_of(story)}) == 1:
            settings = settings_of(story)[-1:]
        if len(settings) != 1:
            return []
        setting = settings[0]
        named = _named_after(verb, mentions, setting.participants)
        if not named:
            return []
        call = setting.type == "call_setting"
        cand = Candidate(
            "phone_call" if call else "meet",
            setting.trigger,
            setting.sent,
            [setting.participants[0], *named],
            None if call else setting.place,
            None if call else setting.venue,
            base=setting.base,
        )
        return [cand]
    return []


def invitations_told(sent: Span, mentions) -> list[tuple[Person, Person]]:
    """ "X invited Y to visit Z": (Y, X), an invitation no one has accepted yet -- no event of its
    own, but the one a later "Y accepted the invitation" answers (``invitation_accepted``)."""
    lx = lexicon()
    out = []
    for verb in sent:
        if not is_verb(verb) or verb.lemma_.lower() not in lx["invitation_verbs"]:
            continue
        inviters = subjects_of(verb, mentions)
        if not inviters and verb.dep_ == "conj":
            inviters = subjects_of(verb.head, mentions)  # "X spoke with Y on the phone and invited him to visit"
        invitees = unique_people([p for c in verb.children if c.dep_ == "dobj" for p in persons_in(c, mentions)])
        if not invitees and any(c.dep_ == "dobj" and c.lower_ in ("him", "her") for c in verb.children):
            # "spoke with Y and invited him to visit": the one other person the sentence names
            others = unique_people([m.person for m in mentions if m.person is not None and m.person not in inviters])
            invitees = others if len(others) == 1 else []
        if len(inviters) == 1 and len(invitees) == 1 and inviters[0].key != invitees[0].key:
            out.append((invitees[0], inviters[0]))
    for noun in sent:  # "conveyed to Y an invitation to visit Z from X": an invitation carried to Y
        if noun.dep_ != "dobj" or noun.lemma_.lower() not in lx["invitation_nouns"] or not is_verb(noun.head):
            continue
        senders = [t for t in noun.subtree if t.dep_ == "prep" and t.lower_ == "from"]
        inviters = unique_people([p for t in senders for g in t.children for p in persons_in(g, mentions)])
        told = [c for c in noun.head.children if c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to")]
        invitees = unique_people(
            [p for c in told for g in (c, *c.children) if g.dep_ in ("dative", "pobj") for p in persons_in(g, mentions)]
        )
        if len(inviters) == 1 and len(invitees) == 1 and inviters[0].key != invitees[0].key:
            out.append((invitees[0], inviters[0]))
    return out


def invitation_accepted(sent: Span, mentions, invitations: list[tuple[Person, Person]]) -> list[Candidate]:
    """ "Y accepted the invitation" with no inviter named, after "X invited Y to visit Z": Y and X
    plan to meet, as when the sentence names X ("accepted an invitation from X")."""
    lx = lexicon()
    out = []
    for noun in sent:
        verb = noun.head
        if noun.dep_ != "dobj" or noun.lemma_.lower() not in lx["invitation_nouns"]:
            continue
        if verb.lemma_.lower() not in lx["acceptance_verbs"] or modality(verb, clause_chain(verb)) != "asserted":
            continue
        if prep_objects(noun, ("from",)) or any(c.dep_ == "poss" and persons_in(c, mentions) for c in noun.children):
            continue  # the inviter is named: the invitation word's own reading
        guests = subjects_of(verb, mentions)
        inviters = [x for y, x in reversed(invitations) if len(guests) == 1 and y.key == guests[0].key]
        if inviters:
            out.append(Candidate("planned_meet", noun, sent, [guests[0], inviters[0]]))
    return out


def _own_delegation(group: Token, person: Person) -> bool:
    """ "X engaged in consultations with regional counterparts. The U.S. delegation included A and
    B": a group of X's own country is X's side, not the counterparts."""
    countries = {places.country_name(c.text) for c in group.children if c.dep_ in ("compound", "amod", "nmod")}
    return person.country is not None and person.country in countries


def _named_after(verb: Token, mentions, known: list[Person]) -> list[Person]:
    """The people a sentence names after ``verb``, but for those already ``known``."""
    keys = {p.key for p in known}
    named = [m.person for m in mentions if m.person is not None and not m.synthetic and m.root.i > verb.i]
    return unique_people([p for p in named if p.key not in keys])


def others_included(sent: Span, mentions, before: list[Candidate]) -> list[Candidate]:
    """ "X received calls from A and B. Others included C and D": a sentence that only lists more
    people ("others", "other callers" as the subject of "include") adds them to the events of the
    sentence before, with the one party all of those share."""
    lx = lexicon()
    pairs = [c for c in before if c.type in PAIR_TYPES and len(c.participants) == 2]
    if not pairs:
        return counterparts_listed(sent, mentions, before)
    if len({c.type for c in pairs}) != 1:
        return []
    shared = set.intersection(*({p.key for p in c.participants} for c in pairs))
    owners = {m.person.key for m in mentions if m.person is not None and m.root.dep_ == "poss"}
    if len(pairs) == 1 and len(shared & owners) == 1:
        shared &= owners  # "Others to receive calls on Mr X's first day included A and B": X's calls
    elif len(pairs) == 1:  # "X called Y. Besides X, calls were made by A and B": Y, whom the callers called
        shared -= {m.person.key for m in mentions if m.person is not None}
        if len(shared) == 2:
            shared = {_the_called(pairs[0]).key}
    if len(shared) != 1:
        return []
    key = shared.pop()
    party = next(p for p in pairs[0].participants if p.key == key)

    def other(t: Token) -> bool:  # "others", "other callers"
        return t.lemma_.lower() in lx["other_words"] or any(
            c.dep_ == "amod" and c.lower_ in lx["other_words"] for c in t.children
        )

    for verb in sent:
        lemma = verb.lemma_.lower()
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None and verb.dep_ == "conj":  # "Others to receive calls ... included A and B"
            subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if lemma in lx["listing_verbs"] and lemma != "be":
            listing = subject is not None and subject.dep_ == "nsubj" and other(subject)
        elif lemma == "be":  # "Among other callers were C and D"
            listing = any(o.dep_ == "pobj" and other(o) for o in prep_objects(verb, ("among",)))
        else:  # "Besides A, the calls were made by C and D": the callers of the calls told before
            listing = (
                pairs[0].type == "phone_call"
                and subject is not None
                and subject.dep_ == "nsubjpass"
                and subject.lemma_.lower() in lx["phone_heads"]
                and lemma in lx["noun_light_verbs"]
                and any(c.dep_ == "agent" for c in verb.children)
            )
        if not listing:
            continue
        listed = _named_after(verb, mentions, [party])
        return [Candidate(pairs[0].type, verb, sent, [party, p], base=pairs[0].base) for p in listed]
    return []


def counterparts_listed(sent: Span, mentions, before: list[Candidate]) -> list[Candidate]:
    """ "X held bilateral meetings with several other leaders. These included A, B and C": the
    sentence before told of X's meetings with counterparts it did not name (a ``setting``); a
    sentence whose subject stands for them ("these", "they") and whose verb lists ("include")
    names them: a meeting of X with each."""
    settings = [c for c in before if c.type == "setting" and c.extra.get("unnamed_counterparts")]
    if len(settings) != 1 or not settings[0].participants:
        return []
    setting = settings[0]
    party = setting.participants[0]
    lx = lexicon()
    for verb in sent:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if not (
            verb.lemma_.lower() in lx["listing_verbs"]
            and verb.lemma_.lower() != "be"
            and subject is not None
            and subject.lower_ in lx["listing_subjects"]
        ):
            continue
        return [
            Candidate("meet", verb, sent, [party, p], setting.place, setting.venue, base=setting.base)
            for p in _named_after(verb, mentions, [party])
        ]
    return []


def callers_listed(sent: Span, mentions, before: list[Candidate]) -> list[Candidate]:
    """ "X has been receiving phone calls from world leaders. Latest among such callers were A, B
    and C" (or "The callers included A and B", "X received condolences from A; B; and C"): the
    sentence before told of calls to X from no one named (a ``call_setting``); a listing verb whose
    subject, or the group it picks from, is the callers, or the messages X received, names them: a
    call of each with X."""
    settings = [c for c in before if c.type == "call_setting" and len(c.participants) == 1]
    if len(settings) != 1:
        return []
    setting = settings[0]
    party = setting.participants[0]
    lx = lexicon()
    for verb in sent:
        # "X received condolences from A; B; and C": the callers' messages, after "X received phone calls"
        messages = verb.lemma_.lower() == "receive" and any(
            c.dep_ == "dobj" and c.lower_ in lx["message_nouns"] and c.lower_ not in ("letter", "message")
            for c in verb.children
        )
        if verb.lemma_.lower() not in lx["listing_verbs"] and not messages:
            continue
        around = [c for c in verb.subtree if c.i < verb.i]
        if not messages and not any(
            t.lemma_.lower() in lx["caller_nouns"] or t.lower_ in lx["caller_nouns"] for t in around
        ):
            continue
        return [
            Candidate("phone_call", verb, sent, [party, p], base=setting.base)
            for p in _named_after(verb, mentions, [party])
        ]
    return []


def callers_of_the_call_before(found: list[Candidate], before: list[Candidate]) -> list[Candidate]:
    """ "X received a call from Y. Z also called", "A and B also called him": callers whom the
    sentence names without the one they called (``callers`` candidates), after one call told in the
    sentence before: each called the one who received that call.  With no such call, no event."""
    calls = [c for c in before if c.type == "phone_call" and len(c.participants) == 2]
    pairs = {frozenset(p.key for p in c.participants) for c in calls}  # one call, told by one or two words
    out: list[Candidate] = []
    for cand in found:
        if cand.type != "callers":
            out.append(cand)
            continue
        if len(pairs) != 1:
            continue
        callee = _the_called(calls[0])
        for caller in cand.participants:
            if caller.key != callee.key:
                call = replace(cand, type="phone_call", participants=[caller, callee], extra=dict(cand.extra))
                if call.date is None and calls[0].date is not None:  # "also called": the day just told of
                    call.date, call.date_inferred = calls[0].date, True
                out.append(call)
    return out


def _the_called(call: Candidate) -> Person:
    """The one who received a call: the object of a verb of calling ("X called Y"), else the
    subject of the clause that tells of it ("X received a call from Y", "X spoke by phone with Y")."""
    trigger = call.trigger
    after = _told_after_the_word(call)
    directed = trigger.pos_ in ("VERB", "AUX") and trigger.lemma_.lower() in lexicon()["phone_verbs"]
    if directed and not any(c.dep_ in ("nsubjpass", "auxpass") for c in trigger.children):
        return after
    return next((p for p in call.participants if p.key != after.key), call.participants[0])


def _told_after_the_word(cand: Candidate) -> Person:
    """The party of a pair event whose name its sentence gives after the event word: the one
    called, received or met ("X called Y")."""
    text = cand.sent.text.lower()
    at = cand.trigger.idx - cand.sent.start_char

    def after(p: Person) -> bool:
        return text.find(p.name.lower().split()[-1], at) >= 0

    return next((p for p in cand.participants if after(p)), cand.participants[-1])


def meeting_told_before(found: list[Candidate], before: list[Candidate]) -> None:
    """ "X met with the Chinese and Russian ambassadors in Sanaa. During the meeting, A and B ...":
    the meeting the sentence before told with no named counterpart is X's; "the meeting" of this
    sentence is that one, X one of its parties, and it is where and when the sentence before put it.
    So is "the meeting" of some of the people of a meeting the sentence before told ("X met the
    presidents of A and B. During the meeting, A's Y and B's Z ...")."""
    told = [c for c in before if c.type == "meet" and len(c.participants) >= 3]
    for c in found:
        definite = any(d.dep_ == "det" and d.lower_ == "the" for d in c.trigger.children)
        keys = {p.key for p in c.participants}
        wider = [t for t in told if keys < {p.key for p in t.participants}]
        if c.type == "meet" and c.noun and definite and len(wider) == 1:
            c.participants = list(wider[0].participants)
    settings = [
        c
        for c in before
        if c.type == "setting"
        and (c.place is not None or c.extra.get("unnamed_counterparts"))
        and c.trigger.pos_ == "VERB"
        and c.participants
    ]
    hosts = unique_people([c.participants[0] for c in settings])
    if len(hosts) != 1:
        return
    for c in found:
        definite = any(d.dep_ == "det" and d.lower_ == "the" for d in c.trigger.children)
        if c.type == "meet" and c.noun and definite and all(p.key != hosts[0].key for p in c.participants):
            # "X met on Monday with African leaders in Y. The meeting included A and B": X's, where and when told
            c.participants = unique_people([hosts[0], *c.participants])
            setting = settings[-1]
            c.place, c.venue = c.place or setting.place, c.venue or setting.venue
            if (c.date is None or c.date_inferred) and setting.date is not None and not setting.date_inferred:
                c.date, c.date_inferred = setting.date, False


def parties_named_after(found: list[Candidate], before: list[Candidate]) -> list[Candidate]:
    """ "X convened a teleconference with A and B. The teleconference comprised C, D and E": "the"
    same event word as the subject of a verb that names a meeting's parties (``party_verbs``) is
    the event the sentence before told, and the people it names are more of its parties."""
    kept = []
    for c in found:
        word = c.trigger
        told = [t for t in before if t.type == c.type and t.noun and t.trigger.lemma_.lower() == word.lemma_.lower()]
        if c.noun and _the_event_naming_parties(word) and len(told) == 1:
            told[0].participants = unique_people(told[0].participants + c.participants)
            continue
        kept.append(c)
    return kept


def parties_of_the_event_before(sent: Span, mentions, before: list[Candidate]) -> None:
    """ "A held a phone call with B. The conversation involved C, D and E": a sentence whose subject
    is "the" call or meeting word and whose verb names parties (``party_verbs``), after a sentence
    that told one call or meeting, adds the people it names to that event."""
    lx = lexicon()
    told = [c for c in before if c.type in ("meet", "phone_call", "planned_meet")]
    if len(told) != 1:
        return
    words = set(lx["meet_nouns"]) | set(lx["phone_heads"]) | set(lx["phone_nouns"])
    for noun in sent:
        if noun.lemma_.lower() not in words:
            continue
        if _the_event_naming_parties(noun):
            named = [p for c in noun.head.children if c.dep_ == "dobj" for p in persons_in(c, mentions)]
        else:  # "C was also part of the discussions", "C also took part in the call"
            verb = joining_verb(noun)
            # a meeting's delegation members "took part in the talks" too: only "joined" names a party of it;
            # "C will later join the meeting" names none of the meeting told as held
            joined = (
                verb is not None
                and (told[0].type == "phone_call" or verb.lemma_.lower() in lx["joined_verbs"])
                and modality(verb, clause_chain(verb)) == "asserted"
            )
            named = subjects_of(verb, mentions) if joined else []
        if named:
            told[0].participants = unique_people(told[0].participants + named)
            return


def _the_event_naming_parties(noun: Token) -> bool:
    """ "The teleconference comprised A, B and C", "The conversation involved A and B": "the" event
    word as the subject of a verb that names its parties (``names_its_parties``)."""
    return (
        noun.dep_ == "nsubj"
        and any(d.dep_ == "det" and d.lower_ == "the" for d in noun.children)
        and names_its_parties(noun.head)
    )


def held_remotely(sent: Span, before: list[Candidate]) -> None:
    """ "X received a courtesy call from Y. This was held virtually.": a sentence that only says the
    meeting just told was held online, by video or by phone makes it a call (its subject "this",
    "it" or a meeting word, its verb one a meeting is held with, a phone word on the verb)."""
    lx = lexicon()
    roots = [t for t in sent if t.dep_ == "ROOT"]
    if len(roots) != 1 or roots[0].lemma_.lower() not in lx["held_verbs"]:
        return
    verb = roots[0]
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    words = lx["meet_nouns"] | lx["phone_heads"] | {"this", "it"}
    if len(subjects) != 1 or subjects[0].lemma_.lower() not in words:
        return
    near = [t for c in verb.children for t in (c, *c.children)]  # "held virtually", "held by video"
    if not any(phone_word(t) for t in near):
        return
    for c in before:
        if c.type == "meet":
            c.type = "phone_call"
            c.place, c.venue = None, None


def held_remotely_first(sent: Span) -> bool:
    """ "The EU and China held their summit via video conference. A and B met with C ...": a
    sentence that tells of a meeting held online, by video or by phone (a verb a meeting is held
    with; as its object or passive subject "the" or "their" meeting word; a phone word as the
    verb's adverb, after a medium preposition, or on the meeting word: "their virtual summit"),
    not of one arranged "during a phone call" nor of "most meetings" held so."""
    lx = lexicon()
    for verb in sent:
        if verb.lemma_.lower() not in lx["held_verbs"] or not is_verb(verb):
            continue
        nouns = [
            c
            for c in verb.children
            if c.dep_ in ("dobj", "nsubjpass")
            and c.lemma_.lower() in lx["meet_nouns"]
            and any(d.dep_ in ("det", "poss") and d.lower_ in ("the", "this", "their", "its") for d in c.children)
        ]
        # "held virtually", and "held virtually on Tuesday" (the parse hangs the adverb on "on")
        near = [t for c in verb.children for t in (c, *c.children) if t.dep_ == "advmod"]
        near += [
            t
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in lx["medium_prepositions"]
            for g in c.children
            if g.dep_ == "pobj"
            for t in (g, *g.children)
        ]
        near += [c for n in nouns for c in n.children if c.dep_ in ("amod", "compound")]
        if nouns and any(phone_word(t) for t in near):
            return True
    return False


def met_remotely(found: list[Candidate]) -> None:
    """The meetings the sentence after a remote meeting tells (``held_remotely_first``) with no
    place of their own are that meeting's calls."""
    for c in found:
        if c.type == "meet" and c.place is None and c.venue is None:
            c.type = "phone_call"


def attended_told_before(found: list[Candidate], before: list[Candidate]) -> list[Candidate]:
    """ "X and Y held a meeting ... A, B and C attended the meeting": those who attended a meeting
    the story told before with other parties are present at it, not a meeting of their own."""
    told = [{p.key for p in c.participants} for c in before if c.type == "meet" and len(c.participants) >= 2]
    return [
        c
        for c in found
        if not (c.extra.get("attended") and any(not keys & {p.key for p in c.participants} for keys in told))
    ]


def joined_later(cands: list[Candidate]) -> list[Candidate]:
    """A meeting or call that others joined ("They were joined by Y") is the one event of all its
    people: the story's earlier telling of it with fewer of them is dropped."""
    drop: set[int] = set()
    for i, c in enumerate(cands):
        if not c.extra.get("joined"):
            continue
        keys = {p.key for p in c.participants}
        for j, earlier in enumerate(cands[:i]):
            if earlier.type == c.type and {p.key for p in earlier.participants} < keys:
                drop.add(j)
    return [c for j, c in enumerate(cands) if j not in drop]


def called_off(sent: Span) -> bool:
    """The sentence says a meeting was cancelled, postponed or called off ("the meeting was
    cancelled", "the talks were called off")."""
    lx = lexicon()
    return any(
        t.dep_ in ("nsubj", "nsubjpass")
        and t.lemma_.lower() in lx["meet_nouns"]
        and any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in t.children)
        and puts_off(t.head)
        for t in sent
    )


def cancelled_trips(sent: Span, mentions, followed: Person | None = None) -> list[tuple[str, frozenset[str]]]:
    """The travellers whose trip the sentence says was cancelled or postponed ("the visit of X to
    Turkey has been canceled", "X's trip was postponed", "X has postponed her visit to Y"; "the
    trip has been postponed", naming nobody: the trip of the person the story follows): the
    meetings planned for it are off too.  Given as a denial of kind ``trip`` with the travellers'
    keys (see ``not_denied``)."""
    found = _called_off_people(sent, mentions, "visit_nouns", ("nsubj", "nsubjpass", "dobj"), followed)
    return [("trip", keys) for keys in found]


def cancelled_meetings(sent: Span, mentions) -> list[tuple[str, frozenset[str]]]:
    """The people of a meeting the sentence says was called off ("Israel has called off a meeting
    between X and Y", "the talks between X and Y were postponed"): what the story plans for them
    later is off too.  Given as a denial of kind ``planned`` (see ``not_denied``).  A meeting called
    off that names nobody ("India called off talks between the two foreign ministers") or a word of
    cancellation ("The postponement is due to ...") is a denial of kind ``plans``: the plans the
    story tells in the past ("X and Y were set to meet") are off."""
    found = _called_off_people(sent, mentions, "meet_nouns", ("dobj", "nsubj", "nsubjpass"), unnamed=True)
    out = [("planned", keys) for keys in found if len(keys) >= 2]
    if frozenset() in found or any(t.lemma_.lower() in lexicon()["cancellation_nouns"] for t in sent):
        out.append(("plans", frozenset()))
    return out


def _called_off_people(
    sent: Span, mentions, nouns: str, deps: tuple[str, ...], followed: Person | None = None, unnamed: bool = False
) -> list[frozenset[str]]:
    """The keys of the people inside each phrase headed by a noun of the lexicon list ``nouns``
    that a verb calls off ("the visit of X was postponed", "called off a meeting between X and Y");
    a phrase that names nobody and points back ("the trip") is the one of ``followed``; with
    ``unnamed``, a phrase that names nobody at all gives an empty set."""
    lx = lexicon()
    out = []
    for t in sent:
        if t.dep_ not in deps or t.lemma_.lower() not in lx[nouns]:
            continue
        if not (puts_off(t.head) or (t.dep_ == "nsubj" and _will_not_happen(t.head))):
            continue
        span = range(t.left_edge.i, t.right_edge.i + 1)
        keys = frozenset(m.person.key for m in mentions if m.person is not None and m.root.i in span)
        if (
            not keys
            and followed is not None
            and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in t.children)
        ):
            keys = frozenset({followed.key})
        if not keys and t.dep_ == "dobj" and nouns == "visit_nouns":
            # "X has canceled an official trip to Germany": the trip of the one who called it off
            subjects = [c for c in t.head.children if c.dep_ == "nsubj"]
            keys = frozenset(
                m.person.key for m in mentions if m.person is not None and any(m.root == s for s in subjects)
            )
        if keys or unnamed:
            out.append(keys)
    return out


def _will_not_happen(verb: Token) -> bool:
    """ "The visit ... will not take place", "the meeting did not go ahead": a verb of happening,
    negated (``occurrence_verbs``, with the object or particle it needs)."""
    lx = lexicon()
    needs = lx["occurrence_verbs"].get(verb.lemma_.lower())
    if needs is None or not any(c.dep_ == "neg" for c in verb.children):
        return False
    return not needs or any(c.dep_ in ("dobj", "prt", "advmod") and c.lower_ in needs for c in verb.children)


def denied_events(sent: Span, people: set[str]) -> list[tuple[str, frozenset[str]]]:
    """What a sentence says never happened between its people ("there has been no phone call
    between the two heads of state", "no meeting took place between X and Y"): the kind
    (``phone_call`` or ``meet``) and the keys of ``people``, the people the sentence names."""
    lx = lexicon()
    phones = set(lx["phone_heads"]) | set(lx["phone_nouns"])
    out = []
    for t in sent:
        noun = t.lemma_.lower()
        if noun not in phones and noun not in lx["meet_nouns"] or t.pos_ not in ("NOUN", "PROPN"):
            continue
        if any(c.dep_ == "det" and c.lower_ == "no" for c in t.children) and len(people) >= 2:
            out.append(("phone_call" if noun in phones else "meet", frozenset(people)))
    return out


def not_denied(cands: list[Candidate], denials: list[tuple[str, frozenset[str]]]) -> list[Candidate]:
    """The events the story does not deny: a call, meeting or planned meeting between people of
    whom it also says no such event took place (one side claims a call, the other denies it), no
    meeting planned between people whose meeting it says was called off, and no meeting planned
    for a traveller whose trip it says was cancelled, nor any when it says a meeting naming nobody
    was called off (a plan told in the past: ``_planned_before``)."""
    kinds = {"phone_call": ("phone_call",), "meet": ("meet", "planned_meet"), "planned": ("planned_meet",)}
    denied = [(kinds[kind], keys) for kind, keys in denials if kind in kinds]
    off = {key for kind, keys in denials if kind == "trip" for key in keys}
    plans_off = any(kind == "plans" for kind, _ in denials)
    return [
        c
        for c in cands
        if not any(c.type in types and {p.key for p in c.participants} <= keys for types, keys in denied)
        and not (
            c.type == "planned_meet" and _planned_before(c) and (plans_off or any(p.key in off for p in c.participants))
        )
    ]


def _planned_before(cand: Candidate) -> bool:
    """The plan is told in the past ("was set to meet Y", "X would hold a meeting with Y"): the one
    a trip called off took with it; "plans to meet Y when ..." and "will meet Y" are plans made anew
    (a reporting verb above the clause, "Gibbs said", does not count); "a planned meeting" names a
    plan made before."""
    if any(c.dep_ == "amod" and c.lower_ in lexicon()["plan_participles"] for c in cand.trigger.children):
        return True
    verbs = clause_chain(cand.trigger)

    def past(a: Token) -> bool:
        return a.tag_ == "VBD" or (a.dep_ in ("aux", "auxpass") and a.lower_ == "would")

    return any(past(t) or any(a.dep_ in ("aux", "auxpass") and past(a) for a in t.children) for t in verbs)


def _tells_of_calls(doc: Doc) -> bool:
    """The story has a phone word anywhere that is not a verb ("by phone", "a video call"), nor a
    call in person ("will pay a courtesy call on Y", "make calls on the prime ministers"), nor the
    last word of a name ("People's Daily Online")."""
    lx = lexicon()
    cues = lx["phone_cues"]
    return any(
        (phone_word(t) or (t.lemma_.lower() in cues and t.lower_ not in cues))
        and t.pos_ in ("NOUN", "ADJ", "ADV", "PROPN")
        and not call_in_person(t)
        and not (t.pos_ == "PROPN" and t.i > 0 and doc[t.i - 1].pos_ == "PROPN")  # "People's Daily Online"
        for t in doc
    )


def medium_unstated(cands: list[Candidate], doc: Doc) -> list[Candidate]:
    """ "X spoke to Y" with no medium and no place, or "held an introductory call with Y" (in person
    by its adjective alone): a phone call when the story tells of calls (a phone word anywhere in
    it); "X discussed with Y": a meeting when the story tells of no calls and of meetings of one of
    them that a word of meeting states ("held talks", "met"); "X spoke with Y" when its sentence has
    them still to meet ("and looks forward to meeting him soon") and the story tells of no meeting
    of either: a call; "X spoke with Y" in a story that tells of no encounter in person of either
    (no meeting, no visit): a call, as readouts say it; else nothing (it may be a word at a
    meeting)."""
    if not any(c.extra.get("medium_unstated") or c.extra.get("call_by_adjective") for c in cands):
        return cands
    calls = _tells_of_calls(doc)
    if calls:  # "held introductory phone calls with A and B ... held an introductory call with B"
        for c in cands:
            if c.extra.get("call_by_adjective") and c.type == "meet" and c.place is None and c.venue is None:
                c.type = "phone_call"
    if not any(c.extra.get("medium_unstated") for c in cands):
        return cands
    met = {
        p.key
        for c in cands
        if c.type == "meet" and not c.extra.get("medium_unstated") and not c.extra.get("joint")
        for p in c.participants
    }
    told_pairs = {  # the meetings and calls the story tells in so many words
        frozenset(p.key for p in c.participants)
        for c in cands
        if c.type in ("meet", "phone_call")
        and not c.extra.get("medium_unstated")
        and not c.extra.get("joint")
        and len(c.participants) == 2
    }
    # anyone the story meets, visits or sees in person: "spoke with Y" beside that may be a word at a meeting
    in_person = {  # not "the leaders discussed trade": a joint clause tells no medium either
        p.key
        for c in cands
        if c.type in ("meet", "visit") and not c.extra.get("medium_unstated") and not c.extra.get("joint")
        for p in c.participants
    }
    # "X said she spoke with Y yesterday and looks forward to meeting him soon": they are yet to meet
    to_meet = {(c.sent.start, frozenset(p.key for p in c.participants)) for c in cands if c.type == "planned_meet"}
    kept = []
    for c in cands:
        keys = frozenset(p.key for p in c.participants)
        if c.type == "planned_meet" and c.extra.get("medium_unstated"):
            # "X will discuss Z with Y": talks planned in a story that puts one of them on a trip or at
            # a meeting, and tells of no calls
            if calls or not in_person & keys:
                continue
        elif unstated_talks(c):  # "discussed with Y": a meeting in a story of meetings, else nothing
            if calls or not met & keys or c.type != "phone_call":
                continue
            c.type = "meet"
        elif c.extra.get("medium_unstated") and not c.place and not c.venue and (c.sent.start, keys) in to_meet:
            if met & keys:
                continue  # else a call: they spoke before meeting
        elif c.extra.get("medium_unstated") and _told_done(c.trigger) and (_at_an_encounter(c.trigger) or _met_at(c)):
            # "X and Y spoke privately at the National Palace": they met, unless the story tells a
            # meeting or call of theirs otherwise (then these are words at it, or about it)
            if keys in told_pairs:
                continue
            c.type = "meet"
            c.place, c.venue = c.extra.get("met_at") or (None, None)
        elif c.extra.get("medium_unstated") and not (
            (calls or (not in_person & keys and _spoke_with_someone(c.trigger))) and c.place is None and c.venue is None
        ):
            continue  # "spoke to Y": a call in a story of calls or of no encounter of theirs, else nothing
        kept.append(c)
    return kept


def _spoke_with_someone(trigger: Token) -> bool:
    """ "X spoke with Y", "X has spoken to Y", "X had a conversation with Y": told as done, with a
    person named or titled after "with" or "to" and nowhere said (not "talks to his counterpart all
    the time", "spoke with one voice", "spoke with reporters", "talked with Y at the airport")."""
    words = {trigger, _talk_verb(trigger)}
    if not _told_done(trigger) or _at_an_encounter(trigger):
        return False  # "talked with Y at the airport", "on the sidelines of the summit": words at an encounter
    partners = [p for w in words for p in w.children if p.dep_ == "prep" and p.lower_ in ("with", "to")]
    return any(t.ent_type_ == "PERSON" or t.pos_ == "PROPN" or roles.is_head(t) for p in partners for t in p.subtree)


def _talk_verb(trigger: Token) -> Token:
    """The verb of a talk word: itself, or the verb a talk noun is the object of ("had a conversation")."""
    return trigger.head if trigger.dep_ == "dobj" else trigger


def _told_done(trigger: Token) -> bool:
    """The talk word's verb is in the past or the perfect ("spoke", "has spoken", "had a conversation"),
    or the verb of aspect it is told under is ("has continued to speak with Y", ``aspect_verbs``)."""
    verb = _talk_verb(trigger)
    while verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lexicon()["aspect_verbs"]:
        verb = verb.head
    return verb.tag_ == "VBD" or any(a.dep_ == "aux" and a.lemma_ == "have" for a in verb.children)


def _met_at(cand: Candidate) -> bool:
    """The talk's clause names a town or country it was in ("spoke with Y in Valletta", the town hung
    on Y by the parse), not a press conference there."""
    place, _venue = cand.extra.get("met_at") or (None, None)
    return place is not None and not _to_the_press(_talked_at(cand.trigger))


def _talked_at(trigger: Token) -> list[Token]:
    """What the talk word, or the verb it is the object of, is told at, in, on or during."""
    return [o for w in {trigger, _talk_verb(trigger)} for o in prep_objects(w, ("at", "in", "on", "during"))]


def _to_the_press(at: list[Token]) -> bool:
    """ "during a press conference": words to reporters, not an encounter."""
    said = [" ".join(t.lower_ for t in o.subtree) for o in at]
    return any(n in phrase for n in lexicon()["not_meeting_nouns"] for phrase in said)


def _at_an_encounter(trigger: Token) -> bool:
    """The talk word, or the verb it is the object of, is told at a place: "talked with Y at the
    airport", "spoke privately at the National Palace", "had a conversation on the sidelines"."""
    lx = lexicon()
    at = _talked_at(trigger)
    if _to_the_press(at):
        return False  # "talked during a press conference in Nairobi": to the press
    return any(
        o.ent_type_ in ("GPE", "LOC", "FAC") or o.lemma_.lower() in lx["locative_nouns"] | lx["location_head_nouns"]
        for o in at
    )


def unstated_talks(cand: Candidate) -> bool:
    """ "X discussed with Y" with no medium: an encounter ``medium_unstated`` keeps as a meeting or drops."""
    return bool(cand.extra.get("medium_unstated")) and talks_without_medium(cand.trigger)


def told_one_by_one(cands: list[Candidate]) -> list[Candidate]:
    """ "X met and held talks with A, B and C. In his meeting with A, ... X and B exchanged ideas
    ...": a list the sentence told as one meeting of X with all, which the story then tells
    meeting by meeting (most of the others each in a meeting of their own with X), was a round of
    meetings of X with each, not one meeting of all (not a meeting called joint or trilateral)."""
    joint_words = set(lexicon()["joint_words"])
    out: list[Candidate] = []
    for c in cands:
        if (
            c.type != "meet"
            or len(c.participants) < MIN_ROUND
            or any(t.lower_ in joint_words for t in c.trigger.subtree)
        ):
            out.append(c)
            continue
        host, others = c.participants[0], c.participants[1:]
        alone = {
            p.key
            for d in cands
            if d is not c
            and d.type == "meet"
            and len(d.participants) == 2
            and d.trigger.i > c.trigger.i
            and host.key in {q.key for q in d.participants}
            for p in d.participants
            if p.key != host.key
        }
        told = [p for p in others if p.key in alone]
        if len(told) < 2 or 2 * len(told) < len(others):
            out.append(c)
            continue
        for p in others:
            pair = replace(c, participants=[host, p], extra=dict(c.extra))
            out.append(pair)
    return out


MIN_ROUND = 3  # people of a meeting from which it may have been a round of meetings of one with each
CALL_LISTED_WITHIN = 2  # sentences after a call with people it does not name in which the story may list them


def one_call_listed(cands: list[Candidate]) -> list[Candidate]:
    """ "X spoke to A and several NATO leaders over a phone call ... X spoke with A, B, C and D": a
    call the story told as one, with a named party and a plural that names no one beside it, which a
    sentence soon after lists with the same party first among them: one call of X with them all, not
    a call of X with each."""
    out = list(cands)
    for call in cands:
        if call.type != "phone_call" or len(call.participants) != 2 or not _unnamed_beside_a_name(call.sent):
            continue
        keys = {p.key for p in call.participants}
        sents = list(call.sent.doc.sents)
        at = next((k for k, s in enumerate(sents) if s.start == call.sent.start), None)
        if at is None:
            continue
        for later in sents[at + 1 : at + 1 + CALL_LISTED_WITHIN]:
            pairs = [
                c for c in out if c.type == "phone_call" and c.sent.start == later.start and len(c.participants) == 2
            ]
            hubs = set.intersection(*({p.key for p in c.participants} for c in pairs)) if len(pairs) >= 2 else set()
            hub = next(iter(hubs & keys), None) if len(hubs) == 1 else None
            listed = [p for c in pairs for p in c.participants if p.key != hub]
            if hub is None or not (keys - {hub}) <= {p.key for p in listed}:
                continue
            if any(c.date and call.date and not dates.agree(c.date, call.date) for c in pairs):
                continue
            call.participants = unique_people([*call.participants, *listed])
            out = [c for c in out if not any(c is p for p in pairs)]
            break
    return out


def _unnamed_beside_a_name(sent: Span) -> bool:
    """A plural that names no one joined to a person's name ("Zelenskyy and several NATO leaders")."""
    return any(
        t.dep_ == "conj"
        and t.tag_ in ("NNS", "NNPS")
        and t.head.ent_type_ == "PERSON"
        and not any(d.ent_type_ == "PERSON" for d in t.subtree)
        for t in sent
    )


def joint_told_again(cands: list[Candidate], doc: Doc) -> list[Candidate]:
    """A joint clause ("the two leaders discussed ...") stands for an event only when no other
    event of the story has the same people (for a plan, no plan or call); with no place of its own,
    only when the story puts one of them on a trip (they were together: a meeting) or tells of calls (a call)."""
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
    told = [
        (c.type, frozenset(p.key for p in c.participants)) for c in cands if c.type in PAIR_TYPES and c not in joint
    ]
    visits = [c for c in cands if c.type == "visit"]
    calls = _tells_of_calls(doc)
    # a story of talks in person ("conferred with", "in his meeting with"): its joint clauses are more of them
    in_person = any(kind == "meet" for kind, _ in told)
    kept = []
    for c in cands:
        if c in joint:
            keys = frozenset(p.key for p in c.participants)
            # a plan of theirs ("the two leaders will discuss ...") retells another plan or previews
            # their call; beside a meeting on arrival it is the talks still to come
            # (a plan of theirs retells no meeting or call held: "They held a video conference ... The three
            # ministers look forward to the summit to be held on 18 August")
            if any(
                keys <= other
                and (c.type != "planned_meet" or kind != "meet")
                and (kind != "planned_meet" or c.type == kind)
                for kind, other in told
            ):
                continue
            # on a trip of one of them at the time (not "his visit to X last month"), they were together
            away = c.extra.get("guest") or any(
                v.participants[0].key in keys and _during_the_trip(v.date, c.date) for v in visits
            )
            if c.type == "meet" and c.place is None and c.venue is None and not away:
                if calls:
                    c.type = "phone_call"
                elif not in_person:
                    continue
        kept.append(c)
    return kept


TRIP_DAYS = 14  # a stay begun by an arrival this many days before still takes in a day's talks


def _during_the_trip(trip: str | None, day: str | None) -> bool:
    """Whether talks on ``day`` may fall in a trip told on ``trip`` (an arrival a few days before
    them, or no date to tell), not in a trip months apart ("his visit to X last month")."""
    start, when = dates.to_date(trip), dates.to_date(day)
    if start is None or when is None:
        return trip is None or day is None or dates.agree(trip, day)
    return -1 <= (when - start).days <= TRIP_DAYS


def calls_told_again(cands: list[Candidate]) -> None:
    """A story about a phone call goes on to tell it as talks ("The two leaders had a detailed
    discussion", "At the end of the talks, X told Y"): a meeting of the same people with no place
    of its own and no other date is that call; not a meeting its clause says they attended in
    person."""
    # not a call the story names in passing ("thanked Y for the telephone call Y made on his birthday")
    calls = [c for c in cands if c.type == "phone_call" and not c.extra.get("thanked_for")]
    # "X received calls from leaders on Sunday ... X had discussions with A and B": the calls' talks
    callers = [c for c in cands if c.type == "call_setting"]
    for c in cands:
        if c.type != "meet" or c.place is not None or c.venue is not None or c.extra.get("in_person"):
            continue
        keys = {p.key for p in c.participants}
        if any(
            call.participants[0].key in keys
            and call.sent.start < c.sent.start
            and (c.date_inferred or c.date is None or call.date is None or dates.agree(c.date, call.date))
            for call in callers
        ):
            c.type = "phone_call"
            continue
        if any(
            keys <= {p.key for p in call.participants}
            and (c.date_inferred or call.date_inferred or dates.agree(c.date, call.date))
            # "held a meeting with Y and thanked him for the call Y made": a call the same sentence tells apart
            and not (call.sent == c.sent and _own_clause_apart(call.trigger, c.trigger))
            for call in calls
        ):
            c.type = "phone_call"


def _own_clause_apart(word: Token, other: Token) -> bool:
    """The first verb above ``word`` is none of ``other``'s clause ("held a meeting with Y and thanked
    him for the call Y made"; not "met Y in a video call")."""
    chain = {t.i for t in clause_chain(other)} | {other.i}
    verb = next((a for a in word.ancestors if is_verb(a)), None)
    return word.i not in chain and verb is not None and verb.i not in chain


def people_in_body(article: Article, entities) -> set[str]:
    """People the story mentions outside its headline and photo captions."""
    framing = [s for s in article.segments if s.kind in ("caption", "headline")]
    return {
        m.person.key
        for m in getattr(entities, "mentions", ())
        if getattr(m, "person", None) and not any(s.start <= m.start and m.end <= s.end for s in framing)
    }


def foreign_caption(cand: Candidate, article: Article, told: set[str]) -> bool:
    """A caption about none of the story's people belongs to another story (a page's stray photo)."""
    start = cand.base + cand.sent.start_char
    end = cand.base + cand.sent.end_char
    if not article.is_caption(start, end) or not told:
        return False
    return not any(p.key in told for p in cand.participants)
