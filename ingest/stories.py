"""Page -> stories: boilerplate out, captions kept once, one page split into N articles.

``split_stories(doc)`` turns one ``RawDocument`` into a list of ``Article`` records:

1. Lines are classified (``classify``): page furniture is dropped with a reason — navigation
   and tag lists (short bullet items, one-to-three-word lines), share widgets ("TT", "20",
   "Print Friendly and PDF", "2 Shares", "3 Min Read"), tickers (a "BREAKING" line and the
   lines under it), banners of run-on headlines ("...Read more ...Read more"), "Read more:"
   lines, "Related News" blocks, comment-policy paragraphs, copyright/footer lines, a
   masthead repeated at the top, and everything from a "Most Read"/"Read Next" block on.
   The markers live in ``ingest/data/boilerplate.json`` and ``ingest/data/captions.json``.
2. Date lines ("4 Feb 2023 11:20", "Feb 06, 2023 - 01:39 AM") are taken out of the text
   and kept as the story's publication date when they stand near the top of the story.
3. Photo captions (a line repeated next to itself, a line under "show caption", or a line
   ending with a picture credit) are marked; every repeated line is kept once.
4. A plain-text page that holds several stories is split where a headline is repeated with
   only captions and widgets between its two copies (how the scraped pages lay them out).
5. Each story's text is its headline, then its captions and paragraphs, one paragraph per
   block, joined by blank lines; ``Segment``s mark the headline, the captions and passages
   in another language (``ingest/lang.py``).

Metadata: ``published`` comes from the page's metadata (HTML, JSON) or its date line; when
there is none, from an anchor in the text — the date of an embedded post
("— Name (@handle) February 4, 2023") or else of a caption — with ``published_inferred``.
``source`` comes from metadata, a masthead repeated at the top, or a site's domain name
("EXAMPLE.COM uses ...") in the dropped footer.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

import dateparser

from ingest import lang
from ingest.records import Article, RawDocument, Segment, fold

DATA = Path(__file__).with_name("data")
BULLETS = "•·▪●◦‣∙*-–—>"
NAV_MAX_WORDS = 3  # a line of at most this many words, without sentence punctuation, is navigation
BULLET_NAV_MAX_WORDS = 8  # a bullet item this short is a menu or tag entry
HEADLINE_MAX_WORDS = 25
PROSE_MIN_WORDS = 12  # a line this long is a paragraph of the story
HEADER_PARAGRAPHS = 2  # a date line counts as the story's own when it comes before this many paragraphs
MASTHEAD_MAX_WORDS = 5
MASTHEAD_WINDOW = 12  # non-blank lines at the top of a page where a masthead can stand
REPEAT_WINDOW = 16  # lines between the two copies of a repeated headline
WRAP_MIN, WRAP_MAX, WRAP_SLACK, WRAP_SHARE = 40, 100, 15, 0.4  # hard-wrapped text: most long lines end near one width
SENTENCE_END = ('.', '?', '!', '."', '.”', ".'", '?"', '?”', '!"', '!”', '…')

MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
         r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
FULL_DATE = re.compile(
    rf"\b(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?\s+(?:19|20)\d\d"
    r"|(?:19|20)\d\d-\d\d-\d\d(?:T[\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?"
    r"|\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d)\b", re.IGNORECASE)
TIME = re.compile(r"\b\d{1,2}[:.]\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?", re.IGNORECASE)
POST_SIGNATURE = re.compile(r"^[—–-]{1,2}\s*[^()\n]{1,80}\(@\w{1,30}\)\s*(?P<date>.+)$")
MENU_SPLIT = re.compile(r"\s+[|•·/]\s+|\s{3,}|\t+")  # "Home | World | Politics"
DOMAIN = re.compile(r"\b((?:[A-Za-z0-9-]+\.)+(?:com|net|org|info|news|co\.uk|co|tv|media|io|eu|int|gov))\b", re.IGNORECASE)


# --------------------------------------------------------------------------- data

@dataclass(frozen=True)
class Markers:
    """The boilerplate and caption markers, compiled from the data files."""

    widgets: re.Pattern[str]
    tickers: frozenset[str]
    ends: frozenset[str]
    blocks: frozenset[str]
    prefixes: tuple[str, ...]
    banner: str
    banner_hits: int
    footer: re.Pattern[str]
    policy: tuple[str, ...]
    policy_hits: int
    caption_markers: frozenset[str]
    social: frozenset[str]
    credit: re.Pattern[str]
    credit_tail: re.Pattern[str]
    caption_leads: tuple[str, ...]
    date_words: frozenset[str]


@lru_cache(maxsize=1)
def markers() -> Markers:
    """Markers from ``ingest/data/boilerplate.json``, ``captions.json`` and ``dateline.json``."""
    bp = json.loads((DATA / "boilerplate.json").read_text(encoding="utf-8"))
    cap = json.loads((DATA / "captions.json").read_text(encoding="utf-8"))
    dl = json.loads((DATA / "dateline.json").read_text(encoding="utf-8"))
    agencies = "|".join(re.escape(a) for a in sorted(cap["agencies"], key=len, reverse=True))
    words = "|".join(re.escape(w) for w in sorted(cap["credit_words"], key=len, reverse=True))
    return Markers(
        widgets=re.compile("|".join(f"(?:{p})" for p in bp["widget_lines"]), re.IGNORECASE),
        tickers=frozenset(bp["ticker_markers"]),
        ends=frozenset(bp["end_markers"]),
        blocks=frozenset(bp["block_markers"]),
        prefixes=tuple(bp["line_prefixes"]),
        banner=bp["banner_marker"],
        banner_hits=int(bp["banner_min_hits"]),
        footer=re.compile("|".join(f"(?:{p})" for p in bp["footer_patterns"]), re.IGNORECASE),
        policy=tuple(bp["policy_phrases"]),
        policy_hits=int(bp["policy_min_hits"]),
        caption_markers=frozenset(bp["caption_markers"]),
        social=frozenset(bp["social_domains"]),
        credit=re.compile(rf"\((?:[^()]*\b(?:{agencies}|{words})\b[^()]*)\)\s*$", re.IGNORECASE),
        credit_tail=re.compile(rf"(?:/|\|)\s*(?:{agencies})\s*$"),
        caption_leads=tuple(l.casefold() for l in cap["lead_words"]),
        date_words=frozenset(w.casefold() for w in dl["words"]),
    )


# --------------------------------------------------------------------------- lines

@dataclass
class Line:
    """One line of the page and what the classifier made of it."""

    index: int
    raw: str
    content: str  # trimmed, bullet removed
    bullet: bool
    drop: str | None = None  # reason the line is boilerplate, None when kept
    caption: bool = False
    date: date | None = None  # a date line's date
    block: bool = False  # dropped as part of a block (ticker, banner, related list, after "Most Read")

    @property
    def blank(self) -> bool:
        return not self.content

    @property
    def words(self) -> int:
        return len(self.content.split())

    @property
    def key(self) -> str:
        return " ".join(self.content.casefold().split())

    @property
    def kept(self) -> bool:
        return not self.blank and self.drop is None


def _strip_bullet(raw: str) -> tuple[str, bool]:
    text = raw.strip().replace("\u00a0", " ")
    bullet = False
    while text and text[0] in BULLETS and (len(text) == 1 or text[1] in " \t" or text[0] in "•·▪●◦‣∙"):
        text = text[1:].lstrip()
        bullet = True
    return text, bullet


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(SENTENCE_END)


def is_prose(line: Line) -> bool:
    """A paragraph of the story: long enough, or a full sentence."""
    return line.words >= PROSE_MIN_WORDS or (line.words >= 6 and _ends_sentence(line.content))


def headline_like(text: str) -> bool:
    """A line that could be a headline: a few words, not ending like a sentence."""
    n = len(text.split())
    return 3 <= n <= HEADLINE_MAX_WORDS and not text.rstrip().endswith((".", ":", ";", ",")) and not text.islower()


def date_line(text: str) -> date | None:
    """The date of a line that is only a date (and time, and words like 'Published'), else None."""
    if len(text) > 80:
        return None
    m = FULL_DATE.search(text)
    if not m:
        return None
    rest = TIME.sub(" ", text[:m.start()] + " " + text[m.end():])
    rest_words = [w for w in re.split(r"[^\w.]+", rest.casefold()) if w and w.strip(".")]
    if any(w not in markers().date_words for w in rest_words):
        return None
    return parse_date(m.group(0))


def parse_date(text: str) -> date | None:
    """One explicit date expression -> date (dateparser), or None."""
    parsed = dateparser.parse(text, languages=["en"], settings={"STRICT_PARSING": True})
    return parsed.date() if parsed else None


def first_full_date(text: str) -> date | None:
    """The first explicit full date (day, month and year) stated in a text."""
    for m in FULL_DATE.finditer(text):
        found = parse_date(m.group(0))
        if found:
            return found
    return None


def is_caption_text(text: str) -> bool:
    """A line that reads like a photo caption: a picture credit at its end or a caption opening."""
    mk = markers()
    low = text.casefold()
    return bool(mk.credit.search(text) or mk.credit_tail.search(text) or low.startswith(mk.caption_leads))


def classify(text: str) -> list[Line]:
    """Every line of a page, with its drop reason, caption mark and date (see the module docstring)."""
    mk = markers()
    lines = []
    for i, raw in enumerate(text.split("\n")):
        if POST_SIGNATURE.match(raw.strip()):  # "— Name (@handle) date": the signature of an embedded post
            lines.append(Line(i, raw, raw.strip(), False))
            continue
        content, bullet = _strip_bullet(raw)
        lines.append(Line(i, raw, content, bullet))

    _mark_blocks(lines)
    # everything from a "Most Read"-type block to the end, once the story has begun
    seen_prose = False
    for ln in lines:
        if ln.blank:
            continue
        if seen_prose and ln.key.rstrip(":") in mk.ends and ln.words <= 5:
            for rest in lines[ln.index:]:
                if not rest.blank:
                    rest.drop, rest.block = f"after '{ln.content}'", True
            break
        seen_prose = seen_prose or (not ln.drop and is_prose(ln))
    for ln in lines:
        if ln.blank or ln.drop:
            continue
        ln.drop = _line_reason(ln)
        if ln.drop is None or ln.drop in ("navigation", "menu or tag list"):
            found = date_line(ln.content)
            if found:
                ln.drop, ln.date = "date line", found
    _mark_masthead(lines)
    _mark_captions(lines)
    return lines


def _mark_blocks(lines: list[Line]) -> None:
    mk = markers()
    i = 0
    while i < len(lines):
        ln = lines[i]
        key = ln.key.rstrip(":")
        if ln.blank or ln.drop:
            i += 1
            continue
        if key in mk.tickers:  # the marker and the lines under it, to the next blank line
            ln.drop, ln.block = "ticker", True
            j = i + 1
            while j < len(lines) and not lines[j].blank:
                lines[j].drop, lines[j].block = f"ticker ('{ln.content}')", True
                j += 1
            i = j
            continue
        if key in mk.blocks and ln.words <= 4:  # "Related News" and the headlines listed under it
            ln.drop, ln.block = "related list", True
            j = i + 1
            while j < len(lines) and (lines[j].blank or (not is_prose(lines[j]) and lines[j].words <= HEADLINE_MAX_WORDS)):
                if not lines[j].blank:
                    lines[j].drop, lines[j].block = f"related list ('{ln.content}')", True
                j += 1
            i = j
            continue
        if ln.key.count(mk.banner) >= mk.banner_hits:
            ln.drop, ln.block = "banner of headlines", True
        elif sum(p in ln.key for p in mk.policy) >= mk.policy_hits:
            ln.drop, ln.block = "comment policy / site notice", True
        i += 1


def _line_reason(ln: Line) -> str | None:
    mk = markers()
    key = ln.key
    if mk.widgets.fullmatch(key.rstrip(":")):
        return "share widget"
    if key.startswith(mk.prefixes):
        return "link or tag line"
    if POST_SIGNATURE.match(ln.content):
        return None
    if ln.words <= 12 and mk.footer.search(key):
        return "footer"
    items = [part for part in MENU_SPLIT.split(ln.content) if part.strip()]
    if len(items) >= 3 and all(len(part.split()) <= NAV_MAX_WORDS for part in items):
        return "navigation"
    if ln.bullet and ln.words <= BULLET_NAV_MAX_WORDS and not _ends_sentence(ln.content):
        return "menu or tag list"
    if ln.words <= NAV_MAX_WORDS and not _ends_sentence(ln.content):
        return "navigation"
    return None


def _mark_masthead(lines: list[Line]) -> None:
    """A short line repeated near the top of the page is the site's name, not story text."""
    top = [ln for ln in lines if not ln.blank][:MASTHEAD_WINDOW]
    counts = Counter(ln.key for ln in lines if not ln.blank)
    for ln in top:
        if ln.bullet or ln.words > MASTHEAD_MAX_WORDS or _ends_sentence(ln.content) or counts[ln.key] < 2:
            continue
        if FULL_DATE.search(ln.content):
            continue
        between = [o for o in lines[ln.index + 1:] if not o.blank]
        nxt = next((o for o in between if o.key == ln.key), None)
        if nxt is None:
            continue
        gap = [o for o in between if o.index < nxt.index]
        if any(is_prose(o) for o in gap):
            continue  # prose between the copies: a headline, not a masthead
        for o in lines:
            if o.key == ln.key and not o.block:
                o.drop = "masthead"
        return


def _mark_captions(lines: list[Line]) -> None:
    mk = markers()
    live = [ln for ln in lines if not ln.blank and (ln.drop is None or ln.drop in ("share widget",))]
    for pos, ln in enumerate(live):
        if ln.drop:
            continue
        if is_caption_text(ln.content) and ln.words >= 4:
            ln.caption = True
        prev = live[pos - 1] if pos else None
        if prev is not None and prev.key.rstrip(":") in mk.caption_markers and ln.words >= 4:
            ln.caption = True
        # the same line twice in a row (widgets between don't count): a caption shown twice
        nxt = next((o for o in live[pos + 1:] if not o.drop), None)
        if nxt is not None and nxt.key == ln.key and ln.words >= 4 and not headline_like(ln.content):
            ln.caption = nxt.caption = True
    # a caption marker itself, once used, is a widget
    for ln in live:
        if ln.drop is None and ln.key.rstrip(":") in mk.caption_markers and ln.words <= 3:
            ln.drop = "share widget"


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
        for other in lines[ln.index + 1:]:
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
    for caption in doc.captions:
        _add_caption(lines, caption)
    starts = story_starts(lines) if doc.kind == "txt" else []
    bounds = [0] + starts + [len(lines)] if starts and starts[0] > 0 else (starts or [0]) + [len(lines)]
    regions = list(zip(bounds, bounds[1:]))
    if len(regions) > 1 and starts and starts[0] > 0:
        head = [ln for ln in lines[:starts[0]] if ln.kept and not ln.caption]
        if not any(is_prose(ln) for ln in head):
            # page furniture before the first story: dropped; its date line serves the first story
            for ln in head:
                ln.drop = "before the first story"
            regions = [(0, regions[1][1])] + regions[2:]
    source = doc.source or page_source(lines)
    width = wrap_width(lines)
    articles = []
    for number, (start, end) in enumerate(regions):
        article = build_article(doc, lines[start:end], number, source, width)
        if article is not None:
            articles.append(article)
    return articles


def _add_caption(lines: list[Line], caption: str) -> None:
    key = " ".join(caption.casefold().split())
    for ln in lines:
        if ln.key == key:
            ln.caption, ln.drop = True, None
            return
    # not in the extracted text: put it after the first line (the headline)
    lines.insert(1, Line(-1, caption, caption, False, caption=True))


def page_source(lines: list[Line]) -> str | None:
    """The site's name as the page states it: a masthead, else a domain name in the dropped footer."""
    mast = next((ln for ln in lines if ln.drop == "masthead"), None)
    if mast is not None:
        return mast.content
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
    out: list[tuple[str, bool]] = []
    prev: Line | None = None
    for ln in kept:
        wrapped = ln.content[:1].islower() or (
            width is not None and len(prev.content) >= width - WRAP_SLACK - 5 if prev is not None else False)
        joinable = (prev is not None and out and not ln.caption and not out[-1][1]
                    and ln.index == prev.index + 1 and not prev.bullet and not ln.bullet
                    and not _ends_sentence(prev.content) and not prev.content.endswith(":")
                    and wrapped)
        if joinable:
            out[-1] = (out[-1][0] + " " + ln.content, False)
        else:
            out.append((ln.content, ln.caption))
        prev = ln
    return out


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
    paragraphs = 0
    for ln in region:
        header.append(ln)
        if ln.kept and not ln.caption and is_prose(ln):
            paragraphs += 1
            if paragraphs >= HEADER_PARAGRAPHS:
                break
    title_at = next((k for k, ln in enumerate(header) if body and ln.key == " ".join(body[0][0].casefold().split())), 0)
    for ln in header[title_at:] + header[:title_at]:  # under the headline first, then above it
        if ln.date is not None and not ln.block:
            return ln.date, False
    for para, cap in body:  # a dated embedded post
        for line in para.split("\n"):
            m = POST_SIGNATURE.match(line.strip())
            if m:
                found = first_full_date(m.group("date")) or parse_date(m.group("date"))
                if found:
                    return found, True
    for para, cap in body:  # a caption's date
        if cap:
            found = first_full_date(para)
            if found:
                return found, True
    return None, False
