"""The handlers of visits and invitations: each takes an event word of a sentence with its family,
and gives one visit per visitor (``Candidate``), or none.  A trip home is no visit.

Holds:
- ``visit_candidates``: "visited X", "arrived in X", "his trip to X" (families VISIT_V, VISIT_N,
  TRAVEL_V).
- ``attend_candidates``: "attended the summit in X" (ATTEND_V).
- ``presence_candidates``: "was in X to attend the summit" (PRESENCE_V).
- ``accepted_invitation_candidates``: "had accepted an invitation from Y": a meeting planned with
  the host (INVITATION_N).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from diplograph.ingest import places, roles
from diplograph.ingest.event_candidate import MAX_TRAVELLERS, Candidate
from diplograph.ingest.event_participants import (
    PersonMention,
    listed_under,
    person_after,
    persons_in,
    subjects_of,
    unique_people,
)
from diplograph.ingest.event_places import (
    city_of_the_sentence,
    destination,
    destinations,
    place_of_token,
    posted_in,
    precision,
    where_antecedent,
)
from diplograph.ingest.event_syntax import clause_chain, in_sequence, is_verb, lexicon, modality, prep_objects
from diplograph.ingest.records import Person, Place, fold
from diplograph.ingest.roles import is_head


def at_home(person: Person, place: Place | None) -> bool:
    """The place lies in the person's own country (a return home, not a visit)."""
    if place is None or not person.country:
        return False
    where = place.name if place.kind == "country" else place.country
    return bool(where) and fold(where) == fold(person.country)


def visit_candidates(tok: Token, label: str, sent: Span, mentions: list[PersonMention], entities) -> list[Candidate]:
    """Visits an event word states ("visited X", "arrived in X", "his trip to X"): one per visitor, to
    the destination, or to the story's own setting ("arrived in the capital")."""
    lx = lexicon()
    lemma = tok.lemma_.lower()
    if tok.dep_ == "amod" or (tok.dep_ == "compound" and label == "VISIT_N"):
        return []
    if label == "VISIT_N" and any(
        o.lemma_.lower() in lx["posting_nouns"]
        for o in [*prep_objects(tok, ("of",)), *(c for c in tok.children if c.dep_ in ("compound", "amod"))]
    ):
        return []  # "her tour of duty in Liberia", "his duty tour in Ghana": a posting, not a trip
    if label == "VISIT_N" and any(
        c.dep_ in ("amod", "compound") and c.lower_ in lx["virtual_words"] for c in tok.children
    ):
        return []  # "during his virtual visit": no one travelled
    chain = clause_chain(tok)
    ranked = tok.dep_ == "csubj" and tok.head.lemma_.lower() == "be"  # "First to arrive was X": the copula's mood
    mood = modality(tok.head, clause_chain(tok.head)) if ranked else modality(tok, chain)
    if mood != "asserted":
        # "X will pay a visit to Z at the invitation of Y": the light verb carries the visit's clause
        light = label == "VISIT_N" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in lx["visit_light_verbs"]
        verb = tok.head if light else tok
        return (
            invitation_accepted(tok, chain, sent, mentions)
            or (
                _visit_on_invitation(verb, clause_chain(verb), sent, mentions)
                if mood == "planned" and (label != "VISIT_N" or light)
                else []
            )
            or (_person_to_visit(tok, sent, mentions) if mood == "planned" and label == "VISIT_V" else [])
        )
    visitors: list[Person] = []
    noun = label == "VISIT_N"
    if noun:
        for c in tok.children:
            if c.dep_ == "poss":
                visitors = persons_in(c, mentions) or visitors
                if not visitors:
                    p = entities.person_at(c.left_edge.idx, c.idx + len(c))
                    visitors = [p] if p else []
            if c.dep_ == "prep" and c.lower_ in ("by", "of") and not visitors:  # "the visit of X to Y"
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                visitors = persons_in(obj, mentions) if obj is not None else []
                if not visitors:
                    after = person_after(c, mentions)
                    visitors = [after] if after else []
        head = tok.head
        if not visitors:
            # "during his visit", "after the visit", "arrived here for a three-day visit to X"
            if tok.dep_ == "pobj" and head.lower_ in lx["frame_prepositions"] | lx["sequence_prepositions"] | {"for"}:
                verb = head.head
                passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
                if passive:  # "upon arrival, X was received by Y": the arrival is X's, not Y's
                    visitors = [p for c in passive for p in persons_in(c, mentions)]
                    if not visitors:  # "agreements were signed by X during a visit to Y": the agent's
                        agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
                        visitors = [p for o in agents for p in persons_in(o, mentions)]
                elif is_verb(verb):
                    visitors = subjects_of(verb, mentions)
                    if not visitors and verb.dep_ == "conj":  # "has left X and is on his way to Y"
                        visitors = subjects_of(verb.head, mentions)
            elif tok.dep_ == "dobj" and head.lemma_.lower() in lx["visit_light_verbs"]:
                visitors = subjects_of(head, mentions)
                if not visitors and head.dep_ in ("advcl", "xcomp", "conj"):  # "returned home, ending a visit to Y"
                    visitors = subjects_of(head.head, mentions)
                if not visitors and head.dep_ == "pcomp" and is_verb(head.head.head):  # "after concluding a visit to Y"
                    visitors = subjects_of(head.head.head, mentions)
            elif tok.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "NOUN":
                # "on his return from a tour that included X": the traveller of the noun above
                owner = next((c for c in head.head.children if c.dep_ == "poss"), None)
                visitors = persons_in(owner, mentions) if owner is not None else []
        escort = head.head
        if (
            tok.dep_ == "pobj"
            and head.lower_ == "on"
            and escort.lemma_.lower() in lx["accompany_verbs"]
            and not any(a.dep_ == "aux" and a.lower_ == "to" for a in escort.children)  # "offered to accompany"
        ):
            # "accompanying Y on a working visit to Z": the one accompanied makes the visit too
            led = [p for c in escort.children if c.dep_ == "dobj" for p in persons_in(c, mentions)]
            visitors = unique_people([*visitors, *led])
        preps = lx["visit_prepositions"]
        if tok.lemma_.lower() in lx["tour_nouns"]:  # "his recent tour of South Africa, the DRC and Rwanda"
            preps = {*preps, "of"}
        trip = destinations(tok, entities, preps, dobj=False)
        if all(places.is_vague(p) for p in trip):  # "his Africa tour, which took him to A and B": A and B
            trip = _itinerary(tok, entities) or trip
        if not trip and tok.dep_ == "dobj" and head.lemma_.lower() in lx["visit_light_verbs"]:
            trip = destinations(head, entities, preps, dobj=False)  # "made an Official Visit to X": the verb's "to"
        anchor = head.head
        if not visitors and tok.dep_ == "pobj" and head.lower_ == "on" and anchor.pos_ == "PROPN":
            visitors = persons_in(anchor, mentions)  # "X, in Russia on an official visit, met Y"
        if (
            not trip
            and tok.dep_ == "pobj"
            and head.lower_ in ("on", "for")
            and (anchor.lemma_ in ("be", "leave") or (anchor.pos_ == "PROPN" and visitors))
        ):
            # "who is in Nepal on a two-day visit", "left Amman to the United States for a visit", "X, in
            # Russia on an official visit": the place the visitor is in or goes to
            trip = destinations(anchor, entities, preps, dobj=False)
        if (
            not trip
            and tok.dep_ == "pobj"
            and head.lower_ in lx["sequence_prepositions"]
            and anchor.lemma_.lower() in lx["departure_verbs"]
        ):
            trip = destinations(anchor, entities, frozenset(), dobj=True)  # "left Pretoria after a visit": Pretoria
    elif lemma in lx["dispatch_verbs"]:
        # "X sent Y to Z", "Y was dispatched to Z": the one sent travels, once sent
        preps = set(lx["dispatch_verbs"][lemma])
        visitors = _dispatched(tok, mentions)
        trip = destinations(tok, entities, preps, dobj=False)
    else:
        particle = lx["travel_particles"].get(lemma)
        if particle and not any(c.lower_ == particle for c in tok.children if c.dep_ in ("prt", "advmod", "prep")):
            return []  # "touched down at X", not "touched on the issue in X"
        preps = set(lx["travel_verbs"].get(lemma, [])) if label == "TRAVEL_V" else set(lx["visit_prepositions"])
        visitors = (subjects_of(tok, mentions) or _travellers_behind_subject(tok, mentions)) + _carried(tok, mentions)
        if not visitors and tok.dep_ in ("acl", "advcl", "xcomp", "conj"):
            visitors = persons_in(tok.head, mentions) if tok.dep_ == "acl" else subjects_of(tok.head, mentions)
        copula = tok.head.head
        if not visitors and tok.dep_ in ("acl", "relcl") and tok.head.dep_ == "attr" and copula.lemma_ == "be":
            # "X was the first leader to arrive in Y" (not "X will be the first to visit Y")
            told_done = modality(copula, clause_chain(copula)) == "asserted"
            visitors = subjects_of(copula, mentions) if told_done else []
        if not visitors and tok.dep_ == "pcomp" and is_verb(tok.head.head):
            visitors = subjects_of(tok.head.head, mentions)  # "X waves upon arriving at Y"
        if not visitors and ranked:
            visitors = _first_to_arrive(tok.head, mentions)
        trip = destinations(tok, entities, preps, dobj=(label == "VISIT_V" or lemma in lx["object_travel_verbs"]))
        trip += [p for p in _stops(tok, entities) if p.name not in {q.name for q in trip}]
        if not trip and lemma in lx["departure_verbs"] and _after_talks(tok):
            trip = destinations(tok, entities, frozenset(), dobj=True)  # "left the DRC after talks with Y": there
        if not trip and (where := _where_clause_place(tok, entities)) is not None:
            trip = [where]  # "in Lima, where he arrived to take part in the summit"
        if not trip:  # "arrived on a working visit to Ankara": the visit's own destination
            trip = [
                p
                for o in prep_objects(tok, ("on", "for"))
                if o.lemma_.lower() in lx["visit_nouns"]
                for p in destinations(o, entities, lx["visit_prepositions"], dobj=False)
            ]
    # "returning to Tehran from New York": the place away from home, when the visitors' home is another
    travellers = [v for v in visitors if v is not None]
    abroad = [p for p in trip if not (travellers and all(at_home(v, p) for v in travellers))]
    place = max(abroad or trip, key=precision) if trip else None
    if place is not None and place.kind == "country" and noun:
        place = city_of_the_sentence(sent, place, entities) or place  # "in New Delhi on ... his visit to India"
    setting = place is None and (_to_setting(tok, preps) or _bare_arrival(tok))  # "arrived in the capital"
    if place is None and label == "TRAVEL_V" and not setting:
        return []
    if label == "VISIT_V" and (guests := _guests(tok, mentions)):
        # "welcomed visiting President X", "met with visiting U.S. Secretary of State X here": the clause's
        # subject receives the guest, who is the one travelling; a country in the guest's title
        # ("visiting U.S. Secretary") is no place of the meeting
        outside = destinations(tok, entities, preps, dobj=False)
        where = max(outside, key=precision) if outside else None
        receivers = [v for v in unique_people([v for v in visitors if v is not None]) if v not in guests]
        # with no place of its own, the guest's visit is to where the story is set (``event_story_places``)
        return [Candidate("meet", tok, sent, [g, r], where, None, host=r.name) for g in guests for r in receivers] + [
            Candidate("visit", tok, sent, [g], where, extra={"setting": where is None})
            for g in guests
            if not at_home(g, where)
        ]
    hosts = [h for h in _hosts_visited(tok, mentions) if h.roles] if label in ("VISIT_V", "VISIT_N") else []
    if hosts and any(c.dep_ == "nsubjpass" for c in tok.children):
        # "Y was visited in Z by X": the visitor is after "by", wherever the parse hung it
        visitors = [
            p
            for b in tok.subtree
            if b.lower_ == "by" and b.dep_ in ("agent", "prep")
            for o in b.children
            if o.dep_ == "pobj"
            for p in persons_in(o, mentions)
        ]
    # "the Nigerian ambassador visited the Governor in Jos": a call at home is a meeting, not a visit
    callers = unique_people([v for v in visitors if v is not None and v not in hosts])
    if place is None and not noun and hosts and not setting and not prep_objects(tok, ("at",)):
        # "X visited Venezuelan President Y": X went to Venezuela (not "visited Y at the hotel": where, untold)
        place = _hosts_country(hosts, callers)
    visitors = [v for v in callers if not at_home(v, place)]
    if not visitors and label == "TRAVEL_V" and (group := _unnamed_travellers(tok)) is not None:
        # "Leaders of Gulf states arrived in Riyadh on Tuesday": a list of them may follow
        extra = {"group_noun": group.lemma_.lower(), "setting": setting}
        return [Candidate("arrival_setting", tok, sent, [], place, None, extra=extra)]
    if not 1 <= len(callers if hosts else visitors) <= MAX_TRAVELLERS:
        return []
    # "his trip to X" under "after", or "days after he visited X": the sentence's date is not its own
    in_seq = (noun and in_sequence(tok)) or (
        not noun and any(c.dep_ == "mark" and c.lower_ in lx["sequence_prepositions"] for c in tok.children)
    )
    met = [  # "X visited Y", "Y was visited by X": they met, where the visit went
        Candidate("meet", tok, sent, [v, h], place, None, host=h.name, in_sequence=in_seq)
        for v in callers
        for h in hosts
    ]
    # "after touring Egypt, Ghana and Angola": a visit to each place of the list
    stops = [p for p in trip if p is not place] if not hosts else []
    return met + [
        Candidate("visit", tok, sent, [v], where, None, noun=noun, in_sequence=in_seq, extra={"setting": setting})
        for v in visitors
        for where in [place, *stops]
        if not at_home(v, where) and not (noun and hosts and where is None)  # "a visit to Y": a meeting
    ]


def _after_talks(verb: Token) -> bool:
    """The verb is told "after" a meeting or a visit ("left Kinshasa after eight hours of talks")."""
    words = lexicon()["meet_nouns"] | lexicon()["visit_nouns"]
    return any(
        t.lemma_.lower() in words or t.lower_ in words for p in prep_objects(verb, ("after",)) for t in p.subtree
    )


TRAVELLING_ENVOYS = frozenset({"envoy", "emissary"})  # sent on a mission, not posted to the country


def _hosts_country(hosts: list[Person], callers: list[Person]) -> Place | None:
    """The one country of the people visited, when every caller is of another country and holds no
    post abroad (an ambassador calls on the hosts of the country he is posted to without a trip)."""
    countries = {h.country for h in hosts}
    if len(countries) != 1 or None in countries or not callers:
        return None
    posted = roles.vocabulary().envoy_heads - TRAVELLING_ENVOYS
    if any(not c.country or any(w in posted for r in c.roles for w in r.title.lower().split()) for c in callers):
        return None
    country = places.lookup(next(iter(countries)), alternates=False)
    return country if country is not None and country.kind == "country" else None


def group_arrivals(sent: Span, entities, base: int) -> list[Candidate]:
    """The arrivals of plurals that name no one in a sentence that names no person ("Leaders of
    Gulf states arrived in Riyadh on Tuesday"): ``arrival_setting`` candidates (of the sentence at
    ``base`` in the story)."""
    lx = lexicon()
    out: list[Candidate] = []
    for tok in sent:
        if tok.lemma_.lower() in lx["travel_verbs"] and is_verb(tok) and _unnamed_travellers(tok) is not None:
            out += [c for c in visit_candidates(tok, "TRAVEL_V", sent, [], entities) if c.type == "arrival_setting"]
    for c in out:
        c.base = base
    return out


def _unnamed_travellers(verb: Token) -> Token | None:
    """The plural that names no one and is the subject of a travel verb ("Leaders of Gulf states
    arrived", "heads of state who arrived yesterday"), or None."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and verb.dep_ == "relcl" and subject.lower_ in lexicon()["relative_pronouns"]:
        subject = verb.head  # "heads of state of SADC who arrived": the noun the clause describes
        while subject.dep_ == "pobj" and subject.head.lower_ == "of":
            subject = subject.head.head
    if subject is None or subject.tag_ != "NNS" or any(t.ent_type_ == "PERSON" for t in subject.subtree):
        return None
    return subject


def _where_clause_place(tok: Token, entities) -> Place | None:
    """The place a "where" clause holding the word hangs from ("met Y in Lima, where he arrived on
    Thursday"), however far up the parse puts it."""
    for t in (tok, *tok.ancestors):
        where = next((c for c in t.children if c.dep_ == "advmod" and c.lower_ == "where"), None)
        if t.dep_ == "relcl" and where is not None:
            # the parse may hang the clause on a name before the place: "met Y in Lima, where ..."
            before = t.doc[where.i - 2] if where.i >= 2 and t.doc[where.i - 1].text == "," else t.head
            return place_of_token(t.head, entities)[0] or place_of_token(before, entities)[0]
        if is_verb(t) and t.dep_ != "relcl" and t != tok:
            return None
    return None


def _dispatched(verb: Token, mentions: list[PersonMention]) -> list[Person]:
    """The people a sending verb in the past sends: its object ("sent Vice President X to Y"), or its
    subject in the passive ("X was dispatched to Y"); none while the sending is still under way."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    auxiliaries = [a for a in verb.children if a.dep_ in ("aux", "auxpass")]
    done = verb.tag_ == "VBD" or (
        verb.tag_ == "VBN"
        and any(a.tag_ in ("VBD", "VBZ", "VBP") for a in auxiliaries)
        and not any(a.lower_ == "being" for a in auxiliaries)
    )
    if not done:
        return []
    role = ("nsubjpass",) if passive else ("dobj",)
    return [p for c in verb.children if c.dep_ in role for p in persons_in(c, mentions)]


def _guests(tok: Token, mentions: list[PersonMention]) -> list[Person]:
    """The guests a participle of visiting describes when the parse makes them its object ("praised
    visiting President X", "talks with visiting Prime Minister Y"): the word says who is a guest, not
    that the clause's subject travels.  None when the participle has a subject, an auxiliary or a
    comma of its own ("X, visiting President Y, said", "after visiting President Y": X visits)."""
    if tok.tag_ != "VBG" or tok.lower_ not in lexicon()["visitor_words"]:
        return []
    # an adverb after the participle is the clause's ("met with visiting U.S. Secretary of State Y
    # here": the parse hangs "here" on the participle)
    if any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark", "advmod")
        and not (c.dep_ == "advmod" and c.i > tok.i)
        for c in tok.children
    ):
        return []
    if tok.i == 0 or tok.nbor(-1).is_punct:
        return []
    if tok.dep_ == "pcomp" and tok.head.lower_ not in ("with", "for", "to"):
        return []  # "after visiting President Y": the subject's visit
    if tok.dep_ not in ("xcomp", "pcomp", "dobj", "pobj"):
        return []
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or obj.left_edge.i != tok.i + 1 or obj.pos_ != "PROPN":
        return []
    # a title before the name ("visiting President X"); "visiting X" alone may be the subject's call on X
    people = persons_in(obj, mentions)
    words = {w for p in people for w in p.name.split()}
    return people if any(t.text not in words for t in tok.doc[tok.i + 1 : obj.i + 1]) else []


def invitation_accepted(tok: Token, chain: list[Token], sent: Span, mentions: list[PersonMention]) -> list[Candidate]:
    """ "X invited Y to visit Z, and Y accepted", "Y accepted an invitation from X to visit Z": the
    two plan to meet (the annotation rules' "invited ... and accepted"); an invitation alone says
    nothing of whether the visit happens."""
    lx = lexicon()
    if not any(
        is_verb(t) and t.lemma_.lower() in lx["acceptance_verbs"] and not any(c.dep_ == "neg" for c in t.children)
        for t in sent
    ):
        return []
    hosts: list[Person] = []
    guests: list[Person] = []
    for t in chain[1:]:
        if is_verb(t) and t.lemma_.lower() in lx["invitation_verbs"]:
            hosts = subjects_of(t, mentions)
            guests = [p for c in t.children if c.dep_ == "dobj" for p in persons_in(c, mentions)]
            break
        if t.pos_ == "NOUN" and t.lemma_.lower() in lx["invitation_nouns"]:
            hosts = [p for o in prep_objects(t, ("from",)) for p in persons_in(o, mentions)]
            guests = subjects_of(t.head, mentions) if t.dep_ == "dobj" and is_verb(t.head) else []
            break
    if len(hosts) == 1 and len(guests) == 1 and hosts[0].key != guests[0].key:
        return [Candidate("planned_meet", tok, sent, [guests[0], hosts[0]])]
    return []


def _visit_on_invitation(tok: Token, chain: list[Token], sent: Span, mentions: list[PersonMention]) -> list[Candidate]:
    """ "X will visit Pakistan at the invitation of Y", "At the invitation of Y, X will arrive in
    Astana": a trip still to come that the host asked for is a meeting planned with the host (a
    trip made "at the invitation of Y" is a visit, and tells no meeting of its own)."""
    lx = lexicon()
    ids = {t.i for t in chain}
    hosts = unique_people(
        [
            p
            for prep in sent
            if prep.dep_ == "prep" and prep.head.i in ids and prep.lower_ in ("at", "on", "upon")
            for noun in prep.children
            if noun.dep_ == "pobj" and noun.lemma_.lower() in lx["invitation_nouns"]
            for o in prep_objects(noun, ("of", "from"))
            for p in persons_in(o, mentions)
        ]
    )
    return _planned_with_host(tok, sent, subjects_of(tok, mentions), hosts)


def _person_to_visit(tok: Token, sent: Span, mentions: list[PersonMention]) -> list[Candidate]:
    """ "X will fly to Y's home town on Friday to visit President Y": a person still to be visited
    (one an office names, not a memorial) is a meeting planned with the visitor."""
    hosts = [h for h in _hosts_visited(tok, mentions) if h.roles]
    guests = subjects_of(tok, mentions) or (subjects_of(tok.head, mentions) if tok.dep_ in ("xcomp", "advcl") else [])
    return _planned_with_host(tok, sent, guests, hosts)


def _planned_with_host(tok: Token, sent: Span, guests: list[Person], hosts: list[Person]) -> list[Candidate]:
    """A meeting planned between each guest and the one host (none for several hosts or none)."""
    guests = [g for g in guests if g not in hosts]
    if len(hosts) != 1 or not 1 <= len(guests) <= MAX_TRAVELLERS:
        return []
    return [Candidate("planned_meet", tok, sent, [g, hosts[0]]) for g in guests]


def accepted_invitation_candidates(
    tok: Token, label: str, sent: Span, mentions: list[PersonMention], entities
) -> list[Candidate]:
    """ "Y had accepted an invitation from X", "Y accepted X's invitation": the two plan to meet,
    whatever the invitation is to (the visit word's own reading, ``invitation_accepted``, gives the
    same pair when it names one)."""
    lx = lexicon()
    verb = tok.head
    if tok.dep_ != "dobj" or not is_verb(verb) or verb.lemma_.lower() not in lx["acceptance_verbs"]:
        return []
    if modality(verb, clause_chain(verb)) != "asserted":
        return []  # "declined", "did not accept", "may accept": no plan yet
    hosts = [p for o in prep_objects(tok, ("from",)) for p in persons_in(o, mentions)]
    hosts += [p for c in tok.children if c.dep_ == "poss" for p in persons_in(c, mentions)]
    guests = subjects_of(verb, mentions)
    hosts = unique_people(hosts)
    if len(hosts) == 1 and len(guests) == 1 and hosts[0].key != guests[0].key:
        return [Candidate("planned_meet", tok, sent, [guests[0], hosts[0]])]
    return []


def _hosts_visited(tok: Token, mentions: list[PersonMention]) -> list[Person]:
    """The people a visit verb names as visited: its object ("X visited Y"), or its passive subject
    ("Y was visited by X"), or the one a visit noun goes to ("a courtesy visit to Y"); not an owner
    ("visited Mandela's grave").  The caller keeps those
    known by an office: a name with none may be a memorial ("visited Raj Ghat")."""
    if tok.pos_ == "NOUN":  # "paid a farewell visit to President Y": the person the visit is to, named there
        # ("a courtesy visit on Governor Y": paid on someone, as a call is, whoever the tagger took Y for)
        lx = lexicon()
        to = prep_objects(tok, ("to",))
        courtesy = any(c.dep_ in ("amod", "compound") and c.lower_ in lx["in_person_call_words"] for c in tok.children)
        paid_on = prep_objects(tok, lx["courtesy_call_particles"]) + (to if courtesy else [])
        objects = to + paid_on
        # the name, or the name set beside a title ("a courtesy visit to the Chief Minister Y")
        named = [
            m.person
            for m in mentions
            if m.person is not None
            and (
                (m.root in objects and (m.root.ent_type_ == "PERSON" or (m.root in paid_on and m.person.roles)))
                or (m.root.dep_ == "appos" and m.root.head in objects and is_head(m.root.head))
            )
        ]
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in lexicon()["visit_light_verbs"]:
            # "paid President Y a farewell visit": the one the visit is paid to is the verb's dative
            named += [p for c in tok.head.children if c.dep_ == "dative" for p in persons_in(c, mentions)]
        return unique_people([p for p in named if places.lookup(p.name, alternates=False) is None])  # not "Novi Sad"
    passive = any(c.dep_ == "nsubjpass" for c in tok.children)
    objects = [c for c in tok.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
    return unique_people([m.person for m in mentions if m.person is not None and listed_under(m.root, objects)])


def _travellers_behind_subject(tok: Token, mentions: list[PersonMention]) -> list[Person]:
    """The people a travel verb's subject stands for: the owner of a vehicle ("his plane landed
    in X", "X, whose motorcade arrived at Y") or the person a relative pronoun refers to ("X, who
    arrived in Y")."""
    lx = lexicon()
    relative = tok.dep_ == "relcl"
    for c in tok.children:
        if c.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if c.lower_ in lx["relative_subjects"] and relative:
            return persons_in(tok.head, mentions)
        owner = next((g for g in c.children if g.dep_ == "poss"), None)
        if c.lemma_.lower() in lx["vehicle_nouns"] and owner is not None:
            if owner.lower_ == "whose":
                return persons_in(tok.head, mentions) if relative else []
            return persons_in(owner, mentions)
    return []


def _carried(tok: Token, mentions: list[PersonMention]) -> list[Person]:
    """The people a vehicle subject carries ("the planes carrying A, B and C landed in X")."""
    lx = lexicon()
    return [
        p
        for c in tok.children
        if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in lx["vehicle_nouns"]
        for a in c.children
        if a.dep_ == "acl" and a.lemma_.lower() in lx["carrying_verbs"]
        for o in a.children
        if o.dep_ == "dobj"
        for p in persons_in(o, mentions)
    ]


def _to_setting(tok: Token, preps) -> bool:
    """The place is the story's own setting, named by a common noun ("arrived in the capital",
    "is in the country for a state visit") or by a building of it ("arrived at the Julius Nyerere
    International Airport", "landed at the airport", "upon arrival at the palace")."""
    lx = lexicon()
    heads = [tok]
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and is_verb(tok.head.head):
        heads.append(tok.head.head)  # "X is in the country for a visit": the verb says where
    return any(
        c.dep_ == "prep"
        and c.lower_ in preps
        and any(
            o.dep_ == "pobj"
            and (
                (
                    o.lemma_.lower() in lx["setting_nouns"]
                    and any(d.dep_ == "det" and d.lower_ in ("the", "this") for d in o.children)
                    # "the capital of X" is another place; "in the country for G20": a purpose the parse hung on it
                    and not any(d.pos_ == "PROPN" or (d.dep_ == "prep" and d.lower_ != "for") for d in o.children)
                )
                or (
                    o.lemma_.lower() in lx["arrival_buildings"]
                    and (tok.lemma_.lower() in lx["travel_verbs"] or tok.lemma_.lower() in lx["arrival_nouns"])
                )
            )
            for o in c.children
        )
        for h in heads
        for c in h.children
    )


def _itinerary(noun: Token, entities) -> list[Place]:
    """The places a trip noun's own clause lists ("a tour that included Qatar, Iran and Japan", "a
    mission that also took him to Saudi Arabia", "touring the country with stops in A, B and C")."""
    lx = lexicon()
    found: list[Place] = []
    # "a tour of Middle Eastern countries that took in A, B and C": the parse may hang the clause on
    # the noun after "of", or on the leg of the tour the noun is under
    owners = [noun, *prep_objects(noun, ("of",))]
    if noun.dep_ == "pobj" and noun.head.head.lemma_.lower() in lx["leg_nouns"]:
        owners.append(noun.head.head)  # "one of the stops in X's tour that has taken him to A and B"
    for c in (c for owner in owners for c in owner.children):
        if (
            c.dep_ in ("relcl", "acl")
            and c.lemma_.lower() in lx["itinerary_verbs"]
            and modality(c, clause_chain(c)) == "asserted"  # not "a trip that will also take her to X"
        ):
            found += destinations(c, entities, lx["visit_prepositions"], dobj=True)
    return found + _stops(noun, entities)


def _stops(word: Token, entities) -> list[Place]:
    """ "toured the country with stops in A, B and C": the places of the stops a visit word lists."""
    lx = lexicon()
    return [
        place
        for stop in prep_objects(word, ("with",))
        if stop.lemma_.lower() in lx["visit_nouns"]
        for place in destinations(stop, entities, lx["visit_prepositions"], dobj=False)
    ]


def _first_to_arrive(copula: Token, mentions: list[PersonMention]) -> list[Person]:
    """ "First to arrive was X, followed by A, B and C": X and everyone after "followed by"."""
    named = [c for c in copula.children if c.dep_ in ("nsubj", "attr")]
    found = [p for c in named for p in persons_in(c, mentions)]
    for c in named:
        for clause in c.children:
            if clause.dep_ == "acl" and clause.lemma_.lower() == "follow":
                found += [
                    p
                    for agent in clause.children
                    if agent.dep_ in ("agent", "prep") and agent.lower_ == "by"
                    for o in agent.children
                    if o.dep_ == "pobj"
                    for p in persons_in(o, mentions)
                ]
    return unique_people(found)


def _bare_arrival(tok: Token) -> bool:
    """An arrival that names no destination ("X arrived on Monday", "flew in aboard a jet", "landed
    shortly after Y"): the story's own setting, as "arrived in the capital" is.  The arrival verbs
    and the particles some need ("flew in") are ``arrival_verbs``; a preposition that could name
    the destination ("arrived at a decision") or a way home makes it none."""
    lx = lexicon()
    particles = lx["arrival_verbs"].get(tok.lemma_.lower())
    if particles is None or not is_verb(tok):
        return False
    if particles and not any(
        c.lower_ in particles
        and (c.dep_ in ("prt", "advmod") or all(o.ent_type_ in ("DATE", "TIME") for o in c.children))
        for c in tok.children
    ):
        return False  # "jetted in this afternoon": the parse may take the particle for a preposition
    for c in tok.children:
        if c.dep_ == "advmod" and c.lower_ in ("home", "back"):
            return False
        if c.dep_ == "prep" and c.lower_ in lx["travel_verbs"].get(tok.lemma_.lower(), ()):
            # "arrived in order to attend the summit": a purpose, no place
            objects = [o for o in c.children if o.dep_ == "pobj" and not _in_order_to(o)]
            if not all(o.lemma_.lower() in lx["vehicle_nouns"] for o in objects):
                return False  # "arrived in his presidential jet" still names no destination
    return True


def _in_order_to(word: Token) -> bool:
    """The "order" of "in order to": a purpose clause follows."""
    return word.lower_ == "order" and any(c.dep_ in ("acl", "xcomp", "relcl") for c in word.children)


def _named_in(noun: Token, names: frozenset[str]) -> bool:
    """The noun with its compound words is one of ``names`` ("a joint *press conference*")."""
    words = [c.lower_ for c in noun.children if c.dep_ == "compound" and c.i < noun.i] + [noun.lower_]
    return any(" ".join(words[k:]) in names for k in range(len(words)))


def attend_candidates(tok: Token, label: str, sent: Span, mentions: list[PersonMention], entities) -> list[Candidate]:
    """ "X attended the summit in Y", "X took part in the forum in Y", "in Y, where X was attending
    a ceremony": a visit to Y by each attendee (attending the same gathering is not a meeting
    between them, but attending "their meeting" or talks is one)."""
    lx = lexicon()
    verb = tok.head if tok.lower_ == "part" and tok.dep_ == "dobj" else tok  # "took part in"

    def gathering(c: Token) -> bool:
        return c.lemma_.lower() in lx["gathering_nouns"] and not _named_in(c, lx["not_meeting_nouns"])

    objects = [c for c in verb.children if c.dep_ == "dobj" and c != tok and gathering(c)]
    objects += [o for h in dict.fromkeys((verb, tok)) for o in prep_objects(h, ("in",)) if gathering(o)]
    if not objects or verb.dep_ == "amod":
        return []
    chain = clause_chain(verb)
    if modality(verb, chain) != "asserted":
        return []
    visitors = subjects_of(verb, mentions)
    if not visitors and verb.dep_ == "conj":
        visitors = subjects_of(verb.head, mentions)
    preps = frozenset(lx["gathering_prepositions"])
    place = (
        destination(verb, entities, preps, dobj=False)
        or next(
            (p for o in objects for n in _named_by(o) if (p := destination(n, entities, preps, False)) is not None),
            None,
        )
        or (found[0] if (found := where_antecedent(chain, entities)) else None)  # "in Y, where X was attending"
    )
    if place is not None and any(_in_the_name(place, o) for o in objects):
        place = None  # "took part in the ASEAN-Russia Foreign Ministers' Meeting": a name, not where it met
    theirs = [  # "A, B and C attend their meeting in Tokyo", "A and B attend a meeting on X": theirs
        Candidate(
            "meet",
            verb,
            sent,
            unique_people(visitors),
            place,
            extra={"in_person": True, "attended": any(d.dep_ == "det" and d.lower_ == "the" for d in o.children)},
        )
        for o in objects
        if o.lemma_.lower() in lx["meet_nouns"]
        and (
            any(c.dep_ == "poss" and c.lower_ == "their" for c in o.children)
            or (  # not a summit, nor "a meeting of the OSCE"
                o.lemma_.lower() in lx["attended_meeting_nouns"]
                and not any(c.dep_ == "prep" and c.lower_ == "of" for c in o.children)
            )
        )
    ][: 1 if 2 <= len(unique_people(visitors)) <= MAX_TRAVELLERS else 0]
    visitors = unique_people([v for v in visitors if not at_home(v, place)])
    if place is None or not 1 <= len(visitors) <= MAX_TRAVELLERS:
        return theirs
    return theirs + [Candidate("visit", verb, sent, [v], place) for v in visitors]


def _in_the_name(place: Place, gathering: Token) -> bool:
    """The place is a word of the gathering's own name, before its noun ("the ASEAN-Russia Foreign
    Ministers' Meeting", "the Africa-France summit")."""
    words = fold(gathering.doc[gathering.left_edge.i : gathering.i].text)
    return re.search(rf"(?<!\w){re.escape(fold(place.name))}(?!\w)", words) is not None


def _named_by(gathering: Token) -> list[Token]:
    """The gathering word and the names of its "of" phrases: "a summit of the Council of Europe in
    Warsaw" (the parse hangs "in Warsaw" from "Council")."""
    out = [gathering]
    for word in out:
        out += [o for o in prep_objects(word, ("of",)) if o.pos_ in ("PROPN", "NOUN")]
        if len(out) > 3:
            break
    return out


def _be_to(be: Token) -> bool:
    """ "In Kazakhstan, X was to attend the summit": "be" right before an infinitive of its own
    tells a plan, not a presence (but "X was in Y to attend the summit" is there)."""
    # past "not", "also", "then" (but "X is here to attend": "here" is where X is)
    rest = be.doc[be.i + 1 : be.sent.end]
    after = next((t for t in rest if t.dep_ != "neg" and (t.dep_ != "advmod" or t.lower_ == "here")), None)
    return after is not None and after.lower_ == "to" and after.dep_ == "aux" and after.head.head == be


def presence_candidates(tok: Token, label: str, sent: Span, mentions: list[PersonMention], entities) -> list[Candidate]:
    """ "X was in Y to attend the summit", "X is in Y for talks": being somewhere for a purpose is a
    visit there ("here": where the story was filed, ``event_story_places``); a bare "X was in Y"
    only for someone of another country the story knows, holding no post there (else it may be
    where X lives or works)."""
    if tok.pos_ == "ADP":
        return _while_in(tok, sent, mentions, entities)
    lx = lexicon()
    purpose = any(
        (c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
        or (c.dep_ == "prep" and c.lower_ == "for")
        for c in tok.children
    )
    if modality(tok, clause_chain(tok)) != "asserted" or _be_to(tok):
        return []
    if tok.lower_ == "been" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children):
        # "X has already been to A and B": a trip to each
        visitors = subjects_of(tok, mentions)
        trips = destinations(tok, entities, frozenset({"to"}), dobj=False)
        if trips and 1 <= len(visitors) <= MAX_TRAVELLERS:
            return [Candidate("visit", tok, sent, [v], p) for v in visitors for p in trips if not at_home(v, p)]
    place = destination(tok, entities, frozenset(lx["gathering_prepositions"]), dobj=False)
    visitors = [v for v in subjects_of(tok, mentions) or _fronted_place_attr(tok, mentions) if not at_home(v, place)]
    arriving = _among_those_arriving(tok) if place is None else None
    if arriving is not None:  # "Among the foreign leaders arriving in Kazan are A, B and C"
        place = destination(arriving, entities, frozenset(lx["visit_prepositions"]), dobj=False)
        visitors = [v for v in visitors if not at_home(v, place)]
        if place is not None and 1 <= len(visitors) <= MAX_TRAVELLERS:
            return [Candidate("visit", tok, sent, [v], place) for v in visitors]
    if place is None and _among_those_present(tok) and 1 <= len(visitors) <= MAX_TRAVELLERS:
        # "Among the heads of state present are A and B": at the story's occasion, wherever its visits go
        return [Candidate("visit", tok, sent, [v], None, extra={"setting": True}) for v in visitors]
    if not purpose:
        # "Recently, he was in Rwanda": abroad for someone whose country the story knows, posted nowhere there
        visitors = [v for v in visitors if v.country and place is not None and not posted_in(v, place)]
    if place is None and purpose and any(c.dep_ == "advmod" and c.lower_ == "here" for c in tok.children):
        # "X, who is here to attend the summit": where the story was filed (``here_places``)
        return [Candidate("visit", tok, sent, [v], None) for v in visitors[:MAX_TRAVELLERS]]
    if place is None or not 1 <= len(visitors) <= MAX_TRAVELLERS:
        return []
    return [Candidate("visit", tok, sent, [v], place) for v in visitors]


def _while_in(prep: Token, sent: Span, mentions: list[PersonMention], entities) -> list[Candidate]:
    """ "While in Addis Ababa, X held talks with Y": the clause's subject was there, a visit for
    someone not at home; told of a stay still to come ("While in Berlin, X will meet Y"), none."""
    verb = prep.head
    if not is_verb(verb) or verb.dep_ != "ROOT" or modality(verb, clause_chain(verb)) != "asserted":
        return []  # not "He said while in London, he joined ...": a stay recalled in what someone said
    where = next((o for o in prep.children if o.dep_ == "pobj"), None)
    place = place_of_token(where, entities)[0] if where is not None else None
    if place is None:
        return []
    # "While in Addis Ababa, the Nigerian leader, ..., held talks": the parse may hang the subject on the place
    hung = [p for c in where.children if c.dep_ == "appos" for p in persons_in(c, mentions)]
    # "While in Harare, Zuma is supported by A and B": the subject was there; the agents are no visitors of it
    agents = {p.key for c in verb.children if c.dep_ == "agent" for o in c.children for p in persons_in(o, mentions)}
    visitors = [v for v in subjects_of(verb, mentions) or hung if not at_home(v, place) and v.key not in agents]
    if not 1 <= len(visitors) <= MAX_TRAVELLERS:
        return []
    return [Candidate("visit", prep, sent, [v], place) for v in visitors]


def _fronted_place_attr(copula: Token, mentions: list[PersonMention]) -> list[Person]:
    """ "Also in Kigali are presidents A of X and B of Y": the place goes first, and the people who
    are there follow the copula as its complement."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in copula.children):
        return []
    if not any(c.dep_ == "prep" and c.i < copula.i for c in copula.children):
        return []
    return [p for c in copula.children if c.dep_ == "attr" and c.i > copula.i for p in persons_in(c, mentions)]


def _among_those_arriving(copula: Token) -> Token | None:
    """ "Among the leaders arriving in Kazan are ...": the arrival verb of the group the copula's
    people are among (its place is theirs)."""
    arrivals = lexicon()["arrival_verbs"]
    return next(
        (
            t
            for c in copula.children
            if c.dep_ == "prep" and c.lower_ == "among" and c.i < copula.i
            for o in c.children
            if o.dep_ == "pobj"
            for t in o.subtree
            if t.pos_ == "VERB" and t.lemma_.lower() in arrivals
        ),
        None,
    )


def _among_those_present(copula: Token) -> bool:
    """ "Among the heads of state present are ...", "Among those present were ...": the copula's
    people are those present at the story's occasion."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "among"
        and c.i < copula.i
        and any(t.lower_ == "present" for o in c.children if o.dep_ == "pobj" for t in o.subtree)
        for c in copula.children
    )
