"""Clauses over a spaCy parse, for the event patterns: which words belong to an event word's
clause, how a mention hangs from it, and what the clause asserts.

Holds:
- ``lexicon()``: the vocabulary of the event patterns (``data/event_patterns.json``).
- ``clause_chain(trigger)``: the event word and the words above it in its clause.
- ``path_to(tok, chain_ids, trigger)`` / ``attaches(...)``: how a word reaches the clause, if it
  does without crossing another clause, a possessive or a preposition that names no party.
- ``modality(trigger, chain)``: 'asserted', 'planned', 'negated' or 'hypothetical', decided in one
  place from the cues ``mood_cues(trigger, chain)`` finds (each cue's mood is data).
- ``another_occasion(trigger)``: the clause marks its event as one of several ("their second
  meeting", "met again").
- ``bounds(tok)``, ``is_verb(tok)``, ``span_root(doc, start, end)``: small helpers.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from diplograph.ingest import roles
from diplograph.ingest.datafiles import read_json


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The vocabulary of the patterns (``data/event_patterns.json``), lists as frozensets."""
    raw = read_json("event_patterns.json")
    return {k: (frozenset(v) if isinstance(v, list) else v) for k, v in raw.items() if not k.startswith("_")}


# --- clauses -------------------------------------------------------------------------------


def bounds(tok: Token) -> tuple[int, int]:
    """Token bounds of the line-delimited sentence around ``tok`` (a parse may run across a
    paragraph break; events never do)."""
    sent = tok.sent
    lo, hi = sent.start, sent.end
    doc = tok.doc
    for i in range(tok.i - 1, sent.start - 1, -1):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            lo = i + 1
            break
    for i in range(tok.i, sent.end):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            hi = i + (0 if "\n" in doc[i].text else 1)
            break
    return lo, hi


def is_verb(tok: Token) -> bool:
    """A verb or an auxiliary."""
    return tok.pos_ in ("VERB", "AUX")


def phrasal(verb: Token) -> str:
    """A verb with its particle ("look forward"), or the lemma alone."""
    particle = next((c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod") and c.i == verb.i + 1), None)
    return f"{verb.lemma_.lower()} {particle}" if particle else verb.lemma_.lower()


def held_in_relative(verb: Token, noun: Token) -> bool:
    """The verb of a relative clause on an event noun that holds the event itself: "a call he
    received from Y", "the talks they held in Nairobi" (the noun its object, a light verb), not
    "talks during which the two sides had a discussion"."""
    lx = lexicon()
    relatives = lx["relative_words"]
    return (
        # "a courtesy call received by X from Y"; not "the summit hosted by X": a gathering's host
        (verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() != "host"))
        and verb.head == noun
        and verb.lemma_.lower() in lx["noun_light_verbs"]
        and not any(c.dep_ == "dobj" and c.lower_ not in relatives for c in verb.children)
        and not any(g.lower_ in relatives for c in verb.children if c.dep_ == "prep" for g in c.children)
    )


def _message_by_phone(prep: Token, verb: Token, trigger: Token) -> bool:
    """ "offered condolences to Y in a phone call", "conveyed his greetings to Y by phone": the one a
    message goes to, in a call, is on the call."""
    if prep.lower_ != "to":
        return False
    lx = lexicon()
    if not any(trigger.lower_ in lx[k] for k in ("phone_heads", "phone_nouns", "medium_nouns")):
        return False

    def message(t: Token) -> bool:
        return t.lemma_.lower() in lx["message_nouns"] or t.lower_ in lx["message_nouns"]

    return message(verb) or any(c.dep_ == "dobj" and message(c) for c in verb.children)


def clause_chain(trigger: Token) -> list[Token]:
    """The trigger and the tokens above it that belong to its clause.

    Climbing stops below a reporting verb ("said", "wrote"), at the head of a complement clause,
    a parenthetical, a label before a colon, an adverbial clause with its own subject, or a
    relative clause (whose antecedent is kept as a possible party).
    """
    lx = lexicon()
    chain = [trigger]
    tok = trigger
    lo, hi = bounds(trigger)
    while tok.head != tok:
        head = tok.head
        if not lo <= head.i < hi:
            break
        if tok.dep_ in ("ccomp", "parataxis", "csubj"):
            break
        if tok.dep_ in ("appos", "dep") and head.i < tok.i and any(t.text == ":" for t in tok.doc[head.i : tok.i]):
            break  # "No deal yet: X in talks with Y": a label before a colon is not the clause
        if is_verb(head) and head.lemma_.lower() in lx["reporting_verbs"] and head != trigger:
            if (
                tok.dep_ == "prep"
                and (tok.lower_ in lx["frame_prepositions"] or tok.lower_ in lx["aftermath_prepositions"])
                and (not is_verb(trigger) or subjectless_gerund(trigger, tok))
            ):  # "X told Y during their meeting", "X told reporters after talks with Z" or "after meeting
                # with A and B": the speaker is a party
                chain.append(head)
            break
        if (tok == trigger or (trigger.head == tok and trigger.dep_ == "dobj")) and _controlled_by_object(tok):
            # "X directed their foreign ministers to meet soon": the ministers are to meet, not X (but
            # "X urged Y to stay out of it during a phone call": the call the parse hung there is X's)
            break
        if tok.dep_ == "relcl":
            chain.append(head)
            if (
                head.dep_ == "attr"
                and is_verb(head.head)
                and (
                    head.lower_ in lx["ordinal_words"]
                    or _stands_for_people(head)
                    or head.lower_ in lx["pleasure_words"]
                )
            ):
                # "X was the first to call Y": the copula's subject did it; "X was the third leader Y
                # called": the copula's subject is the one the clause tells of (not "the second time");
                # "it will be an honour to meet Y": the copula's tense is the meeting's
                chain.append(head.head)
            break
        if (
            is_verb(tok)
            and tok.dep_ in ("advcl", "pcomp")
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        ):
            break  # "..., days after he visited X to meet Y": an adverbial clause with its own subject
        chain.append(head)
        tok = head
    return chain


def _own_tensed_subject(verb: Token) -> bool:
    """A verb with a subject of its own and a tense of its own: a past form, or an auxiliary ("he
    was received", "he met"; not "and meets", whose time the clause before may set)."""
    subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    tensed = verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in verb.children)
    return subject and tensed


def _controlled_by_object(verb: Token) -> bool:
    """An infinitive whose doer is the object of the verb above ("directed their ministers to meet
    soon", "sent officials to talk with Y", "asked Y to meet Z"; ``object_control_verbs``): the
    clause above is not the infinitive's, and its subject no party of what the infinitive tells."""
    head = verb.head
    if verb.dep_ not in ("xcomp", "advcl") or not is_verb(verb):
        return False
    if head.lemma_.lower() not in lexicon()["object_control_verbs"]:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and c.i < verb.i for c in head.children)


def group_word(noun: Token) -> str:
    """The singular of a plural noun for a group, lowercased: "leader" of "leaders", and "head" of
    "Heads" (of State), which the tagger may take for a proper noun and leave as it is."""
    low = noun.lemma_.lower()
    return low[:-1] if noun.tag_ == "NNPS" and low == noun.lower_ and low.endswith("s") else low


def _stands_for_people(noun: Token) -> bool:
    """A noun for someone ("the third leader", "the 12th counterpart", "the first person"): an
    office, a word relating one person to another, a party without a name, a word for one of a pair
    or for someone."""
    lx = lexicon()
    return (
        roles.is_head(noun)
        or noun.lower_ in roles.vocabulary().relational
        or noun.lemma_.lower() in lx["unnamed_party_nouns"] | lx["pair_nouns"] | lx["someone_nouns"]
    )


def subjectless_gerund(verb: Token, prep: Token) -> bool:
    """ "after meeting with Y": a gerund with no subject of its own right under a preposition."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "pcomp"
        and verb.head == prep
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def attaches(tok: Token, chain_ids: set[int], trigger: Token, allow_poss: bool = False) -> bool:
    """Whether ``tok`` hangs from the clause (see ``path_to``)."""
    return path_to(tok, chain_ids, trigger, allow_poss) is not None


def path_to(tok: Token, chain_ids: set[int], trigger: Token, allow_poss: bool = False) -> list[Token] | None:
    """Whether ``tok`` hangs from the clause without crossing another clause or a blocking word.

    Blocked: another verb on the way (a different clause), a possessive ("Y's envoy": Y is not a
    party), a preposition that does not introduce a party ("about", "against"), and "to"/"for"
    unless it belongs to the event word itself ("spoke to Y", not "sent greetings to Y").
    """
    lx = lexicon()
    cur = tok
    lo, hi = bounds(trigger)
    path: list[Token] = []
    for _ in range(60):
        if cur.i in chain_ids:
            return path
        path.append(cur)
        head = cur.head
        if head == cur or not lo <= head.i < hi:
            return None
        if cur.dep_ == "conj" and any(t.dep_ == "neg" and t.i < cur.i for t in cur.subtree):
            return None  # "called A and B, but not Y": Y is the one left out
        if cur.dep_ == "poss" and not allow_poss and head != trigger:
            return None  # "Y's envoy" is not Y; "Y's meeting with Z" is Y's
        if (
            cur.lower_ == "of"
            and any(head.lemma_.lower() in lx[k] for k in ("relational_nouns", "message_nouns", "presence_nouns"))
            and not any(leads_delegation(t) for t in path)
        ):
            # "the envoy of Y" is not Y; nor "conveyed the greetings of Y to Z", "in the presence of Y"; but
            # "the delegation of the government, headed by Z": Z leads it
            return None
        if (
            cur.dep_ == "pobj"
            and head.lower_ == "with"
            and any(
                c.dep_ == "prep"
                and c.lower_ == "in"
                and any(o.lemma_.lower() in lx["attendance_nouns"] for o in c.children)
                for c in cur.children
            )
        ):
            return None  # "talks will be held with A and B in attendance": present, not parties
        if cur.dep_ == "appos" and head.pos_ == "NOUN" and head.lemma_.lower() in lx["message_nouns"]:
            return None  # "received condolences from X; Y, Crown Prince": the parse hung Y on the message
        if (
            cur.lower_ == "from"
            and names_sender(head, trigger)
            and not any(t.dep_ == "appos" or leads_delegation(t) for t in path)
        ):
            # "received a special envoy from President Y", "a message from Y": Y is not met (but
            # "an envoy from President Y, Z" and "a delegation from the Party headed by Z": Z is)
            return None
        if cur.dep_ == "prep" or cur.pos_ == "ADP":
            lemma = cur.lemma_.lower()
            topic = len(path) >= 3 and _topic_with(path[-3], path[-2], trigger)  # "talked about X with Y": Y's
            additive = lemma in lx["additive_prepositions"] and (head == trigger or head.ent_type_ == "PERSON")
            if (
                # "regarding", whose lemma is the verb's (but "including" stays a list of the party's own)
                (
                    lemma in lx["blocking_prepositions"]
                    or (cur.lower_ in lx["blocking_prepositions"] and cur.lower_ not in lx["inclusion_prepositions"])
                )
                and not (lemma in lx["inclusion_prepositions"] and head.dep_ in ("nsubj", "nsubjpass"))
                and not topic
                and not additive
            ):
                # but "leaders, including X, called Y": X is one of the subject's people; "spoke to A
                # and B, besides Britain's C": C is one more
                return None
            # "spoke to Y"; "made a call yesterday to Y": the light verb's "to" is the event noun's
            light = (
                trigger.dep_ == "dobj" and head == trigger.head and head.lemma_.lower() in lx["noun_light_verbs"]
            ) or held_in_relative(head, trigger)  # "a call he received from Y" too
            # "the Secretary of State for Political Affairs Y": a "for" inside a title in capitals
            # and "US Ambassador to Kuwait Y", whose name the parse hangs under the envoy's "to"
            titled = (
                (lemma == "for" or (lemma == "to" and head.lemma_.lower() in lx["envoy_nouns"]))
                and head.pos_ == "PROPN"
                and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in cur.children)
            )
            # "calls with his counterparts from Qatar A, Egypt's B": the peers are named under their "from"
            # and "his counterpart from the Republic of Congo Y", whose name the parse makes the object of "from"
            titled = titled or (
                lemma == "from"
                and head.lemma_.lower() in lx["peer_nouns"]
                and (head.tag_ == "NNS" or (len(path) >= 2 and path[-2].ent_type_ == "PERSON"))
            )
            # "received a visit from Y": the host's visitor
            titled = titled or (
                lemma == "from"
                and head.lemma_.lower() in lx["visit_nouns"]
                and head.dep_ == "dobj"
                and head.head == trigger
                and trigger.lemma_.lower() in lx["host_verbs"]
            )
            # "a delegation from the Party headed by Y": the one who leads the delegation
            titled = titled or (lemma == "from" and any(leads_delegation(t) for t in path))
            if (
                lemma in lx["guarded_prepositions"]
                and head != trigger
                and not light
                and not titled
                and not _message_by_phone(cur, head, trigger)
                and not _topic_with(cur, head, trigger)
                # "received calls on Wednesday, including from A and B": the event word's own "from"
                and not (head.lower_ in lx["inclusion_prepositions"] and head.head.i in chain_ids)
            ):
                return None
        if cur.dep_ == "nsubj" and is_verb(head) and head.head.i in chain_ids and _bare_with(head.head, cur):
            return [*path, head]  # "held talks with A, B and C to seek ...": the parse made them the subject of "seek"
        if _other_conjunct(path, head, chain_ids, trigger):
            return None
        if (
            head.i not in chain_ids
            and is_verb(head)
            and cur.dep_ not in ("amod",)
            # a "verb" that is the object of a preposition is a plural noun the tagger misread ("with
            # his Malaysian and Lao counterparts A and B")
            and head.dep_ not in ("amod", "prep", "pobj")
            and (head.lemma_.lower() not in lx["encounter_verbs"] or _own_clause(head))
            and not leads_delegation(head)
            and not attributive(head)  # "with visiting Y"
        ):
            return None
        cur = head
    return None


def _topic_with(prep: Token, head: Token, trigger: Token) -> bool:
    """ "talk over the issue with Y", "talked about trade with Y": the parse hangs the "with" of a
    verb of talking on the topic after it; Y is the verb's partner."""
    return (
        prep.lower_ == "with"
        and is_verb(trigger)
        and trigger.lemma_.lower() in lexicon()["converse_verbs"]
        and head.dep_ == "pobj"
        and head.head.dep_ == "prep"
        and head.head.head == trigger
    )


def _own_clause(verb: Token) -> bool:
    """A finite verb with a subject of its own below the event word ("to hold a meeting as Y met
    Z"): a clause that tells its own event."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


@lru_cache(maxsize=1)
def _conjunct_words() -> tuple[frozenset[str], frozenset[str]]:
    """The verbs that meet on their own, and the meeting and call nouns ("paid a courtesy call on A")."""
    lx = lexicon()
    own = frozenset(lx["meet_verbs"]) | frozenset(lx["phone_verbs"])
    return own, frozenset(lx["meet_nouns"]) | frozenset(lx["phone_nouns"]) | frozenset(lx["phone_heads"])


def _other_conjunct(path: list[Token], head: Token, chain_ids: set[int], trigger: Token) -> bool:
    """``path`` climbs into the other half of a sentence that joins two meetings: "X held talks
    with A and met with B" is two meetings, A's and B's.  The people below a coordinated verb
    that meets on its own ("met with B") are not the event word's of the first half, nor those
    below the first half's meeting ("held talks with A") the second half's; the shared subject
    is both halves'."""
    own, nouns = _conjunct_words()
    if head.i not in chain_ids:  # the first half's event word climbing into the second half
        return head.dep_ == "conj" and head.head.i in chain_ids and is_verb(head) and head.lemma_.lower() in own
    if head == trigger and event_noun_of_its_own(path[-1], trigger, nouns):
        return True  # "meetings with A and talks with B": B's talks are not the meetings
    if head == trigger.head and path[-1].lower_ in ("with", "between") and event_noun_of_its_own(trigger, head, nouns):
        return True  # nor A's meetings the talks
    if head == trigger or path[-1].dep_ in ("nsubj", "nsubjpass", "agent"):
        return False
    if not any(c.dep_ == "conj" and c.head == head and c.i in chain_ids and is_verb(c) for c in head.children):
        return False  # the chain did not climb a coordination into ``head``
    return head.lemma_.lower() in own or any(t.lemma_.lower() in nouns and t != trigger for t in path)


def event_noun_of_its_own(word: Token, trigger: Token, nouns: set[str] | frozenset[str]) -> bool:
    """A meeting noun coordinated with the event word that names its own party ("and summit talks
    *with B*")."""
    return (
        word.dep_ == "conj"
        and word != trigger
        and word.pos_ == "NOUN"
        and word.lemma_.lower() in nouns
        and any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in word.children)
    )


def prep_objects(tok: Token, words: frozenset[str] | set[str] | tuple[str, ...]) -> list[Token]:
    """The objects of the word's prepositions among ``words`` ("talks *with Y*", "the palace *of
    Ghana*", "a call *between A and B*"); "to" as the parse hangs it after a verb of giving ("sent
    X *to Y*") too."""
    return [
        o
        for c in tok.children
        if (c.dep_ == "prep" or (c.dep_ == "dative" and c.pos_ == "ADP")) and c.lower_ in words
        for o in c.children
        if o.dep_ == "pobj"
    ]


def talks_without_medium(verb: Token) -> bool:
    """A verb of talks that says nothing of how they were held: "discussed with Y", "conferred with
    Y" (``talk_verbs``), or views, ideas or opinions exchanged or shared ("exchanged views with Y",
    "shared views with A, B and C"; ``exchanged_in_person``), not letters or greetings."""
    lx = lexicon()
    lemma = verb.lemma_.lower()
    if lemma in lx["talk_verbs"]:
        return True
    return lemma in lx["view_sharing_verbs"] and any(
        c.dep_ == "dobj" and c.lower_ in lx["exchanged_in_person"] for c in verb.children
    )


def appeal(noun: Token) -> bool:
    """A call noun that asks for something rather than tells of a phone call: "repeated his call on
    the parties to engage" (its verb one of ``appeal_verbs``), "a call for calm" (a thing it is
    "for"); never one a phone word modifies ("a phone call for an hour")."""
    lx = lexicon()
    if noun.pos_ != "NOUN" or noun.lemma_.lower() != "call":
        return False
    if any(c.dep_ in ("compound", "amod") and c.lower_ in lx["phone_cues"] for c in noun.children):
        return False
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in lx["appeal_verbs"]:
        return True
    for c in noun.children:  # (not "a call to congratulate Y": an infinitive may be the call's purpose)
        if c.dep_ == "prep" and c.lower_ == "for":
            things = [o for o in c.children if o.dep_ == "pobj"]
            if things and all(o.ent_type_ not in ("DATE", "TIME", "PERSON") and o.lemma_ != "time" for o in things):
                return True  # "a call for calm", not "a call for an hour" nor "for the first time"
    return False


def phone_word(tok: Token) -> bool:
    """A word that tells of a call (``phone_cues``: "phone", "virtual", "video"), not a recording
    (``recording_nouns``: "a video floating around Twitter appears to show", "the video does not
    catch", "... – video"): such a word tells of a call only on another noun ("a video call") or
    after a medium preposition ("by video")."""
    lx = lexicon()
    if tok.lower_ not in lx["phone_cues"] or appeal(tok):
        return False
    if tok.lower_ not in lx["recording_nouns"] or tok.dep_ in ("compound", "amod"):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ in lx["medium_prepositions"]


def call_in_person(noun: Token, party: Callable[[Token], bool] | None = None) -> bool:
    """A call paid in person: "a courtesy call", "an introductory call" (``in_person_call_words``),
    or a call "on"/"upon" a party ("paid a call on Y", "make calls on the ministers"), or one that
    is paid (``in_person_call_verbs``: "pays farewell call", whatever the adjective); ``party`` says
    whether an object is one (by default, anything but a day: "a call on Monday" is a call)."""
    lx = lexicon()
    if any(c.dep_ in ("amod", "compound") and c.lower_ in lx["in_person_call_words"] for c in noun.children):
        return True
    if paid_call(noun):
        return True
    return any((party or _not_a_day)(o) for o in prep_objects(noun, lx["courtesy_call_particles"]))


def paid_call(noun: Token) -> bool:
    """A call that is paid ("pays farewell call on Y", ``in_person_call_verbs``): in person."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in lexicon()["in_person_call_verbs"]


def _not_a_day(tok: Token) -> bool:
    return tok.ent_type_ not in ("DATE", "TIME")


def attributive(verb: Token) -> bool:
    """A participle the parse made a verb that only describes the person after it ("with visiting
    [US Adviser] Y"): after a preposition, with no subject of its own."""
    return (
        verb.dep_ == "pcomp"
        and verb.lower_ in lexicon()["attributive_participles"]
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _bare_with(verb: Token, subject: Token) -> bool:
    """``verb`` has a "with" left without its object just before ``subject``: the parse hung the
    people after "with" on a clause of their own ("held talks with A and B to seek ...")."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "with"
        and not any(g.dep_ == "pobj" for g in c.children)
        and c.i < subject.left_edge.i
        and all(
            t.dep_ in ("punct", "compound", "amod", "det") or t.ent_type_ for t in c.doc[c.i + 1 : subject.left_edge.i]
        )
        for c in verb.children
    )


def leads_delegation(verb: Token) -> bool:
    """ "a delegation led by X": X is the party the delegation stands for; so is X of "a delegation
    from the Party headed by X" (the parse hangs the participle on the body it comes from)."""
    lx = lexicon()
    if verb.lemma_.lower() not in lx["leading_verbs"] or verb.dep_ != "acl":
        return False
    head = verb.head
    if head.dep_ == "pobj" and head.head.lower_ in ("from", "of"):
        head = head.head.head if head.head.head.lemma_.lower() in lx["delegation_nouns"] else head
    return head.lemma_.lower() in lx["delegation_nouns"]


def joining_verb(noun: Token) -> Token | None:
    """The clause verb whose subject (or agent) joins "the" event a noun names as a party: "joined
    the call", "participated in the talks", "took part in the talks", "was part of the discussions"
    (``joining_verbs``, ``participation_nouns``; not those who only "attended" or were "present");
    None for an event with parties of its own ("took part in talks with Y") or one not yet told ("a
    meeting")."""
    lx = lexicon()
    if not any(d.dep_ in ("det", "poss") and d.lower_ in ("the", "this", "that", "their") for d in noun.children):
        return None
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in noun.children):
        return None
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in lx["joining_verbs"] and is_verb(head):
        return head  # "joined the call", "the call was joined by C" (its agent)
    if noun.dep_ != "pobj" or head.lower_ not in ("in", "of"):
        return None
    above = head.head
    if head.lower_ == "in" and is_verb(above):
        took_part = any(c.dep_ == "dobj" and c.lemma_.lower() in lx["participation_nouns"] for c in above.children)
        return above if took_part or above.lemma_.lower() in lx["joining_verbs"] else None
    if above.dep_ in ("attr", "dobj") and is_verb(above.head) and above.lemma_.lower() in lx["participation_nouns"]:
        return above.head  # "was part of the discussions"
    return None


def names_its_parties(verb: Token) -> bool:
    """A verb whose subject is a meeting and whose object its parties ("involve", "include", "bring
    together"; ``party_verbs``)."""
    lemma = verb.lemma_.lower()
    together = any(c.lower_ == "together" for c in verb.children)
    also = any(c.lower_ == "also" for c in verb.children)  # "the meeting also involves ministers": attendees
    return lemma in lexicon()["party_verbs"] and (lemma != "bring" or together) and not also


def names_sender(head: Token, trigger: Token) -> bool:
    """The "from" under ``head`` names who sent someone or something: "an envoy from Y", "a message
    from Y", "received envoys from Y" (the parse may hang the "from" on the verb)."""
    lx = lexicon()
    nouns = lx["relational_nouns"] | lx["message_nouns"]

    def sent(t: Token) -> bool:
        forms = {t.lemma_.lower(), t.lower_, t.lower_.removesuffix("s")}  # "Special Envoys" is not lemmatised
        return bool(forms & nouns) and not forms & lx["peer_nouns"]

    if head != trigger and sent(head):
        return True
    return is_verb(head) and any(c.dep_ == "dobj" and sent(c) for c in head.children)


def in_sequence(noun: Token) -> bool:
    """An event noun under "after", "before", "prior to", "ahead of" ...: what its clause tells
    happened at another time than the event ("told a committee on Thursday, prior to his visit")."""
    if noun.dep_ != "pobj":
        return False
    head, words = noun.head, lexicon()["sequence_prepositions"]
    return head.lower_ in words or (head.lower_ in ("to", "of") and head.head.lower_ in words)


def span_root(doc: Doc, start: int, end: int) -> Token | None:
    """The syntactic head of the tokens covering a character range."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def past_perfect(verb: Token) -> bool:
    """ "had met": an occasion before the one the story tells."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def another_occasion(trigger: Token, besides: Token | None = None) -> bool:
    """The clause marks its event as one of several ("their second meeting", "another round of
    talks", "met again", "last month's meeting"): it must not be joined, undated, to a dated one.
    ``besides``: a word not to count as such a mark."""
    lx = lexicon()
    words = lx["other_occasion_words"]
    marks = ("amod", "advmod", "det", "nummod", "npadvmod", "compound")
    events = lx["meet_nouns"] | lx["visit_nouns"]
    for t in clause_chain(trigger):
        for c in t.children:
            if c.dep_ in marks and c.lower_ in words and c != besides:
                if c.lower_ in lx["ordinal_words"] and t != trigger and t.lemma_.lower() not in events:
                    continue  # "on the second day of his visit": a day of the one visit, not a second visit
                return True
            if c.dep_ == "poss" and c.ent_type_ == "DATE" and t == trigger:
                return True
    # "... in Nairobi on Friday, the second meeting between the two leaders this month"
    return any(
        t.lemma_.lower() in lx["meet_nouns"] and any(c.dep_ in marks and c.lower_ in words for c in t.children)
        for t in trigger.sent
    )


# --- modality ------------------------------------------------------------------------------

MOODS = ("negated", "hypothetical", "planned", "asserted")  # strongest first: the first cue found decides


def modality(trigger: Token, chain: list[Token]) -> str:
    """'negated', 'hypothetical', 'planned' or 'asserted' for the clause of an event word: the
    strongest mood among the cues found (``mood_cues``), 'asserted' when there is none."""
    table = lexicon()["modality_cues"]
    found = {table[cue] for cue in mood_cues(trigger, chain)}
    own = next((k for k, t in enumerate(chain) if is_verb(t) and t.dep_ == "conj" and _own_tensed_subject(t)), None)
    if (
        "planned" in found
        and own is not None
        and "planned" not in {table[c] for c in mood_cues(trigger, chain[: own + 1])}
    ):
        # "a tour will take him to A, and an hour later he was received by Y": a clause with a subject
        # and a tense of its own does not take the time to come of the one it is joined to
        found.discard("planned")
    return next(m for m in MOODS if m in found or m == "asserted")


def _headline_negating_verb(word: Token) -> bool:
    """A verb of calling off in the third person ("Cancels", "postpones") that the parse took for
    part of a name or for an auxiliary: a headline's verb; one that needs a particle ("Calls Off")
    is not it."""
    lx = lexicon()
    base = word.lower_[:-1] if word.lower_.endswith("s") else ""
    return base in lx["negating_verbs"] and base not in lx["negating_particles"]


def _theirs(noun: Token) -> bool:
    """A noun the pair owns ("their talks")."""
    return any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children)


def _a_meeting_word(noun: Token) -> bool:
    """A noun of meeting ("his meeting with Y"; not "his visit to Z": the trip may be under way)."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in lexicon()["meet_nouns"]


def planned_for(noun: Token) -> Token | None:
    """The participle of "X has meetings scheduled with Y" (a noun had in the present, with a plan
    participle after it that names whom with), else None."""
    if noun.dep_ != "dobj" or noun.head.lemma_ != "have" or noun.head.tag_ not in ("VBZ", "VBP"):
        return None
    return next(
        (c for c in noun.children if c.dep_ == "acl" and c.lower_ in lexicon()["plan_participles"]),
        None,
    )


def _too(word: Token) -> bool:
    """An adjective of the clause, or the one a verb of it takes, with "too" before it ("too ill")."""
    adjectives = [word] if word.pos_ == "ADJ" else [c for c in word.children if c.dep_ == "acomp"]
    return any(any(g.dep_ == "advmod" and g.lower_ == "too" for g in a.children) for a in adjectives)


def _arrived_for(verb: Token) -> bool:
    """A travel verb told in the simple past, with no word of time to come ("arrived in X for talks
    with Y", not "left for X, where he will hold talks")."""
    return verb.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _said_untrue(top: Token) -> bool:
    """The clause is what a copula calls untrue: "it was not true that ...", "it is false that ..."."""
    lx = lexicon()
    head = top.head
    if top.dep_ not in ("ccomp", "csubj") or head.lemma_ != "be":
        return False
    adjectives = [c.lower_ for c in head.children if c.dep_ == "acomp"]
    negated = any(c.dep_ == "neg" for c in head.children)
    return any(a in lx["falsity_adjectives"] or (negated and a in lx["truth_adjectives"]) for a in adjectives)


def _framing_a_plan(noun: Token) -> bool:
    """A trip after "during" (``frame_prepositions``), or talks or a trip after "for", on a verb whose
    clause is a plan ("intends to receive Y during his visit", "Trump to receive Y for bilateral
    talks"; not "invited Y to visit Z during their phone call")."""
    lx = lexicon()
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj":
        return False
    lemma, prep = noun.lemma_.lower(), noun.head.lower_
    framed = prep in lx["frame_prepositions"] and lemma in lx["visit_nouns"]
    purpose = prep == "for" and lemma in lx["visit_nouns"] | lx["meet_nouns"]
    if not (framed or purpose):
        return False
    verb = noun.head.head
    if not is_verb(verb) or noun.head.dep_ != "prep":
        return False
    # a plan stated as such ("intends to", "is to", "will"), not only a reported "would" ("said he would
    # seek answers during his visit": the visit may be under way)
    chain = clause_chain(verb)
    planned = [c for c in mood_cues(verb, chain) if lx["modality_cues"][c] == "planned"]
    reported = any(c.dep_ == "aux" and c.lower_ == "would" for t in chain for c in t.children)
    return bool(planned) and not (reported and set(planned) <= {"future"})


def _under_future(verb: Token) -> bool:
    """The verb's clause hangs on one with a future auxiliary: as an adverbial clause ("will host the
    summit after he meets Y") or as a relative clause on one of its words ("will be the first time
    they meet")."""
    if verb.dep_ == "advcl":
        above = verb.head
    elif verb.dep_ == "relcl" and verb.head.dep_ in ("attr", "dobj", "nsubj", "npadvmod"):
        above = verb.head.head
    else:
        return False
    future = lexicon()["future_auxiliaries"] - {"would"}
    return is_verb(above) and any(c.dep_ in ("aux", "auxpass") and c.lower_ in future for c in above.children)


def mood_cues(trigger: Token, chain: list[Token]) -> list[str]:
    """Every modality cue of an event word's clause, by name (``modality_cues`` in
    ``data/event_patterns.json`` gives each its mood): negation, denial, doubt, condition, modal
    and future auxiliaries, plan and invitation verbs, plan adjectives, a headline's infinitive."""
    lx = lexicon()
    cues: list[str] = []
    if trigger.dep_ == "pobj" and trigger.pos_ == "NOUN" and trigger.head.lower_ in lx["earlier_event_prepositions"]:
        chain = [trigger]  # "will meet again on Tuesday, following their meeting in Santiago": that one was held
    done = next((k for k, t in enumerate(chain) if t != trigger and t.dep_ == "acl" and t.tag_ == "VBN"), None)
    if done is not None:
        chain = chain[: done + 1]  # "is to implement the consensus reached at their summit": that one was held
    scope = [t for t in chain if is_verb(t) or t == trigger]
    if planned_for(trigger) is not None:
        cues.append("plan_adjective")  # "has meetings scheduled with Y"
    if any(t.lower_ == "without" for t in chain):
        cues.append("without")  # "left without meeting Y"
    top = chain[-1]
    asked = top.head.lemma_.lower() in lx["question_verbs"]
    if asked and (top.dep_ == "ccomp" or (top.dep_ == "advcl" and top.left_edge.i == top.head.i + 1)):
        # "asked when X last met Y", "wondered whether they would meet" (not "asked questions when they met")
        cues.append("question")
    if _said_untrue(top):
        cues.append("said_untrue")  # "it was not true that X had asked to meet Y"
    if top.dep_ == "ccomp" and top.head.lemma_.lower() in lx["denial_verbs"]:
        cues.append("denied")  # "denied that he had met Y"
    elif top.dep_ in ("ccomp", "acl", "relcl") and _denied_above(top.head):
        cues.append("denied_report")  # "refuted reports claiming that he had met Y"
    if top.dep_ in ("ccomp", "acl") and top.head.pos_ == "NOUN" and top.head.lemma_.lower() in lx["hypothetical_nouns"]:
        cues.append("hypothetical_noun")  # "the possibility that they meet", "reports that X met Y"
    for t in chain:
        if t != trigger and t.pos_ == "NOUN" and t.lemma_.lower() in lx["hypothetical_nouns"]:
            cues.append("hypothetical_noun")  # "rebuffed the possibility of a summit"
    verb = trigger.head
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and verb not in chain and is_verb(verb):
        if any(c.dep_ == "neg" for c in verb.children):
            cues.append("negation")  # "Moscow had not announced a phone conversation between X and Y"
    if trigger.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "prep" and c.lower_ == "under" and any(g.lemma_.lower() in lx["pending_nouns"] for g in c.children)
        for c in trigger.head.children
    ):
        cues.append("pending")  # "a formal meeting between X and Y was under consideration"
    for t in chain:
        if (
            # not "X greets Y ahead of their talks yesterday": a caption of the pair's own meeting
            (t.dep_ == "pcomp" or (t == trigger and t.dep_ == "pobj" and _a_meeting_word(t) and not _theirs(t)))
            and t.head.lower_ == "of"
            and t.head.head.lower_ in lx["anticipation_words"]
        ):
            # "was welcomed ahead of holding talks with Y", "spoke ahead of his meeting with Y": to come
            cues.append("ahead_of")
        if (
            t != trigger
            and t.pos_ in ("NOUN", "PROPN")
            and any(c.dep_ == "det" and c.lower_ == "no" for c in t.children)
        ):
            cues.append("no_plans")  # "had no plans to meet Y", "there are no plans for X to meet Y"
        if t != trigger and t.lower_ in lx["doubt_words"]:
            cues.append("doubt")  # "are unlikely to meet"
        if any(c.dep_ == "advmod" and c.lower_ in lx["doubt_adverbs"] for c in t.children):
            cues.append("doubt")  # "the meeting allegedly occurred at a secret location": a claim, not an event
        if t != trigger and _too(t):
            cues.append("too")  # "was too ill for a meeting", "too busy to meet Y"
        if (
            t != trigger
            and t.lower_ in lx["habitual_verbs"]
            and t.i + 1 < len(t.doc)
            and t.nbor().lower_ == "to"
            and _complement_of(t, trigger, chain)
        ):
            cues.append("habitual")  # "the three leaders used to meet briefly": a habit, no one meeting
        if t != trigger and lx["plan_verbs"] & {t.lemma_.lower(), t.lower_} and _complement_of(t, trigger, chain):
            cues.append("plan_verb")  # "expected to meet", "plans to hold talks", "is due to hold talks"
            if any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in t.children):
                cues.append("unfulfilled_plan")  # "had planned to meet": a plan overtaken by events
        if t != trigger and phrasal(t) in lx["anticipation_verbs"] and _complement_of(t, trigger, chain):
            cues.append("anticipation")  # "looks forward to welcoming Y": a meeting to come
        elif t != trigger and _complement_of(t, trigger, chain):
            for words, cue in (("desire_verbs", "desire"), ("deliberation_verbs", "deliberation")):
                if t.lemma_.lower() in lx[words] or t.lower_ in lx[words] or phrasal(t) in lx[words]:
                    # "would like to meet", "hopes to meet": only hoped for; "is considering meeting Y"
                    cues.append(cue)
    # "Details of the meeting were not known": the negation is of what was told of the meeting
    told_of = any(
        t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in lx["aspect_nouns"] for t in chain
    )
    for t in scope:
        for c in t.children:
            low = c.lower_
            if (
                c.dep_ == "neg"
                and not (told_of and t != trigger)
                # "have not yet held talks": the parse hangs the negation on "yet" ("not only" adds)
                or (
                    c.dep_ == "advmod"
                    and low not in lx["additive_adverbs"]
                    and any(g.dep_ == "neg" and g.i < c.i for g in c.children)
                )
                or (c.dep_ == "det" and low == "no" and t == trigger)
                or (c.dep_ == "preconj" and low == "neither")
                # "neither A nor B placed such a call": the subject says none did
                or (
                    c.dep_ in ("nsubj", "nsubjpass")
                    and any(g.lower_ == "neither" and g.dep_ in ("preconj", "det") for g in c.children)
                )
            ):
                cues.append("negation")
            elif c.dep_ == "mark" and low in lx["hypothetical_marks"]:
                cues.append("condition")  # "if they meet"
            elif (
                c.dep_ == "advcl"
                and t.i < c.i
                and (t == trigger or (trigger.dep_ == "dobj" and t == trigger.head))
                and any(m.dep_ == "mark" and m.lower_ in lx["condition_marks"] for m in c.children)
            ):
                # "would visit Y if invited": what a condition would bring about (not "in a call, X
                # offered his support if needed": the condition is of another verb than the event's)
                cues.append("condition")
            elif c.dep_ == "aux" and low in lx["hypothetical_auxiliaries"]:
                cues.append("modal")  # "could meet"
            elif c.dep_ in ("aux", "auxpass") and low in lx["future_auxiliaries"]:
                cues.append("future")  # "will meet"
            elif (c.dep_ == "advmod" and low in lx["habitual_adverbs"]) or (
                c.dep_ == "prep" and low == "on" and any(g.lemma_.lower() in lx["habitual_nouns"] for g in c.children)
            ):
                cues.append("habitual")  # "spoke on the phone on a regular basis", "meet regularly": a habit
        if t != trigger and is_verb(t) and puts_off(t):
            cues.append("called_off")  # "cancelled the meeting", "ruled out talks", "the visit stands deferred"
        if t != trigger and t.lemma_.lower() in lx["invitation_verbs"] and _complement_of(t, trigger, chain):
            cues.append("invitation")  # "invited X to visit": says nothing of whether the visit happens
        if t != trigger and t.lower_ in lx["plan_adjectives"]:
            cues.append("plan_adjective")
        elif (
            t.lemma_ == "be"
            and any(c.dep_ == "acomp" and c.lower_ in lx["plan_adjectives"] for c in t.children)
            and not any(is_verb(v) for v in chain[: chain.index(t)] if v != trigger)
        ):
            # "is due in X on Friday for talks with Y"; not "is likely to brief Z on her talks with Y"
            cues.append("plan_adjective")
        if (
            t.lemma_ == "be"
            and any(
                # "X and Y are to hold talks"; "Still to come today is the meeting between X and Y"
                (c.dep_ == "xcomp" or (c.dep_ == "csubj" and t != trigger))
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                and pleasure_of(c) is None  # not "it was great to meet Y"
                for c in t.children
            )
            and not any(g.dep_ == "amod" and g.lower_ in lx["ordinal_words"] for g in t.subtree)
            # not "is on his way to X to attend Y": "be" has a predicate of its own, the infinitive is a purpose
            and not (
                t.i in {c.i for c in chain}
                and any(c.dep_ == "prep" and c.i < trigger.i and trigger in c.subtree for c in t.children)
            )
        ):
            cues.append("be_to")  # "X and Y are to hold talks", not "X was among the first to arrive"
        if t.lemma_ in ("have", "be") and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in t.children):
            # "X and Y have yet to hold talks": none held, none planned; "the visit has yet to take place"
            if any(c.dep_ == "xcomp" and (c in chain or trigger.head == t) for c in t.children):
                cues.append("not_yet")
    if (
        trigger.dep_ == "conj"
        and trigger.tag_ == "VB"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in trigger.children)
        and any(c.dep_ == "acomp" and c.lower_ in lx["plan_adjectives"] for c in trigger.head.children)
    ):  # "had been due to attend A, and then visit B": the parse joins the bare verb to the copula
        cues.append("plan_adjective")
        if any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in trigger.head.children):
            cues.append("unfulfilled_plan")
    if trigger.tag_ in ("VBZ", "VBP") and any(
        c.lower_ in lx["future_marks"] and (c.dep_ == "mark" or (c.dep_ == "advmod" and trigger.dep_ == "advcl"))
        for c in trigger.children
    ):
        # "before X heads to Beijing", "will explain ... when the two meet later on Friday": still to come
        cues.append("present_under_before")
    if _framing_a_plan(trigger):
        # "intends to receive Y during his visit to Berlin on Thursday": the visit is still to come too
        cues.append("frame_of_a_plan")
    if trigger.tag_ in ("VBZ", "VBP") and _under_future(trigger):
        # "the summit will take place five days after X meets Y", "this will be the first time the two
        # meet": a present tense inside a clause told in the future
        cues.append("present_under_future")
    if (
        trigger.dep_ == "pobj"
        and trigger.lemma_.lower() in lx["meet_nouns"]
        and trigger.head.lower_ == "for"
        and trigger.head.head.lemma_.lower() in lx["travel_verbs"]
        and is_verb(trigger.head.head)
        and not (_arrived_for(trigger.head.head) and trigger.lemma_.lower() in lx["attended_meeting_nouns"])
        and not any(c.lower_ in lx["joint_words"] for c in trigger.head.head.children)
    ):
        # "travels to Warsaw for talks with Y": what the trip is for; "came together for a
        # trilateral meeting" is the gathering itself; but "arrived in Cape Town on Thursday for
        # talks with Y" tells of the talks that day (not "arrived in Manila for a summit with Y")
        cues.append("travel_purpose")
    if (
        trigger.dep_ == "pobj"
        and trigger.head.lower_ in ("for", "of")
        and trigger.head.head.lemma_.lower() in lx["preparation_nouns"]
    ):
        cues.append("preparation")  # "discussed preparations for Mr Putin's visit to Turkey"
    if (
        trigger.dep_ == "pobj"
        and trigger.head.lower_ == "of"
        and trigger.head.head.lemma_.lower() in lx["cancellation_nouns"]
    ):
        cues.append("called_off")  # "announced the cancellation of Obama's visit to Malaysia"
    if any(_headline_negating_verb(c) for c in trigger.lefts if c.dep_ in ("compound", "aux", "nsubj")):
        # a headline's "Minister Cancels Visit to India", parsed as one name, "cancels" as an auxiliary
        # or, in lower case, as a plural noun ("Trump cancels meeting with Merkel")
        cues.append("called_off")
    heads = {t.i for t in chain}
    for t in trigger.sent:  # "Included in the itinerary were meetings with Y", "the programme includes talks"
        if t.lemma_.lower() in lx["programme_nouns"] and (
            (t.dep_ == "pobj" and t.head.lower_ in ("in", "on") and t.head.head.i in heads)
            # "the programme of the visit provides for meetings with Y"
            or (
                t.dep_ == "nsubj"
                and t.head.i in heads
                and t.head.lemma_.lower() in lx["listing_verbs"] | lx["programme_verbs"]
            )
        ):
            cues.append("programme")
    for c in trigger.children:
        if (
            c.dep_ == "acl"
            and c.lemma_.lower() in lx["held_verbs"]
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ):
            cues.append("to_be_held")  # "his visit to Turkey to take place in September", "talks to be held"
        if c.dep_ in ("amod", "compound") and c.lower_ in lx["hypothetical_adjectives"]:
            cues.append("hypothetical_adjective")  # "a possible meeting"
        elif c.dep_ in ("amod", "compound") and c.lower_ in lx["plan_adjectives"] | lx["plan_modifiers"]:
            cues.append("plan_adjective")  # "the upcoming talks", "a coming state visit"
    # "X to meet Y" (a headline), "travelled to X to meet Y" (a purpose): announced, not reported;
    # "X to visit China, meet Y" (a verb joined to such an infinitive) too
    verb = trigger
    if trigger.dep_ == "dobj" and trigger.head in chain and trigger.head.dep_ in ("advcl", "xcomp"):
        verb = trigger.head  # "travelled to X to hold talks with Y": the light verb's infinitive
    elif (infinitive := _headline_infinitive_of(trigger)) is not None:
        verb = infinitive  # "X to Hold Online Conversation With Y", "X, Y to speak over phone"
    while (
        verb.dep_ == "conj" and is_verb(verb.head) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        verb = verb.head
    if (
        verb.tag_ == "VB"
        and verb.dep_ == "ROOT"
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        # "Advani, Blair discuss talks": the present of two subjects, which the tagger may take for the base form
        and not (
            any(c.dep_ == "nsubj" and any(g.dep_ in ("conj", "appos") for g in c.children) for c in verb.children)
            and not verb.sent.text.rstrip().endswith("?")  # "Will Modi, Sharif talk at the summit?"
        )
    ):
        cues.append("bare_infinitive")  # a headline's infinitive whose "to" the parse lost
    elif (
        is_verb(verb)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        # "the first leader to arrive", "was among the first delegates to arrive", "was the first to call": done
        and not (
            verb.dep_ in ("acl", "advcl", "xcomp", "relcl")
            and (
                any(t.dep_ == "amod" and t.lower_ in lx["ordinal_words"] and t.i < verb.i for t in verb.head.subtree)
                or (verb.head.lower_ in lx["ordinal_words"] and verb.head.dep_ in ("attr", "nsubj"))
            )
        )
        and not (
            verb.dep_ in ("acl", "relcl") and verb.head.dep_ in ("nsubj", "nsubjpass") and verb.head.head.tag_ == "VBD"
        )
        and not (
            verb.dep_ == "xcomp"
            and verb.head.lemma_.lower() in lx["aspect_verbs"]
            # but "agreed to begin work to hold a meeting": an aspect verb that is an infinitive itself
            and not any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.head.children)
        )
        and not (verb.dep_ == "xcomp" and verb.head.lower_ in lx["emotion_adjectives"])
        and pleasure_of(verb) is None
        and not _errand_done(verb)
    ):
        # "the first head of state to visit Brasilia" states what happened, not a plan; so does
        # "other leaders to call up Y included A and B": the subject of a past verb; and "have
        # started to arrive" takes the mood of its aspect verb, "was happy to welcome Y" and "a
        # pleasure to meet Y" that of its feeling
        if verb.dep_ in ("advcl", "xcomp", "ROOT", "relcl", "acl") or not any(
            is_verb(t) and t not in (trigger, verb) for t in chain
        ):
            cues.append("infinitive")
    return cues


def pleasure_of(verb: Token) -> Token | None:
    """The word of pleasure an infinitive tells a meeting with ("Great to meet Y", "It was a pleasure
    to meet Y", "said it was good to see Y"; ``pleasure_words``): said of one that took place."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    words = lexicon()["pleasure_words"]
    head = verb.head
    if verb.dep_ in ("acl", "relcl", "advcl", "xcomp") and head.lower_ in words:
        return head
    if verb.dep_ == "xcomp" and head.lemma_ == "be":  # "it was great to meet Y": the copula's complement
        return next((c for c in head.children if c.dep_ in ("acomp", "attr") and c.lower_ in words), None)
    return None


def _headline_infinitive_of(noun: Token) -> Token | None:
    """The main verb of a headline's infinitive ("X to Hold Online Conversation With Y", "X and Y to
    speak over phone soon") whose object, or the object of whose preposition, is the event noun:
    the noun's mood is the infinitive's."""
    if is_verb(noun):
        return None
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    # the parse may hang a headline's infinitive on its first subject ("Biden, Zelensky to speak")
    told = verb.dep_ == "ROOT" or (verb.dep_ in ("relcl", "acl") and verb.head.pos_ == "PROPN")
    if told and is_verb(verb) and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return verb
    return None


def welcome_at_a_place(verb: Token) -> bool:
    """ "were at the airport to receive Y", "Present at the airport to welcome Y were A and B": people somewhere to
    welcome a guest (``welcoming_verbs``), each of them on the guest's arrival."""
    lx = lexicon()
    head = verb.head
    return (
        verb.dep_ in ("advcl", "xcomp")
        and (head.lemma_ == "be" or head.lower_ in lx["attendance_adjectives"])  # "Present at the airport to ..."
        and verb.lemma_.lower() in lx["welcoming_verbs"]
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and any(c.dep_ == "prep" and c.lower_ in lx["venue_prepositions"] for c in head.children)
    )


def _errand_done(verb: Token) -> bool:
    """ "went to the hotel to meet Y", "had visited Dili to meet Y", "took a few minutes to shake
    hands": the purpose of a trip or of time told in the past as spent is told as done
    (``done_errand_verbs``), and so is that of an escort ("accompanied X to receive Y"); "arrived in
    X to meet Y" is not."""
    head = verb.head
    if welcome_at_a_place(verb) and head.tag_ == "VBD":
        return True  # "were at the airport to receive Y": a welcome told as done
    if verb.dep_ in ("xcomp", "advcl") and head.lemma_.lower() in lexicon()["accompany_verbs"]:
        # "accompanied the president to receive Y", "after accompanying the president to receive Y"
        after = head.dep_ == "pcomp" and head.head.lower_ in ("after", "while", "when")
        return head.tag_ == "VBD" or (head.tag_ == "VBG" and after)
    lemma = head.lemma_.lower()
    if verb.dep_ != "advcl" or lemma not in lexicon()["done_errand_verbs"] | lexicon()["assembly_verbs"]:
        return False
    # "have gathered in X to hold a summit": the parties come together, so what they came for is under way
    perfect = ("had",) if lemma not in lexicon()["assembly_verbs"] else ("had", "have", "has")
    pluperfect = head.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in perfect for c in head.children)
    return head.tag_ == "VBD" or pluperfect


def puts_off(verb: Token) -> bool:
    """The verb, or the participle it takes as its complement, calls off its subject or object
    ("cancelled the visit"; "the visit stands deferred", "remains postponed")."""
    return calls_off(verb) or any(c.dep_ in ("acomp", "oprd") and calls_off(c) for c in verb.children)


def calls_off(verb: Token) -> bool:
    """The verb cancels, postpones or rules out what it governs ("cancelled", "called off", "ruled
    out"; a verb listed with particles negates only with one of them: "called" alone does not; a
    particle of two words is a preposition and its object: "put on hold")."""
    lx = lexicon()
    lemma = verb.lemma_.lower()
    if lemma not in lx["negating_verbs"]:
        return False
    particles = lx["negating_particles"].get(lemma)
    if particles is None:
        return True
    for c in verb.children:
        if c.dep_ == "prt" and c.lower_ in particles:
            return True
        if c.dep_ == "prep" and any(f"{c.lower_} {o.lower_}" in particles for o in c.children if o.dep_ == "pobj"):
            return True
    return False


def _denied_above(tok: Token, levels: int = 4) -> bool:
    """A denial verb governs ``tok`` through nouns and reporting clauses ("refuted reports
    claiming ...", "dismissed as false the claim that ...")."""
    lx = lexicon()
    for _ in range(levels):
        if tok.lemma_.lower() in lx["denial_verbs"]:
            return True
        if tok.head == tok:
            return False
        tok = tok.head
    return tok.lemma_.lower() in lx["denial_verbs"]


def _framed_by(noun: Token, verb: Token) -> bool:
    """A noun in a phrase of a verb's ("during the summit", "on the sidelines of the summit")."""
    t = noun
    while t != verb and t.dep_ in ("pobj", "prep") and t.head != t:
        t = t.head
    return t == verb


def _complement_of(verb: Token, trigger: Token, chain: list[Token]) -> bool:
    """The event word is what ``verb`` plans, invites or announces: the verb's complement is the
    event word itself ("expected to meet", "announced talks") or the verb whose object it is
    ("plans to hold talks") -- not a word further down another clause ("announced ... after he
    mediated talks", "invited X to visit Y during their phone call")."""
    if verb not in chain:
        return False
    below = chain[chain.index(verb) - 1]
    if below.dep_ not in ("xcomp", "dobj", "pobj", "nsubjpass", "ccomp", "prep"):
        return False
    if below == trigger:
        return True
    if below.dep_ == "prep" and below.i < verb.i:
        return False  # "Upon his arrival in Lima, X announced ...": a phrase before the verb frames it
    if below.dep_ == "prep":  # "invited X for talks", "agreed on a meeting", not "announced it after talks"
        lx = lexicon()
        framing = below.lower_ in lx["frame_prepositions"] and below.lower_ not in lx["complement_prepositions"]
        # nor "in his meeting with Y, he pledged ...": the meeting is where the pledge was made
        return trigger.head == below and below.lower_ not in lx["sequence_prepositions"] and not framing
    if trigger.head == below and trigger.dep_ in ("dobj", "nsubjpass"):
        return True
    if below.dep_ == "xcomp" and trigger.dep_ == "pobj" and trigger.head.lower_ == "for" and trigger.head.head == below:
        return True  # "hoping to rope A and B together for talks", "plans to fly to Z for talks"
    if below.dep_ == "xcomp" and trigger.lemma_.lower() in lexicon()["gathering_nouns"] and _framed_by(trigger, below):
        return True  # "wants to meet Y during the NATO summit": a meeting at the summit only wanted
    # "slated to visit India and hold talks with Y", "expected to arrive and meet Y": a verb joined to the planned one
    head = trigger.head if trigger.dep_ in ("dobj", "nsubjpass") and is_verb(trigger.head) else trigger
    while head.dep_ == "conj" and head.head != head and head != below:
        head = head.head
    return head == below and head != trigger and is_verb(below)
