"""Stories: boilerplate removal, segmentation, captions, dates, sources, languages, duplicates, describe()."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplograph.ingest import lang
from diplograph.ingest.boilerplate import is_caption_text
from diplograph.ingest.dedup import Deduplicator, DuplicateOf, near_duplicate_key, similarity
from diplograph.ingest.records import Article, RawDocument
from diplograph.ingest.report import describe
from diplograph.ingest.sources import iter_documents
from diplograph.ingest.stories import date_line, split_stories

READING = Path(__file__).parent / "data" / "reading"


def stories_of(path: Path) -> list[Article]:
    (doc,) = list(iter_documents([str(path)]))
    assert isinstance(doc, RawDocument), doc
    return split_stories(doc)


def segment_texts(article: Article, kind: str) -> list[str]:
    return [article.text[s.start : s.end] for s in article.segments if s.kind == kind]


def assert_well_formed(article: Article) -> None:
    """Offsets point into the text, the headline is first, no paragraph appears twice."""
    for seg in article.segments:
        assert 0 <= seg.start < seg.end <= len(article.text)
    if article.title is not None:
        assert article.text.startswith(article.title)
        assert segment_texts(article, "headline") == [article.title]
    paragraphs = [p for p in article.text.split("\n\n") if p.strip()]
    assert len(paragraphs) == len(set(paragraphs)), "a paragraph is repeated"


@pytest.fixture(scope="module")
def seeds(seed_files: dict[str, Path]) -> dict[str, list[Article]]:
    return {prefix: stories_of(path) for prefix, path in seed_files.items()}


# --------------------------------------------------------------------------- the seed pages


def test_seed_000_holds_two_stories_with_their_headlines(seeds: dict[str, list[Article]]) -> None:
    first, second = seeds["000"]
    assert first.title == "Maduro, Iran FM Discuss Defense Against 'External Pressures'"
    assert second.title == "Japan's Emperor Begins a Weeklong Visit to Mongolia that will Honor POWs"
    assert (first.story, second.story) == (0, 1)
    assert "Maduro received Abdollahian on Friday evening" in first.text
    assert "Naruhito" not in first.text and "Maduro" not in second.text
    # the Mongolia story keeps its (foreign) press-conference caption, once, marked as a caption
    (caption,) = segment_texts(second, "caption")
    assert caption.startswith("President of the European Union Chamber of Commerce in China Jens Eskelund")
    assert second.text.count("Jens Eskelund talks during a press conference") == 1
    # a caption that names none of the story's people or places lends it no date
    assert second.published is None
    for article in (first, second):
        assert_well_formed(article)
        assert "\nTT\n" not in article.text and "\n20\n" not in article.text


def test_seed_002_holds_two_stories_and_the_second_keeps_its_caption(seeds: dict[str, list[Article]]) -> None:
    first, second = seeds["002"]
    assert first.title == "Maduro, Iran FM Discuss Defense Against 'External Pressures'"
    assert second.title == "Erdogan Says Won't Let Terror 'Drag Syria Back to Instability'"
    (caption,) = segment_texts(second, "caption")
    assert "Ahmed al-Sharaa meets with Türkiye's President Recep Tayyip Erdogan" in caption
    assert second.text.count("Ahmed al-Sharaa meets with") == 1
    assert second.published == date(2025, 2, 4) and second.published_inferred  # from the caption
    for article in (first, second):
        assert_well_formed(article)


def test_seed_captions_are_kept_once_and_marked(seeds: dict[str, list[Article]]) -> None:
    first = seeds["000"][0]
    (caption,) = segment_texts(first, "caption")
    assert caption.startswith("This handout picture released by Miraflores Palace press office")
    assert first.text.count("This handout picture released") == 1
    assert first.text.count("Discuss Defense Against") == 1  # the repeated headline is dropped
    (caption_001,) = segment_texts(seeds["001"][0], "caption")
    assert caption_001.startswith("Venezuelan President Nicolas Maduro (R) meets with Iranian Foreign Minister")
    (caption_004,) = segment_texts(seeds["004"][0], "caption")
    assert caption_004.endswith("(Maduro's account on Twitter)")
    assert seeds["004"][0].text.count("(Maduro's account on Twitter)") == 1


def test_seed_001_keeps_only_the_story(seeds: dict[str, list[Article]]) -> None:
    (article,) = seeds["001"]
    assert article.title == "Maduro, Iranian diplomat discuss defense against ‘external pressures’"
    assert article.published == date(2023, 2, 6) and not article.published_inferred
    assert article.source == "MAORANDCITIES.COM"
    for junk in (
        "fbpx",
        "Read more",
        "Vertiv",
        "Greta Thunberg",
        "show caption",
        "Print Friendly",
        "Disqus",
        "comment",
        "Privacy Policy",
        "01:39",
    ):
        assert junk not in article.text, junk
    assert "Ossein Amir-Abdollahian" in article.text  # the text is not corrected here
    assert article.text.rstrip().endswith("for agricultural investment by countries including Iran.")
    assert any(d.startswith("banner of headlines: ") for d in article.dropped)
    assert any(d.startswith("comment policy") for d in article.dropped)
    assert_well_formed(article)


def test_seed_004_keeps_only_the_story(seeds: dict[str, list[Article]]) -> None:
    (article,) = seeds["004"]
    assert article.title == "Maduro stresses need to bolster Tehran-Caracas bilateral cooperation"
    assert article.published == date(2023, 2, 4) and not article.published_inferred
    assert article.source == "Al Mayadeen English"
    for junk in (
        "BREAKING",
        "Palestinian Resistance factions",
        "Araghchi",
        "Most Read",
        "Imperialism",
        "Zionist",
        "Read Next",
        "Read more",
        "Related News",
        "Sabotage damages",
        "Shares",
        "Min Read",
        "Slogan",
        "Arts&Culture",
        "All Rights Reserved",
        "2025",
        "Source: Agencies",
        "Al Mayadeen",
    ):
        assert junk not in article.text, junk
    assert "Elsewhere, the top Iranian diplomat met with Venezuelan Vice President Delcy Rodriguez" in article.text
    assert article.text.rstrip().endswith('within the framework of its foreign policy doctrine."')
    assert_well_formed(article)


def test_seed_dates_never_come_from_most_read_items(seeds: dict[str, list[Article]]) -> None:
    assert seeds["004"][0].published.year == 2023
    for prefix in ("001", "003", "004"):
        assert all(a.published is not None and a.published.year == 2023 for a in seeds[prefix])


def test_seed_003_date_is_inferred_from_the_embedded_post(seeds: dict[str, list[Article]]) -> None:
    (article,) = seeds["003"]
    assert article.published == date(2023, 2, 4) and article.published_inferred
    assert "— Nicolás Maduro (@NicolasMaduro) February 4, 2023" in article.text
    assert "Read more" not in article.text
    assert_well_formed(article)


@pytest.mark.parametrize("prefix", ["003", "004"])
def test_seed_spanish_passage_is_marked_foreign(seeds: dict[str, list[Article]], prefix: str) -> None:
    (article,) = seeds[prefix]
    foreign = [s for s in article.segments if s.kind == "foreign"]
    assert [s.language for s in foreign] == ["es"]
    passage = article.text[foreign[0].start : foreign[0].end]
    assert passage.startswith("Productiva visita del Canciller") and passage.endswith("pic.twitter.com/u6KeMmXddz")
    meeting = article.text.index("During a meeting in the Venezuelan capital")
    assert not article.is_foreign(meeting, meeting + 40)
    assert article.is_foreign(foreign[0].start, foreign[0].start + 10)


def test_seed_one_story_pages(seeds: dict[str, list[Article]]) -> None:
    assert [len(seeds[p]) for p in ("000", "001", "002", "003", "004")] == [2, 1, 2, 1, 1]


# --------------------------------------------------------------------------- own messy pages


def test_own_page_with_menus_masthead_and_footer() -> None:
    (article,) = stories_of(READING / "ledger_menu_footer.txt")
    assert article.title == "Nordvik and Estmark agree to link power grids under the sea"
    assert article.published == date(2024, 5, 14) and not article.published_inferred
    assert article.source == "THE NORTHERN LEDGER"
    (caption,) = segment_texts(article, "caption")
    assert caption.startswith("Estmark's Prime Minister Jaan Kuusk (left) shakes hands")
    assert article.text.count("shakes hands with") == 1
    # a hard-wrapped paragraph is joined into one
    assert (
        "hosted her Estmark counterpart Jaan Kuusk in Harbourton on Monday, where the two leaders signed an agreement"
    ) in article.text
    assert "a joint rail link with Nordvik's energy minister Olli Haapa, officials" in article.text
    for junk in (
        "Skip to content",
        "Home | World",
        "Subscribe",
        "Share this article",
        "Facebook",
        "Tags:",
        "Comments are moderated",
        "You may also like",
        "southern neighbour",
        "2025",
        "©",
        "Published:",
    ):
        assert junk not in article.text, junk
    assert_well_formed(article)


def test_own_page_with_two_stories_an_embedded_post_and_french() -> None:
    first, second = stories_of(READING / "wire_two_stories.txt")
    assert first.title == "Coastal states sign fisheries pact after two days of talks"
    assert second.title == "Drought forces river port to close for a month"
    assert first.published == date(2024, 3, 6) and first.published_inferred  # the post, not the caption
    assert second.published == date(2024, 8, 12) and second.published_inferred  # the caption
    assert [s.language for s in first.segments if s.kind == "foreign"] == ["fr"]
    assert not [s for s in second.segments if s.kind == "foreign"]
    assert first.text.count("pose after signing the fisheries agreement") == 1
    assert "Listen to this article" not in first.text + second.text
    assert "12 Comments" not in first.text
    assert "Kroll" not in first.text and "Moreau" not in second.text
    for article in (first, second):
        assert_well_formed(article)


def test_own_page_with_ticker_banner_related_list_and_most_popular() -> None:
    (article,) = stories_of(READING / "portal_ticker.txt")
    assert article.title == "Envoys hold talks on border crossings in Valmora"
    assert article.published == date(2024, 3, 12) and not article.published_inferred
    # long bullet items are story text; the pull quote repeated later is kept once (and is no caption)
    assert "The two sides agreed to reopen the northern crossing" in article.text
    assert article.text.count("We have made real progress today") == 1
    assert not segment_texts(article, "caption")
    assert "Castell is due to travel on to Kestria later this week." in article.text
    for junk in (
        "JUST IN",
        "Storm warnings",
        "Central bank",
        "Read more",
        "Related",
        "visa rules",
        "Border trade falls",
        "Most Popular",
        "Heatwave",
        "2025",
        "Copyright",
        "Menu",
    ):
        assert junk not in article.text, junk
    assert_well_formed(article)


def test_own_digest_page_with_two_dated_headlines() -> None:
    first, second = stories_of(READING / "digest_two_dated.txt")
    assert first.title == "Harbour states open talks on a shared coastguard"
    assert first.published == date(2024, 9, 12) and not first.published_inferred
    assert second.title == "Rail link between two capitals delayed again"
    assert second.published == date(2024, 9, 11) and not second.published_inferred
    assert "Rail link" not in first.text and "coastguard" not in second.text
    assert "MORNING DIGEST" not in first.text and "By Mira Holt" not in first.text
    assert first.text.endswith("before the end of the year.")
    for article in (first, second):
        assert_well_formed(article)


def test_own_broadcaster_page_with_caption_markers_and_credit_lines() -> None:
    (article,) = stories_of(READING / "broadcaster_captions.txt")
    assert article.title == "Leaders pledge closer ties at Élysée summit"
    assert article.published is None  # "2 hours ago" is no date
    assert segment_texts(article, "caption") == [
        "President Marc Duval and Chancellor Greta Holm met at the Élysée Palace on Tuesday"
    ]
    assert article.text.count("met at the Élysée Palace") == 1
    assert article.text.rstrip().endswith("Ms Holm said Berlin backed the plan.")
    for junk in (
        "Advertisement",
        "Image source",
        "Getty",
        "Image caption",
        "Share",
        "Anna Lindqvist",
        "More on this story",
        "Leaders agree energy plan",
        "Related Topics",
        "Copyright",
    ):
        assert junk not in article.text, junk
    reasons = {d.split(": ")[0] for d in article.dropped}
    assert {"photo credit", "caption marker", "related list", "footer"} <= reasons
    assert_well_formed(article)


def test_html_page_story_keeps_its_figcaption_as_a_caption() -> None:
    (article,) = stories_of(READING / "courier.html")
    assert article.title == "Ministers meet in Lisbon to discuss water sharing"
    assert article.published == date(2024, 3, 12) and not article.published_inferred
    assert article.source == "The Coastal Courier"
    (caption,) = segment_texts(article, "caption")
    assert caption.startswith("Portugal's Foreign Minister Ana Serrano greets")
    assert article.text.count("Ana Serrano") == 1
    assert_well_formed(article)


def test_jsonl_records_become_one_story_each_with_their_metadata() -> None:
    items = list(iter_documents([str(READING / "records.jsonl")]))
    docs = [i for i in items if isinstance(i, RawDocument)]
    first = split_stories(docs[0])
    (article,) = first
    assert article.title == "Envoys meet in Geneva on grain corridor"
    assert article.text.startswith("Envoys meet in Geneva on grain corridor\n\nSpecial envoys")
    assert article.source == "Example Wire" and article.url == "https://wire.example/geneva-grain"
    assert article.published == date(2024, 6, 20) and article.story == 1
    (untitled,) = split_stories(docs[1])
    assert untitled.title is None and untitled.story == 3
    assert not [s for s in untitled.segments if s.kind == "headline"]


# --------------------------------------------------------------------------- pieces


def test_the_date_line_under_the_headline_wins_over_a_page_date_above_it() -> None:
    text = (
        "Valmora Daily Tribune\nMonday, 10 Nov 2025\n\nMinisters agree on new rules for the northern border\n"
        "4 Feb 2023 11:20\n\nThe interior ministers of the two neighbouring states met on Friday and agreed "
        "on new rules for the northern border, officials said.\n\nThe rules take effect in March.\n"
    )
    (article,) = split_stories(RawDocument(path="tribune.txt", text=text))
    assert article.title == "Ministers agree on new rules for the northern border"
    assert article.published == date(2023, 2, 4) and not article.published_inferred
    assert "2025" not in article.text and "11:20" not in article.text


def test_a_short_headline_is_kept_and_bylines_dropped() -> None:
    text = (
        "World | Region | Markets\n\nEnvoys meet again\nBy Mira Holt and Jon Reyes\nMarch 3, 2024\n\n"
        "The two envoys met for a second round of talks in the border town of Kestel on Saturday.\n\n"
        "By Friday, talks had ended.\n\n(Reporting by Mira Holt; Editing by Jon Reyes)\n"
    )
    (article,) = split_stories(RawDocument(path="short.txt", text=text))
    assert article.title == "Envoys meet again"
    assert article.published == date(2024, 3, 3)
    assert "By Friday, talks had ended." in article.text
    assert "Mira Holt" not in article.text and "World | Region" not in article.text
    assert {d.split(": ")[0] for d in article.dropped} == {"navigation", "byline", "date line"}


def test_page_title_line_gives_the_site_and_is_not_story_text() -> None:
    text = (
        "Ministers meet in Lisbon on water sharing | The Coastal Courier\nHome | World | Sport | Culture\n\n"
        "Ministers meet in Lisbon on water sharing\nMarch 12, 2024\n\nThe foreign ministers of Portugal and "
        "Spain met in Lisbon on Monday to discuss water sharing, officials said.\n"
    )
    (article,) = split_stories(RawDocument(path="courier.txt", text=text))
    assert article.title == "Ministers meet in Lisbon on water sharing"
    assert article.source == "The Coastal Courier"
    assert article.published == date(2024, 3, 12)
    assert "Coastal Courier" not in article.text and "Sport" not in article.text


def test_prose_before_the_first_repeated_headline_is_a_story_of_its_own() -> None:
    story = (
        "Ports reopen after the storm\n\nDock workers clear the quay in Kestel on June 2, 2024. (Reuters)\n\n"
        "Ports reopen after the storm\n\nThe ports of Kestel and Amber reopened on Sunday after a week-long "
        "closure, the harbour authority said.\n"
    )
    lead = (
        "The regional council met in Amber on Monday and approved the budget for the coming year, officials said.\n\n"
    )
    first, second = split_stories(RawDocument(path="p.txt", text=lead + story))
    assert first.title is None and first.text == lead.strip()
    assert second.title == "Ports reopen after the storm" and second.story == 1
    assert segment_texts(second, "caption") == ["Dock workers clear the quay in Kestel on June 2, 2024. (Reuters)"]
    assert second.published == date(2024, 6, 2) and second.published_inferred


def test_caption_date_anchors_only_a_story_it_names_people_or_places_of() -> None:
    body = (
        "Foreign Minister Lina Moreau met Piet Aalders in Port Selene on Friday.\n\n"
        "The two ministers discussed fishing quotas for the northern banks, officials said.\n"
    )
    related = "Lina Moreau greets her guest at the harbour office on March 1, 2024. (AFP)\n\n"
    unrelated = "President of the Chamber of Commerce Jon Eck talks to the press on March 9, 2024. (AP Photo)\n\n"
    for caption, expected in ((related, date(2024, 3, 1)), (unrelated, None)):
        (article,) = split_stories(RawDocument(path="p.txt", text="Ministers meet in Port Selene\n\n" + caption + body))
        assert len(segment_texts(article, "caption")) == 1
        assert article.published == expected and article.published_inferred == (expected is not None)


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Feb 06, 2023 - 01:39 AM", date(2023, 2, 6)),
        ("4 Feb 2023 11:20", date(2023, 2, 4)),
        ("Published: Tuesday 14 May 2024, 09:12 GMT", date(2024, 5, 14)),
        ("Updated on 2024-03-12T09:30:00Z", date(2024, 3, 12)),
        ("Thursday, Jan. 9, 2025", date(2025, 1, 9)),
        ("Saturday 4 February 2023 - 11:20 GMT+3", date(2023, 2, 4)),
        ("Published: June 11, 2024 10:42 EAT", date(2024, 6, 11)),  # a time zone of its own
        ("By Staff Writer | June 11, 2024", date(2024, 6, 11)),  # a byline beside the date
        ("By Staff Writer - June 11, 2024 - Last updated at June 11, 2024", date(2024, 6, 11)),  # or a dash
        ("By Staff Writer - Nairobi", None),
        ("Summit news | June 11, 2024", None),  # a headline beside a date is not a date line
        ("Posted in Broader Middle East | 12-Mar-09 | Source: Gulf in the Media", date(2009, 3, 12)),  # a metadata row
        ("Maduro met the minister on February 3, 2023 in Caracas", None),  # a sentence, not a date line
        ("Friday evening", None),
        # the first date is the story's; an update's date and a place or agency after the dates are not words
        ("March 2, 2023 08:15 am | Updated March 9, 2024 06:36 am IST - Port Louis", date(2023, 3, 2)),
        ("May 7, 2021 05:33 pm | Updated 10:06 pm IST - NAIROBI", date(2021, 5, 7)),
        ("Page last updated at 17:35 GMT, Saturday, 3 May 2008 18:35 UK", date(2008, 5, 3)),
        ("May 7, 2021 - Ministers met in Nairobi", None),  # a sentence after the date
        ("Leaders Meet In Nairobi - May 7, 2021", None),  # a headline before it
        ("IANS 15 Nov 2014, 6:49:12 AM IST", date(2014, 11, 15)),  # a news agency before the date
        ("10 July,2015 02:13 PM IST |   |  PTI", date(2015, 7, 10)),  # no space after the comma
        ("Putin 15 Nov 2014", None),
        ("General News Wed, 27 Nov 2002", date(2002, 11, 27)),  # a section's name before the date
        ("General News of Wednesday, 8 August 2007", date(2007, 8, 8)),
        ("Minutes of Wednesday, 8 August 2007", None),
        ("— Nicolás Maduro (@NicolasMaduro) February 4, 2023", None),  # an embedded post's signature
        ("Start Date: Thursday, June 20, 2013", date(2013, 6, 20)),  # a record's labelled fields
        ("Released on 4 May 2011", date(2011, 5, 4)),
        ("This Article is From Apr 11, 2016", date(2016, 4, 11)),  # a page's own words for its date
        ("Tuesday 2022/01/18", date(2022, 1, 18)),  # the year first, with slashes
        ("Talks on trade resume from Apr 11, 2016", None),
        ("Publication date 8.6.2015 19.10", date(2015, 6, 8)),  # dots: the day first
        ("17:42 09.01.2004", date(2004, 1, 9)),
        ("Grzegorz Siwicki 12.12.2018 08:00", date(2018, 12, 12)),  # a writer's name before the date and time
        ("Putin Meets Xi 12.12.2018 08:00", None),
        # a byline set apart by a run of spaces; a page's title row of fields ending in the date
        (
            "By Office of the Deputy Cabinet Secretary for State Documents and Translation     Date 15 November 2021",
            date(2021, 11, 15),
        ),
        (
            "Ministers Deny Plans for a Summit | Europe| News and current affairs from around the continent | DW | "
            "13.02.2004",
            date(2004, 2, 13),
        ),
    ],
)
def test_date_line(line: str, expected: date | None) -> None:
    assert date_line(line) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("This handout picture released by the press office shows the two ministers in the capital.", True),
        ("The two ministers shake hands in the capital on May 13, 2024. (Photo by Ana Reis / AFP)", True),
        ("The president greets the envoy at the palace./AFP", True),
        ("The envoy greets the minister at the airport (Illustrated by a staff artist)", True),
        ("The ministers spoke for an hour (via video link) on Tuesday, officials said.", False),
        ("The ministers later held talks by video link (their second call this month)", False),
    ],
)
def test_caption_text(text: str, expected: bool) -> None:
    assert is_caption_text(text) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Productiva visita del Canciller de la hermana República, y nuestras relaciones seguirán fortaleciéndose.",
            "es",
        ),
        ("Un accord équitable pour les pêcheurs de nos deux pays et une étape pour la région.", "fr"),
        ("The two ministers met in the capital on Friday and discussed trade between their countries.", "en"),
        ("Hossein Amir-Abdollahian, Caracas", None),
    ],
)
def test_language_detection(text: str, expected: str | None) -> None:
    assert lang.detect(text) == expected


def test_duplicates_across_the_seeds(seeds: dict[str, list[Article]]) -> None:
    a000, mongolia = seeds["000"]
    a002, erdogan = seeds["002"]
    (a001,), (a003,), (a004,) = seeds["001"], seeds["003"], seeds["004"]
    assert a000.key == a002.key and near_duplicate_key(a000) == near_duplicate_key(a002)
    assert near_duplicate_key(a003) != near_duplicate_key(mongolia)
    assert similarity(a000, a001) > 0.8 and similarity(a003, a004) > 0.9
    assert similarity(a000, mongolia) < 0.1 and similarity(a003, a000) < 0.3
    dedup = Deduplicator()
    results = {
        name: dedup.add(a)
        for name, a in [
            ("000", a000),
            ("mongolia", mongolia),
            ("002", a002),
            ("erdogan", erdogan),
            ("001", a001),
            ("003", a003),
            ("004", a004),
        ]
    }
    assert results["000"] is None and results["mongolia"] is None and results["erdogan"] is None
    assert results["002"] is not None and results["002"].exact and results["002"].key == a000.key
    assert results["001"] is not None and not results["001"].exact and results["001"].key == a000.key
    assert results["003"] is None
    assert results["004"] is not None and results["004"].key == a003.key
    assert dedup.groups() == {a000.key: [a000.key, a001.key], a003.key: [a003.key, a004.key]}
    again = dedup.add(a004)  # the same file read twice: what it was found to repeat the first time
    assert again == results["004"] and not again.exact and again.key == a003.key
    assert dedup.add(a003) == DuplicateOf(a003.key, 1.0, True)
    assert dedup.group_of(a001) == a000.key and dedup.group_of(mongolia) == mongolia.key


def test_describe_reports_stories_dates_sources_and_drops(seeds_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    report = describe([str(seeds_dir), str(tmp_path / "empty.txt")])
    assert "000_2bfb3a73e17b3182.txt: 2 stories [txt]" in report
    assert "story 1: Erdogan Says Won't Let Terror 'Drag Syria Back to Instability'" in report
    assert "published: 2023-02-04 (inferred from the text: no date line)" in report
    assert "source: Al Mayadeen English" in report
    assert "after 'Most Read'" in report and "ticker" in report and "(foreign: es)" in report
    assert "duplicate of: 000_2bfb3a73e17b3182.txt story 0 (same text)" in report
    assert f"! {tmp_path / 'empty.txt'}: empty file" in report
    assert report.rstrip().endswith("7 stories, 1 unreadable")


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                [
                    "",
                    "TT",
                    "20",
                    "• News",
                    "BREAKING",
                    "Most Read",
                    "Read more: x",
                    "Headline of a story here",
                    "A caption line here. (AFP)",
                    "The minister met his counterpart in the capital on Friday, officials said.",
                    "— Someone (@someone) March 3, 2024",
                ]
            ),
            st.text(max_size=60),
        ),
        max_size=30,
    )
)
def test_any_page_gives_well_formed_articles(lines: list[str]) -> None:
    text = "\n".join(lines)
    if not text.strip():
        return
    for article in split_stories(RawDocument(path="page.txt", text=text)):
        assert article.text.strip()
        for seg in article.segments:
            assert 0 <= seg.start < seg.end <= len(article.text)
        if article.title is not None:
            assert article.text.startswith(article.title)


def test_a_date_line_with_no_space_after_the_comma_is_read():
    from diplograph.ingest.boilerplate import FULL_DATE

    assert FULL_DATE.findall("By JT - Nov 11,2024 - Last updated at Nov 11,2024") == ["Nov 11,2024"] * 2


def test_urls_date_pages_by_day_or_by_month_only():
    from diplograph.ingest.stories import url_date, url_month

    assert url_date("https://www.theguardian.com/world/2016/feb/19/eu-briefing") == date(2016, 2, 19)
    assert url_date("https://products.example.com/archive/2003/06-02/164644_story.html") == date(2003, 6, 2)
    assert url_date("https://news.example.kr/view/AEN20220715008300320") == date(2022, 7, 15)  # letters, day, serial
    assert url_date("https://news.example.kr/view/AEN20221315008300320") is None  # no month 13
    assert url_month("https://example.blogspot.com/2010/10/king-abbas-weigh-options.html") == "2010-10"
    assert url_month("http://english.example.org.cn/english/2004/Nov/112060.htm") == "2004-11"
    assert url_month("https://forum.example.com/forum/2005/september-2005/37475-fm-meets-eu") == "2005-09"  # an archive
    assert url_month("https://forum.example.com/forum/2005/september-2006/37475-fm-meets-eu") is None  # two years
    assert url_month("https://x.example.com/2018/01/20/story") is None  # a day is known
    assert url_month("https://x.example.com/news/2019/12345.html") is None


def test_bullet_items_under_a_sentence_ending_in_a_colon_are_its_list_not_a_menu():
    text = (
        "Press Release: President-Elect Calls Foreign Leaders\n\n"
        "President-elect Amal Perera today returned phone calls to three world leaders. President-elect Perera "
        "spoke with:\n"
        "  • Kenyan President William Ruto\n"
        "  • South African President Cyril Ramaphosa\n"
        "Citation: the press office of the president-elect, November 19, 2008.\n\n"
        "Related:\n"
        "  • World\n"
        "  • Politics\n"
    )
    (article,) = split_stories(RawDocument(path="p.txt", text=text))
    assert "spoke with: Kenyan President William Ruto; South African President Cyril Ramaphosa." in article.text
    assert "Politics" not in article.text  # a label's bullets stay a menu


def test_a_date_line_that_ends_with_a_place_is_the_storys_dateline() -> None:
    text = (
        "Ministers hold talks on trade\n\nMarch 2, 2023 08:15 am | Updated March 9, 2024 06:36 am IST - "
        "Port Louis\n\nThe two foreign ministers met on Thursday to discuss trade and maritime security.\n"
    )
    (article,) = split_stories(RawDocument(path="labelled.txt", text=text))
    assert article.dateline is not None and article.dateline.place.name == "Port Louis"
    assert article.text[article.dateline.end :].startswith("The two foreign ministers")
    unlabelled = "Ministers hold talks\n\nMarch 2, 2023 08:15 am | Updated March 9, 2024 - Reuters\n\nThe two met.\n"
    (article,) = split_stories(RawDocument(path="agency.txt", text=unlabelled))
    assert article.dateline is None


def test_a_crawl_date_above_the_story_gives_way_to_its_section_date_line() -> None:
    text = (
        "Thursday, March 28, 2024\nPerfil\n\nWORLD | 15-02-2020 09:38\n\nMinisters agree to meet on trade\n\n"
        "The foreign minister met his counterpart in the capital this week, officials said.\n"
    )
    (article,) = split_stories(RawDocument(path="crawl.txt", text=text))
    assert article.published == date(2020, 2, 15)


def test_a_more_from_marker_set_inside_the_story_does_not_end_it() -> None:
    story = (
        "US President Barack Obama telephoned his Cuban counterpart Raul Castro on Wednesday.\n"
        "The call came on the eve of the Summit of the Americas, a presidential aide said on Friday.\n"
        "More From This Section\n"
        "Senior diplomats from both countries have met several times to discuss the reopening of embassies "
        "in their two capitals, officials said.\n"
        "News of the phone call followed a meeting on Thursday in Panama between Secretary of State John "
        "Kerry and Cuban Foreign Minister Bruno Rodriguez.\n"
    )
    (article,) = split_stories(RawDocument(path="page.txt", text=story))
    assert "Bruno Rodriguez" in article.text and "More From This Section" not in article.text
    # followed by the list of links it announces, the marker ends the story
    links = story.split("More From This Section")[0] + (
        "More From This Section\nCuba frees dissidents\nObama to visit Jamaica\nEmbargo talks resume\n"
    )
    (article,) = split_stories(RawDocument(path="page.txt", text=links))
    assert "Cuba frees dissidents" not in article.text


def test_headlines_each_over_a_dated_wire_dateline_open_stories_of_their_own(tmp_path) -> None:
    page = tmp_path / "two_wires.txt"
    page.write_text(
        "Ruto Meets Visiting Ministers\n"
        "NAIROBI, Kenya, Jan 30 (acn) Kenyan President William Ruto met ministers from the region.\n"
        "The talks covered trade.\n"
        "Ramaphosa Receives Tanzanian Envoy\n"
        "PRETORIA, South Africa, Jan 30 (acn) South African President Cyril Ramaphosa received an envoy.\n"
        "The envoy delivered a message.\n",
        encoding="utf-8",
    )
    first, second = stories_of(page)
    assert first.title == "Ruto Meets Visiting Ministers" and "Ramaphosa" not in first.text
    assert second.title == "Ramaphosa Receives Tanzanian Envoy"


@pytest.mark.parametrize(
    "text",
    ["22 Jul 2021", "May 26, 2019", "10 July,2015", "Sept. 3rd 2001", "1st JANUARY 1999", "29 Feb 2024", "31 Apr 2020"],
)
def test_a_plain_date_is_read_as_dateparser_reads_it(text: str) -> None:
    import dateparser

    from diplograph.ingest.boilerplate import plain_date

    parsed = dateparser.parse(text, languages=["en"], settings={"STRICT_PARSING": True})
    assert plain_date(text) == (parsed.date() if parsed else None)


def test_only_a_plain_date_is_read_without_dateparser() -> None:
    from diplograph.ingest.boilerplate import plain_date

    assert [plain_date(t) for t in ("12-Mar-09", "2019-05-26", "May 26, 2019 05:33 pm", "Wed, 27 Nov 2002")] == [
        None
    ] * 4


def test_a_sentence_cut_after_a_preposition_goes_on_in_the_next_line(tmp_path: Path) -> None:
    page = tmp_path / "cut.txt"
    page.write_text(
        "Home\nWorld\nBusiness\n\nRuto Meets Ghana's Foreign Minister\n\n"
        "Kenyan President William Ruto on Wednesday met with Ghanaian Foreign Minister Shirley Ayorkor Botchwey in\n"
        "Nairobi \n\nThe two discussed trade, security and the free trade area of the continent.\n",
        encoding="utf-8",
    )
    (article,) = stories_of(page)
    assert "Shirley Ayorkor Botchwey in Nairobi" in article.text


def test_a_date_line_under_a_standfirst_dates_the_story() -> None:
    text = (
        "Ministers meet on the river treaty\n\n"
        "The two foreign ministers met in the capital to discuss the shared river and its dams, and agreed on "
        "a timetable for the next round.\n"
        "The ministers of the region are gathering in the capital for two days of talks on water and trade.\n"
        "July 11, 2023\n\n"
        "The foreign minister of Valmora received his Ostrian counterpart on Monday, officials said.\n"
    )
    (article,) = split_stories(RawDocument(path="standfirst.txt", text=text))
    assert article.published == date(2023, 7, 11) and article.published_from == "date line in story"


@pytest.mark.parametrize(
    "line, expected",
    [
        ("27 October 2014 11:41 am Views - 1691", date(2014, 10, 27)),
        ("Posted by Mira Kovac on Oct 24, 2011 Leave a comment", date(2011, 10, 24)),
        ("Since 1st March, 1999", None),
    ],
)
def test_a_short_line_with_a_full_date_and_a_few_words_dates_an_undated_story(line: str, expected) -> None:
    text = (
        f"{line}\n\nThe foreign minister of Valmora received his Ostrian counterpart on Monday, and the two "
        "discussed the shared river and its dams, officials said.\n"
    )
    (article,) = split_stories(RawDocument(path="loose.txt", text=text))
    assert article.published == expected


def test_a_mastheads_founding_date_completes_no_datelines_year() -> None:
    text = (
        "The Valmora Record\nSince 1st March, 1999\n\nMinisters to meet on the river treaty\n\n"
        "Port Selene, Sept. 15: The foreign ministers of Valmora and Ostria will meet next week to settle "
        "the river treaty, officials said today.\n"
    )
    (article,) = split_stories(RawDocument(path="masthead.txt", text=text))
    assert article.published is None or article.published.year != 1998
