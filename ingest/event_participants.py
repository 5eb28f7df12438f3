"""Who takes part: the people of a sentence and how they hang from an event word.

Holds:
- ``PersonMention``: a person mentioned in a sentence (a name, or a pronoun standing for one),
  with its root token.
- ``person_mentions(sent, entities)``: the people named in a sentence, as the entity layer
  resolved them; ``pronoun_mentions`` and ``pair_mentions``: "he", "who", "his", "the two
  leaders" standing for people named before; ``quotations``: who speaks each quotation (an "I"
  inside it stands for them); ``subject_person``: the person who is a subject.
- ``attached_people``, ``subjects_of``, ``persons_in``, ``person_after``, ``reporter``: the
  people that a clause, a verb's subject, a noun phrase, the name after a title or a reporting
  verb supplies; ``person_object``, ``unknown_subject``: what a handler asks of a verb's
  object and subject.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from spacy.tokens import Span, Token

from diplograph.ingest import nlp, places, roles
from diplograph.ingest.event_syntax import (
    attaches,
    attributive,
    is_verb,
    leads_delegation,
    lexicon,
    past_perfect,
    pleasure_of,
    prep_objects,
    span_root,
)
from diplograph.ingest.records import Person, fold


@dataclass
class PersonMention:
    """A person mentioned in a sentence (a name, or a pronoun standing for one), with its root token."""

    start: int
    end: int
    root: Token
    person: Person | None = None
    synthetic: bool = False  # a pronoun standing for the person


def person_mentions(sent: Span, entities) -> list[PersonMention]:
    """People mentioned in a sentence, as the entity layer resolved them."""
    out: list[PersonMention] = []
    for m in getattr(entities, "mentions", ()):
        person = getattr(m, "person", None)
        if person is None or m.start < sent.start_char or m.end > sent.end_char:
            continue
        root = span_root(sent.doc, m.start, m.end)
        if root is not None:
            out.append(PersonMention(m.start, m.end, root, person=person))
    # "Special Assistant to Prime Minister X on Health Y": X is named in Y's office, no party
    out = [m for m in out if not _served_by_a_named_aide(m, out)]
    if not hasattr(entities, "mentions"):  # an entity layer without a mention list: ask span by span
        for span in list(sent.ents) + list(sent.noun_chunks):
            person = entities.person_at(span.start_char, span.end_char)
            if person is not None:
                out.append(PersonMention(span.start_char, span.end_char, span.root, person=person))
    return out


AIDE_AFTER = 5  # words at most between a principal's name and the name of the aide after it
AIDE_BEFORE = 10  # words at most between the aide's name and the office naming the principal after it


def _served_by_a_named_aide(m: PersonMention, mentions: list[PersonMention]) -> bool:
    """The person is named in the office of someone the sentence names beside it, who serves them
    ("Special Assistant to Prime Minister X on Health Y", "Y, Italian Minister, Envoy of President
    X"): X takes no part through the aide.  Not "adviser to the president Y": Y is the aide."""
    doc = m.root.doc
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    phrase = roles.title_before(doc, span.start)
    k = (phrase.start if phrase is not None else span.start) - 1
    if k >= 0 and doc[k].lower_ in ("the", "his", "her"):
        k -= 1
    if not (k >= 1 and doc[k].lower_ in ("to", "of") and doc[k - 1].lower_ in lexicon()["aide_nouns"]):
        return False
    aide = k - 1

    def apposed(i: int) -> bool:  # "Y, Italian Minister, Envoy of ...": set off by a comma, no verb between
        between = doc[i + 1 : aide]
        return any(t.text == "," for t in between) and not any(is_verb(t) for t in between)

    return any(
        o.person is not None
        and o.person != m.person
        and (
            span.end <= o.root.i <= span.end + AIDE_AFTER
            or (aide - AIDE_BEFORE <= o.root.i < aide and apposed(o.root.i))
        )
        for o in mentions
    )


def subject_person(sent: Span, mentions: list[PersonMention], before: int | None = None) -> Person | None:
    """The person who is a grammatical subject in the sentence: the first one, or the nearest one
    before token ``before``."""
    ordered = sorted(mentions, key=lambda m: m.root.i)
    for subject in (lambda t: t.dep_ in ("nsubj", "nsubjpass"), _passive_agent):  # a subject, else an agent
        for m in ordered if before is None else reversed(ordered):
            if m.person is None or m.synthetic or (before is not None and m.root.i >= before):
                continue
            top = _clause_place(m.root)
            if subject(top) and not _reporter(m.person, top):
                return m.person
    return None


def _reporter(person: Person, subject: Token) -> bool:
    """Someone of no office whom the sentence has only report it ("..., Kwawukume reported"): the
    story's reporter, not a person it follows."""
    return not person.roles and subject.head.lemma_.lower() in lexicon()["reporter_verbs"]


def main_subject_stand_in(sent: Span, mentions: list[PersonMention]) -> Person | None:
    """The one person a pronoun or a title that is the subject of the sentence's main verb stands for
    ("He will attend a banquet hosted by Y": not Y; "the two presidents" stand for two)."""
    found = unique_people(
        [
            m.person
            for m in mentions
            if m.synthetic
            and m.person is not None
            and m.root.dep_ in ("nsubj", "nsubjpass")
            and m.root.head.dep_ == "ROOT"
        ]
    )
    return found[0] if len(found) == 1 else None


def _clause_place(root: Token) -> Token:
    """The word that stands in the clause for a name: the name's head through lists, appositions and
    compounds, and the title of "The president of Bolivia, Luís Arce" (the parse hangs the name on the
    country)."""
    top = root
    while True:
        if top.dep_ in ("conj", "appos", "compound", "flat") and top.head != top:
            top = top.head
        elif (
            top != root
            and top.dep_ == "pobj"
            and top.head.lower_ == "of"
            and top.head.head.pos_ == "NOUN"
            and roles.is_head(top.head.head)
        ):
            top = top.head.head
        else:
            return top


def _passive_agent(tok: Token) -> bool:
    """The doer of a passive clause with no person as its subject: "Other calls were made by X"."""
    agent = tok.head
    return (
        tok.dep_ == "pobj"
        and agent.dep_ == "agent"
        and not any(c.dep_ == "nsubjpass" and c.pos_ in ("PROPN", "PRON") for c in agent.head.children)
    )


def pair_mentions(
    sent: Span,
    pair: tuple[Person, ...],
    brought_together: tuple[Person, ...] = (),
    named: Sequence[PersonMention] = (),
) -> list[PersonMention]:
    """ "The two leaders", "the two men" and "they ... again" as a subject stand for the two parties
    of the story's latest meeting or call (``pair``); "they" joined by others, for all its parties.
    A bare "the two" after exactly two people the sentence names (``named``) stands for them ("X and
    Y issued statements saying the two had spoken by phone"). With no such meeting yet, "the two"
    ("the three leaders", "they" meeting) stand for the people the sentence before brought together
    (``brought_together``, see ``clause_pair``)."""
    lx = lexicon()
    for tok in sent:
        theirs = _their_meeting(tok)
        if _bare_the_two(tok) or theirs or _they_met_before(tok):
            before = unique_people([m.person for m in named if m.person and not m.synthetic and m.root.i < tok.i])
            after = [m for m in named if m.person and not m.synthetic and m.root.i > tok.i]
            if len(before) == 2 and not (after and theirs):
                return stand_ins(tok, before)
    if len(brought_together) >= 2 and len(pair) != len(brought_together):
        # with no meeting yet ("the three leaders", "they" meeting), or after a meeting of another
        # count ("the two PMs" after a trilateral): the people the sentence before brought together
        counted = [
            m
            for tok in sent
            if (_the_n(tok) == len(brought_together) and _offices_fit(tok, brought_together))
            or (len(pair) < 2 and _they_met(tok))
            for m in stand_ins(tok, brought_together)
        ]
        if counted or len(pair) < 2:
            return counted
    if len(pair) < 2:
        return []
    out: list[PersonMention] = []
    nobody = not any(m.person is not None and not m.synthetic for m in named)  # the sentence names no one
    for tok in sent:
        # "the two leaders", "the five leaders": all of them; "the presidents", "the leaders" after a
        # meeting or call of two: those two
        # "the previous call between the leaders", in a sentence that names nobody: those two
        counted = _the_n(tok) == len(pair) or (
            len(pair) == 2 and (_the_plural(tok) or _bare_the_two_alone(tok) or (nobody and _between_the_pair(tok)))
        )
        counted = counted and _offices_fit(tok, pair)
        joined = tok.dep_ == "nsubjpass" and tok.lower_ == "they" and tok.head.lemma_.lower() in lx["joined_verbs"]
        # "they met again in January": the people of the meeting before; "They also spoke by telephone
        # last Friday", in a sentence that names nobody: those two too
        # (a verb of meeting or talking: not "They also discussed X", a word of the same meeting)
        talked = tok.head.lemma_.lower() in lx["speech_verbs"] | lx["meet_verbs"] | lx["phone_verbs"]
        marks = ("again", "also") if talked and nobody else ("again",)
        again = (
            tok.dep_ == "nsubj"
            and tok.lower_ == "they"
            and any(c.dep_ == "advmod" and c.lower_ in marks for c in tok.head.children)
        )
        # "They agreed to meet soon": after a call of two, in a sentence that names nobody, those two
        agreed = (
            tok.dep_ == "nsubj"
            and tok.lower_ == "they"
            and nobody
            and any(  # to meet, or to a meeting: not "agreed to work together"
                c.dep_ == "xcomp"
                and (
                    c.lemma_.lower() in lx["meet_verbs"] or any(g.lemma_.lower() in lx["meet_nouns"] for g in c.subtree)
                )
                # "They also discussed Brexit, and agreed to meet": the verb or one joined to it
                for v in (tok.head, *tok.head.conjuncts)
                if v.lemma_.lower() in lx["agreement_verbs"]
                for c in v.children
            )
        )
        if counted or joined or again or agreed or _their_own(tok):  # "They were joined by Y": all its parties
            out += stand_ins(tok, pair)
    return out


def _offices_fit(noun: Token, people: Sequence[Person]) -> bool:
    """ "the two heads of state", "the two foreign ministers": a count by office stands only for
    people whose stated roles fit it (someone with no role stated may); "the two leaders", "the
    two men" for anyone."""
    lemma = noun.lemma_.lower()
    if lemma == "head":  # "heads of state", "heads of government": the leaders' offices
        words: tuple[str, ...] = ("leader",)
    elif lemma in roles.vocabulary().heads and lemma not in roles.vocabulary().not_titles_alone:
        words = _office_words(noun, lemma)
    else:
        return True
    phrase = roles.TitlePhrase(noun.i, noun.i + 1, noun.i, " ".join(words).title(), None, words)
    return all(not p.roles or any(roles.title_matches(phrase, r) for r in p.roles if r.title) for p in people)


def _they_met(tok: Token) -> bool:
    """ "They later met behind closed doors": "they" as the subject of a meeting verb, or of "held
    talks", in a sentence that names nobody."""
    if tok.lower_ != "they" or tok.dep_ != "nsubj" or any(t.ent_type_ == "PERSON" for t in tok.sent):
        return False
    return tok.head.lemma_.lower() in lexicon()["meet_verbs"] or _holds_a_meeting(tok.head)


def _they_met_before(tok: Token) -> bool:
    """ "The meeting between X and Y comes after they met in March in Z": "they" as the subject of a
    meeting verb told with a date of its own or in the past perfect (``pair_mentions``)."""
    head = tok.head
    return (
        tok.lower_ == "they"
        and tok.dep_ == "nsubj"
        and head.lemma_.lower() in lexicon()["meet_verbs"]
        and (past_perfect(head) or _dated(head))
    )


def _their_meeting(tok: Token) -> bool:
    """ "their scheduled bilateral meeting": "their" before an event noun, for the two the sentence
    named before it (``pair_mentions``)."""
    lx = lexicon()
    return (
        tok.lower_ == "their"
        and tok.dep_ == "poss"
        and tok.head.lemma_.lower() in lx["meet_nouns"]
        # not "since their last meeting": another occasion, which ``_their_own`` reads
        and not any(c.lower_ in lx["other_occasion_words"] for c in tok.head.children)
    )


def _their_own(tok: Token) -> bool:
    """ "They last met in May", "since their previous meeting", "They had met in X", "They met in X in
    June": in a sentence that names nobody, an earlier meeting of the people of the meeting before."""
    if tok.lower_ not in ("they", "their") or any(t.ent_type_ == "PERSON" for t in tok.sent):
        return False
    lx = lexicon()
    head = tok.head
    earlier = any(c.dep_ in ("advmod", "amod") and c.lower_ in lx["other_occasion_words"] for c in head.children)
    if tok.lower_ == "they" and tok.dep_ == "nsubj":
        if head.lemma_.lower() in lx["meet_verbs"] and (past_perfect(head) or _dated(head)):
            return True  # "They had met in Qingdao", "They met in Jakarta in June"
        # "They held telephone talks in October and had a short conversation in Britain in November"
        if any(_holds_a_meeting(v) and (past_perfect(v) or _dated(v)) for v in (head, *head.conjuncts)):
            return True
        return earlier and head.lemma_.lower() in set(lx["meet_verbs"]) | set(lx["converse_verbs"])
    return earlier and tok.lower_ == "their" and tok.dep_ == "poss" and head.lemma_.lower() in lx["meet_nouns"]


def _holds_a_meeting(verb: Token) -> bool:
    """A light verb in the past whose object is a meeting or call word: "held talks", "had a conversation"."""
    lx = lexicon()
    return (
        verb.tag_ in ("VBD", "VBN")
        and verb.lemma_.lower() in lx["noun_light_verbs"]
        and any(c.dep_ == "dobj" and c.lemma_.lower() in lx["hold_objects"] for c in verb.children)
    )


def _dated(verb: Token) -> bool:
    """A verb told with a date of its own ("met in June", "met on 3 May")."""
    return any(t.ent_type_ == "DATE" for c in verb.children if c.dep_ in ("prep", "npadvmod") for t in c.subtree)


def _between_the_pair(tok: Token) -> bool:
    """ "between the diplomats", "between the two leaders": a plural that names no one after "between"."""
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "between"
        and tok.tag_ == "NNS"
        and tok.lemma_.lower() in lexicon()["pair_nouns"]
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    )


def _bare_the_two(tok: Token) -> bool:
    """ "the two" (or "both") as a subject with no noun after it."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if tok.lower_ == "both":  # "Both looked forward to continuing discussions"
        return not any(c.dep_ in ("prep", "appos") for c in tok.children)
    return tok.lower_ == "two" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _bare_the_two_alone(tok: Token) -> bool:
    """ "The two held their first phone talks": a bare "the two" in a sentence that names nobody."""
    return _bare_the_two(tok) and not any(t.ent_type_ == "PERSON" for t in tok.sent)


def _the_plural(tok: Token) -> bool:
    """ "The presidents", "the leaders" as a subject, counted by no number and qualified by nothing,
    in a sentence that names nobody."""
    return (
        tok.dep_ in ("nsubj", "nsubjpass")
        and tok.tag_ == "NNS"
        and tok.lemma_.lower() in lexicon()["plural_pair_nouns"]
        and [c.lower_ for c in tok.children] == ["the"]
        and not any(t.ent_type_ == "PERSON" for t in tok.sent)
    )


def _the_n(tok: Token) -> int | None:
    """How many "the two leaders", "the five leaders", "both men" as a subject, or as whose meeting it
    is ("the previous meeting of the two ministers"), count, else None."""
    lx = lexicon()
    whose = (  # "the meeting of the two ministers", not "the meeting of the Normandy Four foreign ministers"
        tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and tok.head.head.lemma_.lower() in lx["meet_nouns"]
        and [c.lower_ for c in tok.children if c.dep_ in ("det", "nummod")] in (["the", "two"], ["the", "three"])
    )
    lemma = tok.lemma_.lower()
    if tok.tag_ == "NNPS" and lemma.endswith("s"):  # "the two Ministers": the tagger leaves a capital plural whole
        lemma = lemma[:-1]
    if not (tok.dep_ in ("nsubj", "nsubjpass") or whose) or lemma not in lx["pair_nouns"]:
        return None
    counts = lx["group_counts"]
    if tok.tag_ in ("NNS", "NNPS") and any(
        c.lower_ == "both" and c.dep_ in ("det", "predet", "preconj") for c in tok.children
    ):
        return 2  # "Both men will also meet Y"
    counted = [c for c in tok.children if c.dep_ == "nummod"]
    if tok.tag_ == "NNS":  # "the leaders of the two countries": one leader each
        counted += [
            n
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for o in c.children
            if o.dep_ == "pobj" and o.lemma_.lower() in lx["counted_party_nouns"]
            for n in o.children
            if n.dep_ == "nummod"
        ]
    return next((counts[c.lower_] for c in counted if c.lower_ in counts), None)


MAX_STYLE_WORDS = 4  # words of address and office between a style and the name it styles


def _names_next(m: PersonMention, tok: Token) -> bool:
    """The mention holds the word after ``tok`` (or after a form of address or a title there): "Her
    Excellency Alemtsehay Meseret", "His Excellency Mr Scott Wood", "His Excellency President Y",
    "His Excellency Former President Y" name them."""
    doc, k = tok.doc, tok.i + 1
    vocab = roles.vocabulary()

    def styling(word: Token) -> bool:
        office = word.text[:1].isupper() and (roles.is_head(word) or word.lower_ in vocab.modifiers)
        return word.text in vocab.honorifics or office

    while k + 1 < len(doc) and k - tok.i <= MAX_STYLE_WORDS and styling(doc[k]):
        k += 1
    return k < len(doc) and m.start <= doc[k].idx < m.end


Quotation = tuple[int, int, Person]  # first and last token of a quotation, and who speaks it


def quotations(sentences: Sequence[Span], entities) -> list[Quotation]:
    """The quotations of a story whose speaker it names: the words between quotation marks
    (never past a line break), spoken by the one person who is the subject of a reporting verb
    right after the closing mark ('..., " X wrote on Twitter') or before the opening one ('X said:
    "...').  A quotation may run over several sentences."""
    verbs = lexicon()["reporting_verbs"]
    if not sentences:
        return []
    doc = sentences[0].doc
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for tok in doc:
        if start is not None and ("\n" in tok.text or "\n" in doc[tok.i - 1].whitespace_):
            start = None  # a quotation left open ends with its paragraph, speaker unknown
        if not tok.is_quote or tok.text in ("'", "‘", "’"):
            continue
        opening = tok.text in OPENING_QUOTES and (tok.text != '"' or start is None)
        if opening and start is not None and (tok.whitespace_ or tok.i + 1 == len(doc) or doc[tok.i + 1].is_punct):
            opening = False  # an opening mark set as the closing one: '“We met“, X said'
        if opening and start is None:
            start = tok.i
        elif not opening and start is not None:
            spans.append((start, tok.i))
            start = None
    sent_of = {t.i: sent for sent in sentences for t in sent}
    out: list[Quotation] = []
    for first, last in spans:
        speakers: list[Person] = []
        after, before = sent_of.get(last), sent_of.get(first)
        if after is not None:
            verb = next((t for t in after if t.i > last and is_verb(t) and t.lemma_.lower() in verbs), None)
            if verb is not None:
                speakers = subjects_of(verb, person_mentions(after, entities))
        if not speakers and before is not None:
            verb = next((t for t in before if t.i < first and is_verb(t) and t.lemma_.lower() in verbs), None)
            if verb is not None:
                speakers = subjects_of(verb, person_mentions(before, entities))
        if len(speakers) == 1:
            out.append((first, last, speakers[0]))
    return out


SPEAKER_LINES = 3  # the story's first sentences, where a speech or a post says whose it is


def story_speaker(sentences: Sequence[Span], entities) -> list[Quotation]:
    """The speaker of a story told in the first person, as one quotation of the whole story (after
    every quotation inside it): the person named after "by" of a word for what someone says or writes
    in one of its first sentences ("Toast remarks by His Excellency President Zuma on the occasion of
    ...", "Statement by the Prime Minister, X"); none when no such word names one."""
    words = lexicon()["authored_nouns"]
    for sent in sentences[:SPEAKER_LINES]:
        for tok in sent:
            if tok.lower_ not in words:
                continue
            by = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"), None)
            who = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
            if who is None:
                continue
            named = [m for m in person_mentions(sent, entities) if m.person is not None and m.root in who.subtree]
            if named:
                return [(-1, len(sent.doc), min(named, key=lambda m: m.root.i).person)]
    return []


def _partner_of_another_event(mention: PersonMention, noun: Token) -> bool:
    """The mention is the "with" partner of an event noun ("the call with Z") other than ``noun``,
    itself an event noun ("his meeting with Y")."""
    lx = lexicon()
    nouns = lx["meet_nouns"] | lx["phone_heads"]
    prep = mention.root.head
    return (
        noun.lemma_.lower() in nouns
        and mention.root.dep_ == "pobj"
        and prep.lower_ == "with"
        and prep.head != noun
        and prep.head.lemma_.lower() in nouns
    )


def pronoun_mentions(
    sent: Span,
    mentions: list[PersonMention],
    previous: Person | None,
    followed: Sequence[Person] = (),
    sexes: Mapping[str, set[str]] | None = None,
    quoted: Sequence[Quotation] = (),
    standing: Sequence[PersonMention] = (),
    named_before: Sequence[Person] = (),
) -> list[PersonMention]:
    """Mentions that pronouns stand for, so that "He met Y", "flew to X, where he held talks",
    "X, who arrived in Y" and "received Y on his arrival" have their people.

    A subject "he"/"she" stands for the nearest person who is a subject earlier in the sentence,
    else for the subject person of the sentences before (``previous``); the subject "who" of a
    relative clause stands for the people of the noun the clause describes; a "they" in a clause
    under another ("due to visit Egypt, where they will meet Y") for all the subjects above it.
    "His Majesty" and "the King" stand for the latest monarch, or holder of that title, of
    ``followed`` (the subject people of the sentences before, latest first) when the person
    followed now is none.  A "his" or "her" never stands for a person the story's forms of address
    or offices (``sexes``) give the other sex ("Ms. X briefed Mr. Y about her meetings": X's), and
    one in what a person tells another of is the teller's ("X briefed Y on his visit": X's).
    An "I", "my" or "me" inside a quotation stands for its speaker (``quotations``, and
    ``story_speaker`` for a speech or post told in the first person); a "who" after
    a plural that stands for people (``standing``: "the two ministers, who ...") for all of them.
    A subject "the president-elect" that no one followed holds, or an object "the Premier" whose
    title no one the sentence names holds, stands for the one person the story has named before
    (``named_before``) with that title ("Argentina's president-elect X").
    """
    lx = lexicon()
    out: list[PersonMention] = []
    for tok in sent:
        if tok.lower_ in lx["first_person_pronouns"] and tok.tag_ in ("PRP", "PRP$"):
            out += stand_ins(tok, [who for first, last, who in quoted if first < tok.i < last][:1])
            continue
        if tok.dep_ == "poss" and tok.lower_ in lx["possessive_pronouns"]:
            # "received Y on his arrival", "a dinner for Y during his visit": the nearest person before
            before = [
                m
                for m in mentions
                if m.person is not None
                and not m.synthetic
                and m.root.i < tok.i
                and not _other_sex(tok, m.person, sexes or {})
            ]
            # "X mentioned the call with Z at the start of his meeting with Y", "he conveyed the invitation
            # of Z to his counterpart": not another event's partner, nor whose message it is
            before = [m for m in before if not (_partner_of_another_event(m, tok.head) or _sender(m.root))]
            # "X called on Y during his official visit to Y's country": no one visits his own country,
            # and one who holds office elsewhere is the likelier visitor
            destination = _visited_country(tok.head)
            if destination is not None and before:
                ranked = [(_abroad(m.person, destination), m) for m in before]
                best = max(rank for rank, _ in ranked)
                before = [m for rank, m in ranked if rank == best]
            found = (
                _participle_subject(tok, mentions)
                or _informant_of(tok, before)
                or (max(before, key=lambda m: m.root.i).person if before else _fronted_for(tok, mentions))
            )
            found = found or previous
            if found is None:
                continue
            if (
                tok.head.lower_ in lx["honorific_nouns"]
                and tok.head.i == tok.i + 1
                and not any(m.root.head == tok.head or _names_next(m, tok.head) for m in mentions if not m.synthetic)
            ):
                # "His Majesty met with Y" (no name after the style): the style stands for the person
                style = tok.head
                found = _monarch(style, found, followed)
                out.append(PersonMention(tok.idx, style.idx + len(style), style, person=found, synthetic=True))
            else:
                out += stand_ins(tok, [found])
            continue
        if tok.dep_ in ("dobj", "pobj", "dative") and tok.lower_ in lx["object_pronouns"]:
            # "He recalled the time when Y had received him": the subject pronouns read so far count
            out += stand_ins(tok, _object_pronoun_person(tok, [*mentions, *out]))
            continue
        if _between_the_pair(tok):
            # "a meeting between X and Y was put on hold, with Z citing a call between the diplomats"
            before = unique_people([m.person for m in mentions if m.person and not m.synthetic and m.root.i < tok.i])
            out += stand_ins(tok, before) if len(before) == 2 else []
            continue
        if tok.dep_ in ("dobj", "pobj") and previous is not None and _the_visitor(tok, mentions):
            # "X arrived in Y on Thursday. Z will meet the visiting president on Friday": X
            subject = subject_person(sent, mentions)
            named = any(m.person is not None and m.person.key == previous.key for m in mentions)
            if not named and (subject is None or subject.key != previous.key):
                out += stand_ins(tok, [previous])
            continue
        if tok.dep_ in ("dobj", "pobj"):
            # "Greeting the Premier at the airport, Y introduced him": the one named before with that title
            # (a holder the sentence itself names comes first: "a call with the President of Ukraine, X,
            # ... urged the President")
            holder = _holder_named_before(tok, named_before, mentions)
            if holder is not None and not any(
                m.person is not None and (m.person.key == holder.key or _title_of(tok, m.person, mentions))
                for m in mentions
            ):
                out += stand_ins(tok, [holder])
            continue
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        low = tok.lower_
        people: list[Person] = []
        if low in lx["personal_pronouns"]:
            # no subject before it and none in the story yet: the nearest person ("Rain greeted X as he arrived")
            nearest = [m for m in mentions if m.person is not None and not m.synthetic and m.root.i < tok.i]
            found = (
                subject_person(sent, mentions, before=tok.i)
                or previous
                or (max(nearest, key=lambda m: m.root.i).person if nearest else None)
            )
            if found is not None and found == previous and _quoted(tok) and found in _speakers(sent, mentions):
                # '"He is expected to meet Y," the spokesman said': the speaker would say "I"
                found = next((p for p in followed if p != previous), None)
            people = [found] if found is not None else []
        elif low == "they" and tok.dep_ == "nsubjpass" and any(c.dep_ == "agent" for c in tok.head.children):
            # "X and his wife visited the caves. They were met by Y": the party the story follows
            people = [previous] if previous is not None else []
        elif low in lx["relative_pronouns"] and tok.head.dep_ == "relcl":
            antecedent = tok.head.head
            people = persons_in(antecedent, mentions)
            if (
                not people
                and tok.lower_ == "who"
                and antecedent.dep_ == "pobj"
                and antecedent.head.lower_ == "of"
                and (antecedent.ent_type_ in ("GPE", "LOC", "ORG") or antecedent.pos_ == "PROPN")
            ):
                # "President X of Cote d'Ivoire, who was on an official visit": the parse hangs the
                # clause on the country; "who" is the person the country is of
                people = persons_in(antecedent.head.head, mentions)
            if not people and antecedent.dep_ == "pobj" and antecedent.head.lower_ == "among":
                # "A and B are among the leaders who arrived": A and B arrived
                out += stand_ins(tok, subjects_of(antecedent.head.head, mentions))
                continue
            if antecedent.dep_ == "conj" and _plural_verb(tok.head):
                # "A and B, who are in Washington for X": the clause is of both, not of B alone
                listed = persons_in(nlp.first_conjunct(antecedent), mentions)
                if len(listed) >= 2:
                    out += stand_ins(tok, listed)
                    continue
            pair = unique_people([m.person for m in standing if m.person is not None and m.root == antecedent])
            if not people and len(pair) >= 2:
                # "The two ministers, who are in China to attend X": those the plural stands for
                out += stand_ins(tok, pair)
                continue
        elif low == "they" and tok.head.dep_ in ("relcl", "advcl", "conj", "ccomp"):
            # "A, B and C are due to visit Egypt, where they will meet Y": the subjects of the clause above
            above = next((found for v in tok.head.ancestors if is_verb(v) if (found := subjects_of(v, mentions))), [])
            out += stand_ins(tok, above) if len(above) >= 2 else []
            continue
        elif previous is not None and _title_of(tok, previous, mentions):
            people = [previous]  # "X returned calls ... the president-elect spoke to Y": the title is X's
        elif holder := next((p for p in followed if p.roles and _title_of(tok, p, mentions)), None):
            people = [holder]  # "King X ... Crown Prince Y attended ... The King also met with Z": X
        elif holder := _holder_named_before(tok, named_before, mentions):
            people = [holder]  # "Y told Argentina's president-elect X ... The president-elect received a call": X
        elif previous is not None and (_the_visitor(tok, mentions) or _delegation_of(tok, previous)):
            people = [previous]  # "X reached Pakistan ... The visiting dignitary will call on Y"
        out += stand_ins(tok, people[:1])
    return out


def _participle_subject(pronoun: Token, mentions: list[PersonMention]) -> Person | None:
    """The one subject of the clause that a participle without a subject of its own adds to, for a
    "his" or "her" in it ("X spoke with A and B, continuing his consultations with these allies": X's)."""
    verb = next((a for a in pronoun.ancestors if is_verb(a)), None)
    if verb is None or verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if any(m.person is not None and not m.synthetic and verb.i < m.root.i < pronoun.i for m in mentions):
        return None  # "commenting on a call between X and his counterpart": X's, the nearest
    subjects = subjects_of(verb.head, mentions)
    return subjects[0] if len(subjects) == 1 else None


PLURAL_VERB_FORMS = frozenset({"are", "were", "have"})


def _plural_verb(verb: Token) -> bool:
    """A verb in the plural ("who are", "who were", "who have arrived")."""
    return verb.lower_ in PLURAL_VERB_FORMS or any(
        c.dep_ == "aux" and c.lower_ in PLURAL_VERB_FORMS for c in verb.children
    )


def _visited_country(noun: Token) -> str | None:
    """The country of "a visit to Z" (a country's name), else None."""
    if noun.lemma_.lower() not in lexicon()["visit_nouns"]:
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            place = next((places.lookup(_compound_name(o)) for o in prep.children if o.dep_ == "pobj"), None)
            if place is not None and place.kind == "city" and place.country:  # "his working trip to Moscow"
                return fold(places.country_name(place.country) or place.country)
            return fold(place.name) if place is not None and place.kind == "country" else None
    return None


def _compound_name(word: Token) -> str:
    """ "Sri Lanka" for its head word "Lanka"."""
    first = min([word.i, *(c.i for c in word.lefts if c.dep_ == "compound")])
    return word.doc[first : word.i + 1].text


def _abroad(person: Person | None, country: str) -> int:
    """2: the person holds office in another country; 1: in no known one; 0: in ``country``, or is
    posted there ("Ambassador of Belarus to Russia")."""
    if person is not None and any(_posted_to(r.title, country) for r in person.roles):
        return 0
    own = places.country_name(person.country) if person is not None and person.country else None
    return 1 if own is None else 0 if fold(own) == country else 2


def _posted_to(title: str, country: str) -> bool:
    """An envoy's title names ``country`` (folded) as the post: "Ambassador of X to Russia"."""
    _, to, post = title.rpartition(" to ")
    found = places.lookup(post) if to and post else None
    return found is not None and fold(places.country_name(found.country or found.name) or found.name) == country


def _informant_of(pronoun: Token, before: list[PersonMention]) -> Person | None:
    """ "X briefed Y on his visit to Z", "X informed Y about her talks": the one who tells of it is
    the one it was about (``informing_verbs``), not the nearer listener; also through nouns joined
    by "of" ("briefed Y on the outcome of his talks with Z")."""
    phrase = pronoun.head
    while phrase.dep_ == "pobj" and phrase.head.lower_ == "of" and phrase.head.head.pos_ in ("NOUN", "PROPN"):
        phrase = phrase.head.head
    if phrase.dep_ != "pobj" or phrase.head.lower_ not in ("on", "about", "of"):
        return None
    verb = phrase.head.head
    if not is_verb(verb) or verb.lemma_.lower() not in lexicon()["informing_verbs"]:
        return None
    subject = [m for m in before if m.root.head == verb and m.root.dep_ == "nsubj"]
    return subject[0].person if len(subject) == 1 else None


def _fronted_for(pronoun: Token, mentions: list[PersonMention]) -> Person | None:
    """The subject after a phrase put before it that holds the possessive ("On his meeting with Y,
    X said ...", "During her visit, X met Y", "Touching on his visit to Z, X stated"): X, not the
    person of the sentences before."""
    phrase = pronoun
    while phrase.head != phrase and not is_verb(phrase.head):
        phrase = phrase.head
    verb = phrase.head
    if phrase.dep_ not in ("prep", "advcl", "npadvmod") or phrase == verb:
        return None
    while (
        verb.dep_ == "advcl"
        and verb.tag_ in ("VBG", "VBN")
        and verb.head.i > verb.i
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        verb = verb.head  # "Touching on his visit to Z, X stated": the participle's subject is the clause's
    subject = [m for m in mentions if m.person is not None and not m.synthetic and m.root.head == verb]
    subject = [m for m in subject if m.root.dep_ in ("nsubj", "nsubjpass") and m.root.i > pronoun.i]
    return subject[0].person if len(subject) == 1 else None


def _other_sex(pronoun: Token, person: Person, sexes: Mapping[str, set[str]]) -> bool:
    """The story gives the person only the sex the pronoun does not have."""
    sex = lexicon()["pronoun_sexes"].get(pronoun.lower_)
    known = sexes.get(person.key, set())
    return sex is not None and bool(known) and sex not in known


OPENING_QUOTES = frozenset({'"', "“"})
CLOSING_QUOTES = frozenset({'"', "”"})


def _quoted(tok: Token) -> bool:
    """The token stands inside a quotation opened earlier in its sentence."""
    inside = False
    for t in tok.sent:
        if t.i >= tok.i:
            break
        if t.text in OPENING_QUOTES and not inside:
            inside = True
        elif t.text in CLOSING_QUOTES and inside:
            inside = False
    return inside


def _speakers(sent: Span, mentions: list[PersonMention]) -> list[Person]:
    """The people a sentence has speaking: subjects of its reporting verbs outside the quotation."""
    verbs = lexicon()["reporting_verbs"]
    return unique_people(
        [
            p
            for t in sent
            if is_verb(t) and t.lemma_.lower() in verbs and not _quoted(t)
            for p in subjects_of(t, mentions)
        ]
    )


def _object_pronoun_person(tok: Token, mentions: list[PersonMention]) -> list[Person]:
    """The person an object "him"/"her" stands for: the subject of a clause above its own ("X made
    the remark when Y paid a courtesy call on him": X); never a subject of its own clause ("He
    received her"); none when no clause above names one (the person of sentences before is too
    often the wrong one: "A, B and C are to call on him").  The source the clause is told after
    is one above it too ("According to X's office, Y called him": X)."""
    verbs = [t for t in tok.ancestors if is_verb(t)]
    clauses = list(verbs)
    own: list[Person] = []
    while verbs:  # the clause's own subject: an infinitive's or a conjunct's is above it
        clause_verb = verbs.pop(0)
        own = subjects_of(clause_verb, mentions) or _relative_subject(clause_verb, mentions)
        if own or clause_verb.dep_ not in ("xcomp", "conj"):
            break
    if not own:
        return []
    for verb in verbs:
        above = [p for p in subjects_of(verb, mentions) if p not in own]
        if above:
            return above[:1]
    for verb in clauses:
        for source in (c for c in verb.children if c.lower_ == "according" and c.dep_ == "prep"):
            inside = [m.person for m in mentions if m.person is not None and m.root in source.subtree]
            told = [p for p in unique_people(inside) if p not in own]
            named = [m.person for m in mentions if m.person is not None and m.root.i < tok.i]
            others = [p for p in named if p not in (*own, *told)]
            if told and not others:  # not "In his talks with Y, X thanked him, according to Z": Y
                return told[:1]
    return []


def _relative_subject(verb: Token, mentions: list[PersonMention]) -> list[Person]:
    """The people a relative clause's "who" stands for ("Y, who received him at the palace": Y)."""
    if verb.dep_ != "relcl" or not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in lexicon()["relative_pronouns"] for c in verb.children
    ):
        return []
    return persons_in(verb.head, mentions)


CLAUSE_DEPS = ("ccomp", "xcomp", "advcl", "relcl", "acl", "parataxis", "conj")


def _main_verb(sent: Span) -> Token | None:
    """The one root of a sentence's parse, or None."""
    roots = [t for t in sent if t.dep_ == "ROOT"]
    return roots[0] if len(roots) == 1 else None


def clause_pair(sent: Span, mentions: list[PersonMention]) -> tuple[Person, ...]:
    """The people one clause of the sentence brings together: the subjects of its main verb, or its
    one subject and the one person named under that verb's objects ("X chaired a welcome ceremony for
    Y", "X was attempting to tell Y"), none across a clause of its own ("X said that Y is a
    dictator": Y is only talked about).  Under a reporting verb with no person for its subject, the
    clause reported is the one ("X will not meet Y, the White House said")."""
    root = _main_verb(sent)
    if root is None:
        return ()
    subjects = subjects_of(root, mentions)
    reported = next((c for c in root.children if c.dep_ == "ccomp" and is_verb(c)), None)
    if not subjects and reported is not None and root.lemma_.lower() in lexicon()["reporting_verbs"]:
        root, subjects = reported, subjects_of(reported, mentions)
    others = unique_people(
        [
            m.person
            for m in mentions
            if m.person is not None
            and not m.synthetic
            and (below := path_below(m, root))
            and below[-1].dep_ not in ("nsubj", "nsubjpass", "agent")
            # a conjoined verb is a clause of its own; "in X and in the presence of Y" is not, nor
            # an open clause of the subject's own ("X was attempting to tell Y")
            and not any(t.dep_ in CLAUSE_DEPS and t.dep_ != "xcomp" and (t.dep_ != "conj" or is_verb(t)) for t in below)
        ]
    )
    others = [p for p in others if p not in subjects]
    if len(subjects) >= 2 and not others:
        return tuple(subjects)  # "Presidents A and B attended the signing", "A, B and C committed to"
    if (
        not subjects
        and len(others) == 2
        and any(m.person == others[1] and m.root.dep_ == "conj" for m in mentions if not m.synthetic)
    ):
        return tuple(others)  # "in the presence of Presidents A and B, the agreements were signed"
    return (subjects[0], others[0]) if len(subjects) == 1 and len(others) == 1 else ()


GROUP = 3  # named subjects from which a list is a group that "they" and "the ambassadors" stand for


def subject_group(sent: Span, mentions: list[PersonMention], group: tuple[Person, ...]) -> tuple[Person, ...]:
    """The group the story follows after this sentence: the people its main verb has for its
    subject when they are a list of three or more ("The ambassadors -- A, of X; B, of Y; and C, of
    Z -- arrived here together"); none once a main verb has another named subject; else ``group``."""
    root = _main_verb(sent)
    if root is None:
        return group
    if root.lemma_.lower() in lexicon()["accompany_verbs"]:
        return ()  # "X is accompanied by a delegation including A, B and C": X's party, no group of its own
    people = subjects_of(root, [m for m in mentions if not m.synthetic])
    if len(people) >= GROUP:
        return tuple(people)
    return () if people else group


def group_mentions(sent: Span, group: tuple[Person, ...]) -> list[PersonMention]:
    """ "They" or "the ambassadors" as the subject of a main clause stand for the group the story
    named last as a subject (``subject_group``): "The ambassadors met with Y. They later met Z"."""
    if not group:
        return []
    lx = lexicon()
    out: list[PersonMention] = []
    for tok in sent:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ROOT":
            continue
        plural = tok.tag_ == "NNS" and (roles.is_plural_head(tok) or tok.lemma_.lower() in lx["pair_nouns"])
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "these", "all") for c in tok.children)
        if tok.lower_ == "they" or (plural and definite and not any(c.dep_ == "nummod" for c in tok.children)):
            out += stand_ins(tok, group)
    return out


def described_mentions(sent: Span, entities, day: date | None = None) -> list[PersonMention]:
    """The people a plural title with a list of countries stands for ("the presidents of A-land,
    B-land and C-land convened", "met the leaders of A-land and B-land", "the A-lish and B-ish
    foreign ministers"): for each country, the one person of the article whose role fits the
    title and the country (``roles.title_matches``), rooted at the title word.  A country with no
    such person, or with several, brings no one; nor does a sentence about another year than the
    story's ``day`` ("founded in 2001 by the presidents of A and B": others held the offices)."""
    years = {t.text for t in sent if t.ent_type_ == "DATE" and t.like_num and len(t.text) == 4}
    if years and (day is None or str(day.year) not in years):
        return []
    people = list(getattr(entities, "people", ()))
    out: list[PersonMention] = []
    for tok in sent:
        if not (roles.is_plural_head(tok) and tok.tag_ in ("NNS", "NNPS", "NNP")):  # "The Foreign Ministers" is NNP
            continue
        if not (
            tok.dep_ in ("nsubj", "nsubjpass", "dobj") or (tok.dep_ == "pobj" and tok.head.lower_ in ("with", "by"))
        ):
            continue  # the parties of a clause, not "in the presence of the A-lish and B-ish ministers"
        countries = _described_countries(tok)
        if len(countries) < 2:
            continue
        words = _office_words(tok, _singular(tok.lower_))  # "the prime ministers of A and B"
        found = []
        for country in countries:
            phrase = roles.TitlePhrase(tok.i, tok.i + 1, tok.i, " ".join(words).title(), country, words)
            fits = [p for p in people if any(roles.title_matches(phrase, r) for r in p.roles if r.title)]
            if len(fits) == 1 and fits[0] not in found:
                found.append(fits[0])
        out += stand_ins(tok, found)
    return out


def _singular(word: str) -> str:
    """ "presidents" -> "president", "heads" -> "head" (the title words are regular plurals)."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _office_words(noun: Token, head: str) -> tuple[str, ...]:
    """The words of the office a plural title names: the office words before it, then ``head`` (its
    singular): ("prime", "minister") of "the prime ministers"."""
    return (*(w.lower_ for w in noun.lefts if w.dep_ in ("compound", "amod") and _office_word(w)), head)


def _office_word(word: Token) -> bool:
    """A word of an office before its head ("prime", "foreign", "deputy"), not a country's."""
    return (roles.is_head(word) or word.lower_ in roles.vocabulary().modifiers) and not places.is_demonym(word.text)


def _described_countries(tok: Token) -> list[str]:
    """The countries a plural title names: its "of" list ("the leaders of A, B and C") or the
    demonyms before it ("the A-lish, B-ish and C-ish ministers")."""
    items: list[Token] = []
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    items += [obj, *obj.conjuncts]
    if items:  # "the Presidents of the Republic of A, the Republic of B": the parse may join B to the title
        items += [c for c in tok.conjuncts if c.i > tok.i and c.pos_ == "PROPN" and not roles.is_plural_head(c)]
    items += [w for w in tok.lefts if w.dep_ in ("amod", "compound", "nmod") and _demonym_at(w)]
    items += [c for w in list(items) if w.dep_ in ("amod", "compound", "nmod") for c in w.conjuncts]
    names: list[str] = []
    for item in items:
        text = _compound_name(item)
        # "the Kenyan and South African presidents": a demonym of two words is one entity
        ent = next((e for e in item.doc.ents if e.start <= item.i < e.end and e.label_ in ("NORP", "GPE")), None)
        # "the Republic of Moldova": a state's formal style, the country after it
        whole = ent.text if ent is not None and (ent.end == item.i + 1 or ent.start >= item.i - 1) else None
        country = (places.country_name(whole) if whole else None) or places.country_name(text)
        if country is not None and country not in names:
            names.append(country)
    return names


def _demonym_at(word: Token) -> bool:
    """The word is a demonym, or ends one of two words ("South African")."""
    if places.is_demonym(word.text):
        return True
    before = word.doc[word.i - 1] if word.i > 0 else None
    return before is not None and places.is_demonym(f"{before.text} {word.text}")


def stand_ins(tok: Token, people: list[Person] | tuple[Person, ...]) -> list[PersonMention]:
    """Mentions that let a word stand for people it does not name ("he", "the two leaders")."""
    return [PersonMention(tok.idx, tok.idx + len(tok), tok, person=p, synthetic=True) for p in people]


def _the_visitor(tok: Token, mentions: list[PersonMention]) -> bool:
    """A subject that names the story's guest by that role alone ("the visiting dignitary", "the
    guest", "the visiting president"), naming no one."""
    lx = lexicon()
    if any(m.root == tok for m in mentions if not m.synthetic):
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    return tok.lemma_.lower() in lx["visitor_nouns"] or described_as_guest(tok)


def described_as_guest(word: Token) -> bool:
    """A word with a participle before it that makes its person a guest ("the visiting president",
    "visiting Foreign Minister Y"; ``visitor_words``)."""
    return any(c.dep_ == "amod" and c.lower_ in lexicon()["visitor_words"] for c in word.children)


def _delegation_of(tok: Token, person: Person) -> bool:
    """ "The Vietnamese delegation was welcomed by Y" after X of Vietnam arrived: X's delegation, X at its head."""
    if tok.lemma_.lower() not in lexicon()["delegation_nouns"] or not person.country:
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    return any(
        c.dep_ in ("amod", "compound") and places.country_of_demonym(c.text) == person.country for c in tok.children
    )


def _holder_named_before(tok: Token, named_before: Sequence[Person], mentions: list[PersonMention]) -> Person | None:
    """The one person the story named before whose title ``tok`` is, with no name ("the
    president-elect", "the Premier"; a word of office heads it, not "the call"), else None."""
    if not any(roles.is_head(t) for t in tok.subtree if t.i <= tok.i):
        return None
    holders = [p for p in named_before if _title_of(tok, p, mentions)]
    return holders[0] if len(holders) == 1 else None


def _title_of(tok: Token, person: Person, mentions: list[PersonMention]) -> bool:
    """``tok`` is a definite title with no name ("the president-elect", "the Prime Minister") that
    one of ``person``'s roles holds."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(m.root in tok.subtree for m in mentions):
        return False  # "the president, X": a named one
    generic = lexicon()["generic_person_nouns"]
    of = [g.lower_ for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    if tok.lower_ in generic or (of and f"{tok.lower_} of {of[0]}" in generic):
        # "the Angolan statesman", "the Head of State": the person the story is about, of their country
        countries = [places.country_name(c.text) for c in tok.children if c.dep_ in ("amod", "compound")]
        return all(c is None or (person.country and fold(c) == fold(person.country)) for c in countries)
    if any(c.dep_ == "prep" and c.lower_ in ("of", "for", "to", "in") for c in tok.children):
        return False  # "the president of Kenya", "the president, X": another or a named one (not "at the airport")
    words = [t for t in tok.subtree if t.i <= tok.i and t.dep_ != "det"]
    title = tok.doc[words[0].i : tok.i + 1].text.lower()
    if any(r.title.lower() == title for r in person.roles):
        return True
    # "the president-elect" and "President-elect Obama" before it
    before = _lowered(tok.doc)[: tok.idx]
    return any(_titled_name(title, n.lower()).search(before) for n in (person.name, *person.aliases))


@lru_cache(maxsize=4096)
def _titled_name(title: str, name: str) -> re.Pattern[str]:
    """The words of a title and a name one after the other, any white space between them, made
    once per title and name."""
    return re.compile(r"\s+".join(re.escape(w) for w in f"{title} {name}".split()))


def _lowered(doc) -> str:
    """The document's text in lower case, made once per document."""
    low = doc.user_data.get("diplograph.lowered")
    if low is None:
        low = doc.user_data["diplograph.lowered"] = nlp.text_of(doc).lower()
    return low


def _monarch(style: Token, found: Person, followed: Sequence[Person]) -> Person:
    """The person "His Majesty" stands for: ``found`` (the person followed now), unless ``found``
    holds no monarch's title: then the latest of ``followed`` who does ("King X returned ...
    Crown Prince Y also attended ... His Majesty met Z": X)."""
    if style.lower_ not in ("majesty", "majesties"):
        return found
    heads = lexicon()["monarch_titles"]

    def crowned(p: Person) -> bool:
        return any(fold(r.title).split()[-1] in heads for r in p.roles if r.title)

    if crowned(found):
        return found
    return next((p for p in followed if crowned(p)), found)


def unique_people(people: list[Person]) -> list[Person]:
    """The people in their order, each once (by key)."""
    seen: dict[str, Person] = {}
    for p in people:
        seen.setdefault(p.key, p)
    return list(seen.values())


def attached_people(mentions: list[PersonMention], chain: list[Token], trigger: Token) -> list[Person]:
    """The people whose mention attaches to the clause ``chain`` of an event word (``event_syntax.attaches``)."""
    ids = {t.i for t in chain}
    return unique_people([m.person for m in mentions if m.person and attaches(m.root, ids, trigger)])


def companions(mentions: list[PersonMention]) -> set[str]:
    """People told of as someone's spouse ("his wife Laura", "accompanied by her husband X") or as
    accompanying someone ("the president was accompanied by A and B"): they come along and take
    part in no meeting of the sentence (a brother or a son may be a party: "met Castro and his
    brother Raúl")."""
    lx = lexicon()
    sent = mentions[0].root.sent if mentions else ()
    escorts = {t.i for agent in sent if _escorting(agent) for t in agent.subtree}
    # "X, along with Foreign Minister A, held talks with Y": A came along; but a leader along with
    # a host ("welcomed Y along with Prime Minister B") is one of the hosts
    company = {t.i for prep in sent if _in_company(prep) for t in prep.subtree}
    cohosts = {t.i for prep in sent if _in_company(prep) and _of_a_host(prep) for t in prep.subtree}
    # "during the meeting he conveyed the invitation of President X": X sent it, and was not there
    sent_by = {m.person.key for m in mentions if m.person is not None and _sender(m.root)}
    return sent_by | {
        m.person.key
        for m in mentions
        if m.person is not None
        and (
            # "accompanied by his foreign minister X": the "his" is the one accompanied, not an escort
            (m.root.i in escorts and not (m.synthetic and m.root.dep_ == "poss"))
            or (
                m.root.i in company
                and not (m.synthetic and m.root.dep_ == "poss")  # "along with his counterpart": not "his"
                and not (m.root.i in cohosts and _leader(m.person))
            )
            or (
                m.root.dep_ == "appos"
                and m.root.head.lemma_.lower() in lx["spouse_nouns"]
                and any(c.dep_ == "poss" for c in m.root.head.children)
            )
        )
    }


def _sender(word: Token) -> bool:
    """The word is whose message or invitation someone delivers ("conveyed the invitation of
    President X", "delivers two messages of X"; not "at the invitation of X": the host)."""
    lx = lexicon()
    noun = word.head.head
    return (
        word.dep_ == "pobj"
        and word.head.lower_ == "of"
        and noun.lemma_.lower() in lx["message_nouns"] | lx["invitation_nouns"]
        and noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in lx["message_deliver_verbs"]
    )


def _leader(person: Person) -> bool:
    """A head of state or government by a title of the person's ("President", "Prime Minister",
    "Sultan": the ``leader`` synonyms of ``data/titles.json``)."""
    leaders = roles.vocabulary().synonyms["leader"]
    return any(fold(r.title) in leaders for r in person.roles if r.title)


def _of_a_host(prep: Token) -> bool:
    """The company phrase hangs from a verb of hosting ("welcomed Y ... along with B", "Along with
    the Sultan, X was received by Y"; ``host_verbs``)."""
    verb = next((a for a in prep.ancestors if is_verb(a)), None)
    return verb is not None and verb.lemma_.lower() in lexicon()["host_verbs"]


def _in_company(prep: Token) -> bool:
    """The "with" of "X, along with A and B, held talks with Y" (``company_adverbs``): those who
    came along."""
    return prep.lower_ == "with" and prep.head.lower_ in lexicon()["company_adverbs"] and prep.head.i + 1 == prep.i


def _escorting(by: Token) -> bool:
    """The "by" of a passive verb of accompanying: "accompanied by A and B", also where the parse
    hangs it on the verb's object ("was assisted in the talks by A and B")."""
    if by.lower_ != "by" or by.dep_ not in ("agent", "prep"):
        return False
    verb = next((a for a in by.ancestors if a.pos_ == "VERB"), None)
    return (
        verb is not None
        and verb.lemma_.lower() in lexicon()["accompany_verbs"]
        and (by.dep_ == "agent" or any(c.dep_ == "auxpass" for c in verb.children))
    )


def styled_spouses(mentions: list[PersonMention]) -> set[str]:
    """People named with a spouse's style ("First Lady Rita Sargsyan"): beside the leaders they came
    with, no party to the leaders' meeting (``without_spouses``)."""
    styles = lexicon()["spouse_styles"]
    out = set()
    for m in mentions:
        if m.person is None or m.synthetic:
            continue
        before = nlp.text_of(m.root.doc)[max(0, m.start - 40) : m.start].rstrip().lower()
        if before.endswith(tuple(styles)):
            out.add(m.person.key)
    return out


def without_spouses(people: list[Person], mentions: list[PersonMention]) -> list[Person]:
    """The parties less those named with a spouse's style, when two others remain ("A and First
    Lady B welcomed C and First Lady D": A and C met); first ladies meeting each other stay."""
    spouses = styled_spouses(mentions)
    rest = [p for p in people if p.key not in spouses]
    return rest if len(rest) >= 2 else people


def relative_counterparts(chain: list[Token], mentions: list[PersonMention]) -> list[Person]:
    """The person a relative pronoun after "with" stands for: "... Y, with whom he held talks"
    names Y, the person told of just before "with" (the parse often hangs the clause elsewhere)."""
    lx = lexicon()
    out = []
    for t in chain:
        for prep in t.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("with", "between"):
                continue
            if not any(o.dep_ == "pobj" and o.lower_ in lx["relative_objects"] for o in prep.children):
                continue
            before = prep.i - 1
            while before >= 0 and prep.doc[before].is_punct:
                before -= 1
            end = prep.doc[before].idx + len(prep.doc[before]) if before >= 0 else -1
            out += [m.person for m in mentions if m.person is not None and m.end == end]
    return unique_people(out)


def path_below(m: PersonMention, head: Token) -> list[Token] | None:
    """The tokens from a mention's root up to ``head`` (not included), or None when ``head`` does
    not govern the mention."""
    path = [m.root, *m.root.ancestors]
    return path[: path.index(head)] if head in path else None


def subjects_of(verb: Token, mentions: list[PersonMention]) -> list[Person]:
    """People that are the grammatical subject of a verb (or the agent of a passive one)."""
    out = []
    for m in mentions:
        below = path_below(m, verb) if m.person is not None else None
        if not below:
            continue
        top = below[-1]
        if top.dep_ not in ("nsubj", "nsubjpass", "agent"):
            continue
        # "world leaders, including X, called Y": X is one of the subject's people; but "a delegation
        # led by X met Y": X is the party the delegation stands for
        if any(is_verb(t) and t.dep_ != "prep" and not leads_delegation(t) for t in below[:-1]):
            continue
        if below[0].dep_ == "poss" and _people_noun(below[0].head):
            continue  # "Zeman's predecessors paid visits": the possessor of the people who did it is not one of them
        out.append(m.person)
    return unique_people(out) or listed_as_subject(verb, mentions) or _stranded_subject(verb, mentions)


def source_of(verb: Token, mentions: list[PersonMention]) -> list[Person]:
    """The people a verb says its subject came from ("The proposal came from X after speaking to Y":
    X spoke to Y), where no person is its subject."""
    if subjects_of(verb, mentions):
        return []
    return unique_people([p for o in prep_objects(verb, ("from",)) for p in persons_in(o, mentions)])


def _people_noun(word: Token) -> bool:
    """A common noun for people: an office ("his spokesman"), a party without a name ("her
    delegation"), someone related to another ("Zeman's predecessors", "his wife")."""
    lx = lexicon()
    lemma = word.lemma_.lower()
    return word.pos_ == "NOUN" and (
        roles.is_head(word)
        or roles.is_plural_head(word)
        or lemma in roles.vocabulary().kin
        or lemma in lx["unnamed_party_nouns"]
        or lemma in lx["associate_nouns"]
    )


def _stranded_subject(verb: Token, mentions: list[PersonMention]) -> list[Person]:
    """A finite verb with no subject right after a name the parse hung on another name ("during
    his call with Y, X thanked him": X is the subject of "thanked"; "..., X will meet Y")."""
    before = next(
        (
            t
            for t in reversed(list(verb.doc[verb.sent.start : verb.i]))
            if t.dep_ not in ("aux", "auxpass") and not t.is_quote
        ),
        None,
    )
    titled = titled_apposition(verb)
    if titled is not None:
        before = titled
    elif before is None or not stranded(before):
        return []
    return [m.person for m in mentions if m.person is not None and m.root == before][:1]


def titled_apposition(verb: Token) -> Token | None:
    """ "ISLAMABAD: The Foreign Minister of Iran, Y, called on Z": the parse hung the finite verb
    on the title as a clause of its own; the name between the commas (returned) is its subject."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < verb.sent.start + 2:
        return None
    comma, name = verb.doc[verb.i - 1], verb.doc[verb.i - 2]
    if comma.text == "," and name.dep_ == "appos" and name.head == verb.head and roles.is_head(verb.head):
        return name
    return None


def stranded(name: Token) -> bool:
    """A name hung as an apposition or a list item that is the subject of the subjectless finite
    verb right after it ("with Y, X thanked him")."""
    after = [t for t in name.doc[name.i + 1 : name.sent.end] if not t.is_quote]
    if name.dep_ not in ("appos", "conj") or not after:
        return False
    verb = after[0]  # past a quotation mark: 'with Y, X "thanked him"'
    if verb.dep_ in ("aux", "auxpass") and verb.head.i > verb.i and is_verb(verb.head):
        verb = verb.head  # "X will meet Y": the verb after its auxiliary
    elif verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def listed_as_subject(verb: Token, mentions: list[PersonMention]) -> list[Person]:
    """The people a copula lists as the ones who did it ("other leaders to call up Y included A
    and B", "among those who met Y were A and B"): the verb qualifies the subject of "include" or
    "be", whose object or attribute names them."""
    noun = verb.head
    if verb.dep_ not in ("acl", "relcl") or noun.dep_ != "nsubj":
        return []
    copula = noun.head
    if copula.lemma_.lower() not in lexicon()["listing_verbs"]:
        return []
    return unique_people([p for c in copula.children if c.dep_ in ("dobj", "attr") for p in persons_in(c, mentions)])


def listed_under(root: Token, objects: list[Token]) -> bool:
    """The word is one of ``objects`` or an item of their list ("with A, B and C"), not a
    possessive inside them ("with his counterpart Y": his is the other side).  A name the parse
    hangs under its title's "of" or "for" ("with the Foreign Minister of Armenia Y") is the title's."""
    tok = root
    while tok not in objects:
        title = tok.head.head
        if tok.dep_ == "pobj" and tok.head.lower_ in ("of", "for") and (roles.is_head(title) or title.pos_ == "PROPN"):
            tok = title  # "the Under Secretary of State for Political Affairs of the US Y"
            continue
        if tok.dep_ not in ("conj", "appos", "compound", "flat") or tok.head == tok or stranded(tok):
            return False
        tok = tok.head
    return True


def persons_in(tok: Token, mentions: list[PersonMention]) -> list[Person]:
    """People whose mention is, or hangs from, ``tok`` (through names, titles and conjunctions)."""
    out = []
    for m in mentions:
        if m.person is None:
            continue
        below = path_below(m, tok)
        if below is not None and all(
            a.dep_ in ("conj", "appos", "compound", "flat", "nmod", "cc", "poss") or _participle_link(a) for a in below
        ):
            out.append(m.person)
        elif m.start <= tok.idx < m.end or (below is not None and _in_title_of(tok, m)):
            out.append(m.person)
    return unique_people(out)


def _in_title_of(tok: Token, m: PersonMention) -> bool:
    """``tok`` is a word of the title the person is named after ("Vice Minister of Public Security
    Chen Siyuan", which the parse may hang from "of")."""
    if not roles.is_head(tok) or m.synthetic:
        return False
    span = tok.doc.char_span(m.start, m.end, alignment_mode="expand")
    phrase = roles.title_before(tok.doc, span.start) if span is not None else None
    return phrase is not None and phrase.start <= tok.i < phrase.end


def _participle_link(tok: Token) -> bool:
    """A link the parse makes of an attributive participle: "with visiting [President] Y" read as
    "with (visiting Y)", the participle a verb and Y its object."""
    if tok.dep_ == "pcomp":
        return attributive(tok)
    return tok.dep_ == "dobj" and attributive(tok.head)


def person_after(tok: Token, mentions: list[PersonMention]) -> Person | None:
    """The person named right after ``tok``, past title words ("by Foreign Minister X" when the
    parse lost the link)."""
    doc = tok.doc
    starts = {m.start: m.person for m in mentions if m.person is not None}
    for i in range(tok.i + 1, min(len(doc), tok.i + 8)):
        t = doc[i]
        if t.idx in starts:
            return starts[t.idx]
        if not (t.pos_ in ("PROPN", "ADJ", "DET") or t.is_title):
            return None
    return None


def glued_speakers(mentions: list[PersonMention]) -> set[str]:
    """People named right before a reporting verb that has no subject of its own, which the parse
    joined to a list before them ("will meet A and B, White House spokesman C said", "..., section
    head C told CTK"): they tell of the event and take no part in it."""
    reporting = lexicon()["reporting_verbs"]
    out = set()
    for m in mentions:
        nxt = m.root.i + 1
        doc = m.root.doc
        if m.person is None or m.synthetic or nxt >= len(doc) or m.root.dep_ not in ("conj", "appos"):
            continue
        if roles.is_head(m.root):
            continue  # "At the meeting with Y the President said": a title that stands for a party
        verb = doc[nxt]
        if (
            verb.pos_ in ("VERB", "AUX")
            and verb.lemma_.lower() in reporting
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        ):
            out.add(m.person.key)
    return out


def speaks_for(person: Person) -> bool:
    """Whether each office of the person is a spokesperson's (``spokesperson_titles``)."""
    words = lexicon()["spokesperson_titles"]
    titles = [fold(r.title) for r in person.roles if r.title]
    return bool(titles) and all(t.split()[-1] in words for t in titles)


def reporter(chain: list[Token], mentions: list[PersonMention]) -> list[Person]:
    """The party a reporting verb's subject supplies.

    "X said he met Y" (the clause's subject is he or she), "After meeting Y, X said ..." (the
    event verb has no subject of its own) and "'Great to meet Y,' X said" (a pleasure told with
    no one, or "it", for its subject): the subject of the reporting verb.
    """
    lx = lexicon()
    feeling = pleasure_of(chain[0])
    if feeling is not None:  # "'Great to meet Y,' X posted", "X said it was a pleasure to meet Y"
        clause = feeling.head if feeling.dep_ in ("attr", "acomp") else feeling
        said = clause.head
        if (
            clause.dep_ in ("ccomp", "advcl")
            and said.lemma_.lower() in lx["reporting_verbs"]
            and all(c.lower_ == "it" for c in clause.children if c.dep_ in ("nsubj", "nsubjpass"))
        ):
            return subjects_of(said, mentions)[:1]
    top = chain[-1]
    head = top.head
    if head == top or head.lemma_.lower() not in lx["reporting_verbs"]:
        return []
    subjects = [c for c in top.children if c.dep_ in ("nsubj", "nsubjpass")]
    trigger = chain[0]
    if (
        top.dep_ == "ccomp"
        and trigger in subjects
        and trigger.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in trigger.children)
    ):
        # "X said the meeting with Y would be held next month": X's (not a spokesperson's, nor one of
        # "both prime ministers")
        speakers = subjects_of(head, mentions)
        return [p for p in speakers if not speaks_for(p)] if len(speakers) == 1 else []
    if top.dep_ == "ccomp" and any(c.lower_ in ("he", "she") for c in subjects):
        speaker = subjects_of(head, mentions)[:1]
        meant = {m.person.key for m in mentions if m.synthetic and m.person and m.root in subjects}
        # "X said he met Y": he is X; "'He will meet them,' Peskov added" with he standing for another: not X
        return [] if meant and not meant & {p.key for p in speaker} else speaker
    verbs = [t for t in chain if is_verb(t)]
    if (
        top.dep_ in ("advcl", "prep", "xcomp")
        and verbs
        and not any(c.dep_ in ("nsubj", "nsubjpass") for v in verbs for c in v.children)
    ):
        return subjects_of(head, mentions)[:1]
    return []


def person_object(verb: Token, mentions: list[PersonMention]) -> bool:
    """A person is the object of the verb (or the subject of its passive): "received Y", "Y was
    received", "Y arrived and was welcomed by X", "Y is expected to be received by X" (a passive
    verb sharing its subject)."""
    if (
        verb.dep_ in ("conj", "xcomp")
        and any(c.dep_ == "auxpass" for c in verb.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and subjects_of(verb.head, mentions)
    ):
        return True  # "Y arrived and was welcomed by X", "Y is expected to be received by X"
    for m in mentions:
        below = path_below(m, verb) if m.person is not None else None
        if (
            below
            and below[-1].dep_ in ("dobj", "nsubjpass")
            and all(t.dep_ in ("conj", "appos", "compound", "flat") for t in below[:-1])
        ):
            return True
        if below and below[-1].dep_ in ("dobj", "nsubjpass") and any(leads_delegation(t) for t in below):
            return True  # "received a delegation led by Y"
        if below and _visit_received_from(below):
            return True
        if below and _named_after_a_title_object(below, verb):
            return True
        if below and _named_in_the_title_object(below):
            return True
        if below and _named_after_an_office_of(below):
            return True
    return False


def _named_after_an_office_of(below: list[Token]) -> bool:
    """ "received the special envoy of Z, Y", "received the visit of the President of Z, Y": the parse
    hangs the name on the office's country; the title (or the visit of the title) is the object."""
    if len(below) < 3 or below[0].dep_ != "appos" or below[-1].dep_ != "dobj":
        return False
    obj = below[-1]
    if not (roles.is_head(obj) or obj.lemma_.lower() in lexicon()["visit_nouns"]):
        return False
    middle = below[1:-1]
    return len(middle) % 2 == 0 and all(
        (t.dep_ == "pobj" and t.pos_ == "PROPN") if k % 2 == 0 else (t.dep_ == "prep" and t.lower_ == "of")
        for k, t in enumerate(middle)
    )


def _visit_received_from(below: list[Token]) -> bool:
    """ "received a visit from Y", "received a courtesy visit from Y", "received the visit of the
    President of Z, Y", "hosted the State Visit by Y": the visitor is the guest."""
    return (
        len(below) >= 3
        and below[-1].dep_ == "dobj"
        and below[-1].lemma_.lower() in lexicon()["visit_nouns"]
        and below[-2].dep_ in ("prep", "agent")
        and below[-2].lower_ in ("from", "of", "by")
        and all(t.dep_ in ("compound", "flat", "appos", "conj", "pobj") for t in below[:-2])
        # not "welcomed the upcoming visit by Y": a visit still to come
        and not any(c.lower_ in lexicon()["plan_adjectives"] for c in below[-1].children)
    )


def _named_in_the_title_object(below: list[Token]) -> bool:
    """ "received Palestinian Minister of Foreign Affairs Y", "received U.S. Ambassador to Mongolia
    Y", "received Deputy Prime Minister, Minister of Foreign Affairs of Z Y": the parse hangs the
    name somewhere inside the titles that are the object (on the portfolio's "of", the post's "to");
    every word from the title to the name is the title phrase's, and none is a verb."""
    obj, name = below[-1], below[0]
    if len(below) < 3 or obj.dep_ not in ("dobj", "nsubjpass") or not roles.is_head(obj) or name.i < obj.i:
        return False
    if not all(
        t.dep_ in ("compound", "flat", "appos", "pobj", "conj") or (t.dep_ == "prep" and t.lower_ in ("of", "to"))
        for t in below[:-1]
    ):
        return False
    between = obj.doc[obj.i + 1 : name.i]
    return all(obj.is_ancestor(t) and t.pos_ not in ("VERB", "AUX") and t.tag_ not in ("WP", "WDT") for t in between)


def _named_after_a_title_object(below: list[Token], verb: Token) -> bool:
    """ "received the Consul General to Lagos, Y": the parse hangs the title's "to" on the verb and
    the name on the place; the name stands in apposition to the title that is the object."""
    if len(below) == 2 and below[0].dep_ == "pobj" and below[1].dep_ == "prep":
        prep = below[1]  # "received the Ambassador of Ethiopia to Uganda Y": the name is the "to"'s object
    elif len(below) == 3 and below[0].dep_ in ("appos", "conj") and below[1].dep_ == "pobj" and below[2].dep_ == "prep":
        prep = below[2]
    else:
        return False
    # the title's own words (its "of" phrase) may stand between it and its "to"
    doc = verb.doc
    objects = [
        c
        for c in verb.children
        if c.dep_ == "dobj" and c.i < prep.i and all(c.is_ancestor(doc[k]) for k in range(c.i + 1, prep.i))
    ]
    return prep.lower_ in ("to", "for") and bool(objects) and roles.is_head(objects[0])


def unknown_subject(verb: Token, mentions: list[PersonMention]) -> bool:
    """The verb has a subject that is no resolved person (an unnamed title, "the delegation"); a
    verb with none of its own has the subject of the verb it completes or is joined to ("the
    King is expected to meet A and B", "the King arrived and met A and B")."""
    if pleasure_of(verb) is not None:
        return False  # "it was great to meet A": "it" is no one's stand-in, the one who says it meets A
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    while not subjects and verb.dep_ in ("xcomp", "conj") and verb.head != verb:
        verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or subjects_of(verb, mentions):
        return False
    lx = lexicon()
    # "the two leaders met A and B" stands for people told before; "the head of the ministry" is unnamed
    return not any(
        (c.lemma_.lower() in lx["pair_nouns"] and c.tag_ in ("NNS", "NNPS")) or c.lower_ in lx["relative_pronouns"]
        for c in subjects
    )
