"""Describing phrases resolved to the person they stand for, when the article makes it clear.

``resolve_descriptions`` walks the phrases that ``ingest.roles.description_at`` finds ("the
Iranian minister", "the top Iranian diplomat", "the Venezuelan President", "his counterpart") in
text order and resolves each one:

* by apposition: "his recently-appointed Venezuelan counterpart, Yvan Gil Pinto" is Yvan Gil Pinto
  (who also gets the office of the person "his" refers to, for the stated country), and
  "Ahmed al-Sharaa, now the interim president" gives al-Sharaa that role;
* by role: the one person of the article whose role fits (country and office; "the president" is
  not the vice president); when several fit, the one already named before the phrase;
* "the counterpart of X" is never X: the one other person with X's office for another country,
  and the mention covers the whole phrase (left open when no one fits);
* by country: "the Cuban leader" in a story that names one Cuban whose office it does not give;
* by office at the date: a phrase that states a country and that no person of the article fits
  ("the Saudi king", "the Chinese foreign minister") is the one holder of that office on the
  article's date in the office-holder knowledge base (``by_office``);
* otherwise it stays unresolved.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from diplograph.ingest import datelines, places, roles
from diplograph.ingest.credits import inside
from diplograph.ingest.datafiles import read_json
from diplograph.ingest.mentions import ArticleContext
from diplograph.ingest.records import Mention, Person, Role, fold


def _person_starting(mentions: list[Mention], char: int) -> Mention | None:
    return next((m for m in mentions if m.person is not None and m.start == char), None)


def _person_ending(mentions: list[Mention], char: int) -> Mention | None:
    return next((m for m in mentions if m.person is not None and m.end == char), None)


def _referent_before(mentions: list[Mention], sent: Span, char: int) -> Mention | None:
    """The nearest person mentioned before ``char`` in the same sentence and line."""
    line_break = -1
    for tok in sent:
        if tok.idx >= char:
            break
        if "\n" in tok.text_with_ws:
            line_break = tok.idx + len(tok.text_with_ws)
    start = max(sent.start_char, line_break)
    inside_sent = [m for m in mentions if m.person is not None and start <= m.start and m.end <= char]
    return inside_sent[-1] if inside_sent else None


def resolve_descriptions(
    ctx: ArticleContext,
    people: dict[str, Person],
    mentions: list[Mention],
    extra_roles: dict[str, list[Role]],
    title_heads: frozenset[int] = frozenset(),
    by_office: Callable[[roles.TitlePhrase], Person | None] | None = None,
    in_office: Callable[[Person, roles.TitlePhrase], bool | None] | None = None,
    country_of: Callable[[Person], str | None] | None = None,
    counterpart_holder: Callable[[Person, str], Person | None] | None = None,
) -> tuple[list[Mention], list[Mention]]:
    """Resolve describing phrases, in text order; returns (resolved, unresolved) mentions.

    ``title_heads`` are token indexes of titles that stand before a name: not descriptions.
    ``by_office``: for a phrase no person of the article fits, the one holder of that office at
    the article's date ("the Saudi king"), from the knowledge base.  ``in_office``: whether the
    knowledge base has a person holding a phrase's title at the article's date (``None``: not known
    to it); of several people a title fits ("the chancellor" beside a former one), not those it has
    out of office.  ``counterpart_holder``: for "his Kenyan counterpart" of a person no one named
    in the article fits, the holder of that person's office for that country at the article's date.
    """
    doc = ctx.doc
    resolved: list[Mention] = []
    unresolved: list[Mention] = []
    name_spans = [(m.start, m.end) for m in mentions]
    apart = _told_apart(ctx, people, mentions, title_heads)
    for tok in doc:
        phrase = roles.description_at(doc, tok.i)
        if phrase is None:
            continue
        span = doc[phrase.start : phrase.end]
        if ctx.blocked(span.start_char, span.end_char) or inside(name_spans, span.start_char, span.end_char):
            continue
        if tok.i in title_heads:
            continue  # the title of a named person ("Secretary of State Antony Blinken")
        if roles.next_holder(doc, phrase.end):
            continue  # "the president-elect of Peru, Pedro Castillo": not the sitting president
        through = _of_person(doc, phrase, mentions) if phrase.relational else None
        if through is not None:
            # "the counterpart of X": someone else than X, with X's office for another country
            whole = doc.char_span(span.start_char, through.end, alignment_mode="expand")
            person = _counterpart_of(through.person, phrase, people, extra_roles)
            if person is None and phrase.country and counterpart_holder is not None:
                person = counterpart_holder(through.person, phrase.country)
            target = resolved if person is not None else unresolved
            target.append(Mention(text=whole.text, start=whole.start_char, end=whole.end_char, person=person))
            continue
        named_next = _person_starting(mentions, doc[phrase.end].idx) if phrase.end < len(doc) else None
        if named_next is not None and not phrase.relational:
            continue  # a title before a name
        all_mentions = sorted(mentions + resolved, key=lambda m: m.start)
        person = None
        # apposition after: "his Venezuelan counterpart, Yvan Gil Pinto" (or without the comma)
        m = named_next
        if m is None and phrase.end + 1 < len(doc) and doc[phrase.end].text == ",":
            m = _person_starting(mentions, doc[phrase.end + 1].idx) or _styled_name_at(doc, phrase.end + 1, mentions)
            if m is not None and _subject_after_opening(doc, phrase, m):
                m = None  # "Prior to meeting Singapore PM, Jaishankar held talks": the one who met the PM
        if m is not None:
            person = m.person
            if phrase.relational:
                ref = _referent_before(all_mentions, span.sent, span.start_char)
                if ref is not None and ref.person is not None:
                    titles = _office_titles(ref.person)
                    if titles:
                        extra_roles.setdefault(person.key, []).append(Role(titles[0], phrase.country))
            else:
                extra_roles.setdefault(person.key, []).append(phrase.role)
        # apposition before: "Ahmed al-Sharaa, now the interim president"
        if person is None:
            k = phrase.start - 1
            while k >= 0 and doc[k].lower_ in ("now", "then", "currently", "also"):
                k -= 1
            if (
                k >= 1
                and doc[k].text == ","
                # "the interim president", "his counterpart,", or a bare title the parse sets in
                # apposition ("Rafael Correa, president of Ecuador, arrived")
                and (
                    doc[phrase.start].lower_ == "the"
                    or _closed_possessive(doc, phrase)
                    or doc[phrase.head].dep_ == "appos"
                )
                and not ctx.headline_like(span.start_char)
                and _phrase_top(doc[phrase.head]).dep_
                not in ("nsubj", "nsubjpass")  # "with X, the visiting leader will go"
            ):
                m = _person_ending(mentions, doc[k - 1].idx + len(doc[k - 1]))
                if m is not None and not phrase.relational:
                    person = m.person
                    extra_roles.setdefault(person.key, []).append(phrase.role)
        if person is None:
            visiting = any(t.lower_ == "visiting" for t in span)
            guests = _guests(ctx, people, extra_roles, all_mentions, span) if visiting else None
            person = _by_role(
                phrase, guests if guests is not None else people, extra_roles, all_mentions, span, apart, in_office
            )
        apposed = phrase.end + 1 < len(doc) and doc[phrase.end].text == "," and doc[phrase.end + 1].pos_ == "PROPN"
        if person is None and phrase.relational and phrase.country and counterpart_holder is not None and not apposed:
            # "X received a call from his Kenyan counterpart": Kenya's holder of X's office (not where a
            # name follows: "his Egyptian counterpart, Sameh Hassan Shoukry" names him itself)
            ref = _referent_before(all_mentions, span.sent, span.start_char)
            if ref is not None and ref.person is not None:
                person = counterpart_holder(ref.person, phrase.country)
        # no one of the article fits the phrase's office: one national of its country, else the holder
        unfitted = person is None and not _fits_someone(phrase, people, extra_roles)
        if unfitted and country_of is not None:
            person = _the_one_national(phrase, people, extra_roles, country_of)
        if unfitted and person is None and by_office is not None:
            person = by_office(phrase)
        if person is None:
            unresolved.append(Mention(text=span.text, start=span.start_char, end=span.end_char))
        else:
            resolved.append(Mention(text=span.text, start=span.start_char, end=span.end_char, person=person))
    everyone = sorted(mentions + resolved, key=lambda m: m.start)
    resolved += _plural_counterparts(doc, people, everyone, extra_roles, counterpart_holder)
    return resolved, unresolved


def _styled_name_at(doc, k: int, mentions: list[Mention]) -> Mention | None:
    """The person named at token ``k`` after a style of their own that is no office ("The Saudi
    minister, Prince Faisal bin Farhan, ...": the mention starts after "Prince"; not "Along with the
    Sultan, King Hamad ...", whose title is an office of its own)."""
    voc = roles.vocabulary()
    styles = voc.name_styles | voc.honorifics
    for m in mentions:
        if m.start > doc[k].idx and m.start - doc[k].idx <= 40:
            name = doc.char_span(m.start, m.end, alignment_mode="expand")
            if name is not None and name.start > k and all(t.text in styles for t in doc[k : name.start]):
                return m
    return None


def _office_titles(person: Person) -> list[str]:
    """A person's titles that are offices, those stated with a country first: not a style ("Prince"
    of "Prince Faisal") that a counterpart does not share."""
    styles = roles.vocabulary().name_styles
    offices = [r for r in person.roles if r.title and r.title not in styles]
    return [r.title for r in sorted(offices, key=lambda r: r.country is None)]


def _phrase_top(tok: Token) -> Token:
    """The word a title's head is part of ("Secretary" of "the Secretary-General": "General")."""
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head
    return tok


def _countries_before(doc, head: int) -> list[tuple[int, int, str]]:
    """The coordinated countries before a plural noun ("his Tongan and Samoan counterparts", "his
    Tonga and Samoa counterparts"), as (start, end, country) token spans in text order."""
    found: list[tuple[int, int, str]] = []
    k = head - 1
    while k >= 0:
        if doc[k].lower_ in (",", "and", "&") and found:
            k -= 1
            continue
        hit = next(
            (
                (k - width + 1, k + 1, country)
                for width in (3, 2, 1)
                if k - width + 1 >= 0
                and doc[k - width + 1].text[:1].isupper()
                and (country := places.country_name(doc[k - width + 1 : k + 1].text))
            ),
            None,
        )
        if hit is None:
            break
        found.append(hit)
        k = hit[0] - 1
    return found[::-1]


def _plural_counterparts(
    doc,
    people: dict[str, Person],
    mentions: list[Mention],
    extra_roles: dict[str, list[Role]],
    counterpart_holder: Callable[[Person, str], Person | None] | None,
) -> list[Mention]:
    """ "met his Tongan and Samoan counterparts": one counterpart per country, each the one person of
    the article holding the office of the person "his" refers to for that country, else that office's
    holder at the date (the country's words are the mention)."""
    out: list[Mention] = []
    voc = roles.vocabulary()
    for tok in doc:
        if not (tok.lower_.endswith("s") and tok.lower_[:-1] in voc.relational):
            continue
        countries = _countries_before(doc, tok.i)
        after = tok.i + 2 if tok.i + 1 < len(doc) and doc[tok.i + 1].text == "," else tok.i + 1
        if len(countries) < 2 or (after < len(doc) and _person_starting(mentions, doc[after].idx)):
            continue  # "his Malaysian and Lao counterparts Mohamad Hasan and X" name them themselves
        ref = _referent_before(mentions, tok.sent, doc[countries[0][0]].idx)
        if ref is None or ref.person is None:
            continue
        for start, end, country in countries:
            span = doc[start:end]
            phrase = roles.TitlePhrase(start, end, tok.i, "", country=country, relational=True)
            person = _counterpart_of(ref.person, phrase, people, extra_roles)
            if person is None and counterpart_holder is not None:
                person = counterpart_holder(ref.person, country)
            if person is not None:
                out.append(Mention(text=span.text, start=span.start_char, end=span.end_char, person=person))
    return out


def _the_one_national(
    phrase: roles.TitlePhrase,
    people: dict[str, Person],
    extra_roles: dict[str, list[Role]],
    country_of: Callable[[Person], str | None],
) -> Person | None:
    """ "the Cuban leader" in a story that names one Cuban, whose standing it does not give
    ("Cuban Revolution leader Fidel Castro"): that one, not the office holder it never names.
    Only a word that names no office of its own ("leader") reads so."""
    if phrase.words != ("leader",) or not phrase.country or phrase.relational:
        return None
    natives = [
        p
        for p in people.values()
        if country_of(p) == phrase.country and not (list(p.roles) + extra_roles.get(p.key, []))
    ]
    return natives[0] if len(natives) == 1 else None


def _fits_someone(phrase: roles.TitlePhrase, people: dict[str, Person], extra_roles: dict[str, list[Role]]) -> bool:
    """Whether some person of the article may be the one a phrase describes (then it is not
    looked up elsewhere: left open rather than given to someone the article does not name)."""
    return any(
        roles.title_matches(phrase, r) for p in people.values() for r in list(p.roles) + extra_roles.get(p.key, [])
    )


def _subject_after_opening(doc: Doc, phrase: roles.TitlePhrase, name: Mention) -> bool:
    """The name after the comma is the subject of the clause that the title's phrase opens ("Prior to
    meeting Singapore PM, Jaishankar held talks"): someone else than the title's holder."""
    span = doc.char_span(name.start, name.end, alignment_mode="expand")
    if span is None or span.root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    head = doc[phrase.head]
    return not head.is_ancestor(span.root) and span.root.head.is_ancestor(head)


def _closed_possessive(doc, phrase: roles.TitlePhrase) -> bool:
    """A possessive phrase closed by punctuation: "Ebrahim Raisi, Iran's president, ..." is an
    apposition; "Maduro, Iranian diplomat discuss ..." is a list."""
    has_possessive = any(t.text in roles.POSSESSIVE for t in doc[phrase.start : phrase.end])
    closed = phrase.end >= len(doc) or doc[phrase.end].is_punct
    return bool(phrase.country) and has_possessive and closed


def _of_person(doc, phrase: roles.TitlePhrase, mentions: list[Mention]) -> Mention | None:
    """The person named in the "of" complement of a relational phrase ("the counterpart of X")."""
    if phrase.end >= len(doc) or doc[phrase.end].lower_ != "of":
        return None
    objects = [c for c in doc[phrase.end].children if c.dep_ == "pobj"]
    for obj in objects:
        hit = next((m for m in mentions if m.person is not None and m.start <= obj.idx < m.end), None)
        if hit is not None:
            return hit
    return None


def _counterpart_of(
    ref: Person, phrase: roles.TitlePhrase, people: dict[str, Person], extra_roles: dict[str, list[Role]]
) -> Person | None:
    """The one other person holding one of ``ref``'s offices for another country, or None."""

    def roles_of(p: Person) -> list[Role]:
        return list(p.roles) + extra_roles.get(p.key, [])

    titles = {fold(r.title) for r in roles_of(ref)}
    countries = {r.country for r in roles_of(ref) if r.country}
    fits = [
        p
        for p in people.values()
        if p.key != ref.key
        and any(
            fold(r.title) in titles
            and (r.country == phrase.country if phrase.country else (r.country and r.country not in countries))
            for r in roles_of(p)
        )
    ]
    return fits[0] if len(fits) == 1 else None


def _guests(
    ctx: ArticleContext,
    people: dict[str, Person],
    extra_roles: dict[str, list[Role]],
    mentions: list[Mention],
    span: Span,
) -> dict[str, Person] | None:
    """The people who can be "the visiting leader" of a story filed from a country: those holding no
    office of it ("NEW DELHI: ... the visiting leader" is not India's prime minister).  A story with
    no dateline: the people it named before as owners of a visit ("Mr. X's India visit"); None when
    it names none."""
    line = datelines.of_article(ctx.article)
    home = line.place.country if line is not None and line.place is not None else None
    if home is None:
        owners = _visit_owners(ctx, mentions, span)
        return {k: p for k, p in people.items() if k in owners} or None
    return {k: p for k, p in people.items() if not any(r.country == home for r in [*p.roles, *extra_roles.get(k, [])])}


def _visit_owners(ctx: ArticleContext, mentions: list[Mention], span: Span) -> set[str]:
    """The keys of the people named before ``span`` as the owner of a visit ("Mr. X's India visit")."""
    nouns = frozenset(read_json("event_patterns.json")["visit_nouns"])
    owners: set[str] = set()
    for m in mentions:
        if m.person is None or m.end > span.start_char:
            continue
        words = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if words is not None and words.root.dep_ == "poss" and words.root.head.lower_ in nouns:
            owners.add(m.person.key)
    return owners


def _told_apart(
    ctx: ArticleContext, people: dict[str, Person], mentions: list[Mention], title_heads: frozenset[int]
) -> set[tuple[str, ...]]:
    """The titles with no country that the story tells apart from the one person they fit ("The
    Prime Minister spoke to the Prime Minister of Spain, X"), wherever in the story it does: that
    title is someone unnamed before that sentence too."""
    doc = ctx.doc
    out: set[tuple[str, ...]] = set()
    for tok in doc:
        phrase = roles.description_at(doc, tok.i)
        if phrase is None or phrase.relational or phrase.country is not None or tok.i in title_heads:
            continue
        span = doc[phrase.start : phrase.end]
        if ctx.blocked(span.start_char, span.end_char):
            continue
        fits = [p for p in people.values() if any(roles.title_matches(phrase, r) for r in p.roles)]
        if len(fits) == 1 and _named_later_beside(fits[0], mentions, span):
            out.add(phrase.words)
    return out


def _by_role(
    phrase: roles.TitlePhrase,
    people: dict[str, Person],
    extra_roles: dict[str, list[Role]],
    mentions: list[Mention],
    span: Span,
    apart: set[tuple[str, ...]],
    in_office: Callable[[Person, roles.TitlePhrase], bool | None] | None = None,
) -> Person | None:
    """The one person of the article whose role fits a description, or None.  A title with no
    country that the story tells apart from the one person it fits ("The Prime Minister spoke to
    the Prime Minister of Canada, X") is someone unnamed, there and wherever it comes again
    (``apart``); of two it fits, it is the one the sentence does not name after it."""

    def roles_of(p: Person) -> list[Role]:
        return list(p.roles) + extra_roles.get(p.key, [])

    if phrase.country is None and phrase.words in apart:
        return None  # the same title again: the same unnamed other side
    if phrase.relational:
        ref = _referent_before(mentions, span.sent, span.start_char)
        if ref is None or ref.person is None:
            return None
        titles = {fold(r.title) for r in roles_of(ref.person)}
        ref_countries = {r.country for r in roles_of(ref.person) if r.country}
        fits = [
            p
            for p in people.values()
            if p.key != ref.person.key
            and any(
                fold(r.title) in titles
                and (r.country == phrase.country if phrase.country else r.country not in ref_countries)
                for r in roles_of(p)
            )
        ]
    else:
        fits = [p for p in people.values() if any(roles.title_matches(phrase, r) for r in roles_of(p))]
    if len(fits) > 1 and phrase.country is None:
        others = [p for p in fits if not _named_later_beside(p, mentions, span)]
        if len(others) < len(fits):
            # "The Prime Minister spoke to the Prime Minister of Canada, X": of those who fit, not X,
            # but the one named before (in the headline); anyone else is someone the story leaves unnamed
            before = [p for p in others if _named_before(p, mentions, span)]
            return before[0] if len(before) == 1 else None
    if len(fits) == 1 and phrase.country is None and _named_later_beside(fits[0], mentions, span):
        apart.add(phrase.words)
        return None
    if len(fits) == 1:
        return fits[0]
    before = [p for p in fits if _named_before(p, mentions, span)]
    if len(before) > 1 and in_office is not None:
        # "the chancellor" beside a former one: not whom the knowledge base has out of that office then
        before = [p for p in before if in_office(p, phrase) is not False] or before
    if len(before) > 1 and phrase.country is None and not phrase.relational:
        return _lead_person(before, mentions, span)
    return before[0] if len(before) == 1 else None


def _lead_person(fits: list[Person], mentions: list[Mention], span: Span) -> Person | None:
    """Of several people a bare title fits ("the president" after X and two presidents X spoke to),
    the one the story is about: the subject of more clauses before the phrase than any other, and
    not named in the phrase's own sentence."""
    doc = span.doc
    counts = {p.key: 0 for p in fits}
    for m in mentions:
        if m.person is None or m.person.key not in counts or m.end > span.start_char:
            continue
        words = doc.char_span(m.start, m.end, alignment_mode="expand")
        if words is not None and words.root.dep_ in ("nsubj", "nsubjpass"):
            counts[m.person.key] += 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked[0][1] == 0 or ranked[0][1] == ranked[1][1]:
        return None
    lead = next(p for p in fits if p.key == ranked[0][0])
    sent = span.sent
    if any(m.person.key == lead.key and sent.start_char <= m.start < sent.end_char for m in mentions if m.person):
        return None
    return lead


def _named_before(person: Person, mentions: list[Mention], span: Span) -> bool:
    return any(m.person is not None and m.person.key == person.key and m.end <= span.start_char for m in mentions)


def _named_later_beside(person: Person, mentions: list[Mention], span: Span) -> bool:
    """The person is named after the phrase, in its own sentence ("The Prime Minister spoke to the
    Prime Minister of Canada, X"): the title with no country is someone else's."""
    first = min(
        (m.start for m in mentions if m.person is not None and m.person.key == person.key and m.start >= span.end_char),
        default=None,
    )
    if first is None or not span.end_char <= first < span.sent.end_char:
        return False
    # a verb between them, not one phrase ("the Governor General of Jamaica, Sir Patrick Allen")
    between = span.doc.char_span(span.end_char, first, alignment_mode="contract")
    return between is not None and any(t.pos_ in ("VERB", "AUX") for t in between)
