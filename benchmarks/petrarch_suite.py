"""How diplograph's events compare with the PETRARCH/PLOVER test records (``../shared/eval/petrarch``).

    python -m benchmarks.petrarch_suite [PETRARCH_DIR] [--verbose] [--json]

The records code countries and governments ("USAGOV" -> "IRN", CAMEO "040"); diplograph codes
named people.  So an expected event is *found* when diplograph reports, for that sentence, an
event of the right family whose parties cover the expected source and target countries:

* family: CAMEO 040-046 and PLOVER CONSULT -> meet, phone_call or visit; CAMEO 036 -> planned_meet;
* parties: the countries of the event's participants (their roles, "Syrian President X" -> SYR),
  plus the destination's country for a visit; an actor code is compared by its first three
  letters (its country); an actor without a country ("IGO...", "---") needs no match.

Scored suites: the GSR validation records (real news, real CAMEO codes) with a 04x or 036 code,
and the PLOVER gold-standard records coded CONSULT.  The unit-test suites use fictional actors
and WEIS codes (see the suite's README) and are left out.  Also printed: how many events of the
consultation family diplograph reports in GSR sentences whose coders found none (false alarms).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from diplograph.ingest import events, merge, nlp, people, places
from diplograph.ingest.records import Article, Event

DEFAULT_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "petrarch"
CONSULT = frozenset({"meet", "phone_call", "visit"})
INTENT = frozenset({"planned_meet"})
NOT_COUNTRIES = ("IGO", "NGO", "NGM", "IMG", "---", "MNC")
LEGACY_CODES = {"JAP": "JPN", "UAR": "EGY", "ROM": "ROU", "RHO": "ZWE"}  # pre-ISO TABARI country codes


def family(code: str) -> frozenset[str] | None:
    """diplograph event types that count as the record's event family, or None when out of scope."""
    if code == "CONSULT" or (code[:2] == "04" and code.isdigit()):
        return CONSULT
    if code.startswith("036"):
        return INTENT
    return None


def actor_country(code: str | None) -> str | None:
    """ISO3 country of a CAMEO/Phoenix actor code ("IRQGOVMIL" -> "IRQ"), None when it has none."""
    if not code or len(code) < 3 or code.startswith(NOT_COUNTRIES) or not code[:3].isalpha():
        return None
    return LEGACY_CODES.get(code[:3].upper(), code[:3].upper())


def iso3(country: str | None) -> str | None:
    """ISO3 code of a country name as the gazetteer knows it."""
    if not country:
        return None
    name = places.country_name(country) or country
    record = places._countries().get(name)
    return record.get("iso3") if record else None


def parties(event: Event) -> set[str]:
    """Countries an event involves: its participants' and, for a visit, its destination's."""
    out = {c for c in (iso3(p.country) for p in event.participants) if c}
    if event.type == "visit" and event.place is not None:
        dest = iso3(event.place.name if event.place.kind == "country" else event.place.country)
        if dest:
            out.add(dest)
    return out


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def extract_all(records: list[dict]) -> dict[int, list[Event]]:
    """The events diplograph finds in each record's sentence, by the record's ``seq``."""
    articles = []
    for r in records:
        try:
            published = date(int(r["date"][:4]), int(r["date"][4:6]), int(r["date"][6:8]))
        except (KeyError, ValueError, TypeError):
            published = None
        articles.append(
            Article(file=f"{r['suite']}-{r['seq']}", path=str(r["seq"]), text=r["text"] or "", published=published)
        )
    out: dict[int, list[Event]] = {}
    for (article, doc), r in zip(nlp.pipe(articles), records):
        entities = people.resolve(doc, article, people.Registry())
        out[r["seq"]] = merge.merge_in_article(events.extract_events(doc, article, entities))
    return out


def score(records: list[dict], found: dict[int, list[Event]], verbose: bool = False) -> dict:
    """Expected consultation/intent events found with the right family and parties."""
    c: Counter = Counter()
    lines = []
    for r in records:
        for exp in r["expected_events"]:
            fam = family(str(exp.get("code")))
            if fam is None:
                continue
            c["expected"] += 1
            want = {x for x in (actor_country(exp.get("source")), actor_country(exp.get("target"))) if x}
            ours = [e for e in found.get(r["seq"], []) if e.type in fam]
            c["family"] += bool(ours)
            c["any_event"] += bool(found.get(r["seq"]))
            hit = any(want <= parties(e) for e in ours) and bool(want)
            c["found"] += hit
            c["named_people"] += any(len(e.participants) for e in found.get(r["seq"], []))
            if verbose:
                got = [(e.type, [p.name for p in e.participants], sorted(parties(e))) for e in found.get(r["seq"], [])]
                lines.append(
                    f"{'HIT ' if hit else 'miss'} {r['seq']:>4} {exp.get('code')} "
                    f"{exp.get('source')}->{exp.get('target')}: {r['text'][:110]}\n        ours: {got}"
                )
    c["records"] = sum(1 for r in records if any(family(str(e.get("code"))) for e in r["expected_events"]))
    return {"counts": dict(c), "lines": lines}


def false_alarms(records: list[dict], found: dict[int, list[Event]]) -> dict:
    """Consultation-family events reported in sentences whose coders found no consultation."""
    quiet = [r for r in records if not any(family(str(e.get("code"))) == CONSULT for e in r["expected_events"])]
    alarms = [
        (r["seq"], e.type, [p.name for p in e.participants])
        for r in quiet
        for e in found.get(r["seq"], [])
        if e.type in CONSULT
    ]
    return {
        "records": len(quiet),
        "events": len(alarms),
        "records_with_events": len({a[0] for a in alarms}),
        "examples": alarms[:10],
    }


def main(argv: list[str]) -> None:
    args = [a for a in argv if not a.startswith("--")]
    base = Path(args[0]) if args else DEFAULT_DIR
    verbose, as_json = "--verbose" in argv, "--json" in argv
    gsr = load(base / "records_gsr.jsonl")
    plover = [
        r
        for r in load(base / "records_plover_gsr.jsonl")
        if any(e.get("code") == "CONSULT" for e in r["expected_events"])
    ]
    found_gsr = extract_all(gsr)
    found_plover = extract_all(plover)
    gsr_scope = [r for r in gsr if any(family(str(e.get("code"))) for e in r["expected_events"])]
    report = {
        "gsr_04x_036": score(gsr_scope, found_gsr, verbose),
        "plover_consult": score(plover, found_plover, verbose),
        "gsr_false_alarms": false_alarms(gsr, found_gsr),
    }
    if as_json:
        print(json.dumps({k: (v if k == "gsr_false_alarms" else v["counts"]) for k, v in report.items()}, indent=1))
        return
    for name in ("gsr_04x_036", "plover_consult"):
        c = report[name]["counts"]
        n = c.get("expected", 0) or 1
        print(f"{name}: {c.get('records', 0)} records, {c.get('expected', 0)} expected events")
        print(
            f"  right family and right parties: {c.get('found', 0)}/{c.get('expected', 0)} = "
            f"{c.get('found', 0) / n:.2f}"
        )
        print(
            f"  right family, any parties:      {c.get('family', 0)}/{c.get('expected', 0)} = "
            f"{c.get('family', 0) / n:.2f}"
        )
        print(
            f"  any event in the sentence:      {c.get('any_event', 0)}/{c.get('expected', 0)} = "
            f"{c.get('any_event', 0) / n:.2f}"
        )
        for line in report[name]["lines"]:
            print("   ", line)
    fa = report["gsr_false_alarms"]
    print(
        f"gsr false alarms: {fa['events']} consultation-family events in {fa['records_with_events']} "
        f"of {fa['records']} sentences coded without a consultation"
    )
    if verbose:
        for ex in fa["examples"]:
            print("   ", ex)


if __name__ == "__main__":
    main(sys.argv[1:])
