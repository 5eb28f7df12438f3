"""What reading made of a page, as plain text: the body of ``diplograph read PATH``.

``describe(inputs)`` reads files or folders (or takes documents already read), splits
them into stories and lists, per story: headline, date (and whether it was inferred from
an anchor rather than stated), source, size, segments (headline, captions, foreign
passages), which stories repeat another one, and what was dropped as boilerplate.
Read errors are listed with their one-line reason.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from diplograph.ingest.dedup import Deduplicator
from diplograph.ingest.limits import too_long
from diplograph.ingest.records import Article, RawDocument, ReadError
from diplograph.ingest.sources import iter_documents
from diplograph.ingest.stories import split_stories

SHOW_DROPPED = 3  # example lines shown per drop reason
CLIP = 70


def _clip(text: str, width: int = CLIP) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _items(inputs: str | Path | Iterable[str | Path | RawDocument | ReadError]) -> list[RawDocument | ReadError]:
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    out: list[RawDocument | ReadError] = []
    paths: list[str] = []
    for item in inputs:
        if isinstance(item, (RawDocument, ReadError)):
            if paths:
                out.extend(iter_documents(paths))
                paths = []
            out.append(item)
        else:
            paths.append(str(item))
    if paths:
        out.extend(iter_documents(paths))
    return out


def describe_article(article: Article, duplicate: str | None = None) -> list[str]:
    """The lines that describe one story."""
    kinds = Counter(s.kind for s in article.segments)
    langs = sorted({s.language for s in article.segments if s.kind == "foreign" and s.language})
    when = "unknown"
    if article.published is not None:
        inferred = " (inferred from the text: no date line)" if article.published_inferred else ""
        when = article.published.isoformat() + inferred
    lines = [
        f"  story {article.story}: {article.title or '(no headline)'}",
        f"    published: {when}",
        f"    source: {article.source or 'unknown'}" + (f"   url: {article.url}" if article.url else ""),
        f"    text: {len(article.text)} characters, {article.text.count(chr(10) + chr(10)) + 1} paragraphs, "
        f"key {article.key}",
        "    segments: "
        + (", ".join(f"{n} {k}" + ("s" if n > 1 else "") for k, n in sorted(kinds.items())) or "none")
        + (f" (foreign: {', '.join(langs)})" if langs else ""),
    ]
    for seg in article.segments:
        if seg.kind == "caption":
            lines.append(f"      caption: {_clip(article.text[seg.start : seg.end])}")
        elif seg.kind == "foreign":
            lines.append(f"      {seg.language}: {_clip(article.text[seg.start : seg.end])}")
    if duplicate:
        lines.append(f"    duplicate of: {duplicate}")
    if article.dropped:
        reasons: dict[str, list[str]] = {}
        for item in article.dropped:
            reason, _, text = item.partition(": ")
            reasons.setdefault(reason, []).append(text)
        lines.append(f"    dropped: {len(article.dropped)} line{'s' if len(article.dropped) > 1 else ''}")
        for reason, texts in reasons.items():
            shown = "; ".join(_clip(t, 40) for t in texts[:SHOW_DROPPED]) + ("; …" if len(texts) > SHOW_DROPPED else "")
            lines.append(f"      {len(texts):>3} {reason}: {shown}")
    return lines


def describe(inputs: str | Path | Iterable[str | Path | RawDocument | ReadError]) -> str:
    """A readable account of what reading makes of files, folders or documents (see the module docstring)."""
    out: list[str] = []
    dedup = Deduplicator()
    names: dict[str, str] = {}
    stories = errors = 0
    for item in _items(inputs):
        if isinstance(item, ReadError):
            errors += 1
            out.append(f"! {item}")
            continue
        try:
            articles = split_stories(item)
        except Exception as exc:  # report, don't stop
            errors += 1
            out.append(f"! {item.path}: could not split into stories: {exc}")
            continue
        where = item.file + (f" (record {item.record})" if item.record is not None else "")
        out.append(f"{where}: {len(articles)} stor{'y' if len(articles) == 1 else 'ies'} [{item.kind}]")
        for article in articles:
            refused = too_long(article)
            if refused is not None:
                errors += 1
                out.append(f"! {refused}")
                continue
            stories += 1
            match = dedup.add(article)
            label = f"{article.file} story {article.story}"
            duplicate = None
            if match is not None:
                how = "same text" if match.exact else f"near-duplicate, {match.similarity:.0%} shared"
                duplicate = f"{names.get(match.key, match.key)} ({how})"
            names.setdefault(article.key, label)
            out.extend(describe_article(article, duplicate))
    out.append(f"{stories} stor{'y' if stories == 1 else 'ies'}, {errors} unreadable")
    return "\n".join(out)
