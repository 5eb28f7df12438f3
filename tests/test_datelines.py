"""Wire datelines: the city, date and agency opening a story, read once (ingest/datelines.py) and put
on ``Article.dateline``; the publication date and source in their documented order (docs/reading.md)."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.ingest import datelines
from diplograph.ingest.records import RawDocument
from diplograph.ingest.stories import split_stories, url_date, url_source


@pytest.mark.parametrize(
    "text, city, when, agency",
    [
        ("NEW DELHI, May 25 (IANS) – The two ministers", "NEW DELHI", "May 25", "IANS"),
        ("LIMA, 4 March 2025 (Andes Wire) — Peru's president", "LIMA", "4 March 2025", "Andes Wire"),
        ("BEIJING, Oct. 3 (Xinhua) -- Chinese leaders", "BEIJING", "Oct. 3", "Xinhua"),
        ("TEHRAN, Apr. 30 (MNA) – Iran's foreign minister", "TEHRAN", "Apr. 30", "MNA"),
        ("KUALA LUMPUR, Oct 26 (Reuters) - Malaysia hosted", "KUALA LUMPUR", "Oct 26", "Reuters"),
        ("WASHINGTON (AP) — The president", "WASHINGTON", None, "AP"),
        ("Islamabad, Feb 3 (APP): Prime Minister", "Islamabad", "Feb 3", "APP"),
        ("ST. PETERSBURG, June 5 (TASS) - Russian officials", "ST. PETERSBURG", "June 5", "TASS"),
        ("RIYADH: The crown prince", "RIYADH", None, None),
        ("MEXICO CITY — The president", "MEXICO CITY", None, None),
        ("St. Petersburg - South Africa's president", "St. Petersburg", None, None),
        ("MOSCOW, March 21. /TASS/. Chinese President", "MOSCOW", "March 21", "TASS"),  # a full stop after a date
        ("Lima, Feb. 9. Peru's foreign minister", "Lima", "Feb. 9", None),
        ("NAIROBI, Kenya, (KNA) – President Ruto held talks", "NAIROBI", None, "KNA"),  # a comma before the agency
        # the date first, the city in brackets; a date in figures
        ("Oct 7, 2005 (ADDIS ABABA) — Ethiopian Prime Minister Meles Zenawi", "ADDIS ABABA", "Oct 7, 2005", None),
        ("12 May 2019 (NAIROBI) - The two presidents", "NAIROBI", "12 May 2019", None),
        (
            "Rio de Janeiro, 3/17/2004 (Agência Brasil - ABr) - At the end",
            "Rio de Janeiro",
            "3/17/2004",
            "Agência Brasil - ABr",
        ),
        # no comma, the year after a slash, the agency between slashes and no dash
        ("Addis Ababa February 6/2022 /ENA/ Prime Minister Abiy", "Addis Ababa", "February 6/2022", "ENA"),
        ("New Delhi, Sep 21 (IANS) Blaming Pakistan for the killing", "New Delhi", "Sep 21", "IANS"),
        # a known agency after the date's comma, with no brackets
        ("Kumasi, May 4, GNA - The regional minister", "Kumasi", "May 4", "GNA"),
        # a full stop before the dash after the agency's bracket
        ("Lima, Mar 14 (EFE).- Peru's president received", "Lima", "Mar 14", "EFE"),
    ],
)
def test_wire_datelines_are_read_fully(text, city, when, agency):
    m = datelines.parse(text)
    assert m is not None
    assert (m.city, m.date_text, m.agency) == (city, when, agency)
    assert text[m.end :].startswith(" ") and text[: m.end].rstrip()[-1] in "-—–:./)"


def test_a_bullet_may_close_a_dateline():
    m = datelines.parse("ROME • Prime Minister Lee Hsien Loong rounded off the summit's second day.")
    assert m is not None and m.city == "ROME"


def test_a_dateline_may_name_the_country_after_the_city():
    m = datelines.parse("SANTIAGO, Chile (AP) — Chile's president")
    assert (m.city, m.region, m.agency) == ("SANTIAGO", "Chile", "AP")
    assert datelines.resolve_city(m.city, m.region).country == "Chile"


def test_a_known_city_and_its_country_in_brackets_before_a_dash_are_a_dateline():
    m = datelines.parse("(Danang, Vietnam) – President Rodrigo Roa Duterte met US President Donald J Trump")
    assert m is not None and (m.city, m.region) == ("Danang", "Vietnam")
    assert datelines.resolve_city(m.city, m.region).name == "Da Nang"
    # the opening of a press release under its headline, not only of the first paragraph
    article = _story(
        "News Release\n\nPresident meets his counterpart at summit\n\n(Danang, Vietnam) – "
        "President Rodrigo Roa Duterte met US President Donald J Trump on Saturday.\n"
    )
    assert article.dateline is not None and article.dateline.place.name == "Da Nang"


def test_a_dateline_may_name_the_country_in_square_brackets():
    m = datelines.parse("New Delhi [India], May 15 (ANI): The minister")
    assert (m.city, m.region, m.date_text, m.agency) == ("New Delhi", "India", "May 15", "ANI")
    m = datelines.parse("Suva [Fiji], May 15 : Union Minister of State Rajkumar Ranjan Singh called on")
    assert (m.city, m.region, m.date_text) == ("Suva", "Fiji", "May 15")


def test_a_time_stamp_before_a_dateline_is_skipped():
    m = datelines.parse("00:01 | Lima (Peru), Dec. 4.")
    assert (m.city, m.region, m.date_text) == ("Lima", "Peru", "Dec. 4")
    assert datelines.parse("10:15 am | NAIROBI, March 3 (KNA) - Kenya's president").agency == "KNA"
    assert datelines.parse("10:15 | a note") is None


def test_a_dateline_may_name_the_country_in_brackets_before_its_date_and_glue_the_story_to_its_colon():
    m = datelines.parse("BEIJING (China), Mar 9 (APP):Foreign Minister Ishaq Dar met his counterpart")
    assert (m.city, m.region, m.date_text, m.agency) == ("BEIJING", "China", "Mar 9", "APP")
    m = datelines.parse("NAIROBI (Reuters) - Kenya's president")
    assert (m.region, m.agency) == (None, "Reuters")  # an agency in brackets is no country


def test_a_city_with_lowercase_particles_under_a_credit_and_a_caption_is_a_dateline():
    text = (
        "Photo: Daily News\n\nPresident John Magufuli and his Zambian counterpart Edgar Lungu.\n\n"
        "Dar es Salaam — President John Magufuli yesterday received two heads of state."
    )
    line = datelines.find(text, None, None)
    assert line is not None and line.city == "Dar es Salaam" and line.place.name == "Dar es Salaam"
    assert datelines.find("Photo: Daily News\n\nA caption.\n\nKisumu — The minister said.", None, None) is None


@pytest.mark.parametrize(
    ("city", "country", "expected"),
    [
        ("SHARM EL-SHEIK", "Egypt", "Sharm el-Sheikh"),
        ("TOSHKENT", "Uzbekistan", "Tashkent"),
        ("KIEV", "Ukraine", "Kyiv"),
    ],
)
def test_a_dateline_city_spelt_another_way_is_found_in_its_country(city, country, expected):
    assert datelines.resolve_city(city, country).name == expected


def test_a_dateline_city_unlike_any_of_its_country_is_not_guessed():
    assert datelines.resolve_city("QWERTZ", "Egypt") is None
    assert datelines.resolve_city("WASHINGTON", "Egypt").country == "United States"


def test_a_long_dash_ends_a_dateline_without_a_space_after_it():
    m = datelines.parse("Addis Ababa, February 14, 2026 (ENA)—Prime Minister Abiy Ahmed held talks")
    assert (m.city, m.year, m.agency) == ("Addis Ababa", 2026, "ENA")
    assert datelines.parse("Ruto—the president—said it") is None
    m = datelines.parse("Seoul, March 3 (Yonhap News)--President Lee met the visiting minister")
    assert (m.city, m.agency) == ("Seoul", "Yonhap News")
    assert datelines.parse("Ruto--the president--said it") is None


def test_a_known_agency_may_be_written_in_lower_case():
    m = datelines.parse("HAVANA, Cuba, Jan 30 (acn) Cuban President Raul Castro met the visiting minister")
    assert (m.city, m.agency, m.month, m.day) == ("HAVANA", "acn", 1, 30)
    assert datelines.parse("HAVANA, Cuba, Jan 30 (mostly cloudy) Cuban President Raul Castro met") is None


def test_a_known_agency_between_slashes_after_the_city_makes_a_dateline():
    m = datelines.parse("Ankara/ (QNA)/ 05 September 2013/ Turkish Health Minister Mehmet Muezzinoglu met here")
    assert (m.city, m.agency, m.year, m.month, m.day) == ("Ankara", "QNA", 2013, 9, 5)
    m = datelines.parse("Doha/QNA/ HE the Prime Minister met the visiting minister")
    assert (m.city, m.agency) == ("Doha", "QNA")
    assert datelines.parse("Health/ (Reuters)/ ministers met") is None  # no city
    assert datelines.parse("Doha/Qatar/ the minister met") is None  # no agency


def test_an_agency_between_slashes_closes_a_dateline_glued_to_the_story_or_before_a_full_stop():
    m = datelines.parse("Addis Ababa February 15/2023 /ENA/Deputy Prime Minister Demeke Mekonnen conferred")
    assert (m.city, m.date_text, m.agency) == ("Addis Ababa", "February 15/2023", "ENA")
    m = datelines.parse("Ulaanbaatar /MONTSAME/. On March 16, the Minister received the Ambassador.")
    assert (m.city, m.agency) == ("Ulaanbaatar", "MONTSAME")
    assert datelines.parse("Lima. The minister met the ambassador.") is None  # no date, no agency


def test_a_hyphen_after_a_full_stop_ends_a_dateline_as_spanish_language_outlets_write_it():
    m = datelines.parse("Havana, Cuba.- The Cuban president received the visiting minister")
    assert (m.city, m.region) == ("Havana", "Cuba")
    assert datelines.parse("Ruto.- the president said") is None


@pytest.mark.parametrize(
    "text",
    [
        "BREAKING: Two leaders meet",
        "UPDATE - talks resume",
        "NATO - the alliance said",
        "President Ruto said: we will meet again.",
        "Ruto - the president - said",
        "Sunday, Jan. 5 — the ministers",
        "The talks - which began on Monday - ended.",
        "Paris-based analysts - and others - said",
        "Nairobi-Addis ties - an analysis",
        "Washington. The president met",  # a full stop ends only a dated dateline
        "On Monday, March 3. The president",
        "Foreign Minister (FM) Qureshi said",  # an agency with no date and no dash
        "(Reuters) - The president said",  # an agency in brackets, no city
        "(Photo: AFP) - The two presidents",
    ],
)
def test_what_is_not_a_dateline(text):
    assert datelines.parse(text) is None


@pytest.mark.parametrize(
    "month, day, reference, expected",
    [
        (5, 25, date(2024, 5, 26), date(2024, 5, 25)),
        (12, 30, date(2025, 1, 2), date(2024, 12, 30)),  # a late-December dateline on a January page
        (1, 2, date(2024, 12, 30), date(2025, 1, 2)),
        (7, 1, date(2024, 1, 10), date(2024, 7, 1)),  # the nearest year: never more than a year before the page
    ],
)
def test_the_year_of_a_day_month_dateline_is_the_nearest_to_the_page_date(month, day, reference, expected):
    assert datelines.complete_year(month, day, reference) == expected
    assert (reference - datelines.complete_year(month, day, reference)).days <= 366


def _story(text: str, **meta) -> object:
    (article,) = split_stories(RawDocument(path="page.txt", text=text, **meta))
    return article


def test_the_article_carries_its_dateline_with_offsets_city_date_and_agency():
    article = _story(
        "Ministers agree on a new fisheries accord\n\n"
        "NEW DELHI, May 25 (IANS) – Indian and Sri Lankan ministers met in New Delhi on Friday "
        "and agreed on a fisheries accord, officials said on May 24, 2024.\n"
    )
    dl = article.dateline
    assert article.text[dl.start : dl.end] == "NEW DELHI, May 25 (IANS) –"
    assert article.text[dl.city_start : dl.city_end] == "NEW DELHI"
    assert dl.place.name == "New Delhi" and dl.place.country == "India"
    assert dl.date == date(2024, 5, 25) and not dl.year_stated  # the year from the page's other dates
    assert article.published == date(2024, 5, 25) and article.published_from == "dateline"
    assert article.source == "IANS"


def test_a_dateline_on_a_line_of_its_own_opens_the_paragraph_under_it():
    article = _story(
        "Peru and Ecuador reopen a border crossing\n\n"
        "LIMA, March 3, 2025 (Andes Wire) -\n\n"
        "Peru's foreign minister met his Ecuadorian counterpart at the Torre Tagle Palace on Monday.\n\n"
        "They agreed to reopen the crossing at Huaquillas.\n"
    )
    assert article.title == "Peru and Ecuador reopen a border crossing"
    assert "LIMA, March 3, 2025 (Andes Wire) - Peru's foreign minister met" in article.text
    assert article.dateline.date == date(2025, 3, 3) and article.dateline.year_stated
    assert article.published == date(2025, 3, 3) and article.source == "Andes Wire"
    # the paragraph holding the dateline has text after its dash (the event stage looks for " - ")
    para = article.text[article.dateline.start :].split("\n", 1)[0]
    assert " - " in para


def test_a_short_dateline_line_is_not_navigation():
    article = _story(
        "Leaders of two neighbours meet at the border\n\n"
        "WASHINGTON (AP) —\n\n"
        "The president met the visiting prime minister at the White House on Thursday afternoon.\n",
        published=date(2024, 4, 12),
    )
    assert article.text.split("\n\n")[1].startswith("WASHINGTON (AP) — The president met")
    assert article.dateline.agency == "AP" and article.dateline.date is None
    assert article.published == date(2024, 4, 12) and article.published_from == "metadata"


def test_a_dateline_with_nothing_under_it_is_dropped():
    article = _story(
        "Talks between the two ministers are due next month\n\n"
        "The ministers will meet in Geneva in the second week of next month, diplomats said.\n\n"
        "GENEVA (Reuters) -\n"
    )
    assert "GENEVA" not in article.text
    assert any(d.startswith("dateline with no story under it") for d in article.dropped)


def test_a_dateline_year_comes_from_the_date_line_under_the_headline():
    article = _story(
        "Ministers meet on the sidelines of the forum\n"
        "January 2, 2025\n"
        "MANILA, Dec. 31 (PNA) -- The two foreign ministers met on the sidelines of the forum on "
        "Tuesday.\n"
    )
    assert article.published == date(2025, 1, 2) and article.published_from == "date line"
    assert article.dateline.date == date(2024, 12, 31)


def test_a_labelled_date_line_after_the_story_dates_it_and_its_dateline():
    article = _story(
        "Speaker meets the regional organisation's head\n\n"
        "17:28 | Lisbon (Portugal), Sep. 20.\n\n"
        "The speaker of the national assembly held a working meeting with the secretary general of the "
        "regional organisation on Friday, officials said in a statement.\n\n"
        "The meeting took place at the organisation's headquarters in the city centre.\n\n"
        "(END) ABC/DEF\n\n"
        "Publicado: 20/9/2019\n"
    )
    assert article.published == date(2019, 9, 20)


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://news.example.com/2018/01/20/leaders-meet", date(2018, 1, 20)),
        ("http://example.cn/world/2013-02/18/c_1234.htm", date(2013, 2, 18)),
        ("https://example.org/politics/20180120-leaders-meet.html", date(2018, 1, 20)),
        ("https://example.org/news/2021-06-03-summit", date(2021, 6, 3)),
        ("https://example.org/news/2021/13/40/x", None),
        ("https://example.org/news/leaders-meet-123456", None),
        ("http://example.com/stories/201902110889.html", date(2019, 2, 11)),  # a day and its serial
        ("http://example.com/stories/123456789012.html", None),
        ("https://example.com/view.php?ud=20201004000070", date(2020, 10, 4)),  # a day and a serial in a query
        ("https://example.com/world/leaders-meet-20100610162838.htm", date(2010, 6, 10)),
        ("https://example.com/view.php?id=1234567890123", None),
        ("https://example.com/news/2009/0705/leaders-meet", date(2009, 7, 5)),
        ("https://example.net/2015mar27/1427440288.html", date(2015, 3, 27)),
        ("https://example.com.pk/25-Feb-2019/visit-postponed", date(2019, 2, 25)),
        ("https://example.com/archives/la-xpm-2003-feb-19-fg-talks-story.html", date(2003, 2, 19)),
        ("https://example.com/2008/WORLD/asiapcf/03/11/envoy.visit/index.html", date(2008, 3, 11)),
        ("https://example.com/2008/world/asia/envoy-meets-leader", None),
        (None, None),
    ],
)
def test_url_dates(url, expected):
    assert url_date(url) == expected


def test_url_source_is_the_site():
    assert url_source("https://www.example-wire.com/world/x") == "example-wire.com"
    assert url_source(None) is None


def test_the_url_dates_a_record_without_a_date():
    article = _story(
        "The two presidents met in the capital on Monday to discuss trade and energy links.",
        url="https://www.example-wire.com/world/2022/11/08/presidents-meet",
        kind="jsonl",
    )
    assert article.published == date(2022, 11, 8) and article.published_from == "url"
    assert article.source == "example-wire.com"


def test_a_corpus_date_line_dates_the_page_last_and_is_not_story_text():
    article = _story(
        " date 2024-01-19 id 4471 lang en\n"
        "Foreign ministers meet ahead of the summit\n\n"
        "The two foreign ministers met in Jakarta on Thursday ahead of next month's summit, "
        "officials said.\n"
    )
    assert article.published == date(2024, 1, 19) and article.published_from == "corpus line"
    assert "4471" not in article.text


def test_a_sentence_after_the_corpus_date_on_its_line_stays_story_text():
    article = _story(
        " date 2025-04-30 The Prime Minister received a telephone call from the Secretary of State "
        "this evening.\n\nThe two discussed regional security.\n"
    )
    assert article.published == date(2025, 4, 30)
    assert article.text.startswith("The Prime Minister received a telephone call")


def test_a_crawl_date_in_the_page_header_does_not_count():
    article = _story(
        "Home | World | Politics\n"
        "Monday, March 10, 2025\n"
        "Presidents sign a trade pact in the capital\n"
        "By Staff Reporter\n\n"
        "The two presidents signed a trade pact in the capital on Friday, June 16, 2017, officials said, "
        "after talks that began on June 14, 2017.\n",
        url="https://example.net/2017/06/17/presidents-sign-pact",
    )
    assert article.published == date(2017, 6, 17) and article.published_from == "url"


def test_an_updated_line_under_the_headline_is_the_story_date():
    article = _story(
        "Presidents sign a trade pact in the capital\n"
        "Updated: 04:48, 21 January 2018 Sunday\n\n"
        "The two presidents signed a trade pact in the capital on Saturday, officials said.\n",
        published=date(2020, 5, 1),
    )
    assert article.published == date(2018, 1, 21) and article.published_from == "date line"


def test_a_page_with_a_dateline_on_its_own_line_is_extracted(tmp_path):
    from diplograph.ingest import pipeline
    from diplograph.ingest.records import Extraction

    page = tmp_path / "lone.txt"
    page.write_text(
        "Neighbours agree to open a new border crossing\n\n"
        "QUITO, March 3, 2025 (Andes Wire) -\n\n"
        "Ecuador's president met the visiting Colombian president at the Carondelet Palace in Quito "
        "on Monday to discuss trade.\n",
        encoding="utf-8",
    )
    (found,) = list(pipeline.extract([str(page)]))
    assert isinstance(found, Extraction), found
    assert found.article.dateline.place.name == "Quito"


def test_an_agency_credit_is_no_city_and_a_city_in_capitals_may_follow_a_menu():
    from diplograph.ingest import datelines

    assert datelines.find("Leader receives envoy\n\nIRNA – The leader received the envoy on Thursday.") is None
    text = "Menu\n\nUpdated: 2010-09-27\n\nBEIJING - The two presidents held talks here on Monday."
    found = datelines.find(text, ())
    assert found is not None and found.place is not None and found.place.name == "Beijing"


@pytest.mark.parametrize(
    "text, reference, expected",
    [
        ("Rio de Janeiro, 3/17/2004 (Agência Brasil) - The two presidents met", None, date(2004, 3, 17)),
        ("LIMA, 17/3/2004 (Andina) - The two presidents met", None, date(2004, 3, 17)),
        ("LIMA, 4/3/2004 (Andina) - The two presidents met", date(2004, 3, 5), date(2004, 3, 4)),
        ("LIMA, 4/3/2004 (Andina) - The two presidents met", date(2004, 4, 4), date(2004, 4, 3)),
        ("Oct 7, 2005 (ADDIS ABABA) — The prime minister met", None, date(2005, 10, 7)),
    ],
)
def test_the_date_of_a_dateline_in_figures_or_before_the_city(text, reference, expected):
    line = datelines.find(text, (), reference)
    assert line is not None and line.date == expected and line.place is not None


def test_a_city_and_date_on_a_line_of_their_own_are_the_dateline_of_the_paragraph_under_it():
    article = _story(
        "Leaders meet on the sidelines of the summit\n\n"
        "PTI\n\n"
        "New Delhi, September 10\n\n"
        "Prime Minister Amara Kone on Sunday held a series of bilateral meetings with world leaders.\n\n"
        "On the sidelines of the summit, he met President Lena Varga.\n",
        published=date(2023, 9, 10),
    )
    assert article.dateline is not None and article.dateline.place.name == "New Delhi"
    assert article.dateline.date == date(2023, 9, 10)
    assert datelines.whole_line("New Delhi, September 10") and datelines.bare_line("LAGOS, 4 March 2025 (NAN)")
    assert not datelines.bare_line("Talks, September 10") and not datelines.bare_line("New Delhi")


def test_a_date_then_a_city_on_a_line_of_their_own_under_page_menus_are_the_dateline():
    article = _story(
        "View settings\n\nFont size:\n\nSite colours:\n\nOfficial website of the President\n\n"
        "Meeting with Prime Minister of Ruritania Amara Kone\n\n"
        "March 26, 2013, Durban\n\n"
        "The President met with Prime Minister of Ruritania Amara Kone.\n\n"
        "The leaders exchanged views on current issues.\n"
    )
    assert article.dateline is not None and article.dateline.place.name == "Durban"
    assert article.dateline.date == date(2013, 3, 26) and article.published == date(2013, 3, 26)
    assert datelines.parse("May 4, 2020, Paris was quiet") is None  # no dash: a sentence, not a dateline
    assert datelines.parse("March 26, 2013, Meeting") is None  # no city the gazetteer knows


def test_a_date_then_a_city_without_a_comma_before_a_dash_is_the_dateline():
    article = _story("17 July 2006 St. Petersburg - South African President Thabo Mbeki returns home today.\n")
    assert article.dateline is not None and article.dateline.place.name == "St. Petersburg"
    assert article.dateline.date == date(2006, 7, 17)
    assert datelines.parse("17 July 2006 President Mbeki - said") is None


def test_a_city_and_date_signing_off_a_story_stay_its_last_line():
    article = _story(
        "The mayor welcomes the new ambassador\n\n"
        "Mayor Amara Kone received Ambassador Lena Varga at the City Hall on Thursday.\n\n"
        "They talked about the festival and about cooperation.\n\n"
        "The ambassador thanked the city for its welcome.\n\n"
        "The mayor wished the ambassador success.\n\n"
        "Novi Sad, 10th July 2014\n"
    )
    assert article.dateline is None
    assert article.text.rstrip().endswith("Novi Sad, 10th July 2014")


def test_a_wire_dateline_under_a_hard_wrapped_headline_and_a_page_header_opens_the_story():
    text = (
        "ID :\n54927\nSun, 04/12/2009 - 00:36\nAuthor :\nShortlink :\nhttps://news.example.org/node/54927\n"
        "The shortlink copied\n"
        "PRESIDENT TAHIR SAYS HER FIRST SUMMIT AS LEADER WENT WELL FOR HER AND FOR HER TEAM\n"
        "PATTAYA, April 11 (Andes Wire) -- President Amina Tahir says she does not feel uncomfortable at\n"
        "the summit she is attending for the first time since taking office on April 3 this year.\n"
        "Tahir, who arrived here with her husband on Friday afternoon, said she had met the prime minister\n"
        "of Thailand on the sidelines of the summit, here, on Friday night and they discussed trade\n"
        "and the two countries' plans for the coming year, in a long meeting at a hotel by the beach.\n"
    )
    (story,) = split_stories(RawDocument(path="a.txt", text=text))
    assert story.dateline is not None and story.dateline.place.name == "Pattaya"
    assert story.dateline.agency == "Andes Wire" and story.published == date(2009, 4, 11)


@pytest.mark.parametrize(
    ("text", "city"), [("KUWAIT: The Amir", "Kuwait City"), ("SINGAPORE - The Prime", "Singapore")]
)
def test_a_country_named_as_a_dateline_is_the_capital_that_shares_its_name(text, city):
    m = datelines.parse(text)
    assert m is not None and datelines.resolve_city(m.city, m.region).name == city


def test_a_country_whose_capital_has_another_name_is_no_dateline():
    assert datelines.parse("KENYA: The president met envoys.") is None


def test_a_dateline_that_names_a_known_building_then_its_town_is_filed_from_the_town():
    place = datelines.resolve_city("STATE HOUSE", "ENTEBBE")
    assert place is not None and (place.name, place.country) == ("Entebbe", "Uganda")
    assert datelines.resolve_city("GREEN FIELDS", "ENTEBBE") is None


def test_an_agency_after_a_full_stop_closes_the_dateline():
    m = datelines.parse("NUR-SULTAN. KAZINFORM – Kazakh President Kassym-Jomart Tokayev held talks")
    assert m is not None and (m.city, m.agency) == ("NUR-SULTAN", "KAZINFORM")
    assert "Kazakh President" in "NUR-SULTAN. KAZINFORM – Kazakh President"[m.end :]
    # a full stop after a city with no agency after it opens no dateline
    assert datelines.parse("WASHINGTON. The president said on Monday") is None


def test_a_word_in_capitals_after_the_date_is_no_agency_unless_known():
    assert datelines.find("Kumasi, May 4, Monday - The regional minister spoke.", None, None) is None


def test_a_city_in_capitals_with_its_country_and_a_dash_under_a_page_s_header_is_a_dateline():
    text = (
        "Arrow-right Camera\n\nObama meets with China's Wen\n\nSat., Nov. 19, 2011\n\nEconomic disputes assumed\n\n"
        "BALI, Indonesia – President Barack Obama and Chinese Premier Wen Jiabao conferred today."
    )
    line = datelines.find(text)
    assert line is not None and line.place is not None and line.place.name == "Bali"


def test_a_separator_a_widget_left_before_a_dateline_is_skipped_and_the_url_gives_its_year():
    text = (
        "Shares\n\n, NAIROBI, Kenya, Aug 30 – Bilateral talks between British Prime Minister Theresa May and"
        " Kenyan President Uhuru Kenyatta got underway on Thursday at State House."
    )
    doc = RawDocument(path="a.json", text=text, url="https://www.example.co.ke/news/2018/08/may-talks/")
    (article,) = split_stories(doc)
    assert article.dateline is not None and article.dateline.city == "NAIROBI"
    assert article.published == date(2018, 8, 30) and article.published_from == "dateline and URL"
