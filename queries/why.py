"""Why an event is in the graph: its sources, triggers, people, place, date and merges, read back.

``explain(store, iri)`` gathers what ingest recorded about one event (see docs/corrections.md,
"Why an event is there"): each source sentence with its file and offsets, the event word and the
trigger patterns that found it (``ingest/data/event_triggers.json``), how each participant was
identified (the name as the sentence writes it, the person's other names, the knowledge-base
entry), where the place and the date came from, which sentences were joined into the event and
on what grounds, and the corrections in force on it.

The place and the participants' mentions are found again in the stored sentence and article
text (ingest records the event word, its pattern and the date's words, not every step).
"""

from __future__ import annotations

import re
from collections import defaultdict

from diplograph.graph import corrections
from diplograph.graph.store import GraphStore
from diplograph.ingest.datafiles import read_json
from diplograph.ingest.records import canonical_name, fold
from diplograph.queries.events import all_events, neighbourhood, short_id

TRIGGERS = """
SELECT ?e ?s ?trigger ?tstart ?pattern ?other ?uncertain WHERE {
  ?e prov:wasDerivedFrom ?s .
  OPTIONAL { ?s dg:trigger ?trigger ; dg:triggerStart ?tstart }
  OPTIONAL { ?s dg:triggerPattern ?pattern }
  OPTIONAL { ?s dg:anotherOccasion ?other }
  OPTIONAL { ?s dg:uncertainJoin ?uncertain }
}"""

ARTICLE = """
SELECT ?a ?text ?published ?inferred WHERE {
  ?a schema:text ?text .
  OPTIONAL { ?a schema:datePublished ?published }
  OPTIONAL { ?a dg:publishedInferred ?inferred }
}"""

PERSON = """
SELECT ?p ?alt ?kb ?kbSource ?same WHERE {
  OPTIONAL { ?p schema:alternateName ?alt }
  OPTIONAL { ?p dg:kbId ?kb . OPTIONAL { ?p dg:kbSource ?kbSource } }
  OPTIONAL { ?p owl:sameAs ?same }
}"""


def _patterns() -> dict[str, dict]:
    return {p["id"]: p for p in read_json("event_triggers.json")["patterns"]}


def _found(name: str, text: str) -> re.Match | None:
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, flags=re.IGNORECASE) if name.strip() else None


def _person(store: GraphStore, p: dict, sources: list[dict]) -> dict:
    from rdflib import URIRef

    others: set[str] = set()
    kb = kb_source = same = None
    for row in store.query(PERSON, {"p": URIRef(p["id"])}):
        if row.alt is not None:
            others.add(str(row.alt))
        kb = kb or (str(row.kb) if row.kb is not None else None)
        kb_source = kb_source or (str(row.kbSource) if row.kbSource is not None else None)
        same = same or (str(row.same) if row.same is not None else None)
    name = canonical_name(p)
    forms = [name, *sorted(others, key=lambda n: (-len(n), n))]
    surname = name.split()[-1] if name.split() else ""
    if surname and fold(surname) not in {fold(f) for f in forms}:
        forms.append(surname)
    mentions = []
    for src in sources:
        hit = next((m for m in (_found(f, src["quote"]) for f in forms) if m), None)
        if hit is None:
            mentions.append(
                {
                    "file": src["file"],
                    "text": None,
                    "how": "not named in this sentence: a pronoun or a title standing for the person, "
                    "or the pair of people an earlier sentence named",
                }
            )
            continue
        said = hit.group(0)
        if fold(said) == fold(name):
            how = "the person's canonical name"
        elif fold(said) in {fold(o) for o in others}:
            how = f"another name of {name} (seen in this or an earlier article)"
        else:
            how = f"the surname of {name}"
        mentions.append(
            {
                "file": src["file"],
                "text": said,
                "start": src["start"] + hit.start(),
                "end": src["start"] + hit.start() + len(said),
                "how": how,
            }
        )
    if kb:
        identified = (
            f"knowledge-base entry {kb}" + (f" ({kb_source})" if kb_source else "") + (f", {same}" if same else "")
        )
    else:
        identified = "no knowledge-base entry: one person by the name and its other names"
    return {
        "id": p["id"],
        "name": name,
        "roles": p["roles"],
        "country": p["country"],
        "other_names": sorted(others),
        "knowledge_base": kb,
        "identified_by": identified,
        "mentions": mentions,
    }


def _article(store: GraphStore, article: str) -> tuple[str, str | None, bool]:
    from rdflib import URIRef

    for row in store.query(ARTICLE, {"a": URIRef(article)}):
        return str(row.text), (str(row.published) if row.published is not None else None), row.inferred is not None
    return "", None, False


def _place_origin(ev: dict, src: dict, text: str) -> str:
    place = ev["place"]
    names = [n for n in (ev.get("venue"), place and place["name"]) if n]
    said = next((n for n in names if _found(n, src["quote"])), None)
    if said:
        return f"named in this sentence ({said!r})"
    head = text[:120]
    if place and re.match(rf"\s*(?:\S.{{0,60}}?\n)?\s*{re.escape(place['name'])}\b", head, flags=re.IGNORECASE):
        return "not in this sentence: the story's dateline"
    if place and _found(place["name"], text):
        return "not in this sentence: named elsewhere in the article (an earlier sentence or the dateline)"
    return "not in the article's words: the country's capital or a gazetteer venue's city"


def _date_origin(src: dict, published: str | None) -> str:
    if src.get("date_text"):
        return f"stated in this sentence as {src['date_text']!r}"
    if src.get("date_inferred"):
        return f"not stated: the article's date ({published or 'unknown'})"
    return "not stated in this sentence: a date the article gives nearby"


def explain(store: GraphStore, iri: str) -> dict:
    """Everything recorded about why event ``iri`` is in the graph (see the module docstring)."""
    from rdflib import URIRef

    # Read from the event's neighbourhood (``queries.events``), corrected and as extracted: one
    # event costs the same whatever the size of the store.
    view = neighbourhood(store, [iri])
    corrected = next((ev for ev in all_events(view, raw=True) if ev["id"] == iri), None)
    if corrected is None:
        view = neighbourhood(store, [iri], raw=True)
    ev = corrected or next((ev for ev in all_events(view, raw=True) if ev["id"] == iri), None)
    if ev is None:
        raise LookupError(f"no event {iri}")
    touching = [c for c in corrections.read(store) if iri in (c.subject, c.object)]
    patterns = _patterns()
    extra: dict[str, dict] = defaultdict(lambda: {"patterns": set()})
    for row in store.query(TRIGGERS, {"e": URIRef(iri)}):
        item = extra[str(row.s)]
        if row.trigger is not None:
            item["trigger"], item["trigger_start"] = str(row.trigger), int(row.tstart)
        if row.pattern is not None:
            item["patterns"].add(str(row.pattern))
        item["another_occasion"] = row.other is not None
        item["uncertain_join"] = row.uncertain is not None
    from diplograph.graph.model import evidence_iri
    from diplograph.ingest.records import Evidence

    sources = []
    for src in ev["sources"]:
        key = str(
            evidence_iri(
                Evidence(
                    article=src["article"].rsplit("/", 1)[-1], file="", quote="", start=src["start"], end=src["end"]
                )
            )
        )
        info = extra.get(key, {"patterns": set()})
        text, published, _ = _article(store, src["article"])
        found = [
            {"id": p, "family": patterns.get(p, {}).get("family"), "example": patterns.get(p, {}).get("example")}
            for p in sorted(info["patterns"])
        ]
        sources.append(
            {
                "file": src["file"],
                "url": src["url"],
                "title": src["title"],
                "article": src["article"],
                "start": src["start"],
                "end": src["end"],
                "quote": src["quote"],
                "caption": src["caption"],
                "trigger": info.get("trigger"),
                "trigger_start": info.get("trigger_start"),
                "patterns": found,
                "date": _date_origin(src, published),
                "place": _place_origin(ev, src, text) if ev["place"] else None,
                "another_occasion": info.get("another_occasion", False),
                "uncertain_join": info.get("uncertain_join", False),
            }
        )
    articles = sorted({s["article"] for s in ev["sources"]})
    if len(sources) > 1:
        merged = (
            f"{len(sources)} sentences from {len(articles)} article(s) are one event: the same type, the same "
            "participants and dates that agree (a sentence without a date of its own joins a dated one; "
            "ingest/merge.py, same_event), joined within an article and then with the events stored"
        )
        if any(s["uncertain_join"] for s in sources):
            merged += "; a sentence marked 'uncertain join' had no date of its own"
    else:
        merged = "one sentence: nothing was joined into this event"
    return {
        "id": iri,
        "short_id": short_id(iri),
        "type": ev["type"],
        "date": ev["date"],
        "date_conflicts": ev["date_conflicts"],
        "place": ev["place"],
        "venue": ev["venue"],
        "cameo": ev["cameo"],
        "plover": ev["plover"],
        "confidence": ev["confidence"],
        "rejected": corrected is None,
        "participants": [_person(view, p, ev["sources"]) for p in ev["participants"]],
        "sources": sources,
        "merged": merged,
        "corrections": [
            {"id": c.id, "correction": c.describe(), "by": c.agent, "when": c.time, "undone": c.undone}
            for c in touching
        ],
    }


def as_text(why: dict) -> str:
    """The explanation as lines for a terminal."""
    out = [
        f"event {why['short_id']} ({why['id']})",
        (
            f"  type: {why['type']} (CAMEO {why['cameo'] or '-'}, "
            f"PLOVER {why['plover'] or '-'}), confidence {why['confidence']}"
        ),
    ]
    if why["rejected"]:
        out.append("  REJECTED by a correction: left out of every answer, picture and export (--raw shows it)")
    place = why["place"]
    where = ", ".join(
        x
        for x in (
            why["venue"],
            place and place["name"],
            place and place["country"] != place["name"] and place["country"],
        )
        if x
    )
    out.append(
        f"  when: {why['date'] or 'no date'}"
        + (f" (also: {', '.join(why['date_conflicts'])})" if why["date_conflicts"] else "")
    )
    out.append(f"  where: {where or 'no place'}")
    out.append("participants:")
    for p in why["participants"]:
        out.append(f"  {p['name']}" + (f" ({'; '.join(p['roles'])})" if p["roles"] else ""))
        out.append(f"    identified by: {p['identified_by']}")
        if p["other_names"]:
            out.append(f"    other names: {', '.join(p['other_names'])}")
        for m in p["mentions"]:
            said = f"{m['text']!r} at {m['start']}-{m['end']}: {m['how']}" if m["text"] else m["how"]
            out.append(f"    in {m['file']}: {said}")
    out.append(f"sources ({len(why['sources'])}):")
    for i, s in enumerate(why["sources"], 1):
        where = f"  [{i}] {s['file']} characters {s['start']}-{s['end']}"
        out.append(where + (" (photo caption)" if s["caption"] else "") + (f" {s['url']}" if s["url"] else ""))
        out.append(f'      "{s["quote"]}"')
        if s["trigger"]:
            pats = ", ".join(f"{p['id']} ({p['family']})" for p in s["patterns"]) or "not recorded"
            out.append(f"      event word: {s['trigger']!r} at {s['trigger_start']}; pattern: {pats}")
        else:
            out.append(
                "      event word: not recorded (stored before ingest recorded it; ingest the article "
                "into a new store to see it)"
            )
        out.append(f"      date: {s['date']}")
        if s["place"]:
            out.append(f"      place: {s['place']}")
        if s["another_occasion"]:
            out.append("      the sentence marks another occasion ('met again'): never joined to an earlier one")
    out.append(f"merged: {why['merged']}")
    if why["corrections"]:
        out.append("corrections:")
        for c in why["corrections"]:
            out.append(
                f"  {c['id']} {c['correction']} by {c['by']} at {c['when']}"
                + (f" (undone {c['undone']})" if c["undone"] else "")
            )
    return "\n".join(out)
