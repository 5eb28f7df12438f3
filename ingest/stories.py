"""Page -> stories: one page split into N clean ``Article`` records.

``split_stories(doc)`` turns one ``RawDocument`` into a list of ``Article`` records:

1. ``ingest/boilerplate.py`` classifies every line: page furniture is dropped with a reason,
   date lines give their date, photo captions are marked.
2. A plain-text page that holds several stories is split where a headline is repeated with
   only captions and widgets between its two copies (how scraped pages lay them out), or,
   on a page with two or more of them, at each headline that has its own date line under it.
   What stands before the first story (when it is not prose) is dropped.
3. Each story's text is its headline, then its captions and paragraphs in page order, every
   repeated line kept once, one paragraph per line (hard-wrapped lines are joined), joined
   by blank lines.  ``Segment``s mark the headline, the captions and passages in another
   language (``ingest/lang.py``).  ``Article.dropped`` lists the dropped lines as
   ``"reason: line"`` for ``diplograph read`` (``ingest/report.py``).

Metadata: ``published`` comes from the page's metadata (HTML, JSON) or the story's date line
(the one under its headline first, then one above it, never from a ticker, a banner or a
"Most Read" list); when there is none, from an anchor in the text — the date of an embedded
post ("— Name (@handle) February 4, 2023") or else of a caption — with
``published_inferred=True``.  ``source`` comes from metadata, a masthead repeated at the top,
or a site's domain name ("EXAMPLE.COM uses ...") in the dropped footer.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from diplograph.ingest import datelines, lang
from diplograph.ingest.boilerplate import (
    FULL_DATE,
    MONTH,
    POST_SIGNATURE,
    Line,
    classify,
    date_line,
    ends_sentence,
    first_full_date,
    goes_on_from,
    headline_like,
    is_prose,
    markers,
    parse_date,
)
from diplograph.ingest.datafiles import read_json
from diplograph.ingest.records import Article, Dateline, RawDocument, Segment, fold

__all__ = [
    "split_stories",
    "story_starts",
    "story_date",
    "page_source",
    "date_line",
    "classify",
    "url_date",
    "url_month",
    "url_source",
    "corpus_date",
]

HEADER_PARAGRAPHS = 2  # a date line counts as the story's own when it comes before this many paragraphs
HEADER_LINES = 8  # ... and before this many lines of story text
REPEAT_WINDOW = 16  # lines between the two copies of a repeated headline
WRAP_MIN, WRAP_MAX, WRAP_SLACK, WRAP_SHARE = 40, 100, 15, 0.4  # hard-wrapped text: most long lines end near one width
CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+")
MONTH_NAME = re.compile(MONTH, re.IGNORECASE)
LOOSE_DATE_WORDS = 14  # a line with a full date and at most this many words, no sentence, can be a date line
SENTENCE_WORDS = 7  # ... a line of this many words ending in a full stop is a sentence
CRAWL_GAP_DAYS = 90  # a page-header date this long after every other date of the page is when it was crawled
CORPUS_DATE = re.compile(r"^\s*(?:date|dated|published)\s*[:=]?\s*((?:19|20)\d\d-\d\d-\d\d)\b", re.IGNORECASE)
CORPUS_LINES = 3  # a corpus date line is one of the first lines of the page
CORPUS_REST_WORDS = 6  # so many words after a corpus date on its line are the story's first sentence
MONTH_ABBR = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
URL_DATES = (
    re.compile(r"/((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})(?=/|$|[^\d])"),  # /2018/01/20/
    re.compile(r"/((?:19|20)\d\d)-(\d\d)/(\d\d)(?=/|$|[^\d])"),  # /2013-02/18/
    re.compile(r"(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)"),  # /2018-01-20-title
    re.compile(r"(?<!\d)((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)"),  # 20180120 in a path
    re.compile(r"/((?:19|20)\d\d)/(\d\d)-(\d\d)(?=/|$|[^\d])"),  # /2003/06-02/
    re.compile(rf"/((?:19|20)\d\d)/({MONTH_ABBR})[a-z]*/(\d{{1,2}})(?=/|$|[^\d])", re.IGNORECASE),  # /2016/feb/19/
    # /stories/201902110889.html: a day and a four-digit serial of that day
    re.compile(r"/((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{4}(?=\.[a-z]+$|/|$)"),
    # ?ud=20201004000070, -2010061016283: a day and a serial of that day in a query or a slug's end
    re.compile(r"[=-]((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{2,6}(?=\.[a-z]+$|[/&#]|$)"),
    # /view/AEN20220715008300320, /news/yjj2025042700100/: an id of letters, a day and its serial
    re.compile(r"/[A-Za-z]{2,4}((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3,}(?=[/.?#]|$)"),
    re.compile(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])/"),  # /2009/0705/
    re.compile(rf"/((?:19|20)\d\d)({MONTH_ABBR})[a-z]*(\d{{1,2}})/", re.IGNORECASE),  # /2015mar27/
    # -2003-feb-19-: the year, the month's name and the day in a slug
    re.compile(rf"(?<![\da-z])(?P<y>(?:19|20)\d\d)-(?P<m>{MONTH_ABBR})[a-z]*-(?P<d>\d{{1,2}})(?!\d)", re.IGNORECASE),
    # /2008/WORLD/asiapcf/03/11/: sections between the year and the month
    re.compile(r"/(?P<y>(?:19|20)\d\d)(?:/[A-Za-z][\w-]*){1,2}/(?P<m>0[1-9]|1[0-2])/(?P<d>0[1-9]|[12]\d|3[01])/"),
    # /25-Feb-2019/: the day first
    re.compile(rf"/(?P<d>\d{{1,2}})-(?P<m>{MONTH_ABBR})[a-z]*-(?P<y>(?:19|20)\d\d)/", re.IGNORECASE),
)
URL_MONTHS = (  # a path that dates the page to its month only
    re.compile(r"/((?:19|20)\d\d)/(\d\d)/(?!\d{1,2}(?:/|$|[^\d]))"),  # /2010/10/title.html
    # /2004/Nov/112060.htm, a forum's archive /2005/september-2005/37475-title
    re.compile(rf"/((?:19|20)\d\d)/({MONTH_ABBR})[a-z]*(?:-\1)?/(?!\d{{1,2}}(?:/|$|[^\d]))", re.IGNORECASE),
)
DOMAIN = re.compile(
    r"\b((?:[A-Za-z0-9-]+\.)+(?:com|net|org|info|news|co\.uk|co|tv|media|io|eu|int|gov))\b", re.IGNORECASE
)


# --------------------------------------------------------------------------- stories


def story_starts(lines: list[Line]) -> list[int]:
    """Indices of lines that open a story.

    Either a headline repeated with only captions and widgets between its two copies, or,
    on a page with two or more of them, a headline with its own date line right under it (or a
    paragraph opening with a dated wire dateline).
    """
    starts = repeated_headlines(lines)
    dated = dated_headlines(lines)
    if len(dated) >= 2:
        starts = sorted(set(starts) | set(dated))
    return starts


def dated_headlines(lines: list[Line]) -> list[int]:
    """Headline-like lines whose next line (bylines and widgets aside) is a date line."""
    found = []
    for ln in lines:
        if not ln.kept or ln.caption or not headline_like(ln.content):
            continue
        for k in range(ln.index + 1, len(lines)):
            other = lines[k]
            if (other.date is not None and not other.block) or _dated_dateline(other):
                found.append(ln.index)
            elif other.blank or (other.drop and not other.block):
                continue  # a byline, a widget
            break
    return found


def _dated_dateline(line: Line) -> bool:
    """The line opens with a wire dateline that has a date ("HAVANA, Cuba, Jan 30 (acn) ...")."""
    if not line.kept or line.caption or line.block:
        return False
    m = datelines.parse(line.content)
    return m is not None and m.day is not None and m.month is not None


def repeated_headlines(lines: list[Line]) -> list[int]:
    """Headlines repeated with only captions and widgets between the two copies."""
    starts: list[int] = []
    used: set[int] = set()
    for ln in lines:
        if not ln.kept or ln.caption or ln.index in used or not headline_like(ln.content):
            continue
        gap_has_caption = False
        for other in lines[ln.index + 1 : ln.index + 1 + REPEAT_WINDOW]:
            if other.blank or (other.drop and not other.block):
                continue
            if other.caption:
                gap_has_caption = True
                continue
            if other.kept and other.key == ln.key and gap_has_caption:
                starts.append(ln.index)
                used.add(other.index)
                other.drop = "repeated headline"
            break
    return starts


def split_stories(doc: RawDocument) -> list[Article]:
    """One page (or JSON record) -> its stories as clean ``Article`` records (see the module docstring)."""
    lines = classify(doc.text)
    corpus = corpus_date(lines)
    if doc.title:
        title_key = " ".join(doc.title.casefold().split())
        for ln in lines:
            if ln.key == title_key and not ln.block:
                ln.drop = None
    for caption in doc.captions:
        _add_caption(lines, caption)
    starts = story_starts(lines) if doc.kind == "txt" else []
    bounds = (starts or [0]) + [len(lines)]
    regions = list(zip(bounds, bounds[1:]))
    if starts and starts[0] > 0:
        head = [ln for ln in lines[: starts[0]] if ln.kept and not ln.caption]
        if any(is_prose(ln) for ln in head):  # a story of its own before the first headline
            regions.insert(0, (0, starts[0]))
        else:  # page furniture: dropped; its date line may serve the first story
            for ln in head:
                ln.drop = "before the first story"
            regions[0] = (0, regions[0][1])
    source = doc.source or page_source(lines, doc.url)
    width = wrap_width(lines)
    articles = []
    for number, (start, end) in enumerate(regions):
        article = build_article(doc, lines[start:end], number, source, width, corpus)
        if article is not None:
            articles.append(article)
    return articles


def _add_caption(lines: list[Line], caption: str) -> None:
    """Mark a caption the reader found apart from the text; add it under the headline when the text lacks it."""
    key = " ".join(caption.casefold().split())
    for ln in lines:
        if ln.key == key:
            ln.caption, ln.drop = True, None
            return
    lines.insert(1, Line(1, caption, caption, False, caption=True))
    for i, ln in enumerate(lines):  # keep Line.index equal to the position
        ln.index = i


def page_source(lines: list[Line], url: str | None = None) -> str | None:
    """The site's name as the page states it: a masthead or 'Headline | Site', else the domain of the
    page's URL, else a domain name in the footer."""
    stated = next((ln.site for ln in lines if ln.site), None)
    if stated is not None:
        return stated
    if url_source(url):
        return url_source(url)
    social = markers().social
    for ln in reversed(lines):
        if ln.drop and not ln.drop.startswith(("banner", "ticker")):
            for m in DOMAIN.finditer(ln.content):
                name = m.group(1)
                if name.casefold() not in social and not name.casefold().startswith("pic."):
                    return name
    return None


def wrap_width(lines: list[Line]) -> int | None:
    """The width a hard-wrapped page was wrapped at, or None when its lines are whole paragraphs."""
    lengths = [len(ln.content) for ln in lines if ln.kept and len(ln.content) >= WRAP_MIN]
    short = [n for n in lengths if n <= WRAP_MAX]
    if not short:
        return None
    width = max(short)
    near = sum(1 for n in short if n >= width - WRAP_SLACK)
    return width if near >= 3 and near >= WRAP_SHARE * len(lengths) else None


def _opens_wire_story(line: str) -> bool:
    """The line starts with a dateline that states a date or an agency ("PATTAYA, April 11
    (Bernama) --"): a story starts there, whatever the line before."""
    m = datelines.parse(line)
    return m is not None and bool(m.date_text or m.agency)


def _paragraphs(kept: list[Line], width: int | None = None) -> list[tuple[str, bool]]:
    """Kept lines -> paragraphs (text, is_caption); lines of one wrapped paragraph are joined."""
    groups: list[tuple[list[str], bool]] = []
    prev: Line | None = None
    for ln in kept:
        if ln.listed and prev is not None and groups and not groups[-1][1]:
            # "X spoke with:" and its items: one sentence, "X spoke with: A; B; C."
            parts = groups[-1][0]
            parts[-1] = parts[-1].rstrip(".;") + (" " if parts[-1].rstrip().endswith(":") else "; ")
            parts[-1] += ln.content.rstrip(".;")
            prev = ln
            continue
        if prev is not None and prev.listed and groups:
            groups[-1][0][-1] += "."
        joinable = (
            prev is not None
            and groups
            and not ln.caption
            and not groups[-1][1]
            and ln.index == prev.index + 1
            and not prev.bullet
            and not ln.bullet
            and not ends_sentence(prev.content)
            and not prev.content.endswith(":")
            and (
                ln.content[:1].islower()
                or (width is not None and len(prev.content) >= width - WRAP_SLACK - 5)
                or goes_on_from(prev)  # "... met with Y in" over "Pyongyang"
            )
            and not _opens_wire_story(ln.content)
        )
        if joinable:
            groups[-1][0].append(ln.content)
        else:
            groups.append(([ln.content], ln.caption))
        prev = ln
    if prev is not None and prev.listed and groups:
        groups[-1][0][-1] += "."
    return [(" ".join(parts), caption) for parts, caption in groups]


def build_article(
    doc: RawDocument,
    region: list[Line],
    number: int,
    source: str | None,
    width: int | None = None,
    corpus: date | None = None,
) -> Article | None:
    """The lines of one story -> an ``Article``; None when nothing of the story is left."""
    seen: set[str] = set()
    kept: list[Line] = []
    dropped: list[str] = []
    for ln in region:
        if ln.blank:
            continue
        if not ln.kept:
            dropped.append(f"{ln.drop}: {ln.content}")
            continue
        if ln.key in seen:
            dropped.append(f"repeated: {ln.content}")
            continue
        seen.add(ln.key)
        kept.append(ln)
    if not kept:
        return None

    body = _paragraphs(kept, width)
    title = doc.title
    if title is None:
        first = next((text for text, cap in body if not cap), None)
        title = first if first is not None and headline_like(first) else None
    if title is not None and (not body or fold(body[0][0]) != fold(title)):
        body = [(t, c) for t, c in body if fold(t) != fold(title)]
        body.insert(0, (title, False))
    if not body:
        return None
    body, lone = _tidy_datelines(body, title is not None)
    dropped.extend(lone)
    if not body:
        return None

    text_parts: list[str] = []
    segments: list[Segment] = []
    pos = 0
    for k, (para, cap) in enumerate(body):
        if k:
            pos += 2
        start, end = pos, pos + len(para)
        if k == 0 and title is not None:
            segments.append(Segment(start, end, "headline"))
        elif cap:
            segments.append(Segment(start, end, "caption"))
        foreign = lang.is_foreign(para)
        if foreign:
            segments.append(Segment(start, end, "foreign", language=foreign))
        text_parts.append(para)
        pos = end
    text = "\n\n".join(text_parts)

    dateline = datelines.find(text, segments) or _labelled_date_line(region, text, segments)
    published, inferred, origin = story_date(doc, region, body, dateline, corpus)
    period = url_month(doc.url) if published is None else None
    if dateline is not None and dateline.date is None and dateline.date_text and published is None and period:
        # "NAIROBI, Kenya, Aug 30 –" under a URL of "/2018/08/": the dateline's day, in the URL's month
        year, month = (int(part) for part in period.split("-"))
        dated = _dated(dateline, date(year, month, 15))
        if dated.date is not None and (dated.date.year, dated.date.month) == (year, month):
            dateline, published, origin, period = dated, dated.date, "dateline and URL", None
    if dateline is not None and dateline.date is None and dateline.date_text and published is not None:
        dateline = _dated(dateline, published)
    return Article(
        file=doc.file,
        path=doc.path,
        text=text,
        title=title,
        published=published,
        published_inferred=inferred,
        source=(dateline.agency if dateline and dateline.agency else source),
        url=doc.url,
        story=number if doc.record is None else doc.record,
        segments=tuple(segments),
        dropped=tuple(dropped),
        dateline=dateline,
        published_from=origin,
        period=period,
    )


LABELLED_PLACE = re.compile(r"\s[-–—]\s*([^\W\d_][\w .'’-]{1,40})$")


def _labelled_date_line(region: list[Line], text: str, segments: list[Segment]) -> Dateline | None:
    """A page's date line that ends with the place the story was filed from ("June 19, 2012 07:07 pm |
    Updated July 12, 2016 IST - Los Cabos"): the story's dateline, standing before its first body
    paragraph (the date line itself is not in the text)."""
    line = next((ln for ln in region if ln.drop == "date line"), None)
    m = LABELLED_PLACE.search(line.content.strip()) if line is not None else None
    place = datelines.resolve_city(m.group(1).strip(), None) if m else None
    if m is None or place is None:
        return None
    headline = next((s.end for s in segments if s.kind == "headline"), None)
    start = 0 if headline is None else min(headline + 2, len(text))
    return Dateline(
        text=m.group(1).strip(),
        start=start,
        end=start,
        city=m.group(1).strip(),
        city_start=start,
        city_end=start,
        place=place,
    )


def _tidy_datelines(body: list[tuple[str, bool]], titled: bool) -> tuple[list[tuple[str, bool]], list[str]]:
    """Datelines as the rest of the pipeline expects them: one space between their words and after
    their dash, and a dateline on a line of its own ("LIMA, March 3, 2025 (Andes Wire) -") opening
    the next paragraph of the story (captions between stay where they are).  A dateline with no
    paragraph after it is dropped (the second list: ``Article.dropped`` entries)."""
    out: list[tuple[str, bool]] = []
    dropped: list[str] = []
    waiting: str | None = None
    for k, (para, cap) in enumerate(body):
        if cap or (titled and k == 0):
            out.append((para, cap))
            continue
        if waiting is not None:
            para, waiting = waiting + " " + para, None
        elif k <= datelines.BODY_PARAGRAPHS and datelines.bare_line(para):
            waiting = " ".join(para.split()) + " –"  # "New Delhi, September 10" over the story: its dateline
            continue
        m = datelines.parse(para)
        if m is not None:
            head, rest = " ".join(para[: m.end].split()), para[m.end :].strip()
            if not rest:
                waiting = head if m.dash else head + " –"  # "March 26, 2013, Durban" has no dash of its own
                continue
            para = head + " " + rest
        out.append((para, cap))
    if waiting is not None:
        dropped.append(f"dateline with no story under it: {waiting}")
    return out, dropped


def _dated(dateline: Dateline, reference: date) -> Dateline:
    """A day-month dateline with its year completed from the story's date."""
    m = datelines.parse(dateline.text)
    when = datelines.complete_year(m.month, m.day, reference) if m and m.month and m.day else None
    return replace(dateline, date=when)


def story_date(
    doc: RawDocument,
    region: list[Line],
    body: list[tuple[str, bool]],
    dateline: Dateline | None = None,
    corpus: date | None = None,
) -> tuple[date | None, bool, str | None]:
    """(date, inferred, where it came from) of a story, in this order (docs/reading.md):

    1. the story's own date line under its headline ("By Staff Writer | June 11, 2024",
       "Updated: 04:48, 21 January 2018 Sunday") -- ``"date line"``;
    2. its wire dateline ("LIMA, 4 March 2025 (Andes Wire) —"; a day-month dateline takes its year
       from the page's other dates) -- ``"dateline"``;
    3. a date line above the headline (a page header), unless it is a crawl date: more than
       ``CRAWL_GAP_DAYS`` after every other date of the page -- ``"page header"``;
    4. the page's metadata (HTML, the JSON record's field), unless it is such a crawl date -- ``"metadata"``;
    5. a date in the URL ("/2018/01/20/", "/2013-02/18/", "20180120") -- ``"url"``;
    5b. a labelled date line after the story's end ("Published: 20/9/2019") -- ``"date line below"``;
    6. a corpus date line at the top of the page (" date 2024-01-19 ...") -- ``"corpus line"``;
    6b. a date line inside the story (under a standfirst) -- ``"date line in story"``;
    7. an anchor in the text, ``inferred``: an embedded post's date -- ``"post"``;
    7b. a short line of the story with a full date that is no sentence ("27 October 2014 11:41 am
        Views - 1691") -- ``"dated line in story"``;
    8. the first full date of a caption that names the story's people or places, ``inferred`` --
       ``"caption"``.
    """
    under, above = _header_dates(region, body)
    below = _footer_dates(region)
    from_url = url_date(doc.url)
    firm = [d for d in (*under, from_url) if d is not None]
    if dateline is not None and dateline.date is not None and dateline.year_stated:
        firm.append(dateline.date)
    others = firm + [d for d in (doc.published, corpus) if d is not None] + _text_dates(body)

    if under:
        return under[0], False, "date line"
    if dateline is not None and dateline.date_text:
        reference = dateline.date if dateline.year_stated else None
        if reference is None:
            pool = [d for d in (*above, doc.published, from_url, *below, corpus) if d is not None]
            pool = [d for d in pool if not _crawl_date(d, firm or _text_dates(body))] or pool
            context = pool[0] if pool else max(_text_dates(body), default=None)
            m = datelines.parse(dateline.text)
            if context is not None and m is not None and m.month and m.day:
                reference = datelines.complete_year(m.month, m.day, context)
        if reference is not None:
            return reference, False, "dateline"
    for found in above:  # the page's other header dates count: a crawl date above the story's own
        if not _crawl_date(found, [d for d in (*others, *above) if d != found]):
            return found, False, "page header"
    if doc.published is not None and not _crawl_date(doc.published, firm):
        return doc.published, False, "metadata"
    if from_url is not None:
        return from_url, False, "url"
    if below:
        return below[0], False, "date line below"
    if corpus is not None:
        return corpus, False, "corpus line"
    if doc.published is not None:
        return doc.published, False, "metadata"
    strict, loose = _body_dates(region)
    if strict:
        return strict[0], False, "date line in story"
    for para, _cap in body:  # a dated embedded post
        m = POST_SIGNATURE.match(para.strip())
        if m:
            found = first_full_date(m.group("date")) or parse_date(m.group("date"))
            if found:
                return found, True, "post"
    if loose:
        return loose[0], False, "dated line in story"
    story = " ".join(para for k, (para, cap) in enumerate(body) if k and not cap)
    for para, cap in body:  # the date of a caption that speaks of the story's own people and places
        if cap and shares_names(para, story):
            found = first_full_date(para)
            if found:
                return found, True, "caption"
    return None, False, None


def _header_dates(region: list[Line], body: list[tuple[str, bool]]) -> tuple[list[date], list[date]]:
    """Dates of the date lines at the head of a story: those under its headline, those above it."""
    header: list[Line] = []
    paragraphs = kept = 0
    title_key = " ".join(body[0][0].casefold().split()) if body else None
    for ln in region:
        header.append(ln)
        if ln.kept and not ln.caption:
            kept += 1
            paragraphs += is_prose(ln) and ln.key != title_key  # a long headline is no paragraph
            if paragraphs >= HEADER_PARAGRAPHS or kept >= HEADER_LINES:
                break
    title_at = next((k for k, ln in enumerate(header) if ln.key == title_key), 0)
    return _date_line_dates(header[title_at:]), _date_line_dates(header[:title_at])


def _body_dates(region: list[Line]) -> tuple[list[date], list[date]]:
    """Dates of the story's own lines that state when it was written, past its header, among its
    lines or closing it: those of date lines (under a standfirst), and those of short lines with a
    full date that are no sentence (``_loose_date``)."""
    last = max((k for k, ln in enumerate(region) if ln.kept and not ln.caption and is_prose(ln)), default=-1)
    lines = [ln for ln in region[: last + 1] if not ln.blank and not ln.block]
    closing = [ln for ln in region[last + 1 :] if not ln.blank and not ln.block][:1]
    strict = [ln.date for ln in lines + closing if ln.date is not None and ln.drop == "date line"]
    loose = [_loose_date(ln) for ln in lines if not ln.caption] + [_loose_date(ln) for ln in closing]
    return strict, [found for found in loose if found is not None]


def _loose_date(line: Line) -> date | None:
    """The full date of a short line that is no sentence, among a few other words ("27 October 2014
    11:41 am Views - 1691", "Posted by X on Oct 24, 2011 Leave a comment", a closing credit
    "(Xinhua News Agency November 28, 2006)"); not one that opens a stretch of time or a life
    ("Since 1st March, 1999")."""
    if line.words > LOOSE_DATE_WORDS or (line.words >= SENTENCE_WORDS and ends_sentence(line.content)):
        return None
    m = FULL_DATE.search(line.content)
    if m is None or _not_written(line.content, m.start()):
        return None
    return parse_date(m.group(0))


def _not_written(text: str, start: int) -> bool:
    """The date at ``start`` opens a stretch of time or a life: one of the two words before it is one
    of ``date_words.json``'s ``not_written_on`` ("Since 1st March, 1999", "Born on March 13, 1929")."""
    return bool(set(re.findall(r"[a-z]+", text[:start].casefold())[-2:]) & _not_written_on())


@lru_cache(maxsize=1)
def _not_written_on() -> frozenset[str]:
    """Words before a date that make it the start or end of a stretch of time, or of a life
    ("since", "until", "born"): ``date_words.json``'s ``not_written_on``."""
    return frozenset(read_json("date_words.json")["not_written_on"])


def _footer_dates(region: list[Line]) -> list[date]:
    """Dates of the labelled date lines after a story's end ("Published: 20/9/2019" under its
    "(END)"): the last lines of the story's region, after its last paragraph."""
    last = max((k for k, ln in enumerate(region) if ln.kept and not ln.caption and is_prose(ln)), default=len(region))
    return _date_line_dates(region[last + 1 :])


def _date_line_dates(lines: list[Line]) -> list[date]:
    """The dates of the lines that are date lines (not inside a block of links)."""
    return [ln.date for ln in lines if ln.date is not None and not ln.block and ln.drop == "date line"]


def _crawl_date(found: date, others: list[date]) -> bool:
    """A date far after every other date the page states: when the page was fetched, not written."""
    return bool(others) and all((found - d).days > CRAWL_GAP_DAYS for d in others)


def _text_dates(body: list[tuple[str, bool]]) -> list[date]:
    """The full dates (day, month and year) the story's paragraphs state, but those that open a
    stretch of time or a life ("Since 1st March, 1999" under a masthead)."""
    out = []
    for para, _ in body[:12]:
        for m in FULL_DATE.finditer(para):
            found = None if _not_written(para, m.start()) else parse_date(m.group(0))
            if found is not None:
                out.append(found)
    return out


def _month_number(text: str) -> int:
    return int(text) if text.isdigit() else MONTH_ABBR.split("|").index(text[:3].lower()) + 1


def url_date(url: str | None) -> date | None:
    """The date a URL's path carries: '/2018/01/20/', '/2013-02/18/', '/2018-01-20-title', '20180120',
    '/2003/06-02/', '/2016/feb/19/'."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url.strip(), flags=re.IGNORECASE)
    for pattern in URL_DATES:
        for m in pattern.finditer(path):
            try:
                y, mo, d = m.group("y", "m", "d") if "y" in pattern.groupindex else m.groups()
                return date(int(y), _month_number(mo), int(d))
            except ValueError:
                continue
    return None


def url_month(url: str | None) -> str | None:
    """The month ('2010-10') of a URL's path that gives no day: '/2010/10/title.html', '/2004/Nov/1.htm'."""
    if not url or url_date(url) is not None:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url.strip(), flags=re.IGNORECASE)
    for pattern in URL_MONTHS:
        m = pattern.search(path)
        if m and 1 <= _month_number(m.group(2)) <= 12:
            return f"{m.group(1)}-{_month_number(m.group(2)):02d}"
    return None


def url_source(url: str | None) -> str | None:
    """The site a URL belongs to: 'https://www.example.com/x' -> 'example.com'."""
    if not url:
        return None
    m = re.match(r"^(?:[a-z]+://)?(?:www\d?\.)?([^/:?#\s]+\.[a-z]{2,})(?:[/:?#]|$)", url.strip(), re.IGNORECASE)
    return m.group(1).lower() if m else None


def corpus_date(lines: list[Line]) -> date | None:
    """The date of a corpus's header line at the top of a page (" date 2024-01-19 ..."); the line is
    dropped, or only its date when a sentence follows it on the line."""
    for ln in [ln for ln in lines if not ln.blank][:CORPUS_LINES]:
        m = CORPUS_DATE.match(ln.content)
        if m:
            try:
                found = date.fromisoformat(m.group(1))
            except ValueError:
                return None
            rest = ln.content[m.end() :].strip()
            # " date 2025-04-30 Prime Minister X received ...": the story goes on
            if len(rest.split()) >= CORPUS_REST_WORDS:
                ln.raw = ln.content = rest
                for cached in ("words", "key"):
                    ln.__dict__.pop(cached, None)
            else:
                ln.drop = ln.drop or "corpus date line"
            return found
    return None


def names_in(text: str) -> set[str]:
    """Capitalised words of a text that may name someone or somewhere (no titles, months, weekdays, agencies)."""
    skip = markers().not_names
    return {w.casefold() for w in CAPITALISED.findall(text) if w.casefold() not in skip and not MONTH_NAME.fullmatch(w)}


def shares_names(caption: str, story: str, least: int = 1) -> bool:
    """The caption names at least ``least`` of the people or places the story names."""
    return len(names_in(caption) & names_in(story)) >= least
