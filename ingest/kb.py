"""The office-holder knowledge base: who held which office, under which names, when.

Two data files under ``ingest/data``, loaded once per process (``load()``):

* ``kb_phoenix.jsonl.gz``: government office holders of every country to about 2015, built from
  the PETRARCH2/Phoenix actor dictionary by ``python -m diplograph.ingest.kb_build`` (offices without titles);
* ``kb_curated.json``: hand-curated heads of state and government and foreign ministers, mostly
  2015-2025, with titles, nicknames, honorific styles and Wikidata ids where sure.

A curated person who is also in the Phoenix part (same country, same full name or alias) is one
entry: the Phoenix id is kept, the curated name, aliases and offices are added.

Look-ups are dictionaries by folded name (``ingest.records.fold``), never scans; a full name
in another romanisation ("Serzh Sarkisian" for the base's "Serzh Sarkisyan", "Ilham Aliev") is
found through one spelling of both (``romanised``, rules in ``data/romanisation.json``):

* ``match(name, day, countries, titles)``: the one person a name form stands for.  A full name,
  a variant or a nickname ("Jokowi") names a person outright when only one entry has it (several:
  the article's countries, then the office at the date decide).  A single word (a surname, "Maduro",
  or the first word of a name written family name first, "Xi") names a person only when the
  context agrees: among those it may name, one holds an office at
  the date in a country the article names, or is the only one in office at the date; a title
  stated with the name ("King Salman") must fit an office held at the date.
* ``holder(phrase, country, day)``: the one person who held an office of that kind for that
  country at the date ("the Saudi king", "the Chinese foreign minister").
* ``styles()`` and ``style_holder(style, day, countries)``: honorific styles that denote one office
  holder ("Custodian of the Two Holy Mosques").

Dates may be partial ("2025-09", "1997"): an office is *possibly* held on a day between its
earliest start and its latest end; a holder is resolved only when no other holder is possible.
An open-ended Phoenix office counts only up to ``PHOENIX_HORIZON`` (the dictionary's last year).
"""

from __future__ import annotations

import calendar
import gzip
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from diplograph.ingest import names
from diplograph.ingest.datafiles import path, read_json, read_list
from diplograph.ingest.records import Role, fold

PHOENIX_FILE = "kb_phoenix.jsonl.gz"
CURATED_FILE = "kb_curated.json"
PHOENIX_HORIZON = date(2015, 12, 31)
_FOREIGN = (
    "foreign minister",
    "foreign secretary",
    "secretary of state",
    "external affairs minister",
    "minister of foreign affairs",
    "minister for foreign affairs",
    "foreign affairs minister",
    "minister of external affairs",
    "secretary of foreign affairs",
    "top diplomat",
)
KINDS = {
    **{t: "foreign minister" for t in _FOREIGN},
    "premier": "prime minister",
    "taoiseach": "prime minister",  # "the Irish Prime Minister"
    "amir": "emir",
    "defense minister": "defence minister",
    "chancellor": "head of government",
}
# name words that are titles, not names ("King Salman", "Sultan Qaboos"): left out of an alias
TITLE_WORDS = frozenset(
    {
        "king",
        "queen",
        "prince",
        "princess",
        "emperor",
        "sultan",
        "emir",
        "amir",
        "sheikh",
        "shaikh",
        "president",
        "senior",
        "general",
        "ayatollah",
        "lord",
        "sir",
        "dr",
        "his",
        "her",
        "majesty",
        "highness",
        "crown",
        "the",
    }
)


def _bounds(value: str | None, late: bool) -> date | None:
    """The earliest (or latest) day a partial ISO date may stand for."""
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    year = parts[0]
    if len(parts) == 1:
        return date(year, 12, 31) if late else date(year, 1, 1)
    month = parts[1]
    if len(parts) == 2:
        return date(year, month, calendar.monthrange(year, month)[1]) if late else date(year, month, 1)
    return date(year, month, parts[2])


def kind(title: str) -> str:
    """The kind of an office, for comparing titles: 'External Affairs Minister' -> 'foreign minister'."""
    key = fold(title)
    return KINDS.get(key, key)


@dataclass(frozen=True)
class Office:
    """An office held from ``start`` to ``end`` (ISO dates, maybe partial; ``end`` None: no end known)."""

    title: str | None  # None for Phoenix offices (the dictionary gives only a CAMEO code)
    country: str | None
    start: str | None = None
    end: str | None = None
    code: str | None = None  # CAMEO sector code of a Phoenix office: "GOV", "GOVBUS", ...
    source: str = "curated"

    def possibly_held(self, day: date) -> bool:
        """Whether the office may have been held on ``day`` (partial dates read generously)."""
        start = _bounds(self.start, late=False)
        end = _bounds(self.end, late=True)
        if end is None and self.source == "phoenix":
            end = PHOENIX_HORIZON
        return (start is None or start <= day) and (end is None or day <= end)

    def ended_before(self, day: date) -> bool:
        """Whether the office is known to have ended before ``day`` (an end date stated)."""
        end = _bounds(self.end, late=True)
        return end is not None and end < day

    @property
    def role(self) -> Role | None:
        return Role(self.title, self.country) if self.title else None


@dataclass(frozen=True)
class KBPerson:
    """One office holder of the knowledge base."""

    id: str
    name: str
    country: str | None
    aliases: tuple[str, ...] = ()
    nicknames: tuple[str, ...] = ()
    offices: tuple[Office, ...] = ()
    source: str = "curated"  # phoenix | curated | phoenix+curated
    wikidata: str | None = None
    phoenix: str | None = None  # the actor's key in the Phoenix dictionary

    def offices_on(self, day: date | None) -> list[Office]:
        if day is None:
            return []
        return [o for o in self.offices if o.possibly_held(day)]

    def roles_on(self, day: date | None) -> list[Role]:
        """The titled offices held at the date, as roles."""
        return [o.role for o in self.offices_on(day) if o.role is not None]

    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases, *self.nicknames)


@dataclass(frozen=True)
class Style:
    """An honorific style that denotes the holder of one office ("Custodian of the Two Holy Mosques")."""

    style: str
    office: str
    countries: tuple[str, ...] = ()


ARABIC_ARTICLE = frozenset({"el", "ul", "ad", "ar", "as", "ash", "at", "az", "an"})  # folded spellings of "al-"


@lru_cache(maxsize=1)
def _romanisation() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(pattern), spelt) for pattern, spelt in read_json("romanisation.json")["rules"])


@lru_cache(maxsize=8192)
def romanised(key: str) -> str:
    """A folded name with each word spelt by one romanisation (``data/romanisation.json``): "serzh
    sarkisian" and "serzh sarkisyan" alike."""
    out = []
    for word in key.split():
        for pattern, spelt in _romanisation():
            word = pattern.sub(spelt, word)
        out.append(word)
    return " ".join(out)


def al_spelt(key: str) -> str:
    """A folded name with the Arabic article spelt "al": "omar el bashir" -> "omar al bashir"."""
    return " ".join("al" if w in ARABIC_ARTICLE else w for w in key.split())


def strip_titles(name: str) -> str:
    """'King Salman' -> 'Salman'; 'Senior General Min Aung Hlaing' -> 'Min Aung Hlaing';
    'President-elect Barack Obama' -> 'Barack Obama'."""
    words = name.split()
    k = 0
    while k < len(words) - 1 and _title_word(words[k]):
        k += 1
    return " ".join(words[k:])


def _title_word(word: str) -> bool:
    """A title word, also one to come ("President-elect", "Premier-designate")."""
    head, _, tail = word.lower().rpartition("-")
    return fold(word) in TITLE_WORDS or (tail in ("elect", "designate") and fold(head) in TITLE_WORDS)


@dataclass
class KnowledgeBase:
    people: dict[str, KBPerson] = field(default_factory=dict)
    styles: tuple[Style, ...] = ()
    _full: dict[str, list[str]] = field(default_factory=dict)  # folded full name, variant, nickname -> ids
    _short: dict[str, list[str]] = field(default_factory=dict)  # folded single word / surname form -> ids
    # a full name of three or more words by its first and last ("toomas ilves" -> "toomas hendrik ilves");
    # None when two full names share them
    _first_last: dict[str, str | None] = field(default_factory=dict)
    _offices: dict[str, list[tuple[str, Office]]] = field(default_factory=dict)  # country -> titled offices
    _styles: dict[str, list[Style]] = field(default_factory=dict)
    _given: frozenset[str] | None = None  # first words of the full names, folded (built on first use)
    _romanised: dict[str, str | None] = field(default_factory=dict)  # romanised full name -> full name (None: several)
    _paternal: dict[str, str] = field(default_factory=dict)  # id -> given name and father's surname

    # ---------------------------------------------------------------- building

    def _index(self, person: KBPerson) -> None:
        def put(index: dict[str, list[str]], key: str) -> None:
            if key:
                bucket = index.setdefault(key, [])
                if person.id not in bucket:
                    bucket.append(person.id)

        for n in (person.name, *person.aliases):
            n = strip_titles(n)
            key = fold(n)
            if " " in key:
                put(self._full, key)
                spelt = romanised(key)
                self._romanised[spelt] = key if self._romanised.get(spelt, key) == key else None
                ws = names.words(key)
                if len(ws) >= 3 and not any(w in names.PARTICLES for w in ws):
                    self._short_form(f"{ws[0]} {ws[-1]}", key)
                for form in names.surname_forms(n):
                    put(self._short, fold(form))
                if person.country in _family_name_first() and len(ws) <= 3 and ws[0] not in names.PARTICLES:
                    put(self._short, ws[0])  # "Xi" of "Xi Jinping", "Lee" of "Lee Hsien Loong"
            else:
                put(self._short, key)
        for n in person.nicknames:
            put(self._full, fold(n))
        for office in person.offices:
            if office.title:
                self._offices.setdefault(office.country or person.country or "", []).append((person.id, office))

    def _short_form(self, short: str, key: str) -> None:
        """Index a folded short form of the full name ``key`` ("toomas ilves"), or mark it as two
        people's (None) when another full name has it too."""
        self._first_last[short] = key if self._first_last.get(short, key) == key else None

    def add(self, person: KBPerson) -> None:
        self.people[person.id] = person
        self._index(person)

    def index_paternal_surnames(self) -> None:
        """Names of three words from countries of two surnames (``two_surnames.txt``) whose middle
        word opens no full name of the base: known by their first two words ("Alvaro Uribe" of
        "Alvaro Uribe Velez"), and the middle word is a surname ("Uribe")."""
        countries = frozenset(read_list("two_surnames.txt"))
        for person in self.people.values():
            if person.country not in countries:
                continue
            for n in (person.name, *person.aliases):
                ws = names.words(strip_titles(n))
                if len(ws) != 3 or self.given_name(ws[1]) or any(w in names.PARTICLES for w in ws):
                    continue
                short = f"{ws[0]} {ws[1]}"
                if short not in self._full:
                    self._short_form(short, " ".join(ws))
                bucket = self._short.setdefault(ws[1], [])
                if person.id not in bucket:
                    bucket.append(person.id)
                if n == person.name:
                    self._paternal[person.id] = " ".join(strip_titles(n).split()[:2])

    def common_name(self, person: KBPerson) -> str | None:
        """The name English news gives a person of two surnames: the given name and the father's
        surname ("Alvaro Uribe" of "Alvaro Uribe Velez"); None for anyone else."""
        return self._paternal.get(person.id)

    # ---------------------------------------------------------------- look-ups

    def get(self, ident: str) -> KBPerson | None:
        return self.people.get(ident)

    def known(self, name: str) -> bool:
        """Whether a full name, variant or nickname of someone in the knowledge base."""
        return self.full_name_key(name) in self._full

    def full_name_key(self, name: str) -> str:
        """The folded full name of the base a name form stands for ("Alvaro Uribe" -> "alvaro uribe
        velez"), or the folded form itself."""
        return self._full_key(fold(strip_titles(name)))

    def by_initials(self, initials: str, surname: str) -> KBPerson | None:
        """The one person of the base whose name is these initials' given names and this surname
        ("A.B. Vajpayee": Atal Bihari Vajpayee), or None (no one, or several)."""
        letters = [c for c in fold(initials) if c.isalpha()]
        last = fold(surname)
        found = {
            pid
            for pid in self._short.get(last, ())
            for n in (self.people[pid].name, *self.people[pid].aliases)
            if (ws := names.words(fold(strip_titles(n)))) and ws[-1] == last and [w[0] for w in ws[:-1]] == letters
        }
        return self.people[found.pop()] if len(found) == 1 else None

    def given_name(self, word: str) -> bool:
        """Whether a word opens a full name in the knowledge base ("Yuri" of "Yuri Fedotov")."""
        if self._given is None:
            self._given = frozenset(key.split()[0] for key in self._full)
        return fold(word) in self._given

    def _full_key(self, key: str) -> str:
        """A folded name as the knowledge base holds it: itself, or with the Arabic article spelt "al"
        ("Omar El-Bashir"), else its first and last words when the words between are given names the
        base leaves out ("Diana Elena Mondino" is "Diana Mondino"), not particles ("Mohammed bin Salman"),
        else the one full name of the base whose first and last words it is ("Toomas Ilves")."""
        if key in self._full:
            return key
        article = al_spelt(key)
        if article in self._full:
            return article
        ws = names.words(key)
        if len(ws) >= 3 and not any(w in names.PARTICLES for w in ws):
            short = f"{ws[0]} {ws[-1]}"
            if short in self._full:
                return short
        if len(ws) == 2 and self._first_last.get(key):
            return self._first_last[key]  # "Toomas Ilves": the base's "Toomas Hendrik Ilves"
        return self._romanised.get(romanised(key)) or key  # "Serzh Sarkisian": the base's "Serzh Sarkisyan"

    def match(
        self, name: str, day: date | None = None, countries: Iterable[str] = (), titles: Iterable[Role] = ()
    ) -> KBPerson | None:
        """The one person a name form stands for in an article's context, or None (see the module doc)."""
        key = fold(strip_titles(name))
        if not key:
            return None
        countries = {c for c in countries if c}
        titles = [r for r in titles if r.title]
        full = self._full.get(self._full_key(key), [])
        if full:
            pool = [self.people[i] for i in full]
            pool = self._fits_titles(pool, titles, day) if titles else pool
            if len(pool) == 1:
                return pool[0]
            return self._narrow(pool, day, countries, strict=False)
        if len(names.words(key)) > 1:
            return self._misspelt(key, day, countries, titles)
        pool = [self.people[i] for i in self._short.get(key, [])]
        if pool and day is None and titles:
            # an undated page: a surname with a title only one namesake ever held ("King Hamad")
            fits = self._fits_titles(pool, titles, None, bare=True)
            return fits[0] if len(fits) == 1 and any(o.title for o in fits[0].offices) else None
        if not pool or day is None:
            return None
        in_office = [p for p in pool if p.offices_on(day)]
        if titles:
            in_office = self._fits_titles(in_office, titles, day, bare=True)
        if not in_office:
            return None
        local = [
            p for p in in_office if p.country in countries or any(o.country in countries for o in p.offices_on(day))
        ]
        if len(local) == 1:
            return local[0]
        # a namesake of the story's countries, or a curated one (a leader of note), out of office
        # at the date leaves a bare surname open: "Castro" in 2023 is not surely Xiomara Castro
        namesakes = [p for p in pool if p not in in_office and (p.country in countries or p.source != "phoenix")]
        if (
            not local
            and len(in_office) == 1
            and not namesakes
            and (titles or not countries or in_office[0].source != "phoenix")
        ):
            # the only holder in office at the date; a Phoenix-only minister needs a title or no other country
            return in_office[0]
        return None

    def _misspelt(self, key: str, day: date | None, countries: set[str], titles: list[Role]) -> KBPerson | None:
        """A given name and surname, the given name misspelt ("Barrack Obama") as ``names.same_person``
        allows: the one person of that surname it fits.  Longer names are left to the article's own
        forms (the base may hold one person twice under two spellings of a long name)."""
        ws = names.words(key)
        if len(ws) != 2:
            return None
        pool = [
            p
            for p in (self.people[i] for i in self._short.get(ws[-1], []))
            if any(
                len(names.words(bare)) == len(ws) and names.same_person(key, fold(bare))
                for bare in (strip_titles(n) for n in p.names())  # "King Abdullah" is one word long
            )
        ]
        pool = self._fits_titles(pool, titles, day) if titles and pool else pool
        if len(pool) == 1:
            return pool[0]
        return self._narrow(pool, day, countries, strict=False) if pool else None

    def _fits_titles(
        self, pool: list[KBPerson], titles: list[Role], day: date | None, bare: bool = False
    ) -> list[KBPerson]:
        """Those whose office at the date (any office without a date) fits a title stated with the name.
        An office the knowledge base gives no title fits any title of its country; for a surname
        alone (``bare``), only a title that states that country ("United Nations Secretary General
        Ban" is no Yemeni minister al-Ban)."""
        out = []
        for p in pool:
            offices = p.offices_on(day) if day is not None else list(p.offices)
            ok = False
            for role in titles:
                for o in offices:
                    if o.title is None:
                        own = o.country or p.country
                        ok = ok or (role.country == own if bare else (role.country is None or role.country == own))
                    elif office_fits(role.title, o.title) and (
                        role.country is None or role.country == (o.country or p.country)
                    ):
                        ok = True
            if ok:
                out.append(p)
        return out

    @staticmethod
    def _narrow(pool: list[KBPerson], day: date | None, countries: set[str], strict: bool) -> KBPerson | None:
        local = [p for p in pool if p.country in countries]
        if len(local) == 1:
            return local[0]
        if day is not None:
            current = [p for p in (local or pool) if p.offices_on(day)]
            if len(current) == 1:
                return current[0]
        return None

    def holders(self, country: str, day: date) -> list[tuple[KBPerson, Office]]:
        """Every titled office of a country possibly held at the date, with its holder."""
        return [(self.people[i], o) for i, o in self._offices.get(country, []) if o.possibly_held(day)]

    def holder(self, title: str, country: str | None, day: date | None, fits=None) -> KBPerson | None:
        """The one person who held an office of that kind (``fits(office_title)``, or the same kind as
        ``title``) for ``country`` at the date; None when none or several may have."""
        if not country or day is None:
            return None
        test = fits or (lambda t: office_fits(title, t))
        found = {p.id: p for p, o in self.holders(country, day) if test(o.title)}
        return next(iter(found.values())) if len(found) == 1 else None

    def style_matches(self, text: str) -> list[tuple[int, int, Style]]:
        """Where the text uses an honorific style (case-insensitive), as character spans."""
        out = []
        low = text.lower()
        for style in self.styles:
            needle = style.style.lower()
            start = low.find(needle)
            while start >= 0:
                end = start + len(needle)
                if (start == 0 or not low[start - 1].isalnum()) and (end >= len(low) or not low[end].isalnum()):
                    out.append((start, end, style))
                start = low.find(needle, end)
        return sorted(out, key=lambda s: (s[0], -(s[1] - s[0])))

    def style_holder(self, style: Style, day: date | None, countries: Iterable[str]) -> KBPerson | None:
        """The one holder a style denotes at the date: its country, or the one the article names."""
        options = list(style.countries) or sorted({c for c in countries if c})
        if len(style.countries) > 1:
            named = [c for c in style.countries if c in set(countries)]
            options = named if named else list(style.countries)
        found = {}
        for country in options:
            person = self.holder(style.office, country, day)
            if person is not None:
                found[person.id] = person
            elif any(office_fits(style.office, o.title) for _, o in self.holders(country, day or date.min)):
                return None  # several may have held it: leave it open
        return next(iter(found.values())) if len(found) == 1 else None


def office_fits(text_title: str, office_title: str | None) -> bool:
    """Whether a title stated in text ("Foreign Minister", "FM" expanded, "premier") names an office;
    a bare head names an office of that head and its "of" ("Secretary" of "Secretary of State")."""
    if not office_title:
        return False
    a, b = kind(text_title), kind(office_title)
    if a == b:
        return True
    if fold(office_title).startswith(fold(text_title) + " of "):
        return True  # "Secretary Kerry": the head of "Secretary of State"
    wa, wb = set(a.split()), set(b.split())
    # "President" does not fit "Vice President", "Prince" fits "Crown Prince" only when stated so
    return wa == wb


# ------------------------------------------------------------------------------------------------
# loading
# ------------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _family_name_first() -> frozenset[str]:
    """Countries whose names are written family name first ("Xi Jinping"): the first word is a surname too."""
    return frozenset(read_list("family_name_first.txt"))


def _slug(text: str) -> str:
    return "-".join(fold(text).split())


def _organisation_words() -> frozenset[str]:
    """Last words that make a name an organisation's (``not_names.json``), of more than three letters."""
    return frozenset(fold(w) for w in read_json("not_names.json")["organisations"] if len(w) > 3)


def _phoenix_people() -> list[KBPerson]:
    file = path(PHOENIX_FILE)
    if not file.is_file():
        return []
    out = []
    organisations = _organisation_words()
    with gzip.open(file, "rt", encoding="utf-8") as fh:
        for line in fh:
            e = json.loads(line)
            if fold(e["name"]).rsplit(" ", 1)[-1] in organisations:
                continue  # the dictionary's bodies ("Kosovo Assembly", "Palestinian Authority") are no people
            offices = tuple(
                Office(
                    title=None,
                    country=o.get("country") or e["country"],
                    start=o["start"],
                    end=o["end"],
                    code=o["code"],
                    source="phoenix",
                )
                for o in e["offices"]
            )
            out.append(
                KBPerson(
                    id=e["id"],
                    name=e["name"],
                    country=e["country"],
                    aliases=tuple(e["aliases"]),
                    offices=offices,
                    source="phoenix",
                    phoenix=e.get("phoenix"),
                )
            )
    return out


def _curated() -> tuple[list[dict], list[Style]]:
    raw = read_json(CURATED_FILE)
    styles = [Style(s["style"], s["office"], tuple(s.get("countries", ()))) for s in raw.get("styles", ())]
    return list(raw["people"]), styles


def curated_person(entry: dict) -> KBPerson:
    country = entry.get("country")
    offices = tuple(
        Office(title=t, country=country, start=s, end=e, source="curated") for t, s, e in entry.get("offices", ())
    )
    return KBPerson(
        id=entry.get("id") or _slug(entry["name"]),
        name=entry["name"],
        country=country,
        aliases=tuple(entry.get("aliases", ())),
        nicknames=tuple(entry.get("nicknames", ())),
        offices=offices,
        source="curated",
        wikidata=entry.get("wikidata"),
    )


def _same_phoenix(
    person: KBPerson, entry: dict, by_key: dict[str, list[KBPerson]], by_phoenix: dict[str, KBPerson]
) -> KBPerson | None:
    if entry.get("phoenix"):
        return by_phoenix.get(entry["phoenix"])
    for n in (person.name, *person.aliases):
        n = strip_titles(n)
        if len(names.words(n)) < 2:
            continue
        same = [p for p in by_key.get(fold(n), []) if p.country == person.country]
        if len(same) == 1:
            return same[0]
    return None


def _merge(phoenix: KBPerson, curated: KBPerson) -> KBPerson:
    seen = {fold(curated.name)}
    aliases = []
    for a in (*curated.aliases, phoenix.name, *phoenix.aliases):
        if fold(a) not in seen:
            seen.add(fold(a))
            aliases.append(a)
    return KBPerson(
        id=phoenix.id,
        name=curated.name,
        country=curated.country or phoenix.country,
        aliases=tuple(aliases),
        nicknames=curated.nicknames,
        offices=phoenix.offices + curated.offices,
        source="phoenix+curated",
        wikidata=curated.wikidata,
        phoenix=phoenix.phoenix,
    )


def build(phoenix: list[KBPerson], curated: list[dict], styles: list[Style]) -> KnowledgeBase:
    """The knowledge base from its two parts (curated entries joined to their Phoenix entry)."""
    by_key: dict[str, list[KBPerson]] = {}
    for p in phoenix:
        for n in (p.name, *p.aliases):
            key = fold(n)
            if " " in key:
                by_key.setdefault(key, []).append(p)
    by_phoenix = {p.phoenix: p for p in phoenix if p.phoenix}
    merged: dict[str, KBPerson] = {p.id: p for p in phoenix}
    extra: list[KBPerson] = []
    for entry in curated:
        person = curated_person(entry)
        same = _same_phoenix(person, entry, by_key, by_phoenix)
        if same is not None and merged[same.id].source == "phoenix":
            merged[same.id] = _merge(same, person)
        else:
            extra.append(person)
    kb = KnowledgeBase(styles=tuple(styles))
    for p in list(merged.values()) + extra:
        if p.id in kb.people:
            p = KBPerson(**{**p.__dict__, "id": f"{p.id}--{_slug(p.country or 'unknown')}"})
        kb.add(p)
    for s in styles:
        kb._styles.setdefault(fold(s.style), []).append(s)
    kb.index_paternal_surnames()
    return kb


@lru_cache(maxsize=1)
def load() -> KnowledgeBase:
    """The knowledge base, built once per process."""
    curated, styles = _curated()
    return build(_phoenix_people(), curated, styles)
