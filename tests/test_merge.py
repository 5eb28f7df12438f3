"""Event identity: the same meeting across sentences and articles becomes one event with every source."""

from __future__ import annotations

from diplograph.ingest import merge, pipeline
from diplograph.ingest.records import Event, Evidence, Extraction, Person, Place

A = Person("William Ruto")
B = Person("Cyril Ramaphosa")
C = Person("Bola Tinubu")
NAIROBI = Place("Nairobi", kind="city", country="Kenya", lat=-1.28, lon=36.82)
MOMBASA = Place("Mombasa", kind="city", country="Kenya")
KENYA = Place("Kenya", kind="country")
UGANDA = Place("Uganda", kind="country")


def ev(date=None, place=None, people=(A, B), kind="meet", inferred=False, source="a", venue=None, host=None):
    evidence = Evidence(
        article=source, file=f"{source}.txt", quote=f"quote {source}", start=0, end=7, date_inferred=inferred
    )
    return Event(
        type=kind, participants=tuple(people), evidence=(evidence,), place=place, date=date, venue=venue, host=host
    )


def test_dates_agree_within_their_precision():
    assert merge.same_event(ev("2023-02"), ev("2023-02-03"))
    assert merge.same_event(ev("2023"), ev("2023-02-03"))
    assert merge.same_event(ev(None), ev("2023-02-03"), same_article=True)
    assert not merge.same_event(ev("2023-02-04"), ev("2023-02-03"))


def test_an_event_of_an_undated_story_joins_no_dated_event_of_another():
    assert not merge.same_event(ev(None, source="b"), ev("2023-02-03", source="a"))
    assert merge.same_event(ev(None, source="b"), ev(None, source="a"))
    assert not merge.same_event(ev("2023-03"), ev("2023-02-03"))


def test_an_inferred_date_is_an_upper_bound_of_a_few_days():
    assert merge.same_event(ev("2023-02-04", inferred=True), ev("2023-02-03"))
    assert not merge.same_event(ev("2023-02-04", inferred=True), ev("2023-02-05"))
    assert not merge.same_event(ev("2023-03-04", inferred=True), ev("2023-02-03"))


def test_the_days_of_one_visit_agree():
    arrival = ev("2023-02-02", place=NAIROBI, people=(A,), kind="visit")
    assert merge.same_event(arrival, ev("2023-02-04", place=NAIROBI, people=(A,), kind="visit"))
    assert not merge.same_event(arrival, ev("2023-02-09", place=NAIROBI, people=(A,), kind="visit"))
    assert not merge.same_event(ev("2023-02-02"), ev("2023-02-04"))  # meetings are single days
    later = ev("2023-02-03", place=NAIROBI, people=(A,), kind="visit", source="b")
    assert merge.combine(later, arrival).date == "2023-02-02"  # a visit is dated by its first day


def test_participants_must_be_the_same_set_in_any_order():
    assert merge.same_event(ev(people=(A, B)), ev(people=(B, A)))
    assert not merge.same_event(ev(people=(A, B)), ev(people=(A, C)))
    assert not merge.same_event(ev(people=(A, B)), ev(people=(A, B, C)))


def test_a_gathering_told_again_without_one_of_its_people_is_one_event_within_an_article():
    D = Person("Yoweri Museveni")
    four = ev(date="2024-03-05", place=NAIROBI, people=(A, B, C, D))
    three = ev(date="2024-03-05", place=NAIROBI, people=(A, B, C))
    merged = merge.merge_in_article([four, three])
    assert len(merged) == 1 and {p.name for p in merged[0].participants} == {p.name for p in (A, B, C, D)}
    # another day, a pair, or another article: not that one
    assert len(merge.merge_in_article([four, ev(date="2024-03-09", place=NAIROBI, people=(A, B, C))])) == 2
    assert len(merge.merge_in_article([four, ev(date="2024-03-05", place=NAIROBI, people=(A, B))])) == 2
    assert not merge.same_event(four, three)


def test_type_must_match():
    assert not merge.same_event(ev(kind="meet"), ev(kind="phone_call"))
    assert not merge.same_event(ev(kind="meet"), ev(kind="planned_meet"))


def test_places_compatible_equal_missing_or_city_in_country():
    assert merge.same_event(ev(place=NAIROBI), ev(place=NAIROBI))
    assert merge.same_event(ev(place=NAIROBI), ev(place=None))
    assert merge.same_event(ev(place=NAIROBI), ev(place=KENYA))
    assert merge.same_event(ev(place=KENYA), ev(place=NAIROBI))
    assert not merge.same_event(ev(place=NAIROBI), ev(place=MOMBASA))
    assert not merge.same_event(ev(place=NAIROBI), ev(place=UGANDA))
    # a stored place read back from the graph carries no kind: its name still matches the country
    assert merge.same_event(ev(place=Place("Kenya")), ev(place=NAIROBI))


def test_combine_keeps_all_evidence_and_the_most_precise_date_and_place():
    one = ev("2023-02", place=KENYA, source="a")
    two = ev("2023-02-03", place=NAIROBI, source="b", venue="State House", host="William Ruto")
    both = merge.combine(one, two)
    assert [e.article for e in both.evidence] == ["a", "b"]
    assert both.date == "2023-02-03" and both.place == NAIROBI
    assert both.venue == "State House" and both.host == "William Ruto"


def test_combine_prefers_a_stated_date_to_an_inferred_one():
    both = merge.combine(ev("2023-02-04", inferred=True, source="a"), ev("2023-02-03", source="b"))
    assert both.date == "2023-02-03"


def test_merge_in_article_folds_the_same_meeting_and_keeps_others_apart():
    found = merge.merge_in_article(
        [
            ev("2023-02-03", place=NAIROBI, source="a"),
            ev(None, source="a2"),
            ev("2023-02-04", people=(A, C), source="a3"),
            ev("2023-02-05", source="a4"),
        ]
    )
    assert len(found) == 3
    first = found[0]
    assert {e.article for e in first.evidence} == {"a", "a2"}
    assert first.date == "2023-02-03" and first.place == NAIROBI


def test_merge_reaches_a_fixpoint_when_a_fold_adds_a_date():
    # the second and third only agree once the first gave the date
    found = merge.merge_in_article(
        [ev("2023-02", source="a"), ev(None, place=NAIROBI, source="b"), ev("2023-02-03", source="c")]
    )
    assert len(found) == 1 and len(found[0].evidence) == 3


def test_confidence_grows_with_sources_body_and_stated_date():
    caption = Evidence(article="a", file="a.txt", quote="q", start=0, end=1, caption=True, date_inferred=True)
    weak = Event(type="meet", participants=(A, B), evidence=(caption,), date="2023-02-04")
    c = merge.confidence(weak)
    assert c["caption_only"] and not c["date_stated"] and c["sources"] == 1 and c["score"] == 0.4
    strong = merge.combine(merge.combine(weak, ev("2023-02-04", source="b")), ev("2023-02-04", source="c"))
    c = merge.confidence(strong)
    assert c["sources"] == 3 and c["body_sources"] == 2 and not c["caption_only"] and c["date_stated"]
    assert c["score"] == 1.0


def test_the_seed_pages_meeting_merges_into_one_event_with_five_sources(seeds_dir):
    """The graph layer's way: each new article's events joined with same_event/combine."""
    joined: list[Event] = []
    for x in pipeline.extract([str(seeds_dir)]):
        if not isinstance(x, Extraction):
            continue
        for event in x.events:
            for i, known in enumerate(joined):
                if merge.same_event(known, event):
                    joined[i] = merge.combine(known, event)
                    break
            else:
                joined.append(event)
    big = [e for e in joined if e.type == "meet" and len({s.file for s in e.evidence}) == 5]
    assert len(big) == 1
    meeting = big[0]
    assert meeting.date == "2023-02-03" and meeting.place is not None and meeting.place.kind == "city"
    assert len(meeting.participants) == 2
    same_pair = [e for e in joined if e.type == "meet" and set(e.participant_keys) == set(meeting.participant_keys)]
    assert same_pair == [meeting]


def test_one_travellers_stops_on_one_day_stay_apart_in_the_article_and_in_the_store():
    from diplograph.graph.model import event_iri

    nairobi = ev("2024-03-04", NAIROBI, people=(A,), kind="visit")
    kampala = ev("2024-03-04", Place("Kampala", kind="city", country="Uganda"), people=(A,), kind="visit")
    assert len(merge.merge_in_article([nairobi, kampala])) == 2
    assert event_iri(nairobi) != event_iri(kampala)
    assert event_iri(nairobi) == event_iri(ev("2024-03-04", NAIROBI, people=(A,), kind="visit", source="b"))


# --- two meetings of one pair in one city: never one event ------------------------------------

FIRST = """Ruto and Ramaphosa hold talks in Nairobi

NAIROBI, March 3, 2025 (Reuters) - Kenyan President William Ruto met South African President Cyril Ramaphosa at State House in Nairobi on March 3, 2025, to discuss trade.
"""

SECOND_STATED = """Ruto and Ramaphosa meet again

NAIROBI, March 22, 2025 (Reuters) - Kenyan President William Ruto met South African President Cyril Ramaphosa in Nairobi on March 21, 2025, their second meeting this month.
"""

SECOND_BY_WEEKDAY = """Ruto and Ramaphosa meet again in Nairobi

NAIROBI, March 22 (Reuters) -
Kenyan President William Ruto met South African President Cyril Ramaphosa in Nairobi on Friday, the second meeting between the two leaders this month.
"""


def _meetings(tmp_path, *texts: str) -> list[dict]:
    """The meetings of the texts ingested into a new store (in this process, through the function
    ``diplograph ingest`` calls), as ``diplograph meetings --format json`` gives them."""
    from tests.cli_runs import ingest_here, meetings_here

    for i, text in enumerate(texts):
        (tmp_path / f"a{i}.txt").write_text(text, encoding="utf-8")
    store = tmp_path / "store"
    summary = ingest_here(store, *sorted(tmp_path.glob("a*.txt")))
    assert summary.articles == len(texts) and not summary.errors, summary.line()
    return [e for e in meetings_here(store) if e["type"] == "meet"]


def test_two_meetings_of_one_pair_with_both_dates_stated_stay_two(tmp_path):
    found = _meetings(tmp_path, FIRST, SECOND_STATED)
    assert sorted(e["date"] for e in found) == ["2025-03-03", "2025-03-21"]


def test_a_second_meeting_dated_only_by_dateline_and_weekday_is_not_joined_to_the_first(tmp_path):
    found = _meetings(tmp_path, FIRST, SECOND_BY_WEEKDAY)
    assert len(found) == 2, found
    assert "2025-03-03" in {e["date"] for e in found}
    assert {s["file"] for e in found for s in e["sources"]} == {"a0.txt", "a1.txt"}


def test_two_meetings_of_one_article_never_join_one_stored_meeting(tmp_path):
    # a story that dates a meeting of the pair only by its year, then one that tells of two
    year_only = (
        "Ruto recalls Ramaphosa talks\n\nKenyan President William Ruto said on Monday that he first received "
        "South African President Cyril Ramaphosa at State House in 2024.\n"
    )
    two = (
        "Ruto and Ramaphosa meet again\n\nKenyan President William Ruto met South African President Cyril "
        "Ramaphosa in Nairobi on March 4, 2024. Ruto also met Ramaphosa in Nairobi on July 17, 2024.\n"
    )
    found = _meetings(tmp_path, year_only, two)
    assert {e["date"] for e in found} >= {"2024-03-04", "2024-07-17"}, found


def test_two_undated_meetings_one_story_tells_apart_stay_two_in_the_store(tmp_path):
    # no date anywhere: the two meetings differ only by the story's word that the second is another
    undated = (
        "Ruto and Ramaphosa talk trade\n\nKenyan President William Ruto met South African President Cyril "
        "Ramaphosa in Nairobi on Thursday to discuss trade, the presidency said. Earlier, Ruto and Ramaphosa "
        "held another meeting in Nairobi on regional security, the presidency said.\n"
    )
    found = _meetings(tmp_path, undated)
    assert len(found) == 2, found
    assert sorted(len(e["sources"]) for e in found) == [1, 1]


def test_an_undated_mention_of_another_occasion_is_never_joined():
    dated = ev("2023-02-03", place=NAIROBI, source="a")
    again = Event(
        type="meet",
        participants=(A, B),
        place=NAIROBI,
        date="2023-02-04",
        evidence=(
            Evidence(
                article="b",
                file="b.txt",
                quote="they met again",
                start=0,
                end=5,
                date_inferred=True,
                another_occasion=True,
            ),
        ),
    )
    assert not merge.same_event(dated, again)
    assert merge.same_event(dated, ev("2023-02-04", place=NAIROBI, inferred=True, source="b"))


def test_a_join_on_no_stated_date_is_recorded_on_the_evidence():
    joined = merge.combine(
        ev("2023-02-03", place=NAIROBI, source="a"), ev("2023-02-04", place=NAIROBI, inferred=True, source="b")
    )
    flags = {e.article: e.uncertain_join for e in joined.evidence}
    assert flags == {"a": False, "b": True}
    assert joined.date == "2023-02-03"


def test_a_call_of_four_told_also_as_calls_of_two_is_one_call_when_neither_is_dated():
    pairs = [ev(None, people=(A, p), kind="phone_call") for p in (B, C)]
    four = ev(None, people=(A, B, C, Person("Paul Kagame")), kind="phone_call")
    assert len(merge.merge_in_article([*pairs, four])) == 1
    # but a call the story marks as another occasion stays apart
    again = Event(
        type="phone_call",
        participants=(A, B),
        evidence=(Evidence(article="a", file="a.txt", quote="q", start=9, end=10, another_occasion=True),),
    )
    assert len(merge.merge_in_article([again, four])) == 2


def test_a_call_of_three_told_also_as_calls_of_two_is_one_call():
    pair = ev("2024-03-08", people=(A, B), kind="phone_call")
    three = ev("2024-03-08", people=(A, B, C), kind="phone_call")
    assert len(merge.merge_in_article([pair, three])) == 1
    # a meeting of two beside one of three the same day may be a bilateral on its sidelines
    assert len(merge.merge_in_article([ev("2024-03-08", people=(A, B)), ev("2024-03-08", people=(A, B, C))])) == 2
