"""The blind corpus of real news pages (``tests/data/corpus/``): its shape, and floors under the
figures of ``docs/accuracy.md`` section 0, so that a regression on unseen news shows.

The test split is frozen: these floors guard it, they never motivate a rule."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from diplograph.eval.run import Evaluation, evaluate
from diplograph.ingest import kb, places, roles
from diplograph.ingest.mentions import not_names
from diplograph.ingest.names import PARTICLES, PATRONYMIC
from diplograph.ingest.records import fold

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"

# a little under the latest figures (docs/accuracy.md, section 0)
FLOORS = {
    "dev": {
        ("meet", "f1"): 0.70,  # the fourth batch's 13-person dinner is 78 gold pairs, a ten-person one of the 22nd 45
        ("phone_call", "f1"): 0.82,
        ("planned_meet", "f1"): 0.69,  # the sixteenth batch blind: 0.48, the twenty-second 0.44
        ("visit", "f1"): 0.68,  # a meeting abroad implies a visit only for a host's guest (0.65 -> 0.70)
        ("where_accuracy", None): 0.70,  # the tenth batch's six ambassadors are 30 matched pairs with no city
        ("when_accuracy", None): 0.80,  # the 23rd batch's pages with no year anywhere (0.827 -> 0.810)
    },
    "test": {
        ("meet", "f1"): 0.60,
        ("planned_meet", "f1"): 0.75,  # 11 of 14 found; two more false ones since round 18 (0.80 -> 0.76)
        ("visit", "f1"): 0.70,
        ("where_accuracy", None): 0.43,  # 10 of 22 matched meetings
        ("when_accuracy", None): 0.83,  # 0.88 -> 0.84 in round 25 (one matched meeting's day more or less)
    },
}


def _gold(split: str) -> dict:
    return json.loads((CORPUS / split / "gold.json").read_text(encoding="utf-8"))


def test_the_corpus_is_whole_and_split_as_documented():
    manifest = [json.loads(line) for line in (CORPUS / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    for split, least in (("dev", 100), ("test", 50)):
        files = {a["file"] for a in _gold(split)["articles"]}
        assert len(files) >= least
        assert files == {p.name for p in (CORPUS / split / "articles").glob("*.json")}
        assert files == {m["file"] for m in manifest if m["split"] == split}
    articles = _gold("dev")["articles"] + _gold("test")["articles"]
    negatives = [a for a in articles if not [e for e in a["events"] if not e.get("optional")]]
    calls = [e for a in articles for e in a["events"] if e["type"] == "phone_call" and not e.get("optional")]
    assert len(negatives) >= 0.2 * len(articles) and len(calls) >= 25
    for a in articles:
        record = json.loads(
            (CORPUS / next(m["split"] for m in manifest if m["file"] == a["file"]) / "articles" / a["file"]).read_text(
                encoding="utf-8"
            )
        )
        assert record["url"].startswith("http") and record["text"].strip()
        for event in a["events"]:
            assert event["evidence"] and event["participants_canonical"], a["file"]


@pytest.fixture(scope="module")
def evaluations() -> dict[str, Evaluation]:
    """Each split ingested once into a temporary store on disk (the embedded default, far faster than
    rdflib's memory store for hundreds of pages) and scored: what ``diplograph eval`` prints."""
    return {
        split: evaluate(CORPUS / split / "gold.json", [str(CORPUS / split / "articles")]) for split in ("dev", "test")
    }


@pytest.mark.slow
@pytest.mark.parametrize("split", sorted(FLOORS))
def test_scores_stay_above_their_floors(split, evaluations):
    summary = evaluations[split].report.summary
    for (measure, field), floor in FLOORS[split].items():
        value = summary[measure] if field is None else summary[measure][field]
        assert value is not None and value >= floor, (split, measure, field, value)


def _why_not_a_person(name: str) -> str | None:
    """What makes a participant's name a title, honorific, demonym, organisation, place or
    fragment rather than a person's name; None for a name."""
    vocabulary = roles.vocabulary()
    lists = not_names()
    words = name.split()
    folded = [fold(w) for w in words]
    honorifics = {fold(h) for h in vocabulary.honorifics}  # "Erywan bin Pehin Datu Pekerma Jaya Haji Mohd Yusof"
    if (
        not words or len([k for k in folded if k not in PARTICLES and k not in honorifics]) > 6
    ):  # "Tamim Bin Hamad Bin Khalifa Al Thani"
        return "not a name's length"
    if places.country_name(name):
        return "a country"
    if all(w in lists["styles"] or w in vocabulary.heads or w in vocabulary.modifiers for w in folded):
        return "a title or style"
    # "Prince Andrew", "Sheikh Mohamed", "King Philippe"
    styled = len(words) == 2 and words[0] in vocabulary.name_styles | vocabulary.monarch_styles
    for k, (word, key) in list(enumerate(zip(words, folded)))[1 if styled else 0 :]:
        # "Sultan bin Abdulaziz", "Zayed bin Sultan Al Nahyan": a given name beside "bin"
        fathered = (k + 1 < len(folded) and folded[k + 1] in PATRONYMIC) or (k > 0 and folded[k - 1] in PATRONYMIC)
        if (key in vocabulary.heads or (key.endswith("s") and key[:-1] in vocabulary.heads)) and not fathered:
            return f"a word of office ({word})"
        if key in lists["demonyms"] or places.is_demonym(word):
            return f"a demonym ({word})"
        if any(c.isdigit() for c in word):
            return f"a number ({word})"
        if not word.lstrip("ʻ‘'")[:1].isupper() and key not in PARTICLES and not word.startswith(("al-", "el-", "bin")):
            return f"a lowercase word ({word})"
        if word.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+|Jr\.|Sr\.", word):  # "Marcos Jr." is a name
            return f"a word with a full stop ({word})"
    if folded[0] in {fold(h) for h in vocabulary.honorifics} and len(words) == 1:
        return "an honorific"
    if folded[-1] in lists["organisations"]:
        return f"an organisation ({words[-1]})"
    if len(words) > 1 and folded[-1] in lists["headline_verbs"]:
        return f"a headline's verb ({words[-1]})"
    return None


@pytest.mark.slow
def test_no_participant_is_a_title_honorific_demonym_or_fragment(evaluations):
    gold_names = {
        fold(name)
        for split in ("dev", "test")
        for article in _gold(split)["articles"]
        for event in article["events"]
        for name in event["participants_canonical"]
    }
    base = kb.load()  # a name the knowledge base holds in full is a name ("Abdullah of Pahang")
    wrong = {}
    for split, evaluation in evaluations.items():
        for event in evaluation.events:
            for person in event["participants"]:
                known = fold(person["name"]) in gold_names or base.known(person["name"])
                why = None if known else _why_not_a_person(person["name"])
                if why:
                    wrong[person["name"]] = (split, why, event["sources"][0]["file"])
    assert not wrong, wrong


def test_the_name_check_knows_the_kinds_of_non_names():
    for text in (
        "Ministers",
        "His Highness",
        "Arabian",
        "Kosovo Assembly",
        "Naoto Kan.",
        "Brunei Darussalam",
        "Erdogan Slams",
        "Custodian of the Two Holy Mosques",
        "Sheikh",
        "the Saudi King",
    ):
        assert _why_not_a_person(text), text
    for text in (
        "Naoto Kan",
        "Hamad bin Khalifa al-Thani",
        "G.L. Peiris",
        "Ursula von der Leyen",
        "Kim Jong-un",
        "Luiz Inácio Lula da Silva",
        "Abu Mazen",
        "Prince Andrew",
        "King Philippe",
        "Tamim Bin Hamad Bin Khalifa Al Thani",
        "Ferdinand Marcos Jr.",
    ):
        assert _why_not_a_person(text) is None, text
