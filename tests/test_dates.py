"""Date expressions resolved against an article's date, and the date that governs an event word."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest import dates, nlp
from ingest.records import Article

SATURDAY = date(2023, 2, 4)


@pytest.mark.parametrize("expression, expected", [
    ("on Friday", "2023-02-03"),
    ("Friday evening", "2023-02-03"),
    ("late on Thursday", "2023-02-02"),
    ("early on Saturday", "2023-02-04"),  # the anchor's own weekday is the anchor day
    ("last Saturday", "2023-01-28"),
    ("last June", "2022-06"),
    ("in June", "2022-06"),
    ("this month", "2023-02"),
    ("last year", "2022"),
    ("in 2007", "2007"),
    ("February 3, 2023", "2023-02-03"),
    ("3 February 2023", "2023-02-03"),
    ("Thursday, Jan. 9, 2025", "2025-01-09"),
    ("Feb. 4", "2023-02-04"),
    ("Dec. 30", "2022-12-30"),  # a day later in the year than the anchor is last year's
    ("June 2022", "2022-06"),
    ("2023-02-03", "2023-02-03"),
    ("yesterday", "2023-02-03"),
    ("two days ago", "2023-02-02"),
])
def test_resolve_against_the_article_date(expression, expected):
    assert dates.resolve(expression, SATURDAY) == expected


@pytest.mark.parametrize("expression, expected", [
    ("on Friday", "2023-02-10"),
    ("on Saturday", "2023-02-04"),  # the story's own day: news names today by its weekday
    ("next Saturday", "2023-02-11"),
    ("next June", "2023-06"),
    ("in June", "2023-06"),
    ("Feb. 20", "2023-02-20"),
])
def test_planned_events_point_forward(expression, expected):
    assert dates.resolve(expression, SATURDAY, future=True) == expected


@pytest.mark.parametrize("expression", ["on Friday", "last June", "Feb. 4", "yesterday", "this month"])
def test_relative_dates_need_an_anchor(expression):
    assert dates.resolve(expression, None) is None


@pytest.mark.parametrize("expression", ["20-year", "weeklong", "next week", "six months", "may", ""])
def test_durations_and_vague_spans_are_not_dates(expression):
    assert dates.resolve(expression, SATURDAY) is None


def test_absolute_dates_need_no_anchor():
    assert dates.resolve("February 3, 2023", None) == "2023-02-03"
    assert dates.resolve("in 2007", None) == "2007"


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)), st.integers(0, 6))
def test_a_weekday_resolves_within_the_week_before_or_after(anchor, weekday):
    name = dates.date_words()["weekdays"][weekday]
    past = date.fromisoformat(dates.resolve(name, anchor))
    future = date.fromisoformat(dates.resolve(name, anchor, future=True))
    following = date.fromisoformat(dates.resolve(f"next {name}", anchor, future=True))
    assert past.weekday() == future.weekday() == following.weekday() == weekday
    assert 0 <= (anchor - past).days <= 6
    assert 0 <= (future - anchor).days <= 6  # a planned meeting "on Tuesday" in a Tuesday story is that day
    assert 1 <= (following - anchor).days <= 7


def test_agree_and_most_precise():
    assert dates.agree("2023-02", "2023-02-03") and dates.agree(None, "2023-02-03")
    assert not dates.agree("2023-02-04", "2023-02-03")
    assert dates.most_precise("2023-02", "2023-02-03") == "2023-02-03"
    assert dates.most_precise("2023-02-04", "2023-02-03") == "2023-02-04"


def _sentence(text: str):
    doc = nlp.parse(text)
    return doc, next(iter(doc.sents))


def test_governing_date_belongs_to_the_event_word():
    doc, sent = _sentence("The minister arrived in Caracas late on Thursday after a statement released on Monday.")
    arrived = next(t for t in doc if t.lower_ == "arrived")
    expr, value = dates.governing_date(sent, arrived, SATURDAY)
    assert value == "2023-02-02" and "Thursday" in expr.text


def test_a_date_of_another_clause_is_not_the_event_date():
    doc, sent = _sentence("The two ministers met, according to a statement released on Monday.")
    met = next(t for t in doc if t.lower_ == "met")
    assert dates.governing_date(sent, met, SATURDAY) is None


def test_a_split_off_year_is_joined_back():
    doc, sent = _sentence("The president meets with the minister in Caracas on February 3, 2023.")
    found = [dates.resolve(dates.expression_text(e), None) for e in dates.date_expressions(sent)]
    assert "2023-02-03" in found


def test_story_anchor_prefers_the_article_date_then_the_latest_full_date_stated():
    text = "The minister arrived on Friday. A post of February 4, 2023 and a caption of February 3, 2023."
    doc = nlp.parse(text)
    dated = Article(file="t", path="t", text=text, published=date(2023, 2, 6))
    assert dates.story_anchor(doc, dated) == (date(2023, 2, 6), False)
    undated = Article(file="t", path="t", text=text)
    assert dates.story_anchor(doc, undated) == (date(2023, 2, 4), True)
