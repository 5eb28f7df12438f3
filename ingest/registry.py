"""The run-wide memory of persons: one real person, one canonical name across articles.

``Registry`` keeps every name form seen for a person with its count, and the roles the articles
gave; the canonical name is a full form (not a shorter form of another), the most frequent, then
the longest, then the first seen ("Nicolas Maduro", not "Maduro"; "Hossein Amir-Abdollahian", not
the misspelt "Ossein ...").
A new form joins a person when it is the same name, a shorter form, a hyphen variant or a small
typo of it (``ingest.names.same_person``), and only when exactly one person fits: two people who
share a surname stay apart.  ``merge_roles`` folds the roles of one person together.

A person found in the office-holder knowledge base (``ingest.kb``) carries its id: the entry is
found by that id first, its canonical name is the knowledge base's, and a person with another id
is never joined.  The canonical name of every other person depends only on the forms seen and
their counts, never on which article came first.  When the identity a person was handed out
under changes (a fuller name, or an id found later), ``take_renames()`` says so, so that what
was already written can be moved (``graph.model.person_rename``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from diplograph.ingest import kb as kbase
from diplograph.ingest import names, places
from diplograph.ingest.records import Person, Role, fold


def merge_roles(found: Iterable[Role]) -> tuple[Role, ...]:
    """Distinct roles in first-seen order; a role without country is dropped when the same title has one."""
    out: list[Role] = []
    for role in found:
        if role not in out:
            out.append(role)
    with_country = {fold(r.title) for r in out if r.country}
    return tuple(r for r in out if r.country or fold(r.title) not in with_country)


def _conflict(known: Iterable[Role], found: Iterable[Role]) -> bool:
    """Whether two sets of roles hold the same office for different countries (two people called
    "Hassan": the President of Tanzania and the President of Somalia)."""
    offices = {(fold(r.title), r.country) for r in known if r.country}
    return any(
        fold(r.title) == title and r.country != country for r in found if r.country for title, country in offices
    )


def _other_office(known: Iterable[Role], found: Iterable[Role]) -> bool:
    """Whether a person known with offices of a country holds none of the offices of that country a
    mention states: "Prime Minister Singh" is not the "Jaswant Singh" known as India's foreign
    minister, nor is "Jaswant Singh" the "Singh" known as prime minister; and one whose offices
    share none with those a mention states is another person.  Asked when one side is a surname
    alone, which is all that joins the two."""
    known, found = list(known), list(found)
    fits = (kbase.office_fits(r.title, k.title) or kbase.office_fits(k.title, r.title) for r in found for k in known)
    if known and found and not any(fits):
        return True  # "King Charles" is not the "Charles" known as a provincial governor
    for r in found:
        if not r.country:
            continue
        held = [k for k in known if k.country == r.country]
        if held and not any(kbase.office_fits(r.title, k.title) for k in held):
            return True
    return False


def _offices_of(kb: str | None) -> list[Role]:
    """The titled offices the knowledge base gives a person the run has seen under no title
    ("King Abdullah" is not the "Abdullah Abdullah" the base knows as Afghanistan's chief executive)."""
    entry = kbase.load().get(kb) if kb else None
    return [o.role for o in entry.offices if o.role is not None] if entry is not None else []


@dataclass
class _Entry:
    forms: Counter = field(default_factory=Counter)
    first: dict = field(default_factory=dict)  # form -> order first seen
    roles: list = field(default_factory=list)
    kb: str | None = None  # knowledge-base id
    emitted: Person | None = None  # the person as last handed out (what the store may hold)
    # (forms, first, kb) -> display name, for the forms the name was last made of
    named: tuple | None = field(default=None, repr=False, compare=False)

    @property
    def name(self) -> str:
        """The display name (``display_name``), made again only when the forms or the id changed."""
        key = (tuple(self.forms.items()), tuple(self.first.items()), self.kb)
        if self.named is None or self.named[0] != key:
            self.named = (key, display_name(self.forms, self.first, self.kb))
        return self.named[1]

    def person(self) -> Person:
        name = self.name
        aliases = tuple(sorted({f for f in self.forms if f != name}, key=lambda f: (-self.forms[f], f)))
        return Person(name=name, aliases=aliases, roles=merge_roles(self.roles), kb=self.kb)


def best_form(forms: Mapping[str, int], first: Mapping[str, int]) -> str:
    """The canonical form among the full forms (those that are not a shorter form of another one):
    the most frequent, then the one with most words, then the first seen.

    "Gil Pinto" gives way to "Yvan Gil Pinto"; a legal name given once ("Nicolas Maduro Moros")
    gives way to the name the articles use ("Nicolas Maduro"); a family name given first alone ("Xi")
    gives way to the whole name ("Xi Jinping"); a misspelling seen once gives way to the spelling
    seen more often; between forms seen as often, the one with diacritics, then the longer one.
    """

    def shorter(f: str, g: str) -> bool:  # "Maduro" of "Nicolas Maduro", "Xi" of "Xi Jinping"
        one, whole = names.words(f), names.words(g)
        return (
            names.is_short_form(f, g)
            or names.is_initialed_form(f, g)
            or (
                len(one) == 1 < len(whole)
                and (names.first_word(g) == names.first_word(f) or (len(whole) >= 3 and one[0] in whole[1:-1]))
            )
        )  # "Guterres" of "Francisco Guterres Lú Olo"

    full = [f for f in forms if not any(shorter(f, g) for g in forms if g != f)] or list(forms)
    # ties: the spelling with diacritics, the longer, then alphabetical (never the order seen, so
    # that the name does not depend on which article came first)
    best = min(full, key=lambda f: (-forms[f], -len(names.words(f)), f.isascii(), -len(f), f))
    # "Wendy R. Sherman" is shown as "Wendy Sherman" when the articles also write it so
    plain = " ".join(w for w in best.split() if not _middle_initial(w, best))
    return names.proper_case(plain if plain != best and plain in forms else best)


def _middle_initial(word: str, name: str) -> bool:
    """A single letter (with or without its full stop) inside a name, neither its first word nor its last."""
    parts = name.split()
    return word not in (parts[0], parts[-1]) and len(word.rstrip(".")) == 1 and word[:1].isupper()


def written_form(forms: Mapping[str, int], person: Person) -> str | None:
    """The name as one article writes ``person``, for its own events: the fullest form it gives
    (titles and honorifics left out; ``best_form`` of the forms no other form of the article
    contains) when that has two words or more and is a spelling of the person's name or of their
    knowledge-base entry's ("Sergey Lavrov" where the run says "Sergei Lavrov", "Abdel Fattah
    el-Sisi" for "Abdel Fattah al-Sisi", "Mohamed bin Zayed Al Nahyan" where the run says "Mohamed
    bin Zayed"); a surname alone ("Lavrov") is no name to show, nor a form the article joined to the
    person by mistake."""
    counted: Counter = Counter()
    for f, n in forms.items():
        if n > 0:
            bare = kbase.strip_titles(f)  # not "Hasina" of "Sheikh Hasina": a title word may be a name's
            counted[bare if len(names.words(bare)) > 1 else f] += n
    if not counted:
        return None
    fullest = {f: n for f, n in counted.items() if not any(set(names.words(f)) < set(names.words(g)) for g in counted)}
    form = best_form(fullest, {})
    if len(names.words(form)) < 2 or fold(form) == person.key:
        return None
    if sum(n for f, n in counted.items() if fold(f) == person.key) >= sum(
        n for f, n in counted.items() if fold(f) == fold(form)
    ) and not set(names.words(person.name)) < set(names.words(form)):
        return None  # the article writes the canonical spelling as often: it stands
    if any(places.is_demonym(w) for w in form.split()):
        return None  # "Latin American": a misreading, not a name
    entry = kbase.load().get(person.kb) if person.kb else None
    if set(names.words(person.name)) < set(names.words(form)):
        # more words around the same name: the entry's fuller name ("... Al Nahyan") or the name with
        # its family's "Al ..." after it ("Faisal bin Farhan Al Saud"), not "Md. X"
        fuller = entry is not None and any(fold(form) == fold(kbase.strip_titles(n)) for n in entry.names())
        return form if fuller or _with_family_name(form, person.name) else None
    known = [person.name] + ([kbase.strip_titles(n) for n in (entry.name, *entry.aliases)] if entry else [])
    # a whole name of theirs, not a lone given name ("Abdullah") that many names end in
    return form if any(len(names.words(n)) > 1 and names.same_person(form, n) for n in known) else None


def _with_family_name(form: str, name: str) -> bool:
    """``form`` is ``name`` followed by a family name with its Arabic article ("Al Saud", "Al-Thani")."""
    long_, short = names.words(form), names.words(name)
    if long_[: len(short)] != short:
        return False
    rest = long_[len(short) :]
    if len(rest) == 2:
        return rest[0] in names.ARABIC_ARTICLES  # "Al Saud"
    return len(rest) == 1 and rest[0].partition("-")[0] in names.ARABIC_ARTICLES and "-" in rest[0]  # "Al-Saud"


def display_name(forms: Mapping[str, int], first: Mapping[str, int], kb: str | None = None) -> str:
    """The canonical name of a person: the best full form the articles use (``best_form``); for a
    knowledge-base person, that form only when it is one of the entry's full names or variants
    ("Nicolas Maduro", "Yvan Gil Pinto") or a full form of its name ("Khurshid Kasuri" for "Khurshid
    Mahmud Kasuri", "Sergei Lavrov" for "Sergey Lavrov"), else the entry's name ("Mohammed bin
    Salman" for "MBS"), or the entry's full name that spells a lone surname as the articles do
    ("Volodymyr Zelensky" for "Zelensky", not the entry's "Volodymyr Zelenskyy");
    the entry's own name whenever the articles use it.  A form counted zero times was never read
    in a text (the entry's name given to a person an article names only by office) and counts only
    when no other form is known."""
    forms = {f: n for f, n in forms.items() if n > 0} or dict(forms)
    text = best_form(forms, first)
    entry = kbase.load().get(kb) if kb else None
    if entry is None:
        return text
    if fold(text) != fold(entry.name) and fold(entry.name) in {fold(f) for f in forms}:
        # the entry's own name when the articles use it ("Donald Trump", not "Donald J. Trump"),
        # spelt as the articles spell it
        return next(f for f in sorted(forms, key=lambda f: (-forms[f], f)) if fold(f) == fold(entry.name))
    entry_names = {kbase.al_spelt(fold(kbase.strip_titles(n))) for n in (entry.name, *entry.aliases)}
    if len(names.words(text)) > 1 and kbase.al_spelt(fold(text)) in entry_names:
        return text  # one of the entry's names, its article spelt "El-" or "al-" as the articles spell it
    if len(names.words(text)) > 1 and kbase.load().full_name_key(text) in entry_names:
        return text  # a short form the base reads as the entry's name ("Alvaro Uribe", "Toomas Ilves")
    if len(names.words(text)) > 1 and names.same_person(text, entry.name):
        return text  # the entry's name as the articles give it ("Khurshid Kasuri", "Sergei Lavrov")
    parts = text.split()
    if any(
        names.same_person(" ".join(parts[k:]), entry.name) and all(len(w) > 2 and w.isalpha() for w in parts[:k])
        for k in range(1, len(parts) - 1)
    ):
        return text  # with a name before it the entry lacks ("Syed Yousaf Raza Gilani" for "Yousuf Raza Gilani")
    if len(names.words(text)) == 1:
        # a surname alone, spelt as one of the entry's full names spells it ("Zelensky"): that name
        spelt = [n for n in entry.aliases if len(ws := names.words(kbase.strip_titles(n))) > 1 and ws[-1] == fold(text)]
        if spelt and fold(text) not in names.surname_forms(kbase.strip_titles(entry.name)):
            return kbase.strip_titles(spelt[0])
    return kbase.load().common_name(entry) or entry.name


class Registry:
    """Persons seen in this run: canonical name -> Person, with aliases and roles."""

    def __init__(self) -> None:
        self._entries: list[_Entry] = []
        self._index: dict[str, list[_Entry]] = {}  # folded form or surname form -> entries
        self._by_kb: dict[str, _Entry] = {}
        self._renames: list[tuple[Person, Person]] = []
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
        """Every person recorded so far, in the order first seen."""
        return [e.person() for e in self._entries]

    def _find(self, name: str, found_roles: Iterable[Role] = (), kb: str | None = None) -> _Entry | None:
        if kb and kb in self._by_kb:
            return self._by_kb[kb]
        key = fold(name)
        pool = [e for e in self._candidates(name) if not _conflict(e.roles, found_roles)]
        stated = list(found_roles) or _offices_of(kb)
        pool = [
            e
            for e in pool
            if not (
                min(len(names.words(name)), len(names.words(e.name))) == 1
                and _other_office(e.roles or _offices_of(e.kb), stated)
            )
        ]
        if kb:
            pool = [e for e in pool if e.kb is None]  # another id is another person
        exact = [e for e in pool if key in {fold(f) for f in e.forms}]
        if len(exact) == 1:
            return exact[0]
        if exact:
            return None
        close = [e for e in pool if names.same_person(name, e.name)]
        return close[0] if len(close) == 1 else None

    def get(self, name: str, found_roles: Iterable[Role] = (), kb: str | None = None) -> Person | None:
        """The person a name (any alias, a surname, a small typo) stands for, when it is unambiguous;
        never one who holds one of ``found_roles`` for another country; with ``kb``, the person with
        that knowledge-base id (or one seen without an id whose name fits)."""
        entry = self._find(name, found_roles, kb)
        return entry.person() if entry else None

    def seed(self, ident: str, name: str, aliases: Iterable[str] = ()) -> None:
        """A person already stored under the IRI made of ``ident`` (``Person.ident``), with its names.

        Two stored persons that turn out to be one (an earlier fork) give a rename, and so does a
        stored person whose canonical name is no longer the registry's."""
        kb = ident if kbase.load().get(ident) is not None else None
        entry = self._record({name: 100, **{a: 1 for a in aliases if a != name}}, (), kb)
        current = entry.person()
        current = Person(name=current.name, kb=current.kb)
        for old in (entry.emitted, Person(name=name, kb=kb)):
            if (
                old is not None
                and (old.ident != current.ident or old.name != current.name)
                and (old, current) not in self._renames
            ):
                self._renames.append((old, current))
        entry.emitted = current

    def take_renames(self) -> list[tuple[Person, Person]]:
        """The persons handed out under an identity that has changed since, with their new form
        (oldest first); the list is emptied."""
        out, self._renames = self._renames, []
        return out

    def canonical(self, name: str) -> str:
        """The canonical name for a name form (the form itself when unknown)."""
        entry = self._find(name)
        return entry.name if entry else name

    def add(self, forms: Mapping[str, int], found_roles: Iterable[Role] = (), kb: str | None = None) -> Person:
        """Record the name forms of one person (with counts), roles and knowledge-base id; returns
        the merged Person."""
        entry = self._record(forms, found_roles, kb)
        person = entry.person()
        before = entry.emitted
        if before is not None and (before.ident != person.ident or before.name != person.name):
            self._renames.append((before, person))
        entry.emitted = Person(name=person.name, kb=person.kb)
        return person

    def _record(self, forms: Mapping[str, int], found_roles: Iterable[Role], kb: str | None) -> _Entry:
        forms = {f: n for f, n in forms.items() if f}
        if not forms:
            raise ValueError("a person needs at least one name form")
        order = {f: i for i, f in enumerate(forms)}
        found_roles = list(found_roles)
        entry = self._find(best_form(forms, order), found_roles, kb)
        if entry is None:
            entry = _Entry()
            self._entries.append(entry)
        if kb and entry.kb is None:
            entry.kb = kb
            self._by_kb[kb] = entry
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
        return entry
