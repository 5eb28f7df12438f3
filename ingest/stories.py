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
from datetime import date

from ingest import lang
from ingest.boilerplate import (
    MONTH,
    POST_SIGNATURE,
    Line,
    classify,
    date_line,
    ends_sentence,
    first_full_date,
    headline_like,
    is_prose,
    markers,
    parse_date,
)
from ingest.records import Article, RawDocument, Segment, fold

__all__ = ["split_stories", "story_starts", "story_date", "page_source", "date_line", "classify"]

HEADER_PARAGRAPHS = 2  # a date line counts as the story's own when it comes before this many paragraphs
HEADER_LINES = 8  # ... and before this many lines of story text
REPEAT_WINDOW = 16  # lines between the two copies of a repeated headline
WRAP_MIN, WRAP_MAX, WRAP_SLACK, WRAP_SHARE = 40, 100, 15, 0.4  # hard-wrapped text: most long lines end near one width
CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+")
MONTH_NAME = re.compile(MONTH, re.IGNORECASE)
DOMAIN = re.compile(r"\b((?:[A-Za-z0-9-]+\.)+(?:com|net|org|info|news|co\.uk|co|tv|media|io|eu|int|gov))\b", re.IGNORECASE)


# --------------------------------------------------------------------------- stories

def story_starts(lines: list[Line]) -> list[int]:
    """Indices of lines that open a story.

    Either a headline repeated with only captions and widgets between its two copies, or,
    on a page with two or more of them, a headline with its own date line right under it.
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
            if other.date is not None and not other.block:
                found.append(ln.index)
            elif other.blank or (other.drop and not other.block):
                continue  # a byline, a widget
            break
    return found


def repeated_headlines(lines: list[Line]) -> list[int]:
    """Headlines repeated with only captions and widgets between the two copies."""
    starts: list[int] = []
    used: set[int] = set()
    for ln in lines:
        if not ln.kept or ln.caption or ln.index in used or not headline_like(ln.content):
            continue
        gap_has_caption = False
        for other in lines[ln.index + 1: ln.index + 1 + REPEAT_WINDOW]:
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
        head = [ln for ln in lines[:starts[0]] if ln.kept and not ln.caption]
        if any(is_prose(ln) for ln in head):  # a story of its own before the first headline
            regions.insert(0, (0, starts[0]))
        else:  # page furniture: dropped; its date line may serve the first story
            for ln in head:
                ln.drop = "before the first story"
            regions[0] = (0, regions[0][1])
    source = doc.source or page_source(lines)
    width = wrap_width(lines)
    articles = []
    for number, (start, end) in enumerate(regions):
        article = build_article(doc, lines[start:end], number, source, width)
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


def page_source(lines: list[Line]) -> str | None:
    """The site's name as the page states it: a masthead or 'Headline | Site', else a domain name in the footer."""
    stated = next((ln.site for ln in lines if ln.site), None)
    if stated is not None:
        return stated
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


def _paragraphs(kept: list[Line], width: int | None = None) -> list[tuple[str, bool]]:
    """Kept lines -> paragraphs (text, is_caption); lines of one wrapped paragraph are joined."""
    groups: list[tuple[list[str], bool]] = []
    prev: Line | None = None
    for ln in kept:
        joinable = (prev is not None and groups and not ln.caption and not groups[-1][1]
                    and ln.index == prev.index + 1 and not prev.bullet and not ln.bullet
                    and not ends_sentence(prev.content) and not prev.content.endswith(":")
                    and (ln.content[:1].islower()
                         or (width is not None and len(prev.content) >= width - WRAP_SLACK - 5)))
        if joinable:
            groups[-1][0].append(ln.content)
        else:
            groups.append(([ln.content], ln.caption))
        prev = ln
    return [(" ".join(parts), caption) for parts, caption in groups]


def build_article(doc: RawDocument, region: list[Line], number: int, source: str | None,
                  width: int | None = None) -> Article | None:
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

    published, inferred = story_date(doc, region, body)
    return Article(file=doc.file, path=doc.path, text=text, title=title, published=published,
                   published_inferred=inferred, source=source, url=doc.url,
                   story=number if doc.record is None else doc.record, segments=tuple(segments),
                   dropped=tuple(dropped))


def story_date(doc: RawDocument, region: list[Line], body: list[tuple[str, bool]]) -> tuple[date | None, bool]:
    """(date, inferred): metadata, else the story's own date line, else an anchor in its text."""
    if doc.published is not None:
        return doc.published, False
    header: list[Line] = []
    paragraphs = kept = 0
    for ln in region:
        header.append(ln)
        if ln.kept and not ln.caption:
            kept += 1
            paragraphs += is_prose(ln)
            if paragraphs >= HEADER_PARAGRAPHS or kept >= HEADER_LINES:
                break
    title_key = " ".join(body[0][0].casefold().split()) if body else None
    title_at = next((k for k, ln in enumerate(header) if ln.key == title_key), 0)
    for ln in header[title_at:] + header[:title_at]:  # under the headline first, then above it
        if ln.date is not None and not ln.block:
            return ln.date, False
    for para, cap in body:  # a dated embedded post
        m = POST_SIGNATURE.match(para.strip())
        if m:
            found = first_full_date(m.group("date")) or parse_date(m.group("date"))
            if found:
                return found, True
    story = " ".join(para for k, (para, cap) in enumerate(body) if k and not cap)
    for para, cap in body:  # the date of a caption that speaks of the story's own people and places
        if cap and shares_names(para, story):
            found = first_full_date(para)
            if found:
                return found, True
    return None, False


def names_in(text: str) -> set[str]:
    """Capitalised words of a text that may name someone or somewhere (no titles, months, weekdays, agencies)."""
    skip = markers().not_names
    return {w.casefold() for w in CAPITALISED.findall(text)
            if w.casefold() not in skip and not MONTH_NAME.fullmatch(w)}


def shares_names(caption: str, story: str, least: int = 1) -> bool:
    """The caption names at least ``least`` of the people or places the story names."""
    return len(names_in(caption) & names_in(story)) >= least
