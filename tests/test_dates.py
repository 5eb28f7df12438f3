"""Date expressions resolved against an article's date, and the date that governs an event word."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplograph.ingest import dates, nlp
from diplograph.ingest.records import Article

SATURDAY = date(2023, 2, 4)


@pytest.mark.parametrize(
    "expression, expected",
    [
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
        ("Feb. 9", "2023-02-09"),  # ... unless it lies days ahead: this year's
        ("March 1", "2023-03-01"),
        ("March 10", "2022-03-10"),  # over a month ahead: last year's
        ("June 2022", "2022-06"),
        ("2023-02-03", "2023-02-03"),
        ("yesterday", "2023-02-03"),
        ("two days ago", "2023-02-02"),
        ("a day earlier", "2023-02-03"),
        ("two days earlier", "2023-02-02"),
    ],
)
def test_resolve_against_the_article_date(expression, expected):
    assert dates.resolve(expression, SATURDAY) == expected


@pytest.mark.parametrize(
    "expression, expected",
    [
        ("on Friday", "2023-02-10"),
        ("on Saturday", "2023-02-04"),  # the story's own day: news names today by its weekday
        ("next Saturday", "2023-02-11"),
        ("next June", "2023-06"),
        ("in June", "2023-06"),
        ("Feb. 20", "2023-02-20"),
    ],
)
def test_planned_events_point_forward(expression, expected):
    assert dates.resolve(expression, SATURDAY, future=True) == expected


@pytest.mark.parametrize("expression", ["on Friday", "last June", "Feb. 4", "yesterday", "this month"])
def test_relative_dates_need_an_anchor(expression):
    assert dates.resolve(expression, None) is None


@pytest.mark.parametrize(
    "expression",
    ["20-year", "weeklong", "the next two weeks", "six months", "may", "", "the past few weeks", "two days later"],
)
def test_durations_and_vague_spans_are_not_dates(expression):
    assert dates.resolve(expression, SATURDAY) is None


WEDNESDAY = date(2024, 5, 15)


@pytest.mark.parametrize(
    "expression, future, value, precision",
    [
        ("on Monday", False, "2024-05-13", "day"),
        ("on Monday", True, "2024-05-20", "day"),
        ("Thursday", False, "2024-05-09", "day"),
        ("yesterday", False, "2024-05-14", "day"),
        ("the day before yesterday", False, "2024-05-13", "day"),
        ("tomorrow", True, "2024-05-16", "day"),
        ("last week", False, "2024-05", "month"),  # May 6-12: the whole week is in May
        ("next week", True, "2024-05", "month"),
        ("this week", False, "2024-05", "month"),
        ("over the weekend", False, "2024-05", "month"),
        ("on the 12th", False, "2024-05-12", "day"),
        ("on the 20th", False, "2024-04-20", "day"),  # not yet come this month: last month's
        ("on the 20th", True, "2024-05-20", "day"),
        ("the 3rd", True, "2024-06-03", "day"),
        ("in March", False, "2024-03", "month"),
        ("in March", True, "2025-03", "month"),
        ("in June", False, "2023-06", "month"),
        ("in June", True, "2024-06", "month"),
        ("earlier this month", False, "2024-05", "month"),
        ("last month", False, "2024-04", "month"),
        ("next month", True, "2024-06", "month"),
        ("last year", False, "2023", "year"),
        ("next year", True, "2025", "year"),
        ("in 2019", False, "2019", "year"),
        ("March 2019", False, "2019-03", "month"),
    ],
)
def test_each_kind_of_date_keeps_its_precision_and_words(expression, future, value, precision):
    found = dates.resolve_date(expression, WEDNESDAY, future)
    assert found is not None and (found.value, found.precision) == (value, precision)
    assert found.text == expression
    assert dates.precision_of(found.value) == precision
    assert found.earliest <= found.latest


def test_a_week_across_two_months_is_the_year_and_keeps_its_days():
    found = dates.resolve_date("last week", date(2023, 2, 8))  # January 30 to February 5
    assert (found.value, found.precision) == ("2023", "year")
    assert (found.earliest, found.latest) == (date(2023, 1, 30), date(2023, 2, 5)) and found.unit == "week"
    assert dates.resolve("last week", date(2023, 2, 8)) is None  # the plain ISO answer keeps a week undated
    assert dates.resolve_date("last week", date(2025, 1, 3)).value == "2024-12"  # December 23 to 29


def test_a_week_across_two_years_has_no_value():
    assert dates.resolve_date("last week", date(2025, 1, 8)) is None  # December 30 to January 5


def test_date_value_of_an_expression_in_a_sentence():
    doc = nlp.parse("The two ministers met last Friday in Geneva and will meet again on the 28th.")
    found = [dates.date_value(e, WEDNESDAY, future=k > 0) for k, e in enumerate(dates.date_expressions(doc))]
    assert [(f.value, f.text) for f in found] == [("2024-05-10", "last Friday"), ("2024-05-28", "the 28th")]


def test_earlier_before_a_weekday_is_a_time_of_that_day():
    friday = date(2023, 3, 3)
    assert dates.resolve("earlier Friday", friday) == "2023-03-03"
    assert dates.resolve("earlier Wednesday", friday) == "2023-03-01"
    assert dates.resolve("last Friday", friday) == "2023-02-24"


def test_numbers_far_from_the_story_year_are_not_years():
    story = date(2002, 4, 7)
    assert dates.resolve("resolutions 1402", story) is None
    assert dates.resolve("in 1948", story) == "1948"
    assert dates.resolve("by 2030", story) == "2030"


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


def test_a_clause_told_at_the_same_time_dates_the_event():
    doc, sent = _sentence("The prime minister had called the president when the latter took office last July.")
    called = next(t for t in doc if t.lower_ == "called")
    expr, value = dates.governing_date(sent, called, SATURDAY)
    assert value == "2022-07" and expr.text == "last July"
    # a clause of what followed or came before is another time
    doc, sent = _sentence("The prime minister called the president after the latter took office last July.")
    called = next(t for t in doc if t.lower_ == "called")
    assert dates.governing_date(sent, called, SATURDAY) is None


def test_a_split_off_year_is_joined_back():
    doc, sent = _sentence("The president meets with the minister in Caracas on February 3, 2023.")
    found = [dates.resolve(dates.expression_text(e), None) for e in dates.date_expressions(sent)]
    assert "2023-02-03" in found


def test_the_words_of_a_date_that_begin_another_name_are_no_date():
    doc, sent = _sentence("The call comes on the back of a Sunday Times report about the delay in the call.")
    assert dates.date_expressions(sent) == []
    doc, sent = _sentence("The two leaders discussed the Good Friday Agreement in Dublin on Tuesday.")
    assert [e.text for e in dates.date_expressions(sent)] == ["Tuesday"]


def test_a_weekday_the_story_named_with_its_date_is_that_day_again():
    doc = nlp.parse(
        "On Friday, 14 February, the Secretary-General addressed a conference. Throughout the day on Friday, "
        "he held meetings with leaders."
    )
    second = list(doc.sents)[1]
    held = next(t for t in doc if t.lower_ == "held")
    anchor = date(2025, 2, 27)  # the page's date, two weeks later
    assert dates.governing_date(second, held, anchor)[1] == "2025-02-14"
    # a weekday the story names with no date is counted from the page's date as before
    doc = nlp.parse("The council met on Monday. Throughout the day on Friday, he held meetings with leaders.")
    second = list(doc.sents)[1]
    held = next(t for t in doc if t.lower_ == "held")
    assert dates.governing_date(second, held, anchor)[1] == "2025-02-21"


def test_story_anchor_prefers_the_article_date_then_the_latest_full_date_stated():
    text = "The minister arrived on Friday. A post of February 4, 2023 and a caption of February 3, 2023."
    doc = nlp.parse(text)
    dated = Article(file="t", path="t", text=text, published=date(2023, 2, 6))
    assert dates.story_anchor(doc, dated) == (date(2023, 2, 6), False)
    undated = Article(file="t", path="t", text=text)
    assert dates.story_anchor(doc, undated) == (date(2023, 2, 4), True)


def test_a_date_under_a_participle_of_the_event_words_phrase_is_the_events():
    doc, sent = _sentence(
        "President Ruto talks with President Mahama after a tree planting ceremony marking the anniversary of the "
        "founding of the bank at a hotel in Nairobi yesterday."
    )
    talks = next(t for t in doc if t.lower_ == "talks")
    expr, value = dates.governing_date(sent, talks, SATURDAY)
    assert value == "2023-02-03" and expr.text == "yesterday"


@pytest.mark.parametrize(
    "expression,period,expected",
    [
        ("On April 24", "2014-05", "2014-04-24"),  # the month before the story's
        ("May 2", "2014-05", "2014-05-02"),
        ("June 3", "2014-05", "2013-06-03"),  # after the story's month: the year before
        ("on Monday", "2014-05", None),  # a weekday needs a day to count from
        ("last April", "2014-05", None),
        ("On April 24", None, None),
    ],
)
def test_a_month_and_day_take_the_year_of_the_storys_month(expression, period, expected):
    assert dates.resolve_in_period(expression, period) == expected


@pytest.mark.parametrize(
    "expression, expected",
    [("last night", "2024-03-07"), ("late last night", "2024-03-07"), ("this morning", "2024-03-08")],
)
def test_parts_of_the_day_before_and_of_the_story_day(expression, expected):
    assert dates.resolve(expression, date(2024, 3, 8)) == expected
