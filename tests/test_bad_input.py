"""Bad input end to end: ``diplograph ingest`` on a folder of broken files.

Each bad file gets one line on standard error naming it and the reason; the good articles
beside them are stored; the exit code is 1 because some files failed; a summary comes last.
The readers themselves are tested file by file in ``test_sources.py``; here the whole command
runs in a subprocess against a real store: the cases' command lines one after the other in one
subprocess (``runs``), the tiny files and the unreadable ones each in their own (an open-file limit,
another user).  What the stores then hold is read in this process (``cli_runs.meetings_here``,
``stats_here``...): those reads are not what is tested.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import resource
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import pytest
from cli_runs import check_here, command, env, meetings_here, no_traceback, run_many, stats_here

from diplograph.graph.store import opened

GOOD = (
    "Leaders meet in Oslo\n\nOSLO, March 3, 2024 - President Anna Lindqvist met Prime Minister "
    "Boris Moravec in Oslo on Saturday to discuss trade, the government said.\n"
)
LATIN1 = (
    "Gespräche in Wien\n\nVIENNA, March 4, 2024 - Foreign Minister José Núñez met Chancellor "
    "Greta Sandoval in Vienna on Monday, the ministry said. Both praised the talks.\n"
)


def _bad_files(folder: Path) -> dict[str, str | None]:
    """Write the bad inputs into ``folder``; returns {relative path: expected reason pattern or None}."""
    expect: dict[str, str | None] = {}

    def put(name: str, data: bytes, reason: str | None) -> None:
        (folder / name).write_bytes(data)
        expect[name] = reason

    put("empty.txt", b"", r"empty")
    put("spaces.txt", b"   \n\n \t \n", r"empty")
    put("binary.bin", b"\x7fELF\x02\x01\x01" + bytes(range(256)) * 40, r"binary")
    put("random.dat", os.urandom(4096).replace(b"\x00", b"\x01"), r"binary|not text|encoding")
    put("nul.txt", b"President Anna Lindqvist met\x00 Boris Moravec in Oslo.\n", r"NUL|binary")
    put("bad_utf8.txt", GOOD.encode("utf-8").replace(b"trade", b"tr\xff\xfe\xc3\x28de"), None)
    put("latin1.txt", LATIN1.encode("latin-1"), None)
    with open(folder / "huge.txt", "wb") as fh:  # 50 MB of text
        line = b"The delegation discussed trade and energy at length in the capital. " * 15 + b"\n"
        while fh.tell() < 50 * 1024 * 1024:
            fh.write(line * 64)
    expect["huge.txt"] = r"too large"
    put(
        "deep.html",
        ("<html><body>" + "<div>" * 100_000 + "<p>" + GOOD + "</p>" + "</div>" * 100_000 + "</body></html>").encode(),
        r".",
    )  # any one-line reason, or read
    put(
        "malformed.html",
        b"<html><head><title>Talks<body><p <b>>President Anna Lindqvist met <i>Boris Moravec"
        b" in Oslo on Monday.<p><div></span></table><script>if (a<b) {</script><!-- open",
        r".",
    )
    other = (
        "Talks in Bergen\n\nBERGEN, March 5, 2024 - Foreign Minister Karim Whitfield met Defence Minister "
        "Paula Varga in Bergen on Tuesday to discuss fisheries, the ministry said.\n"
    )
    records = [
        json.dumps({"text": other, "title": "Talks in Bergen"}),
        '{"text": "unterminated',
        "[1, 2, 3]",
        '{"text": 42}',
        '{"title": "no text"}',
        "",
        '{"text": "   "}',
    ]
    put("bad.jsonl", "\n".join(records).encode(), None)
    for line_no in (2, 3, 4, 5, 7):
        expect[f"bad.jsonl:{line_no}"] = rf"line {line_no}"
    os.mkfifo(folder / "pipe.txt")  # reading it would block for ever
    expect["pipe.txt"] = r"not a regular file"
    os.symlink("loop.txt", folder / "loop.txt")
    expect["loop.txt"] = r"symlink loop"
    os.symlink("missing.txt", folder / "broken.txt")
    expect["broken.txt"] = r"broken symlink|no such file"
    (folder / "sub").mkdir()
    os.symlink("..", folder / "sub" / "back")
    expect["sub/back"] = r"symlink loop"
    (folder / "sub" / "good.txt").write_text(GOOD, encoding="utf-8")
    for name, data, reason in unsupported_files():
        put(name, data, reason)
    return expect


def unsupported_files() -> list[tuple[str, bytes, str]]:
    """Files of types the reader does not take, each with the type its one line must name.

    Their bytes would decode as "text" or contain a meeting sentence: read blindly, they would be
    stored as articles of garbage (the uncompressed PDF is pure ASCII)."""
    sentence = GOOD.encode("utf-8")
    pdf = (
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"4 0 obj << /Length 120 >> stream\nBT /F1 12 Tf 72 712 Td ("
        + sentence.replace(b"\n", b" ")
        + b") Tj ET\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("story.txt", GOOD)
    return [
        ("report.pdf", pdf, r"PDF document"),
        ("report-no-extension", pdf, r"PDF document"),
        ("table.csv", b"person,met,place\nAnna Lindqvist,Boris Moravec,Oslo\n", r"CSV table"),
        ("photo.png", b"\x89PNG\r\n\x1a\n" + bytes(range(1, 256)) * 8, r"PNG image"),
        ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(range(1, 256)) * 8, r"JPEG image"),
        ("stories.zip", buffer.getvalue(), r"zip archive"),
        ("story.txt.gz", gzip.compress(sentence), r"gzip"),
    ]


def _deep_files(folder: Path) -> None:
    """A JSON file and a JSON Lines record nested 100,000 deep, beside one good article."""
    (folder / "deep.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    (folder / "deep.jsonl").write_text(
        json.dumps({"text": GOOD}) + "\n" + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8"
    )
    (folder / "good.txt").write_text(LATIN1, encoding="utf-8")  # another story than the JSON Lines record's


def _long_files(folder: Path) -> None:
    """A story of a million characters (over the limit of 300,000), beside a short one."""
    sentence = "The delegation discussed trade and energy in the capital on Monday. "
    line = (sentence * (1_000_000 // len(sentence) + 1))[:1_000_000]
    (folder / "long_line.txt").write_text("Talks\n\n" + GOOD.strip() + " " + line + "\n", encoding="utf-8")
    (folder / "short.txt").write_text(GOOD, encoding="utf-8")


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory) -> tuple[Path, dict[str, str | None]]:
    """The folder of bad files, and what each must be told (``_bad_files``)."""
    folder = tmp_path_factory.mktemp("bad") / "in"
    folder.mkdir()
    return folder, _bad_files(folder)


@pytest.fixture(scope="module")
def runs(tmp_path_factory, bad_folder) -> dict[str, tuple[Path, Path, subprocess.CompletedProcess]]:
    """``diplograph ingest`` of each folder of this module's cases into a new store, and ``diplograph
    read`` of the over-long story: the command lines one after the other in one subprocess
    (``run_many``: one start-up, not four).  By case: its folder, its store, the command's output."""
    folders = {"bad": bad_folder[0]}
    for case, write in (("deep", _deep_files), ("long", _long_files)):
        folders[case] = tmp_path_factory.mktemp(case) / "in"
        folders[case].mkdir()
        write(folders[case])
    stores = {case: folder.parent / "store" for case, folder in folders.items()}
    *ingests, described = run_many(
        *(["ingest", folders[case], "--store", stores[case]] for case in folders),
        ["read", folders["long"] / "long_line.txt"],
        timeout=900,
    )
    out = {case: (folders[case], stores[case], done) for case, done in zip(folders, ingests)}
    out["read"] = (folders["long"], stores["long"], described)
    return out


@pytest.fixture(scope="module")
def bad_batch(bad_folder, runs) -> tuple[Path, dict[str, str | None], subprocess.CompletedProcess, Path]:
    folder, store, done = runs["bad"]
    return folder, bad_folder[1], done, store


def _lines_for(done: subprocess.CompletedProcess, folder: Path, name: str) -> list[str]:
    """The standard error lines about one input ("skipped PATH: reason")."""
    path = str(folder / name)
    return [ln for ln in done.stderr.splitlines() if f" {path}:" in ln]


def test_the_batch_finishes_with_exit_code_1_and_no_traceback(bad_batch):
    folder, expect, done, store = bad_batch
    assert no_traceback(done), done.stderr
    assert done.returncode == 1, done.stdout + done.stderr
    summary = done.stdout.strip().splitlines()[-1]
    failed = sum(1 for reason in expect.values() if reason is not None and reason != ".")
    found = re.search(r"(\d+) file\(s\) could not be read", summary)
    assert found and int(found.group(1)) >= failed, summary


@pytest.mark.parametrize(
    "name",
    [
        "empty.txt",
        "spaces.txt",
        "binary.bin",
        "random.dat",
        "nul.txt",
        "huge.txt",
        "bad.jsonl:2",
        "bad.jsonl:3",
        "bad.jsonl:4",
        "bad.jsonl:5",
        "bad.jsonl:7",
        "pipe.txt",
        "loop.txt",
        "broken.txt",
        "sub/back",
        *(name for name, _, _ in unsupported_files()),
    ],
)
def test_each_bad_file_gets_one_line_with_its_reason(bad_batch, name):
    folder, expect, done, store = bad_batch
    lines = _lines_for(done, folder, name)
    assert len(lines) == 1, (name, done.stderr)
    assert re.search(expect[name], lines[0], re.IGNORECASE), lines[0]


@pytest.mark.parametrize("name", ["deep.html", "malformed.html"])
def test_broken_html_is_read_or_skipped_in_one_line(bad_batch, name):
    folder, expect, done, store = bad_batch
    assert len(_lines_for(done, folder, name)) <= 1, done.stderr


def test_the_good_articles_beside_the_bad_ones_are_stored(bad_batch):
    folder, expect, done, store = bad_batch
    events = meetings_here(store)
    places = {(ev["place"] or {}).get("name") for ev in events}
    assert {"Oslo", "Bergen"} <= places, events  # sub/good.txt and the good JSON Lines record
    assert check_here(store).ok


def test_invalid_utf8_and_latin1_texts_are_read_not_skipped(bad_batch):
    folder, expect, done, store = bad_batch
    assert _lines_for(done, folder, "bad_utf8.txt") == [] and _lines_for(done, folder, "latin1.txt") == []
    with opened(str(store), read_only=True) as db:
        stored = " ".join(str(row.t) for row in db.query("SELECT ?t WHERE { ?a schema:text ?t }"))
    assert "José Núñez" in stored and "Gespräche" in stored  # Latin-1 decoded, not mangled
    assert "President Anna Lindqvist met Prime Minister Boris Moravec" in stored  # the file with broken bytes


def test_a_deeply_nested_json_file_is_one_line_not_a_crash(runs):
    """A JSON file or JSON Lines record nested 100,000 deep: the parser's recursion limit is a bad file."""
    folder, store, done = runs["deep"]
    assert no_traceback(done) and "internal error" not in done.stderr, done.stderr
    assert done.returncode == 1, done.stdout + done.stderr
    assert len(_lines_for(done, folder, "deep.json")) == 1
    assert len(_lines_for(done, folder, "deep.jsonl:2")) == 1
    assert stats_here(store)["articles"] == 2


@pytest.mark.slow
def test_a_story_over_the_length_limit_is_refused_in_one_line_not_cut_short(runs):
    """A story of a million characters is not parsed in part and stored as if whole: it is refused,
    in one line naming the file and the limit, and the batch goes on (exit code 1)."""
    folder, store, done = runs["long"]
    assert no_traceback(done), done.stderr
    assert done.returncode == 1, done.stdout + done.stderr
    lines = _lines_for(done, folder, "long_line.txt")
    assert len(lines) == 1 and "too long" in lines[0] and "300,000" in lines[0], done.stderr
    assert stats_here(store)["articles"] == 1  # short.txt
    _, _, described = runs["read"]
    assert "too long" in described.stdout and "300,000" in described.stdout, described.stdout


TINY_FILES = 1_000
OPEN_FILES = 256  # the ingest's limit on open file descriptors: a quarter of the files


def _open_files_limit() -> None:
    """In the child, before the ingest starts: at most OPEN_FILES descriptors (the hard limit stays)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(OPEN_FILES, soft), hard))


@pytest.mark.slow
def test_a_folder_of_more_tiny_files_than_the_ingest_may_hold_open(tmp_path):
    """A folder of many tiny files (no events in them): each file is stored or skipped in one line,
    and none is refused for want of a file descriptor.

    The ingest may hold fewer files open than there are files, so a descriptor left open per file
    (by the reader or a worker) makes files fail with "Too many open files".  This test once ran
    10,000 files under the usual limit (1,024, or far more on many machines), which could not show
    such a leak; past a few jobs of files (16 a job) more files prove nothing more, only cost a
    minute."""
    folder = tmp_path / "tiny"
    folder.mkdir()
    for i in range(TINY_FILES):
        (folder / f"note_{i:05d}.txt").write_text(f"Brief note number {i} from the press office.\n", encoding="utf-8")
    done = subprocess.run(
        command("ingest", folder, "--store", tmp_path / "store"),
        capture_output=True,
        text=True,
        env=env(),
        timeout=900,
        preexec_fn=_open_files_limit,
    )
    assert no_traceback(done), done.stderr
    assert done.returncode in (0, 1), done.stdout + done.stderr
    assert "Too many open files" not in done.stderr, done.stderr[-2000:]
    found = re.search(r"ingested (\d+) articles", done.stdout)
    skipped = len([ln for ln in done.stderr.splitlines() if ln.startswith("skipped ")])
    assert found and int(found.group(1)) + skipped == TINY_FILES, (done.stdout, done.stderr[-2000:])
    assert stats_here(tmp_path / "store")["articles"] == int(found.group(1))


def _as_nobody() -> list[str] | None:
    """A command prefix that runs as an unprivileged user (root reads every file), if there is one."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"] if setpriv else None


def test_an_unreadable_file_is_one_line_and_the_rest_is_stored():
    prefix = _as_nobody()
    if prefix is None:
        pytest.skip("running as root without setpriv: root reads every file, so permissions cannot be tested")
    work = Path(tempfile.mkdtemp(prefix="diplograph-perm-"))  # outside pytest's private (0700) folder
    try:
        _unreadable_case(prefix, work)
    finally:
        for p in work.rglob("*"):
            if not p.is_symlink():
                p.chmod(0o755)
        shutil.rmtree(work, ignore_errors=True)


def _unreadable_case(prefix: list[str], work: Path) -> None:
    (work / "in").mkdir()
    (work / "in" / "good.txt").write_text(GOOD, encoding="utf-8")
    locked = work / "in" / "locked.txt"
    locked.write_text(GOOD.replace("Oslo", "Bergen"), encoding="utf-8")
    locked.chmod(0)
    (work / "in" / "closed").mkdir()
    (work / "in" / "closed" / "inside.txt").write_text(GOOD, encoding="utf-8")
    (work / "in" / "closed").chmod(0)
    work.chmod(0o777)
    (work / "sealed").mkdir(mode=0o755)
    # a store this user may not create is one line too, exit code 2 (in a folder of root's when the
    # tests run as root; under /proc when they run as an ordinary user, who owns the folder)
    sealed = work / "sealed" / "store" if prefix else "/proc/diplograph-store"
    try:  # both command lines in one process, run as that user
        done, denied = run_many(
            ["ingest", work / "in", "--store", work / "store"],
            ["ingest", work / "in" / "good.txt", "--store", sealed],
            timeout=600,
            prefix=prefix,
            cwd=work,
            extra_env={"HOME": str(work)},
        )
    finally:
        (work / "in" / "closed").chmod(0o755)
        locked.chmod(0o644)
    assert no_traceback(done), done.stderr
    assert done.returncode == 1, done.stdout + done.stderr
    assert len(_lines_for(done, work / "in", "locked.txt")) == 1
    assert "permission denied" in _lines_for(done, work / "in", "locked.txt")[0]
    assert len(_lines_for(done, work / "in", "closed")) == 1
    assert "1 articles" in done.stdout
    assert no_traceback(denied) and denied.returncode == 2, denied.stderr
    assert "cannot open store" in denied.stderr and len(denied.stderr.strip().splitlines()) == 1, denied.stderr
