"""Where an event happened when its clause does not say: the place the rest of the story makes
plain.  The clause's own place and venue are ``event_places``'s.

Holds:
- ``venues_of_the_parties(cands)``: a venue many countries have, in the one participant's
  country that has it.
- ``fill_places(cands)``: a visit's destination stated in another sentence, a pact signed during
  a visit, a meeting during a stated stay.
- ``gathering_places``, ``gathering_setting``: a story set at one summit places its meetings there;
  ``arrivals_at_gathering``: and its arrivals at "the airport" or "the country".
- ``dateline_place``, ``dateline_places``: the city the story was filed from, for
  what happened "here" or on the story's day.
- ``trip_setting(cands)``: a story of one trip places its travellers' meetings there.
- ``cities_for_countries(cands, dateline, entities)``: an event placed in a country goes to the one city of
  it the story puts a participant in.
- ``hosts_at_home(cands, gatherings)``: a meeting a host gave, with nothing else to place it, is in
  the capital of the host's country.
- ``story_city(cands)``: a meeting of the story's news with nothing else to place it is in the one
  city of all the story's placed meetings and visits.
- ``presence_abroad(cands, gatherings)``: the visit a meeting abroad with a host at home implies.
"""

from __future__ import annotations

from datetime import date
from itertools import chain, islice

from spacy.tokens import Span, Token

from diplograph.ingest import datelines, dates, locations, nlp, places, roles
from diplograph.ingest.event_candidate import Candidate
from diplograph.ingest.event_places import city_of_the_sentence, destination, posted_in
from diplograph.ingest.event_syntax import another_occasion, clause_chain, is_verb, lexicon, past_perfect, prep_objects
from diplograph.ingest.records import Article, Dateline, Person, Place, fold

SEAT_PHRASE = 16  # words of a gathering's phrase searched for a standing gathering's name


def gathering_places(sent: Span, entities) -> list[tuple[Place | None, bool]]:
    """Places of the gatherings a sentence names ("the G8 summit in Gleneagles", "the Riyadh
    summit", "at the forum in Alofi", "held a meeting on Friday in X", a standing gathering's seat:
    "the 74th session of the UN General Assembly"), each with whether the
    gathering is told as an occasion of what happened ("on the margins of the meeting in Accra",
    "during the summit in X"), not only named ("commended Zambia for hosting the meeting in
    Lusaka"); a virtual one has none.  A gathering told as an occasion with no place gives
    ``(None, True)`` (see ``unplaced_gathering``)."""
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
        top = tok
        while top.dep_ == "compound" and top.head != top:
            top = top.head
        if top.dep_ == "pobj" and top.head.lower_ == "of" and roles.is_head(top.head.head):
            continue  # "President of the UN General Assembly X": an office's name, no gathering told
        governing = next((a for a in tok.ancestors if is_verb(a)), None)
        if _to_come(tok) or (governing is not None and _to_come(governing)):
            continue  # "the upcoming summit in X", "will be invited to a meeting in X": no setting yet
        if _came_back_from(tok):
            continue  # "X had returned from Nairobi, where he took part in the AU meeting": a trip over
        preps = frozenset(lx["gathering_prepositions"])
        place = destination(tok, entities, preps, dobj=False)
        verb = tok.head
        if place is None and tok.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in lx["noun_light_verbs"]:
            place = destination(verb, entities, preps, dobj=False)  # "held a meeting on Friday in X"
        if place is None and tok.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in lx["gathering_verbs"]:
            place = destination(verb, entities, preps, dobj=False)  # "the summit opened on Monday in X"
        for clause in (c for c in tok.children if c.dep_ in ("acl", "relcl")):
            if _to_come(clause):
                break  # "the G20 Summit, which X is hosting next week in Bali"
            # "the summit currently being held in X", "the forum, which took place in X", "which began in X"
            if place is None and clause.lemma_.lower() in {*lx["held_verbs"], *lx["gathering_verbs"]}:
                place = destination(clause, entities, preps, dobj=False)
        for inner in _of_chain(tok):  # "the Summit of the Heads of State and Government in Addis Ababa"
            if place is not None:
                break
            found_in = [o for o in prep_objects(inner, ("in", "at")) if o.ent_type_ in ("GPE", "LOC", "FAC")]
            place = destination(inner, entities, frozenset({"in", "at"}), dobj=False) if found_in else None
        if place is None and tok.right_edge.i - tok.left_edge.i < SEAT_PHRASE:
            place = places.gathering_seat(sent.doc[tok.left_edge.i : tok.right_edge.i + 1].text)
        if place is not None and place.kind == "country":
            # "the G20 summit in Argentina, ... the second meeting between the two in Buenos Aires"
            place = city_of_the_sentence(sent, place, entities) or place
        if place is not None and not places.is_vague(place):
            found.append((place, _occasion(tok)))
        elif place is None and _occasion(tok):
            found.append((None, True))  # "on the margins of the 39th Summit": where, the story may say otherwise
    return found


def _came_back_from(tok: Token) -> bool:
    """A word told under the "from" of a return ("returned to Abuja from Nairobi, where he took part
    in the summit"; ``return_verbs``): of a trip that is over."""
    below = tok
    for above in tok.ancestors:
        if below.dep_ == "pobj" and above.lower_ == "from" and above.head.lemma_.lower() in lexicon()["return_verbs"]:
            return True
        below = above
    return False


OF_CHAIN = 4  # "of" phrases followed down from a gathering's name to the place it is in


def _of_chain(noun: Token) -> list[Token]:
    """The nouns of the "of" phrases under a gathering's noun, and their conjuncts ("the Summit of
    the Heads of State and Government"), where the parse may hang the gathering's "in X"."""
    found: list[Token] = []
    level = [noun]
    for _ in range(OF_CHAIN):
        level = [
            o
            for t in level
            for c in t.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for o in c.children
            if o.dep_ == "pobj"
        ]
        level += [c for t in level for c in t.conjuncts]
        found += level
    return found


def _to_come(word: Token) -> bool:
    """A gathering noun or the clause about it told as still to come: "the upcoming summit",
    "which X is hosting next week", "which will open in X on Monday"."""
    lx = lexicon()
    ahead = set(lx["plan_adjectives"]) - {"set", "due"}
    if any(c.dep_ in ("amod", "advmod", "npadvmod") and c.lower_ in ahead for c in word.children):
        return True
    if is_verb(word):
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in lx["future_auxiliaries"] for c in word.children):
            return True
        dated = [c for c in word.children if c.dep_ in ("npadvmod", "prep", "advmod")]
        return any(g.lower_ in ahead for c in dated for g in c.subtree)
    return False


def _occasion(noun: Token) -> bool:
    """The gathering is told as the occasion of an event: under a frame preposition ("during the
    summit", "at the forum") or a frame noun ("on the sidelines of the summit")."""
    lx = lexicon()
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ in lx["strong_frame_prepositions"]:
        return True
    return prep.lower_ == "of" and prep.head.lower_ in lx["frame_nouns"]


def venues_of_the_parties(cands: list[Candidate]) -> None:
    """A venue many countries have ("the Presidential Villa", "State House") names no city alone;
    when it is the venue of exactly one participant's country, the event is in that venue's city
    ("X held a meeting with President Buhari at the Presidential Villa": Abuja); so it is when the
    event is placed only in a country that has the venue ("arrived in Paraguay ... met Y at the
    Government Palace": Asunción)."""
    for c in cands:
        in_country = c.place is not None and c.place.kind == "country"
        if c.venue is not None and c.type == "meet" and c.host is not None and c.place is not None and not in_country:
            _hosts_venue(c)  # "was welcomed at Parliament House by PM Y": Y's Parliament House
            continue
        if (c.place is not None and not in_country) or c.venue is None or c.type not in ("meet", "sign_agreement"):
            continue
        countries = {c.place.name} if in_country else {p.country for p in c.participants if p.country}
        found = {
            (v.name, v.country): v
            for country in countries
            if (v := locations.lookup_gazetteer_venue(c.venue, [country])) is not None
            and fold(v.country) == fold(country)
        }
        if len(found) == 1:
            c.place = locations.venue_city(next(iter(found.values())))


def _hosts_venue(c: Candidate) -> None:
    """A venue many countries have, placed by the text around it in the city of a guest's country
    ("PM Lee was welcomed at Parliament House by PM Turnbull", Singapore named before): the host's
    country has one too, and the host receives at home."""
    host = next((p for p in c.participants if p.name == c.host and p.country), None)
    if host is None or c.place is None or fold(c.place.country or "") == fold(host.country or ""):
        return
    if not any(p.country and fold(p.country) == fold(c.place.country or "") for p in c.participants):
        return  # placed by the text in a third country: not the guest's home venue
    venue = locations.lookup_gazetteer_venue(c.venue, [host.country])
    if venue is not None and venue.generic and fold(venue.country) == fold(host.country):
        c.place = locations.venue_city(venue)


def fill_places(cands: list[Candidate]) -> None:
    """Places the story makes plain: a visit's destination stated in another sentence about it,
    a pact signed or a meeting held during a visit stated in the same sentence (which dates the
    event too when its clause has no date of its own), a meeting during a stated stay."""
    visits = [c for c in cands if c.type == "visit" and c.place is not None and not places.is_vague(c.place)]
    stays = visits + [c for c in cands if c.type == "setting" and c.place is not None and not places.is_vague(c.place)]
    for c in cands:  # "X, whose plane landed in Y on Monday, met Z": the meeting followed the landing
        if c.type in ("sign_agreement", "meet") and c.date_inferred:
            dated = [v for v in _framing_visits(c, visits) if v.date and not v.date_inferred]
            if dated and (c.place is None or c.place == dated[0].place):
                c.date, c.date_inferred = dated[0].date, False
    placed = [m for m in cands if m.type == "meet" and m.place is not None]  # by their own words
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
            told = _told_meeting(c, placed)
            if told is not None:  # "X met Y at State House on Monday. During the meeting, the two leaders ..."
                c.place, c.venue, c.date = told.place, c.venue or told.venue, told.date
                continue
            twin = _placed_the_same_day(c, placed)
            if twin is not None:  # "X today received Y ... In the meeting held in Penang, X and Y discussed ..."
                c.place, c.venue = twin.place, c.venue or twin.venue
                continue
            same = _framing_visits(c, visits)
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
                # "X held talks with Y, who paid a courtesy call at State House, Nairobi": the same
                # sentence puts one of them there
                here = [
                    v
                    for v in stays
                    if v.type == "setting"  # not "days after he visited Kyiv"
                    and v.participants[0].key in keys
                    and (v.base, v.sent.start) == (c.base, c.sent.start)
                ]
                if here:
                    c.place, c.venue = here[0].place, c.venue or here[0].venue
                    continue
                # "X arrived in Y on Tuesday. On Wednesday X held talks with Z." (not "X returned from
                # Y on Monday": that stay was over)
                during = [
                    v
                    for v in stays
                    if v.participants[0].key in keys
                    and not v.date_inferred
                    and _within_stay(v.date, c.date)
                    and not _returned_from(v)
                ]
                # "X hosted Y on Wednesday evening. ... Y arrived in Z on Wednesday morning."
                same_day = [
                    v
                    for v in visits
                    if v.participants[0].key in keys
                    and not _returned_from(v)
                    and not v.date_inferred
                    and not c.date_inferred
                    and v.date
                    and v.date == c.date
                ]
                # neither dated by its own words: the traveller's latest arrival just before the meeting
                undated = [
                    v
                    for v in visits
                    if (c.date is None or c.date_inferred)
                    and (v.date is None or v.date_inferred)
                    and not v.noun
                    and v.participants[0].key in keys
                    and v.base + v.trigger.idx < c.base + c.trigger.idx
                    and _sentences_apart(v, c) <= ARRIVAL_SENTENCES
                ]
                if during or same_day or undated:
                    c.place = (during or same_day or undated)[-1].place


def _placed_the_same_day(cand: Candidate, placed: list[Candidate]) -> Candidate | None:
    """The one meeting of the same people on the same day that its own words place (the story tells
    it again with its place, its day stated or taken from the story), not marked as another occasion."""
    if cand.type != "meet" or cand.date is None or cand.date_inferred:
        return None
    keys = {p.key for p in cand.participants}
    same = [
        m
        for m in placed
        if {p.key for p in m.participants} == keys and m.date == cand.date and not another_occasion(m.trigger)
    ]
    return same[0] if len({fold(m.place.name) for m in same}) == 1 else None


def _told_meeting(cand: Candidate, placed: list[Candidate]) -> Candidate | None:
    """The meeting a meeting with no date or place of its own retells ("During the meeting, the
    two leaders ..."): the one meeting of the same people that its own words place (``placed``) and date within
    days of the day the retelling was given (in a story with no date, undated too), and that is not
    marked as another occasion."""
    if cand.type != "meet" or not cand.date_inferred and cand.date is not None:
        return None
    keys = {p.key for p in cand.participants}
    day = dates.to_date(cand.date)
    told = [
        m
        for m in placed
        if {p.key for p in m.participants} == keys
        and not another_occasion(m.trigger)
        and _near(m, day)
        and (cand.venue is None or m.venue is None or fold(cand.venue) == fold(m.venue))  # not "at the airport"
    ]
    return told[0] if len({(fold(m.place.name), m.date) for m in told}) == 1 else None


def _near(told: Candidate, day: date | None) -> bool:
    """A told meeting dated by its own words within days of ``day``; in a story with no date at
    all (``day`` None), any (the story may date it by a weekday it names with its day)."""
    if day is None:
        return True
    stated = dates.to_date(told.date) if told.date and not told.date_inferred else None
    return stated is not None and abs((stated - day).days) <= RETOLD_DAYS


def _returned_from(visit: Candidate) -> bool:
    """A stay told by its end ("returned from Nairobi on Monday", "returned from Nairobi, where he
    took part in the summit"; ``return_verbs``)."""
    return visit.trigger.lemma_.lower() in lexicon()["return_verbs"] or _came_back_from(visit.trigger)


def _framing_visits(event: Candidate, visits: list[Candidate]) -> list[Candidate]:
    """The visits of a participant stated in the event's sentence that frame it (``_frames``)."""
    keys = {p.key for p in event.participants}
    return [
        v
        for v in visits
        if (v.base, v.sent.start_char) == (event.base, event.sent.start_char)
        and v.participants[0].key in keys
        and _frames(v, event)
    ]


def _frames(visit: Candidate, event: Candidate) -> bool:
    """The visit of the same sentence frames the event: named by a noun ("on a visit to X, he
    signed"), told of the event's subject ("X, who arrived in Y, met Z"), or one clause governs
    the other without a clause of its own between them ("visited X and met Y", "arrived in X to
    meet Y") -- not "X held talks with Y, days after he visited Z",
    nor "arrived in X after a stop in Z, where he met Y"."""
    if visit.noun:
        return True
    v, e = dates.governor(visit.trigger), dates.governor(event.trigger)
    if v == e:
        return True
    if v.dep_ == "relcl" and v.head.dep_ in ("nsubj", "nsubjpass") and v.head.head == e:
        return True  # told of the event's subject: "X, who arrived in Y on Monday, met Z"
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
                    and not any(w.lower_ in lx["location_head_nouns"] for w in (obj, *obj.lefts))
                    and places.lookup(obj.text, alternates=False) is None
                    and places.gathering_seat(obj.text) is None  # "at UNGA79": a gathering, no town
                ):  # a building ("the Great Hall", "the guest house Padma") is not a town; nor is a known place
                    return True
    return False


STAY_DAYS = 7  # a meeting this many days after a stated arrival is taken to be in the same place
ARRIVAL_SENTENCES = 2  # an undated meeting this many sentences after an undated arrival is there
RETOLD_DAYS = 3  # a meeting with no date of its own, this near a told meeting of the same people, retells it


def _within_stay(arrival: str | None, day: str | None) -> bool:
    """``day`` falls within a stay that began on ``arrival`` (at most ``STAY_DAYS`` later)."""
    a, d = dates.to_date(arrival), dates.to_date(day)
    return a is not None and d is not None and 0 <= (d - a).days <= STAY_DAYS


def _city_key(place: Place) -> str:
    """A gathering's place folded to compare: a venue by its city."""
    return fold(place.city or place.name) if place.kind == "venue" else fold(place.name)


def unplaced_gathering(
    cands: list[Candidate], found: list[tuple[Place | None, bool]], filed_from: Place | None
) -> Place | None:
    """Where a story's gathering is when the story places none but tells of one as the occasion of
    its events ("on the margins of the 39th Summit") and of no trip out of the country it was filed
    from: where it was filed ("Addis Ababa, February 14 (ENA)--"); else None."""
    if filed_from is None or filed_from.kind != "city" or not found or any(p is not None for p, _ in found):
        return None
    home = fold(filed_from.country or "")
    if any(c.type == "visit" and c.place is not None and fold(_country_of(c.place) or "") != home for c in cands):
        return None  # "X flew to Y for the summit": the summit is not where the story was filed
    return filed_from


def gathering_setting(cands: list[Candidate], found: list[tuple[Place, bool]], stated: bool = True) -> None:
    """A story set at one gathering (every gathering it tells as an occasion, or else every one
    it places, is in one city): its meetings and signings with no place of their own are there,
    unless told as another occasion.  A setting the text does not state (``stated`` False: the
    dateline's, ``unplaced_gathering``) implies no visit of its own."""
    countries = {fold(p.name) for p, _ in found if p.kind == "country"}
    found = [(p, occasion) for p, occasion in found if p.kind != "country"]
    occasions = [p for p, occasion in found if occasion]
    gatherings = occasions or [p for p, _ in found]
    cities = {_city_key(p) for p in gatherings}
    if len(cities) != 1 or countries - {fold(p.country or "") for p in gatherings}:
        return  # not "the G20 summit in Argentina ... the Istanbul summit on Syria": two settings
    here = fold(gatherings[0].country or "")
    if not occasions and any(
        c.type == "meet" and c.place is not None and fold(_country_of(c.place) or "") != here for c in cands
    ):
        return  # a gathering only named ("spoke about the Istanbul summit") in a story of meetings elsewhere
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
            and not (another_occasion(c.trigger) and not _earlier_that_day(c.trigger))
            and not _unknown_place_stated(c)
        ):
            c.place = setting
            c.extra["place_from_story"] = c.extra.get("place_from_story") or not stated


def arrivals_at_gathering(cands: list[Candidate], found: list[tuple[Place, bool]]) -> None:
    """ "Leaders have started arriving for the summit in the Philippines ... X landed at the
    airport": an arrival at the story's own setting (an airport, "the country") that neither a
    dateline nor another arrival places goes to the one place, city or country, of the gatherings
    the story names."""
    where = {_city_key(p): p for p, _ in found}
    countries_of_cities = {fold(p.country or "") for p in where.values() if p.kind != "country"}
    where = {k: p for k, p in where.items() if not (p.kind == "country" and fold(p.name) in countries_of_cities)}
    if len(where) != 1:  # "the summit in Malawi ... the summit in Lilongwe": Lilongwe
        return
    (setting,) = where.values()
    for c in cands:
        if c.type == "visit" and c.place is None and c.extra.get("setting") and not c.in_sequence:
            c.place = setting


DATELINE_DAYS = 2  # a meeting this recent, with no place stated, is taken to be where the story was filed


def dateline_place(article: Article, entities, line: Dateline | None = None) -> Place | None:
    """The city of the story's dateline ("NAIROBI — ...", "DOHA, March 19 (Reuters) - ..."), read
    once by ``ingest.datelines`` onto ``Article.dateline`` (or given as ``line``); a country alone
    places nothing."""
    line = line or datelines.of_article(article)
    if line is None:
        return None
    place = entities.place_at(line.city_start, line.city_end)
    if (
        line.place is not None
        and line.place.kind == "city"
        and (place is None or place.kind == "country" or fold(place.name) != fold(line.city))
    ):
        # "NUR-SULTAN, October 7" is Astana by the gazetteer, whatever a word of it names alone;
        # "KUWAIT:" is Kuwait City, the capital that shares the country's name
        place = line.place
    return place if place is not None and place.kind != "country" else None


LEAD_SENTENCES = 1  # with no dateline, "here" is the city the story's first sentence puts its news in


def lead_city(sentences: list[tuple[Span, int, object]], article: Article) -> Place | None:
    """With no dateline, the city the story's first sentence of its own (no headline, no caption)
    puts its news in ("X said Tuesday in New Delhi that ..."), else the city of its headline ("Modi,
    Sharif meet in Ufa"): where "here" is."""
    framing = [(s.start, s.end) for s in article.segments if s.kind in ("headline", "caption")]
    body = (
        (sent, base, view)
        for sent, base, view in sentences
        if not any(a <= base + sent.start_char < b for a, b in framing)
        and len(sent) > 3
        and _names_something(sent, base, view)
    )
    headlines = [(s.start, s.end) for s in article.segments if s.kind == "headline"]
    headline = (
        (sent, base, view)
        for sent, base, view in sentences
        if any(a <= base + sent.start_char < b for a, b in headlines)
    )
    # else the city its headline puts the news in ("Modi, Sharif meet in Ufa")
    for sent, base, view in chain(islice(body, LEAD_SENTENCES), islice(headline, 1)):
        for tok in sent:
            if tok.lower_ != "in" or tok.dep_ != "prep" or not is_verb(tok.head):
                continue
            for obj in (c for c in tok.children if c.dep_ == "pobj"):
                place = view.place_at(base + obj.left_edge.idx, base + obj.idx + len(obj))
                if place is not None and place.kind == "city":
                    return place
    return None


def _names_something(sent: Span, base: int, view) -> bool:
    """The sentence names a person or a place: news, not a page's line ("This article was first
    published 18 years ago", "Get News in your Inbox")."""
    start, end = base + sent.start_char, base + sent.end_char
    return any(start <= m.start and m.end <= end for m in getattr(view, "mentions", ()))


def here_places(cands: list[Candidate], place: Place | None) -> None:
    """What happened "here" in a story with no dateline happened in the city of its first sentence;
    so did a meeting told as the story's news (no date of its own, no other occasion, no place
    stated that the gazetteer does not know)."""
    if place is None:
        return
    for c in cands:
        if c.place is None and c.type in ("meet", "visit", "sign_agreement") and _here(c):
            c.place = place
        elif (c.date_inferred or c.date is None) and c.venue is None and _unplaced_meeting(c):
            c.place = place


def _unplaced_meeting(cand: Candidate) -> bool:
    """A meeting with no place, told as no other occasion and not under "after"/"before", whose
    clause states no place the gazetteer does not know: one the story's setting may place."""
    return (
        cand.type == "meet"
        and cand.place is None
        and not cand.in_sequence
        and not another_occasion(cand.trigger)
        and not _unknown_place_stated(cand)
    )


def _here(cand: Candidate) -> bool:
    """The clause says the event happened "here": where the story was filed."""
    return any(c.lower_ == "here" and c.dep_ == "advmod" for t in clause_chain(cand.trigger) for c in t.children)


def _lead(cand: Candidate) -> bool:
    """The event is told in the sentence the dateline opens: the story's own news."""
    end = cand.extra.get("dateline_end")
    if end is None:
        return False
    start = cand.base + cand.sent.start_char
    if start <= end <= cand.base + cand.sent.end_char:
        return True
    text = nlp.text_of(cand.sent.doc)
    return end <= start and not text[end - cand.base : cand.sent.start_char].strip()


def dateline_places(cands: list[Candidate], place: Place | None, anchor: date | None) -> None:
    """Meetings with no place that happened "here", that a host gave ("X received Y"), that the
    sentence the dateline opens tells, or that are stated to have happened on the story's day or
    just before, take the place of its dateline."""
    if place is None:
        return
    for c in cands:
        if c.place is None and c.type in ("meet", "visit", "sign_agreement") and (_here(c) or c.extra.get("setting")):
            c.place = place  # "here", "arrived in the capital": where the story was filed
        elif _unplaced_meeting(c) and (
            (c.venue is None and c.host is not None and not _host_of_another_country(c, place))
            # the story's own news, undated; also at a venue no gazetteer places ("(Danang, Vietnam) –
            # X met Y ... in Ha Noi Hall"): a venue of the dateline's city
            or (_lead(c) and (c.date_inferred or c.date is None))
            or _envoy_at_post(c, place)
        ):
            c.place = place  # "MUSCAT: X received Y": a host receives at home, where the story was filed
    if anchor is None:
        return
    placed = [c for c in cands if c.type == "meet" and c.place is not None]
    for c in cands:
        day = dates.to_date(c.date)
        if (
            c.type == "meet"
            and c.place is None
            and day is not None
            and not c.date_inferred
            and 0 <= (anchor - day).days <= DATELINE_DAYS
            and not _unknown_place_stated(c)
            and not _visit_to_the_host(c, place, cands)
        ):
            # "the talks between X and Y on Saturday" told again: where the story placed them before
            c.place = next((p.place for p in placed if _told_before(c, p)), place)


def _envoy_at_post(cand: Candidate, place: Place) -> bool:
    """ "ISLAMABAD - ... X met the Ambassador of Nepal to Pakistan Y": an envoy posted to the
    dateline's country meets there, when no other party is of another country."""
    country = fold(_country_of(place) or "")
    envoys = [p for p in cand.participants if any(" to " in r.title for r in p.roles) and posted_in(p, place)]
    others = [p for p in cand.participants if p not in envoys]
    return bool(envoys and others and country) and all(fold(p.country or country) == country for p in others)


def _visit_to_the_host(cand: Candidate, place: Place, cands: list[Candidate]) -> bool:
    """ "BEIRUT (TASS) - Syrian President X received Y ... Y was on a visit to Damascus": a host of
    another country than the dateline's whom the guest is told visiting receives at home."""
    host = _host_of(cand)
    if host is None or not _host_of_another_country(cand, place):
        return False
    guests = {p.key for p in cand.participants if p.key != host.key}
    return any(
        c.type == "visit"
        and c.place is not None
        and fold(_country_of(c.place) or "") == fold(host.country or "")
        and any(p.key in guests for p in c.participants)
        for c in cands
    )


def _told_before(cand: Candidate, placed: Candidate) -> bool:
    """A meeting the story placed before, of the same pair and on no other stated day."""
    same_day = placed.date is None or placed.date_inferred or placed.date == cand.date
    return same_day and {p.key for p in cand.participants} == {p.key for p in placed.participants}


def _host_of_another_country(cand: Candidate, place: Place) -> bool:
    """ "ANKARA (AA) - ... President of Indonesia X received the Turkish minister": a host of
    another country than the dateline's receives at home, not where the story was filed."""
    host = _host_of(cand)
    where = _country_of(place)
    return host is not None and bool(host.country) and where is not None and fold(host.country) != fold(where)


def setting_from_arrivals(cands: list[Candidate]) -> None:
    """ "X arrived in Addis Ababa this morning. Y arrived in the capital yesterday": with no dateline
    to say which capital, the story's setting is the one city all its other stated visits go to."""
    unplaced = [c for c in cands if c.type == "visit" and c.place is None and c.extra.get("setting")]
    if not unplaced:
        return
    cities = {
        fold(c.place.name): c.place
        for c in cands
        if c.type == "visit" and c.place is not None and c.place.kind == "city" and not c.extra.get("setting")
    }
    if len(cities) == 1:
        (city,) = cities.values()
        for c in unplaced:
            c.place = city


def arrivals_of_groups(cands: list[Candidate], groups: list[Candidate]) -> None:
    """ "Heads of state have arrived in Peru for the inauguration. X arrived yesterday": arrivals
    that nothing else placed go to the one place the arrivals of unnamed groups told before them go to."""
    unplaced = [c for c in cands if c.type == "visit" and c.place is None and c.extra.get("setting")]
    if not unplaced:
        return
    first = min(c.base + c.trigger.idx for c in unplaced)
    where = {
        fold(g.place.name): g.place
        for g in groups
        if g.place is not None and not places.is_vague(g.place) and g.base + g.trigger.idx < first
    }
    if len(where) == 1:
        (place,) = where.values()
        for c in unplaced:
            c.place = place


def trip_setting(cands: list[Candidate], implied: list[Candidate] = ()) -> None:
    """A story of one trip ("X arrived in Abuja ... X was received by Y"): a meeting or signing of
    a traveller that names no place and is told as no other occasion is in the one place the
    story's visits of its participants go to (stated on a day that agrees with its own, when it
    states one: not "held talks with Y on Friday, days after he visited Z"), ``implied`` ones
    (``presence_abroad``: "X met Y in Lima" puts X in Lima) among them."""
    trips = [
        v
        for v in [*cands, *implied]
        if v.type == "visit"
        and v.place is not None
        and not places.is_vague(v.place)
        and not another_occasion(v.trigger)
    ]
    for c in cands:
        if (
            c.place is not None
            or c.venue is not None
            or c.type not in ("meet", "sign_agreement")
            or c.in_sequence
            or (another_occasion(c.trigger) and not _earlier_that_day(c.trigger))
            or _unknown_place_stated(c)
        ):
            continue
        keys = {p.key for p in c.participants}
        found = {
            fold(v.place.name): v.place
            for v in trips
            if v.participants[0].key in keys
            and (
                not c.date
                or c.date_inferred
                # "on the second day of his visit to India": a trip of no stated day, told in a sentence
                # of its own (not "met Y on Friday, days after he visited Kyiv")
                or (v.date is None and not v.in_sequence and v.sent.start != c.sent.start)
                or (v.date and not v.date_inferred and dates.agree(v.date, c.date))
            )
        }
        # "his visit to India ... in New Delhi": a country the trip's city lies in is that city
        cities_in = {fold(p.country or "") for p in found.values() if p.kind != "country"}
        found = {k: p for k, p in found.items() if not (p.kind == "country" and fold(p.name) in cities_in)}
        if len(found) == 1:
            c.place = next(iter(found.values()))
            c.extra["place_from_story"] = True  # implies no further visit (``presence_abroad``)


def _earlier_that_day(trigger: Token) -> bool:
    """ "Earlier, X and Y met", "X earlier also met Y": "earlier" (or "later") on the clause and no
    other mark of another occasion tells an earlier part of the same trip, not another meeting of it."""
    opening = trigger.sent[0]
    sequence = ("earlier", "later")
    marks = [c for t in clause_chain(trigger) for c in t.children if c.dep_ == "advmod" and c.lower_ in sequence]
    if opening.lower_ in sequence and opening.dep_ == "advmod" and opening not in marks:
        marks.append(opening)
    return len(marks) == 1 and not another_occasion(trigger, besides=marks[0])


def cities_for_countries(cands: list[Candidate], dateline: Place | None, entities) -> None:
    """An event placed only in a country ("met the Qatari Emir"), when its own sentence puts its
    news in one city of that country ("met Y at the summit in Argentina, their second meeting in
    Buenos Aires"), or the story puts a participant in one city of that country (an arrival, a
    visit, a meeting with people it does not name: "In Helsinki, X first met with our citizens") or
    was filed from one, is in that city.  A visit to a country goes to the one city of it where the
    story has the visitor meet someone ("received King X on his first visit to Y ... their meeting in Z")."""
    for c in cands:
        if c.place is None or c.place.kind != "country":
            continue
        if c.type == "visit":
            _city_of_the_visit(c, cands)
            continue
        own = city_of_the_sentence(c.sent, c.place, entities)
        if own is not None:
            c.place = own
            continue
        keys = {p.key for p in c.participants}
        country = fold(c.place.name)
        cities = {
            v.place.name: v.place
            for v in cands
            if v.type in ("visit", "setting")
            and v.place is not None
            and v.place.kind == "city"
            and fold(v.place.country or "") == country
            and v.participants[0].key in keys
        }
        if not cities and dateline is not None and fold(dateline.country or "") == country:
            cities = {dateline.name: dateline}
        if len(cities) == 1:
            c.place = next(iter(cities.values()))


def _city_of_the_visit(visit: Candidate, cands: list[Candidate]) -> None:
    """The one city of the visited country where the story has the visitor meet someone."""
    who, country = visit.participants[0].key, fold(visit.place.name)
    cities = {
        m.place.name: m.place
        for m in cands
        if m.type == "meet"
        and m.place is not None
        and m.place.kind == "city"
        and fold(m.place.country or "") == country
        and who in {p.key for p in m.participants}
        and (m.date is None or visit.date is None or dates.agree(m.date, visit.date) or m.date_inferred)
    }
    if len(cities) == 1:
        visit.place = next(iter(cities.values()))


def hosts_at_home(
    cands: list[Candidate],
    gatherings: list[tuple[Place, bool]],
    unplaced_occasion: bool = False,
    filed_from: Place | None = None,
) -> None:
    """A meeting its host gave ("X received Y", "X met the visiting Y") that nothing else places, or
    that is placed only in the country of one of its participants, is in the capital of the host's
    country, when the guests are of other countries (or of none known but come to the host's on a
    trip the story tells), the story tells of no trip of the host (for a
    meeting with no place), is not filed from a third country (``filed_from``) and places no
    gathering outside that country; a meeting with no place of a guest who came to a gathering the
    story does not place ("arrived here to attend the summit ... called on Y") is left where the
    story leaves it."""
    travelling = {c.participants[0].key for c in cands if c.type == "visit" and not _returned_from(c)}
    filed = fold(_country_of(filed_from) or "")
    unplaced_trip = {c.participants[0].key for c in cands if c.type == "visit" and c.place is None}
    for c in cands:
        if c.type != "meet" or c.venue is not None or c.in_sequence or another_occasion(c.trigger):
            continue
        if c.place is None and unplaced_occasion and any(p.key in unplaced_trip for p in c.participants):
            continue
        if c.place is None and not _unknown_place_stated(c):
            host = _host_of(c)
            if host is not None and host.key in travelling:
                continue
        elif c.place is not None and c.place.kind == "country":
            at_home = [p for p in c.participants if p.country and fold(p.country) == fold(c.place.name)]
            host = at_home[0] if len(at_home) == 1 else None  # "met Modi in India": Modi's seat
        else:
            continue
        if host is None or not host.country:
            continue
        home = fold(host.country)
        guests = [p for p in c.participants if p.key != host.key]
        come = {v.participants[0].key for v in cands if v.type == "visit" and _visits_country(v, home)}
        if not guests or any(fold(g.country or "") == home or not g.country and g.key not in come for g in guests):
            continue  # a guest of no known country counts when the story tells of its trip to the host's
        if any(fold(_country_of(place) or "") != home for place, _ in gatherings):
            continue
        if c.place is None and filed and filed != home and all(filed != fold(g.country) for g in guests):
            continue  # "ROME • ... X also called on Y": a story filed from a third country, not Y's capital
        capital = places.capital_of(host.country)
        if capital is not None:
            c.place = capital


def _visits_country(visit: Candidate, country: str) -> bool:
    """A visit the story places in ``country`` (folded), to the country or one of its towns."""
    return visit.place is not None and fold(_country_of(visit.place) or "") == country and not _returned_from(visit)


def story_city(cands: list[Candidate]) -> None:
    """A meeting nothing else places, told as the story's news (no date of its own, or the day of
    a placed event), of someone the story places, is in the one city where the story places all its
    other meetings and visits."""
    placed = [
        c
        for c in cands
        if c.type in ("meet", "visit")
        and c.place is not None
        and c.place.kind == "city"
        and not c.in_sequence
        and not another_occasion(c.trigger)
        and not past_perfect(c.trigger)  # "They had met in Qingdao in June": not where the story is
    ]
    cities = {_city_key(c.place): c.place for c in placed if c.place is not None}
    if len(cities) != 1:
        return
    city = next(iter(cities.values()))
    days = {c.date for c in placed if c.date}
    followed = {p.key for c in placed for p in c.participants}
    # "X was on a visit to Damascus": the stay the story tells, undated, holds its meetings of any day
    staying = {p.key for c in placed if c.date is None and c.type == "visit" for p in c.participants}
    for c in cands:
        if (
            any(p.key in followed for p in c.participants)  # a meeting of the people the story follows
            and (c.date_inferred or c.date is None or c.date in days or any(p.key in staying for p in c.participants))
            and _unplaced_meeting(c)
        ):
            c.place = city


def _host_of(cand: Candidate) -> Person | None:
    """The host of a meeting: the one its verb names ("X received Y"), else the one participant
    who is not called a visitor ("met the visiting Y")."""
    if cand.host is not None:
        return next((p for p in cand.participants if p.name == cand.host), None)
    words = set(lexicon()["visitor_words"])
    visiting = [t.head for t in cand.sent if t.lower_ in words and t.dep_ in ("amod", "compound")]
    guests = [p for p in cand.participants if any(_names(head, p) for head in visiting)]
    others = [p for p in cand.participants if p not in guests]
    return others[0] if guests and len(others) == 1 else None


def _names(head: Token, person: Person) -> bool:
    """The noun phrase of ``head`` (with what stands beside it) holds the person's last name."""
    last = fold(person.name).split()[-1:]
    words = {fold(t.text) for t in head.subtree} | {
        fold(t.text) for a in head.children if a.dep_ == "appos" for t in a.subtree
    }
    return bool(last) and last[0] in words


def presence_abroad(cands: list[Candidate], gatherings: list[tuple[Place, bool]] = ()) -> list[Candidate]:
    """A visit the story implies: a guest of a meeting or signing held in a city of a country
    not their own, hosted there by someone of that country ("X received Y at State House, Nairobi"),
    was there, unless the story already tells of their trip to that country or they are posted
    there ("Ambassador to Z's country"). Two foreigners meeting in a third country ("on the
    sidelines of the summit in Z") or at a city where the story's gathering is held imply no visit:
    a summit's delegates attend it, they do not visit its host. One visit per person and country,
    dated like the first event."""
    gathered = {_city_key(g) for g, _ in gatherings}
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
            # a country for a place only with a host received in it ("welcomed Y to China")
            or (c.place.kind == "country" and not any(p.name == c.host and p.country for p in c.participants))
            or c.in_sequence
            or another_occasion(c.trigger)
            or c.extra.get("place_from_story")
        ):
            continue
        where = fold(_country_of(c.place) or "")
        if not where:
            continue
        if _city_key(c.place) in gathered or fold(c.place.city or "") in gathered:
            continue  # the story's summit city: its delegates attend, they do not visit
        # a host the story names with no country of their own receives at home ("Acting President X
        # received the visiting Ghanaian President Y at the Presidential Villa, Abuja")
        hosting = [p for p in c.participants if p.name == c.host and not p.country]
        if not hosting and not any(p.country and fold(p.country) == where for p in c.participants):
            continue  # no host at home: two foreigners meeting in a third country
        for person in c.participants:
            if not person.country or fold(person.country) == where or (person.key, where) in told:
                continue
            if posted_in(person, c.place):
                continue  # posted there: "the Chinese Ambassador to Russia" lives in Moscow
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
    """The country a place lies in (the place itself when it is a country)."""
    if place is None:
        return None
    return place.name if place.kind == "country" else place.country
