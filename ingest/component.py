"""The event stage as a spaCy pipeline component, so that ``nlp(text)`` alone shows the events.

``pipeline()`` returns the English pipeline with ``diplomatic_events`` added last; a doc it makes
carries ``doc._.events``, the events of the text as one article (people resolved within the text,
events merged within it).  The date that relative dates resolve against is the component's
``published`` setting, or ``doc._.published`` when set before the component runs::

    nlp = pipeline(published="2024-03-08")
    doc = nlp("Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan on Monday.")
    doc._.events  # (Event(type='meet', ... date='2024-03-04'),)

The ingest path does not use the component: it runs the same stages itself, with a registry of
people shared across articles and the story splitting that pages need.
"""

from __future__ import annotations

from datetime import date

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from diplograph.ingest.records import Article, Event

for _name, _default in (("events", ()), ("published", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


class DiplomaticEvents:
    """Sets ``doc._.events``: every meeting, call, visit, signing and planned meeting of the text."""

    def __init__(self, published: str | None = None):
        self.published = date.fromisoformat(published) if published else None

    def __call__(self, doc: Doc) -> Doc:
        from diplograph.ingest import events, merge, people

        article = Article(file="-", path="-", text=doc.text, published=doc._.published or self.published)
        entities = people.resolve(doc, article, people.Registry())
        found: list[Event] = merge.merge_in_article(events.extract_events(doc, article, entities))
        doc._.events = tuple(found)
        return doc


@Language.factory("diplomatic_events", default_config={"published": None})
def make_diplomatic_events(nlp: Language, name: str, published: str | None) -> DiplomaticEvents:
    """The registered factory: ``nlp.add_pipe("diplomatic_events", config={"published": "2024-03-08"})``."""
    return DiplomaticEvents(published)


def pipeline(published: str | None = None) -> spacy.Language:
    """A new English pipeline that ends with ``diplomatic_events``."""
    from diplograph.ingest import nlp as nlp_module

    nlp = nlp_module.build()
    nlp.add_pipe("diplomatic_events", last=True, config={"published": published})
    return nlp
