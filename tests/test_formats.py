"""Which files the reader takes, and a one-line refusal naming the type of every other kind.

Read: plain text (``.txt``, ``.md``, ``.text``, no extension), HTML, JSON and JSON Lines.  Not
read: PDF (by its ``%PDF-`` signature even when the file is plain ASCII and has no ``.pdf``
ending), images, archives and compressed files, tables, Office documents and RTF.
"""

from __future__ import annotations

import gzip
import io
import sys
import zipfile
from pathlib import Path

import pytest

from diplograph.ingest.records import RawDocument, ReadError
from diplograph.ingest.sources import iter_documents, read_file

TEXT = "Leaders meet in Oslo\n\nPresident Anna Lindqvist met Prime Minister Boris Moravec in Oslo on Saturday.\n"
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nBT (" + TEXT.encode().replace(b"\n", b" ") + b") Tj ET\n%%EOF\n"


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", TEXT)
    return buffer.getvalue()


REFUSED = {
    "report.pdf": (PDF, "PDF document"),
    "report.txt": (PDF, "PDF document"),  # the signature wins over the name
    "scan.pdf": (b"\x00\x01 not even a PDF inside", "PDF document"),
    "table.csv": (b"person,place\nAnna Lindqvist,Oslo\n", "CSV table"),
    "table.tsv": (b"person\tplace\nAnna Lindqvist\tOslo\n", "TSV table"),
    "photo.png": (b"\x89PNG\r\n\x1a\n" + bytes(range(1, 200)), "PNG image"),
    "photo.jpeg": (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
    "anim.gif": (b"GIF89a" + bytes(range(1, 100)), "GIF image"),
    "logo.svg": (b'<svg xmlns="http://www.w3.org/2000/svg"><text>Oslo</text></svg>', "SVG image"),
    "pic.webp": (b"RIFF\x10\x00\x00\x00WEBPVP8 ", "WebP image"),
    "stories.zip": (_zip(), "zip archive"),
    "letter.docx": (_zip(), "zip archive (or an Office document)"),
    "story.txt.gz": (gzip.compress(TEXT.encode()), "gzip-compressed"),
    "story.bz2": (b"BZh91AY&SY" + bytes(range(1, 50)), "bzip2-compressed"),
    "memo.rtf": (b"{\\rtf1\\ansi President Anna Lindqvist met Boris Moravec.}", "RTF document"),
    "old.doc": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(1, 50)), "Office document"),
}


@pytest.mark.parametrize("name", REFUSED)
def test_a_file_of_another_type_is_one_line_naming_it(tmp_path, name):
    data, what = REFUSED[name]
    path = tmp_path / name
    path.write_bytes(data)
    items = read_file(str(path))
    assert len(items) == 1 and isinstance(items[0], ReadError), items
    reason = items[0].reason
    assert what in reason and "\n" not in reason and "plain text, HTML, JSON and JSON Lines" in reason


@pytest.mark.parametrize("name", ["story.txt", "story.md", "story.text", "story", "story.TXT"])
def test_plain_text_files_are_read(tmp_path, name):
    path = tmp_path / name
    path.write_text(TEXT, encoding="utf-8")
    items = read_file(str(path))
    assert len(items) == 1 and isinstance(items[0], RawDocument) and items[0].text == TEXT


def test_a_pdf_on_standard_input_is_refused(monkeypatch):
    class Stdin:
        buffer = io.BytesIO(PDF)

    monkeypatch.setattr(sys, "stdin", Stdin())
    items = list(iter_documents(["-"]))
    assert len(items) == 1 and isinstance(items[0], ReadError) and "PDF document" in items[0].reason


def test_the_readme_lists_what_is_read_and_what_is_not():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## What it reads") :]
    for word in (".txt", ".md", ".html", ".jsonl", ".json", "PDF", "CSV", "images", "archives"):
        assert word in section, word
