"""Checking a store's integrity: nothing half-written, nothing pointing nowhere.

``check_store(store)`` runs one SPARQL query per rule and returns a ``CheckReport`` with one
``Problem`` per subject that breaks a rule.  The rules are what one article per transaction
guarantees, so a store that an interrupted ingest left behind passes them all:

* every article has its file name and its text;
* every event has a type, at least one participant and at least one source sentence;
* every participant of an event has a name;
* every source sentence points to an article that exists, is cited by an event, and its
  quote is the article text between its offsets.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from diplograph.graph.store import GraphStore

# rule name -> (query selecting ?x and optionally ?detail, message)
RULES: dict[str, tuple[str, str]] = {
    "article-without-file": (
        "SELECT DISTINCT ?x WHERE { ?x a schema:NewsArticle . FILTER NOT EXISTS { ?x dg:file ?f } }",
        "article has no file name",
    ),
    "article-without-text": (
        "SELECT DISTINCT ?x WHERE { ?x a schema:NewsArticle . FILTER NOT EXISTS { ?x schema:text ?t } }",
        "article has no text",
    ),
    "event-without-participants": (
        "SELECT DISTINCT ?x WHERE { ?x dg:eventType ?t . FILTER NOT EXISTS { ?x sem:hasActor ?p } }",
        "event has no participants",
    ),
    "event-without-source": (
        "SELECT DISTINCT ?x WHERE { ?x dg:eventType ?t . "
        "FILTER NOT EXISTS { ?x prov:wasDerivedFrom ?s . ?s a dg:Evidence } }",
        "event has no source sentence",
    ),
    "event-without-type": (
        "SELECT DISTINCT ?x WHERE { { ?x sem:hasActor ?p } UNION { ?x a sem:Event } "
        "FILTER NOT EXISTS { ?x dg:eventType ?t } }",
        "event has no type",
    ),
    "participant-without-name": (
        "SELECT DISTINCT ?x WHERE { ?e dg:eventType ?t ; sem:hasActor ?x . FILTER NOT EXISTS { ?x schema:name ?n } }",
        "event participant has no name",
    ),
    "source-without-article": (
        "SELECT DISTINCT ?x ?detail WHERE { ?x a dg:Evidence . OPTIONAL { ?x prov:wasQuotedFrom ?detail } "
        "FILTER NOT EXISTS { ?x prov:wasQuotedFrom ?a . ?a a schema:NewsArticle } }",
        "source sentence points to no stored article",
    ),
    "source-without-event": (
        "SELECT DISTINCT ?x WHERE { ?x a dg:Evidence . FILTER NOT EXISTS { ?e prov:wasDerivedFrom ?x ; "
        "dg:eventType ?t } }",
        "source sentence is cited by no event",
    ),
}

QUOTES = """
SELECT ?x ?quote ?start ?end ?text WHERE {
  ?x a dg:Evidence ; prov:value ?quote ; dg:start ?start ; dg:end ?end ; prov:wasQuotedFrom ?a .
  ?a schema:text ?text }"""

COUNTS = """
SELECT (COUNT(DISTINCT ?a) AS ?articles) (COUNT(DISTINCT ?e) AS ?events) (COUNT(DISTINCT ?s) AS ?sources) WHERE {
  { ?a a schema:NewsArticle } UNION { ?e dg:eventType ?t } UNION { ?s a dg:Evidence } }"""


@dataclass(frozen=True)
class Problem:
    """One subject (an IRI) that breaks one rule."""

    rule: str
    subject: str
    message: str

    def __str__(self) -> str:
        return f"{self.rule}: {self.subject}: {self.message}"


@dataclass
class CheckReport:
    """What was checked and what is wrong."""

    articles: int = 0
    events: int = 0
    sources: int = 0
    triples: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def line(self) -> str:
        what = (
            f"{self.triples} triples, {self.articles} articles, {self.events} events, "
            f"{self.sources} source sentences checked"
        )
        if self.ok:
            return f"store is consistent: {what}"
        return f"{len(self.problems)} problem(s) found; {what}"


def check_quotes(store: GraphStore) -> list[Problem]:
    """Source sentences whose quote is not the article text between their offsets."""
    out: list[Problem] = []
    for row in store.query(QUOTES):
        try:
            start, end = int(row.start), int(row.end)
        except (TypeError, ValueError):
            out.append(Problem("source-bad-offsets", str(row.x), "offsets are not integers"))
            continue
        text, quote = str(row.text), str(row.quote)
        if not 0 <= start <= end <= len(text):
            out.append(
                Problem(
                    "source-bad-offsets",
                    str(row.x),
                    f"offsets {start}-{end} lie outside the article text ({len(text)} characters)",
                )
            )
        elif text[start:end] != quote:
            out.append(
                Problem(
                    "source-quote-mismatch", str(row.x), f"the article text at {start}-{end} is not the stored quote"
                )
            )
    return out


def check_store(store: GraphStore) -> CheckReport:
    """Run every rule against ``store``; problems are sorted by rule, then subject."""
    report = CheckReport(triples=len(store))
    for row in store.query(COUNTS):
        report.articles, report.events, report.sources = int(row.articles), int(row.events), int(row.sources)
    problems: list[Problem] = []
    for rule, (sparql, message) in RULES.items():
        for row in store.query(sparql):
            detail = getattr(row, "detail", None) if "?detail" in sparql else None
            problems.append(Problem(rule, str(row.x), f"{message} ({detail})" if detail is not None else message))
    problems.extend(check_quotes(store))
    report.problems = sorted(set(problems), key=lambda p: (p.rule, p.subject))
    return report


__all__ = ["CheckReport", "Problem", "RULES", "check_quotes", "check_store"]
