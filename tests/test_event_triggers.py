"""The trigger patterns are data (``ingest/data/event_triggers.json``): every entry's example
sentence, run through the real pipeline, gives the event type the entry names, and the match
that finds it is the entry's own."""

from __future__ import annotations

import pytest

from diplograph.ingest import event_codes, event_triggers, events, nlp
from diplograph.ingest.datafiles import read_json
from diplograph.ingest.event_syntax import lexicon
from tests.test_events import extract

ENTRIES = read_json("event_triggers.json")["patterns"]


def test_no_data_file_names_a_key_twice():
    """A key written twice in a JSON data file silently drops the first list (the parser keeps the last)."""
    import json
    from pathlib import Path

    import diplograph.ingest

    def unique(pairs):
        keys = [k for k, _ in pairs]
        assert len(keys) == len(set(keys)), sorted(k for k in set(keys) if keys.count(k) > 1)
        return dict(pairs)

    data = Path(diplograph.ingest.__file__).parent / "data"
    for path in sorted(data.glob("*.json")):
        json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=unique)


def test_entries_have_the_fields_a_pattern_needs():
    ids = [e["id"] for e in ENTRIES]
    assert len(ids) == len(set(ids))
    families = {f for f in events.HANDLERS}
    for entry in ENTRIES:
        assert {"id", "family", "pattern", "example", "expect"} <= set(entry), entry["id"]
        assert entry["family"] in families, entry["id"]
        assert entry["expect"] in event_codes.event_types(), entry["id"]


def test_a_list_name_that_the_lexicon_lacks_is_an_error():
    with pytest.raises(KeyError, match="no list 'no_such_list'"):
        event_triggers._expand([{"LEMMA": {"IN": ["@no_such_list"]}}], lexicon())


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["id"] for e in ENTRIES])
def test_each_pattern_finds_its_example(entry):
    doc = nlp.parse(entry["example"])
    matcher = event_triggers._matcher(id(doc.vocab), doc.vocab)
    fired = {doc.vocab.strings[match_id] for match_id, _, _ in matcher(doc)}
    assert entry["id"] in fired
    found = extract(entry["example"])
    assert entry["expect"] in {e.type for e in found}, found
