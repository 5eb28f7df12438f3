"""When an event happened: the date its clause states, else one the story gives it.

Holds:
- ``date_candidate(cand, anchor, context)``: the date expression governing the event word
  (``ingest.dates``; never the dateline's), else the day the story was telling of ("earlier in
  the day", "X later ..."; "X also met Y": the latest day told of one of them), else an earlier
  sentence about the same people; a date that points forward makes a meeting planned.
- ``sentence_date(sent, mentions, anchor)``: what a sentence adds to that context.
- ``date_from_story(cands, assumed)``: the story's own date for events with none
  (``Evidence.date_inferred``).
- ``future_dated(cands, anchor, article)``: a meeting dated after the story is still to come, unless told as done;
  a visit dated so is no visit.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from spacy.tokens import Span, Token

from diplograph.ingest import dates
from diplograph.ingest.event_candidate import Candidate
from diplograph.ingest.event_participants import PersonMention
from diplograph.ingest.event_syntax import another_occasion, attaches, clause_chain, is_verb, lexicon, past_perfect
from diplograph.ingest.records import Article


def _future_stated(cand: Candidate) -> bool:
    """A date expression of the event word points forward ("next week", "the coming days")."""
    lx_future = set(dates.date_words()["future_words"])
    narrative = set(dates.date_words()["next_day_phrases"])
    ids = {t.i for t in clause_chain(cand.trigger)}
    for expr in dates.date_expressions(cand.sent):
        text = dates.expression_text(expr).lower().split()
        if " ".join(text) in narrative:
            continue  # "the next day": the day after the one the story was telling of
        if any(w in lx_future for w in text) and (expr.root.i in ids or attaches(expr.root, ids, cand.trigger)):
            if not _of_another_event(expr.root, ids, cand.trigger):
                return True
    return False


def _of_another_event(tok: Token, ids: set[int], trigger: Token) -> bool:
    """The date hangs from another event's noun on its way to the clause ("met on Thursday ahead
    of a summit next week": next week is the summit's)."""
    return _event_noun_above(tok, ids, trigger, lambda t: t.pos_ in ("NOUN", "PROPN"))


def _of_an_earlier_occasion(tok: Token, ids: set[int], trigger: Token) -> bool:
    """The date hangs from another meeting or visit noun the sentence marks as another occasion on its
    way to the clause ("held talks, welcoming the progress since their last meeting in Kazan in
    October 2024": October 2024 is the last meeting's; not "received Y during a previous visit")."""
    lx = lexicon()
    return _event_noun_above(
        tok,
        ids,
        trigger,
        lambda t: (
            any(c.lower_ in lx["other_occasion_words"] for c in t.children)
            and t.head.lower_ not in lx["noun_frame_prepositions"]
        ),
    )


def _word_before_date(expr) -> int:
    """The index of the word a date expression follows, past the prepositions that open it ("their
    scheduled meeting on Monday": the meeting), -1 at the start of the doc."""
    doc = expr.doc
    k = expr.start - 1
    while k >= 0 and doc[k].dep_ == "prep":
        k -= 1
    return k


def _right_after_another_event(expr, trigger: Token) -> bool:
    """The date follows another meeting noun, with only its preposition between ("came ahead of
    their scheduled meeting on Monday": Monday is that meeting's, whatever the parse hangs it on),
    one that is not the occasion the event word frames itself in ("on the sidelines of the summit")."""
    k = _word_before_date(expr)
    if not (0 <= k < expr.start - 1 and k != trigger.i and expr.doc[k].lemma_.lower() in lexicon()["meet_nouns"]):
        return False
    # but "their meeting on the sidelines of the BRICS Summit in October": the summit is the meeting's occasion
    frames = lexicon()["frame_nouns"]
    between = [a for a in expr.doc[k].ancestors if trigger in a.ancestors or a == trigger]
    return not (trigger.is_ancestor(expr.doc[k]) and any(a.lower_ in frames for a in between))


def _event_noun_above(tok: Token, ids: set[int], trigger: Token, fits: Callable[[Token], bool]) -> bool:
    """A meeting or visit noun for which ``fits`` holds lies between ``tok`` and the clause ``ids``."""
    lx = lexicon()
    nouns = lx["meet_nouns"] | lx["visit_nouns"]
    for t in tok.ancestors:
        if t.i in ids or t == trigger:
            return False
        if t.lemma_.lower() in nouns and fits(t):
            return True
    return False


def _adverb_on(trigger: Token, words: str, heads: set[Token]) -> bool:
    """One of the adverbs ``date_words()[words]`` modifies one of ``heads``."""
    listed = dates.date_words()[words]
    return any(c.dep_ == "advmod" and c.lower_ in listed and c.head in heads for c in trigger.sent)


def _continues(trigger: Token) -> bool:
    """The event's verb says it came next ("X later held talks", "X then flew to Y")."""
    heads = {trigger, dates.governor(trigger), *trigger.children}  # "later held talks" misparsed as a noun phrase
    return _adverb_on(trigger, "continuation_adverbs", heads)


def _told_as_more(trigger: Token) -> bool:
    """The event's verb is told as one more of the same ("X also met Y"; ``addition_adverbs``), not
    as an earlier occasion ("he had also met Z in Islamabad")."""
    heads = {trigger, dates.governor(trigger)}
    return not any(past_perfect(h) for h in heads) and _adverb_on(trigger, "addition_adverbs", heads)


def _same_day(sent: Span) -> bool:
    """The sentence places itself on the day of the sentences before ("later that day")."""
    return _says(sent, "same_day_phrases")


def _next_day(sent: Span) -> bool:
    """The sentence places itself on the day after the one of the sentences before ("the next day")."""
    return _says(sent, "next_day_phrases")


def _says(sent: Span, phrases: str) -> bool:
    text = " ".join(sent.text.lower().split())
    return any(phrase in text for phrase in dates.date_words()[phrases])


def _on_arrival(sent: Span) -> bool:
    """The sentence tells what happened on someone's arrival ("was welcomed on arrival by Y")."""
    words = dates.date_words()
    return any(
        (t.lemma_.lower() in words["arrival_nouns"] and t.head.lower_ in words["arrival_prepositions"])
        or (t.lemma_.lower() in words["arrival_places"] and t.dep_ == "pobj" and t.head.lower_ == "at")
        for t in sent
    )  # "was welcomed on arrival by Y", "was welcomed at Doha airport by Y"


FIRST_NAMED_SENTENCES = 2  # how far back a sentence dating the others may be for people named for the first time


def date_candidate(
    cand: Candidate, anchor: date | None, context: list[tuple[set[str], str | None]], period: str | None = None
) -> None:
    """Sets a candidate's date: the date expression of its clause, else the day the story was telling
    of ("later that day", "X then ..."), else the date of an earlier sentence about the same people
    (inferred; a welcome "on arrival" needs only one of its people there).  A date pointing forward
    makes a meeting or call planned.  With no day to anchor on, a month and day ("On April 24") take
    the year of the story's month (``period``, from its URL)."""
    if cand.type in ("meet", "phone_call") and _future_stated(cand):
        cand.type = "planned_meet"
    future = cand.type == "planned_meet"
    ids = {t.i for t in clause_chain(cand.trigger)}
    got = dates.governing_date(
        cand.sent,
        cand.trigger,
        anchor,
        future=future,
        own_only=cand.in_sequence,
        skip_before=cand.extra.get("dateline_end"),
        period=period,
        exclude=lambda expr: (
            _of_an_earlier_occasion(expr.root, ids, cand.trigger) or _right_after_another_event(expr, cand.trigger)
        ),
    )
    if got is not None:
        expr, value = got
        gov = dates.governor(expr.root)
        if future and gov.i not in ids and gov.lemma_.lower() in lexicon()["reporting_verbs"] and expr.root.i > gov.i:
            return  # "said on Tuesday that he will meet Y", "..., the palace said on Friday": the announcement's day
        cand.extra["date_text"] = dates.expression_text(expr)
        if future:  # "travelled on Wednesday to meet Y": the date of a past verb is not in the future
            # but "came ahead of their scheduled meeting on Monday": a day right after the event word is its own
            if (
                gov != cand.trigger
                and gov.tag_ == "VBD"
                and gov.lemma_.lower() not in lexicon()["plan_verbs"]
                and _word_before_date(expr) != cand.trigger.i
            ):
                value = dates.resolve(dates.expression_text(expr), anchor) or value
        cand.date = value
        return
    keys = {p.key for p in cand.participants}
    if _same_day(cand.sent) or _continues(cand.trigger):
        # "Earlier in the day, X met Y", "X later held talks with Z": the day the story was just telling
        # of, not the day of an aside about other people ("In 1995, Z attended as chief guest")
        cand.date = next(
            (value for people, value in reversed(context) if value and (not people or people & keys)), None
        )
        if cand.date:
            return
    if _told_as_more(cand.trigger):
        # "On Thursday, X met Z ... X also met Y": the day of the latest sentence about one of them
        cand.date = next((value for people, value in reversed(context) if value and people & keys), None)
        if cand.date:
            return
    if _next_day(cand.sent):  # "the next day, he greeted Y": the day after the one just told of
        day = dates.to_date(next((value for _, value in reversed(context) if value), None))
        if day is not None:
            cand.date, cand.date_inferred = (day + timedelta(days=1)).isoformat(), True
            return
    if cand.type in ("meet", "phone_call", "sign_agreement"):
        arrival = cand.type == "meet" and _on_arrival(cand.sent)
        told = set().union(*(people for people, _ in context)) if context else set()
        # "X on Thursday accredited four ambassadors. X received the credentials of A and B": people
        # the story names for the first time join the day it dates the others on
        first_named = bool(keys - told) and keys & told
        for back, (people, value) in enumerate(reversed(context)):
            # "X arrived on Saturday ... X was welcomed on arrival by Y": the day the story dates X on
            joins = arrival or (first_named and back < FIRST_NAMED_SENTENCES)
            if value and (keys <= people or (joins and keys & people)):
                cand.date, cand.date_inferred = value, True
                return


def sentence_date(
    sent: Span, mentions: list[PersonMention], anchor: date | None, period: str | None = None
) -> tuple[set[str], str | None]:
    """What a sentence tells the sentences after it: the people it names and the date governing its
    root; none when it tells of another occasion ("during a previous visit in May 2019"), whose day
    is not the story's."""
    people = {m.person.key for m in mentions if m.person}
    if _tells_of_another_occasion(sent):
        return people, None
    found = dates.governing_date(sent, sent.root, anchor, period=period)
    return people, (found[1] if found else None)


def _tells_of_another_occasion(sent: Span) -> bool:
    """ "during a previous visit in May 2019", "X last met Y last year": the sentence's date is another
    meeting's, not the day the story goes on telling of."""
    lx = lexicon()
    nouns = set(lx["meet_nouns"]) | set(lx["visit_nouns"])
    words = set(lx["other_occasion_words"])
    verbs = set(lx["meet_verbs"])
    return any(
        (t.lemma_.lower() in nouns and any(c.dep_ == "amod" and c.lower_ in words for c in t.children))
        or (is_verb(t) and t.lemma_.lower() in verbs and another_occasion(t))
        for t in sent
    )


def _visit_under_way(noun: Token) -> bool:
    """A visit noun that the clause reports as happening ("paid a visit to X", "began a visit",
    "is on a visit to X") rather than naming one in passing ("his visit to X last year")."""
    lx = lexicon()
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in lx["visit_light_verbs"]:
        return True
    return noun.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_ == "be" and head.head.tag_ in ("VBZ", "VBP")


def date_from_story(cands: list[Candidate], assumed: str | None) -> None:
    """Events with no date of their own take the story's (``assumed``, marked inferred); not a
    planned meeting, nor a visit that is often an earlier one."""
    for cand in cands:
        # a visit named by a noun ("his visit to X") or told under "after" is often an earlier one:
        # no date is guessed for it
        earlier = cand.type == "visit" and ((cand.noun and not _visit_under_way(cand.trigger)) or cand.in_sequence)
        if cand.date is None and cand.type != "planned_meet" and assumed is not None and not earlier:
            cand.date, cand.date_inferred = assumed, True


def future_dated(cands: list[Candidate], anchor: date | None, article: Article | None = None) -> list[Candidate]:
    """A meeting or call whose stated date (a day, or a month that begins) lies after the story's
    own date is still to come,
    unless the sentence tells it as done: a verb in the past ("met on July 7", "was welcomed")
    or a photo's caption (a picture shows what happened); then the story's date is the one that
    is off (a page dated in another time zone, or by its first version).  A visit still to come
    is no visit ("announced his visit to X on September 2"): it is left out."""
    kept = []
    for c in cands:
        # a day after the story's, or a month that begins after it ("his visit next month"; a year
        # alone is as often a deadline's: "a deal by 2020")
        stated = dates.precision_of(c.date) in ("day", "month") and not c.date_inferred
        first = dates.span_of(c.date)[0] if stated else None
        ahead = anchor is not None and first is not None and first > anchor and not _told_as_done(c, article)
        if ahead and c.type in ("meet", "phone_call"):
            c.type = "planned_meet"
        elif ahead and c.type == "visit":
            continue
        kept.append(c)
    return kept


PAST_DATE_WORDS = frozenset({"last", "yesterday", "ago"})  # "last week", "two days ago": a day gone by


def past_plans(cands: list[Candidate], anchor: date | None) -> list[Candidate]:
    """A planned meeting whose own date lies before the story's ("was scheduled to meet Y last
    week", "was due to meet Y on 3 May") is a plan the story looks back on: whether it happened,
    the sentence does not say, so it is neither planned nor held."""
    lx = lexicon()
    plans = set(lx["plan_verbs"]) | set(lx["plan_participles"]) | set(lx["plan_adjectives"])
    kept = []
    for c in cands:
        if c.type != "planned_meet":
            kept.append(c)
            continue
        day = dates.to_date(c.date)
        chain = clause_chain(c.trigger)
        past_plan = any(  # "was scheduled to", "was due to", not "travelled on Wednesday to meet Y"
            (t.lemma_.lower() in plans or t.lower_ in plans)
            and (t.tag_ == "VBD" or any(a.tag_ == "VBD" for a in [*t.children, t.head] if a.lemma_ == "be"))
            for t in chain
            if t != c.trigger
        )
        words = set((c.extra.get("date_text") or "").lower().split())
        words |= {t.lower_ for t in chain[-1].subtree if t.ent_type_ == "DATE"}  # "... last week -- but was told"
        before = (
            anchor is not None
            and day is not None
            and not c.date_inferred
            and len(c.date or "") == 10
            and day < anchor - timedelta(days=1)
        )
        if past_plan and (before or words & PAST_DATE_WORDS):
            continue
        if _reported_before(chain) and _held_too(c, cands):
            continue  # "X had said that the two ministers will review ...", and the story tells they met
        kept.append(c)
    return kept


def _reported_before(chain: list[Token]) -> bool:
    """The clause is what someone had said before the story's time: its reporting verb is in the
    past perfect ("the ministry had said that the two will meet")."""
    top = chain[-1]
    verb = top.head
    return (
        top.dep_ == "ccomp"
        and verb.lemma_.lower() in lexicon()["reporting_verbs"]
        and verb.tag_ == "VBN"
        and any(a.dep_ == "aux" and a.lower_ == "had" for a in verb.children)
    )


def _held_too(plan: Candidate, cands: list[Candidate]) -> bool:
    """The story tells a meeting of the plan's people as held."""
    keys = {p.key for p in plan.participants}
    return any(c.type == "meet" and {p.key for p in c.participants} == keys for c in cands)


def _told_as_done(cand: Candidate, article: Article | None) -> bool:
    """The candidate's verb is in the past tense (for an event noun, the verb it is the object or
    subject of: "had a telephone conversation on February 6"), or its sentence is a photo's caption."""
    tok = cand.trigger
    lx = lexicon()
    said = set(lx["reporting_verbs"]) | set(lx["plan_verbs"]) | set(lx["topic_verbs"])
    if cand.noun and tok.dep_ in ("dobj", "nsubj", "nsubjpass") and is_verb(tok.head):
        # "announced his visit to X on May 2" tells the announcement as done, not the visit; nor
        # "discussed his visit to X next month" the visit
        tok = tok.head if tok.head.lemma_.lower() not in said else None
    elif cand.noun:
        tok = None
    if tok is not None and (
        tok.tag_ == "VBD"
        or (tok.tag_ == "VBN" and any(a.dep_ in ("aux", "auxpass") and a.tag_ == "VBD" for a in tok.children))
    ):
        return True
    return article is not None and article.is_caption(cand.base + cand.sent.start_char, cand.base + cand.sent.end_char)
