"""How long a story may be: a longer one is refused with a line, never cut short in silence."""

from __future__ import annotations

from diplograph.ingest.records import Article, ReadError

MAX_CHARS = 300_000  # characters of one story (a news story is a few thousand words)


def too_long(article: Article) -> ReadError | None:
    """The refusal of a story longer than ``MAX_CHARS``, naming its file and the limit; ``None`` when it fits."""
    if len(article.text) <= MAX_CHARS:
        return None
    where = article.path if article.story == 0 else f"{article.path} (story {article.story + 1})"
    return ReadError(
        where,
        f"story too long to parse ({len(article.text):,} characters; the limit is "
        f"{MAX_CHARS:,} per story): not ingested; split the text into smaller files",
    )


__all__ = ["MAX_CHARS", "too_long"]
