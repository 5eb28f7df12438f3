"""People in an article: name mentions -> persons with canonical names, aliases and roles.

* ``Registry``: the memory of persons seen in this run, so that one real person keeps one
  canonical name across articles (the longest, most frequent full form), a misspelt name joins
  the right person, and two people who share a surname stay apart.
* ``resolve(doc, article, registry) -> Entities``: finds every person and place mention of a
  parsed article and resolves it: full names, surnames, hyphen and possessive variants, small
  typos, and descriptions ("the Iranian minister", "his Venezuelan counterpart, Yvan Gil Pinto")
  when the article makes the referent clear.  Photo credits, agencies, platforms, non-English
  fragments, venues and places the tagger took for people are left out.
* The office-holder knowledge base (``ingest.kb``): at the article's date, a name, variant,
  nickname ("Jokowi") or, with the context agreeing, a surname names a known office holder; forms
  that name one holder are one person with the holder's offices at the date; "the Saudi king" and
  honorific styles name the holder of the office at the date.
* ``Entities``: what ``resolve`` found, with the look-ups the event extractor calls
  (``person_at``, ``place_at``, ``venue_at``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Doc

from diplograph.ingest import kb as kbase
from diplograph.ingest import locations, names, places, roles
from diplograph.ingest.credits import inside
from diplograph.ingest.descriptions import resolve_descriptions
from diplograph.ingest.locations import VenueMention
from diplograph.ingest.mentions import (
    ArticleContext,
    Candidate,
    find_candidates,
    is_name_word,
    name_end,
    name_text,
    rejected,
)
from diplograph.ingest.records import Article, Mention, Person, Place, Role, fold
from diplograph.ingest.registry import Registry, best_form, display_name, merge_roles, written_form

__all__ = ["Entities", "Registry", "best_form", "merge_roles", "resolve", "fold"]


# --------------------------------------------------------------------------------------------
# Entities
# --------------------------------------------------------------------------------------------


@dataclass
class Entities:
    """The people, places and venues of one article, with every mention by character offsets."""

    people: list[Person] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    venues: list[VenueMention] = field(default_factory=list)
    unresolved: list[Mention] = field(default_factory=list)  # descriptions the article leaves open
    # person key -> the full name as this article writes it, where the canonical name is another
    written: dict[str, str] = field(default_factory=dict)
    # place key -> the name this article gives a city, where the gazetteer's is another
    written_places: dict[str, str] = field(default_factory=dict)
    # words of the known buildings it names, which said alone are the building ("Miraflores")
    building_words: frozenset[str] = frozenset()

    def _best(self, start: int, end: int, kind: str) -> Mention | None:
        best, best_key = None, None
        # an open description that names someone through another ("the counterpart of X") hides X
        opaque = [m for m in self.unresolved if " of " in m.text] if kind == "person" else []
        for m in self.mentions + opaque:
            target = m.person if kind == "person" else m.place
            if (target is None and m not in opaque) or m.end <= start or end <= m.start:
                continue
            overlap = min(end, m.end) - max(start, m.start)
            key = (overlap, -(m.end - m.start))
            if best_key is None or key > best_key:
                best, best_key = m, key
        return best

    def person_at(self, start_char: int, end_char: int) -> Person | None:
        """The person a stretch of text refers to (name, surname, possessive, description), or None."""
        m = self._best(start_char, end_char, "person")
        return m.person if m else None

    def place_at(self, start_char: int, end_char: int) -> Place | None:
        """The city, country or region a stretch of text names or describes, or None."""
        m = self._best(start_char, end_char, "place")
        return m.place if m else None

    def venue_at(self, start_char: int, end_char: int) -> str | None:
        """The venue name ("Miraflores Palace") a stretch of text refers to, or None."""
        for v in self.venues:
            if v.start < end_char and start_char < v.end and not v.organisation:
                return v.name
        return None

    def person_named(self, name: str) -> Person | None:
        """The article's person with this canonical name or alias."""
        key = fold(name)
        for p in self.people:
            if key == p.key or key in {fold(a) for a in p.aliases}:
                return p
        return None

    def mentions_of(self, person: Person) -> list[Mention]:
        """Every mention (name or description) of a person in the article."""
        return [m for m in self.mentions if m.person is not None and m.person.key == person.key]


# --------------------------------------------------------------------------------------------
# Clustering inside an article
# --------------------------------------------------------------------------------------------


def _keep_name_styles(clusters: list[_Cluster], text: str) -> None:
    """A person named by one word after a style that is part of how the person is called ("Sheikh
    Mohamed", "Sayyid Badr", "King Philippe") and not found in the knowledge base, or found there by
    that one word, keeps the style in the name: the word alone is a given name that many share."""
    styles = roles.vocabulary().name_styles | roles.vocabulary().monarch_styles
    for cl in clusters:
        if not cl.forms or any(len(form.split()) > 1 for form in cl.forms):
            continue
        if cl.kb and ((entry := kbase.load().get(cl.kb)) is None or len(entry.name.split()) > 1):
            continue  # the knowledge base's name ("Abdullah II"), unless it is the one word too ("Philippe")
        before = {text[:s].split()[-1] if text[:s].split() else "" for s, _e, _t in cl.spans}
        style = next((w for w in sorted(before) if w in styles), None)
        if style is None:
            continue
        cl.forms = Counter({f"{style} {form}": n for form, n in cl.forms.items()})
        cl.first = {f"{style} {form}": at for form, at in cl.first.items()}


@dataclass
class _Cluster:
    forms: Counter = field(default_factory=Counter)
    first: dict = field(default_factory=dict)
    roles: list = field(default_factory=list)
    spans: list = field(default_factory=list)  # (start_char, end_char, text)
    countries: list = field(default_factory=list)  # countries stated before the name ("Iran's Raisi")
    kb: str | None = None  # the knowledge-base entry the person is, at the article's date
    kb_names: tuple = ()  # its names and nicknames, folded: found again in the second pass

    @property
    def name(self) -> str:
        return best_form(self.forms, self.first)

    def absorb(self, other: _Cluster) -> None:
        """Take in another cluster found to be the same person ("Jokowi" and "Joko Widodo")."""
        self.forms.update(other.forms)
        for form, at in other.first.items():
            self.first[form] = min(at, self.first.get(form, at))
        self.roles.extend(other.roles)
        self.spans.extend(other.spans)
        self.countries.extend(other.countries)

    def add(self, cand: Candidate, doc: Doc) -> None:
        self.forms[cand.text] += 1
        self.first.setdefault(cand.text, doc[cand.start].idx)
        span = doc[cand.start : cand.end]
        self.spans.append((span.start_char, span.end_char, span.text))
        if cand.role is not None:
            self.roles.append(cand.role.role)
            self.roles.extend(cand.role.also)
        if cand.country:
            self.countries.append(cand.country)

    def stated_roles(self) -> list[Role]:
        """The roles, those without a country taking the one country the article states for the
        person ("President Ebrahim Raisi" with "Iran's Raisi"); with none or several, left as they are."""
        stated = set(self.countries)
        if len(stated) != 1:
            return list(self.roles)
        country = stated.pop()
        if any(r.country and r.country != country for r in self.roles):
            return list(self.roles)
        return [r if r.country else Role(r.title, country) for r in self.roles]

    def last_before(self, char: int) -> int:
        return max((s for s, _, _ in self.spans if s < char), default=-1)


def _cluster(
    cands: list[Candidate],
    doc: Doc,
    registry: Registry,
    known: Callable[[str], bool] = lambda _: False,
    article: Article | None = None,
) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    day = article.reference_day if article is not None else None
    countries: set[str] | None = None  # the article's, read once a titled surname needs them

    def other_namesake(cand: Candidate, cl: _Cluster) -> bool:
        nonlocal countries
        if countries is None and cand.role is not None and article is not None:
            countries = _article_countries(doc, [], article)
        return _other_namesake(cand, cl, day, countries or set())

    by_form: dict[str, list[Candidate]] = {}
    for c in cands:
        by_form.setdefault(c.text, []).append(c)

    def rank(form: str) -> tuple:
        group = by_form[form]
        return (-len(names.words(form)), -len(group), group[0].start)

    def confirmed(form: str) -> bool:
        return any(c.confirmed for c in by_form[form]) or registry.get(form) is not None or known(form)

    pending: list[tuple[Candidate, list[_Cluster]]] = []
    # confirmed forms make the clusters; unconfirmed ones (headlines) may only join them
    ordered = sorted((f for f in by_form if confirmed(f)), key=rank) + sorted(
        (f for f in by_form if not confirmed(f)), key=rank
    )
    for form in ordered:
        group = by_form[form]
        matches = [cl for cl in clusters if names.same_person(form, cl.name)]
        if not matches and not confirmed(form):
            group, matches = _headline_prefix(group, clusters, doc)
        if not matches and len(names.words(form)) == 1:
            # a name given family name first: "Xi" of "Xi Jinping", when only one person fits
            # (a family name two people share goes to the one named last before it, like a surname)
            matches = [
                cl for cl in clusters if len(names.words(cl.name)) > 1 and names.first_word(cl.name) == fold(form)
            ]
            if not matches and not kbase.load().given_name(form):
                # the same, misspelt once: "Mr Muhyddin" of "Muhyiddin Yassin" (not a given name many
                # share, spelt another way: "Mohamed" is not "Mohammed bin Hamad")
                matches = [
                    cl
                    for cl in clusters
                    if len(names.words(cl.name)) > 1 and names.same_word(names.first_word(cl.name), fold(form))
                ]
                matches = matches if len(matches) == 1 else []
        if not matches and len(names.words(form)) >= 2:
            # a name without its last word: "Ismail Sabri" of "Ismail Sabri Yakoob", when only one fits
            matches = [cl for cl in clusters if names.leading_words(form, cl.name)]
            matches = matches if len(matches) == 1 else []
        if not matches and len(names.words(form)) == 1:
            # a paternal surname before the maternal one or a name taken in office: "Abdo" of "Mario Abdo
            # Benítez", "Guterres" of "Francisco Guterres Lú Olo", when only one fits
            matches = [
                cl
                for cl in clusters
                if len(names.words(cl.name)) >= 3 and fold(form) in {fold(w) for w in names.words(cl.name)[1:-1]}
            ]
            matches = matches if len(matches) == 1 else []
        if not matches:
            if not confirmed(form) or _city_not_person(form, group, by_form, doc) or _pairing(form, by_form):
                continue
            cl = _Cluster()
            clusters.append(cl)
            for c in group:
                cl.add(c, doc)
        elif len(matches) == 1:
            # "King Abdullah" beside "Foreign Minister Yousuf ibn Alawi Abdullah", "President Bush" beside
            # "Laura Bush": two people
            titled = [c for c in group if other_namesake(c, matches[0])]
            if titled:
                namesake = _Cluster()
                clusters.append(namesake)
                for c in titled:
                    namesake.add(c, doc)
            for c in group:
                if c in titled:
                    continue
                if titled:
                    pending.append((c, [matches[0], namesake]))
                else:
                    matches[0].add(c, doc)
        else:
            pending.extend((c, matches) for c in group)
    # a surname two people share: the one its title fits, else the one named last before it
    for cand, matches in pending:
        matches = _of_sex(matches, doc, cand.start)
        matches = _of_style(matches, doc, cand.start)
        fitting = matches if len(matches) == 1 else _fitting_title(matches, cand.role)
        if not fitting and cand.role is None and _gender_before(doc, cand.start) is None:
            # "Obama said" beside "President Obama" and "Mrs. Michelle Obama": the one with an office,
            # else the one not named only as someone's relative ("his father Kim Jong-il")
            fitting = [cl for cl in matches if any(r.title for r in cl.roles)]
            if len(fitting) != 1:
                fitting = [cl for cl in matches if not _kin(cl, doc)]
        if len(fitting) == 1:
            fitting[0].add(cand, doc)
            continue
        char = doc[cand.start].idx
        before = [(cl.last_before(char), i) for i, cl in enumerate(matches)]
        best = max(before)
        if best[0] >= 0 and sum(1 for b in before if b[0] >= 0) >= 1:
            matches[best[1]].add(cand, doc)
    return clusters


OPPOSITE = {"male": "female", "female": "male"}


def _gender_before(doc: Doc, start: int) -> str | None:
    """The sex a form of address or title just before a name tells ("Mr. Obama", "Queen Camilla")."""
    gendered = roles.vocabulary().gendered
    i = start - 1 if start > 0 and doc[start - 1].text != "." else start - 2
    for width in (2, 1):
        if i - width + 1 < 0:
            continue
        words = fold(doc[i - width + 1 : i + 1].text)
        for sex, forms in gendered.items():
            if words in forms:
                return sex
    return None


def _genders(cl: _Cluster, doc: Doc) -> set[str]:
    """The sexes a person's mentions and offices tell ("Mrs Zanele Mbeki", "First Lady")."""
    spans = [doc.char_span(s, e, alignment_mode="expand") for s, e, _ in cl.spans]
    found = {sex for span in spans if span is not None and (sex := _gender_before(doc, span.start))}
    return found | _title_sexes(cl.roles)


def _title_sexes(held) -> set[str]:
    """The sexes offices tell ("Queen", "First Lady")."""
    gendered = roles.vocabulary().gendered
    found: set[str] = set()
    for r in held:
        title = fold(r.title or "")
        first = title.split()[0] if title else ""
        found |= {sex for sex, forms in gendered.items() if title in forms or first in forms}
    return found


def sexes(doc: Doc, mentions) -> dict[str, set[str]]:
    """The sexes that a story's forms of address and offices tell of each of its people (by
    ``Person.key``): "Ms. Khar" is a woman, "Mr. Gilani" a man, wherever the story says so."""
    out: dict[str, set[str]] = {}
    for m in mentions:
        person = getattr(m, "person", None)
        if person is None:
            continue
        found = out.setdefault(person.key, set())
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and (sex := _gender_before(doc, span.start)):
            found.add(sex)
        found |= _title_sexes(person.roles)
    return out


def _of_sex(clusters: list[_Cluster], doc: Doc, start: int) -> list[_Cluster]:
    """Those of several people sharing a name that the form of address before this mention allows
    ("Mr. Obama" is not Michelle Obama); all of them when it tells nothing or allows none."""
    sex = _gender_before(doc, start)
    if sex is None:
        return clusters
    fitting = [cl for cl in clusters if OPPOSITE[sex] not in _genders(cl, doc)]
    return fitting or clusters


def _surname_written(person: Person, text: str) -> bool:
    """One of the person's surname forms is a word of the text."""
    written = {fold(w) for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text)}
    return any(form in written for form in names.surname_forms(person.name))


def _kin(cl: _Cluster, doc: Doc) -> bool:
    """Every mention of the person is introduced as someone's relative ("his father Kim Jong-il",
    "your wife, Mrs. Michelle Obama")."""
    kin = roles.vocabulary().kin
    for start, end, _ in cl.spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        before = [t for t in doc[max(0, span.start - 4) : span.start] if not t.is_punct]
        words = [t.lower_ for t in before[-3:]]
        pairs = [" ".join(words[k : k + 2]) for k in range(len(words) - 1)]  # "first lady"
        if not any(w in kin for w in (*words, *pairs)):
            return False
    return bool(cl.spans)


def _style_before(doc: Doc, start: int) -> str | None:
    """The style right before a name ("Sheikh", "Prince", "King": ``name_styles``, ``monarch_styles``)."""
    voc = roles.vocabulary()
    return doc[start - 1].text if start > 0 and doc[start - 1].text in voc.name_styles | voc.monarch_styles else None


def _of_style(clusters: list[_Cluster], doc: Doc, start: int) -> list[_Cluster]:
    """Of several people a name fits, those once called by the style this mention has ("Sheikh
    Mohamed" beside "Sheikh Mohamed bin Zayed" and "Prince Mohamed bin Salman"); all when none or
    every one was."""
    style = _style_before(doc, start)
    if style is None:
        return clusters
    styled = [
        cl
        for cl in clusters
        if any(_style_before(doc, span.start) == style for s, e, _ in cl.spans if (span := doc.char_span(s, e)))
    ]
    return styled or clusters


def _other_namesake(cand: Candidate, cl: _Cluster, day: date | None, countries: set[str]) -> bool:
    """A titled surname that is not the one namesake the article names in full: a reigning monarch's
    title ("King Abdullah") whose namesake holds only offices of another kind ("Foreign Minister ...
    Abdullah"), or a title the knowledge base gives another holder of that surname at the date
    ("President Bush" in 2008 beside "Laura Bush": the one namesake in office for a country the
    article names)."""
    if cand.role is None or cand.role.relational:
        return False
    titles = [fold(r.title).split() for r in cl.roles if r.title]
    monarchs = roles.vocabulary().synonyms["monarch"]
    if cand.role.words and cand.role.words[-1] in monarchs:
        return bool(titles) and not any(t and t[-1] in monarchs for t in titles)
    if (
        day is None
        or len(names.words(cand.text)) != 1
        or any(kbase.office_fits(cand.role.title, r.title) for r in cl.roles if r.title)
    ):
        return False
    base = kbase.load()
    holder = base.match(cand.text, day, countries)
    fits = holder is not None and any(
        o.title is None or kbase.office_fits(cand.role.title, o.title) for o in holder.offices_on(day)
    )
    return (
        fits
        and holder is not base.match(cl.name, day)
        and not names.same_person(fold(kbase.strip_titles(holder.name)), fold(cl.name))
    )


def _fitting_title(clusters: list[_Cluster], phrase: roles.TitlePhrase | None) -> list[_Cluster]:
    """Those of several people sharing a name whose stated office is the title before this mention
    ("President Mbeki" is Thabo Mbeki, not "Mrs Zanele Mbeki")."""
    if phrase is None or phrase.relational:
        return []
    title = fold(phrase.title)
    return [cl for cl in clusters if any(fold(r.title or "") == title for r in cl.roles)]


def _city_not_person(form: str, group: list[Candidate], by_form: dict[str, list[Candidate]], doc: Doc) -> bool:
    """A lone word the tagger took for a person that the article uses as a place: a country, even
    after a title ("Prime Minister of Vanuatu"); without a title, a major city ("Kyiv hosted the
    summit") or a city the article also names as a place; never when a longer name of the article
    ends with it."""
    if len(names.words(form)) != 1:
        return False
    if any(
        len(names.words(other)) > 1 and names.same_person(form, other) and any(c.confirmed for c in cands)
        for other, cands in by_form.items()
    ):
        return False
    found = places.lookup(form, alternates=False)
    if found is not None and found.kind == "country":
        return True
    if any(c.role is not None for c in group):
        return False
    if places.is_major_city(form):
        return True
    key = fold(form)
    as_place = any(e.label_ in ("GPE", "LOC") and fold(e.text) == key for e in doc.ents)
    return as_place and found is not None


def _pairing(form: str, by_form: dict[str, list[Candidate]]) -> bool:
    """A hyphenated pair of two people's names ("Putin-Xi talks", "Biden-Xi meeting"), not a person."""
    parts = [p for p in form.replace("–", "-").split("-") if p]
    if len(parts) < 2 or len(names.words(form)) != 1:
        return False
    others = [f for f in by_form if f != form and "-" not in f]
    named = [p for p in parts if any(names.same_person(p, f) or names.first_word(f) == fold(p) for f in others)]
    return len(named) >= 2


def _headline_prefix(
    group: list[Candidate], clusters: list[_Cluster], doc: Doc
) -> tuple[list[Candidate], list[_Cluster]]:
    """An unconfirmed (headline) name that runs into the words after it ("Abdullah Discuss Gaza"):
    the longest leading part that names exactly one known person, or nothing."""
    for cand in group:
        for end in range(cand.end - 1, cand.start, -1):
            text = doc[cand.start : end].text
            matches = [cl for cl in clusters if names.same_person(text, cl.name)]
            if len(matches) == 1:
                short = [replace(c, end=c.start + end - cand.start, text=text) for c in group]
                return short, matches
    return group, []


def _surnames_of_described(
    doc: Doc, described: list[Mention], named: list[Mention], clustered: set[str]
) -> list[Mention]:
    """ "the Nigerian leader" stands for Muhammadu Buhari (through the knowledge base), whom the story
    calls "Buhari" elsewhere, a word the tagger took for a place: the same person.  Only for people
    the story names nowhere in full, and a surname no other person of the story shares."""
    people = {m.person.key: m.person for m in described if m.person is not None and m.person.key not in clustered}
    if not people:
        return []
    owners: dict[str, set[str]] = {}
    for person in [*people.values(), *(m.person for m in named if m.person is not None)]:
        for form in names.surname_forms(person.name):
            owners.setdefault(form, set()).add(person.key)
    taken = [(m.start, m.end) for m in [*described, *named]]
    out: list[Mention] = []
    for tok in doc:
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.ent_type_ == "PERSON":
            continue
        if inside(taken, tok.idx, tok.idx + len(tok)):
            continue
        if (tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN") or (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN"):
            continue  # a word of a longer name ("Buhari Street")
        keys = owners.get(fold(tok.text), set())
        if len(keys) == 1 and (key := next(iter(keys))) in people:
            out.append(Mention(text=tok.text, start=tok.idx, end=tok.idx + len(tok), person=people[key]))
    return out


def _second_pass(ctx: ArticleContext, clusters: list[_Cluster], taken: list[tuple[int, int]]) -> None:
    """Mentions the tagger mislabelled ("Maduro" as ORG, "Naruhito" as GPE) by their known forms."""
    doc = ctx.doc
    known: dict[str, list[_Cluster]] = {}
    alone = {fold(f) for cl in clusters for f in cl.forms if len(names.words(f)) == 1}
    given: dict[str, list[_Cluster]] = {}  # first words: used only where no other form fits
    for cl in clusters:
        keys = {fold(f) for f in cl.forms} | {fold(s) for s in names.surname_forms(cl.name)}
        ws = names.words(cl.name)
        keys |= {" ".join(ws[-k:]) for k in range(1, len(ws))}
        keys |= {w for k, w in enumerate(ws[1:-1], start=1) if ws[k + 1] in names.PARTICLES}  # "Lula"
        if len(ws) >= 3:  # a paternal surname before the maternal one: "Acevedo" of "Euclides Acevedo Candia"
            keys |= {w for w in ws[1:-1] if len(w) >= 4 and w not in names.PARTICLES and w not in names.PATRONYMIC}
        keys |= set(cl.kb_names)  # "Jokowi" of "Joko Widodo", "Erdoğan" of "Recep Tayyip Erdogan"
        if len(ws) > 1 and ws[0] in alone:
            keys.add(ws[0])  # a family name the article uses alone: "Wang" of "Wang Yi"
        elif len(ws) > 1 and ws[0] not in names.PARTICLES:
            first = given.setdefault(ws[0].replace("-", " "), [])  # "Yoon" of "Yoon Suk Yeol", "Abiy"
            if cl not in first:
                first.append(cl)
        for key in keys:
            group = known.setdefault(key.replace("-", " "), [])
            if cl not in group:
                group.append(cl)

    def which(key: str, at: int, phrase: roles.TitlePhrase | None = None) -> _Cluster | None:
        """The one person a known form names here; a form two people share: the one the form of
        address or the title before it fits, else the one named last before."""
        group = known.get(key) or given.get(key, []) or _spelt_otherwise(key, known)
        group = _of_sex(group, doc, at) if len(group) > 1 else group
        if len(group) > 1:  # "Kim" of "Kim Jong Un", not of "first lady Kim Jung-sook"
            group = [cl for cl in group if not _kin(cl, doc)] or group
        char = doc[at].idx
        if len(group) <= 1:
            return group[0] if group else None
        fitting = _fitting_title(group, phrase)
        if len(fitting) == 1:
            return fitting[0]
        last, best = max((cl.last_before(char), k) for k, cl in enumerate(group))
        return group[best] if last >= 0 else None

    i = 0
    while i < len(doc):
        tok = doc[i]
        if not is_name_word(tok) or inside(taken, tok.idx, tok.idx + len(tok)):
            i += 1
            continue
        end = name_end(doc, i)
        hit = None
        title = roles.title_before(doc, i)
        for e in range(end, i, -1):
            span = doc[i:e]
            if span[-1].text in ("-", "–"):
                continue  # "Putin-" of "Putin-Xi talks": the name alone
            key = fold(span.text)
            if e < end and key.replace("-", " ") not in known and key.replace("-", " ") in given:
                continue  # "Nana Owusu Nsiah": a given name with a name of its own after it is another person's
            cl = which(key, i, title)
            if cl is not None and not rejected(ctx, span, titled=False, known=True):
                hit = (e, cl)
                break
        if hit is None:
            i += 1
            continue
        e, cl = hit
        phrase = title
        country = phrase.country if phrase is not None else roles.possessive_country(doc, i)
        cand = Candidate(i, e, doc[i:e].text, phrase, True, country)
        cl.add(cand, doc)
        taken.append((doc[i].idx, doc[e - 1].idx + len(doc[e - 1])))
        i = e


def _spelt_otherwise(key: str, known: dict[str, list[_Cluster]]) -> list[_Cluster]:
    """The people a long single word names in another spelling of the article's ("Rajapaksha" for
    "Rajapaksa", "Quattara" for "Ouattara"): only a word no gazetteer knows as a place, and only
    when one known surname is that close."""
    if " " in key or len(key) < names.MIN_TYPO_SURNAME or places.lookup(key) is not None:
        return []
    close = {k for k in known if " " not in k and names.same_person(key, k)}
    if len(close) != 1:
        return []
    return known[close.pop()]


# --------------------------------------------------------------------------------------------
# The office-holder knowledge base
# --------------------------------------------------------------------------------------------


def _article_countries(doc: Doc, clusters: list[_Cluster], article: Article) -> set[str]:
    """The countries an article names (places, demonyms, its dateline's city) or states for its people."""
    out: set[str] = set()
    line = article.dateline
    if line is not None and line.place is not None and line.place.country:
        out.add(line.place.country)  # "AMMAN —": a Jordanian story's "King Abdullah"
    for ent in doc.ents:
        if ent.label_ in ("GPE", "NORP"):
            country = places.country_name(ent.text)
            if country:
                out.add(country)
    for cl in clusters:
        out.update(c for c in cl.countries if c)
        out.update(r.country for r in cl.roles if r.country)
    return out


def _kb_entry(cl: _Cluster, base: kbase.KnowledgeBase, article: Article, countries: set[str]) -> str | None:
    """The knowledge-base id a cluster's forms name at the article's date: a full form decides
    (surnames only when no full form matches, and only when they agree)."""
    forms = sorted(cl.forms, key=lambda f: (-len(names.words(f)), f))
    titles = cl.stated_roles()
    found: list[str] = []
    full = [f for f in forms if len(names.words(f)) > 1]
    for form in forms:
        hit = base.match(form, article.reference_day, countries, titles)
        if hit is None:
            continue
        if len(names.words(form)) > 1 or base.known(form):
            return hit.id
        if full and not any(names.same_person(full[0], n) for n in hit.names()):
            continue  # "Mbeki" of "Zanele Mbeki" is not the "Thabo Mbeki" in office
        found.append(hit.id)
    return found[0] if found and len(set(found)) == 1 else None


def _with_kb(
    clusters: list[_Cluster], base: kbase.KnowledgeBase, article: Article, countries: set[str]
) -> list[_Cluster]:
    """Each cluster's knowledge-base entry; clusters that are one entry become one person."""
    out: list[_Cluster] = []
    by_id: dict[str, _Cluster] = {}
    for cl in clusters:
        cl.kb = cl.kb or _kb_entry(cl, base, article, countries)
        if cl.kb is not None and cl.kb in by_id:
            by_id[cl.kb].absorb(cl)
            continue
        if cl.kb is not None:
            entry = base.get(cl.kb)
            cl.kb_names = tuple({fold(kbase.strip_titles(n)).replace("-", " ") for n in entry.names()} - {""})
            by_id[cl.kb] = cl
        out.append(cl)
    return out


def _styled(
    clusters: list[_Cluster], styles: list, base: kbase.KnowledgeBase, article: Article, countries: set[str]
) -> list[_Cluster]:
    """A name right after an honorific style names its holder ("Custodian of the Two Holy Mosques
    King Abdullah"): the cluster takes the holder's knowledge-base entry when the name is one of his."""
    for _s, e, style in styles:
        holder = base.style_holder(style, article.reference_day, countries)
        if holder is None:
            continue
        known = {fold(kbase.strip_titles(n)) for n in holder.names()}
        for cl in clusters:
            if (
                cl.kb is None
                and any(0 <= start - e <= 8 for start, _, _ in cl.spans)
                and all(fold(f) in known or any(names.same_person(f, n) for n in holder.names()) for f in cl.forms)
            ):
                cl.kb = holder.id
    return clusters


def _after_style(cand: Candidate, doc: Doc, styles: list) -> Candidate:
    """A name the tagger ran on from an honorific style ("Yang di-Pertuan Agong Al-Sultan Abdullah"):
    the name after the style, when two words or more of it are left."""
    for s, e, _ in styles:
        if s <= doc[cand.start].idx < e:
            start = next((t.i for t in doc[cand.start : cand.end] if t.idx >= e), cand.end)
            if cand.end - start >= 2:
                return replace(cand, start=start, text=name_text(doc[start : cand.end]))
    return cand


def _kb_roles(found: list[Role], entry: kbase.KBPerson | None, article: Article) -> list[Role]:
    """The roles the text states, a title without a country taking the entry's country, and the
    titled offices the entry held at the article's date."""
    if entry is None:
        return list(found)
    out = []
    day = article.reference_day
    # an untitled government office the entry held at the date, in one country ("President George W.
    # Bush" in 2008 is the United States' president, as the base has him in its government then)
    held = {o.country for o in entry.offices_on(day) if o.title is None and o.code == "GOV" and o.country}
    for r in found:  # a country only for a title the entry held ("President"), not "U.N. Secretary-General"
        fits = [o for o in entry.offices if kbase.office_fits(r.title, o.title)]
        if fits and not r.country:
            r = Role(r.title, fits[0].country or entry.country)
        elif not r.country and len(held) == 1 and day is not None:
            r = Role(r.title, next(iter(held)))
        out.append(r)
    return out + entry.roles_on(day)


# --------------------------------------------------------------------------------------------
# resolve
# --------------------------------------------------------------------------------------------


def _dateline_city(article: Article) -> list[Mention]:
    """The city of the story's dateline as a mention of it ("NUR-SULTAN" for Astana)."""
    line = article.dateline
    if line is None or line.place is None:
        return []
    return [Mention(line.city, line.city_start, line.city_end, place=line.place)]


def resolve(doc: Doc, article: Article, registry: Registry) -> Entities:
    """Every person and place mention of one parsed article, resolved; the registry learns its people."""
    ctx = ArticleContext(doc, article)
    base = kbase.load()
    styles = base.style_matches(ctx.text)

    def known(name: str) -> object | None:
        return registry.get(name) or (True if base.known(name) else None)

    cands = [
        c
        for c in (_after_style(found, doc, styles) for found in find_candidates(ctx, known=known))
        if not any(s < doc[c.end - 1].idx + len(doc[c.end - 1]) and doc[c.start].idx < e for s, e, _ in styles)
    ]
    clusters = _cluster(cands, doc, registry, base.known, article)
    countries = _article_countries(doc, clusters, article)
    clusters = _with_kb(_styled(clusters, styles, base, article, countries), base, article, countries)
    taken = [(s, e) for cl in clusters for s, e, _ in cl.spans] + [(s, e) for s, e, _ in styles]
    _second_pass(ctx, clusters, taken)
    _keep_name_styles(clusters, ctx.text)

    # "the historical Raj Bhavan premises": a name the article gives a building elsewhere ("at Raj
    # Bhavan, Shillong") is no person, nor taught to the registry as one
    venues = locations.find_venues(doc, list(ctx.credits))
    buildings = {fold(v.name) for v in venues if not v.generic}
    clusters = [cl for cl in clusters if not (cl.forms and fold(max(cl.forms, key=len)) in buildings)]

    # a first registry pass gives canonical names and roles known from other articles
    def persons() -> list[tuple[_Cluster, Person]]:
        out = []
        for cl in clusters:
            entry = base.get(cl.kb) if cl.kb else None
            known = registry.get(cl.name, cl.stated_roles(), kb=cl.kb)
            name = known.name if known else display_name(cl.forms, cl.first, cl.kb)
            aliases = sorted(({*cl.forms} | set(known.aliases if known else ())) - {name})
            found = _kb_roles(cl.stated_roles(), entry, article) + list(known.roles if known else ())
            out.append(
                (
                    cl,
                    Person(
                        name=name,
                        aliases=tuple(aliases),
                        roles=merge_roles(found),
                        kb=cl.kb or (known.kb if known else None),
                    ),
                )
            )
        return out

    draft = persons()
    from_kb: dict[str, Person] = {}  # people the article names only by office or style ("the Saudi king")

    def office_holder(entry: kbase.KBPerson | None) -> Person | None:
        if entry is None:
            return None
        same = next((p for _, p in draft if p.kb == entry.id), None)
        if same is not None:
            return same
        if entry.id not in from_kb:
            from_kb[entry.id] = Person(
                name=entry.name, roles=merge_roles(entry.roles_on(article.reference_day)), kb=entry.id
            )
        return from_kb[entry.id]

    def by_office(phrase: roles.TitlePhrase) -> Person | None:
        if phrase.relational or not phrase.country or phrase.words == ("minister",):
            return None  # "the Vietnamese minister": one of many ministers, none of them the knowledge base's
        if roles.next_holder(doc, phrase.end):
            return None  # "US President-elect Donald Trump": the office's next holder, not its holder
        return office_holder(
            base.holder(
                phrase.title,
                phrase.country,
                article.reference_day,
                fits=lambda t: (
                    roles.title_matches(phrase, Role(t, phrase.country)) or kbase.office_fits(phrase.title, t)
                ),
            )
        )

    name_mentions = sorted(
        (Mention(text=t, start=s, end=e, person=p) for cl, p in draft for s, e, t in cl.spans), key=lambda m: m.start
    )
    extra_roles: dict[str, list[Role]] = {}
    heads = frozenset(i for c in cands if c.role is not None for i in range(c.role.start, c.role.end))

    def counterpart_holder(ref: Person, country: str) -> Person | None:
        """The holder of ``ref``'s office for ``country`` at the date ("his Kenyan counterpart"), when
        the article writes that holder's surname somewhere (a headline's "Ramaphosa receives call
        from Ruto"): a counterpart the article never names stays unnamed."""
        if country == ref.country:
            return None
        found = {office_holder(base.holder(r.title, country, article.reference_day)) for r in ref.roles if r.title}
        found.discard(None)
        holder = found.pop() if len(found) == 1 else None
        return holder if holder is not None and _surname_written(holder, ctx.text) else None

    def in_office(person: Person, phrase: roles.TitlePhrase) -> bool | None:
        """Whether the knowledge base has the person holding the phrase's title at the article's
        date: ``True``, or ``False`` for someone out of every office by then; ``None`` when it cannot
        tell (no entry, an office with no end stated, the date unknown)."""
        entry = base.get(person.kb) if person.kb else None
        day = article.reference_day
        if entry is None or day is None:
            return None
        held = [o for o in entry.offices if o.role is not None and roles.title_matches(phrase, o.role)]
        if any(o.possibly_held(day) for o in held):
            return True
        # out of every office by then: each office the entry knows (titled or not) ended before the date
        return False if entry.offices and all(o.ended_before(day) for o in entry.offices) else None

    def country_of(person: Person) -> str | None:
        entry = base.get(person.kb) if person.kb else None
        return person.country or (entry.country if entry is not None else None)

    described, unresolved = resolve_descriptions(
        ctx,
        {p.key: p for _, p in draft},
        name_mentions,
        extra_roles,
        heads,
        by_office=by_office,
        in_office=in_office,
        country_of=country_of,
        counterpart_holder=counterpart_holder,
    )
    described += _surnames_of_described(doc, described, name_mentions, {p.key for _, p in draft})
    named_after = {doc[c.start].idx for c in cands}
    for s, e, style in styles:  # "the Custodian of the Two Holy Mosques": the holder at the date, or left open
        if any(0 < start - e <= 2 for start in named_after):
            continue  # "Yang di-Pertuan Agong Al-Sultan Abdullah": the name after the style names him
        holder = office_holder(base.style_holder(style, article.reference_day, countries))
        target = described if holder is not None else unresolved
        target.append(Mention(text=ctx.text[s:e], start=s, end=e, person=holder))

    # record in the registry, with the roles descriptions added, then build the final persons
    final: dict[str, Person] = {}
    for cl, p in draft:
        cl.roles.extend(extra_roles.get(p.key, []))
        final[p.key] = registry.add(
            dict(cl.forms),
            merge_roles(_kb_roles(cl.stated_roles(), base.get(cl.kb) if cl.kb else None, article)),
            kb=p.kb,
        )
    for p in from_kb.values():
        if p.key not in final:
            # the entry's name is no form the text used: it names the person only while no text does
            final[p.key] = registry.add({p.name: 0}, p.roles + tuple(extra_roles.get(p.key, [])), kb=p.kb)
    for key, p in final.items():  # what the graph says of the entry: its source and Wikidata id
        entry = base.get(p.kb) if p.kb else None
        if entry is not None:
            final[key] = replace(p, kb_source=entry.source, wikidata=entry.wikidata)
    # the name as this article writes each person, from every form it gives them
    forms: dict[str, Counter] = {}
    for cl, p in draft:
        forms.setdefault(final[p.key].key, Counter()).update(cl.forms)
    by_key = {p.key: p for p in final.values()}
    written = {key: form for key, counted in forms.items() if (form := written_form(counted, by_key[key]))}
    mentions = [
        Mention(m.text, m.start, m.end, person=final.get(m.person.key, m.person))
        for m in name_mentions + described
        if m.person is not None
    ]

    skip = list(ctx.credits) + [(m.start, m.end) for m in mentions]
    skip += [(s.start, s.end) for s in article.segments if s.kind == "foreign"]
    # a word of a known building's name is no town of its own ("Miraflores palace" is in Caracas)
    skip += [(v.start, v.end) for v in venues if v.city_place is not None and not v.generic]
    building = locations.venue_name_words(venues)  # "upon his arrival in Miraflores": the palace, not a town
    skip += [(t.idx, t.idx + len(t)) for t in doc if t.text in building]
    place_mentions = locations.find_places(doc, skip)
    mentions = sorted(mentions + place_mentions, key=lambda m: (m.start, m.end))

    people_out: list[Person] = []
    for p in final.values():
        if p not in people_out:
            people_out.append(p)
    places_out: list[Place] = []
    for m in place_mentions:
        if m.place is not None and m.place not in places_out:
            places_out.append(m.place)
    return Entities(
        people=people_out,
        places=places_out,
        mentions=mentions,
        venues=venues,
        unresolved=unresolved,
        building_words=building,
        written=written,
        written_places=locations.written_places(place_mentions + _dateline_city(article)),
    )
