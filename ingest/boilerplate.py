"""Line by line: what on a scraped page is story text and what is page furniture.

``classify(text)`` returns one ``Line`` per line of the page with the reason it is dropped
(``Line.drop``, None when kept), whether it is a photo caption, and the date of a date line.
Dropped: navigation and tag lists (short bullet items, one-to-three-word lines, "Home |
World | ..." menus), share widgets ("TT", "20", "Print Friendly and PDF", "2 Shares",
"3 Min Read"), tickers (a "BREAKING" line and the lines under it), banners of run-on
headlines ("...Read more ...Read more"), "Read more:" and tag lines, "Related News" lists,
comment-policy paragraphs, copyright/footer lines, a masthead repeated at the top, and
everything from a "Most Read"/"Read Next" block on (once the story's prose has begun).
Date lines ("4 Feb 2023 11:20", "Feb 06, 2023 - 01:39 AM") are dropped from the text and
keep their date.  Captions: a line repeated next to itself, a line under "show caption",
or a line that ends with a picture credit.

The markers live in ``ingest/data/boilerplate.json``, ``captions.json`` and ``dateline.json``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cached_property, lru_cache

import dateparser

from diplograph.ingest import datelines
from diplograph.ingest.credits import agencies
from diplograph.ingest.datafiles import read_json

BULLETS = "•·▪●◦‣∙*-–—>"
NAV_MAX_WORDS = 3  # a line of at most this many words, without sentence punctuation, is navigation
BULLET_NAV_MAX_WORDS = 8  # a bullet item this short is a menu or tag entry
LIST_OPENER_MIN_WORDS = 3  # "X spoke with:": a sentence, not a label ("Tags:"), opens a list of bullet items
HEADLINE_MAX_WORDS = 25
PROSE_MIN_WORDS = 12  # a line this long is a paragraph of the story
BYLINE_MAX_WORDS = 8
MASTHEAD_MAX_WORDS = 5
MASTHEAD_WINDOW = 12  # non-blank lines at the top of a page where a masthead can stand
DATE_LINE_CHARS = 100  # a date line is no longer than this, bylines aside (a row of fields may be twice as long)
METADATA_FIELDS = 3  # a row of this many fields split by bars, one of them a date alone, is a date line
SENTENCE_END = (".", "?", "!", '."', ".”", ".'", '?"', "?”", '!"', "!”", "…")

MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
FULL_DATE = re.compile(
    rf"\b(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+|,)(?:19|20)\d\d"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}(?:,?\s+|,)(?:19|20)\d\d"  # "10 July,2015" too
    r"|(?:19|20)\d\d-\d\d-\d\d(?:T[\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?"
    r"|(?:19|20)\d\d/\d\d/\d\d"  # "Tuesday 2022/01/18"
    r"|\d{1,2}(?:[./]\d{1,2}[./]|-\d{1,2}-)(?:19|20)\d\d"
    rf"|\d{{1,2}}-{MONTH}-(?:19|20)?\d\d)\b",  # "12-Mar-09"
    re.IGNORECASE,
)
TIME = re.compile(r"\b\d{1,2}[:.]\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?", re.IGNORECASE)
POST_SIGNATURE = re.compile(r"^[—–-]{1,2}\s*[^()\n]{1,80}\(@\w{1,30}\)\s*(?P<date>.+)$")
PAGE_TITLE = re.compile(r"^(.{10,}?)\s+[|–—-]\s+([^|–—]{2,60})$")  # "Headline | Site"
MENU_SPLIT = re.compile(r"\s+[|•·/]\s+|\s{3,}|\t+")  # "Home | World | Politics"


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Markers:
    """The boilerplate and caption markers, compiled from the data files."""

    widgets: re.Pattern[str]
    tickers: frozenset[str]
    ends: frozenset[str]
    blocks: frozenset[str]
    prefixes: tuple[str, ...]
    bylines: tuple[str, ...]
    banner: str
    banner_hits: int
    footer: re.Pattern[str]
    policy: tuple[str, ...]
    policy_hits: int
    caption_markers: frozenset[str]
    social: frozenset[str]
    sections: frozenset[str]  # a section's name ends in one of these before a page's date ("General News")
    credit: re.Pattern[str]
    credit_tail: re.Pattern[str]
    caption_leads: tuple[str, ...]
    credit_lines: tuple[str, ...]
    not_names: frozenset[str]
    date_words: frozenset[str]


@lru_cache(maxsize=1)
def markers() -> Markers:
    """Markers from ``ingest/data/boilerplate.json``, ``captions.json`` and ``dateline.json``."""
    bp = read_json("boilerplate.json")
    cap = read_json("captions.json")
    dl = read_json("dateline.json")
    agencies = "|".join(re.escape(a) for a in sorted(cap["agencies"], key=len, reverse=True))
    words = "|".join(re.escape(w) for w in sorted(cap["credit_words"], key=len, reverse=True))
    return Markers(
        widgets=re.compile("|".join(f"(?:{p})" for p in bp["widget_lines"]), re.IGNORECASE),
        tickers=frozenset(bp["ticker_markers"]),
        ends=frozenset(bp["end_markers"]),
        blocks=frozenset(bp["block_markers"]),
        prefixes=tuple(bp["line_prefixes"]),
        bylines=tuple(bp["byline_prefixes"]),
        banner=bp["banner_marker"],
        banner_hits=int(bp["banner_min_hits"]),
        footer=re.compile("|".join(f"(?:{p})" for p in bp["footer_patterns"]), re.IGNORECASE),
        policy=tuple(bp["policy_phrases"]),
        policy_hits=int(bp["policy_min_hits"]),
        caption_markers=frozenset(bp["caption_markers"]),
        social=frozenset(bp["social_domains"]),
        sections=frozenset(bp["section_words"]),
        credit=re.compile(rf"\((?:[^()]*\b(?:{agencies}|{words})\b[^()]*)\)\s*$", re.IGNORECASE),
        # "... / Reuters", "... | AFP", and a photo service's initials glued on ("... in May 2019/PSCU")
        credit_tail=re.compile(rf"(?:/|\|)\s*(?:{agencies})\s*$|(?<=\w)/[A-Z]{{3,8}}\s*$"),
        caption_leads=tuple(word.casefold() for word in cap["lead_words"]),
        credit_lines=tuple(line.casefold() for line in cap["credit_lines"]),
        not_names=frozenset(w.casefold() for w in cap["not_names"] + cap["agencies"] + dl["words"]),
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
    site: str | None = None  # the site's name, when the line states it (a masthead, "Headline | Site")
    listed: bool = False  # a bullet item of the list a sentence ending in a colon opens ("X spoke with:")

    @property
    def blank(self) -> bool:
        return not self.content

    @cached_property
    def words(self) -> int:
        return len(self.content.split())

    @cached_property
    def key(self) -> str:
        """The line folded for comparison: case and runs of white space ignored."""
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


def ends_sentence(text: str) -> bool:
    """The text ends like a sentence (full stop, question or exclamation mark, maybe a closing quote)."""
    return text.rstrip().endswith(SENTENCE_END)


def is_prose(line: Line) -> bool:
    """A paragraph of the story: long enough, or a full sentence."""
    return line.words >= PROSE_MIN_WORDS or (line.words >= 6 and ends_sentence(line.content))


def headline_like(text: str) -> bool:
    """A line that could be a headline: a few words, not ending like a sentence."""
    n = len(text.split())
    return (
        3 <= n <= HEADLINE_MAX_WORDS
        and not text.rstrip().endswith((".", ":", ";", ",", "-", "–", "—"))
        and not text.islower()
        and not datelines.whole_line(text)
    )


@lru_cache(maxsize=1)
def _headline_verbs() -> frozenset[str]:
    """The verbs of headlines (``not_names.json``): a line with one is a headline, not a writer's name."""
    return frozenset(w.casefold() for w in read_json("not_names.json")["headline_verbs"])


def date_line(text: str) -> date | None:
    """The date of a line that is only a date (and time, and words like 'Published'), else None."""
    if len(text) > 2 * DATE_LINE_CHARS:
        return None
    # "By Staff Writer | June 11, 2024", "By JT - May 16,2017", "By X     Date 15 November 2021": a
    # byline beside the date is not part of it
    pieces = re.split(r"\s[|•·]\s|\s{3,}", text.strip())
    if len(pieces) == 1 and text.casefold().startswith(markers().bylines):
        pieces = re.split(r"\s[-–—]\s", text, maxsplit=1)
    parts = [p for p in pieces if not p.strip().casefold().startswith(markers().bylines)]
    alone = [p for p in parts if FULL_DATE.fullmatch(p.strip())]
    if alone and len(parts) >= METADATA_FIELDS:  # "Posted in Middle East | 12-Mar-09 | Source: X"
        return parse_date(alone[0].strip())
    if len(" | ".join(parts)) > DATE_LINE_CHARS:
        return None
    # "LATIN AMERICA | 15-02-2020 09:38": a section's name in capitals beside the date is no word of it
    parts = [p for p in parts if not _section_label(p)] or parts
    text = " | ".join(parts)
    m = FULL_DATE.search(text)
    if not m:
        return None
    # "May 26, 2019 05:33 pm | Updated November 17, 2021 06:36 am IST - NEW DELHI": the first date
    # is the story's; the update's date and the place or agency labelled after the dates are not words
    rest = text[m.start() :]
    tail = re.split(r"\s[|–—-]\s|\s\|\s*|\s*\|\s", rest)
    while len(tail) > 1 and not FULL_DATE.search(tail[-1]) and not TIME.search(tail[-1]) and _label(tail[-1]):
        tail.pop()
    head = text[: m.start()]
    # "General News Wed, 27 Nov 2002": a section's name in capitalised words before the date
    words = [w for w in re.split(r"[^\w.]+", head) if w]
    named = [w for w in words if w.casefold() not in markers().date_words]
    while named and named[-1] in ("of", "for"):  # "General News of Wednesday, 8 August 2007"
        named.pop()
    plain = re.fullmatch(r"[A-Za-z][A-Za-z ,]*", head.strip()) is not None  # not a post's "— X (@x)"
    if plain and 0 < len(named) <= 3 and named[-1] in markers().sections and _label(" ".join(named)):
        head = " ".join(w for w in words if w.casefold() in markers().date_words)
    # "Grzegorz Siwicki 12.12.2018 08:00": a writer's name before a date and its time
    signed = (
        re.fullmatch(r"(?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+", head.strip()) is not None
        and not any(w.casefold() in _headline_verbs() for w in head.split())  # not "Putin Meets Xi"
        and TIME.search(FULL_DATE.sub(" ", " ".join(tail)))
    )
    if signed:
        head = ""
    rest = head + " " + " ".join(tail)
    rest = TIME.sub(" ", FULL_DATE.sub(" ", rest))
    rest_words = [w for w in re.split(r"[^\w.]+", rest.casefold()) if w.strip(".") and not w.isdigit()]
    # "IANS 15 Nov 2014, 6:49:12 AM IST": a news agency's name beside the date is no word of it
    if any(w not in markers().date_words and w not in _agency_words() for w in rest_words):
        return None
    return parse_date(m.group(0))


@lru_cache(maxsize=1)
def _agency_words() -> frozenset[str]:
    """News agencies of one word (``agencies.txt``), case-folded."""
    return frozenset(a.casefold() for a in agencies() if " " not in a)


def _section_label(text: str) -> bool:
    """A section's name in capitals ("LATIN AMERICA", "WORLD NEWS"): a few words, no digits."""
    words = text.split()
    return 1 <= len(words) <= 4 and text.isupper() and not any(c.isdigit() for c in text)


def _label(text: str) -> bool:
    """A short name after a date line's dates: a place or an agency ("NEW DELHI", "Port of Spain",
    "(ANI)"), a few words each capitalised (small particles aside), no sentence."""
    words = text.strip().strip("()").split()
    if not 1 <= len(words) <= 4 or ends_sentence(text):
        return False
    return all(w[:1].isupper() or w in ("of", "de", "du", "es", "la", "el") for w in words)


# A day, an English month's name and a year and nothing else ("22 Jul 2021", "May 26, 2019"): the
# wording most pages give, read without dateparser (``plain_date``)
_ORDINAL = r"(?:st|nd|rd|th)?"
_PLAIN_DATE = re.compile(
    rf"(?:(?P<day>[0-9]{{1,2}}){_ORDINAL} (?P<month>{MONTH})|(?P<month2>{MONTH}) (?P<day2>[0-9]{{1,2}}){_ORDINAL})"
    r"(?:,? |,)(?P<year>(?:19|20)[0-9][0-9])",
    re.IGNORECASE,
)
_DOTTED_DATE = re.compile(r"[0-9]{1,2}\.[0-9]{1,2}\.(?:19|20)[0-9][0-9]")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def plain_date(text: str) -> date | None:
    """The date of a day, a month's name and a year written plainly ("22 Jul 2021", "May 26,
    2019"), as dateparser reads them; None for any other wording, or a day the month does not have."""
    m = _PLAIN_DATE.fullmatch(text)
    if m is None:
        return None
    month = _MONTHS.index((m.group("month") or m.group("month2"))[:3].lower()) + 1
    try:
        return date(int(m.group("year")), month, int(m.group("day") or m.group("day2")))
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def parse_date(text: str) -> date | None:
    """One explicit date expression -> date (dateparser), or None.  A full date means the same day
    whenever it is read, so each wording is parsed once per process (dateparser takes milliseconds);
    a plain one ("22 Jul 2021") is read without it (``plain_date``)."""
    plain = plain_date(text)
    if plain is not None:
        return plain
    settings = {"STRICT_PARSING": True}
    if _DOTTED_DATE.fullmatch(text.strip()):  # "09.01.2004": pages that write dates with dots put the day first
        settings["DATE_ORDER"] = "DMY"
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
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
            if _story_goes_on(lines, ln.index):
                ln.drop = "navigation"  # "More From This Section" set inside the story, its links gone
                continue
            for rest in lines[ln.index :]:
                if not rest.blank:
                    rest.drop, rest.block = f"after '{ln.content}'", True
            break
        seen_prose = seen_prose or (not ln.drop and is_prose(ln))
    for pos, ln in enumerate(lines):
        if ln.blank or ln.drop:
            continue
        if pos and goes_on_from(lines[pos - 1]):
            continue  # "... met with Y in\nPyongyang": the end of the sentence above, not a menu's item
        ln.drop = _line_reason(ln, [o for o in lines[pos + 1 : pos + 12] if not o.blank and not _is_byline(o)][:2])
        if ln.drop is None or ln.drop in ("navigation", "menu or tag list", "byline"):
            found = date_line(ln.content)
            if found:
                ln.drop, ln.date = "date line", found
    _mark_page_title(lines)
    _mark_masthead(lines)
    _mark_captions(lines)
    _keep_listed_items(lines)
    return lines


OPEN_ENDS = frozenset("a an the of to in on at by for from with between".split())  # no sentence ends in one
SENTENCE_MIN_WORDS = 8


def goes_on_from(above: Line) -> bool:
    """The line right above is a sentence cut off after a word no sentence ends in ("met with Y in")."""
    words = above.content.split()
    return (
        not above.blank
        and not above.drop
        and len(words) >= SENTENCE_MIN_WORDS
        and words[-1] in OPEN_ENDS
        and not above.raw.endswith((" ", "\t"))
    )


CONTINUED_MIN_WORDS = 20  # a paragraph this long right after a "More from" marker goes on with the story


def _story_goes_on(lines: list[Line], index: int) -> bool:
    """The lines after a "More from this section" marker are the story's own paragraphs, not the
    list of links it announces: the next two are long sentences."""
    after = [o for o in lines[index + 1 :] if not o.blank][:2]
    return len(after) == 2 and all(o.words >= CONTINUED_MIN_WORDS and ends_sentence(o.content) for o in after)


def _keep_listed_items(lines: list[Line]) -> None:
    """Short bullet items right under a sentence that ends with a colon ("President-elect X spoke
    with:") are that sentence's list, not a menu: they are kept, marked ``listed``."""
    opened = False
    for ln in lines:
        if ln.blank:
            continue
        if opened and ln.bullet and ln.drop == "menu or tag list" and not ln.block:
            ln.drop, ln.listed = None, True
            continue
        opened = ln.kept and not ln.bullet and ln.words >= LIST_OPENER_MIN_WORDS and ln.content.rstrip().endswith(":")


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
            while j < len(lines) and (
                lines[j].blank or (not is_prose(lines[j]) and lines[j].words <= HEADLINE_MAX_WORDS)
            ):
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


def _line_reason(ln: Line, following: list[Line] | None = None) -> str | None:
    """Why a single line is page furniture (None: story text); ``following``: the next non-blank lines."""
    mk = markers()
    key = ln.key
    if _is_byline(ln):
        return "byline"
    if mk.widgets.fullmatch(key.rstrip(":")):
        return "share widget"
    if key.startswith(mk.prefixes):
        return "link or tag line"
    if ln.words <= BYLINE_MAX_WORDS and key.startswith(mk.credit_lines):
        return "photo credit"
    if POST_SIGNATURE.match(ln.content):
        return None
    if ln.words <= BYLINE_MAX_WORDS and datelines.whole_line(ln.content):
        return None  # a wire dateline on a line of its own ("WASHINGTON (AP) —"): it opens the paragraph under it
    if ln.words <= 12 and mk.footer.search(key):
        return "footer"
    items = [part for part in MENU_SPLIT.split(ln.content) if part.strip()]
    if len(items) >= 3 and all(len(part.split()) <= NAV_MAX_WORDS for part in items):
        return "navigation"
    if ln.bullet and ln.words <= BULLET_NAV_MAX_WORDS and not ends_sentence(ln.content):
        return "menu or tag list"
    if ln.words <= NAV_MAX_WORDS and not ends_sentence(ln.content):
        if not ln.bullet and headline_like(ln.content) and _opens_story(following or []):
            return None  # a short headline over its story
        return "navigation"
    return None


def _is_byline(ln: Line) -> bool:
    """'By Name', '(Reporting by ...; Editing by ...)'."""
    return (
        ln.words <= BYLINE_MAX_WORDS
        and ln.key.strip("()").startswith(markers().bylines)
        and not ends_sentence(ln.content)
    )


def _opens_story(following: list[Line]) -> bool:
    """The lines under a line are the story's prose, or its date line and then prose."""
    if not following:
        return False
    if is_prose(following[0]):
        return True
    return len(following) > 1 and date_line(following[0].content) is not None and is_prose(following[1])


def _mark_page_title(lines: list[Line]) -> None:
    """'Headline | Site' near the top, when the headline stands again on its own line: the page's title."""
    top = [ln for ln in lines if not ln.blank and not ln.block][:MASTHEAD_WINDOW]
    keys = {ln.key for ln in lines if not ln.blank}
    for ln in top:
        m = PAGE_TITLE.match(ln.content)
        if m and " ".join(m.group(1).casefold().split()) in keys and len(m.group(2).split()) <= MASTHEAD_MAX_WORDS:
            ln.drop, ln.site = "page title", m.group(2).strip()
            return


def _mark_masthead(lines: list[Line]) -> None:
    """A short line repeated near the top of the page is the site's name, not story text."""
    top = [ln for ln in lines if not ln.blank][:MASTHEAD_WINDOW]
    counts = Counter(ln.key for ln in lines if not ln.blank)
    for ln in top:
        if ln.bullet or ln.words > MASTHEAD_MAX_WORDS or ends_sentence(ln.content) or counts[ln.key] < 2:
            continue
        if FULL_DATE.search(ln.content):
            continue
        between = [o for o in lines[ln.index + 1 :] if not o.blank]
        nxt = next((o for o in between if o.key == ln.key), None)
        if nxt is None:
            continue
        gap = [o for o in between if o.index < nxt.index]
        if any(is_prose(o) for o in gap):
            continue  # prose between the copies: a headline, not a masthead
        for o in lines:
            if o.key == ln.key and not o.block:
                o.drop, o.site = "masthead", o.content
        return


def _mark_captions(lines: list[Line]) -> None:
    """Mark captions: a credit or caption opening, a line under a caption marker, a line shown twice in a row."""
    mk = markers()
    content = [ln for ln in lines if not ln.blank and not ln.block]
    kept = [ln for ln in content if not ln.drop]
    for pos, ln in enumerate(content):
        if ln.key.rstrip(":,") in mk.caption_markers and ln.words <= 3:
            # "show caption", "Image caption,": the next line of text is the caption
            nxt = next((o for o in content[pos + 1 : pos + 4] if not o.drop), None)
            if nxt is not None and nxt.words >= 4:
                nxt.caption = True
            ln.drop = "caption marker"
        elif not ln.drop and ln.words >= 4 and is_caption_text(ln.content):
            ln.caption = True
    # the same line twice in a row (widgets between don't count): a caption shown twice
    for ln, nxt in zip(kept, kept[1:]):
        if nxt.key == ln.key and ln.words >= 4 and not headline_like(ln.content):
            ln.caption = nxt.caption = True
