"""Wire datelines: the filing city, date and agency that open a story.

    NEW DELHI, May 25 (IANS) – ...          KUALA LUMPUR, Oct 26 (Reuters) - ...
    LIMA, 4 March 2025 (Andes Wire) — ...    WASHINGTON (AP) — ...
    BEIJING, Oct. 3 (Xinhua) -- ...          Islamabad, Feb 3 (APP): ...
    LIMA, Peru — ...                         RIYADH: ...
    Suva [Fiji], May 15 (ANI): ...           Rio de Janeiro, 3/17/2004 (Agência Brasil) - ...
    Oct 7, 2005 (ADDIS ABABA) — ...        (Danang, Vietnam) – ...

This module is the one place a dateline is read.  ``parse(text)`` reads one at the start of a
paragraph (a ``Match`` with offsets into that paragraph, the year left open when the dateline
omits it); ``find(text, segments, reference)`` finds the story's dateline in an article's text
and returns the ``records.Dateline`` that ``ingest/stories.py`` puts on ``Article.dateline``,
with offsets into ``Article.text``, the city resolved against the gazetteer and the year
completed from ``reference`` (the page's own date) by ``complete_year``.

What counts as a dateline:

* a city in capitals ("NEW DELHI", "ST. PETERSBURG"), optionally a region or country after a
  comma ("LIMA, Peru") or in square brackets ("Suva [Fiji]"), a date ("May 25", "4 March 2025",
  "Oct. 3"), an agency in brackets, and then a dash ("-", "--", "–", "—") or a colon;
* a date first and the city in capitals in brackets after it ("Oct 7, 2005 (ADDIS ABABA) —");
* a city the gazetteer knows, and its country, in brackets before a dash ("(Danang, Vietnam) –");
  a date in figures ("3/17/2004") is read month first unless that cannot be a date, and day first
  when the page's own date says so;
* a city in title case ("Islamabad") only with a date or an agency in brackets, or, with a long
  dash, a hyphen set apart by spaces or after a full stop ("Havana, Cuba.-") or a colon, when the
  gazetteer knows the city ("Nairobi — ...", "St. Petersburg - ...", "Muscat: ...");
* never a word of ``dateline.json``'s ``not_cities`` ("BREAKING:", "UPDATE -", "EXCLUSIVE —"),
  and a bare capitalised word with nothing but a dash after it only when the gazetteer knows it.

The words are in ``ingest/data/date_words.json`` (months, weekdays) and ``dateline.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from diplograph.ingest.datafiles import read_json
from diplograph.ingest.records import Article, Dateline, Place, Segment, fold

MAX_CITY_WORDS = 4
MAX_REGION_WORDS = 3
# a dateline with a date, an agency or a known city in capitals may open any of the first paragraphs
BODY_PARAGRAPHS = 3
# one with its date and agency ("PATTAYA, April 11 (Bernama) --") may follow a page's header lines
WIRE_PARAGRAPHS = 10
NEAR_YEARS = (-1, 0, 1)  # a day-month dateline lies in the reference's year or one next to it


@lru_cache(maxsize=1)
def _when() -> str:
    """A dateline's date: "May 25", "4 March 2025", "Oct. 3", "2025-03-04", "3/17/2004", "February 6/2022"."""
    words = read_json("date_words.json")
    months = sorted(words["months"], key=len, reverse=True)
    weekdays = words["weekdays"] + [w[:3] for w in words["weekdays"]]
    month = rf"(?:{'|'.join(months)})\.?"
    weekday = rf"(?:{'|'.join(weekdays)})\.?,?\s+"
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    year = r"(?:19|20)\d\d"
    return (
        rf"(?:{weekday})?(?:{month}\s+{day}(?:(?:,?\s+|/){year})?|{day}\s+{month}(?:,?\s+{year})?"
        rf"|{year}-\d\d-\d\d|\d{{1,2}}/\d{{1,2}}/{year})"
    )


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    when = _when()
    word = r"[^\W\d_][\w.'’/-]*"
    return re.compile(
        rf"(?P<city>{word}(?:[ \t]+{word}){{0,{MAX_CITY_WORDS - 1}}})"
        rf"(?:(?:,[ \t]*|[ \t]*\[)(?P<region>{word}(?:[ \t]+{word}){{0,{MAX_REGION_WORDS - 1}}})\]?"
        # "MOSCOW (Russia), Feb 23 (APP):": a region in brackets, when a date follows it
        rf"|[ \t]*\((?P<bracketed>{word}(?:[ \t]+{word}){{0,{MAX_REGION_WORDS - 1}}})\)(?=,?[ \t]*{when}))??"
        rf"(?:,?[ \t]*(?P<date>{when}))?"
        rf"(?:,?[ \t]*\((?P<agency>[^()\d\n][^()\n]{{0,40}})\)|\.?[ \t]*/(?P<slashed>[A-Z][\w .-]{{0,30}})/"
        # "Accra, Aug. 8, GNA -": a known agency after the date's comma, with no brackets
        rf"|(?<=\d),[ \t]*(?P<plain>[A-Z][\w.]{{1,15}})(?=[ \t]*(?:--|—|–|―|-|:)))?"
        # "(ENA)—Prime Minister", "(APP):Prime Minister": a long dash or a colon needs no space after it
        # "(Jiji Press)--Japanese Prime Minister": a double dash after the agency's bracket needs none either
        # "(EFE).-": a full stop before the dash, as Spanish wires set it
        rf"(?:[ \t]*(?P<dash>--|\.[-–—]|—|–|―|-|:|\.|•)(?:(?<=[—–―])|(?=\s|$)|(?<=:)(?=[A-Z])|(?<=\)--)(?=[A-Z]))"
        # "Addis Ababa February 6/2022 /ENA/ Prime Minister", "New Delhi, Sep 21 (IANS) Blaming": with a
        # date, an agency between slashes or brackets closes it, a slash even with the story glued to it
        rf"|(?<=[/)])(?=[ \t]+[A-Z])|(?<=/)(?=[A-Z][a-z]))",
        re.IGNORECASE,
    )


_TIME_STAMP = re.compile(r"\d{1,2}:\d\d(?:[ \t]*[ap]\.?m\.?)?[ \t]*[|•·][ \t]*", re.IGNORECASE)


@lru_cache(maxsize=1)
def _date_first_pattern() -> re.Pattern[str]:
    """ "Oct 7, 2005 (ADDIS ABABA) —": the date, then the city in capitals in brackets, then a dash."""
    return re.compile(
        rf"(?P<date>{_when()})[ \t]*\((?P<city>[A-Z][A-Z.'’ -]{{1,40}}[A-Z.])\)[ \t]*(?P<dash>--|—|–|―|-|:)",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def city_particles() -> frozenset[str]:
    """Lowercase words inside a city's name in title case ("Dar es Salaam", "Rio de Janeiro")."""
    return frozenset(read_json("dateline.json")["city_particles"])


@lru_cache(maxsize=1)
def _agencies() -> frozenset[str]:
    from diplograph.ingest.datafiles import read_list

    return frozenset(a.casefold() for a in read_list("agencies.txt"))


@lru_cache(maxsize=1)
def _not_cities() -> frozenset[str]:
    """Words that open a paragraph like a city and are none: the data list, and the news agencies
    ("IRNA –" credits the agency)."""
    return frozenset(w.casefold() for w in read_json("dateline.json")["not_cities"]) | _agencies()


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    words = read_json("date_words.json")
    return frozenset(list(words["months"]) + words["weekdays"] + [w[:3] for w in words["weekdays"]])


@lru_cache(maxsize=1)
def _month_numbers() -> dict[str, int]:
    return read_json("date_words.json")["months"]


@dataclass(frozen=True)
class Match:
    """A dateline at the start of a paragraph, offsets relative to that paragraph."""

    end: int  # just after the dash or colon
    city: str
    city_start: int
    city_end: int
    region: str | None
    date_text: str | None
    month: int | None
    day: int | None
    year: int | None
    agency: str | None
    dash: str = "-"  # the dash or colon that ends it
    bracketed: bool = False  # "(Danang, Vietnam) –": as plainly a dateline as one with a date
    own_line: bool = False  # "March 26, 2013, Durban": a line of its own, as plainly one as a wire's


def _caps(words: list[str]) -> bool:
    return all(w.isupper() for w in words if any(c.isalpha() for c in w))


def _title(words: list[str]) -> bool:
    """Title case, a place name's lowercase particles inside ("Dar es Salaam", "Rio de Janeiro")."""
    particles = city_particles()
    return all(w[:1].isupper() or (0 < i < len(words) - 1 and w in particles) for i, w in enumerate(words))


def _read_date(text: str) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) of a dateline's date; the year None when not stated."""
    iso = re.search(r"((?:19|20)\d\d)-(\d\d)-(\d\d)", text)
    if iso:
        return int(iso.group(1)), int(iso.group(2)), int(iso.group(3))
    figures = re.search(r"(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)", text)
    if figures:
        first, second, year = (int(g) for g in figures.groups())
        month, day = (second, first) if first > 12 else (first, second)
        return year, (month if 1 <= month <= 12 else None), (day if 1 <= day <= 31 else None)
    low = text.casefold()
    months = _month_numbers()
    month = next((months[w] for w in re.findall(r"[a-z]+", low) if w in months), None)
    year = re.search(r"\b((?:19|20)\d\d)\b", low)
    day = next((int(d) for d in re.findall(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", low) if 1 <= int(d) <= 31), None)
    return (int(year.group(1)) if year else None), month, day


def _matched(
    m: re.Match[str],
    dash: str,
    when: str | None = None,
    read: tuple[int | None, int | None, int | None] | None = None,
    region: str | None = None,
    agency: str | None = None,
    bracketed: bool = False,
) -> Match:
    """The dateline a pattern with a ``city`` group matched (``read``: its date as ``_read_date`` reads it)."""
    year, month, day = read or (None, None, None)
    return Match(
        end=m.end(),
        city=m.group("city"),
        city_start=m.start("city"),
        city_end=m.end("city"),
        region=region,
        date_text=when,
        month=month,
        day=day,
        year=year,
        agency=agency,
        dash=dash,
        bracketed=bracketed,
    )


@lru_cache(maxsize=1)
def _date_then_city_pattern() -> re.Pattern[str]:
    """ "March 26, 2013, Durban": a line of its own with the date, then a known city, as presidential
    readouts head their text ("17 July 2006 St. Petersburg - ...": the comma may be left out)."""
    word = r"[^\W\d_][\w.'’-]*"
    return re.compile(
        rf"(?P<date>{_when()})(?:,[ \t]*|[ \t]+)(?P<city>{word}(?:[ \t]+{word}){{0,{MAX_CITY_WORDS - 1}}})"
        rf"(?:[ \t]+(?P<dash>--|—|–|―|-)(?=\s|$)|[ \t]*$)",
        re.IGNORECASE,
    )


def _date_then_city(text: str) -> Match | None:
    m = _date_then_city_pattern().match(text)
    if m is None or not _title(m.group("city").split()) or not _known_city(m.group("city")):
        return None
    year, month, day = _read_date(m.group("date"))
    if year is None or month is None or day is None:
        return None
    dash = m.group("dash") or ""  # "" on its own line; a dash once the story follows it
    return replace(_matched(m, dash=dash, when=m.group("date"), read=(year, month, day)), own_line=True)


def _date_first(text: str) -> Match | None:
    m = _date_first_pattern().match(text)
    if m is None or not _caps(m.group("city").split()):
        return None
    year, month, day = _read_date(m.group("date"))
    if month is None or day is None:
        return None
    return _matched(m, dash=m.group("dash"), when=m.group("date"), read=(year, month, day))


_BRACKETED = re.compile(
    r"\((?P<city>[^\W\d_][\w.'’ -]{1,40}?)(?:,[ \t]*(?P<region>[^\W\d_][\w.'’ -]{1,40}?))?\)"
    r"[ \t]*(?P<dash>--|—|–|―|-|:)"
)


def _bracketed(text: str) -> Match | None:
    """ "(Danang, Vietnam) –": a known city, and its country, in brackets before a dash."""
    m = _BRACKETED.match(text)
    if m is None or not _known_city(m.group("city"), alternates=True):
        return None
    if m.group("region") and not _title(m.group("region").split()):
        return None
    return _matched(m, dash=m.group("dash"), region=m.group("region"), bracketed=True)


@lru_cache(maxsize=1)
def _slashed_pattern() -> re.Pattern[str]:
    """ "Ankara/ (QNA)/ 05 September 2013/ ...", "Doha/QNA/ ...": a city, then a known agency between
    slashes, maybe in brackets, then maybe a date closed by a slash."""
    return re.compile(
        r"(?P<city>[^\W\d_][\w.'’-]*(?:[ \t]+[^\W\d_][\w.'’-]*){0,2})[ \t]*/[ \t]*"
        r"\(?(?P<agency>[A-Z][\w .-]{0,30}?)\)?[ \t]*/"
        rf"(?:[ \t]*(?P<date>{_when()})[ \t]*/)?(?=[ \t]+\S)",
        re.IGNORECASE,
    )


def _slashed(text: str) -> Match | None:
    m = _slashed_pattern().match(text)
    if m is None or m.group("agency").casefold() not in _agencies() or not _title(m.group("city").split()):
        return None
    if not _known_city(m.group("city"), alternates=True):
        return None
    when = m.group("date")
    return _matched(m, dash="/", when=when, read=_read_date(when) if when else None, agency=m.group("agency"))


def parse(text: str) -> Match | None:
    """The dateline opening ``text`` (a paragraph), or None (see the module docstring for the rules)."""
    first = _date_first(text) or _bracketed(text) or _slashed(text) or _date_then_city(text)
    if first is not None:
        return first
    stamp = _TIME_STAMP.match(text)  # "00:01 | Bogota (Colombia), Dec. 4.": the time the page was posted
    m = _pattern().match(text, stamp.end() if stamp else 0)
    if m is None:
        return None
    city = m.group("city")
    region = m.group("region") or m.group("bracketed")
    when, agency, dash = m.group("date"), m.group("agency") or m.group("slashed"), m.group("dash")
    plain = m.group("plain")
    if plain is not None:
        if not (when and plain.casefold() in _agencies()):
            return None
        agency = plain
    dotted = re.fullmatch(r"(.+?)\.[ \t]+([^\s.]+)", city)
    if dotted is not None and agency is None and dotted.group(2).casefold() in _agencies():
        city, agency = dotted.group(1), dotted.group(2)  # "NUR-SULTAN. KAZINFORM –": the agency after a full stop
    words = city.split()
    if dash is None:
        if not (when and agency):
            return None
        dash = text[m.end() - 1]  # the slash or bracket that closes the agency
    if (
        words[0].casefold().strip(".:") in _not_cities()
        or city.casefold() in _not_cities()
        or words[0].casefold().strip(".,") in _calendar_words()
    ):
        return None
    if region is not None and (region.casefold().strip(".") in _month_numbers() or not _title(region.split())):
        return None
    caps = _caps(words) and any(c.isalpha() for c in city) and len(city.replace(" ", "")) >= 2
    known = caps or _known_city(city) or (agency is not None and _known_city(city, alternates=True))
    if dash == "." and not ((when or agency) and known):
        # "MOSCOW, March 21. /TASS/.", "Lima, Feb. 9.", "Ulaanbaatar /MONTSAME/.": a full stop ends
        # only a dateline with a date or an agency
        return None
    if not caps:
        if not _title(words):
            return None
        # "Havana - ...", and "Havana, Cuba.- ..." as Spanish-language outlets write it
        spaced = dash == "-" and text[m.start("dash") - 1 : m.start("dash")] in (" ", "\t", ".")
        marked = dash in ("—", "–", "--", "―", ":") or spaced
        if not (when or agency) and not (marked and _known_city(city)):
            return None
    elif not (when or agency or region) and (
        sum(c.isalpha() for c in city) < 3 or not _known_city(city.title(), alternates=True)
    ):
        return None  # "NATO -", "G7:": a word in capitals is a city only when the gazetteer says so
    if agency is not None:
        agency = " ".join(agency.split())
        if not agency[:1].isupper() and agency.casefold() not in _agencies():
            return None  # "(acn)": a known agency may be written in lower case
    year = month = day = None
    if when:
        year, month, day = _read_date(when)
        if month is None or day is None:
            return None
    return Match(
        end=m.end(),
        city=city,
        city_start=m.start("city"),
        city_end=m.start("city") + len(city),
        region=region.rstrip(".") if region else region,
        date_text=when,
        month=month,
        day=day,
        year=year,
        agency=agency,
        dash=dash,
    )


def whole_line(text: str) -> bool:
    """The text is nothing but a dateline ("LIMA, March 3, 2025 (Andes Wire) -" on a line of its own,
    or "New Delhi, September 10" with no dash)."""
    m = parse(text.strip())
    return (m is not None and m.end == len(text.strip())) or bare_line(text)


def bare_line(text: str) -> bool:
    """A line of its own that is only a known city and a date, with no dash ("New Delhi, September
    10", "LAGOS, 4 March 2025 (NAN)"): a dateline over the paragraph under it."""
    text = text.strip()
    if not text or text[-1] in "-—–―:":
        return False
    m = parse(text + " -")
    return (
        m is not None
        and m.end == len(text) + 2
        and m.date_text is not None
        and (_known_city(m.city) or _known_city(m.city.title()))
    )


def _capital_city(city: str) -> bool:
    """A city name in capitals that the gazetteer knows by its own name ("BEIJING -" under a menu)."""
    return city.isupper() and _known_city(city.title())


def _city_and_country(m: Match) -> bool:
    """A known city in capitals, its country and a dash ("BALI, Indonesia –" under a page's header
    lines): a dateline wherever the header ends."""
    from diplograph.ingest import places

    return bool(
        m.dash and m.region and m.city.isupper() and places.country_name(m.region) and places.lookup(m.city.title())
    )


def _major_city(m: Match) -> bool:
    """A capital or a city of a million under a long dash ("Dar es Salaam — ..." under a photo credit
    and a caption): a dateline, not a line of a menu."""
    from diplograph.ingest import places

    return m.dash in ("—", "–", "―") and places.is_major_city(m.city)


def _known_city(name: str, alternates: bool = False) -> bool:
    from diplograph.ingest import places

    place = places.lookup(name, alternates=alternates)
    return place is not None and (place.kind == "city" or _namesake_capital(name) is not None)


def _namesake_capital(name: str) -> Place | None:
    """The capital a country shares its name with ("KUWAIT:" is Kuwait City, "SINGAPORE -" Singapore,
    "PANAMA" Panama City), or None; "KENYA:" names no city."""
    from diplograph.ingest import places

    country = places.lookup(name, alternates=False)
    if country is None or country.kind != "country":
        return None
    capital = places.capital_of(country.name)
    return capital if capital is not None and fold(capital.name).startswith(fold(country.name)) else None


def _stated_day(m: Match, reference: date | None) -> date | None:
    """A dateline's full date; "4/3/2025" is read day first when that is nearer the page's own date."""
    readings = [(m.month, m.day)]
    if m.date_text and "/" in m.date_text and m.day is not None and m.day <= 12:
        readings.append((m.day, m.month))
    days = []
    for month, day in readings:
        try:
            days.append(date(m.year or 0, month or 0, day or 0))
        except ValueError:
            continue
    if not days:
        return None
    return min(days, key=lambda d: abs((d - reference).days)) if reference else days[0]


def complete_year(month: int, day: int, reference: date | None) -> date | None:
    """The date of a day-month dateline: the year, next to ``reference``'s, that puts it nearest to
    ``reference`` (so it never predates the page's own date by more than a year); None without one."""
    if reference is None:
        return None
    best: date | None = None
    for delta in NEAR_YEARS:
        try:
            candidate = date(reference.year + delta, month, day)
        except ValueError:
            continue
        if best is None or abs((candidate - reference).days) < abs((best - reference).days):
            best = candidate
    return best


def resolve_city(city: str, region: str | None) -> Place | None:
    """The gazetteer city a dateline names ("LIMA, Peru" -> Lima, Peru), or None."""
    from diplograph.ingest import places

    name = city.split("/")[0].strip()  # "PARIS/BERLIN": the first city named
    name = name.title() if name.isupper() else name
    country = places.country_name(region) if region else None
    if country:
        found = (
            places.find_city(name, country, alternates=False)
            or places.find_city(name, country)
            or places.closest_city(name, country)  # "SHARM EL-SHEIK, Egypt"
        )
        if found is not None:
            return found
        known = places.lookup(name)  # "BALI, Indonesia": an island the towns list has, not Bāli in India
        if known is not None and known.kind != "country" and known.country == country:
            return known
    place = places.lookup(name, alternates=False)
    if place is None or place.kind == "region":
        place = places.find_city(name)
    return _namesake_capital(name) or place or _venue_town(name, region)


def _venue_town(name: str, region: str | None) -> Place | None:
    """ "STATE HOUSE, ENTEBBE:": a known building, then its town: the town."""
    from diplograph.ingest import locations

    if not region:
        return None
    return locations.venue_city(locations.lookup_venue(name, near=[region.title() if region.isupper() else region]))


def body_paragraphs(text: str, segments: tuple[Segment, ...] | list[Segment]) -> list[tuple[int, str]]:
    """(start, paragraph) of the paragraphs of an article's text that are neither headline nor caption."""
    framing = [(s.start, s.end) for s in segments if s.kind in ("headline", "caption")]
    out = []
    pos = 0
    for para in text.split("\n"):
        start, pos = pos, pos + len(para) + 1
        if para.strip() and not any(a <= start < b for a, b in framing):
            out.append((start, para))
    return out


LEADING_MARKS = " \t\n,;|•·"  # blanks and separators a page's widgets leave before a dateline


def find(
    text: str, segments: tuple[Segment, ...] | list[Segment] | None = None, reference: date | None = None
) -> Dateline | None:
    """The dateline of an article's text: at the start of its first body paragraph, or (with a date or
    an agency) of one of the first ``BODY_PARAGRAPHS``, or (with both) of one of the first
    ``WIRE_PARAGRAPHS``; offsets into ``text``.  Without ``segments`` (a bare text, a spaCy doc's),
    the first paragraph may be the headline: a bare dateline ("NAIROBI —") may then open the second."""
    first = 0 if segments is not None else 1
    for k, (start, para) in enumerate(body_paragraphs(text, segments or ())[: WIRE_PARAGRAPHS + 1 - first]):
        lead = len(para) - len(para.lstrip(LEADING_MARKS))  # ", NAIROBI, Kenya, Aug 30 –": a widget's separator
        m = parse(para[lead:])
        if m is None:
            continue
        placed = k > first and _city_and_country(m)  # "BALI, Indonesia –" under a page's header lines
        if k > first and not (
            m.date_text or m.agency or m.bracketed or _capital_city(m.city) or _major_city(m) or placed
        ):
            continue
        if k > BODY_PARAGRAPHS - first and not ((m.date_text and m.agency) or placed or m.own_line):
            continue
        base = start + lead
        when = None
        if m.month is not None and m.day is not None:
            if m.year is not None:
                when = _stated_day(m, reference)
            else:
                when = complete_year(m.month, m.day, reference)
        return Dateline(
            text=para[lead : lead + m.end],
            start=base,
            end=base + m.end,
            city=m.city,
            city_start=base + m.city_start,
            city_end=base + m.city_end,
            place=resolve_city(m.city, m.region),
            region=m.region,
            date=when,
            date_text=m.date_text,
            year_stated=m.year is not None,
            agency=m.agency,
        )
    return None


def of_article(article: Article) -> Dateline | None:
    """The story's dateline as the reader found it, or read from a text given without a reader
    (``diplograph.extract``, the spaCy component)."""
    if article.dateline is not None or article.segments:
        return article.dateline
    return find(article.text, None, article.published)
