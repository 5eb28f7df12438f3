"""Where an event happened: the place and venue a clause states.

Holds ``locate(chain, entities, preps, trigger, people_roots)`` (place and venue of a clause),
``place_of_token(tok, entities)`` (the place and venue a noun phrase names) and ``destination``
(where a visit goes: "visit to X", "arrived in X", "the X visit").  Place names are resolved by
the entity layer (``ingest.people.Entities``) and, for a name it left out, by the gazetteer.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from diplograph.ingest import dates, places, roles
from diplograph.ingest.event_syntax import bounds, is_verb, lexicon, paid_call, path_to, prep_objects, span_root
from diplograph.ingest.records import Person, Place, fold


def np_span(tok: Token) -> Span:
    """The noun phrase a token heads, without its prepositional and clausal tails."""
    left = tok.left_edge.i
    right = tok.i
    for child in tok.rights:
        if child.dep_ in ("compound", "amod", "nummod", "flat", "nmod"):
            right = max(right, child.right_edge.i)
        else:
            break
    return tok.doc[left : right + 1]


def place_of_token(tok: Token, entities) -> tuple[Place | None, str | None]:
    """The place and the venue a noun phrase names, through the entity layer (or the gazetteer
    for a place name the entity layer left out)."""
    span = np_span(tok)
    lx = lexicon()
    lemma = tok.lemma_.lower()
    if lemma in TOWN_NOUNS:  # "the resort town of El Gouna": the town named
        named = [o for o in prep_objects(tok, ("of",)) if o.pos_ == "PROPN"]
        if named and entities.person_at(named[0].idx, named[0].idx + len(named[0])) is None:
            place, venue = place_of_token(named[0], entities)
            place = place or _town_named(named[0], np_span(named[0]).text)
            if place is not None:
                return place, venue
    if (lemma in lx["gathering_nouns"] or lemma in lx["location_head_nouns"]) and tok.i == span.end - 1:
        # "the ASEAN Summit", "the Conference": an occasion or a building, never a town of that name;
        # but "Moscow's Vnukovo airport" lies in the town that owns it
        venue_at = getattr(entities, "venue_at", None)
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        town = entities.place_at(owner.left_edge.idx, owner.idx + len(owner)) if owner is not None else None
        if town is not None and town.kind == "venue":
            town = None
        town = town or _city_before(tok, entities) or _national_seat(tok) or _gazetteer_city(span, entities)
        return town, venue_at(span.start_char, span.end_char) if venue_at is not None else None
    place = entities.place_at(span.start_char, span.end_char)
    if (
        place is None
        and tok.pos_ == "PROPN"
        and tok.dep_ in ("pobj", "appos")
        and tok.ent_type_ in ("GPE", "LOC", "FAC")
    ):
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        # a facility's name may end in its city: "the Great Hall of the People in Beijing"
        name = ent.text if ent is not None and ent.label_ != "FAC" else span.text
        building = getattr(entities, "building_words", frozenset())  # "arrival in Miraflores": the palace's
        if entities.person_at(span.start_char, span.end_char) is None and tok.text not in building:
            place = places.lookup(name) or _town_named(tok, name)
    venue = None
    venue_at = getattr(entities, "venue_at", None)
    if venue_at is not None:
        venue = venue_at(span.start_char, span.end_char)
    if place is not None and place.kind == "venue":
        venue = venue or place.name
        place = None
    return place, venue


TOWN_NOUNS = ("city", "town", "port", "village", "resort")


def _town_named(tok: Token, name: str) -> Place | None:
    """A town the gazetteer lacks, which the text calls one ("the coastal city of New Alamein", "the
    Egyptian resort town of El Gouna"): a city of that name, in the country a demonym gives."""
    head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    if head is None or head.lemma_.lower() not in TOWN_NOUNS or not name[:1].isupper():
        return None
    countries = [c for w in head.children if w.dep_ in ("amod", "compound") if (c := places.country_name(w.text))]
    return Place(name=name, kind="city", country=countries[0] if countries else None)


def _national_seat(tok: Token) -> Place | None:
    """The capital of the country whose seat of state a building is: "the Kuwaiti Ministry of
    Foreign Affairs", "the headquarters of the Egyptian Foreign Ministry", "the presidential palace
    of Ghana" (the nouns are ``national_seat_nouns``; an embassy is abroad and is none)."""
    lx = lexicon()
    for head in [tok, *prep_objects(tok, ("of",))]:
        if head.lemma_.lower() not in lx["national_seat_nouns"]:
            continue
        words = [c for c in head.children if c.dep_ in ("amod", "compound", "poss")] + prep_objects(head, ("of",))
        for w in words:
            capital = places.capital_of(w.text)
            if capital is not None:
                return capital
    return None


RANK = {"city": 3, "region": 2, "country": 1}


def precision(place: Place) -> int:
    """How narrowly a place locates an event: a city before a region before a country before a
    continent ("his Asia tour began in Kazakhstan": Kazakhstan)."""
    return -1 if places.is_vague(place) else RANK.get(place.kind, 0)


def where_antecedent(chain: list[Token], entities) -> tuple[Place, str | None] | None:
    """ "... a stop in Buenos Aires, where he met Y": the place a "where" clause hangs from."""
    if len(chain) < 2 or chain[-2].dep_ != "relcl":
        return None
    clause = chain[-2]
    if not any(c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children):
        return None
    place, venue = place_of_token(chain[-1], entities)
    return (place, venue) if place is not None else None


def locate(
    chain: list[Token],
    entities,
    preps: frozenset[str],
    trigger: Token | None = None,
    people_roots: frozenset[int] = frozenset(),
) -> tuple[Place | None, str | None]:
    """Place and venue of a clause: "in Y", "at X in Y", "in the Venezuelan capital", "on the
    sidelines of a summit in Y", "with Z at the Great Hall in Y".

    A candidate is a noun phrase under a place preposition (asked of the entity layer, which also
    reads descriptions), or a place or venue mention.  It counts when its path up to the clause
    passes through a place preposition and only through words that locate: the parties, venues,
    places, meeting words ("summit", "sidelines") -- not "the war in Y" or "sanctions on Y".
    """
    lx = lexicon()
    where = where_antecedent(chain, entities)
    if where is not None:
        return where
    trigger = trigger if trigger is not None else chain[0]
    doc = trigger.doc
    lo, hi = bounds(trigger)
    chain_ids = {t.i for t in chain}
    chain_ids |= _retold_in_relative(doc[lo:hi], chain_ids | set(people_roots))
    lo_c, hi_c = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
    venues = [v for v in getattr(entities, "venues", ()) if not v.organisation and lo_c <= v.start and v.end <= hi_c]
    place_mentions = [
        m for m in getattr(entities, "mentions", ()) if getattr(m, "place", None) and lo_c <= m.start and m.end <= hi_c
    ]
    spans = [(v.start, v.end) for v in venues] + [(m.start, m.end) for m in place_mentions]
    allowed = set(people_roots)
    for i in people_roots:  # "met Y, President of the Republic of Tunisia in Brussels": the title's words
        # (not a common noun inside it: "Y, the Special Representative for ... and the crisis in Z")
        allowed.update(
            t.i
            for c in doc[i].children
            if c.dep_ == "appos" and roles.is_head(c)
            for t in c.subtree
            if t.pos_ != "NOUN" or roles.is_head(t)
        )
        # "met Y of the Australian Department of Foreign Affairs and Trade in Seoul": the body a person is of
        allowed.update(
            t.i
            for c in doc[i].children
            if c.dep_ == "prep" and c.lower_ == "of"
            for o in c.children
            if o.dep_ == "pobj" and o.ent_type_ == "ORG"
            for t in o.subtree
            if t.ent_type_ == "ORG"
        )
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            allowed.update(t.i for t in span)
    words = (
        lx["locative_nouns"]
        | lx["meet_nouns"]
        | lx["visit_nouns"]
        | lx["location_head_nouns"]
        | lx["occasion_nouns"]
        | lx["occasion_parts"]  # "on the first day of the program in Y"
    )
    for ent in doc.ents:  # "the Commonwealth Heads of Government Meeting (CHOGM) in Y": a gathering's name
        if lo <= ent.start and ent.end <= hi and (ent.label_ == "EVENT" or any(t.lemma_.lower() in words for t in ent)):
            allowed.update(range(ent.start, ent.end))

    # "welcomed Y to Brasilia": where a guest is welcomed to is where they met
    welcomed = is_verb(trigger) and trigger.lemma_.lower() in lx["welcome_verbs"]

    def located(tok: Token) -> bool:
        if tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in dates.date_words()["months"]:
            return False  # "in March" is a date, whatever a gazetteer says
        path = path_to(tok, chain_ids, trigger)
        if not path:
            return False
        if not any(
            t.dep_ == "prep" and t.lemma_.lower() in preps and (t.lower_ not in ("to", "into") or welcomed)
            for t in path[1:]
        ):
            return False
        return all(
            t.i in allowed or t.lemma_.lower() in words or t.ent_type_ in ("GPE", "LOC", "FAC")
            for t in path[1:]
            if t.pos_ in ("NOUN", "PROPN")
        )

    found: list[tuple[int, Place]] = []
    venue: tuple[int, str] | None = None

    def take_token(tok: Token) -> None:
        nonlocal venue
        place, ven = place_of_token(tok, entities)
        if place is not None:
            found.append((tok.i, place))
        if ven and venue is None:
            venue = (tok.i, ven)

    def take_venue(root: Token, v) -> None:
        nonlocal venue
        venue = venue or (root.i, v.name)
        city = _venue_city(v)
        if city is not None:
            found.append((root.i, city))

    for tok in doc[lo:hi]:
        if not (tok.dep_ in ("pobj", "appos", "conj") and tok.pos_ in ("NOUN", "PROPN")):
            continue
        if tok.dep_ == "pobj" and tok.head.lemma_.lower() not in preps:
            continue
        if located(tok):
            take_token(tok)
    for m in place_mentions:
        root = span_root(doc, m.start, m.end)
        if root is not None and located(root):
            found.append((root.i, m.place))
    for v in venues:
        root = span_root(doc, v.start, v.end)
        if root is not None and located(root):
            take_venue(root, v)
    for tok in chain[1:]:
        # "made the remarks at State House, Entebbe in a meeting with Y": the parse hangs the event
        # word on the place, so the place is on the way up from it, under a place preposition
        top = tok.head if tok.dep_ == "appos" else tok
        if found or tok.pos_ != "PROPN" or not (top.dep_ == "pobj" and top.head.lemma_.lower() in preps):
            continue
        take_token(tok)
        for v in venues:
            if span_root(doc, v.start, v.end) == tok:
                take_venue(tok, v)
    if not found and venue is None:  # "their first White House meeting", "the Kremlin talks"
        named = _named_before(trigger, venues, entities)
        if named is not None:
            found, venue = [(trigger.i, named[0])] if named[0] is not None else [], named[1]
    found = consistent(found, doc)
    best = None
    if found:
        best = max(found, key=lambda x: (precision(x[1]), -x[0]))[1]
    return best or _trip_for(trigger, entities), (venue[1] if venue else None)


def _city_before(tok: Token, entities) -> Place | None:
    """A city named right before a building's word ("landed at Beijing airport", "the Tbilisi
    residence"): the town it lies in."""
    for c in tok.children:
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i:
            town = entities.place_at(c.left_edge.idx, c.idx + len(c))
            if town is not None and town.kind == "city":
                return town
    return None


def _gazetteer_city(span: Span, entities) -> Place | None:
    """The city of a building the venue gazetteer knows, named by the phrase ("touched down at Hosea
    Kutako International Airport": Windhoek)."""
    for v in getattr(entities, "venues", ()):
        if not v.organisation and not v.generic and v.start < span.end_char and span.start_char < v.end:
            return v.city_place  # the gazetteer's own city, not a word of the sentence around it
    return None


def _venue_city(venue) -> Place | None:
    """The city a venue mention lies in: the gazetteer's city of its name, else the one read beside it."""
    return places.lookup(venue.city) if venue.city else getattr(venue, "city_place", None)


def _named_before(noun: Token, venues, entities) -> tuple[Place | None, tuple[int, str] | None] | None:
    """A venue or a city named right before a meeting noun as its modifier ("their first White House
    meeting", "the Moscow talks"): the place (the venue's city) and the venue; not a demonym, nor the
    countries of a "Japan-Korea summit"."""
    if noun.pos_ != "NOUN":
        return None
    for c in noun.children:
        if c.dep_ not in ("compound", "nmod") or c.pos_ != "PROPN" or c.i > noun.i or places.is_demonym(c.text):
            continue
        lo, hi = noun.doc[c.left_edge.i].idx, c.idx + len(c)
        for v in venues:
            if lo <= v.start and v.end <= hi:
                return _venue_city(v), (c.i, v.name)
        place = entities.place_at(lo, hi)
        if place is not None and place.kind == "city":  # not "a Japan-Republic of Korea summit meeting"
            return place, None
    return None


def _retold_in_relative(tokens: Span, anchors: set[int]) -> set[int]:
    """The meeting nouns of relative clauses that tell the event again: "talks with Y, who paid
    him a courtesy call at State House, Nairobi", "Y, who held talks with him at the palace".  A
    clause on a party or on the event word whose verb holds a meeting (a paid call, a light verb
    with a meeting noun) places the same meeting, unless it dates itself to another time ("who
    met him last year in X")."""
    lx = lexicon()
    found: set[int] = set()
    for verb in tokens:
        if verb.dep_ != "relcl" or verb.head.i not in anchors or _dated_apart(verb):
            continue
        for obj in verb.children:
            held = obj.lemma_.lower() in lx["meet_nouns"] and verb.lemma_.lower() in lx["noun_light_verbs"]
            if obj.dep_ == "dobj" and (held or paid_call(obj)):
                found.add(obj.i)
    return found


def _dated_apart(verb: Token) -> bool:
    """A clause that names a time of its own other than the story's day: a year, "last ...", "ago"."""
    past = {*dates.date_words()["past_words"], "ago"}
    return any(t.ent_type_ == "DATE" and (t.like_num and len(t.text) == 4 or t.lower_ in past) for t in verb.subtree)


def _trip_for(noun: Token, entities) -> Place | None:
    """ "was off to Mainz for a meeting with Y", "flew to X for talks": the meeting a trip is for is
    held where the trip goes."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    head = noun.head.head
    for word in [head, *(c for c in head.children if c.dep_ in ("advmod", "acomp", "prt"))]:
        place = destination(word, entities, {"to"}, dobj=False)
        if place is not None:
            return place
    return None


def consistent(found: list[tuple[int, Place]], doc: Doc) -> list[tuple[int, Place]]:
    """Cities read again in the country the sentence names beside them ("Bali, Indonesia")."""
    countries = {p.name for _, p in found if p.kind == "country"}
    if not countries:
        return found
    out = []
    for i, p in found:
        if p.kind == "city" and p.country not in countries:
            again = next((c for c in (places.find_city(doc[i].text, k) for k in sorted(countries)) if c), None)
            if again is None:
                continue
            p = again
        out.append((i, p))
    return out


def _object_places(obj: Token, entities, preps: frozenset[str]) -> list[Place]:
    """The places a destination names: its own ("in X"), one set beside it ("X, the capital of
    Y") and one it lies in ("the presidential villa in X")."""
    found = []
    p, _ = place_of_token(obj, entities)
    if p is not None:
        found.append(p)
    for extra in obj.children:
        if extra.dep_ == "appos":
            target: Token | None = extra
        elif (extra.dep_ == "prep" and extra.lower_ in preps and extra.lower_ != "from") or (
            extra.lower_ == "of" and obj.lemma_.lower() in TOWN_NOUNS  # "the coastal city of X"
        ):
            target = next((g for g in extra.children if g.dep_ == "pobj"), None)
        else:
            continue
        if target is not None:
            p2 = _town_of(target, entities)
            if p2 is not None:
                found.append(p2)
    return found


def _town_of(target: Token, entities) -> Place | None:
    """The place a word names; a known town itself where the words before it in its name make none
    ("in west London")."""
    p = place_of_token(target, entities)[0]
    described = [c for c in target.lefts if c.dep_ in ("compound", "amod")]
    if p is None and target.ent_type_ in ("GPE", "LOC") and described and all(c.text[:1].islower() for c in described):
        p = places.lookup(target.text)  # not "Little Rock" read as "Rock"
    return p


def _town_after(tok: Token, objects: list[Token], entities) -> list[Place]:
    """The town of a destination the gazetteers do not know, which the parse hung on the verb
    right after it ("flew into RAF Northolt in west London")."""
    doc = tok.doc
    for o in objects:
        if o.pos_ != "PROPN":  # a name the gazetteers lack, not "return to the truce in X"
            continue
        k = o.right_edge.i + 1
        if k < len(doc) and doc[k].lower_ == "in" and doc[k].head == tok:
            target = next((g for g in doc[k].children if g.dep_ == "pobj"), None)
            if target is None:
                continue
            # "in west London": the town itself, where the words before it make no known place
            p = _town_of(target, entities)
            if p is not None:
                return [p]
    return []


def _items(obj: Token) -> list[Token]:
    """A list's items from its first ("Egypt, Ghana, the Republic of the Congo and Angola"; the
    parse may hang an item as an apposition, which then goes on the list)."""
    out = [obj]
    for c in obj.children:
        if c.dep_ == "conj" or (c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children)):
            out += _items(c)
    return out


def destination(tok: Token, entities, preps: frozenset[str] | set[str], dobj: bool) -> Place | None:
    """Where a visit word goes: the places after one of ``preps`` ("visit to X", "arrived in X, the
    capital of Y"), its object when ``dobj`` ("visited X"), or a name before it ("the Caracas
    visit"); the most precise one (a city before a region before a country)."""
    found = _destination_places(tok, entities, preps, dobj)
    return max(found, key=precision) if found else None


def destinations(tok: Token, entities, preps: frozenset[str] | set[str], dobj: bool) -> list[Place]:
    """Every place a visit word goes to ("after touring Egypt, Ghana and Angola", "visited Beijing
    and Shanghai"): each city or region named, and each country none of them is in ("arrived in X,
    the capital of Y" is X alone); a vague place only when nothing else is named."""
    found = _destination_places(tok, entities, preps, dobj, listed=True)
    if len(found) < 2:
        return found
    out: list[Place] = []
    for p in found:
        inside = p.kind == "country" and any(q.kind != "country" and q.country == p.name for q in found)
        if not inside and precision(p) >= 0 and p.name not in {q.name for q in out}:
            out.append(p)
    return out or [max(found, key=precision)]


def _destination_places(
    tok: Token, entities, preps: frozenset[str] | set[str], dobj: bool, listed: bool = False
) -> list[Place]:
    lx = lexicon()
    found: list[Place] = []
    objects = prep_objects(tok, preps) + [c for c in tok.children if dobj and c.dep_ == "dobj"]
    for o in objects:
        first = _object_places(o, entities, lx["visit_prepositions"])
        found += first
        if listed and first:  # a list of places, not "visiting French Foreign Minister X, ..."
            found += [p for i in _items(o)[1:] for p in _object_places(i, entities, lx["visit_prepositions"])]
    if objects and not found:
        found += _town_after(tok, objects, entities)
    for c in tok.children:
        if c.dep_ in ("prep", "dobj"):
            continue
        if (
            c.dep_ in ("compound", "nmod")
            and c.i < tok.i
            and tok.pos_ in ("NOUN", "PROPN")
            and c.pos_ == "PROPN"
            and not places.is_demonym(c.text)
        ):
            p = entities.place_at(c.idx, c.idx + len(c))  # "the Caracas visit"
            if p is not None:
                found.append(p)
    return found


def posted_in(person: Person, place: Place) -> bool:
    """The person holds an office in or to the place's country ("the Chinese Ambassador to Russia"
    lives in Moscow), or is a resident envoy posted to no country the text names ("the Australian
    High Commissioner" calling on the host): being there is no visit."""
    where = fold((place.name if place.kind == "country" else place.country) or "")
    if not where:
        return False
    titles = [fold(r.title) for r in person.roles]
    if any(t.endswith((f" to {where}", f" in {where}")) for t in titles):
        return True
    if any(" to " in t or " in " in t for t in titles):
        return False  # posted elsewhere: "Ambassador to the United States" presenting credentials in Kingston
    resident = [fold(w) for w in lexicon()["resident_envoy_titles"]]
    return any(t == w or t.endswith(" " + w) for t in titles for w in resident)


def city_of_the_sentence(sent: Span, country: Place, entities) -> Place | None:
    """The one city of ``country`` the sentence puts its news in ("X continued talks with officials
    in New Delhi on the second day of his visit to India"): a city under "in", else None."""
    cities = {
        place.name: place
        for tok in sent
        if tok.dep_ == "pobj" and tok.head.lower_ == "in"
        for place in [place_of_token(tok, entities)[0]]
        if place is not None and place.kind == "city" and fold(place.country or "") == fold(country.name)
    }
    return next(iter(cities.values())) if len(cities) == 1 else None
