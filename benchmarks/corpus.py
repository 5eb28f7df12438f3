"""A generated news corpus for benchmarks: deterministic, streamed, as large as asked.

Two products from the same pools of leaders, countries, cities and venues:

* ``article(i)`` / ``write_corpus(directory, n)``: plain-text news pages (headline, date line,
  dateline paragraph, meeting / visit / phone-call / planned-meeting / signing sentences, filler
  paragraphs and page boilerplate), for the ingest benchmarks.  Article ``i`` of a seed is
  always the same text, and articles are written one at a time, never held together.
* ``extraction(i)`` / ``extractions(n)``: the records the pipeline would produce for such an
  article, built directly (no spaCy), for filling stores of a given number of triples fast.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from diplograph.ingest.records import Article, Event, Evidence, Extraction, Person, Place, Role

# (country, adjective, capital, other cities)
COUNTRIES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("Venezuela", "Venezuelan", "Caracas", ("Maracaibo", "Valencia")),
    ("Iran", "Iranian", "Tehran", ("Isfahan", "Mashhad")),
    ("Brazil", "Brazilian", "Brasília", ("São Paulo", "Rio de Janeiro")),
    ("Germany", "German", "Berlin", ("Munich", "Hamburg")),
    ("France", "French", "Paris", ("Lyon", "Marseille")),
    ("Japan", "Japanese", "Tokyo", ("Osaka", "Kyoto")),
    ("India", "Indian", "New Delhi", ("Mumbai", "Bengaluru")),
    ("China", "Chinese", "Beijing", ("Shanghai", "Guangzhou")),
    ("Turkey", "Turkish", "Ankara", ("Istanbul", "Izmir")),
    ("Egypt", "Egyptian", "Cairo", ("Alexandria", "Sharm el-Sheikh")),
    ("Kenya", "Kenyan", "Nairobi", ("Mombasa",)),
    ("Nigeria", "Nigerian", "Abuja", ("Lagos",)),
    ("South Africa", "South African", "Pretoria", ("Cape Town", "Johannesburg")),
    ("Mexico", "Mexican", "Mexico City", ("Guadalajara", "Monterrey")),
    ("Argentina", "Argentine", "Buenos Aires", ("Córdoba",)),
    ("Chile", "Chilean", "Santiago", ("Valparaíso",)),
    ("Peru", "Peruvian", "Lima", ("Cusco",)),
    ("Colombia", "Colombian", "Bogotá", ("Medellín", "Cartagena")),
    ("Canada", "Canadian", "Ottawa", ("Toronto", "Montreal")),
    ("Australia", "Australian", "Canberra", ("Sydney", "Melbourne")),
    ("Indonesia", "Indonesian", "Jakarta", ("Bali", "Surabaya")),
    ("Vietnam", "Vietnamese", "Hanoi", ("Ho Chi Minh City",)),
    ("Saudi Arabia", "Saudi", "Riyadh", ("Jeddah",)),
    ("Qatar", "Qatari", "Doha", ()),
    ("Norway", "Norwegian", "Oslo", ("Bergen",)),
    ("Poland", "Polish", "Warsaw", ("Krakow", "Gdansk")),
    ("Italy", "Italian", "Rome", ("Milan", "Naples")),
    ("Spain", "Spanish", "Madrid", ("Barcelona", "Seville")),
    ("Ghana", "Ghanaian", "Accra", ("Kumasi",)),
    ("Mongolia", "Mongolian", "Ulaanbaatar", ()),
    ("Kazakhstan", "Kazakh", "Astana", ("Almaty",)),
    ("Pakistan", "Pakistani", "Islamabad", ("Karachi", "Lahore")),
)
VENUES = (
    "the presidential palace",
    "the Foreign Ministry",
    "the State Guest House",
    "the Government House",
    "the Palace of the Nation",
    "the parliament building",
    "the summit venue",
)
FIRST = (
    "Ana",
    "Luis",
    "Maria",
    "Jorge",
    "Amira",
    "Hossein",
    "Mehdi",
    "Olaf",
    "Annalena",
    "Yuki",
    "Haruto",
    "Priya",
    "Rahul",
    "Wei",
    "Li",
    "Mehmet",
    "Ayse",
    "Fatima",
    "Omar",
    "Grace",
    "Samuel",
    "Chidi",
    "Thabo",
    "Naledi",
    "Carlos",
    "Lucia",
    "Sofia",
    "Mateo",
    "Isabel",
    "Diego",
    "Claire",
    "Pierre",
    "Elena",
    "Marek",
    "Katarzyna",
    "Giorgio",
    "Francesca",
    "Lars",
    "Ingrid",
    "Kwame",
    "Ama",
    "Batbayar",
    "Aigerim",
    "Nurlan",
    "Imran",
    "Ayesha",
    "Nguyen",
    "Siti",
    "Budi",
    "Khalid",
    "Noura",
    "Tomas",
)
LAST = (
    "Rodriguez",
    "Moreno",
    "Alvarez",
    "Rahimi",
    "Tehrani",
    "Kazemi",
    "Schneider",
    "Hoffmann",
    "Tanaka",
    "Sato",
    "Sharma",
    "Iyer",
    "Zhang",
    "Wang",
    "Yilmaz",
    "Demir",
    "Haddad",
    "Mansour",
    "Otieno",
    "Mwangi",
    "Okafor",
    "Adeyemi",
    "Nkosi",
    "Dlamini",
    "Hernandez",
    "Castillo",
    "Fernandez",
    "Vargas",
    "Rojas",
    "Dubois",
    "Laurent",
    "Kowalski",
    "Nowak",
    "Rossi",
    "Bianchi",
    "Hansen",
    "Larsen",
    "Mensah",
    "Owusu",
    "Bold",
    "Tserendorj",
    "Nazarbayeva",
    "Khan",
    "Qureshi",
    "Tran",
    "Santoso",
    "Wijaya",
    "Al-Thani",
    "Al-Saud",
    "Novak",
    "Petrov",
    "Garcia",
    "Silva",
    "Costa",
    "Moretti",
    "Jensen",
    "Bauer",
    "Kimura",
)
TITLES = (
    "President",
    "Prime Minister",
    "Foreign Minister",
    "Defence Minister",
    "Trade Minister",
    "Finance Minister",
    "Special Envoy",
    "Vice President",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
TOPICS = (
    "energy cooperation",
    "trade and investment",
    "regional security",
    "climate finance",
    "food security",
    "migration",
    "debt relief",
    "infrastructure projects",
    "fisheries",
    "a ceasefire proposal",
    "vaccine production",
    "customs procedures",
    "student exchanges",
    "rail links",
)
AGENCIES = ("Reuters", "AFP", "AP", "Xinhua", "Anadolu")
BOILERPLATE_TOP = (
    "Home | World | Politics | Business | Sport",
    "Subscribe to our newsletter",
    "Advertisement",
    "Sign in",
    "Menu",
)
BOILERPLATE_END = (
    "Share this article",
    "Read more:",
    "Related stories",
    "© {year} Example News Network. All rights reserved.",
    "Follow us on Twitter and Facebook",
    "Cookie settings",
)
FILLER = (
    "Officials said the talks focused on {topic} and on {topic2}.",
    "The ministry said in a statement that both sides wanted to deepen ties.",
    "Analysts said the meeting reflected growing interest in {topic}.",
    "\u201cWe have agreed to work together on {topic},\u201d the {title} told reporters.",
    "Bilateral trade between the two countries reached ${n} billion last year.",
    "The delegation included business leaders and senior officials.",
    "Opposition lawmakers criticised the government for its handling of {topic}.",
    "Markets in the region were little changed on the news.",
    "The two countries established diplomatic relations in {year0}.",
    "A joint statement is expected to be published later this week.",
)


TITLES_MORE = (
    "Interior Minister",
    "Energy Minister",
    "Health Minister",
    "Deputy Foreign Minister",
    "Ambassador",
    "National Security Adviser",
    "Speaker of Parliament",
    "Agriculture Minister",
)
CAST_SIZE = 2000


@dataclass(frozen=True)
class Leader:
    name: str
    title: str
    country: str
    adjective: str

    def person(self) -> Person:
        return Person(self.name, aliases=(self.name.split()[-1],), roles=(Role(self.title, self.country),))


def leaders(size: int = CAST_SIZE, seed: int = 0) -> list[Leader]:
    """A fixed cast of ``size`` office holders with distinct names, spread over the countries.

    Up to ``len(FIRST) * len(LAST)`` people have a first name and a surname; beyond that a second
    surname is added.  The order is the order of prominence: earlier people meet more often.
    """
    rng = random.Random(seed)
    names = [f"{f} {last}" for f in FIRST for last in LAST]
    rng.shuffle(names)
    if size > len(names):
        doubles = [f"{f} {a}-{b}" for f in FIRST for a in LAST for b in LAST if a != b]
        rng.shuffle(doubles)
        names += doubles
    titles = TITLES[:5] + TITLES[5:] + TITLES_MORE
    cast = []
    for k in range(size):
        country, adj, _, _ = COUNTRIES[k % len(COUNTRIES)]
        cast.append(Leader(names[k], titles[(k // len(COUNTRIES)) % len(titles)], country, adj))
    return cast


_CAST = leaders()


def _pick(rng: random.Random, cast: list[Leader]) -> Leader:
    """A cast member, skewed towards the prominent ones (a few people meet very often)."""
    return cast[int(len(cast) * rng.random() ** 2.5)]


def _city(rng: random.Random, country_index: int) -> tuple[str, str]:
    country, _, capital, others = COUNTRIES[country_index]
    return rng.choice((capital, capital) + others), country


def _country_index(name: str) -> int:
    return next(i for i, c in enumerate(COUNTRIES) if c[0] == name)


@dataclass(frozen=True)
class Story:
    """The facts of one generated article: the pieces both the text and the records are made from."""

    published: date
    kind: str  # meet | visit | phone_call | planned_meet | sign_agreement
    a: Leader
    b: Leader
    city: str
    country: str
    venue: str | None
    event_date: date
    topic: str


def story(i: int, seed: int = 0) -> Story:
    rng = random.Random(f"{seed}:{i}")
    published = date(2015, 1, 1) + timedelta(days=rng.randrange(365 * 9))
    a, b = _pick(rng, _CAST), _pick(rng, _CAST)
    while a.country == b.country:
        b = _pick(rng, _CAST)
    kind = rng.choices(("meet", "visit", "phone_call", "planned_meet", "sign_agreement"), (5, 2, 2, 1, 1))[0]
    host = rng.choice((a, b))
    city, country = _city(rng, _country_index(host.country))
    venue = rng.choice(VENUES) if rng.random() < 0.4 else None
    back = rng.randrange(0, 6) if kind != "planned_meet" else -rng.randrange(2, 10)
    return Story(published, kind, a, b, city, country, venue, published - timedelta(days=back), rng.choice(TOPICS))


def _when(s: Story) -> str:
    delta = (s.published - s.event_date).days
    if delta == 0:
        return "today"
    if delta == 1:
        return "yesterday"
    if 1 < delta < 7:
        return "on " + WEEKDAYS[s.event_date.weekday()]
    return f"on {MONTHS[s.event_date.month - 1]} {s.event_date.day}, {s.event_date.year}"


def _lead(s: Story) -> str:
    a, b = s.a, s.b
    where = f"at {s.venue} in {s.city}" if s.venue else f"in {s.city}"
    when = _when(s)
    if s.kind == "meet":
        return f"{a.adjective} {a.title} {a.name} met {b.adjective} {b.title} {b.name} {where} {when}."
    if s.kind == "visit":
        return (
            f"{a.adjective} {a.title} {a.name} arrived in {s.city} {when} for a two-day official visit "
            f"and held talks with {b.title} {b.name}."
        )
    if s.kind == "phone_call":
        return f"{a.title} {a.name} spoke by phone with {b.adjective} {b.title} {b.name} {when} about {s.topic}."
    if s.kind == "planned_meet":
        month = MONTHS[s.event_date.month - 1]
        return (
            f"{a.adjective} {a.title} {a.name} will meet {b.title} {b.name} in {s.city} on "
            f"{month} {s.event_date.day}, officials announced."
        )
    return f"{a.title} {a.name} and {b.title} {b.name} signed an agreement on {s.topic} {where} {when}."


def article(i: int, seed: int = 0) -> str:
    """The text of generated article ``i``: a plain-text page with a little boilerplate."""
    s = story(i, seed)
    rng = random.Random(f"text:{seed}:{i}")
    a, b = s.a, s.b
    headline = {
        "meet": f"{a.name.split()[-1]} and {b.name.split()[-1]} discuss {s.topic}",
        "visit": f"{a.adjective} {a.title.lower()} visits {s.city}",
        "phone_call": f"{a.name.split()[-1]}, {b.name.split()[-1]} hold phone talks",
        "planned_meet": f"{a.name.split()[-1]} to meet {b.name.split()[-1]} next month",
        "sign_agreement": f"{a.adjective} and {b.adjective} officials sign {s.topic} deal",
    }[s.kind]
    pub = s.published
    lines = [
        rng.choice(BOILERPLATE_TOP),
        "",
        headline,
        "",
        f"Published: {WEEKDAYS[pub.weekday()][:3]} {pub.day} {MONTHS[pub.month - 1][:3]} {pub.year}",
        "",
        f"{s.city.upper()}, {MONTHS[pub.month - 1]} {pub.day} ({rng.choice(AGENCIES)}) - " + _lead(s),
        "",
    ]
    for _ in range(rng.randrange(3, 7)):
        sentences = [
            rng.choice(FILLER).format(
                topic=rng.choice(TOPICS),
                topic2=rng.choice(TOPICS),
                title=a.title,
                n=rng.randrange(2, 90),
                year0=rng.randrange(1950, 2000),
            )
            for _ in range(rng.randrange(2, 4))
        ]
        lines += [" ".join(sentences), ""]
    if rng.random() < 0.5:
        lines += [
            f"{b.name.split()[-1]} is expected to visit {COUNTRIES[_country_index(a.country)][2]} later this year.",
            "",
        ]
    lines += [rng.choice(BOILERPLATE_END).format(year=pub.year) for _ in range(2)]
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class CorpusInfo:
    directory: Path
    articles: int
    words: int
    bytes: int


def write_corpus(directory: str | Path, n: int, seed: int = 0, per_folder: int = 1000) -> CorpusInfo:
    """Write ``n`` generated articles as ``.txt`` files, ``per_folder`` to a sub-folder."""
    root = Path(directory)
    words = size = 0
    for i in range(n):
        folder = root / f"{i // per_folder:04d}"
        if i % per_folder == 0:
            folder.mkdir(parents=True, exist_ok=True)
        text = article(i, seed)
        words += len(text.split())
        data = text.encode("utf-8")
        size += len(data)
        (folder / f"article-{i:07d}.txt").write_bytes(data)
    return CorpusInfo(root, n, words, size)


def extraction(i: int, seed: int = 0) -> Extraction:
    """The records an article like ``article(i)`` stands for, built directly (no spaCy)."""
    s = story(i, seed)
    text = f"{s.a.name} and {s.b.name}: {s.kind} in {s.city}.\n" + _lead(s)
    file = f"article-{i:07d}.txt"
    art = Article(
        file=file,
        path=f"/corpus/{file}",
        text=text,
        title=text.split("\n")[0],
        published=s.published,
        source=AGENCIES[i % len(AGENCIES)],
    )
    start = text.index("\n") + 1
    evidence = Evidence(article=art.key, file=file, quote=text[start:], start=start, end=len(text))
    place = Place(s.city, kind="city", country=s.country)
    pa, pb = s.a.person(), s.b.person()
    participants = (pa,) if s.kind == "visit" else (pa, pb)
    events = [
        Event(s.kind, participants, (evidence,), place=place, venue=s.venue, date=s.event_date.isoformat(), host=None)
    ]
    if s.kind == "visit":
        events.append(Event("meet", (pa, pb), (evidence,), place=place, date=s.event_date.isoformat()))
    return Extraction(article=art, people=(pa, pb), places=(place,), events=tuple(events))


def extractions(n: int, seed: int = 0, start: int = 0) -> Iterator[Extraction]:
    for i in range(start, start + n):
        yield extraction(i, seed)


def country_pair(seed: int = 0) -> tuple[str, str]:
    """Two countries whose leaders meet in the generated data (for the between-countries query)."""
    s = next(story(i, seed) for i in range(1000) if story(i, seed).kind == "meet")
    return s.a.country, s.b.country


def a_person(seed: int = 0) -> str:
    """The name of the most prominent member of the cast: someone who meets others often."""
    return _CAST[0].name
