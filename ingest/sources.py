"""Readers: files, folders and standard input -> ``RawDocument`` (or ``ReadError``).

``iter_documents(paths)`` is the one entry point.  It takes file paths, folder paths
(walked recursively in sorted order, hidden entries skipped, symlink loops reported and
not followed) and ``-`` for standard input, and yields one ``RawDocument`` per page or per
JSON record.  Whatever goes wrong with one input is yielded as a ``ReadError`` with a
one-line reason, and the batch goes on; nothing here raises for a bad file.

Formats, by file name ending:
  ``.html`` ``.htm`` ``.xhtml``  main text, title, date and site name by trafilatura
                                 (dates through htmldate); ``<figcaption>`` texts are kept
                                 as ``RawDocument.captions``.
  ``.jsonl`` ``.ndjson``         one JSON object per line, fields ``text`` or ``content``,
                                 optional ``title``, ``url``, ``published``, ``source``; a bad
                                 line is a ``ReadError("file.jsonl:12", "line 12: ...")``.
  ``.json``                      one such object, a list of them, or an envelope holding
                                 the list (``{"articles": [...]}``).
  anything else                  plain text (``.txt``, ``.md``, ``.text``, no extension, ...).

Not read, each with one line naming what it is (``unsupported``): PDF documents (by their
``%PDF-`` signature, compressed or not, or the ``.pdf`` ending), images, archives and compressed
files (zip, gzip, bzip2, xz, 7z, tar; also Office files, which are zip or OLE containers),
tables (``.csv``, ``.tsv``, spreadsheets) and RTF.  Their bytes would otherwise be decoded as
"text" (an uncompressed PDF is plain ASCII) and stored as an article of garbage.

Encodings: a BOM (UTF-8, UTF-16, UTF-32) wins; then strict UTF-8; then charset-normalizer,
preferring Windows-1252 (a superset of Latin-1) when it fits the bytes as well as the guess.
"""

from __future__ import annotations

import codecs
import errno
import json
import os
import re
import stat
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import charset_normalizer
import dateparser

from diplograph.ingest.records import RawDocument, ReadError

MAX_BYTES = 20 * 1024 * 1024  # larger files are refused
HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml"})
JSONL_EXTENSIONS = frozenset({".jsonl", ".ndjson"})
JSON_EXTENSIONS = frozenset({".json"})
HTML_TAG = re.compile(r"<(?:p|div|br|span|a|h[1-6]|figure|ul|li|strong|em)\b[^>]*>", re.IGNORECASE)
DATE_FIELDS = ("published", "publishedAt", "published_at", "date", "datePublished", "pubDate", "created_at")
LIST_FIELDS = ("articles", "items", "records", "results", "data", "documents")
TEXT_FIELDS = ("text", "content", "body", "article")
CONTROL_SHARE = 0.01  # decoded text with more control characters than this is not text
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
WESTERN = "cp1252"
SINGLE_BYTE_LATIN = frozenset(
    {
        "cp1250",
        "cp1252",
        "cp1257",
        "cp1258",
        "cp775",
        "cp850",
        "cp437",
        "latin_1",
        "iso8859_2",
        "iso8859_4",
        "iso8859_10",
        "iso8859_13",
        "iso8859_15",
        "mac_roman",
    }
)


# Signatures of files that are not text pages: (leading bytes, what the file is, what to do).
SIGNATURES: tuple[tuple[bytes, str, str], ...] = (
    (b"PK\x03\x04", "a zip archive (or an Office document)", "unpack it, or save the text, and ingest that"),
    (b"PK\x05\x06", "an empty zip archive", "unpack it and ingest the files"),
    (b"\x1f\x8b", "a gzip-compressed file", "decompress it first (gunzip)"),
    (b"BZh", "a bzip2-compressed file", "decompress it first (bunzip2)"),
    (b"\xfd7zXZ\x00", "an xz-compressed file", "decompress it first (unxz)"),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive", "unpack it and ingest the files"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (OLE)", "save it as text or HTML first"),
    (b"{\\rtf", "an RTF document", "save it as text or HTML first"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image", "an image has no text to read"),
    (b"\xff\xd8\xff", "a JPEG image", "an image has no text to read"),
    (b"GIF87a", "a GIF image", "an image has no text to read"),
    (b"GIF89a", "a GIF image", "an image has no text to read"),
    (b"II*\x00", "a TIFF image", "an image has no text to read"),
    (b"MM\x00*", "a TIFF image", "an image has no text to read"),
)
# By file name ending, for what has no signature (or one too short to trust).
UNSUPPORTED_EXTENSIONS = {
    ".pdf": ("a PDF document", "convert it to text first (pdftotext)"),
    ".csv": ("a CSV table", "put the article texts in a JSON Lines file, one object with a 'text' field per line"),
    ".tsv": ("a TSV table", "put the article texts in a JSON Lines file, one object with a 'text' field per line"),
    ".xlsx": ("a spreadsheet", "put the article texts in a JSON Lines file"),
    ".xls": ("a spreadsheet", "put the article texts in a JSON Lines file"),
    ".ods": ("a spreadsheet", "put the article texts in a JSON Lines file"),
    ".docx": ("a Word document", "save it as text or HTML first"),
    ".doc": ("a Word document", "save it as text or HTML first"),
    ".odt": ("a text document (ODF)", "save it as text or HTML first"),
    ".rtf": ("an RTF document", "save it as text or HTML first"),
    ".zip": ("a zip archive", "unpack it and ingest the files"),
    ".gz": ("a gzip-compressed file", "decompress it first (gunzip)"),
    ".tgz": ("a compressed tar archive", "unpack it and ingest the files"),
    ".tar": ("a tar archive", "unpack it and ingest the files"),
    ".bz2": ("a bzip2-compressed file", "decompress it first (bunzip2)"),
    ".xz": ("an xz-compressed file", "decompress it first (unxz)"),
    ".7z": ("a 7z archive", "unpack it and ingest the files"),
    ".png": ("a PNG image", "an image has no text to read"),
    ".jpg": ("a JPEG image", "an image has no text to read"),
    ".jpeg": ("a JPEG image", "an image has no text to read"),
    ".gif": ("a GIF image", "an image has no text to read"),
    ".webp": ("a WebP image", "an image has no text to read"),
    ".bmp": ("a BMP image", "an image has no text to read"),
    ".tif": ("a TIFF image", "an image has no text to read"),
    ".tiff": ("a TIFF image", "an image has no text to read"),
    ".svg": ("an SVG image", "an image has no text to read"),
    ".ico": ("an icon image", "an image has no text to read"),
}
FORMATS_READ = "plain text, HTML, JSON and JSON Lines"


class Unreadable(Exception):
    """A file that cannot be turned into text; the message is the one-line reason shown to the user."""


# --------------------------------------------------------------------------- public entry point


def iter_documents(paths: Iterable[str]) -> Iterator[RawDocument | ReadError]:
    """Every document found under ``paths``, in order; bad inputs come out as ``ReadError``."""
    for path in paths:
        path = str(path)
        if path == "-":
            yield from _read_stdin()
            continue
        yield from _walk(path, ancestors=frozenset())


def unsupported(data: bytes, path: str = "") -> str | None:
    """Why a file is not a page this reader takes (a PDF, an image, an archive, a table), or ``None``."""
    head = data[:1024]
    ext = Path(path).suffix.lower()
    if b"%PDF-" in head:  # a PDF may have a few bytes before its signature; compressed or not, it is no page
        return f"a PDF document, not read: diplograph reads {FORMATS_READ}; convert it to text first (pdftotext)"
    for signature, what, advice in SIGNATURES:
        if head.startswith(signature):
            return f"{what}, not read: diplograph reads {FORMATS_READ}; {advice}"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return f"a WebP image, not read: diplograph reads {FORMATS_READ}; an image has no text to read"
    if len(data) > 262 and data[257:262] == b"ustar":
        return f"a tar archive, not read: diplograph reads {FORMATS_READ}; unpack it and ingest the files"
    if ext in UNSUPPORTED_EXTENSIONS:
        what, advice = UNSUPPORTED_EXTENSIONS[ext]
        return f"{what} ({ext}), not read: diplograph reads {FORMATS_READ}; {advice}"
    return None


def read_file(path: str) -> list[RawDocument | ReadError]:
    """Documents (or errors) of a single file, whatever its format."""
    try:
        data = _read_bytes(path)
        reason = unsupported(data, path)
        if reason is not None:
            raise Unreadable(reason)
        text = decode(data)
    except Unreadable as exc:
        return [ReadError(path, str(exc))]
    return parse_text(path, text)


def parse_text(path: str, text: str, kind: str | None = None) -> list[RawDocument | ReadError]:
    """Documents of an already decoded file, by its format (from ``kind`` or the file name)."""
    kind = kind or kind_of(path)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if kind == "html":
        return [read_html(path, text)]
    if kind == "jsonl":
        return list(read_jsonl(path, text))
    if kind == "json":
        return list(read_json(path, text))
    if not text.strip():
        return [ReadError(path, "empty file (only white space)")]
    return [RawDocument(path=path, text=text, kind="txt")]


def kind_of(path: str) -> str:
    """'html', 'jsonl', 'json' or 'txt', from the file name."""
    ext = Path(path).suffix.lower()
    if ext in HTML_EXTENSIONS:
        return "html"
    if ext in JSONL_EXTENSIONS:
        return "jsonl"
    if ext in JSON_EXTENSIONS:
        return "json"
    return "txt"


# --------------------------------------------------------------------------- walking


def _walk(path: str, ancestors: frozenset[str]) -> Iterator[RawDocument | ReadError]:
    """Documents of a file, or of every file under a folder (``ancestors``: real paths of the folders above)."""
    try:
        st = os.stat(path)
    except OSError as exc:
        yield ReadError(path, os_reason(path, exc))
        return
    if stat.S_ISDIR(st.st_mode):
        real = os.path.realpath(path)
        if real in ancestors:
            yield ReadError(path, f"symlink loop: this folder leads back to {real}; not followed")
            return
        try:
            names = sorted(os.listdir(path))
        except OSError as exc:
            yield ReadError(path, os_reason(path, exc))
            return
        for name in names:
            if name.startswith("."):
                continue
            yield from _walk(os.path.join(path, name), ancestors | {real})
        return
    if not stat.S_ISREG(st.st_mode):
        yield ReadError(path, "not a regular file (device, pipe or socket)")
        return
    try:
        items = read_file(path)
    except Exception as exc:  # a reader library failing on one odd file must not stop the batch
        items = [ReadError(path, f"could not read ({type(exc).__name__}: {exc})")]
    yield from items


def os_reason(path: str, exc: OSError) -> str:
    """The one line that says why a file could not be opened or read (a loop, a missing file, no permission)."""
    if exc.errno == errno.ELOOP:
        return "symlink loop: the link points back to itself; not followed"
    if exc.errno == errno.ENOENT:
        if os.path.islink(path):
            return f"broken symlink (points to {os.readlink(path)}, which does not exist)"
        return "no such file or folder"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied (cannot read this file)"
    if exc.errno == errno.EISDIR:
        return "is a folder"
    return exc.strerror or str(exc)


def _human(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB" if size >= 1024 * 1024 else f"{size} bytes"


def _read_bytes(path: str) -> bytes:
    try:
        size = os.stat(path).st_size
        if size > MAX_BYTES:
            raise Unreadable(f"file too large ({_human(size)}; the limit is {_human(MAX_BYTES)})")
        if size == 0:
            raise Unreadable("empty file")
        with open(path, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise Unreadable(os_reason(path, exc)) from exc
    if len(data) > MAX_BYTES:
        raise Unreadable(f"file too large (over {_human(MAX_BYTES)}, the limit)")
    if not data:
        raise Unreadable("empty file")
    return data


def _read_stdin() -> Iterator[RawDocument | ReadError]:
    stream = getattr(sys.stdin, "buffer", None)
    try:
        data = stream.read(MAX_BYTES + 1) if stream is not None else sys.stdin.read().encode("utf-8")
    except OSError as exc:
        yield ReadError("-", f"cannot read standard input ({exc})")
        return
    if len(data) > MAX_BYTES:
        yield ReadError("-", f"standard input too large (over {_human(MAX_BYTES)}, the limit)")
        return
    if not data:
        yield ReadError("-", "empty input")
        return
    try:
        reason = unsupported(data)
        if reason is not None:
            raise Unreadable(reason)
        text = decode(data)
    except Unreadable as exc:
        yield ReadError("-", str(exc))
        return
    yield from parse_text("-", text, kind=_sniff(text))


def _sniff(text: str) -> str:
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html")) or "<html" in head:
        return "html"
    if head.startswith("["):
        return "json"
    if head.startswith("{"):
        first = text.lstrip().split("\n", 1)[0]
        try:
            json.loads(first)
            return "jsonl"
        except (ValueError, RecursionError):
            return "json"
    return "txt"


# --------------------------------------------------------------------------- decoding


def decode(data: bytes) -> str:
    """Bytes -> text, or ``Unreadable`` with the reason (binary, NUL bytes, no encoding fits)."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return _check_text(data.decode(encoding))
            except UnicodeDecodeError as exc:
                raise Unreadable(
                    f"not text: starts with a {encoding} byte order mark but does not decode ({exc.reason})"
                ) from exc
    nul = data.find(b"\x00")
    if nul >= 0:
        raise Unreadable(f"binary file (NUL byte at offset {nul}); not a text page")
    try:
        return _check_text(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    results = charset_normalizer.from_bytes(data)
    best = results.best()
    if best is None:
        raise Unreadable("binary file (no text encoding fits its bytes)")
    encoding = best.encoding
    if encoding != WESTERN and encoding in SINGLE_BYTE_LATIN:
        # Language coherence is unreliable on a short text (a DOS code page can "win" on a few
        # words); Windows-1252 is by far the most common single-byte page on the web, so it is
        # taken whenever it decodes the bytes as cleanly as the best guess.
        western = charset_normalizer.from_bytes(data, cp_isolation=[WESTERN]).best()
        if western is not None and western.chaos <= best.chaos:
            encoding = WESTERN
    try:
        return _check_text(data.decode(encoding))
    except (UnicodeDecodeError, LookupError) as exc:
        raise Unreadable(f"binary file (does not decode as {encoding})") from exc


def _check_text(text: str) -> str:
    if not text.strip():
        raise Unreadable("empty file (only white space)")
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\t\n\r\f\v")
    if controls > CONTROL_SHARE * len(text):
        raise Unreadable(f"binary file ({controls} control characters in {len(text)}); not a text page")
    return text


# --------------------------------------------------------------------------- HTML


def read_html(path: str, html: str) -> RawDocument | ReadError:
    """An HTML page -> main text and metadata (trafilatura, htmldate), captions from <figcaption>."""
    import trafilatura  # imported here: only HTML input pays for it

    try:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=True, include_images=False
        )
    except Exception as exc:  # trafilatura on a broken page
        return ReadError(path, f"could not parse HTML ({exc})")
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        text = (trafilatura.html2txt(html) or "").strip()
    if not text:
        return ReadError(path, "no readable text in this HTML page")
    published = to_date(getattr(doc, "date", None)) if doc is not None else None
    if published is None:
        published = _htmldate(html)
    return RawDocument(
        path=path,
        text=text,
        kind="html",
        title=_clean(getattr(doc, "title", None)) if doc is not None else None,
        url=_clean(getattr(doc, "url", None)) if doc is not None else None,
        published=published,
        source=_clean(getattr(doc, "sitename", None)) if doc is not None else None,
        captions=_figcaptions(html),
    )


def _htmldate(html: str) -> date | None:
    from htmldate import find_date

    try:
        return to_date(find_date(html, original_date=True, extensive_search=False))
    except Exception:
        return None


def _figcaptions(html: str) -> tuple[str, ...]:
    """Texts of the page's <figcaption> elements, in order, each once."""
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(html)
    except Exception:
        return ()
    seen: dict[str, None] = {}
    for node in tree.iter("figcaption"):
        text = " ".join(node.text_content().split())
        if text:
            seen.setdefault(text, None)
    return tuple(seen)


# --------------------------------------------------------------------------- JSON


def read_jsonl(path: str, text: str) -> Iterator[RawDocument | ReadError]:
    """JSON Lines: one record per line; blank lines skipped; a bad line is reported and skipped."""
    found = False
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        found = True
        where = f"{path}:{number}"
        try:
            obj = json.loads(line)
        except RecursionError:
            yield ReadError(where, f"line {number}: JSON nested too deeply to read")
            continue
        except ValueError as exc:
            yield ReadError(where, f"line {number}: not valid JSON ({_json_reason(exc)})")
            continue
        yield record_document(path, obj, number, f"line {number}")
    if not found:
        yield ReadError(path, "empty file (no JSON records)")


def read_json(path: str, text: str) -> Iterator[RawDocument | ReadError]:
    """A JSON file holding one record or a list of records."""
    try:
        obj = json.loads(text)
    except RecursionError:
        yield ReadError(path, "JSON nested too deeply to read")
        return
    except ValueError as exc:
        yield ReadError(path, f"not valid JSON ({_json_reason(exc)})")
        return
    if isinstance(obj, dict) and not any(f in obj for f in TEXT_FIELDS):
        # a news API's envelope: {"status": "ok", "articles": [...]}
        obj = next((obj[k] for k in LIST_FIELDS if isinstance(obj.get(k), list)), obj)
    items = obj if isinstance(obj, list) else [obj]
    if not items:
        yield ReadError(path, "no records (an empty JSON list)")
        return
    for index, item in enumerate(items, start=1):
        label = f"record {index}" if isinstance(obj, list) else "record"
        yield record_document(path, item, index, label)


def _html_to_text(html: str) -> str:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=True) or trafilatura.html2txt(html)
    return (text or "").strip()


def _json_reason(exc: ValueError) -> str:
    msg = getattr(exc, "msg", None)
    col = getattr(exc, "colno", None)
    return f"{msg}, column {col}" if msg and col else str(exc)


def record_document(path: str, obj: Any, number: int, label: str) -> RawDocument | ReadError:
    """One JSON record -> a document, or the reason it is not one."""
    where = f"{path}:{number}"
    if not isinstance(obj, dict):
        return ReadError(where, f"{label}: not a JSON object (found {type(obj).__name__})")
    body = next((obj[f] for f in TEXT_FIELDS if isinstance(obj.get(f), str) and obj[f].strip()), None)
    if body is None:
        return ReadError(where, f"{label}: no 'text' or 'content' field with text in it")
    body = body.replace("\r\n", "\n").strip()
    if HTML_TAG.search(body):  # some feeds carry the article as HTML
        body = _html_to_text(body) or body
    return RawDocument(
        path=path,
        text=body,
        kind="jsonl",
        title=_clean(obj.get("title") or obj.get("headline")),
        url=_clean(obj.get("url") or obj.get("link")),
        published=to_date(next((obj[f] for f in DATE_FIELDS if obj.get(f)), None)),
        source=_clean(obj.get("source") or obj.get("site") or obj.get("sitename")),
        record=number,
    )


# --------------------------------------------------------------------------- helpers


def _clean(value: Any) -> str | None:
    if isinstance(value, dict):  # {"source": {"name": "..."}} as some news APIs give it
        value = value.get("name") or value.get("title")
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def to_date(value: Any) -> date | None:
    """A date from metadata ('2023-02-04', '2023-02-04T10:00:00Z', 'Feb 4, 2023', epoch seconds)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)):
        try:
            return datetime.fromtimestamp(value / 1000 if value > 1e11 else value).date()
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        pass
    parsed = dateparser.parse(value, settings={"STRICT_PARSING": True})
    return parsed.date() if parsed else None
