"""Photo and illustration credits inside article text, found by character offsets.

A byline ("By Ana Martinez", "Reporting by X; Editing by Y", markers in
``ingest/data/byline_markers.txt``) counts as a credit too.  A credit is a parenthesised passage that
holds a credit marker from
``ingest/data/credit_markers.txt`` ("Photo by", "Handout", "via Reuters"), an agency name from
``ingest/data/agencies.txt`` next to a slash ("AP Photo/Aaron Favila", "REUTERS/Yves Herman",
inside a parenthesis or not), a caption's closing "Name Surname / Employer", or a trailing "/AFP"
after a caption.  Names inside a credit are photographers and agencies, never actors of the story.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from diplograph.ingest.datafiles import read_list

_PAREN = re.compile(r"\(([^()\n]{1,240})\)")
_LINE_CREDIT = re.compile(
    r"(?<![\w])(?:Photo|Photograph|Picture|Image|Credit|Illustration)s?\s*(?:by\s|:\s*)"
    r"[^\n()]{1,80}?(?=\s*(?:\n|$|\.\s))"
)
_TRAILING = re.compile(r"(?<=[.\s])/\s*[A-Z][A-Za-z]{1,20}(?:\s*/\s*[A-Z][A-Za-z]{1,20})*\s*$", re.M)
# a caption's last words: a photographer's name, a spaced slash and who they work for
# ("... upon arriving in Doha. Mohamed Al Hammadi / Presidential Court")
_NAME_SLASH_CREDIT = re.compile(
    r"(?<=[.!?]\s)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}\s+/\s+[A-Z][\w&'’. -]{1,40}$", re.M
)


@lru_cache(maxsize=1)
def markers() -> tuple[str, ...]:
    """Credit markers from ``credit_markers.txt``."""
    return tuple(read_list("credit_markers.txt"))


@lru_cache(maxsize=1)
def agencies() -> frozenset[str]:
    """Agency and platform names from ``agencies.txt``."""
    return frozenset(read_list("agencies.txt"))


@cache
def _marker_re(marker: str) -> re.Pattern:
    tail = r"(?!\w)" if marker[-1:].isalnum() else ""
    return re.compile(r"(?<!\w)" + re.escape(marker) + tail)


def is_credit(passage: str) -> bool:
    """Whether a passage (the inside of a parenthesis) is a photo or illustration credit."""
    if any(_marker_re(m).search(passage) for m in markers()):
        return True
    if "/" in passage:
        parts = [p.strip() for p in re.split(r"[/;,]", passage)]
        if any(p in agencies() or p.split(" ")[0] in agencies() for p in parts):
            return True
    return False


_CREDIT_GLUE = {
    "via",
    "and",
    "for",
    "of",
    "the",
    "by",
    "in",
    "photo",
    "photos",
    "file",
    "handout",
    "courtesy",
    "staff",
    "writer",
    "correspondent",
    "reporter",
    "editor",
    "&",
}


def _name_like(credit: str) -> bool:
    """Whether the words after a credit marker are names and agencies, not a sentence."""
    body = re.split(r"\s*(?:by\s|:)\s*", credit, maxsplit=1)[-1]
    words = [w for w in re.split(r"[\s/,;]+", body) if w and w != "-"]
    return 0 < len(words) <= 8 and all(w[:1].isupper() or w.lower() in _CREDIT_GLUE for w in words)


@lru_cache(maxsize=1)
def _byline_re() -> re.Pattern:
    phrases = sorted(read_list("byline_markers.txt"), key=len, reverse=True)
    alternatives = "|".join(re.escape(p) for p in phrases)
    # a byline opens a line ("By Ana Martinez") or follows a sentence ("...; Editing by Tom Brown")
    return re.compile(
        r"(?:^|(?<=[\n;.(])\s*)(?:" + alternatives + r")\s+([^\n;()]{1,120}?)(?=\s*(?:[\n;)]|$|\.(?:\s|$)))", re.M
    )


def byline_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of bylines: "By Ana Martinez", "Reporting by X; Editing by Y"."""
    return [(m.start(), m.end()) for m in _byline_re().finditer(text) if _name_like("by " + m.group(1))]


@lru_cache(maxsize=1)
def _agency_slash_re() -> re.Pattern:
    """An agency, in any case, then a slash and a name: "REUTERS/Yves Herman", "AP Photo/Efrem Lukatsky"."""
    alternatives = "|".join(re.escape(a) for a in sorted(agencies(), key=len, reverse=True))
    return re.compile(
        r"(?<![\w/])(?i:" + alternatives + r")(?:\s+(?i:photos?|images?|pool))?\s*/\s*"
        r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}"
    )


def credit_spans(text: str) -> list[tuple[int, int]]:
    """Character spans (start, end) of the credits and bylines in a text."""
    spans = [(m.start(), m.end()) for m in _PAREN.finditer(text) if is_credit(m.group(1))]
    spans += byline_spans(text)
    spans += [(m.start(), m.end()) for m in _LINE_CREDIT.finditer(text) if _name_like(m.group(0))]
    spans += [(m.start(), m.end()) for m in _agency_slash_re().finditer(text)]
    spans += [(m.start(), m.end()) for m in _NAME_SLASH_CREDIT.finditer(text)]
    for m in _TRAILING.finditer(text):
        names = [p.strip() for p in m.group(0).strip().lstrip("/").split("/")]
        if any(n in agencies() for n in names):
            spans.append((m.start(), m.end()))
    return sorted(spans)


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps any of the spans."""
    return any(s < end and start < e for s, e in spans)
