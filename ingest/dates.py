"""Dates of events: resolving what an article says ("on Friday", "last June", "Feb. 4") to ISO dates.

Holds:
- ``resolve_date(expression, anchor, future=False)``: one date expression -> ``DateValue``: the ISO
  value at the precision stated ("2023-02-03", "2022-06", "2007"), the precision ("day", "month",
  "year"), the words as written, and the first and last day it can be.  Relative expressions are
  resolved against an anchor date (the article's own date): weekdays, "yesterday", "the day before
  yesterday", "last week" / "this week" / "next week" (the month, or the year, that holds the whole
  week), "the weekend", "on the 12th" (the month that puts that day nearest), month-only ("in
  March", "last June") and year-only ("last year", "in 2007") dates.  A bare weekday, day or month
  resolves to the most recent one on or before the anchor (news is told in the past tense), or,
  with ``future`` (a planned event: "will meet", "next"), to the next one on or after it.
- ``resolve(expression, anchor, future=False)``: the same, as the ISO string alone; a week ("last
  week", "over the weekend") gives None here (it never did), ``resolve_date`` gives its month or year.
- ``date_value(span, anchor, future=False)``: ``resolve_date`` of a date expression found in a doc,
  with the words that change its meaning ("last", "in") kept in its text.
- ``date_expressions(span)``: the date expressions of a sentence (spaCy DATE entities, loose
  weekday tokens, a year the tagger split off: "February 3" + ", 2023").
- ``governing_date(sentence, trigger)``: the date expression that belongs to an event word.
- ``governor(tok)``: the nearest verb above a word, the one a date expression hangs from.
- ``story_anchor(doc, article)``: the article's date, or else the latest full date the story states.
- ``agree(a, b)``, ``most_precise(a, b)``: comparing ISO dates of different precision.

The words it knows (month names, weekdays, "late on", "last", ...) are in ``data/date_words.json``.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from dateparser.date import DateDataParser
from spacy.tokens import Doc, Span, Token

from diplograph.ingest.datafiles import read_json
from diplograph.ingest.records import Article


@lru_cache(maxsize=1)
def date_words() -> dict:
    """The words of ``data/date_words.json`` (month names, weekdays, "last", "late on", ...)."""
    return read_json("date_words.json")


PRECISIONS = {10: "day", 7: "month", 4: "year"}  # length of the ISO value -> precision


@dataclass(frozen=True)
class DateValue:
    """A date as a text states it: ISO value at its precision, the words, and the days it can be."""

    value: str  # "2023-02-03" | "2023-02" | "2023"
    precision: str  # "day" | "month" | "year"
    text: str  # the words as written: "last Friday", "on the 12th", "last week"
    earliest: date  # the first day the words allow
    latest: date  # the last day ("last week": its Sunday; "2023-02": February 28)
    unit: str = ""  # what the words name: "day", "week", "month" or "year" ("last week": a week, held by a month)

    def __str__(self) -> str:
        return self.value


def precision_of(value: str | None) -> str | None:
    """'day', 'month' or 'year' for an ISO value at its precision; None for anything else."""
    return PRECISIONS.get(len(value)) if value else None


def span_of(value: str) -> tuple[date, date]:
    """The first and last day an ISO value at its precision covers."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        d = date(*parts)
        return d, d
    if len(parts) == 2:
        y, m = parts
        return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])
    return date(parts[0], 1, 1), date(parts[0], 12, 31)


def _value(
    iso: str | None, text: str, earliest: date | None = None, latest: date | None = None, unit: str | None = None
) -> DateValue | None:
    if iso is None:
        return None
    lo, hi = span_of(iso)
    precision = PRECISIONS[len(iso)]
    return DateValue(iso, precision, " ".join(text.split()), earliest or lo, latest or hi, unit or precision)


def _covering(first: date, last: date) -> str | None:
    """The narrowest ISO value (day, month, year) that holds every day from ``first`` to ``last``."""
    if first == last:
        return first.isoformat()
    if (first.year, first.month) == (last.year, last.month):
        return first.isoformat()[:7]
    if first.year == last.year:
        return f"{first.year:04d}"
    return None


def _tokens(expression: str) -> list[str]:
    text = expression.lower().replace("\u2019", "'")
    text = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text)
    return re.findall(r"\d{4}-\d{2}(?:-\d{2})?|[a-z]+|\d+", text)


def _iso(y: int, m: int | None = None, d: int | None = None) -> str | None:
    if not 1000 <= y <= 2999:
        return None
    if m is None:
        return f"{y:04d}"
    if not 1 <= m <= 12:
        return None
    if d is None:
        return f"{y:04d}-{m:02d}"
    if not 1 <= d <= calendar.monthrange(y, m)[1]:
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def _shift_month(y: int, m: int, delta: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + delta
    return k // 12, k % 12 + 1


def resolve(expression: str, anchor: date | None, future: bool = False) -> str | None:
    """Resolve a date expression to ISO 8601 at its stated precision, or None when it cannot be.

    ``anchor`` is the article's own date; relative expressions without an anchor give None.
    ``future`` says the event is planned: bare weekdays, days and months then point forward.
    """
    found = resolve_date(expression, anchor, future)
    return found.value if found is not None and found.unit != "week" else None


def resolve_in_period(expression: str, period: str | None, future: bool = False) -> str | None:
    """A month and day stated without a year ("On April 24") in a story known only by its month
    (``period``, "2014-05", from its URL): the day in the nearest year that keeps it at or before
    the end of that month (after it, for a planned event); None for any other expression."""
    if not period or not re.fullmatch(r"\d{4}-\d{2}", period):
        return None
    w = date_words()
    toks = _tokens(expression or "")
    months = [w["months"][t] for t in toks if t in w["months"] and not (t == "may" and _may_is_modal(toks))]
    if not months or _relation(toks) is not None or any(t in w["weekdays"] for t in toks):
        return None
    year, month = (int(p) for p in period.split("-"))
    end = date(year, month, calendar.monthrange(year, month)[1])
    found = resolve(expression, end, future)
    if found and not future and len(found) == 10 and found > end.isoformat():
        found = _iso(int(found[:4]) - 1, int(found[5:7]), int(found[8:]))  # the story may be from the month's first day
    return found


def _day_offset(toks: list[str]) -> int | None:
    """The days from the story's own day that words name ("last night" -1, "tomorrow" 1), or None."""
    w = date_words()
    phrase = " ".join(toks)
    for words, offset in sorted(w["day_phrases"].items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"\b{words}\b", phrase):
            return offset
    return next((w["day_offsets"][t] for t in toks if t in w["day_offsets"]), None)


def resolve_date(expression: str, anchor: date | None, future: bool = False) -> DateValue | None:
    """A date expression -> ``DateValue`` (ISO value, precision, words, first and last day), or None."""
    w = date_words()
    toks = _tokens(expression or "")
    if not toks:
        return None
    text = expression
    for t in toks:
        if re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", t):
            parts = [int(p) for p in t.split("-")]
            return _value(_iso(*parts), text)
    months, weekdays = w["months"], w["weekdays"]
    month = next((months[t] for t in toks if t in months and not (t == "may" and _may_is_modal(toks))), None)
    weekday = next((weekdays.index(t) for t in toks if t in weekdays), None)
    years = [int(t) for t in toks if t.isdigit() and len(t) == 4 and _plausible_year(int(t), anchor)]
    days = [int(t) for t in toks if t.isdigit() and len(t) <= 2 and 1 <= int(t) <= 31]
    year = years[0] if years else None
    day = days[0] if days and month is not None else None
    relation = _relation(toks)

    if year is not None:
        if month is None:
            return _value(_iso(year), text) if not _is_duration(toks) else None
        return _value(_iso(year, month, day), text)
    if anchor is None:
        return None
    if isinstance(anchor, datetime):
        anchor = anchor.date()

    offset = _day_offset(toks)
    if offset is not None:
        return _value((anchor + timedelta(days=offset)).isoformat(), text)

    if month is not None:
        return _value(_month_relative(month, day, anchor, relation, future), text)
    if weekday is not None:
        return _value(_weekday_relative(weekday, anchor, relation, future), text)
    if "weekend" in toks or "weekends" in toks:
        return _week_part(anchor, relation, future, text, weekend=True)
    if "ago" in toks:
        found = _parsed(expression, anchor)
        return _value(found, text)
    ordinal = _day_of_month(expression)
    if ordinal is not None:
        return _value(_day_relative(ordinal, anchor, relation, future), text)
    unit = next((w["units"][t] for t in toks if t in w["units"]), None)
    shift = _days_shifted(toks) if "day" in toks or "days" in toks else None
    if shift is not None:  # "a day earlier", "two days earlier": counted back from the story's day
        return _value((anchor + timedelta(days=shift)).isoformat(), text)
    if unit and relation and not _counted(toks):
        delta = {"past": -1, "future": 1, "this": 0}[relation]
        if unit == "year":
            return _value(_iso(anchor.year + delta), text)
        if unit == "month":
            return _value(_iso(*_shift_month(anchor.year, anchor.month, delta)), text)
        if unit == "week":
            return _week_part(anchor, relation, future, text)
    return None


def _days_shifted(toks: list[str]) -> int | None:
    """ "a day earlier" -1, "two days earlier" -2: a count of days before the story's day ("later"
    counts from some other day the story told, not from its own: left unresolved)."""
    if "earlier" not in toks:
        return None
    numbers = date_words()["day_counts"]
    counts = [numbers[t] if t in numbers else int(t) for t in toks if t in numbers or (t.isdigit() and len(t) <= 2)]
    return -counts[0] if len(counts) == 1 else None


def _counted(toks: list[str]) -> bool:
    """'the past two weeks', 'the next three years': a stretch of time, not one date."""
    counts = set(date_words()["counts"])
    return any(t.isdigit() or t in counts for t in toks) or any(
        t.endswith("s") and t[:-1] in date_words()["units"] for t in toks
    )


def _week_part(anchor: date, relation: str | None, future: bool, text: str, weekend: bool = False) -> DateValue | None:
    """'last week', 'this week', 'next week', '(last) weekend': the narrowest ISO value holding those days."""
    monday = anchor - timedelta(days=anchor.weekday())
    if weekend:
        if relation == "future" or (future and relation != "past"):
            first = anchor + timedelta(days=(5 - anchor.weekday()) % 7)
        elif relation == "this":
            first = monday + timedelta(days=5)
        else:  # "over the weekend", "last weekend": the latest Saturday before the story's day
            first = anchor - timedelta(days=(anchor.weekday() - 5) % 7 or 7)
        last = first + timedelta(days=1)
    else:
        delta = {"past": -7, "future": 7}.get(relation or "", 0)
        first = monday + timedelta(days=delta)
        last = first + timedelta(days=6)
        if relation == "this":  # "this week": told on its Wednesday, the days up to the story's (or from it)
            first, last = (anchor, last) if future else (first, anchor)
    iso = _covering(first, last)
    return _value(iso, text, first, last, unit="week") if iso else None


def _day_of_month(expression: str) -> int | None:
    """'on the 12th', 'the 3rd': a day of the month named without its month."""
    m = re.fullmatch(r"(?:on\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)", " ".join(expression.lower().split()))
    if m and 1 <= int(m.group(1)) <= 31:
        return int(m.group(1))
    return None


def _day_relative(day: int, anchor: date, relation: str | None, future: bool) -> str | None:
    """A day of the month without its month: this month's when that day is not past the story's
    (after it for a planned event), else the month before (after)."""
    y, m = anchor.year, anchor.month
    for _ in range(3):
        if future and relation != "past":
            if day >= anchor.day or (y, m) != (anchor.year, anchor.month):
                found = _iso(y, m, day)
                if found:
                    return found
            y, m = _shift_month(y, m, 1)
        else:
            if day <= anchor.day or (y, m) != (anchor.year, anchor.month):
                found = _iso(y, m, day)
                if found:
                    return found
            y, m = _shift_month(y, m, -1)
    return None


def _parsed(expression: str, anchor: date) -> str | None:
    """Counted offsets ("three days ago", "two months ago") through dateparser, at its stated period."""
    parser = DateDataParser(
        languages=["en"],
        settings={"RELATIVE_BASE": datetime(anchor.year, anchor.month, anchor.day), "PREFER_DATES_FROM": "past"},
    )
    data = parser.get_date_data(expression)
    if data.date_obj is None:
        return None
    d = data.date_obj.date()
    if data.period == "week":  # "two weeks ago": the week that day falls in
        monday = d - timedelta(days=d.weekday())
        return _covering(monday, monday + timedelta(days=6))
    return {"day": d.isoformat(), "month": d.isoformat()[:7], "year": d.isoformat()[:4]}.get(data.period or "")


def _may_is_modal(toks: list[str]) -> bool:
    """'may' is a month only beside a day or year number or after 'in'/'last'/'next'."""
    i = toks.index("may")
    around = toks[max(0, i - 1) : i] + toks[i + 1 : i + 2]
    return not any(t.isdigit() or t in ("in", "last", "next", "this", "early", "late", "mid") for t in around)


def _relation(toks: list[str]) -> str | None:
    w = date_words()
    if any(t in w["this_words"] for t in toks) and not any(t in ("last", "past", "previous") for t in toks):
        return "this"  # "earlier this month", "later this week"
    if any(t in w["past_words"] and not _on_the_day(toks, i) for i, t in enumerate(toks)):
        return "past"
    if any(t in w["future_words"] for t in toks):
        return "future"
    if any(t in w["this_words"] for t in toks):
        return "this"
    return None


def _on_the_day(toks: list[str], i: int) -> bool:
    """ "earlier Friday" in a Friday story: a time of the day named next, not a day before it."""
    return toks[i] == "earlier" and i + 1 < len(toks) and toks[i + 1] in date_words()["weekdays"]


def _is_duration(toks: list[str]) -> bool:
    return any(t in ("years", "year", "old", "long") for t in toks) and not any(t in ("in", "of") for t in toks)


def _month_relative(month: int, day: int | None, anchor: date, relation: str | None, future: bool) -> str | None:
    here = (anchor.year, anchor.month)
    if relation == "this":
        y = anchor.year
    elif relation == "past":
        y = anchor.year if (anchor.year, month) < here else anchor.year - 1
    elif relation == "future" or future:
        y = (
            anchor.year
            if (anchor.year, month) > here
            or (month == anchor.month and relation != "future" and (day is None or day >= anchor.day))
            else anchor.year + 1
        )
    else:
        y = anchor.year if (anchor.year, month) <= here else anchor.year - 1
        if day is not None and month == anchor.month and day > anchor.day:
            y -= 1
        this_year = to_date(_iso(anchor.year, month, day)) if day is not None else None
        if this_year is not None and 0 < (this_year - anchor).days <= NEAR_DAYS:
            y = anchor.year  # "his meeting with X on August 27" in a story of August 23: days away, not a year back
    return _iso(y, month, day)


YEARS_BACK, YEARS_AHEAD = 150, 30  # a four-figure number this far from the story's year is no date of its events


def _plausible_year(year: int, anchor: date | None) -> bool:
    """A four-figure number as a year: any from 1000 to 2999 with no anchor; with one, only within
    ``YEARS_BACK`` before and ``YEARS_AHEAD`` after its year ("resolutions 1402 and 1403" of a 2002
    story are numbers, not years)."""
    if anchor is None:
        return 1000 <= year <= 2999
    return anchor.year - YEARS_BACK <= year <= anchor.year + YEARS_AHEAD


NEAR_DAYS = 31  # a day and month this close after the story's date is this year's


def _weekday_relative(weekday: int, anchor: date, relation: str | None, future: bool) -> str:
    if relation == "future" or (future and relation != "past"):
        # "will meet on Tuesday" in a Tuesday story is that day; "next Tuesday" is a week on
        delta = (weekday - anchor.weekday()) % 7 or (7 if relation == "future" else 0)
        return (anchor + timedelta(days=delta)).isoformat()
    delta = (anchor.weekday() - weekday) % 7
    if relation == "past" and delta == 0:
        delta = 7
    return (anchor - timedelta(days=delta)).isoformat()


# --- agreement between dates of different precision -------------------------------------------


def agree(a: str | None, b: str | None) -> bool:
    """True when two ISO dates can be the same day: equal, one a prefix of the other, or one missing."""
    if not a or not b:
        return True
    return a.startswith(b) or b.startswith(a)


def most_precise(a: str | None, b: str | None) -> str | None:
    """The more precise of two agreeing dates (the longer ISO string); ``a`` when they conflict."""
    if not a:
        return b
    if not b:
        return a
    return b if agree(a, b) and len(b) > len(a) else a


def to_date(value: str | None) -> date | None:
    """A day-precision ISO string as a date; month/year precision or None give None."""
    if value and len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


# --- finding date expressions in a parsed sentence ------------------------------------------


def _names_a_day(text: str) -> bool:
    """A time expression that says which day too: "last night", "this morning", "tonight"."""
    return _day_offset(_tokens(text)) is not None


def _date_ents(doc: Doc, start: int, end: int) -> list[Span]:
    """The DATE entities between two token offsets, and the TIME ones that name a day ("last
    night", "this morning"); the document's are listed once and found by bisection, so reading every
    sentence of a long story stays linear."""
    cached = doc.user_data.get("diplograph.date_ents")
    if cached is None:
        ents = [e for e in doc.ents if e.label_ == "DATE" or (e.label_ == "TIME" and _names_a_day(e.text))]
        cached = (ents, [e.start for e in ents])
        doc.user_data["diplograph.date_ents"] = cached
    ents, starts = cached
    out = []
    for ent in ents[bisect.bisect_left(starts, start) :]:
        if ent.start >= end:
            break
        if ent.end <= end:
            out.append(ent)
    return out


_NAMED = ("ORG", "WORK_OF_ART", "LAW", "FAC", "PRODUCT", "EVENT")


def _opens_a_name(doc: Doc, start: int, end: int) -> bool:
    """Words of a date that begin the name of something else: "a Sunday Times report", "the Good
    Friday Agreement" (the last word is a compound of a proper noun outside it that names a thing)."""
    last = doc[end - 1]
    head = last.head
    return last.dep_ == "compound" and not start <= head.i < end and head.pos_ == "PROPN" and head.ent_type_ in _NAMED


def date_expressions(span: Span | Doc) -> list[Span]:
    """Date expressions in a sentence: DATE entities (a split-off ', 2023' joined back), weekdays,
    and month names after "in", "last", "next", ... that the tagger left out; never the words of a
    date that begin another name ("a Sunday Times report")."""
    doc = span.doc if isinstance(span, Span) else span
    start, end = (span.start, span.end) if isinstance(span, Span) else (0, len(doc))
    found: list[Span] = []
    covered: set[int] = set()
    for ent in _date_ents(doc, start, end):
        if _opens_a_name(doc, ent.start, ent.end):
            covered.update(range(ent.start, ent.end))
            continue
        e_end = ent.end
        # "February 3" + "," + "2023" (the tagger sometimes leaves the year out of the entity)
        if (
            e_end + 1 < end
            and doc[e_end].text == ","
            and re.match(r"(1[89]|2[01])\d\d", doc[e_end + 1].text)
            and not re.search(r"\d{4}", ent.text)
        ):
            e_end += 2
        found.append(doc[ent.start : e_end])
        covered.update(range(ent.start, e_end))
    weekdays = set(date_words()["weekdays"])
    months = date_words()["months"]
    month_cues = set(date_words()["month_cues"])
    for tok in doc[start:end]:
        if tok.i in covered:
            continue
        if tok.lower_ in weekdays and not _opens_a_name(doc, tok.i, tok.i + 1):
            found.append(doc[tok.i : tok.i + 1])
        elif tok.lower_ in months and tok.is_title and tok.i > start and doc[tok.i - 1].lower_ in month_cues:
            found.append(doc[tok.i : tok.i + 1])  # "in May" that the tagger did not mark as a date
        elif (
            tok.lower_.rstrip(".") in months
            and tok.is_title
            and tok.i + 1 < end
            and tok.i + 1 not in covered
            and re.fullmatch(r"(?:[1-9]|[12]\d|3[01])", doc[tok.i + 1].text)
        ):
            # "the leaked Jun 15 phone call": a month and a day the tagger took for something else
            found.append(doc[tok.i : tok.i + 2])
            covered.update((tok.i, tok.i + 1))
    found.sort(key=lambda s: s.start)
    return found


def expression_text(span: Span) -> str:
    """The text of a date expression with the words just before it that change its meaning ("last")."""
    doc = span.doc
    i = span.start
    words = date_words()
    relations = set(words["past_words"] + words["future_words"] + words["this_words"])
    while i > 0 and doc[i - 1].lower_ in relations and not _preposition(doc[i - 1]):
        i -= 1
    if i == span.start and i > 0 and doc[i].lower_ in words["months"] and doc[i - 1].lower_ in words["month_cues"]:
        i -= 1  # "in May": the month, not the modal verb
    text = doc[i : span.end].text
    return re.sub(r"(\d{4})\.?/\S*$", r"\1", text)  # "2023./AFP" -> "2023"


def _preposition(tok: Token) -> bool:
    """ "following Friday's talks": the preposition "after", not "the following Friday"."""
    return tok.lower_ == "following" and (tok.i == 0 or tok.doc[tok.i - 1].lower_ != "the")


def date_value(span: Span, anchor: date | None, future: bool = False) -> DateValue | None:
    """The ``DateValue`` of a date expression found in a doc (``date_expressions``), its text with
    the words before it that change its meaning ("last Friday", "in May")."""
    return resolve_date(expression_text(span), anchor, future)


def governor(tok: Token) -> Token:
    """The nearest verb above a token (or the root of its sentence)."""
    while tok.head != tok and tok.pos_ not in ("VERB", "AUX"):
        tok = tok.head
    return tok


def _ancestors_or_self(tok: Token) -> list[Token]:
    return [tok, *tok.ancestors]


def _starts_a_span(expr: Span) -> bool:
    """'the sixth such talks since September': the date where a stretch of time begins."""
    starts = date_words()["span_starts"]
    before = expr.doc[expr.start - 1].lower_ if expr.start > 0 else ""
    return expr[0].lower_ in starts or before in starts


def _weekdays_named(doc: Doc, anchor: date | None) -> dict[int, str]:
    """The days a story names with their weekday ("On Friday, 14 February", "Thursday, March 13,
    2025"): each weekday to the one day it is named with (none when the story names it with two)."""
    key = ("diplograph.weekdays_named", anchor)
    cached = doc.user_data.get(key)
    if cached is not None:
        return cached
    weekdays = date_words()["weekdays"]
    found: dict[int, str | None] = {}
    for m in _weekday_with_date().finditer(doc.text):
        weekday = weekdays.index(m.group(1).lower())
        value = resolve(m.group(2), anchor)
        day = to_date(value) if value is not None and len(value) == 10 else None
        if day is None or day.weekday() != weekday:
            continue
        found[weekday] = value if found.get(weekday, value) == value else None
    table = {k: v for k, v in found.items() if v is not None}
    doc.user_data[key] = table
    return table


_DAY_MONTH = r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?\b"


@lru_cache(maxsize=1)
def _weekday_with_date() -> re.Pattern[str]:
    """A weekday of ``date_words.json`` followed by a day and month (and a year): "Friday, 14 February"."""
    names = "|".join(w.title() for w in date_words()["weekdays"])
    return re.compile(rf"\b({names}),?\s+((?:{_DAY_MONTH})(?:,?\s+\d{{4}})?)")


@lru_cache(maxsize=1)
def _day_part_words() -> frozenset[str]:
    """The words of the parts of a day and time zones after a date ("morning", "local time")."""
    return frozenset(w for phrase in date_words()["strip_suffixes"] for w in phrase.split())


def _bare_weekday(expression: str) -> int | None:
    """The weekday an expression is and no more ("Friday", "Thursday afternoon"; not "last Friday",
    "Friday, 14 February")."""
    toks = [t for t in _tokens(expression) if t not in _day_part_words() and t != "on"]
    weekdays = date_words()["weekdays"]
    return weekdays.index(toks[0]) if len(toks) == 1 and toks[0] in weekdays else None


def governing_date(
    sentence: Span,
    trigger: Token,
    anchor: date | None = None,
    future: bool = False,
    own_only: bool = False,
    skip_before: int | None = None,
    period: str | None = None,
    exclude: Callable[[Span], bool] | None = None,
) -> tuple[Span, str] | None:
    """The date expression of a sentence that belongs to the event word ``trigger``, with its ISO value.

    Preferred: an expression attached to the trigger itself or to the verb that governs it; then
    one governed by a verb above the trigger; expressions inside other clauses are ignored.
    ``own_only`` keeps only expressions attached to the trigger itself ("after his trip to X
    last year, Y arrived on Friday": Friday is not the trip's date).  Expressions that start
    before character ``skip_before`` (a dateline: "ABUJA, March 4 (Reuters) -") are not the event's.
    With no ``anchor``, a month and day take the year of the story's month ``period`` ("2014-05").
    Expressions for which ``exclude`` holds are another event's.
    """
    chain = _ancestors_or_self(trigger)
    chain_ids = {t.i for t in chain}
    head = governor(trigger)
    best: tuple[tuple[int, int], Span, str] | None = None
    for expr in date_expressions(sentence):
        if skip_before is not None and expr.start_char < skip_before:
            continue
        if _starts_a_span(expr) or (exclude is not None and exclude(expr)):
            continue
        text = expression_text(expr)
        found = resolve_date(text, anchor, future)
        value = found.value if found is not None else None  # "last week": the month (or year) that holds it
        weekday = _bare_weekday(text)
        if weekday is not None and not future:
            # "On Friday, 14 February, X spoke ... Throughout the day on Friday, X met Y": the Friday told
            value = _weekdays_named(sentence.doc, anchor).get(weekday, value)
        if value is None and anchor is None:
            value = resolve_in_period(expression_text(expr), period, future)
        if value is None:
            continue
        root = expr.root
        if root.dep_ == "poss" and root.head != trigger and anchor is not None and anchor.isoformat().startswith(value):
            continue  # "this year's summit": names the summit, dates nothing more than the story's own day
        path = _ancestors_or_self(root)
        ids = [t.i for t in path]
        gov = governor(root.head) if root.pos_ in ("VERB", "AUX") and root.head != root else governor(root)
        between = path[1 : ids.index(trigger.i)] if trigger.i in ids else []
        if trigger.i in ids and all(
            (t.dep_ == "relcl" or (t.dep_ == "acl" and t.tag_ == "VBN")) and t.head == trigger
            for t in between
            if t.pos_ in ("VERB", "AUX")
        ):
            # attached to the event word itself, or to a clause on it: "a call he received on
            # Wednesday", "a conversation held at the beginning of last month"
            rank = 0
        elif _when_clause_of(expr, trigger):
            rank = 0  # "return to Y on September 28, when apart from meeting Z he will ...": that day's
        elif own_only:
            continue
        elif gov == head:
            rank = 0  # attached to the verb the event word belongs to
        elif gov.i in chain_ids:
            rank = 1
        elif trigger.i in ids and all(
            t.dep_ == "acl" and t.tag_ == "VBG" for t in path[1 : ids.index(trigger.i)] if t.pos_ in ("VERB", "AUX")
        ):
            rank = 1  # "talks with Y after a ceremony marking the anniversary yesterday": a participle's
        elif _same_time_clause(gov, chain_ids) or _before_leaving(gov, chain_ids):
            rank = 1  # "called Y when the latter took charge last July", "before leaving on Saturday, met Y"
        else:
            continue
        key = (rank, abs(expr.start - trigger.i))
        if best is None or key < best[0]:
            best = (key, expr, value)
    return (best[1], best[2]) if best else None


def _when_clause_of(expr: Span, trigger: Token) -> bool:
    """The event word is in a "when" clause right after the date expression, which it tells more of
    ("on September 28, when he will meet Y"; the parser hangs such clauses anywhere)."""
    doc = expr.doc
    k = expr.end + 1 if expr.end < len(doc) and doc[expr.end].text == "," else expr.end
    return (
        k < trigger.i
        and doc[k].lower_ == "when"
        and not any(t.text in (".", ";", ":") or t.ent_type_ == "DATE" for t in doc[k + 1 : trigger.i])
    )


def _before_leaving(verb: Token, chain_ids: set[int]) -> bool:
    """ "Before leaving on Saturday, X met Y": the day of leaving is the day of the meeting."""
    return (
        verb.lemma_.lower() in date_words()["departure_verbs"]
        and verb.dep_ == "pcomp"
        and verb.head.lower_ == "before"
        and verb.head.head.i in chain_ids
    )


def _same_time_clause(verb: Token, chain_ids: set[int]) -> bool:
    """A clause on the event's verb told at the same time ("when X took charge", "while he was in Y")."""
    marks = date_words()["same_time_marks"]
    return (
        verb.dep_ == "advcl"
        and verb.head.i in chain_ids
        and any(c.dep_ in ("advmod", "mark") and c.lower_ in marks and c.i < verb.i for c in verb.children)
    )


def story_anchor(doc: Doc, article: Article) -> tuple[date | None, bool]:
    """The date relative expressions are resolved against, and whether it is inferred.

    The article's own date when it has one; otherwise the latest full date (day, month and year)
    that the story itself states (a photo caption, an embedded post) of something not still to
    come ("will be signed on ..."), marked as inferred.
    """
    if article.published is not None:
        return article.published, article.published_inferred
    latest: date | None = None
    ahead = frozenset(read_json("event_patterns.json")["future_auxiliaries"])
    for expr in date_expressions(doc):
        if _starts_a_span(expr):
            continue  # "Since 1st March, 1999" (a masthead's founding): where a stretch of time begins
        verb = governor(expr.root)
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in ahead for c in verb.children):
            continue  # "which would be signed on 10 March": a day still to come, after the story's own
        value = to_date(resolve(expression_text(expr), None))
        if value and (latest is None or value > latest):
            latest = value
    return latest, True
