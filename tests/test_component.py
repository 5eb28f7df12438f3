"""The event stage as a registered spaCy component: ``nlp(text)`` alone shows the events."""

from __future__ import annotations

import spacy

from diplograph.ingest.component import pipeline


def test_nlp_of_a_text_carries_its_events():
    nlp = pipeline(published="2024-03-08")
    assert "diplomatic_events" in nlp.pipe_names
    doc = nlp(
        "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Nairobi on Monday. "
        "Hassan will visit Kampala next week."
    )
    kinds = {(e.type, frozenset(p.name for p in e.participants)) for e in doc._.events}
    assert ("meet", frozenset({"William Ruto", "Samia Suluhu Hassan"})) in kinds
    meet = next(e for e in doc._.events if e.type == "meet")
    assert meet.date == "2024-03-04" and meet.place.name == "Nairobi"
    # announced travel is no visit; the guest's presence in Nairobi is one
    visits = [(e.participants[0].name, e.place.name) for e in doc._.events if e.type == "visit"]
    assert visits == [("Samia Suluhu Hassan", "Nairobi")]


def test_the_factory_is_registered_with_spacy():
    assert "diplomatic_events" in spacy.registry.factories.get_all() or spacy.language.Language.has_factory(
        "diplomatic_events"
    )


def test_a_date_set_on_the_doc_is_the_anchor():
    nlp = pipeline()
    doc = nlp.make_doc("Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan on Monday.")
    from datetime import date

    doc._.published = date(2024, 5, 17)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert [e.date for e in doc._.events] == ["2024-05-13"]


def test_the_version_is_known_to_python_and_to_the_command():
    import diplograph
    from tests.cli_runs import run

    done = run("--version")
    assert done.returncode == 0 and done.stdout.strip() == f"diplograph {diplograph.__version__}"
    assert diplograph.__version__[0].isdigit()
