"""Exact and near-duplicate stories: identity information, never a filter.

The same wire story often appears on several sites (with another headline, another
caption, a paragraph more or less), and the same file may be read twice.  The graph keeps
one article per text, yet a syndicated copy is still a source of its own; so this module
only says *which* stories are the same, and callers decide what to do with that.

How to use it::

    from diplograph.ingest.dedup import Deduplicator, near_duplicate_key

    near_duplicate_key(article)      # same story body (ignoring headline, captions, case,
                                     # accents, punctuation, spacing) -> same key

    dedup = Deduplicator()           # near-duplicates across a batch
    for article in articles:
        match = dedup.add(article)   # -> DuplicateOf(key=..., similarity=...) or None
        if match is not None:        # `article` repeats the story first seen as match.key
            ...                      #   (an Article.key); keep it as another source
    dedup.groups()                   # {first Article.key: [Article.key, ...]} for groups of 2+

Similarity is the containment of word 5-gram shingles of the two bodies (shared shingles
over the smaller set), so a trimmed copy of a longer story still matches.  Candidates are
found with MinHash and locality-sensitive hashing (plain Python), then checked exactly.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass

from diplograph.ingest.records import Article, fold, text_key

SHINGLE_WORDS = 5
NUM_HASHES = 64
BAND_ROWS = 2  # 32 bands of 2 rows: pairs with Jaccard similarity above ~0.2 become candidates
THRESHOLD = 0.8  # containment at or above this: the same story
_PRIME = (1 << 61) - 1
_rng = random.Random(20230204)
_PERMS = [(_rng.randrange(1, _PRIME), _rng.randrange(0, _PRIME)) for _ in range(NUM_HASHES)]


def body_text(article: Article) -> str:
    """The story's text without its headline and caption segments."""
    cut = sorted((s.start, s.end) for s in article.segments if s.kind in ("headline", "caption"))
    parts, pos = [], 0
    for start, end in cut:
        if start > pos:
            parts.append(article.text[pos:start])
        pos = max(pos, end)
    parts.append(article.text[pos:])
    body = " ".join(parts)
    return body if body.strip() else article.text


def near_duplicate_key(article: Article) -> str:
    """A key shared by stories whose bodies are the same text once case, accents and punctuation are ignored."""
    return text_key(fold(body_text(article)))


def shingles(text: str, size: int = SHINGLE_WORDS) -> frozenset[int]:
    """Hashed word n-grams of the folded text (the whole text as one shingle when it is shorter)."""
    words = fold(text).split()
    grams = [" ".join(words[i : i + size]) for i in range(max(1, len(words) - size + 1))]
    return frozenset(int.from_bytes(hashlib.blake2b(g.encode(), digest_size=8).digest(), "big") for g in grams if g)


def containment(a: frozenset[int], b: frozenset[int]) -> float:
    """Shared shingles over the size of the smaller set (1.0: one text is inside the other)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def similarity(first: Article, second: Article) -> float:
    """How much of the shorter story's body is in the other (0..1)."""
    return containment(shingles(body_text(first)), shingles(body_text(second)))


def minhash(sh: frozenset[int]) -> tuple[int, ...]:
    """MinHash signature of a shingle set."""
    return tuple(min(((a * x + b) % _PRIME) for x in sh) if sh else 0 for a, b in _PERMS)


@dataclass(frozen=True)
class DuplicateOf:
    """The article an added article repeats: its key and how similar the bodies are."""

    key: str  # Article.key of the first article of the group
    similarity: float
    exact: bool


class Deduplicator:
    """Groups exact and near-duplicate stories as they are added (see the module docstring)."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self._exact: dict[str, str] = {}  # near_duplicate_key -> first Article.key
        self._shingles: dict[str, frozenset[int]] = {}  # Article.key -> shingles
        self._buckets: dict[tuple[int, tuple[int, ...]], list[str]] = {}
        self._group: dict[str, str] = {}  # Article.key -> first Article.key of its group
        self._found: dict[str, DuplicateOf] = {}  # Article.key -> what it was found to repeat

    def add(self, article: Article) -> DuplicateOf | None:
        """Record an article; return what it duplicates (None when it is the first of its story)."""
        key = article.key
        if key in self._group:  # the very same text again (the same file read twice)
            return self._found.get(key) or DuplicateOf(key, 1.0, True)
        exact = near_duplicate_key(article)
        if exact in self._exact:
            first = self._group[self._exact[exact]]
            self._group[key] = first
            self._found[key] = DuplicateOf(first, 1.0, True)
            return self._found[key]
        sh = shingles(body_text(article))
        sig = minhash(sh)
        bands = [(b, sig[b * BAND_ROWS : (b + 1) * BAND_ROWS]) for b in range(NUM_HASHES // BAND_ROWS)]
        best: tuple[float, str] | None = None
        seen: set[str] = set()
        for band in bands:
            for other in self._buckets.get(band, ()):
                if other in seen:
                    continue
                seen.add(other)
                score = containment(sh, self._shingles[other])
                if score >= self.threshold and (best is None or score > best[0]):
                    best = (score, other)
        self._exact[exact] = key
        self._shingles[key] = sh
        for band in bands:
            self._buckets.setdefault(band, []).append(key)
        if best is None:
            self._group[key] = key
            return None
        first = self._group[best[1]]
        self._group[key] = first
        self._found[key] = DuplicateOf(first, best[0], False)
        return self._found[key]

    def group_of(self, article: Article) -> str | None:
        """The first Article.key of the article's group, or None if it was never added."""
        return self._group.get(article.key)

    def groups(self) -> dict[str, list[str]]:
        """Groups of two or more distinct texts: {first Article.key: [member keys, first included]}."""
        out: dict[str, list[str]] = {}
        for key, first in self._group.items():
            out.setdefault(first, []).append(key)
        return {first: members for first, members in out.items() if len(members) > 1}
