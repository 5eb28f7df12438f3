"""People in an article: name mentions -> persons with canonical names, aliases and roles.

* ``Registry``: the memory of persons seen in this run, so that one real person keeps one
  canonical name across articles (the longest, most frequent full form), a misspelt name joins
  the right person, and two people who share a surname stay apart.
* ``resolve(doc, article, registry) -> Entities``: finds every person and place mention of a
  parsed article and resolves it: full names, surnames, hyphen and possessive variants, small
  typos, and descriptions ("the Iranian minister", "his Venezuelan counterpart, Yvan Gil Pinto")
  when the article makes the referent clear.  Photo credits, agencies, platforms, non-English
  fragments, venues and places the tagger took for people are left out.
* ``Entities``: what ``resolve`` found, with the look-ups the event extractor calls
  (``person_at``, ``place_at``, ``venue_at``).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ingest import locations, names, places, roles
from ingest.credits import agencies, credit_spans, inside, read_list
from ingest.locations import VenueMention
from ingest.records import Article, Mention, Person, Place, Role, fold

POSSESSIVE = {"'s", "’s", "'", "’"}
HEADLINE_RATIO = 0.6  # share of capitalised long words above which a line reads as a title-case headline


@lru_cache(maxsize=1)
def not_people() -> frozenset[str]:
    """Folded names that are never a person (agencies, platforms, credit words)."""
    return frozenset(fold(w) for w in read_list("not_people.txt") + sorted(agencies()))


@lru_cache(maxsize=1)
def person_verbs() -> frozenset[str]:
    """Lemmas of verbs whose subject is a person (``person_verbs.txt``)."""
    return frozenset(w.lower() for w in read_list("person_verbs.txt"))


# --------------------------------------------------------------------------------------------
# Roles
# --------------------------------------------------------------------------------------------

def merge_roles(found: Iterable[Role]) -> tuple[Role, ...]:
    """Distinct roles in first-seen order; a role without country is dropped when the same title has one."""
    out: list[Role] = []
    for role in found:
        if role not in out:
            out.append(role)
    with_country = {fold(r.title) for r in out if r.country}
    return tuple(r for r in out if r.country or fold(r.title) not in with_country)


# --------------------------------------------------------------------------------------------
# Registry
# --------------------------------------------------------------------------------------------

@dataclass
class _Entry:
    forms: Counter = field(default_factory=Counter)
    first: dict = field(default_factory=dict)  # form -> order first seen
    roles: list = field(default_factory=list)

    @property
    def name(self) -> str:
        return best_form(self.forms, self.first)

    def person(self) -> Person:
        name = self.name
        aliases = tuple(sorted({f for f in self.forms if f != name}, key=lambda f: (-self.forms[f], f)))
        return Person(name=name, aliases=aliases, roles=merge_roles(self.roles))


def best_form(forms: Mapping[str, int], first: Mapping[str, int]) -> str:
    """The canonical form: most words, then most frequent, then first seen."""
    return min(forms, key=lambda f: (-len(names.words(f)), -forms[f], first.get(f, 0), f))


class Registry:
    """Persons seen in this run: canonical name -> Person, with aliases and roles."""

    def __init__(self) -> None:
        self._entries: list[_Entry] = []
        self._index: dict[str, list[_Entry]] = {}  # folded form or surname form -> entries
        self._seen = 0

    @staticmethod
    def _keys(name: str) -> set[str]:
        keys = {fold(name)} | {fold(k) for k in names.surname_forms(name)}
        if len(names.words(name)) > 1:
            keys.add("first:" + names.first_word(name))  # finds a misspelt surname by the given name
        return keys

    def _candidates(self, name: str) -> list[_Entry]:
        seen: list[_Entry] = []
        for key in self._keys(name):
            for entry in self._index.get(key, ()):
                if entry not in seen:
                    seen.append(entry)
        return seen

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.get(name) is not None

    def people(self) -> list[Person]:
        return [e.person() for e in self._entries]

    def _find(self, name: str) -> _Entry | None:
        key = fold(name)
        pool = self._candidates(name)
        exact = [e for e in pool if key in {fold(f) for f in e.forms}]
        if len(exact) == 1:
            return exact[0]
        if exact:
            return None
        close = [e for e in pool if names.same_person(name, e.name)]
        return close[0] if len(close) == 1 else None

    def get(self, name: str) -> Person | None:
        """The person a name (any alias, a surname, a small typo) stands for, when it is unambiguous."""
        entry = self._find(name)
        return entry.person() if entry else None

    def canonical(self, name: str) -> str:
        """The canonical name for a name form (the form itself when unknown)."""
        entry = self._find(name)
        return entry.name if entry else name

    def add(self, forms: Mapping[str, int], found_roles: Iterable[Role] = ()) -> Person:
        """Record the name forms of one person (with counts) and roles; returns the merged Person."""
        forms = {f: n for f, n in forms.items() if f}
        if not forms:
            raise ValueError("a person needs at least one name form")
        order = {f: i for i, f in enumerate(forms)}
        entry = self._find(best_form(forms, order))
        if entry is None:
            entry = _Entry()
            self._entries.append(entry)
        for form, count in forms.items():
            for key in self._keys(form):
                bucket = self._index.setdefault(key, [])
                if entry not in bucket:
                    bucket.append(entry)
            entry.forms[form] += count
            if form not in entry.first:
                entry.first[form] = self._seen
                self._seen += 1
        for role in found_roles:
            if role not in entry.roles:
                entry.roles.append(role)
        return entry.person()


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

    def _best(self, start: int, end: int, kind: str) -> Mention | None:
        best, best_key = None, None
        for m in self.mentions:
            target = m.person if kind == "person" else m.place
            if target is None or m.end <= start or end <= m.start:
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
        return [m for m in self.mentions if m.person is not None and m.person.key == person.key]


# --------------------------------------------------------------------------------------------
# Name mentions
# --------------------------------------------------------------------------------------------

@dataclass
class _Cand:
    start: int  # token offsets
    end: int
    text: str
    role: roles.TitlePhrase | None = None
    confirmed: bool = False

    @property
    def key(self) -> str:
        return fold(self.text)


def _is_name_word(tok: Token) -> bool:
    text = tok.text
    if not text[:1].isupper() or tok.is_punct or tok.like_num:
        return False
    if text in roles.vocabulary().honorifics:
        return False
    bare = text.replace("'", "").replace("’", "").replace(".", "")
    if not bare.isalpha() or sum(1 for c in bare if c.isupper()) > max(3, len(bare) // 2) and not bare.isupper():
        return False  # "G.XbS(Xj": not the shape of a name
    joined = not tok.whitespace_ and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == "-"
    if (roles.is_head(tok) or tok.lower_ in roles.vocabulary().modifiers) and not joined:
        return False
    if any(ch.isdigit() for ch in text) or "@" in text:
        return False
    return True


def name_end(doc: Doc, i: int) -> int:
    """The end (exclusive) of a chain of name words starting at token ``i`` ("Ahmed al-Sharaa")."""
    j = i
    n = len(doc)
    while j < n:
        tok = doc[j]
        if tok.text in POSSESSIVE or tok.is_space:
            break
        if _is_name_word(tok):
            j += 1
            continue
        if tok.text == "-" and j > i and not doc[j - 1].whitespace_ and not tok.whitespace_ and j + 1 < n:
            j += 1
            continue
        if tok.lower_ in names.PARTICLES and j + 1 < n and not tok.text.isupper() and (
                _is_name_word(doc[j + 1]) or (doc[j + 1].text == "-" and not tok.whitespace_)):
            j += 1
            continue
        break
    while j > i and (doc[j - 1].text == "-" or doc[j - 1].lower_ in names.PARTICLES):
        j -= 1
    return j


class _Context:
    """What the rules need to know about an article beyond its doc."""

    def __init__(self, doc: Doc, article: Article):
        self.doc = doc
        self.article = article
        self.text = doc.text  # Doc.text is rebuilt on every access: keep it once
        self.credits = credit_spans(self.text)
        self._headline: dict[int, bool] = {}

    def blocked(self, start: int, end: int) -> bool:
        return inside(self.credits, start, end) or self.article.is_foreign(start, end)

    def headline_like(self, char: int) -> bool:
        """Whether the line holding a character reads as a title-case headline."""
        text = self.text
        start = text.rfind("\n", 0, char) + 1
        if start in self._headline:
            return self._headline[start]
        end = text.find("\n", char)
        line = text[start:end if end >= 0 else len(text)]
        long_words = [w for w in line.split() if len(w) > 3 and w[:1].isalpha()]
        caps = sum(1 for w in long_words if w[:1].isupper())
        ratio = caps / len(long_words) if long_words else 0.0
        ends_sentence = line.rstrip().endswith((".", ".\"", ".”", "?", "!", ")"))
        result = len(long_words) >= 3 and ratio >= HEADLINE_RATIO and not ends_sentence
        self._headline[start] = result
        return result


def _trim_ent(doc: Doc, ent: Span) -> tuple[int, int]:
    start, end = ent.start, ent.end
    while start < end and (doc[start].lower_ in ("the", "a", "an") or roles.is_head(doc[start])
                           or doc[start].text in roles.vocabulary().honorifics
                           or doc[start].lower_ in roles.vocabulary().modifiers or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].text in POSSESSIVE or doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return start, end


def _looks_like_name(span: Span) -> bool:
    """Capitalised words (particles and hyphens allowed): not a lowercase or foreign phrase."""
    if not len(span):
        return False
    for tok in span:
        if tok.text == "-" or tok.lower_ in names.PARTICLES:
            continue
        if not tok.text[:1].isupper() or tok.like_num or tok.is_punct or not _is_name_word(tok) and not (
                roles.is_head(tok) or tok.lower_ in roles.vocabulary().modifiers):
            return False
    return not (span[0].lower_ in names.PARTICLES and len(span) == 1)


def _rejected(ctx: _Context, span: Span, titled: bool) -> bool:
    """Rules that keep non-persons out: credits, agencies, venues, places, shouting caps."""
    doc = ctx.doc
    if ctx.blocked(span.start_char, span.end_char):
        return True
    key = fold(span.text)
    if key in not_people() or any(fold(t.text) in not_people() for t in span if t.text[:1].isupper()):
        return True
    if not _looks_like_name(span):
        return True
    letters = [c for c in span.text if c.isalpha()]
    if len(letters) > 3 and all(c.isupper() for c in letters) and not titled:
        return True  # "JHONN ZERPA", "CARACAS": credits and datelines shout
    vw = locations.venue_words()
    after = doc[span.end:span.end + 3]
    for k, tok in enumerate(after):
        if tok.lower_ in vw["heads"] or any(after[k:].text.lower().startswith(s) for s in vw["org"] if " " in s):
            return True  # "Miraflores (presidential) palace", "Miraflores Palace press office"
        if not (tok.pos_ == "ADJ" or tok.lower_ in vw["descriptive"]):
            break
    if span.start > 0 and doc[span.start - 1].lower_ == "the" and not titled:
        return True  # "the Maduro government"
    if not titled:
        if places.country_name(span.text):
            return True
        place = places.lookup(span.text, alternates=False)
        if place is not None and (span.root.ent_type_ in ("GPE", "LOC") or _coordinated_with_place(span)):
            return True
        if _coordinated_with_place(span) and span.root.ent_type_ != "PERSON":
            return True
        if _coordinated_with_place(span) and len(span) > 1 and place is None and any(
                t.ent_type_ in ("GPE",) for t in locations._conjuncts(span)):
            return True  # "Iwo Jima, Okinawa and Hiroshima"
    return False


def _coordinated_with_place(span: Span) -> bool:
    for tok in locations._conjuncts(span):
        if tok.ent_type_ in ("GPE", "LOC"):
            return True
        if tok.text[:1].isupper() and places.lookup(tok.text, alternates=False) is not None:
            return True
    return False


def _country_after(doc: Doc, end: int) -> str | None:
    """A country stated right after a name: "King Abdullah II of Jordan"."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return None
    for width in (3, 2, 1):
        span = doc[end + 1:end + 1 + width]
        if len(span) == width and all(t.text[:1].isupper() for t in span) and not places.is_demonym(span.text):
            country = places.country_name(span.text)
            if country:
                return country
    return None


def _with_country_after(doc: Doc, cands: dict[tuple[int, int], _Cand]) -> None:
    for cand in cands.values():
        if cand.role is not None and not cand.role.country:
            country = _country_after(doc, cand.end)
            if country:
                cand.role = replace(cand.role, country=country)


def _candidates(ctx: _Context) -> list[_Cand]:
    """Name mentions: PERSON entities and name chains after a title, filtered."""
    doc = ctx.doc
    found: dict[tuple[int, int], _Cand] = {}
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        start, end = _trim_ent(doc, ent)
        if start >= end or not _looks_like_name(doc[start:end]):
            continue  # "Tengo la seguridad": a foreign phrase, not a name
        end = min(end, max(name_end(doc, start), start + 1)) if _is_name_word(doc[start]) else end
        span = doc[start:end]
        phrase = roles.title_before(doc, start)
        if _rejected(ctx, span, titled=phrase is not None):
            continue
        confirmed = phrase is not None or not ctx.headline_like(span.start_char)
        found[(start, end)] = _Cand(start, end, span.text, phrase, confirmed)
    honorifics = roles.vocabulary().honorifics
    for tok in doc:
        if not roles.is_head(tok):
            continue
        start = tok.i + 1
        while start < len(doc) and doc[start].text in honorifics:
            start += 1  # "Foreign Minister Sheikh Mohammed"
        if start >= len(doc) or not _is_name_word(doc[start]):
            continue
        end = name_end(doc, start)
        if end <= start or any(s < start < e or (s <= start and e >= end) for s, e in found):
            continue
        span = doc[start:end]
        if span.root.ent_type_ in ("GPE", "NORP", "LOC", "DATE", "TIME") or ctx.headline_like(span.start_char):
            continue
        phrase = roles.title_before(doc, start)
        if phrase is None or _rejected(ctx, span, titled=True):
            continue
        shorter = [k for k in found if start <= k[0] and k[1] <= end]
        if any(s <= start < e or start <= s < end for s, e in found if (s, e) not in shorter):
            continue
        for k in shorter:  # the tagger cut the name short: "Yvan Gil" of "Yvan Gil Pinto"
            del found[k]
        found[(start, end)] = _Cand(start, end, span.text, phrase, True)
    # untagged full names after a long title: "President of the ... Chamber of Commerce in China Jens Eskelund"
    for tok in doc:
        if tok.ent_iob_ != "O" or not _is_name_word(tok) or (tok.i > 0 and _is_name_word(doc[tok.i - 1])
                                                             and doc[tok.i - 1].ent_iob_ == "O"):
            continue
        end = name_end(doc, tok.i)
        if end - tok.i < 2 or any(t.ent_iob_ != "O" for t in doc[tok.i:end]):
            continue
        if any(s <= tok.i < e or tok.i <= s < end for s, e in found):
            continue
        span = doc[tok.i:end]
        phrase = roles.title_before(doc, tok.i)
        if phrase is None or ctx.headline_like(span.start_char) or _rejected(ctx, span, titled=True):
            continue
        found[(tok.i, end)] = _Cand(tok.i, end, span.text, phrase, True)
    # a lone name the tagger took for an organisation, subject of a verb only people do: "Maduro wrote"
    for tok in doc:
        if tok.dep_ not in ("nsubj",) or tok.head.lemma_.lower() not in person_verbs() or tok.pos_ != "PROPN":
            continue
        start = tok.i
        while start > 0 and doc[start - 1].dep_ == "compound" and _is_name_word(doc[start - 1]):
            start -= 1
        end = tok.i + 1
        if any(s < end and start < e for s, e in found) or not _is_name_word(doc[start]):
            continue
        span = doc[start:end]
        if span.root.ent_type_ not in ("", "ORG") or ctx.headline_like(span.start_char):
            continue
        ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
        if ent is not None and (ent.start < start or ent.end > end):
            continue  # part of a longer organisation name: "the State Department said"
        if _rejected(ctx, span, titled=False) or span.text in agencies():
            continue
        found[(start, end)] = _Cand(start, end, span.text, roles.title_before(doc, start), True)
    _with_country_after(doc, found)
    return [found[k] for k in sorted(found)]


# --------------------------------------------------------------------------------------------
# Clustering inside an article
# --------------------------------------------------------------------------------------------

@dataclass
class _Cluster:
    forms: Counter = field(default_factory=Counter)
    first: dict = field(default_factory=dict)
    roles: list = field(default_factory=list)
    spans: list = field(default_factory=list)  # (start_char, end_char, text)

    @property
    def name(self) -> str:
        return best_form(self.forms, self.first)

    def add(self, cand: _Cand, doc: Doc) -> None:
        self.forms[cand.text] += 1
        self.first.setdefault(cand.text, doc[cand.start].idx)
        span = doc[cand.start:cand.end]
        self.spans.append((span.start_char, span.end_char, span.text))
        if cand.role is not None:
            self.roles.append(cand.role.role)
            self.roles.extend(cand.role.also)

    def last_before(self, char: int) -> int:
        return max((s for s, _, _ in self.spans if s < char), default=-1)


def _cluster(cands: list[_Cand], doc: Doc, registry: Registry) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    by_form: dict[str, list[_Cand]] = {}
    for c in cands:
        by_form.setdefault(c.text, []).append(c)

    def rank(form: str) -> tuple:
        group = by_form[form]
        return (-len(names.words(form)), -len(group), group[0].start)

    def confirmed(form: str) -> bool:
        return any(c.confirmed for c in by_form[form]) or registry.get(form) is not None

    pending: list[tuple[_Cand, list[_Cluster]]] = []
    # confirmed forms make the clusters; unconfirmed ones (headlines) may only join them
    ordered = sorted((f for f in by_form if confirmed(f)), key=rank) + \
        sorted((f for f in by_form if not confirmed(f)), key=rank)
    for form in ordered:
        group = by_form[form]
        matches = [cl for cl in clusters if names.same_person(form, cl.name)]
        if not matches and len(names.words(form)) == 1:
            # a name given family name first: "Xi" of "Xi Jinping", when only one person fits
            first = [cl for cl in clusters if len(names.words(cl.name)) > 1 and names.first_word(cl.name) == fold(form)]
            matches = first if len(first) == 1 else []
        if not matches:
            if not confirmed(form):
                continue
            cl = _Cluster()
            clusters.append(cl)
            for c in group:
                cl.add(c, doc)
        elif len(matches) == 1:
            for c in group:
                matches[0].add(c, doc)
        else:
            pending.extend((c, matches) for c in group)
    for cand, matches in pending:  # a surname two people share: the one named last before it
        char = doc[cand.start].idx
        before = [(cl.last_before(char), i) for i, cl in enumerate(matches)]
        best = max(before)
        if best[0] >= 0 and sum(1 for b in before if b[0] >= 0) >= 1:
            matches[best[1]].add(cand, doc)
    return clusters


def _second_pass(ctx: _Context, clusters: list[_Cluster], taken: list[tuple[int, int]]) -> None:
    """Mentions the tagger mislabelled ("Maduro" as ORG, "Naruhito" as GPE) by their known forms."""
    doc = ctx.doc
    known: dict[str, _Cluster | None] = {}
    for cl in clusters:
        keys = {fold(f) for f in cl.forms} | {fold(s) for s in names.surname_forms(cl.name)}
        keys |= {" ".join(names.words(cl.name)[-k:]) for k in range(1, len(names.words(cl.name)))}
        for key in keys:
            key = key.replace("-", " ")
            known[key] = cl if known.get(key, cl) is cl else None
    i = 0
    while i < len(doc):
        tok = doc[i]
        if not _is_name_word(tok) or inside(taken, tok.idx, tok.idx + len(tok)):
            i += 1
            continue
        end = name_end(doc, i)
        hit = None
        for e in range(end, i, -1):
            span = doc[i:e]
            cl = known.get(fold(span.text))
            if cl is not None and not _rejected(ctx, span, titled=False):
                hit = (e, cl)
                break
        if hit is None:
            i += 1
            continue
        e, cl = hit
        cand = _Cand(i, e, doc[i:e].text, roles.title_before(doc, i), True)
        cl.add(cand, doc)
        taken.append((doc[i].idx, doc[e - 1].idx + len(doc[e - 1])))
        i = e


# --------------------------------------------------------------------------------------------
# Descriptions
# --------------------------------------------------------------------------------------------

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


def _descriptions(ctx: _Context, people: dict[str, Person], mentions: list[Mention],
                  extra_roles: dict[str, list[Role]], title_heads: frozenset[int] = frozenset()
                  ) -> tuple[list[Mention], list[Mention]]:
    """Resolve describing phrases, in text order; returns (resolved, unresolved) mentions.

    ``title_heads`` are token indexes of titles that stand before a name: not descriptions.
    """
    doc = ctx.doc
    resolved: list[Mention] = []
    unresolved: list[Mention] = []
    name_spans = [(m.start, m.end) for m in mentions]
    for tok in doc:
        phrase = roles.description_at(doc, tok.i)
        if phrase is None:
            continue
        span = doc[phrase.start:phrase.end]
        if ctx.blocked(span.start_char, span.end_char) or inside(name_spans, span.start_char, span.end_char):
            continue
        if tok.i in title_heads:
            continue  # the title of a named person ("Secretary of State Antony Blinken")
        if phrase.end < len(doc) and _person_starting(mentions, doc[phrase.end].idx):
            continue  # a title before a name
        all_mentions = sorted(mentions + resolved, key=lambda m: m.start)
        person = None
        # apposition after: "his Venezuelan counterpart, Yvan Gil Pinto"
        if phrase.end + 1 < len(doc) and doc[phrase.end].text == ",":
            m = _person_starting(mentions, doc[phrase.end + 1].idx)
            if m is not None:
                person = m.person
                if phrase.relational:
                    ref = _referent_before(all_mentions, span.sent, span.start_char)
                    if ref is not None and ref.person is not None:
                        titles = [r.title for r in ref.person.roles]
                        if titles:
                            extra_roles.setdefault(person.key, []).append(Role(titles[0], phrase.country))
                else:
                    extra_roles.setdefault(person.key, []).append(phrase.role)
        # apposition before: "Ahmed al-Sharaa, now the interim president"
        if person is None:
            k = phrase.start - 1
            while k >= 0 and doc[k].lower_ in ("now", "then", "currently", "also"):
                k -= 1
            if k >= 1 and doc[k].text == "," and doc[phrase.start].lower_ == "the" \
                    and not ctx.headline_like(span.start_char):
                m = _person_ending(mentions, doc[k - 1].idx + len(doc[k - 1]))
                if m is not None and not phrase.relational:
                    person = m.person
                    extra_roles.setdefault(person.key, []).append(phrase.role)
        if person is None:
            person = _by_role(phrase, people, extra_roles, all_mentions, span)
        if person is None:
            unresolved.append(Mention(text=span.text, start=span.start_char, end=span.end_char))
        else:
            resolved.append(Mention(text=span.text, start=span.start_char, end=span.end_char, person=person))
    return resolved, unresolved


def _by_role(phrase: roles.TitlePhrase, people: dict[str, Person], extra_roles: dict[str, list[Role]],
             mentions: list[Mention], span: Span) -> Person | None:
    """The one person of the article whose role fits a description, or None."""
    def roles_of(p: Person) -> list[Role]:
        return list(p.roles) + extra_roles.get(p.key, [])

    if phrase.relational:
        ref = _referent_before(mentions, span.sent, span.start_char)
        if ref is None or ref.person is None:
            return None
        titles = {fold(r.title) for r in roles_of(ref.person)}
        ref_countries = {r.country for r in roles_of(ref.person) if r.country}
        fits = [p for p in people.values() if p.key != ref.person.key and any(
            fold(r.title) in titles and (r.country == phrase.country if phrase.country
                                         else r.country not in ref_countries) for r in roles_of(p))]
    else:
        fits = [p for p in people.values() if any(roles.title_matches(phrase, r) for r in roles_of(p))]
    if len(fits) == 1:
        return fits[0]
    before = [p for p in fits if any(m.person is not None and m.person.key == p.key and m.end <= span.start_char
                                     for m in mentions)]
    return before[0] if len(before) == 1 else None


# --------------------------------------------------------------------------------------------
# resolve
# --------------------------------------------------------------------------------------------

def resolve(doc: Doc, article: Article, registry: Registry) -> Entities:
    """Every person and place mention of one parsed article, resolved; the registry learns its people."""
    ctx = _Context(doc, article)
    cands = _candidates(ctx)
    clusters = _cluster(cands, doc, registry)
    taken = [(s, e) for cl in clusters for s, e, _ in cl.spans]
    _second_pass(ctx, clusters, taken)

    # a first registry pass gives canonical names and roles known from other articles
    def persons() -> list[tuple[_Cluster, Person]]:
        out = []
        for cl in clusters:
            known = registry.get(cl.name)
            name = known.name if known else cl.name
            aliases = sorted(({*cl.forms} | set(known.aliases if known else ())) - {name})
            found = list(cl.roles) + list(known.roles if known else ())
            out.append((cl, Person(name=name, aliases=tuple(aliases), roles=merge_roles(found))))
        return out

    draft = persons()
    name_mentions = sorted((Mention(text=t, start=s, end=e, person=p) for cl, p in draft for s, e, t in cl.spans),
                           key=lambda m: m.start)
    extra_roles: dict[str, list[Role]] = {}
    heads = frozenset(i for c in cands if c.role is not None for i in range(c.role.start, c.role.end))
    described, unresolved = _descriptions(ctx, {p.key: p for _, p in draft}, name_mentions, extra_roles, heads)

    # record in the registry, with the roles descriptions added, then build the final persons
    final: dict[str, Person] = {}
    for cl, p in draft:
        cl.roles.extend(extra_roles.get(p.key, []))
        final[p.key] = registry.add(dict(cl.forms), merge_roles(cl.roles))
    mentions = [Mention(m.text, m.start, m.end, person=final.get(m.person.key, m.person))
                for m in name_mentions + described if m.person is not None]

    skip = list(ctx.credits) + [(m.start, m.end) for m in mentions]
    skip += [(s.start, s.end) for s in article.segments if s.kind == "foreign"]
    place_mentions = locations.find_places(doc, skip)
    venues = locations.find_venues(doc, list(ctx.credits))
    mentions = sorted(mentions + place_mentions, key=lambda m: (m.start, m.end))

    people_out: list[Person] = []
    for p in final.values():
        if p not in people_out:
            people_out.append(p)
    places_out: list[Place] = []
    for m in place_mentions:
        if m.place is not None and m.place not in places_out:
            places_out.append(m.place)
    return Entities(people=people_out, places=places_out, mentions=mentions, venues=venues, unresolved=unresolved)
