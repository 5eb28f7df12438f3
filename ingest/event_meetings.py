"""The handlers of meetings, calls and signings: each takes an event word of a sentence with
its family, and gives the events the sentence states with it (``Candidate``), or none.

Holds:
- ``meet_candidates``: "met", "received", "held talks", "a meeting", "phoned", "spoke by phone"
  (families MEET_V, MEET_N, PHONE_V, PHONE_N, CONVERSE_V): who met whom, the host, the CAMEO
  code of negotiations, the clause's place; one person's list of counterparts is met one by one.
- ``host_noun_candidates``: "gave a warm welcome to Y", "played host to Y" (HOST_N).
- ``joint_candidates``: "X and Y reviewed the agenda" (JOINT_V); ``virtual_candidates``: a
  virtual summit (VIRTUAL_N).  Both are kept only when the story tells of no other event of
  the same people (``event_story.joint_told_again``).
- ``sign_candidates``: "signed a pact with Y" (SIGN_V).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from diplograph.ingest.event_candidate import MAX_TRAVELLERS, Candidate
from diplograph.ingest.event_codes import event_types
from diplograph.ingest.event_participants import (
    PersonMention,
    attached_people,
    companions,
    described_as_guest,
    glued_speakers,
    listed_as_subject,
    listed_under,
    path_below,
    person_object,
    persons_in,
    relative_counterparts,
    reporter,
    source_of,
    stand_ins,
    subjects_of,
    titled_apposition,
    unique_people,
    unknown_subject,
    without_spouses,
)
from diplograph.ingest.event_places import locate
from diplograph.ingest.event_syntax import (
    attaches,
    call_in_person,
    clause_chain,
    event_noun_of_its_own,
    group_word,
    held_in_relative,
    in_sequence,
    is_verb,
    joining_verb,
    leads_delegation,
    lexicon,
    modality,
    mood_cues,
    names_its_parties,
    names_sender,
    paid_call,
    phone_word,
    phrasal,
    planned_for,
    prep_objects,
    subjectless_gerund,
    talks_without_medium,
    welcome_at_a_place,
)
from diplograph.ingest.nlp import FINITE_TAGS, first_conjunct
from diplograph.ingest.records import Person, Place
from diplograph.ingest.roles import is_head, is_plural_head


def _phone_cue(chain: list[Token], trigger: Token) -> bool:
    """A phone word ("phone", "telephone", "video", not a verb) hangs from the event word's clause."""
    lx = lexicon()
    ids = {t.i for t in chain}
    for t in trigger.sent:
        if any(c.lower_ in lx["in_person_call_words"] for c in t.children) or paid_call(t):
            continue  # "paid him a courtesy call", "pays farewell call on Y": a visit in person
        if phone_word(t) and not is_verb(t) and t.i not in ids - {trigger.i}:
            if _cue_of_another_event(t, ids, trigger) or _another_partner(t, trigger):
                continue  # "held a meeting with Y and thanked him for the telephone call Y made": the call's
            if t.i == trigger.i or attaches(t, ids, trigger) or any(a.i == trigger.i for a in t.ancestors):
                return True
    return False


def _described_call(verb: Token) -> bool:
    """A verb in a relative clause on a call, or on the day or place of one ("a phone conversation on
    Feb. 15 where the two discussed trade"): the talks it tells are the call."""
    if verb.dep_ != "relcl":
        return False
    noun = verb.head
    if noun.dep_ == "pobj" and noun.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC"):
        noun = noun.head.head  # "on Feb. 15", "in Ankara": the preposition's noun
    words = lexicon()["phone_heads"]
    return (
        noun.pos_ == "NOUN"
        and noun.text.islower()
        and noun.lemma_.lower() in words
        and (noun.lemma_.lower() == "call" or any(phone_word(c) for c in noun.children))  # not "a conference where"
    )


def _another_partner(call: Token, trigger: Token) -> bool:
    """A call with someone named, beside an event noun with someone else named: "mentioned the call
    with Z at the start of his meeting with Y" (the call is its own event, not the meeting's medium)."""

    def partners(word: Token) -> set[int]:
        return {t.i for o in prep_objects(word, ("with",)) for t in o.subtree if t.ent_type_ == "PERSON"}

    if call == trigger or is_verb(trigger) or call.lemma_.lower() not in lexicon()["phone_heads"]:
        return False
    mine, theirs = partners(trigger), partners(call)
    return bool(mine) and bool(theirs) and not mine & theirs


def _said_in_person(tok: Token) -> bool:
    """The event word says it was in person: "their first in-person meeting", "face-to-face talks",
    "met in person" (``in_person_phrases``, matched on the words before a noun or after a verb)."""
    doc = tok.doc
    if is_verb(tok):
        words = " ".join(t.lower_ for t in doc[tok.i + 1 : min(tok.right_edge.i + 1, tok.i + 6)])
    else:
        words = " ".join(t.lower_ for t in doc[tok.left_edge.i : tok.i])
    words = words.replace(" - ", "-")
    return any(phrase in words for phrase in lexicon()["in_person_phrases"])


def _cue_of_another_event(cue: Token, ids: set[int], trigger: Token) -> bool:
    """The phone word names another event, in a clause of its own on the way up to the trigger's
    ("held a meeting with Y and thanked him for the telephone call Y made")."""
    nouns = lexicon()["meet_nouns"] | lexicon()["phone_heads"]
    event_noun = False
    for a in cue.ancestors:
        if a.i in ids or a == trigger:
            return False
        if a.pos_ == "NOUN" and a.lemma_.lower() in nouns:
            event_noun = True
        elif is_verb(a):
            # "said during a meeting with Y that he had just spoken by telephone with Z": the clause's own
            # talk is the call
            if a.dep_ == "ccomp" and a.lemma_.lower() in lexicon()["speech_verbs"] | lexicon()["phone_verbs"]:
                return True
            # not "discussed migrants going to Europe in a phone conversation": the parse hangs the
            # call on a participle that describes a noun of the clause
            return event_noun and not (a.dep_ == "acl" and a.tag_ == "VBG")
    return False


def _of_clause(tok: Token) -> bool:
    """A verb, or its object ("wished Y a happy birthday by phone": the phone is the verb's), or a
    noun the parse made its complement or hung under its preposition ("congratulated Y on his victory
    in a telephone conversation"), or under a preposition on its object ("assured Y of his support")."""
    if is_verb(tok):
        return True
    if tok.pos_ != "NOUN":
        return False
    if tok.dep_ in ("dobj", "ccomp") and is_verb(tok.head):
        return True
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return False
    above = tok.head.head  # "assured Y of his support in a phone call": the parse hangs "of" on Y
    return is_verb(above) or (above.dep_ in ("dobj", "dative") and is_verb(above.head))


def _phone_modified(noun: Token) -> bool:
    """A noun a phone word modifies ("a phone call", "a telephone exchange", "a phone conversation")."""
    cues = lexicon()["phone_cues"]
    return any(c.dep_ in ("compound", "amod") and c.lower_ in cues for c in noun.children)


def _phoned(noun: Token) -> bool:
    """A call or conversation a phone word names ("a phone call", "a telephone conversation")."""
    return noun.lemma_.lower() in lexicon()["phone_heads"] and _phone_modified(noun)


def _pair_subject(word: Token) -> bool:
    """A verb whose subject is joined to another ("A and B said"), or such a subject itself (the
    parse may hang a phrase between the subject and its verb on the subject)."""
    if is_verb(word):
        subjects = [c for c in word.children if c.dep_ == "nsubj"]
    else:
        subjects = [word] if word.dep_ == "nsubj" else []
    return any(any(g.dep_ == "conj" for g in s.children) for s in subjects)


def _framed(noun: Token) -> bool:
    """A meeting noun that stands for the clause's own encounter: "held talks", "during a meeting",
    "in a phone call", "for talks with", "the talks took place" -- not one named in passing."""
    lx = lexicon()
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in lx["noun_light_verbs"]:
        return True
    if noun.dep_ == "dobj" and head.lemma_.lower() in lx["party_light_verbs"] and _names_a_party(noun):
        return True  # "attended a meeting with Y", not "attended the Annual Meeting of the Forum"
    if noun.dep_ == "nsubj" and head.lemma_.lower() in lx["noun_subject_verbs"]:
        return True
    if (
        noun.dep_ == "pobj"
        and head.lower_ in lx["sequence_prepositions"]
        and is_verb(head.head)
        and any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children)
    ):
        return True  # "X and Y pose for a photo before their meeting"
    if (
        noun.dep_ == "pobj"
        and head.lower_ in lx["aftermath_prepositions"]
        and is_verb(head.head)
        and _names_a_party(noun)
    ):
        return True  # "X told reporters after talks with Y": the talks are over
    if (
        noun.dep_ == "pobj"
        and head.lower_ in lx["aftermath_prepositions"]
        and not any((c.dep_ == "poss" and c.lower_ != "their") or c.dep_ == "det" for c in noun.children)
        and _pair_subject(head.head)
    ):
        # "A and B, after talks in Thimphu, directed ...": the talks of the pair the clause is about (not
        # "A and B will travel to Russia following the meetings in Genoa": meetings told as known)
        return True
    if (
        noun.dep_ == "pobj"
        and head.lower_ in lx["sequence_prepositions"]
        and head.head.tag_ == "VBD"
        and _names_a_party(noun)
        and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    ):
        return True  # "Before the meeting with Y, X held talks with Z": the meeting the story tells in the past
    if noun.dep_ == "pobj" and head.lower_ == "with":
        owner = head.head if head.head.dep_ != "dobj" else head.head.head  # the parse may hang it on the object
        if owner.lemma_.lower() in lx["sequence_verbs"] and is_verb(owner):
            return _names_a_party(noun)  # "began his visit with talks with Y", "will end the day with a meeting with Y"
    occasion = noun.dep_ == "pobj" and head.lower_ == "for" and noun.lemma_.lower() in lx["occasion_nouns"]
    if occasion and not _names_a_party(noun):
        return False  # "A, B and C arrived in X for the summit": the occasion they came to, not a meeting
    if noun.dep_ == "pobj" and head.lower_ in lx["medium_prepositions"] and _of_clause(head.head):
        return True  # "congratulated Y by phone", "wished Y a happy birthday by phone": the clause's own call
    if noun.dep_ == "pobj" and head.lower_ == "in" and head.head.pos_ == "NOUN" and _phoned(noun):
        # "wished Y a happy birthday in a phone call", "congratulated Y on his victory in a telephone
        # conversation": the parse hangs the call on a noun of the clause; it is how the clause was said
        return _of_clause(head.head)
    if noun.dep_ == "pobj" and head.lower_ in lx["noun_frame_prepositions"]:
        # "X in a phone call to Y, thanked ...": the parse hangs the call on its subject
        phone = noun.lemma_.lower() in lx["phone_heads"]
        deps = ("ROOT", "appos", "dep", "nsubj") if phone else ("ROOT", "appos", "dep")
        named = head.head.pos_ == "PROPN" and head.head.dep_ in deps and _names_a_party(noun)
        took_part = head.head.dep_ == "dobj" and head.head.lemma_.lower() in lx["participation_nouns"]
        # "made a stopover on his way home for talks with Y": the parse hangs the talks on the way
        en_route = head.lower_ == "for" and head.head.lemma_.lower() in lx["route_nouns"] and _names_a_party(noun)
        if not (is_verb(head.head) or head.head == head or head.dep_ == "ROOT" or named or took_part or en_route):
            return False  # a caption's "X in talks with Y" (no verb) stands for the encounter
        if head.lower_ in lx["strong_frame_prepositions"]:
            return True
        if head.lower_ == "in" and head.head.lemma_.lower() in lx["time_in_verbs"]:
            return True  # "A, B and C spent 100 minutes in talks"
        # "in a meeting", "in talks with Y", not "a role in forthcoming talks"
        return _names_a_party(noun) or any(c.dep_ in ("det", "poss") for c in noun.children)
    if noun.dep_ == "pobj" and head.lower_ == "to" and phrasal(head.head) in lx["anticipation_verbs"]:
        return True  # "Both looked forward to continuing discussions": their own talks, still to come
    if noun.dep_ == "conj":
        return _framed(head)
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in lx["partitive_nouns"]:
        return _framed(head.head)  # "held another round of talks", "a series of meetings"
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in lx["frame_nouns"]:
        return head.head.dep_ != "pobj" or head.head.head.lower_ in lx["noun_frame_prepositions"]
    return False


def _told_by_the_one_called(chain: list[Token], mentions: list[PersonMention]) -> list[Person]:
    """ "X told reporters that Y had called to apologise": a call that names no callee, told by
    someone else as what Y did, was to the teller."""
    top = chain[-1]
    head = top.head
    if top.dep_ != "ccomp" or head == top or head.lemma_.lower() not in lexicon()["reporting_verbs"]:
        return []
    return subjects_of(head, mentions)[:1]


def _one_side(people: list[Person], chain: list[Token], mentions: list[PersonMention]) -> bool:
    """Every person found is a counterpart after one "with" (or "from", "to": "calls to A, B and C";
    or the agent of a light verb: "the calls were made by A, B and C") of the clause: the other side
    (an unnamed subject, or none) is missing, so they did not meet each other."""
    if len(people) < 2:
        return False
    all_subjects = {p.key for p in people} <= {p.key for v in chain for p in subjects_of(v, mentions)}
    # "A and B called a number of world leaders": the callees are named by no one
    callees = [_partitive_whole(o) for o in chain[0].children if o.dep_ == "dobj" and is_verb(chain[0])]
    if all_subjects and callees and all(_unnamed_party(o, mentions) for o in callees):
        return True
    # "meetings that begin with talks with A, then B": the nested event word's "with" is the clause's
    nested = [
        o
        for t in chain
        for prep in t.children
        if prep.dep_ == "prep" and prep.lower_ == "with"
        for o in prep.children
        if o.dep_ == "pobj" and o.lemma_.lower() in lexicon()["meet_nouns"]
    ]
    for t in chain + nested:
        for prep in t.children:
            if (prep.dep_ in ("prep", "dative") and prep.lower_ in ("with", "from", "to")) or (
                prep.dep_ == "agent"
                and t.lemma_.lower() in lexicon()["noun_light_verbs"]
                and not _held_by(chain[0], mentions)  # but "the talks were held by A and B": its parties
            ):
                objects = [o for o in prep.children if o.dep_ == "pobj"]
                # "meetings with A, B and C": the parse may hang B and C on the noun itself
                listed = [
                    m.person
                    for m in mentions
                    if m.person is not None
                    and (listed_under(m.root, objects) or (m.root.i > prep.i and listed_under(m.root, [t])))
                ]
                if all(p in listed for p in people):
                    return True
                unnamed = objects and all(_unnamed_party(o, mentions) for o in objects)
                before = all(m.root.i < prep.i for m in mentions if m.person in people)
                if unnamed and (all_subjects or before):
                    # "A and B met briefly with an Iranian deputy minister", "A, B in talks with foreign
                    # leaders": A and B are one side
                    return True
    return False


def _partitive_whole(noun: Token) -> Token:
    """The noun a partitive stands for: "leaders" of "a number of leaders"."""
    if noun.lemma_.lower() in lexicon()["partitive_nouns"]:
        return next((o for p in noun.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), noun)
    return noun


def _accompanied(chain: list[Token], mentions: list[PersonMention]) -> list[tuple[Token, list[Person]]]:
    """ "X accompanied Y in meetings with A and B": each verb of accompanying in the clause, with
    the people it names as accompanied (Y)."""
    words = lexicon()["accompany_verbs"]
    found = []
    for v in chain:
        if is_verb(v) and v.lemma_.lower() in words:
            objects = [p for c in v.children if c.dep_ == "dobj" for p in persons_in(c, mentions)]
            if objects:
                found.append((v, objects))
    return found


def _message_senders(call: Token, mentions: list[PersonMention]) -> list[Person]:
    """ "X received a congratulatory message from Y via a phone call": the call carried a message,
    whose sender ("from Y") is the other party."""
    lx = lexicon()
    if call.dep_ != "pobj" or call.head.lower_ not in lx["medium_prepositions"]:
        return []
    above = call.head.head
    messages = [above] if above.lemma_.lower() in lx["message_nouns"] else []
    carried = [c for c in above.children if c.dep_ == "dobj" and c.lemma_.lower() in lx["message_nouns"]]
    # "received a message from Y": the parse may hang the "from" on the verb
    messages += carried + ([above] if carried else [])
    return [p for m in messages for o in prep_objects(m, ("from",)) for p in persons_in(o, mentions)]


def _present_to(verb: Token) -> bool:
    """ "Also present to receive X were A and B", "A and B were at hand to see off X": the verb tells
    why people were there (``attendance_adjectives``), not a meeting of theirs."""
    words = lexicon()["attendance_adjectives"]
    head = verb.head
    return verb.dep_ in ("xcomp", "advcl") and (
        head.lemma_.lower() in words or any(c.dep_ == "acomp" and c.lemma_.lower() in words for c in head.children)
    )


def _escorts(chain: list[Token], mentions: list[PersonMention]) -> set[str]:
    """ "X accompanied Y in meetings with A and B": X, who went along with the one named as
    accompanied, is no party of Y's meetings; nor are "A and B joined the President during the
    meeting" (an active "join" of a person or a title, "during" a meeting)."""
    lx = lexicon()
    joined = [
        v
        for v in chain
        if is_verb(v)
        and v.lemma_.lower() in lx["joined_verbs"]
        and any(c.dep_ == "dobj" and (is_head(c) or persons_in(c, mentions)) for c in v.children)
        # not "joined X in his meeting with Y": a party of it
        and any(c.dep_ == "prep" and c.lower_ == "during" for c in v.children)
    ]
    verbs = [v for v, _ in _accompanied(chain, mentions)] + joined
    return {p.key for v in verbs for p in subjects_of(v, mentions)}


def _unnamed_party(noun: Token, mentions: list[PersonMention]) -> bool:
    """The noun stands for people it does not name ("an Iranian deputy minister", "officials")."""
    if any(m.root in noun.subtree for m in mentions):
        return False
    return is_head(noun) or is_plural_head(noun) or noun.lemma_.lower() in lexicon()["unnamed_party_nouns"]


def _talks_to_come(verb: Token, unstated: bool) -> bool:
    """ "X will discuss Z with Y", "X intends to discuss Z with Y": talks of no stated medium still
    to come, said of the talks themselves (a future auxiliary, a verb of plan above), not the
    purpose of another event ("met Y to discuss Z", "arrived to discuss Z"); ``medium_unstated``
    keeps them as a planned meeting for a story that puts one of them on a trip."""
    if not unstated or not is_verb(verb):
        return False
    lx = lexicon()
    if any(c.dep_ == "aux" and c.lower_ in lx["future_auxiliaries"] for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lx["plan_verbs"]


def _present_at(noun: Token) -> bool:
    """ "A, B and other members of the delegation took part in the talks on the Russian side",
    "Japan was represented at the talks by A": one side's delegation at the event, not its parties,
    when the event word names no party of its own ("took part in talks with Y" does); "the four
    ministers arrived to participate in the talks" are its parties."""
    verb = _presence_verb(noun)
    if verb is None or _names_a_party(noun):
        return False
    lx = lexicon()
    side = any(
        t.lemma_.lower() in lx["delegation_nouns"] or (t.lemma_.lower() in lx["side_nouns"] and t.dep_ == "pobj")
        for t in verb.subtree
    )
    return verb.lemma_.lower() == "represent" or side


def _presence_verb(noun: Token) -> Token | None:
    """The verb of being present whose object the noun is, directly or after a preposition
    ("attended the talks", "took part in the talks", "was represented at the talks";
    ``present_at_verbs``), else None."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        verb = noun.head.head
    elif noun.dep_ == "dobj":
        verb = noun.head
    else:
        return None
    if not is_verb(verb):
        return None
    lemma = verb.lemma_.lower()
    said = {lemma, *(f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "dobj")}
    return verb if said & lexicon()["present_at_verbs"] else None


def _gathering_attended(noun: Token) -> bool:
    """Plural meetings that people attend or take part in ("a series of ministerial meetings of
    ASEAN", "the meetings of the forum"; ``present_at_verbs``, through a partitive noun), naming no
    party of their own: a gathering attended, not a meeting of those who attend it."""
    lx = lexicon()
    if noun.tag_ != "NNS" or noun.lemma_.lower() in lx["mass_talk_nouns"] or _names_a_party(noun):
        return False
    top = noun
    if top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.lemma_.lower() in lx["partitive_nouns"]:
        top = top.head.head  # "a series of meetings"
    return _presence_verb(top) is not None


def _discussed_topic(noun: Token) -> bool:
    """The event word lies inside the object of a verb of talking something over (``topic_verbs``:
    "discussed the progress made in the trade negotiations"), naming no party of its own (not "the
    outcome of the talks between A and B", nor "their coming meeting", nor one a clause tells of):
    what was talked about."""
    if _names_a_party(noun) or any(c.dep_ in ("poss", "relcl", "acl") for c in noun.children):
        return False  # "their meeting", "discussed trade in the talks he held with Y": an event told
    tok = noun
    while tok.dep_ in ("pobj", "prep", "acl", "compound", "nmod", "conj", "appos") and tok.head != tok:
        tok = tok.head
    return tok.dep_ == "dobj" and is_verb(tok.head) and tok.head.lemma_.lower() in lexicon()["topic_verbs"]


def _travellers_of_vehicle(verb: Token, mentions: list[PersonMention]) -> list[Person]:
    """ "His plane touched down at the airport and was received by A": the subject of the verb (or of
    the verb it is joined to) is a vehicle (``vehicle_nouns``) whose possessor travelled in it."""
    words = lexicon()["vehicle_nouns"]
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    for v in (verb, verb.head) if verb.dep_ == "conj" else (verb,):
        for c in v.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in words:
                return [p for o in c.children if o.dep_ == "poss" for p in persons_in(o, mentions)]
    return []


def _names_a_party(noun: Token) -> bool:
    """The noun has its counterpart after it ("talks with Y", "a meeting between X and Y", "a call from Y",
    "a phone call to Y")."""
    phone = noun.lemma_.lower() in lexicon()["phone_heads"]
    words = ("with", "between", "from", "to") if phone else ("with", "between", "from")
    return any(c.dep_ == "prep" and c.lower_ in words for c in noun.children)


def _own_clause(clause: list[Token]) -> list[Token]:
    """The words above a word in its own clause (``clause[1:]``), up to a verb it is coordinated
    with ("the White House called us and I had a phone conversation with Y": not "called")."""
    above = []
    for below, word in zip(clause, clause[1:]):
        if below.dep_ == "conj" and is_verb(below):
            break
        above.append(word)
    return above


def _called_on(word: Token) -> list[Token]:
    """The objects of a call's "on"/"upon": "called on Y", "paid a call on Y"; the verb's object
    when "on" stands alone ("called on Y" parsed as a particle), not "called Y on Friday"."""
    on = [c for c in word.children if c.lower_ in lexicon()["courtesy_call_particles"] and c.dep_ in ("prep", "prt")]
    objects = [g for c in on for g in c.children if g.dep_ == "pobj"]
    bare = any(c.dep_ == "prt" or not any(g.dep_ == "pobj" for g in c.children) for c in on)
    return objects + ([c for c in word.children if c.dep_ == "dobj"] if bare else [])


def _courtesy_call(verb: Token, mentions: list[PersonMention]) -> bool:
    """ "X called on Y" with nothing asked of Y: a courtesy call in person, not "called on Y to
    end the strike" nor "called on Y for restraint" ("called on Y for talks" is one, and so is
    "called on Y to present his credentials": what a caller does there himself)."""
    objects = _called_on(verb)
    own = lexicon()["courtesy_purpose_verbs"]
    # "called on President of India, APJ Abdul Kalam": the parse may hang the name off the title
    # "called on the Presidents of Maldives and Uganda -- A and B": the offices, their holders after them
    if not any(persons_in(o, mentions) or (o.pos_ == "PROPN" and is_head(o)) or is_plural_head(o) for o in objects):
        return False
    asked = [  # what is asked hangs on the call or its object, not on a verb joined to it ("and held talks to ...")
        t
        for t in verb.subtree
        if t != verb
        and t.head in (verb, *objects)
        and (
            (
                is_verb(t)
                and t.dep_ in ("xcomp", "ccomp", "advcl", "relcl", "acl")
                and not any(c.dep_ == "advmod" and c.lower_ in ("where", "when") for c in t.children)
                and not (t.lemma_.lower() in own and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children))
            )
            # not the portfolio of a title ("called on Minister for Foreign Affairs Y", "Ambassador to Z")
            or (t.dep_ == "prep" and t.lower_ in ("for", "to") and not _for_talks(t) and not is_head(t.head))
        )
    ]
    return not asked


def _exchange_of_views(noun: Token) -> bool:
    """ "held a fraternal exchange with Y", "had an exchange of views": talk in person, not an
    exchange of letters, fire or prisoners."""
    lx = lexicon()
    if any(c.dep_ == "compound" for c in noun.children):
        return False
    return all(o.lower_ in lx["exchanged_in_person"] for o in prep_objects(noun, ("of",)))


def _for_talks(prep: Token) -> bool:
    """ "called on Y for talks", "for an exchange of views": what the call is for is the meeting
    itself, not something asked of Y."""
    lx = lexicon()
    return prep.lower_ == "for" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in lx["meet_nouns"] | lx["exchange_nouns"] for o in prep.children
    )


def meet_candidates(tok: Token, label: str, sent: Span, mentions: list[PersonMention], entities) -> list[Candidate]:
    """Meetings and calls an event word states ("met", "held talks", "a meeting", "phoned", "spoke with"):
    the parties of its clause, its mood, the host and the place; a list of counterparts is met one by one."""
    lx = lexicon()
    lemma = tok.lemma_.lower()
    noun = label in ("MEET_N", "PHONE_N")
    if label == "MEET_V":
        if tok.dep_ == "amod":
            return []
        particles = {p.split()[1] for p in lx["chance_meeting_phrases"] if p.split()[0] == lemma}
        if lemma in lx["chance_meeting_verbs"] and not any(
            c.lower_ in particles for c in tok.rights if c.dep_ in ("prep", "prt", "punct") or c.i <= tok.i + 2
        ):
            return []  # "ran into Y" (also "ran 'into Y"), "sat down with Y", not "ran the talks"
        if lemma in lx["with_required_verbs"] and not any(
            c.dep_ == "prep" and c.lower_ == "with" for c in tok.children
        ):
            return []
    if noun and _praised_for_holding(tok):
        return []  # "congratulated Y for convening the Leaders' Summit": Y's gathering, praised, not attended
    courtesy = False
    if label == "PHONE_V" and lemma == "call":
        if (
            tok.dep_ in ("amod", "acl")
            and tok.head.pos_ in ("NOUN", "PROPN")
            and not any(_purpose_callees(c, mentions) for c in tok.children)
            and titled_apposition(tok) is None
            and not _named_caller_without_verb(tok)
        ):
            return []  # "a man called X", not "the president of Egypt, X, called Tuesday to wish Y well"
        courtesy = _courtesy_call(tok, mentions)
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        for c in [] if courtesy else tok.children:
            if c.dep_ == "oprd" and persons_in(c, mentions) and all(is_head(o) for o in objects):
                # "called President Y on Tuesday", "called his counterpart Y": the parse takes the callee,
                # or the name of the title that is the callee, for a predicate
                continue
            if c.dep_ == "prt" and c.lower_ in lx["phone_particles"]:
                continue  # "called up Y to congratulate him": phoned
            if c.dep_ == "oprd" and any(
                t.tag_ in FINITE_TAGS for t in (c, *(a for a in c.children if a.dep_ == "amod"))
            ):
                # "called Y and the pair 'exchanged greetings'" (a finite verb taken for the predicate, or
                # for an adjective of one): a clause of its own, not "called Y a liar"
                continue
            if c.dep_ in ("oprd", "xcomp", "ccomp", "prt") and not _purpose_callees(c, mentions):
                # but "called Y to wish him good health": a call with Y; "Y had called to apologise": a call
                if not (c.dep_ == "xcomp" and _greets(c)):
                    return []
            if (
                c.dep_ == "prep"
                and c.lower_ in lx["call_blocking_prepositions"]
                and any(m.root.head == c or m.root == c for m in mentions)
            ):
                return []
            if c.dep_ == "prep" and c.lower_ == "for":
                return []
    if label == "PHONE_N" and lemma == "call":
        courtesy = call_in_person(tok, lambda o: bool(persons_in(o, mentions)))  # "paid a call on Y"
    phoned = _phone_modified(tok)
    if label == "MEET_N" and tok.lower_ in lx["exchange_nouns"] and not (_exchange_of_views(tok) or phoned):
        return []  # "an exchange of letters with Y", "prisoner exchanges": no meeting; "a telephone exchange" is
    if label == "MEET_V" and _present_to(tok.head if tok.dep_ in ("prt", "dobj") else tok):
        return []  # "Also present to receive X were A and B", "A was present to see X off": no parties
    if label == "MEET_N" and tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in lx["attend_verbs"]:
        return []  # "The meeting was attended by A, B and C": those present, not its parties
    if label == "MEET_N" and _present_at(tok):
        return []  # "A and B took part in the talks": those present, not its parties
    if noun and _discussed_topic(tok):
        return []  # "the leaders discussed the progress made in the trade negotiations": a subject matter
    if label == "MEET_N" and _sideline_occasion(tok, mentions):
        # "X received a briefing on the coup attempt to oust President Y, on the sidelines of the
        # summit": the occasion of what a verb of no meeting tells, no meeting with Y
        return []
    if label == "MEET_N" and _gathering_attended(tok):
        return []  # "they are taking part in a series of ministerial meetings of ASEAN": no meeting of theirs
    if label == "MEET_V" and lemma in lx["host_verbs"] and not person_object(tok, mentions):
        return _received_one_by_one(tok, sent, mentions, entities)  # "welcomed the decision": none
    if label == "MEET_V" and tok.dep_ in ("advcl", "xcomp") and tok.head.lemma_.lower() in lx["phone_verbs"]:
        return []  # "called Y to greet him": the greeting is the call
    clause = clause_chain(tok)
    words = lx["meet_nouns"] | lx["phone_heads"]
    framed = (
        tok.dep_ == "pobj"
        and tok.head.lower_ in lx["frame_prepositions"]
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)  # "In the meeting with Y, ..."
    )
    own = event_noun_of_its_own(tok, tok.head, words)  # "meetings with A and talks with B": B's own
    # "their first meeting since their last meeting in Kazan": the one "since" names is another occasion
    earlier = tok.dep_ == "pobj" and tok.head.lower_ in lx["earlier_event_prepositions"]
    above = _own_clause(clause)
    if (
        noun
        and not earlier
        and any(
            t.lemma_.lower() in words and not (framed and is_verb(t)) and not (own and t == tok.head) for t in above
        )
    ):
        # "during their meeting on the sidelines of the summit": the summit is the occasion (but "In the
        # meeting with Y, X called for ...": the verb the meeting frames only looks like an event word)
        return []
    if (
        noun
        and tok.dep_ == "pobj"
        and tok.head.dep_ == "prep"
        and tok.head.lower_ in lx["frame_prepositions"]
        and any(c.dep_ == "dobj" and c.lower_ in lx["phone_heads"] for c in tok.head.head.children)
    ):
        return []  # "During their meeting, A and B held phone calls with C": the calls are what is told
    framing = tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in lx["frame_nouns"]
    if (
        (noun and framing)
        and any(
            c != tok
            and c.dep_ in ("nsubj", "nsubjpass", "dobj")
            and c.lemma_.lower() in words
            and _names_a_party(c)
            # not "mentioned the call with Z at the start of his meeting with Y"
            and t.lemma_.lower() not in lx["reporting_verbs"]
            for t in clause[1:]
            for c in t.children
        )
    ):
        return []  # "meetings with A and B will be held on the sidelines of the summit": so is it here
    # "a role in forthcoming talks": a noun named in passing brings only the parties it names itself
    chain = clause if not noun or _framed(tok) else [tok]
    top = chain[-1]
    if (
        noun
        and _phoned(tok)
        and top.pos_ == "NOUN"
        and top.dep_ == "ccomp"
        and is_verb(top.head)
        and top.head.lemma_.lower() not in lx["reporting_verbs"]
    ):
        chain = chain + [top.head]  # "wished Y a happy birthday in a phone call": the parse's complement
    if noun:  # "during a telephone call he received from Y": the relative clause's light verb is the noun's
        chain = chain + [c for c in tok.children if held_in_relative(c, tok)]
        # "the appraisals were made known by X during a meeting with Y": the agent hangs on the predicate
        chain = chain + [
            c
            for t in chain
            if is_verb(t) and t.i != tok.i
            for c in t.children
            if c.dep_ == "oprd" and any(g.dep_ == "agent" or (g.dep_, g.lower_) == ("prep", "by") for g in c.children)
        ]
    along = companions(mentions) | glued_speakers(mentions) | _escorts(chain, mentions)
    # "ahead of their scheduled meeting": the two "their" stands for own the meeting
    theirs = [m.person for m in mentions if m.synthetic and m.root.head == tok and m.root.lower_ == "their"]
    people = [
        p
        for p in unique_people(
            attached_people(mentions, chain, tok)
            + theirs
            + relative_counterparts(chain, mentions)
            # "those who paid courtesy calls on Y were A and B": the noun's verb lists them
            + (listed_as_subject(tok.head if noun else tok, mentions) if not noun or tok.dep_ == "dobj" else [])
        )
        if p.key not in along
    ]
    if noun and tok.dep_ == "nsubj" and names_its_parties(tok.head):
        # "The talks involve A, B and C", "the meeting brought together A and B": the verb's objects
        objects = [c for c in tok.head.children if c.dep_ == "dobj"]
        people = unique_people(people + [p for c in objects for p in persons_in(c, mentions)])
    if noun and (plan := planned_for(tok)) is not None:  # "has meetings scheduled with A and B": its parties
        people = unique_people(people + [p for o in prep_objects(plan, ("with",)) for p in persons_in(o, mentions)])
    if noun:  # "took part in a tripartite meeting involving A and B": the participle's objects are its parties
        objects = [o for c in tok.children if c.dep_ == "acl" and names_its_parties(c) for o in c.children]
        people = unique_people(people + [p for o in objects if o.dep_ == "dobj" for p in persons_in(o, mentions)])
        # "the joint commission meeting co-chaired by A and B", "the talks were held by A and B": the agents
        people = unique_people(people + _held_by(tok, mentions))
    if label == "CONVERSE_V" and _bare_participle(tok):
        # "Speaking in his blog, X accused Y", "a photo of X talking to Y taken by Z": the verb's
        # partner is its own ("Speaking with Y, X said"), beside the one doing the speaking
        doers = subjects_of(tok.head, mentions) if tok.dep_ == "advcl" else persons_in(tok.head, mentions)
        own = {p.key for p in attached_people(mentions, [tok], tok) + doers}
        people = [p for p in people if p.key in own]
    if (
        not noun
        and subjectless_gerund(tok, tok.head)
        and is_verb(tok.head.head)
        and (mine := attached_people(mentions, [tok], tok))
    ):
        # "Before calling Y, X received Z": the gerund's own party and the main verb's subject; Z is
        # the main verb's; with no person for a subject, the one the main verb says it came from
        # ("The proposal came from X after speaking to Y")
        source = source_of(tok.head.head, mentions)
        own = {p.key for p in mine + subjects_of(tok.head.head, mentions) + source}
        people = unique_people([p for p in people if p.key in own] + source)
    if label.startswith("PHONE") and len(people) < 2:
        # "X called to congratulate Y", "made a phone call to wish Y well": the greeting's object is the callee
        heads = [tok, tok.head] if noun and tok.dep_ == "dobj" else [tok]
        people = unique_people(people + [p for h in heads for c in h.children for p in _purpose_callees(c, mentions)])
        people = unique_people(people + _message_senders(tok, mentions))
    # "a meeting between A and B": its parties, and whoever held it ("X mediated talks between A and B");
    # "call between A and B and call between A and C": the people another word's "between" names are its parties
    own = _between_list(tok, mentions)
    if len(own) >= 2:
        holders = subjects_of(tok.head, mentions) if noun and tok.dep_ == "dobj" else []
        people = [p for p in unique_people(people + own) if p in own or p in holders]
    else:
        named = [m for m in mentions if not m.synthetic]  # "..., a rare conversation between the two leaders": this one
        carriers = _between_carriers(tok)
        others = {p.key for t in sent if t not in carriers for p in _between_list(t, named)}
        # but "The meeting between X and Y comes after they met in March": the pronoun's are this one's
        pronouns = [m.person for m in mentions if m.synthetic and m.root.head == tok and m.root.dep_ == "nsubj"]
        people = [p for p in people if p.key not in others or p in theirs or p in pronouns]
    if noun and tok.dep_ == "pobj" and tok.head.lower_ in lx["earlier_event_prepositions"]:
        # "Following talks with Y, X is expected to meet Z": the talks are X's with Y, not Z's
        doers = {p.key for v in chain for p in subjects_of(v, mentions)}
        own = {m.person.key for m in mentions if m.person is not None and m.root in tok.subtree}
        people = [p for p in people if p.key in own | doers]
    if label in ("CONVERSE_V", "MEET_V"):  # "spoke with reporters on his way into a meeting with Y": Y is the meeting's
        people = [p for p in people if not _through_event_noun(p, tok, mentions, words)]
    elif noun:  # "a series of meetings that begin with talks with A, then B": A and B are the talks'
        people = [p for p in people if not _through_event_noun(p, tok, mentions, words, relative=True)]
        # "After his call to Y he had another telephone discussion with Z": Y is the earlier call's
        people = [p for p in people if not _of_an_event_before(p, tok, chain, mentions, words)]
    if noun and any(persons_in(o, mentions) for o in prep_objects(tok, ("with",))):
        # "will meet A and B before flying on for talks with C": A and B are the other verb's
        people = [p for p in people if not _object_of_another_meeting(p, tok, chain, mentions)]
    if not noun and unknown_subject(tok, mentions):
        return []  # "His Majesty met with A, B and C", the subject unresolved: A, B and C did not meet
    people = without_spouses(people, mentions)  # "A and First Lady B welcomed C and First Lady D"
    if label == "MEET_V" and lemma in lx["host_verbs"]:  # "His plane landed and was received by Y"
        people = unique_people(people + _travellers_of_vehicle(tok, mentions))
    if _one_side(people, chain, mentions):
        # "the minister held phone calls with A, B and C": A, B and C did not call each other; but
        # "X, speaking after a meeting with A and B, said": the speaker is the side the clause leaves unsaid
        speaker = [p for p in reporter(chain, mentions) if p not in people]
        if not speaker:
            return []
        people = unique_people(speaker + people)
    if len(people) < 2:
        people = unique_people(people + reporter(chain, mentions))
    if len(people) == 1 and label == "PHONE_V" and not courtesy and not any(c.dep_ == "dobj" for c in tok.children):
        people = unique_people(people + _told_by_the_one_called(chain, mentions))
    phone = (label.startswith("PHONE") and not courtesy) or _phone_cue(chain, tok) or _described_call(tok)
    if label == "CONVERSE_V" and tok.pos_ == "NOUN" and _phone_modified(tok):
        return []  # "a phone conversation": the phone noun's own pattern
    unstated = (
        label == "CONVERSE_V"
        and not phone
        and (lemma in lx["speech_verbs"] | lx["speech_nouns"] or talks_without_medium(tok))
    )
    travelled = label == "CONVERSE_V" and not phone and _purpose_of_a_trip(tok)  # "visited X to talk with Y"
    if label == "CONVERSE_V" and not phone and not unstated and not travelled:
        return []
    unstated = unstated and not travelled
    # "X spoke to Y", "X discussed with Y": a call if the story tells of calls, a meeting if it tells of
    # meetings in person of theirs (``medium_unstated``)
    phone = phone or unstated
    if noun and tok.lower_ in lx["phone_heads"] and not phone and not courtesy:
        return []
    if label == "PHONE_V" and not noun and not courtesy and _callers_only(tok, people, mentions):
        # "B and C also called", "B called him later": callers of someone the story told of before
        # (``event_story.callers_of_the_call_before``), not a call between B and C
        return [Candidate("callers", tok, sent, people)] if modality(tok, clause) == "asserted" else []
    if len(people) < 2:
        if not phone:
            return _setting(tok, clause, people, sent, entities, mentions)
        # "X took the calls at his residence": calls with no named counterpart, for the talks told next
        # "a round of telephone calls", not "what X calls Y", "the Christchurch Call", "an online summit"
        stated = noun and tok.text.islower() and tok.lemma_.lower() in lx["phone_heads"] and _phone_cue(clause, tok)
        if stated and joining_verb(tok) is not None:
            return []  # "C also joined the call": a party of the call told before (``event_story``)
        asserted = len(people) == 1 and stated and modality(tok, clause) == "asserted"
        return [Candidate("call_setting", tok, sent, people)] if asserted else []
    mood = modality(tok, clause)
    if travelled and tok.head.tag_ == "VBD" and set(mood_cues(tok, clause)) <= {"infinitive"}:
        mood = "asserted"  # "visited Washington last week to talk with Y", "arrived in X to discuss Z with Y"
    if mood in ("negated", "hypothetical") or (mood == "planned" and phone and not _talks_to_come(tok, unstated)):
        return []  # a call still to come is no meeting planned ("is expecting calls from Y")
    kind = "planned_meet" if mood == "planned" else ("phone_call" if phone else "meet")
    host = None
    if kind == "meet" and label == "MEET_V" and lemma in lx["host_verbs"]:
        hosts = [p for p in subjects_of(tok, mentions) if p in people]
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
        if passive:
            hosts = [
                p
                for m in mentions
                for c in tok.children
                if c.dep_ == "agent"
                # "by PM Turnbull and other officials": the parse may hang a title and the name each on "by"
                for o in [g for g in c.children if g.dep_ == "pobj"] or [c]
                for p in persons_in(o, [m])
                if m.person
            ]
            guests = subjects_of(tok, mentions) or (subjects_of(tok.head, mentions) if tok.dep_ == "conj" else [])
            if not hosts and set(people) <= set(guests):
                return []  # "A and B were greeted with a 21-gun salute": by hosts the story does not name
        if hosts and len(hosts) < len(people):
            host = hosts[0].name
    elif kind == "meet" and courtesy:  # "X paid a courtesy call on Y", "X called on Y": Y received X
        callees = [
            p for p in unique_people([p for o in _called_on(tok) for p in persons_in(o, mentions)]) if p in people
        ]
        if len(callees) == 1 and len(people) > 1:
            host = callees[0].name
        elif tok.dep_ == "dobj" and tok.head.lemma_.lower() in lx["host_verbs"]:
            # "X received a farewell call from Y": X received Y
            receivers = [p for p in subjects_of(tok.head, mentions) if p in people]
            if len(receivers) == 1 and len(people) > 1:
                host = receivers[0].name
    cameo = None
    if lemma in lx["negotiate_words"] or tok.lower_ in lx["negotiate_words"]:
        cameo = event_types()["meet"]["variants"]["negotiate"]["cameo"]
    roots = frozenset(m.root.i for m in mentions)
    located = (
        locate(chain, entities, lx["place_prepositions"], tok, roots)
        if kind != "phone_call" or unstated
        else (None, None)
    )
    place, venue = (None, None) if kind == "phone_call" else located
    # "spoke privately at the National Palace": where the talk was, should the story make it a meeting
    met_at = located if unstated else (None, None)
    in_seq = (
        noun
        and tok.head.dep_ == "prep"
        and in_sequence(tok)
        and not any(c.dep_ == "poss" and c.lower_ == "their" for c in tok.children)
    )
    return [
        Candidate(
            kind,
            tok,
            sent,
            group,
            place,
            venue,
            host if host in {p.name for p in group} else None,
            cameo,
            noun=noun,
            in_sequence=in_seq,
            extra={
                "medium_unstated": unstated,
                "met_at": met_at,
                # "paid a courtesy call on Y", "hosted Y for three days of talks", "ran into Y": met in person
                "in_person": kind == "meet"
                and (courtesy or _hosted(tok, clause) or lemma in lx["chance_meeting_verbs"] or _said_in_person(tok)),
                "thanked_for": noun and _thanked_for(tok),
                # "held talks with A and seven other heads of state": a group the story may name next
                "group_noun": group_word(others) if (others := _unnamed_counterparts(tok)) is not None else None,
                # "held an introductory call with Y": in person by its adjective alone (``event_story``)
                # (not "hosted a courtesy call by Y", "received a farewell call from Y": a guest received)
                "call_by_adjective": courtesy
                and label == "PHONE_N"
                and not paid_call(tok)
                and not _called_on(tok)
                and not (tok.dep_ == "dobj" and tok.head.lemma_.lower() in lx["host_verbs"]),
            },
        )
        for group in _occasions(people, chain, tok, mentions, phone=kind == "phone_call")
    ]


def _callers_only(verb: Token, people: list[Person], mentions: list[PersonMention]) -> bool:
    """A verb of calling someone ("call", "phone": ``phone_verbs``) whose people are all its subjects."""
    if verb.lemma_.lower() not in lexicon()["phone_verbs"] or not people:
        return False
    if any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in verb.children):
        return False  # "Y was called by X": the one called is the subject
    callers = {p.key for p in subjects_of(verb, mentions)}
    return all(p.key in callers for p in people)


def _named_caller_without_verb(verb: Token) -> bool:
    """ "Ban Ki-moon called Adam Barrow, the President-elect, to congratulate him": the parse read
    "called" as a participle after a person's name because the sentence has no other finite verb;
    a person named before it ("a man called X" has a common noun) makes it the sentence's verb."""
    if verb.tag_ not in ("VBN", "VBD") or verb.head.ent_type_ != "PERSON":
        return False
    return not any(t.tag_ in FINITE_TAGS for t in verb.sent if t != verb)


def _purpose_of_a_trip(verb: Token) -> bool:
    """A verb of talking that says what a trip was for ("visited Washington to talk with Y", "flew to
    X to confer with Y"): the talks are held where the trip goes, in person."""
    lx = lexicon()
    trips = set(lx["visit_verbs"]) | set(lx["travel_verbs"])
    trip = verb.head
    return (
        verb.dep_ in ("xcomp", "advcl")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and trip.lemma_.lower() in trips
        and trip.pos_ == "VERB"
        and trip.dep_ not in ("amod", "acl")  # not "met visiting X to discuss"
        and any(t.dep_ == "prep" and t.lower_ == "with" for t in verb.subtree)  # talks with someone
    )


def _hosted(tok: Token, clause: list[Token]) -> bool:
    """The event word is a verb of hosting in person, or hangs from one ("hosted Y for three days of
    talks"; not "greeted Y", which a call does too)."""
    hosts = lexicon()["in_person_host_verbs"]
    return any(t.lemma_.lower() in hosts and is_verb(t) for t in [tok, *clause])


def _bare_participle(verb: Token) -> bool:
    """A participle with no subject of its own, hung on another clause or a noun ("Speaking in
    his blog, X ...", "X talking to Y")."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ in ("advcl", "acl")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _between_carriers(trigger: Token) -> list[Token]:
    """The word and, for a noun that is the subject of "take place" or "be held", its verb, which
    the parse gives the noun's "between": "a telephone conversation took place between A and B"."""
    if trigger.dep_ not in ("nsubj", "nsubjpass"):
        return [trigger]
    lx = lexicon()
    words = lx["noun_subject_verbs"] | lx["held_verbs"]
    verbs = [trigger.head]
    # "a meeting is to be held between A and B", "talks are expected to take place between A and B"
    while (xcomp := next((c for c in verbs[-1].children if c.dep_ == "xcomp" and is_verb(c)), None)) is not None:
        verbs.append(xcomp)
    return [trigger, *(v for v in verbs if v.lemma_.lower() in words)]


def _between_list(trigger: Token, mentions: list[PersonMention]) -> list[Person]:
    """The people a "between" of a word names ("a call between A and B"); the list closes with its
    "and": "Prior to the meeting between A and B, C and D will discuss ..." names A and B only."""
    out = []
    for o in (o for t in _between_carriers(trigger) for o in prep_objects(t, ("between",))):
        end = _list_end(o)
        out += [p for m in mentions if m.person is not None and m.root.i < end for p in persons_in(o, [m])]
    return unique_people(out)


def _list_end(first: Token) -> int:
    """The token index where the list that ``first`` opens ends: the comma after the item that
    follows its "and" (the end of the sentence when there is none)."""
    doc = first.doc
    items = [first]
    for item in items:  # the coordination itself, not an "and" inside an item ("of Argentina and Chile")
        items += [c for c in item.children if c.dep_ in ("conj", "appos")]
    closing = sorted(
        (c for item in items for c in item.children if c.dep_ == "cc" and c.lower_ in ("and", "or")), key=lambda t: t.i
    )
    if not closing:
        return first.sent.end
    last = min((t for t in items if t.i > closing[0].i), key=lambda t: t.i, default=None)
    if last is None:
        return first.sent.end
    for t in doc[last.i : first.sent.end]:
        if t.text in (",", ";", ":"):
            return t.i
    return first.sent.end


def _setting(
    tok: Token, clause: list[Token], people: list[Person], sent: Span, entities, mentions: list[PersonMention]
) -> list[Candidate]:
    """ "X held meetings in Y with Arab leaders": no named counterpart, so no event, but the place
    where X was that day, for X's meetings the story tells next (a ``setting``, never written)."""
    if len(people) != 1 or modality(tok, clause) != "asserted":
        return []
    roots = frozenset(m.root.i for m in mentions)
    place, venue = locate(clause, entities, lexicon()["place_prepositions"], tok, roots)
    group = _unnamed_counterparts(tok) or _unnamed_subject(clause, tok)
    if place is None and group is None:
        return []
    noun = group_word(group) if group is not None else None
    extra = {"unnamed_counterparts": group is not None, "group_noun": noun}
    return [Candidate("setting", tok, sent, people, place, venue, extra=extra)]


def _unnamed_counterparts(tok: Token) -> Token | None:
    """ "meetings with several other leaders", "a meeting with European Union envoys", "talks with A
    and seven other heads of state": the counterparts are (or end with) a plural that names no one,
    for a list the story gives next ("These included A, B and C", "The envoys were led by A")."""
    return next(
        (
            t
            for t in tok.subtree
            if (first := first_conjunct(t)).dep_ == "pobj"
            and (first.head.head == tok or first.head.head.head == tok)
            and first.head.lower_ == "with"
            # "with European Union envoys" (a plural the tagger may take for a verb), "with a delegation"
            and (t.tag_ in ("NNS", "NNPS", "VBZ") or t.lemma_.lower() in lexicon()["delegation_nouns"])
            # not "counterparts, A", but "European Union envoys" (and "leaders at the AU in Addis Ababa, Ethiopia")
            and not any(d.ent_type_ == "PERSON" for d in t.subtree)
            and not any(c.dep_ == "appos" and c.ent_type_ not in ("GPE", "LOC") for c in t.children)
        ),
        None,
    )


def _unnamed_subject(clause: list[Token], tok: Token) -> Token | None:
    """ "Twelve heads of state gathered in Kingston for a meeting with Y": the clause's subject is a
    plural that names no one, the one named party is after the event word's "with"; the story may
    list them next ("Those heads of state were A, B and C"); so is the one a courtesy call is paid
    "to" or "on" ("Eight ambassadors paid a courtesy call to Governor Y")."""
    if not any(
        c.dep_ == "prep"
        and (c.lower_ == "with" or (c.lower_ in ("on", "to") and any(t.ent_type_ == "PERSON" for t in c.subtree)))
        for c in tok.children
    ):
        return None
    return next(
        (
            c
            for v in clause
            if is_verb(v)
            for c in v.children
            if c.dep_ == "nsubj"
            and c.tag_ == "NNS"
            and c.lemma_.lower() not in lexicon()["listing_subjects"]
            and not any(d.ent_type_ == "PERSON" for d in c.subtree)
        ),
        None,
    )


MIN_LIST_SPLIT = 2  # "X met A and B": the counterparts of one person are met one by one unless told otherwise


def _occasions(
    people: list[Person], chain: list[Token], trigger: Token, mentions: list[PersonMention], phone: bool = False
) -> list[list[Person]]:
    """The groups that met: one person with a list of counterparts met them one by one ("met A
    and B", "met separately with A and B", "held bilateral meetings with A, B and C", "received
    phone calls from A, B and C"), unless the sentence says they met together ("a trilateral
    meeting with A and B", "met A and B together", "held talks with A, B and C": talks are one
    table unless told bilateral, but talks by telephone are one call each unless a conference is told);
    several people with no such hub met together ("A, B and C
    met", "A and B met C"), but several callers of one person each called ("A and B called Y")."""
    lx = lexicon()
    above = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ in ("on", "in") else None
    if phone and above is not None and is_verb(above) and above.lemma_.lower() in lx["joining_verbs"]:
        return [people]  # "Joining X on the call were A, B and C": all on one line
    hub = next(
        (
            s
            for t in chain
            if is_verb(t)
            for s in [
                subjects_of(t, mentions)
                or source_of(t, mentions)
                or (subjects_of(t.head, mentions) if t.dep_ == "conj" else [])
            ]
            if s
        ),
        [],
    ) or reporter(chain, mentions)  # "X arrived and is to meet A and B"; "When meeting A and B, X said"
    # "X accompanied Y in bilateral meetings with A and B": Y is the one who met them; "briefed Y
    # about her meetings with A and B": hers
    escorted = [p for _, objects in _accompanied(chain, mentions) for p in objects]
    owner = [p for c in trigger.children if c.dep_ == "poss" for p in persons_in(c, mentions)]
    hub = [p for p in (escorted or owner or hub) if p in people]
    if phone and (callers := _passive_agents(chain, mentions)):
        hub = [p for p in callers if p in people]  # "Y was congratulated over the phone by A, B and C": A, B, C
    bare = [
        c
        for t in chain
        for c in t.children
        if c.dep_ == "prep" and c.lower_ in ("with", "to") and not (c.n_lefts or c.n_rights)
    ]
    if bare:  # "X spoke with: A, B, C": the parse hangs the list on the subject; the hub is before "with"
        before = {m.person.key for m in mentions if m.person is not None and m.root.i < bare[0].i}
        hub = [p for p in hub if p.key in before]
    others = [p for p in people if p not in hub]
    # "discussed issues of bilateral cooperation": a word of the format only on an event word
    said = [t for t in trigger.sent if not _topic_modifier(t)]
    words = {t.lower_ for t in said} | {t.lemma_.lower() for t in said}
    described = {m.root.i for m in mentions if m.synthetic and m.person in others and is_plural_head(m.root)}
    if (
        len(described) == 1
        and len(others) >= 2
        and all(any(m.root.i in described for m in mentions if m.person == p) for p in others)
        and trigger.tag_ not in ("NNS", "NNPS")  # not "held meetings with the leaders of A and B"
        and trigger.lemma_.lower() not in lx["host_verbs"]  # "received the ambassadors of A and B": in turn
        and not words & lx["distributive_words"]  # "separate bilateral talks with the leaders of A and B"
        and not phone  # "spoke by phone with the leaders of A and B": a call each
    ):
        return [people]  # "met the presidents of A and B": one table, as the sentence puts them
    if (
        len(hub) >= 2
        and len(others) == 1
        and (trigger.lemma_.lower() in lx["phone_verbs"] or (phone and _greeted(chain)))
        and not words & lx["joint_words"]
    ):
        # "A, B and C called Y", "A and B congratulated Y by phone": a call each, not a conference
        return [[caller, others[0]] for caller in hub]
    if len(hub) >= 2 and len(others) == 1 and welcome_at_a_place(trigger):
        return [[host, others[0]] for host in hub]  # "A and B were at the airport to receive Y": a welcome each
    if trigger.lemma_.lower() in lx["host_verbs"]:
        # "Y was received by A, the First Lady B and C": each host received the guest, not one another
        # (but "A and B received Y" is one reception)
        agents = [g for c in trigger.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        hosts = [p for p in unique_people([p for a in agents for p in persons_in(a, mentions)]) if p in people]
        guests = [p for p in people if p not in hosts]
        if len(hosts) >= 2 and len(guests) == 1:
            return [[host, guests[0]] for host in hosts]
    if len(hub) >= 2 and others and any(c.lower_ in lx["distributive_words"] for t in chain for c in t.children):
        return [[h, *others] for h in hub]  # "A and B met separately with C and D": A with C and D, B with them
    mass = trigger.lemma_.lower() in lx["mass_talk_nouns"] or trigger.lower_ in lx["mass_talk_nouns"]
    plural = trigger.tag_ in ("NNS", "NNPS") and not mass
    between = any(
        c.dep_ == "prep"
        and c.lower_ in ("between", "among")
        # "spoke to A, B and C among others": the list is partial, not a table they shared
        and not any(o.lower_ in lx["other_words"] for o in c.children if o.dep_ == "pobj")
        # "Among dozens of phone calls, X spoke with A, B and C": the phrase names none of the people
        and any(m.person in people and m.root in c.subtree for m in mentions)
        for c in trigger.children
    )
    if len(hub) >= 2 and len(others) >= 2 and plural and not between:
        return [[*hub, other] for other in others]  # "A and B held phone calls with C, D and E": one each, both on it
    if len(hub) != 1 or len(others) < 2:
        return [people]
    if between:
        return [people]  # "mediated talks between A and B": all at one table
    one = trigger.tag_ == "NN" and any(
        (c.dep_ == "det" and c.lower_ in ("a", "an", "one")) or c.dep_ == "poss" for c in trigger.children
    )  # "a meeting with A, B and C", "her meeting with A, B and C": one table
    # "held telephone talks with A and B": a call is between two unless a conference or a joint call is told
    calls = phone and not one and not words & (lx["virtual_words"] | {"conference", "conferences"})
    # "a teleconference with several heads of state, A and B": one table; "several" splits only a
    # plural or a bare event word ("talks with several leaders: A, B and C")
    distributive = words & lx["distributive_words"] - (lx["vague_distributives"] if one else frozenset())
    if (
        distributive
        or _with_each(trigger.sent, others, mentions)
        or (
            not words & lx["joint_words"]
            and (calls or (not one and not mass and (plural or len(others) >= MIN_LIST_SPLIT)))
        )
    ):
        return [[hub[0], other] for other in others]
    return [people]


def _passive_agents(chain: list[Token], mentions: list[PersonMention]) -> list[Person]:
    """The people after "by" of the clause's passive verb ("Y was congratulated over the phone by A
    and B"), or none."""
    verb = next((t for t in chain if is_verb(t)), None)
    if verb is None or not any(c.dep_ == "nsubjpass" for c in verb.children):
        return []
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is None:
        return []
    # the list after "by", wherever the parse hangs its later names, up to another phrase of the verb
    others = {t.i for c in verb.children if c.dep_ == "prep" and c.i > agent.i for t in c.subtree}
    under = {t.i for t in verb.subtree if t.i > agent.i and t.i not in others}
    return unique_people([m.person for m in mentions if m.person is not None and m.root.i in under])


def _greeted(chain: list[Token]) -> bool:
    """The clause's verb is one of greeting ("congratulated", "thanked", "wished"): each caller
    greets on a call of their own."""
    verb = next((t for t in chain if is_verb(t)), None)
    return verb is not None and verb.lemma_.lower() in lexicon()["greeting_call_verbs"]


def _topic_modifier(word: Token) -> bool:
    """A distributive adjective on a noun that is no event word ("bilateral cooperation",
    "bilateral relations"): a topic, not how the meeting was held ("bilateral talks")."""
    lx = lexicon()
    events = lx["meet_nouns"] | lx["phone_heads"] | lx["phone_nouns"]
    return (
        word.dep_ == "amod"
        and word.lower_ in lx["distributive_words"] - lx["vague_distributives"]
        and word.head.lemma_.lower() not in events
        and word.head.lower_ not in events
    )


def _thanked_for(noun: Token) -> bool:
    """ "thanked Y for the telephone call Y made on his birthday": an earlier call, named in passing."""
    head = noun.head
    return (
        noun.dep_ == "pobj"
        and head.lower_ == "for"
        and is_verb(head.head)
        and head.head.lemma_.lower() in lexicon()["gratitude_verbs"]
    )


def _praised_for_holding(noun: Token) -> bool:
    """The event word is what someone is thanked or congratulated for holding ("congratulated Y for
    convening the recent Leaders' Summit", "thanked Y for hosting the conference"; the words are
    ``gratitude_verbs``, ``greeting_call_verbs`` and ``convening_verbs``)."""
    lx = lexicon()
    gerund = noun.head
    if noun.dep_ != "dobj" or gerund.tag_ != "VBG" or gerund.dep_ != "pcomp" or gerund.head.lower_ != "for":
        return False
    verb = gerund.head.head
    praise = lx["gratitude_verbs"] | lx["greeting_call_verbs"]
    return verb.lemma_.lower() in praise and gerund.lemma_.lower() in lx["convening_verbs"]


def _greets(clause: Token) -> bool:
    """A call's purpose clause ("to congratulate", "to wish ... well"; lexicon ``call_purpose_verbs``)."""
    return clause.lemma_.lower() in lexicon()["call_purpose_verbs"] and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
    )


def _purpose_callees(clause: Token, mentions: list[PersonMention]) -> list[Person]:
    """The people a call's purpose clause greets ("to congratulate Y", "to wish Y well", "a call to
    congratulate Y")."""
    if clause.dep_ not in ("xcomp", "advcl", "acl") or not _greets(clause):
        return []
    return unique_people([p for c in clause.children if c.dep_ in ("dobj", "dative") for p in persons_in(c, mentions)])


def _with_each(sent: Span, others: list[Person], mentions: list[PersonMention]) -> bool:
    """ "talks with A on Oct. 29 and with B on Nov. 1": a "with" repeated for each counterpart."""
    withs = [
        t
        for t in sent
        if t.lower_ == "with"
        and t.dep_ in ("prep", "conj")
        and any(p in others for g in t.children if g.dep_ == "pobj" for p in persons_in(g, mentions))
    ]
    return len(withs) >= 2


def _encounter(
    tok: Token, chain: list[Token], mentions: list[PersonMention], entities
) -> tuple[str, bool, Place | None, str | None] | None:
    """What a clause whose people are known tells of their encounter: its kind in the clause's mood
    (a call when a phone word hangs from it), whether by phone, and its place and venue (none for
    a call); None when it is negated or only hypothetical."""
    mood = modality(tok, chain)
    if mood in ("negated", "hypothetical"):
        return None
    phone = _phone_cue(chain, tok)
    kind = "planned_meet" if mood == "planned" else ("phone_call" if phone else "meet")
    roots = frozenset(m.root.i for m in mentions)
    place, venue = (None, None) if phone else locate(chain, entities, lexicon()["place_prepositions"], tok, roots)
    return kind, phone, place, venue


def joined_candidates(tok: Token, label: str, sent: Span, mentions: list[PersonMention], entities) -> list[Candidate]:
    """ "A and B were joined by C", "They were joined in the videoconference by C and D": the people
    after "by" join the subjects' meeting (or call, when the clause names one), in the clause's mood."""
    if not any(c.dep_ == "auxpass" for c in tok.children):
        return []
    # "by" after the verb, or after the meeting it names ("joined in the videoconference by Y")
    heads = [tok, *(g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj")]
    bys = [c for h in heads for c in h.children if c.lower_ == "by" and c.dep_ in ("agent", "prep")]
    joiners = [p for c in bys for g in c.children if g.dep_ == "pobj" for p in persons_in(g, mentions)]
    subjects = [p for p in subjects_of(tok, mentions) if p not in joiners]
    people = unique_people(subjects + joiners)
    if not joiners or len(people) < 3 or len(subjects) < 2:
        return []  # "President X was joined by the prime minister and Y": his own side, no meeting
    found = _encounter(tok, clause_chain(tok), mentions, entities)
    if found is None:
        return []
    kind, _, place, venue = found
    lx = lexicon()
    event_nouns = set(lx["meet_nouns"]) | set(lx["phone_heads"]) | set(lx["phone_nouns"])
    # "joined in the videoconference by Y": the same event; "after the meeting, they were joined by Y": a later one
    same = any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and any(g.dep_ == "pobj" and g.lemma_.lower() in event_nouns for g in c.children)
        for c in tok.children
    )
    return [Candidate(kind, tok, sent, people, place, venue, extra={"joined": same})]


def sign_candidates(tok: Token, label: str, sent: Span, mentions: list[PersonMention], entities) -> list[Candidate]:
    """A signing ("X signed a pact with Y"): the signers, their partners and the clause's place."""
    lx = lexicon()
    objects = [
        c
        for c in tok.children
        if c.dep_ in ("dobj", "nsubjpass")
        and (c.lemma_.lower() in lx["agreement_nouns"] or c.lower_ in lx["agreement_nouns"])
    ]
    if not objects or tok.dep_ == "amod":
        return []
    chain = clause_chain(tok)
    if modality(tok, chain) != "asserted":
        return []
    signers = subjects_of(tok, mentions)
    if not signers:
        return []
    place, venue = locate(chain, entities, lx["place_prepositions"], tok, frozenset(m.root.i for m in mentions))
    withs = [c for t in [tok, *objects] for c in t.children if c.dep_ == "prep" and c.lower_ == "with"]
    partners = [m.person for m in mentions for c in withs if m.person and m.root in c.subtree]
    return [Candidate("sign_agreement", tok, sent, unique_people(signers + partners), place, venue)]


def _object_of_another_meeting(person: Person, tok: Token, chain: list[Token], mentions: list[PersonMention]) -> bool:
    """The person is the object of a meeting verb higher in the clause chain than the noun ``tok``,
    or the partner of another event noun there ("mentioned the call with Z at the start of his meeting
    with Y": Z is the call's)."""
    lx = lexicon()
    verbs = lx["meet_verbs"] | lx["host_verbs"]
    nouns = lx["meet_nouns"] | lx["phone_heads"]
    return any(
        t != tok
        and is_verb(t)
        and any(
            c.dep_ == "dobj"
            and (
                (t.lemma_.lower() in verbs and person in persons_in(c, mentions))
                or (
                    c != tok
                    and c.lemma_.lower() in nouns
                    and any(person in persons_in(o, mentions) for o in prep_objects(c, ("with",)))
                )
            )
            for c in t.children
        )
        for t in chain
    )


def _through_event_noun(
    person: Person, tok: Token, mentions: list[PersonMention], words, relative: bool = False
) -> bool:
    """Every mention of the person under ``tok`` hangs from another event noun (``words``); with
    ``relative``, one inside a relative clause on ``tok`` ("meetings that begin with talks with Y")."""
    paths = [
        path[1:]
        for m in mentions
        if m.person is not None and m.person.key == person.key and (path := path_below(m, tok))
    ]

    def nested(path: list[Token]) -> bool:
        at = next((i for i, t in enumerate(path) if t.lemma_.lower() in words), None)
        return at is not None and (not relative or any(t.dep_ == "relcl" for t in path[at + 1 :]))

    return bool(paths) and all(nested(path) for path in paths)


def _of_an_event_before(person: Person, tok: Token, chain: list[Token], mentions: list[PersonMention], words) -> bool:
    """Every mention of the person hangs from another event noun that a sequence preposition of the
    clause puts before or after this one ("After his call to Y, he had talks with Z"), or, this one
    being under the preposition, from the clause's own event noun (the call of that sentence is Y's)."""
    lx = lexicon()
    sequence = lx["sequence_prepositions"]
    seq = [
        c
        for t in chain
        if t != tok
        for c in t.children
        if c.dep_ == "prep" and c.lower_ in sequence and not c.is_ancestor(tok)
    ]
    others = [o for c in seq for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in words]
    if tok.dep_ == "pobj" and tok.head.lower_ in sequence:
        others += [
            c
            for t in chain
            if t != tok and is_verb(t)
            for c in t.children
            if c.dep_ == "dobj" and c.lemma_.lower() in words
        ]
    own = [m for m in mentions if m.person is not None and m.person.key == person.key]
    return bool(others) and bool(own) and all(any(o.is_ancestor(m.root) for o in others) for m in own)


def _received_one_by_one(tok: Token, sent: Span, mentions: list[PersonMention], entities) -> list[Candidate]:
    """ "X received the Ministers for Petroleum from A-land, Y; B-land, Z": a plural office as the
    object, the names listed after it: a hosted meeting with each (never one of them all)."""
    offices = [c for c in tok.children if c.dep_ == "dobj" and is_plural_head(c)]
    hosts = subjects_of(tok, mentions)
    if not offices or len(hosts) != 1 or modality(tok, clause_chain(tok)) != "asserted":
        return []
    after = offices[0].i
    guests = unique_people(
        [
            m.person
            for m in mentions
            if m.person is not None
            and not m.synthetic
            and m.root.i > after
            and (below := path_below(m, tok))
            and not any(t.dep_ in ("relcl", "acl", "advcl", "ccomp") for t in below)
            and not any(t.lower_ == "from" and names_sender(t.head, tok) for t in below)  # "envoys from Y"
        ]
    )
    guests = [g for g in guests if g not in hosts]
    if not 1 <= len(guests) <= MAX_TRAVELLERS:
        return []
    lx = lexicon()
    place, venue = locate(
        clause_chain(tok), entities, lx["place_prepositions"], tok, frozenset(m.root.i for m in mentions)
    )
    host = hosts[0]
    return [Candidate("meet", tok, sent, [host, g], place, venue, host=host.name) for g in guests]


def host_noun_candidates(
    tok: Token, label: str, sent: Span, mentions: list[PersonMention], entities
) -> list[Candidate]:
    """ "X gave a warm welcome to Y", "X played host to Y", "X accorded Y a warm reception": a
    meeting hosted by the subject, with the person the welcome is given to; in the passive ("Y
    was accorded a warm welcome by X") the host is the one after "by"."""
    lx = lexicon()
    verb = tok.head
    occasion = tok.lemma_.lower() in lx["hosted_occasions"]  # "hosted a state banquet for Y"
    # "a dinner was held, hosted by X for Y": the participle on the occasion says who hosted it for whom
    hosted = [
        c
        for c in (*tok.children, *verb.children)
        if occasion and c.dep_ in ("acl", "advcl") and c.tag_ == "VBN" and c.lemma_.lower() in lx["host_verbs"]
    ]
    given = bool(hosted) or verb.lemma_.lower() in (lx["occasion_verbs"] if occasion else lx["host_noun_verbs"])
    if not given and not occasion and verb.lemma_.lower() in lx["welcomed_verbs"]:
        return _welcome_received(tok, verb, sent, mentions, entities)
    if not given and verb.lemma_.lower() not in lx["occasion_verbs"]:
        return []  # "hosted a reception for A, B and C" is an occasion of all of them, like a banquet
    hosts = subjects_of(verb, mentions)
    guests: list[Person] = []
    around = [*verb.children, *tok.children, *(g for c in hosted for g in c.children)]
    if any(c.dep_ == "auxpass" for c in verb.children) or hosted:
        by = [g for c in around if c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
        hosts, guests = [p for g in by for p in persons_in(g, mentions)], hosts
        around += [c for g in by for c in g.children if c.dep_ == "prep" and c.lower_ == "for"]  # "by X for Y"
    for c in around:
        if c.dep_ in ("dative", "prep") and c.lower_ in ("to", "for", "in"):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and c.lower_ == "in" and obj.lower_ in ("honour", "honor"):  # "in honour of Y"
                # (also "in honour of visiting President Y", which the parse reads as a participle with its object)
                obj = next(
                    (g for o in obj.children if o.lower_ == "of" for g in o.children if g.dep_ in ("pobj", "pcomp")),
                    None,
                )
            elif c.lower_ == "in":
                continue
            guests += (persons_in(obj, mentions) or _led_by(obj, mentions)) if obj is not None else []
        elif c.dep_ == "dative" or (c.dep_ == "dobj" and c.head == verb and c != tok):  # "accorded Y a warm welcome"
            guests += persons_in(c, mentions)
    people = unique_people(hosts[:1] + guests)
    if not people or (hosts and len(people) < 2):
        return []
    setting = _welcome_setting(tok, verb, mentions, entities)
    if setting is None:
        return []
    kind, place, venue = setting
    if not hosts:  # "Y was given a state welcome at the palace here": no host named, Y's arrival
        if not given or occasion or kind != "meet" or len(guests) > MAX_TRAVELLERS:
            return []
        return [Candidate("visit", tok, sent, [g], place, venue, extra={"setting": place is None}) for g in guests]
    host = hosts[0].name if kind == "meet" else None
    # a banquet or reception for several guests is one occasion of all ("hosted a dinner for A and B")
    together = {"occasion": True} if not given or occasion else {}
    return [Candidate(kind, tok, sent, people, place, venue, host=host, extra=together)]


def _held_by(noun: Token, mentions: list[PersonMention]) -> list[Person]:
    """The people after "by" of a verb that says who held a meeting (``party_agent_verbs``: "held",
    "co-chaired"), on the meeting noun as a participle or with the noun for its passive subject;
    none unless a list names two or more ("a cabinet meeting chaired by X" is no meeting with anyone)."""
    verbs = [c for c in noun.children if c.dep_ == "acl"] + ([noun.head] if noun.dep_ == "nsubjpass" else [])
    people = unique_people(
        [
            p
            for v in verbs
            if v.lemma_.lower() in lexicon()["party_agent_verbs"]
            for a in v.children
            if a.dep_ == "agent"
            for g in a.children
            if g.dep_ == "pobj" and any(t.dep_ == "cc" for t in g.subtree)  # "by A and B", a list
            for p in persons_in(g, mentions)
        ]
    )
    return people if len(people) >= 2 else []


def _led_by(noun: Token, mentions: list[PersonMention]) -> list[Person]:
    """ "a reception for a delegation from the Friendship Group led by its Chairwoman Y": Y, the
    person the delegation stands for."""
    return [p for verb in noun.subtree if leads_delegation(verb) for p in _named_after_prep(verb, ("by",), mentions)]


def _welcome_received(tok: Token, verb: Token, sent: Span, mentions: list[PersonMention], entities) -> list[Candidate]:
    """ "Y got a red carpet welcome from A, B and C", "Y received a warm welcome from X": the guest
    met those who welcomed them, one meeting of all, hosted by the first named."""
    hosts = unique_people(
        [p for o in prep_objects(tok, ("from",)) + prep_objects(verb, ("from",)) for p in persons_in(o, mentions)]
    )
    guests = [g for g in subjects_of(verb, mentions) if g not in hosts]
    setting = _welcome_setting(tok, verb, mentions, entities) if hosts and len(guests) == 1 else None
    if setting is None:
        return []
    kind, place, venue = setting
    host = hosts[0].name if kind == "meet" else None
    return [Candidate(kind, tok, sent, [*guests, *hosts], place, venue, host=host)]


def _welcome_setting(
    tok: Token, verb: Token, mentions: list[PersonMention], entities
) -> tuple[str, Place | None, str | None] | None:
    """A welcome's kind (met, or planned), place and venue; None when it is negated or hypothetical.
    The verb stands for the event word when the place is sought: "played host to Y in Z"."""
    chain = clause_chain(tok)
    mood = modality(tok, chain)
    if mood in ("negated", "hypothetical"):
        return None
    roots = frozenset(m.root.i for m in mentions)
    place, venue = locate(chain, entities, lexicon()["place_prepositions"], verb, roots)
    return ("planned_meet" if mood == "planned" else "meet"), place, venue


def credentials_candidates(
    tok: Token, label: str, sent: Span, mentions: list[PersonMention], entities, ceremony: Candidate | None = None
) -> list[Candidate]:
    """ "X received the credentials of A and B", "A presented his letters of credence to X", "X
    received the presentation of the ambassadors of Y, A, and Z, B": an envoy's audience with the
    head of state, one hosted meeting per envoy."""
    lx = lexicon()
    noun = tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in lx["credential_holders"]:
        noun = tok.head.head  # "letters of credence"
    if noun.lower_ in lx["envoy_presentation_nouns"] and not any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(o.lemma_.lower() in lx["envoy_nouns"] or o.lower_.rstrip("s") in lx["envoy_nouns"] for o in c.children)
        for c in noun.children
    ):
        return []  # "received the presentation of the ambassadors of X, A": only envoys presented
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or not is_verb(verb):
        return []
    lemma = verb.lemma_.lower()
    passive = noun.dep_ == "nsubjpass"
    named_by = {
        prep: [  # "of the new ambassadors of Uruguay, A, and Chile, B": everyone in the phrase
            m.person
            for c in [*verb.children, *noun.children]
            if c.lower_ in prep
            for m in mentions
            if m.person is not None and m.root in c.subtree
        ]
        for prep in (("of", "from"), ("to",), ("by",))
    }
    if lemma in lx["credential_receive_verbs"] and not passive:
        # also "received the credentials presented by Y": the envoy is the participle's agent
        presented = [c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in lx["credential_present_verbs"]]
        hosts = subjects_of(verb, mentions)
        if not hosts and verb.dep_ == "advcl" and verb.tag_ == "VBG":
            hosts = subjects_of(verb.head, mentions)  # "X made the remarks when receiving the credentials of Y"
        envoys = named_by[("of", "from")] + [p for c in presented for p in _named_after_prep(c, ("by",), mentions)]
    elif lemma in lx["credential_present_verbs"]:
        envoys = named_by[("by",)] + named_by[("of", "from")] if passive else subjects_of(verb, mentions)
        if not envoys and verb.dep_ == "advcl" and verb.tag_ == "VBG":
            envoys = subjects_of(verb.head, mentions)  # "Presenting his credentials to Y, X noted ...": X's
        hosts = named_by[("to",)]
    else:
        return []
    # "X received letters of credence from four envoys by video ... Y also presented his credentials"
    told = ceremony if not hosts and lemma in lx["credential_present_verbs"] and not passive else None
    if told is not None:
        hosts = told.participants[:1]
    envoys = [e for e in unique_people(envoys) if not hosts or e.key != hosts[0].key]
    found = _encounter(verb, clause_chain(verb), mentions, entities) if hosts else None
    if found is None:
        return []
    if not envoys:  # the envoys are named after
        if len(hosts) == 1 and found[0] != "planned_meet":
            return [Candidate("credentials_setting", tok, sent, hosts, extra={"medium": found[0]})]
        return []
    kind, _, place, venue = found
    if told is not None and told.extra.get("medium") == "phone_call" and kind == "meet":
        kind, place, venue = "phone_call", None, None  # the ceremony was held by video
    host = hosts[0].name if kind == "meet" else None
    return [Candidate(kind, tok, sent, [hosts[0], e], place, venue, host=host) for e in envoys]


def message_candidates(tok: Token, label: str, sent: Span, mentions: list[PersonMention], entities) -> list[Candidate]:
    """ "A delivered a message from Z to X", "X received a message from Z, which was delivered by A":
    the messenger's audience with the one the message is handed to, a meeting X hosts; the sender,
    after "from", is not there.  A message sent with no messenger named, or in a call, is none."""
    lx = lexicon()
    verb = tok.head
    if not is_verb(verb) or any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.lemma_.lower() in lx["credential_nouns"] for o in c.children)
        for c in tok.children
    ):
        return []  # "letters of credence": the credentials' own pattern
    lemma, passive = verb.lemma_.lower(), tok.dep_ == "nsubjpass"
    if lemma in lx["message_receive_verbs"] and not passive:
        # "X received a message from Z, which was delivered by A" / "..., delivered by A"
        # (the parse may hang the clause on the sender's name: no person is delivered)
        delivering = lx["message_deliver_verbs"]
        carriers = [c for c in tok.subtree if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in delivering]
        hosts = subjects_of(verb, mentions)
        messengers = [p for c in carriers for p in _named_after_prep(c, ("by",), mentions)]
    elif lemma in lx["message_deliver_verbs"]:
        hosts = _named_after_prep(verb, ("to",), mentions) + _named_after_prep(tok, ("to",), mentions)
        messengers = _named_after_prep(verb, ("by",), mentions) if passive else subjects_of(verb, mentions)
        if not messengers and verb.dep_ == "xcomp":
            messengers = subjects_of(verb.head, mentions)  # "X is expected to deliver a message to Y"
    else:
        return []
    if verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in lx["phone_verbs"]:
        return []  # "called Y to convey a message": the call
    messengers = unique_people(messengers)
    hosts = [h for h in unique_people(hosts) if h not in messengers]  # "to his counterparts": not "his"
    if not hosts or len(messengers) != 1:
        return []
    found = _encounter(verb, clause_chain(verb), mentions, entities)
    if found is None:
        return []
    kind, _, place, venue = found
    return [
        Candidate(kind, tok, sent, [h, messengers[0]], place, venue, host=h.name if kind == "meet" else None)
        for h in hosts
    ]


def _named_after_prep(head: Token, preps: tuple[str, ...], mentions: list[PersonMention]) -> list[Person]:
    """The people named in the phrases of ``head`` that one of ``preps`` opens (also "by" of a passive)."""
    bys = [c for c in head.children if c.dep_ == "agent" and c.lower_ in preps]
    agents = [o for c in bys for o in c.children if o.dep_ == "pobj"]
    return [p for o in prep_objects(head, preps) + agents for p in persons_in(o, mentions)]


def joint_candidates(tok: Token, label: str, sent: Span, mentions: list[PersonMention], entities) -> list[Candidate]:
    """Two or more named people doing one thing together ("X and Y reviewed the agenda", "X
    discussed trade with Y"): they met, or spoke by phone when the clause says so. Such a clause
    often retells an event the story already states; ``joint_told_again`` keeps it only when
    the story states no other event of the same people."""
    lx = lexicon()
    if tok.dep_ in ("amod", "acl", "relcl", "xcomp", "advcl", "pcomp"):
        return []  # "the issues discussed", "agreed to meet": another word carries the event
    if any(c.dep_ == "auxpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children):
        return []  # "the date for a call between A and B to be agreed": what is agreed, not who agrees
    if tok.lemma_.lower() in lx["view_sharing_verbs"] and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lx["exchanged_apart"] for c in tok.children
    ):
        return []  # "exchanged letters with Y", "exchanged fire": not talks (but greetings, views: yes)
    people = subjects_of(tok, mentions)
    alone = len(people) == 1
    if alone and tok.lemma_.lower() in lx["joint_with_verbs"]:
        people = unique_people(
            people
            + [
                p
                for h in [tok, *(c for c in tok.children if c.dep_ == "dobj")]  # "discussed trade with Y"
                for o in prep_objects(h, ("with",))
                for p in persons_in(o, mentions)
            ]
        )
    if len(people) < 2 or len(people) > MAX_TRAVELLERS:
        return []
    if not alone:
        others = prep_objects(tok, ("with",))
        if any((is_head(o) and o.ent_type_ != "PERSON") or o.lower_ in lx["object_pronouns"] for o in others):
            return []  # "A and B agreed with the President that ...": with one the clause does not name
        # "The leaders of A, B and C discussed Ukraine with Y": Y is at the table too
        people = unique_people(people + [p for o in others for p in persons_in(o, mentions)])
    found = _encounter(tok, clause_chain(tok), mentions, entities)
    if found is None:
        return []
    kind, phone, place, venue = found
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if place is None and venue is None and objects and not phone:
        # "reviewed the agenda in Pretoria" (a city); "discussed the war in Sudan" names a topic
        roots = frozenset(m.root.i for m in mentions)
        place, venue = locate(objects, entities, lx["place_prepositions"], tok, roots)
        if place is not None and place.kind != "city":
            place, venue = None, None
    # "X and visiting Y discussed Z": the guest is on a trip, so they were together (``joint_told_again``)
    extra = {"joint": True, "guest": any(_named_as_guest(m) for m in mentions if m.person in people)}
    if alone and len(people) > 2:  # "X exchanged greetings with A, B and C": with each, as "met" is
        return [Candidate(kind, tok, sent, [people[0], p], place, venue, extra=dict(extra)) for p in people[1:]]
    return [Candidate(kind, tok, sent, people, place, venue, extra=extra)]


def _named_as_guest(mention: PersonMention) -> bool:
    """A name the clause gives with a word that makes its person a guest ("visiting Foreign Minister Y")."""
    return not mention.synthetic and described_as_guest(mention.root)


def virtual_candidates(tok: Token, label: str, sent: Span, mentions: list[PersonMention], entities) -> list[Candidate]:
    """A virtual gathering ("the virtual Quad summit was attended by A and B", "A, B and C were
    among the leaders on the video conference call"): the people the sentence names took part
    in one call. Like a joint clause, it yields nothing when the story tells of their event otherwise."""
    mood = modality(tok, clause_chain(tok))
    if mood in ("negated", "hypothetical") or _names_a_party(tok):
        return []  # "his video conference with Y": a call of its own parties, read as one (PHONE_N)
    people = unique_people([m.person for m in mentions if m.person is not None and not m.synthetic])
    if not 2 <= len(people) <= MAX_TRAVELLERS:
        return []
    kind = "planned_meet" if mood == "planned" else "phone_call"
    return [Candidate(kind, tok, sent, people, noun=True, extra={"joint": True, "gathering": True})]


def _titled_subject(noun: Token) -> bool:
    """The verb of a meeting noun has an office for its subject that names no one of the story
    ("the U.S. secretary of state held talks with Y"): someone else met Y, not the protagonist."""
    verb = noun.head if noun.dep_ == "dobj" else None
    return verb is not None and any(c.dep_ == "nsubj" and is_head(c) and c.pos_ == "NOUN" for c in verb.children)


def _sideline_occasion(noun: Token, mentions: list[PersonMention]) -> bool:
    """A meeting noun on whose sidelines something happened ("on the sidelines of the African Union
    Summit", "on the margins of the talks") that names no party of its own ("with", "between"), under
    a verb that tells no meeting or talk and has a person for its object ("to oust President Y", not
    "met Y", "discussed with Y", "held talks"): the occasion of what the clause tells, not a meeting
    with that person."""
    lx = lexicon()
    if not (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.lemma_.lower() in lx["sideline_nouns"]
        and not any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in noun.children)
    ):
        return False
    verb = next((a for a in noun.ancestors if is_verb(a)), None)
    events = {*lx["meet_verbs"], *lx["converse_verbs"], *lx["phone_verbs"], *lx["noun_light_verbs"]}
    return (
        verb is not None
        and verb.lemma_.lower() not in events
        and any(m.person is not None and m.root.dep_ == "dobj" and m.root.head == verb for m in mentions)
    )


def counterpart_of_protagonist(
    tok: Token, label: str, sent: Span, mentions: list[PersonMention], entities, protagonist: Person | None
) -> list[Candidate]:
    """ "The talks with X are scheduled for May 10", "At the meeting with X, the sides ...",
    "Bilateral discussions were also held with A, B and C": a meeting noun that names only its
    counterparts, in a sentence that names nobody else, is a meeting of the story's protagonist
    (the subject person of the sentences before), with each of them."""
    named = [(m, m.person) for m in mentions if m.person is not None and not m.synthetic]
    lx = lexicon()
    # "discussions were held with Y", "the first meeting of the day was with Y", "another meeting took
    # place with Y": the verb carries the noun's "with"
    held = _names_a_party(tok.head) and (
        (tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in lx["noun_light_verbs"])
        or (tok.dep_ == "nsubj" and tok.head.lemma_.lower() in lx["noun_subject_verbs"])
    )
    frame = tok.head if held else tok
    if (
        label not in ("MEET_N", "PHONE_N")
        or protagonist is None
        or not (_names_a_party(tok) or held)
        or not named
        or any(person.key == protagonist.key for _, person in named)
        or any(frame not in m.root.ancestors for m, _ in named)
        or _titled_subject(tok)
    ):
        return []
    out: list[Candidate] = []
    for key in dict.fromkeys(person.key for _, person in named):  # one meeting with each: they did not meet each other
        own = [m for m in mentions if m.person is None or m.synthetic or m.person.key == key]
        out += meet_candidates(tok, label, sent, [*own, *stand_ins(tok, [protagonist])], entities)
    return out
