"""One case per rule of the temporal rule tables, in sentences written for these tests.

Each case names the rule (core, prefix, suffix or join) that must take part in tagging
the expression; ``test_every_rule_has_a_case`` keeps the table complete.
"""
from datetime import date

import pytest

from events.temporal import rules, tag

D = date(2022, 10, 12)  # a Wednesday

#: (rule, text, dct, genre, surface, type, value)
CASES = [
    ("iso_date", "The file is dated 2021-03-04 in the archive.", D, "news", "2021-03-04", "DATE", "2021-03-04"),
    ("numeric_date", "The letter of 3/15/2021 was lost.", D, "news", "3/15/2021", "DATE", "2021-03-15"),
    ("month_day_year", "The port reopened on March 3, 2021.", D, "news", "March 3, 2021", "DATE", "2021-03-03"),
    ("day_month_year", "The port reopened on 3 March 2021.", D, "news", "3 March 2021", "DATE", "2021-03-03"),
    ("month_year", "The bridge opened in June 2019.", D, "news", "June 2019", "DATE", "2019-06"),
    ("month_year_bc", "The fleet sailed in August 480 BC from the strait.", D, "history", "August 480 BC", "DATE", "BC0480-08"),
    ("day_before_range", "Talks ran on 6-7 January 1916 in the capital.", D, "news", "6", "DATE", "1916-01-06"),
    ("day_after_range", "On May 4 and 5, the vote was held.", D, "news", "5", "DATE", "2022-05-05"),
    ("month_shortyear", "The plant closed in Sept '98 after the floods.", D, "news", "Sept '98", "DATE", "1998-09"),
    ("month_day", "The board met on Sept. 14 to vote.", D, "news", "Sept. 14", "DATE", "2022-09-14"),
    ("day_month", "The board met on 14 September to vote.", D, "news", "14 September", "DATE", "2022-09-14"),
    ("the_ordinal_day", "On the 3rd, the envoy left Rome.", date(2022, 10, 20), "news", "the 3rd", "DATE", "2022-10-03"),
    ("month_name", "The mine flooded in February and reopened.", D, "news", "February", "DATE", "2022-02"),
    ("month_rel", "The mine flooded last February.", D, "news", "last February", "DATE", "2022-02"),
    ("year", "The mine flooded in 1998 and again later.", D, "news", "1998", "DATE", "1998"),
    ("spelled_year", "It began in nineteen ninety-six, they recall.", D, "news", "nineteen ninety-six", "DATE", "1996"),
    ("year_bc", "The city fell in 146 BC to the legions.", D, "news", "146 BC", "DATE", "BC0146"),
    ("year_range_end", "The strikes of 1915-17 spread.", D, "news", "17", "DATE", "1917"),
    ("year_bc_range", "The revolt lasted from 499 to 493 BC in Ionia.", D, "history", "499", "DATE", "BC0499"),
    ("year_ad", "Vesuvius erupted in AD 79 near the bay.", D, "news", "AD 79", "DATE", "0079"),
    ("decade", "Prices soared in the 1970s across Europe.", D, "news", "the 1970s", "DATE", "197"),
    ("decade_short", "Prices soared in the '70s across Europe.", D, "news", "the '70s", "DATE", "197"),
    ("decade_word", "Prices soared in the seventies across Europe.", D, "news", "the seventies", "DATE", "197"),
    ("century", "Canals were dug in the 18th century by hand.", D, "news", "the 18th century", "DATE", "17"),
    ("fiscal_year", "Sales rose in fiscal 2021 at the chain.", D, "news", "fiscal 2021", "DATE", "2021"),
    ("weekday", "The mayor resigned on Friday.", D, "news", "Friday", "DATE", "2022-10-07"),
    ("weekday_rel", "The mayor resigned last Friday.", D, "news", "last Friday", "DATE", "2022-10-07"),
    ("weekday_plural", "The market opens on Tuesdays.", D, "news", "Tuesdays", "SET", "XXXX-WXX-2"),
    ("weekday_parts", "The choir sings on Friday evenings.", D, "news", "Friday evenings", "SET", "XXXX-WXX-5TEV"),
    ("season", "Crops failed during the summer.", D, "news", "the summer", "DATE", "2022-SU"),
    ("season_rel", "Crops failed last winter.", D, "news", "last winter", "DATE", "2021-WI"),
    ("quarter", "Profit fell in the second quarter.", D, "news", "the second quarter", "DATE", "2022-Q2"),
    ("holiday", "The shops close on Christmas Eve.", D, "news", "Christmas Eve", "DATE", "2022-12-24"),
    ("floating_holiday", "Flights are full before Thanksgiving Day.", D, "news", "Thanksgiving Day", "DATE", "2022-11-24"),
    ("floating_holiday", "Ads will run from now to Election Day.", D, "news", "Election Day", "DATE", "2022-11-08"),
    ("floating_holiday", "The pool closed on Labor Day.", D, "news", "Labor Day", "DATE", "2022-09-05"),
    ("clock_ampm", "The train left at 6:45 p.m. sharp.", D, "news", "6:45 p.m.", "TIME", "2022-10-12T18:45"),
    ("clock_24h", "The train left at 18:45 sharp.", D, "news", "18:45", "TIME", "2022-10-12T18:45"),
    ("clock_hrs", "The assault began at 0530 hrs in the fog.", D, "news", "0530 hrs", "TIME", "2022-10-12T05:30"),
    ("clock_local", "The blast came at 1425 local time on the quay.", D, "news", "1425", "TIME", "2022-10-12T14:25"),
    ("oclock", "The bells rang at four o'clock.", D, "news", "four o'clock", "TIME", "2022-10-12T04:00"),
    ("noon_midnight", "The ceasefire starts at midnight.", D, "news", "midnight", "TIME", "2022-10-12T24:00"),
    ("hour_in_the", "He left at 4 in the morning.", D, "news", "4 in the morning", "TIME", "2022-10-12T04:00"),
    ("deictic_day", "The strike ended yesterday.", D, "news", "yesterday", "DATE", "2022-10-11"),
    ("deictic_daypart", "The strike ended last night.", D, "news", "last night", "TIME", "2022-10-11TNI"),
    ("the_daypart", "The ferry left port in the morning and docked at noon.", D, "news", "the morning", "TIME", "2022-10-12TMO"),
    ("the_daypart", "By mid-afternoon the crowd had gone home.", D, "news", "mid-afternoon", "TIME", "2022-10-12TAF"),
    ("the_daypart", "Shares rose at mid-afternoon yesterday in Paris.", D, "news", "mid-afternoon yesterday", "TIME", "2022-10-11TAF"),
    ("that_daypart", "The town fell on 2 May 1915; that evening the guns stopped.", D, "history", "that evening", "TIME", "1915-05-02TEV"),
    ("rel_unit", "The strike ended last week.", D, "news", "last week", "DATE", "2022-W40"),
    ("the_unit", "The town fell on 2 May 1915. That year the front moved.", D, "history", "That year", "DATE", "1915"),
    ("latest_period", "Margins shrank in the latest quarter.", D, "news", "the latest quarter", "DATE", "2022-Q3"),
    ("year_ago_period", "Sales fell in the third quarter from the year-earlier quarter.", D, "news", "the year-earlier quarter", "DATE", "2021-Q3"),
    ("period_last_year", "Third-quarter sales fell from the same period last year.", D, "news", "the same period last year", "DATE", "2021-Q3"),
    ("period_last_year", "Third-quarter sales fell from last year's quarter.", D, "news", "last year's quarter", "DATE", "2021-Q3"),
    ("year_period", "Sales fell in the third quarter. In the 2021 period they rose.", D, "news", "the 2021 period", "DATE", "2021-Q3"),
    ("year_end", "The deal should close by year-end.", D, "news", "year-end", "DATE", "2022-12-31"),
    ("year_end", "The rules should be in place by year's end.", D, "news", "year's end", "DATE", "2022"),
    ("year_end", "The plant closed at year end.", D, "news", "year end", "DATE", "2022"),
    ("weekend", "Storms hit the coast over the weekend.", D, "news", "the weekend", "DATE", "2022-W40-WE"),
    ("every_unit", "The ferry sails every two weeks.", D, "news", "every two weeks", "SET", "P2W"),
    ("every_weekday", "The council meets every Monday.", D, "news", "every Monday", "SET", "XXXX-WXX-1"),
    ("every_month", "The fair opens each July.", D, "news", "each July", "SET", "XXXX-07"),
    ("set_word", "The paper is published daily.", D, "news", "daily", "SET", "P1D"),
    ("a_unit_rate", "The board meets twice a year.", D, "news", "twice a year", "SET", "P1Y"),
    ("num_unit", "The siege lasted three years.", D, "news", "three years", "DURATION", "P3Y"),
    ("half_unit", "The vote took half an hour.", D, "news", "half an hour", "DURATION", "PT30M"),
    ("half_unit", "The vote took half a minute.", D, "news", "half a minute", "DURATION", "PT0.5M"),
    ("vague_unit", "The siege lasted several months.", D, "news", "several months", "DURATION", "PXM"),
    ("span_unit", "Prices rose in the past 24 hours.", D, "news", "the past 24 hours", "DURATION", "PT24H"),
    ("the_num_unit", "Output fell in the nine months to June.", D, "news", "the nine months", "DURATION", "P9M"),
    ("plural_unit", "The feud has lasted for years.", D, "news", "years", "DURATION", "PXY"),
    ("ref_word", "The museum is now closed.", D, "news", "now", "DATE", "PRESENT_REF"),
    ("bare_daypart", "The raids came at night.", D, "history", "night", "TIME", "XXXX-XX-XXTNI"),
    ("history_ref", "The former king fled in 1848.", D, "history", "former", "DATE", "PAST_REF"),
    ("recent_units", "Prices climbed in recent years.", D, "news", "recent years", "DATE", "PAST_REF"),
    ("coming_units", "More rain is due in the coming days.", D, "news", "the coming days", "DATE", "FUTURE_REF"),
    # prefixes
    ("part_of", "The dam will be finished by the end of 2023.", D, "news", "the end of 2023", "DATE", "2023"),
    ("early_late", "The dam was finished in late 2019.", D, "news", "late 2019", "DATE", "2019"),
    ("daypart_of", "The raid came on the morning of 3 May 1940.", D, "news", "the morning of 3 May 1940", "TIME", "1940-05-03TMO"),
    ("approx", "The trial lasted nearly two years.", D, "news", "nearly two years", "DURATION", "P2Y"),
    ("approx_time", "The blast came at around 7:15 p.m. on the quay.", D, "news", "around 7:15 p.m.", "TIME", "2022-10-12T19:15"),
    ("post_pre", "Post-war building boomed in the post-1945 years.", D, "news", "post-1945", "DATE", "1945"),
    # suffixes
    ("ago", "The ferry sank a week or so ago.", D, "news", "a week or so ago", "DATE", "2022-W40"),
    ("ago", "The bridge collapsed two years ago.", D, "news", "two years ago", "DATE", "2020"),
    ("later", "The town fell on 2 May 1915. Three days later the army withdrew.", D, "history", "Three days later", "DATE", "1915-05-05"),
    ("later", "The plant shut in March. Three days later it reopened.", D, "news", "Three days", "DURATION", "P3D"),
    ("daypart", "The vote came on Tuesday evening.", D, "news", "Tuesday evening", "TIME", "2022-10-11TEV"),
    ("bc", "The temple dates from the 430s BC by most accounts.", D, "news", "the 430s BC", "DATE", "BC043"),
    ("or_later", "The mine may reopen in 2025 or later.", D, "news", "2025 or later", "DATE", "2025"),
    # joins, and years shared along a range
    ("part_of_year", "Sales fell in the third quarter of 2019.", D, "news", "the third quarter of 2019", "DATE", "2019-Q3"),
    ("part_of_year", "The raid came in the spring of 1940.", D, "news", "the spring of 1940", "DATE", "1940-SP"),
    ("part_of_year", "Growth slowed in the second half of 2019.", D, "news", "the second half of 2019", "DATE", "2019-H2"),
    ("month_rel_year", "The ferry sank in June last year.", D, "news", "June last year", "DATE", "2021-06"),
    ("year_s_quarter", "Sales for this year's third quarter fell.", D, "news", "this year's third quarter", "DATE", "2022-Q3"),
    ("half_of_span", "Mills closed in the last half of the '80s.", D, "news", "the last half of the '80s", "DATE", "198"),
    ("half_of_span", "Canals spread in the first half of the 19th century.", D, "news", "the first half of the 19th century", "DATE", "18"),
    ("period_year_ago", "Third-quarter profit rose; in the quarter a year ago it fell.", D, "news", "the quarter a year ago", "DATE", "2021-Q3"),
    ("time_date", "The polls close at 10 p.m. Thursday.", D, "news", "10 p.m. Thursday", "TIME", "2022-10-13T22:00"),
    ("time_date", "The ferry left at 09:27 UK time, Friday, 7 October 2022.", D, "news", "09:27 UK time, Friday, 7 October 2022", "TIME", "2022-10-07T09:27"),
    ("date_time", "The polls close on Thursday at 10 p.m. local time.", D, "news", "Thursday at 10 p.m.", "TIME", "2022-10-13T22:00"),
    ("share_set", "Buses run late on Friday and Saturday nights.", D, "news", "Friday", "SET", "XXXX-WXX-5TNI"),
    ("share_year", "Losses between March and April 1918 were heavy.", D, "news", "March", "DATE", "1918-03"),
]


@pytest.mark.parametrize("rule, text, dct, genre, surface, type_, value", CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_rule(rule, text, dct, genre, surface, type_, value):
    found = [t for t in tag(text, dct, genre=genre) if t.text == surface]
    assert found, f"{surface!r} not tagged: {tag(text, dct, genre=genre)}"
    t = found[0]
    assert (t.type, t.value) == (type_, value)
    assert rule in t.rule.split("+")
    assert text[t.start:t.end] == t.text


def test_every_rule_has_a_case():
    named = {c[0] for c in CASES}
    tables = [r.name for r in rules.CORE] + [w.name for w in rules.PREFIXES] + \
        [w.name for w in rules.SUFFIXES] + [j.name for j in rules.JOINS] + ["share_year", "share_set"]
    assert sorted(set(tables) - named) == []


def test_every_core_rule_has_trigger_classes():
    assert set(rules.RULE_TRIGGERS) == {r.name for r in rules.CORE}
    assert all(set(classes) <= set(rules.TRIGGERS) for classes in rules.RULE_TRIGGERS.values())


@pytest.mark.parametrize("text, surface, mod", [
    ("The dam will be finished by the end of 2023.", "the end of 2023", "END"),
    ("The dam was finished in late 2019.", "late 2019", "END"),
    ("The dam was begun in early 2019.", "early 2019", "START"),
    ("The dam was begun in mid-2019.", "mid-2019", "MID"),
    ("The trial lasted nearly two years.", "nearly two years", "LESS_THAN"),
    ("The trial lasted more than two years.", "more than two years", "MORE_THAN"),
    ("The mine may reopen in 2025 or later.", "2025 or later", "ON_OR_AFTER"),
    ("Wages fell in the post-1945 years.", "post-1945", "AFTER"),
    ("Wages were higher in pre-1914 Europe.", "pre-1914", "BEFORE"),
    ("The blast came at around 7:15 p.m. on the quay.", "around 7:15 p.m.", "APPROX"),
])
def test_modifiers_become_mods(text, surface, mod):
    t = next(t for t in tag(text, D) if t.text == surface)
    assert t.mod == mod


def test_history_only_references_are_left_out_of_news():
    assert [t.text for t in tag("The former mayor spoke.", D, genre="news")] == []
    assert [t.text for t in tag("The former mayor spoke.", D, genre="history")] == ["former"]


def test_history_only_words_do_not_cut_news_expressions_short():
    assert [t.text for t in tag("The mayor spoke on Friday night.", D, genre="news")] == \
        ["Friday night"]


@pytest.mark.parametrize("text, genre, expected", [
    ("Protests spread in the Arab Spring.", "news", []),
    ("Winter storms closed the roads.", "news", []),
    ("Winter storms closed the roads.", "history", ["Winter"]),
    ("The harvest failed in the summer.", "news", ["the summer"]),
    ("Saigon held out until the fall of the city.", "news", []),
])
def test_seasons_that_name_no_particular_time(text, genre, expected):
    assert [t.text for t in tag(text, D, genre=genre)] == expected


@pytest.mark.parametrize("text, genre, surface, type_, value, points_to", [
    # news follows TimeML: the duration without its relation word, pointing to a date
    ("A day earlier, the crews had left the dock.", "news", "A day", "DURATION", "P1D",
     "2022-10-11"),
    ("The strike ended twenty years after the mine opened.", "news", "twenty years",
     "DURATION", "P20Y", "2002"),
    ("The ferry sails nearly two months after the storm hit.", "news",
     "nearly two months", "DURATION", "P2M", "2022-08"),
    # comparing with a year before is a date, its relation word inside
    ("Sales rose 5% from a year earlier.", "news", "a year earlier", "DATE", "2021", ""),
    # history annotation (TIMEX2) keeps the relation word and the date
    ("The town fell on 2 May 1915. Two days later the army withdrew.", "history",
     "Two days later", "DATE", "1915-05-04", ""),
])
def test_relation_words_after_a_duration(text, genre, surface, type_, value, points_to):
    t = next(t for t in tag(text, D, genre=genre) if t.text == surface)
    assert (t.type, t.value, t.points_to) == (type_, value, points_to)


@pytest.mark.parametrize("text", [
    "The morning papers carried the story.",
    "He worked from morning to night.",
    "They sat on the porch in the evening light.",
])
def test_parts_of_day_that_name_no_time(text):
    assert [t.text for t in tag(text, D, genre="news")] == []


def test_a_part_of_day_before_of_leaves_the_date_to_the_prefix():
    found = tag("The raid began in the early morning hours of 3 May 1940.", D, genre="news")
    assert [(t.text, t.value) for t in found] == [
        ("the early morning hours of 3 May 1940", "1940-05-03TMO")]


@pytest.mark.parametrize("text, surface, type_, value", [
    # an amount, or a number and what it counts, before "a year" makes a rate: a set
    ("The plan saves $40 million a year in fuel.", "a year", "SET", "P1Y"),
    ("The ferry makes six crossings a week in summer.", "a week", "SET", "P1W"),
    ("Output grew 4% a year through the decade.", "a year", "SET", "P1Y"),
    # a relation word after it keeps the date, and on its own it stays a duration
    ("Profit was 4 pence a year earlier.", "a year earlier", "DATE", "2021"),
    ("The repairs took a week.", "a week", "DURATION", "P1W"),
])
def test_rates_are_sets(text, surface, type_, value):
    t = next(t for t in tag(text, D, genre="news") if t.text == surface)
    assert (t.type, t.value) == (type_, value)


def test_holidays_without_a_dct_keep_valid_values():
    found = tag("We met on Thanksgiving and again on Christmas.", None)
    assert [t.value for t in found] == ["XXXX-11-XX", "XXXX-12-25"]


def test_lower_case_holiday_words_are_common_nouns():
    assert tag("A prayer of thanksgiving was said on election day.", D, genre="news") == ()


@pytest.mark.parametrize("text, surface, type_, value", [
    ("The new bridge will one day carry trains.", "one day", "DATE", "FUTURE_REF"),
    ("The minister had been in office one day.", "one day", "DURATION", "P1D"),
])
def test_one_day_after_a_modal_is_some_future_day(text, surface, type_, value):
    t = next(t for t in tag(text, D, genre="news") if t.text == surface)
    assert (t.type, t.value) == (type_, value)


@pytest.mark.parametrize("text, genre, expected", [
    ("They spoke of the future of the harbour.", "news", []),
    ("They spoke of the future of the harbour.", "history", ["the future"]),
    ("They will rebuild the harbour in the future.", "news", ["the future"]),
])
def test_the_future_of_something_is_no_time_in_news(text, genre, expected):
    assert [t.text for t in tag(text, D, genre=genre)] == expected


@pytest.mark.parametrize("text, genre, expected", [
    ('The minister said on ABC\'s "This Week" that talks failed.', "news", []),
    ("He told CBS's 60 Minutes about the plan.", "news", []),
    ("The Seven Days battles ended the siege.", "history", ["The Seven Days"]),
    ("This Week the talks resume.", "news", ["This Week"]),
    ("Shops close on Christmas Day.", "news", ["Christmas Day"]),
])
def test_titles_in_mid_sentence_are_no_times_in_news(text, genre, expected):
    assert [t.text for t in tag(text, D, genre=genre)] == expected


@pytest.mark.parametrize("text, surface, value", [
    # _C: tokenized text puts a space before the comma between a date's parts
    ("The rig exploded on April 20 , 2010 .", "April 20 , 2010", "2010-04-20"),
    ("Tuesday , 1 June 2010 , 15:39", "Tuesday , 1 June 2010 , 15:39", "2010-06-01T15:39"),
    ("It began in June , 2009 .", "June , 2009", "2009-06"),
    ("June 15 , 2011 at 10:16 am | Reply", "June 15 , 2011 at 10:16 am", "2011-06-15T10:16"),
])
def test_a_space_before_a_dates_comma_keeps_it_one_date(text, surface, value):
    found = {t.text: t.value for t in tag(text, date(2011, 1, 11))}
    assert found.get(surface) == value, found
