"""Readers: formats, encodings, folders, standard input, and every kind of bad input."""

from __future__ import annotations

import io
import json
import os
import sys
from datetime import date
from pathlib import Path

import pytest

from diplograph.ingest import sources
from diplograph.ingest.records import RawDocument, ReadError
from diplograph.ingest.sources import MAX_BYTES, decode, iter_documents

READING = Path(__file__).parent / "data" / "reading"
STORY = (
    "Foreign Minister Lina Moreau met her counterpart Piet Aalders in Port Selene on Monday, "
    "and the two signed a fisheries agreement after talks at the harbour office.\n"
)


def read(*paths: Path | str) -> list[RawDocument | ReadError]:
    return list(iter_documents([str(p) for p in paths]))


def only_error(items: list[RawDocument | ReadError]) -> ReadError:
    assert len(items) == 1 and isinstance(items[0], ReadError), items
    return items[0]


# --------------------------------------------------------------------------- formats


def test_text_file_and_file_without_extension(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "NOTES").write_text(STORY, encoding="utf-8")
    docs = read(tmp_path / "a.txt", tmp_path / "NOTES")
    assert [d.kind for d in docs] == ["txt", "txt"]
    assert all(isinstance(d, RawDocument) and d.text == STORY for d in docs)
    assert [d.file for d in docs] == ["a.txt", "NOTES"]


def test_html_page_main_text_and_metadata() -> None:
    (doc,) = read(READING / "courier.html")
    assert isinstance(doc, RawDocument) and doc.kind == "html"
    assert doc.title == "Ministers meet in Lisbon to discuss water sharing"
    assert doc.source == "The Coastal Courier"
    assert doc.published == date(2024, 3, 12)
    assert doc.url == "https://coastal-courier.example/world/ministers-meet-lisbon"
    assert "met in Lisbon on Monday" in doc.text
    # navigation, the ticker, the "Most Read" aside and the footer are not main text
    for furniture in ("Sport", "Storm closes two airports", "Most Read", "Ferry strike", "All rights reserved"):
        assert furniture not in doc.text
    assert doc.captions == (
        "Portugal's Foreign Minister Ana Serrano greets her Spanish counterpart Luis Ortega "
        "in Lisbon on March 11, 2024. (Photo: Courier)",
    )


def test_jsonl_records_and_a_malformed_line() -> None:
    path = READING / "records.jsonl"
    items = read(path)
    assert len(items) == 4
    first, bad, third, empty = items
    assert isinstance(first, RawDocument) and first.record == 1 and first.kind == "jsonl"
    assert first.title == "Envoys meet in Geneva on grain corridor"
    assert first.url == "https://wire.example/geneva-grain"
    assert first.published == date(2024, 6, 20) and first.source == "Example Wire"
    assert first.text.startswith("Special envoys from Ostria and Veldmark met in Geneva")
    assert bad == ReadError(f"{path}:2", bad.reason)
    assert bad.reason.startswith("line 2: not valid JSON (") and "column" in bad.reason
    assert isinstance(third, RawDocument) and third.record == 3 and third.title is None
    assert third.published == date(2024, 6, 21)  # "June 21, 2024" in the record
    assert "received the visiting Estmark foreign minister" in third.text
    assert isinstance(empty, ReadError) and empty.path == f"{path}:4"
    assert empty.reason == "line 4: no 'text' or 'content' field with text in it"


def test_json_file_with_one_object_or_a_list(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"content": STORY, "title": "Pact signed", "published": "2024-01-05"}), encoding="utf-8")
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"text": STORY, "source": {"name": "Wire"}}, {"text": ""}, 7]), encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text('{"text": "a",', encoding="utf-8")
    items = read(one, many, broken)
    assert isinstance(items[0], RawDocument) and items[0].title == "Pact signed"
    assert items[0].published == date(2024, 1, 5)
    assert isinstance(items[1], RawDocument) and items[1].source == "Wire" and items[1].record == 1
    assert items[2] == ReadError(f"{many}:2", "record 2: no 'text' or 'content' field with text in it")
    assert items[3] == ReadError(f"{many}:3", "record 3: not a JSON object (found int)")
    assert isinstance(items[4], ReadError) and items[4].path == str(broken)
    assert items[4].reason.startswith("not valid JSON (")


def test_json_envelope_of_a_news_api(tmp_path: Path) -> None:
    path = tmp_path / "api.json"
    path.write_text(
        json.dumps(
            {
                "status": "ok",
                "totalResults": 2,
                "articles": [
                    {
                        "title": "One",
                        "content": STORY,
                        "source": {"id": None, "name": "Harbour Post"},
                        "publishedAt": "2024-02-01T10:00:00Z",
                        "url": "https://harbour.example/one",
                    },
                    {"title": "Two", "description": "no body"},
                ],
            }
        ),
        encoding="utf-8",
    )
    first, second = read(path)
    assert isinstance(first, RawDocument) and first.title == "One" and first.source == "Harbour Post"
    assert first.url == "https://harbour.example/one" and first.published == date(2024, 2, 1)
    assert second == ReadError(f"{path}:2", "record 2: no 'text' or 'content' field with text in it")


def test_json_record_with_html_content_is_turned_into_text(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    html = (
        "<div><p>Foreign Minister Lina Moreau met her counterpart Piet Aalders in Port Selene on Monday.</p>"
        "<p>The two signed a <strong>fisheries agreement</strong> after talks at the harbour office.</p></div>"
    )
    path.write_text(json.dumps({"title": "Pact", "content": html}) + "\n", encoding="utf-8")
    (doc,) = read(path)
    assert "<p>" not in doc.text and "<strong>" not in doc.text
    assert "met her counterpart Piet Aalders in Port Selene on Monday." in doc.text
    assert "signed a fisheries agreement after talks" in doc.text


def test_folder_walk_is_recursive_sorted_and_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b" / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "c.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text(STORY, encoding="utf-8")
    docs = read(tmp_path)
    assert [os.path.relpath(d.path, tmp_path) for d in docs] == ["b/a.txt", "b/z.txt", "c.txt"]


def test_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(STORY.encode("utf-16"))))
    (doc,) = read("-")
    assert isinstance(doc, RawDocument) and doc.path == "-" and doc.file == "-" and doc.text == STORY
    html = (READING / "courier.html").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(html)))
    (page,) = read("-")
    assert page.kind == "html" and page.source == "The Coastal Courier"


# --------------------------------------------------------------------------- encodings


def test_latin1_text_comes_out_right(tmp_path: Path) -> None:
    text = (
        "The mayor of Bogotá, Señor Núñez, met the délégation from São Paulo at the café "
        "on the Plaza; the talks were naïve but cordial, and the façade was repainted.\n"
    )
    path = tmp_path / "latin1.txt"
    path.write_bytes(text.encode("latin-1"))
    (doc,) = read(path)
    assert isinstance(doc, RawDocument) and doc.text == text


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-be", "utf-32"])
def test_byte_order_marks(tmp_path: Path, encoding: str) -> None:
    text = "Nicolás and Zoë met in Zürich — “talks”.\n"
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path = tmp_path / "bom.txt"
    path.write_bytes(data)
    (doc,) = read(path)
    assert isinstance(doc, RawDocument) and doc.text == text


def test_windows_line_endings_are_normalised(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Headline here\r\n\r\nBody line one.\r\n")
    (doc,) = read(path)
    assert doc.text == "Headline here\n\nBody line one.\n"


# --------------------------------------------------------------------------- bad inputs


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)))
    err = only_error(read(path))
    assert err.path == str(path)
    assert err.reason.startswith("a PNG image, not read")  # named by its signature, whatever the file is called
    other = tmp_path / "blob.txt"
    other.write_bytes(b"\x01\x02\x03\x00" + bytes(range(256)))
    assert only_error(read(other)).reason == "binary file (NUL byte at offset 3); not a text page"


def test_binary_without_nul_bytes_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "noise.bin"
    path.write_bytes(bytes(range(1, 9)) * 300)
    err = only_error(read(path))
    assert err.reason.startswith("binary file (") and "control characters" in err.reason


def test_nul_bytes_inside_text_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "nul.txt"
    data = STORY.encode("utf-8")
    path.write_bytes(data[:40] + b"\x00" + data[40:])
    assert str(only_error(read(path))) == f"{path}: binary file (NUL byte at offset 40); not a text page"


def test_empty_and_blank_files_are_refused(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text(" \n\n\t\n", encoding="utf-8")
    items = read(tmp_path / "empty.txt", tmp_path / "blank.txt")
    assert [str(e) for e in items] == [
        f"{tmp_path / 'empty.txt'}: empty file",
        f"{tmp_path / 'blank.txt'}: empty file (only white space)",
    ]


def test_file_over_the_size_limit_is_refused_with_its_size(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: no 50 MB written to disk
    err = only_error(read(path))
    assert err.reason == f"file too large (50.0 MB; the limit is {MAX_BYTES / 1024 / 1024:.1f} MB)"
    assert MAX_BYTES == 20 * 1024 * 1024


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0,
    reason="running as root: chmod 000 does not stop root from reading a file",
)
def test_unreadable_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(STORY, encoding="utf-8")
    path.chmod(0)
    try:
        assert only_error(read(path)).reason == "permission denied (cannot read this file)"
    finally:
        path.chmod(0o644)


def test_missing_path(tmp_path: Path) -> None:
    assert str(only_error(read(tmp_path / "nope.txt"))) == f"{tmp_path / 'nope.txt'}: no such file or folder"


def test_symlink_to_itself(tmp_path: Path) -> None:
    link = tmp_path / "loop.txt"
    link.symlink_to(link)
    assert only_error(read(link)).reason == "symlink loop: the link points back to itself; not followed"


def test_folder_symlink_loop_is_reported_not_followed(tmp_path: Path) -> None:
    root = tmp_path / "pages"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "story.txt").write_text(STORY, encoding="utf-8")
    (root / "sub" / "up").symlink_to(root)  # pages/sub/up -> pages
    items = read(root)
    docs = [i for i in items if isinstance(i, RawDocument)]
    errors = [i for i in items if isinstance(i, ReadError)]
    assert [d.file for d in docs] == ["story.txt"]
    assert len(errors) == 1 and errors[0].path == str(root / "sub" / "up")
    assert errors[0].reason == f"symlink loop: this folder leads back to {os.path.realpath(root)}; not followed"


def test_a_fifo_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert only_error(read(fifo)).reason == "not a regular file (device, pipe or socket)"


def test_broken_symlink(tmp_path: Path) -> None:
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "missing.txt")
    assert only_error(read(link)).reason.startswith("broken symlink (points to ")


def test_bad_files_do_not_stop_the_batch(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"\x00\x01")
    (tmp_path / "b.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"")
    items = read(tmp_path, tmp_path / "missing")
    assert [type(i).__name__ for i in items] == ["ReadError", "RawDocument", "ReadError", "ReadError"]


def test_decode_refuses_undecodable_bytes() -> None:
    with pytest.raises(sources.Unreadable, match="binary file"):
        decode(bytes(range(0x80, 0x100)) * 20)
