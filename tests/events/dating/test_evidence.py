"""Publication dates from text: date forms, datelines, date lines, and inference."""
from __future__ import annotations

from datetime import date

import pytest

from events.models import TimeExpression
from events.dating.evidence import (DATE_FORMS, DATELINES, PUBLICATION_NOTES, find_date_line,
                                    find_dateline, find_publication_notes,
                                    find_text_date, parse_date, partial_in, partial_value,
                                    weekdays_named, year_near)
from events.dating.mentions import infer_published

# (form, text, date)
DATE_FORM_CASES = [
    ("iso", "2031-03-04", date(2031, 3, 4)),
    ("iso", "2031-03-04T08:15:00+01:00", date(2031, 3, 4)),
    ("month-day-year", "March 4, 2031", date(2031, 3, 4)),
    ("month-day-year", "Mar. 4th 2031", date(2031, 3, 4)),
    ("month-day-year", "Sept 4 , 2031", date(2031, 9, 4)),
    ("day-month-year", "4 March 2031", date(2031, 3, 4)),
    ("day-month-year", "4th of March, 2031", date(2031, 3, 4)),
    ("dotted-dmy", "04.03.2031", date(2031, 3, 4)),
]


def test_every_date_form_has_a_case():
    assert {name for name, _ in DATE_FORMS} == {form for form, _, _ in DATE_FORM_CASES}


@pytest.mark.parametrize(("form", "text", "expected"), DATE_FORM_CASES)
def test_date_forms(form, text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Wednesday, March 5, 2031", date(2031, 3, 5)),
    ("Published: 5 March 2031 14:03 CET", date(2031, 3, 5)),
    ("Updated 3:47 PM EDT, Wed March 5, 2031", date(2031, 3, 5)),
    ("Last updated on March 5, 2031 at 9:10 a.m.", date(2031, 3, 5)),
    ("Posted Mar 5 2031 | 10:15 am", date(2031, 3, 5)),
    ("The vote was on March 5, 2031", None),
    ("March 5", None),
    ("February 30, 2031", None),
])
def test_parse_date_reads_only_whole_date_lines(text, expected):
    assert parse_date(text) == expected


# (dateline form, text, date, the stamp that is cut out)
DATELINE_CASES = [
    ("pipe", "TRIPOLI | Thu Sep 8, 2011 7:26 pm EDT TRIPOLI (Reuters) - Talks began.",
     date(2011, 9, 8), "TRIPOLI | Thu Sep 8, 2011 7:26 pm EDT"),
    ("pipe", "Analysis: Oil to stay high HOUSTON | Mon Feb 21, 2011 12:47 pm EST HOUSTON "
             "(Reuters) - Prices rose.", date(2011, 2, 21), "HOUSTON | Mon Feb 21, 2011 12:47 pm EST"),
    ("timestamp", "Sat Feb 26, 2011 4:36 pm EST (Reuters) - Talks began.",
     date(2011, 2, 26), "Sat Feb 26, 2011 4:36 pm EST"),
    ("place-date-line", "Brussels, 12 October 2022\n\nMinisters met on Wednesday.",
     date(2022, 10, 12), "Brussels, 12 October 2022"),
    ("place-date", "WASHINGTON, Oct. 12, 2022 (AP) - Talks began.", date(2022, 10, 12),
     ", Oct. 12, 2022"),
    ("place-month-day", "CAIRO, March 3 (Reuters) - Talks that began in 2011 went on.",
     date(2011, 3, 3), ", March 3"),
    ("place-month-day", "ROME Feb 21 (Reuters - Talks that began in 2011 went on.",
     date(2011, 2, 21), " Feb 21"),
    ("month-day-credit", "Aug 21 (Reuters) - Rebels entered the capital in 2011.",
     date(2011, 8, 21), "Aug 21"),
    ("opening-month-day", "Mar 1 - The minister warned of war, as in 2010 and 2011.",
     date(2011, 3, 1), "Mar 1"),
    ("spaced-numeric-stamp", "2009 05 3 08:53 JST MEXICO CITY (Reuters) - The outbreak eased.",
     date(2009, 5, 3), "2009 05 3 08:53 JST"),
    ("timestamp-no-year", "Thu, Sep 15 10:57 AM BST LONDON (Reuters) - Oil fell, as in 2010 "
                          "and 2011.", date(2011, 9, 15), "Thu, Sep 15 10:57 AM BST"),
]


def test_every_dateline_form_has_a_case():
    assert {name for name, _ in DATELINES} == {form for form, *_ in DATELINE_CASES}


@pytest.mark.parametrize(("form", "text", "expected", "stamp"), DATELINE_CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(DATELINE_CASES)])
def test_datelines(form, text, expected, stamp):
    found = find_dateline(text)
    assert found is not None and found.date == expected
    assert text[found.start:found.end] == stamp


@pytest.mark.parametrize("text", [
    "The talks, held in Paris, 12 October 2022 was busy.",  # mid-sentence, no dateline
    "The vote is set for Monday, March 7 at 10:30 am, officials said.",  # a plan, not a stamp
    "Aug 21 - rebels entered the capital (Reuters).",  # no credit, and lower case after
    "Talks went on.\nMar 1 - The minister warned of war in 2011.",  # not the text's start
    "Officials met on Monday. Nothing else was said.",
    "Prices rose.\n2009 05 3 08:53 JST",  # a numeric stamp counts only where the text opens
    "2009 13 3 08:53 JST Talks went on.",  # no such month
    "2009 05 3 people were hurt in 12 towns.",  # no clock time: a year and two numbers
])
def test_no_dateline(text):
    assert find_dateline(text) is None


def test_year_for_month_day_dateline_is_the_most_mentioned():
    text = "ROME, Feb 21 (Reuters) - In 2010 a deal was signed; in 2011 and 2011 it failed."
    found = find_dateline(text)
    assert found is not None and found.date == date(2011, 2, 21)
    assert found.how == "dateline (year from the text)"


@pytest.mark.parametrize(("text", "partial"), [
    ("CAIRO, March 3 (Reuters) - Talks went on.", "XXXX-03-03"),  # no year anywhere
    # the stamp names a Thursday; 15 Sep 2010 was a Wednesday
    ("Thu, Sep 15 10:57 AM BST LONDON (Reuters) - Oil fell, as in 2010.", "XXXX-09-15"),
])
def test_dateline_without_a_year_gives_a_partial_date(text, partial):
    found = find_dateline(text)
    assert (found.date, found.partial, found.how) == (None, partial, "dateline without a year")


def test_dateline_with_a_year_from_the_text_keeps_the_partial_too():
    found = find_dateline("CAIRO, March 3 (Reuters) - Talks that began in 2011 went on.")
    assert (found.date, found.partial) == (date(2011, 3, 3), "XXXX-03-03")


def test_a_later_dateline_with_the_year_completes_a_partial_one():
    text = "Aug 16 (Reuters) - * Talks denied TRIPOLI | Tue Aug 16, 2011 4:36 pm EDT TRIPOLI - Talks."
    assert find_dateline(text).date == date(2011, 8, 16)


@pytest.mark.parametrize(("partial", "year", "expected"), [
    ("XXXX-02-21", 2011, date(2011, 2, 21)),
    ("XXXX-02-29", 2011, None),
    ("XXXX-02-29", 2012, date(2012, 2, 29)),
    ("2011-02", 2011, None),
])
def test_partial_in(partial, year, expected):
    assert partial_in(partial, year) == expected


@pytest.mark.parametrize(("partial", "near", "expected"), [
    ("XXXX-02-21", date(2011, 2, 25), date(2011, 2, 21)),
    ("XXXX-12-31", date(2012, 1, 2), date(2011, 12, 31)),  # last year's, two days before
    ("XXXX-01-02", date(2011, 12, 30), date(2012, 1, 2)),
])
def test_year_near(partial, near, expected):
    assert year_near(partial, near) == expected


def test_partial_value_refuses_a_day_no_year_has():
    assert (partial_value(2, 29), partial_value(2, 30)) == ("XXXX-02-29", "")


def test_weekdays_named():
    assert weekdays_named("He spoke on Monday and again on sunday, not Mon.") == {1, 7}


def test_date_line_near_top():
    text = "Harbour plan approved\n\nMarch 4, 2031\n\nThe council met."
    found = find_date_line(text)
    assert found is not None and (found.date, found.how) == (date(2031, 3, 4), "date line")
    assert text[found.start:found.end] == "March 4, 2031"


def test_date_line_too_far_down_is_ignored():
    text = "\n".join(f"Line {i} of the story." for i in range(12)) + "\nMarch 4, 2031\n"
    assert find_date_line(text) is None


def test_date_line_wins_over_dateline():
    text = "March 5, 2031\nBRUSSELS, March 4 (Reuters) - Talks began in 2031."
    assert find_text_date(text).date == date(2031, 3, 5)


# ---------------------------------------------------------------- inference

def tx(text: str, value: str, type_: str = "DATE", anchor: str = "") -> TimeExpression:
    """A fake tagger output: only the fields the inference reads matter."""
    return TimeExpression(start=0, end=len(text), text=text, type=type_, value=value,
                          anchor=anchor)


@pytest.mark.parametrize(("times", "text", "expected"), [
    # one date mentioned and its weekday: that day
    ([tx("March 4, 2031", "2031-03-04"), tx("Tuesday", "XXXX-WXX-2")], "", date(2031, 3, 4)),
    # the latest of several dates, when nothing says otherwise
    ([tx("March 1, 2031", "2031-03-01"), tx("March 4, 2031", "2031-03-04")], "",
     date(2031, 3, 4)),
    # a weekday after the latest date moves it forward (4 Mar 2031 is a Tuesday)
    ([tx("March 4, 2031", "2031-03-04"), tx("Thursday", "XXXX-WXX-4"),
      tx("Thursday", "XXXX-WXX-4")], "", date(2031, 3, 6)),
    # weekdays read from the text when the tagger left them out
    ([tx("March 4, 2031", "2031-03-04")], "He spoke on Wednesday and again Wednesday.",
     date(2031, 3, 5)),
    # a month-day without a year takes the year of the full dates mentioned
    ([tx("1969", "1969"), tx("1969", "1969"), tx("March 1, 2031", "2031-03-01"),
      tx("March 4", "XXXX-03-04")], "", date(2031, 3, 4)),
    # a far-off planned date mentioned once does not outweigh the story's days
    ([tx("March 4, 2031", "2031-03-04"), tx("March 4, 2031", "2031-03-04"),
      tx("June 30, 2031", "2031-06-30")], "", date(2031, 3, 4)),
])
def test_infer_published(times, text, expected):
    result = infer_published(times, text)
    assert result is not None and result[0] == expected


@pytest.mark.parametrize(("times", "text"), [
    ([], "Officials met on Tuesday."),
    ([tx("Tuesday", "XXXX-WXX-2"), tx("April", "XXXX-04")], ""),
    # a bare year is background, not the year of a month and day
    ([tx("1969", "1969"), tx("March 4", "XXXX-03-04")], ""),
    ([tx("the day before", "2031-03-03", anchor="reference")], ""),  # relative: not evidence
    ([tx("three days", "P3D", "DURATION")], ""),
])
def test_infer_published_needs_a_full_date(times, text):
    assert infer_published(times, text) is None


def test_infer_published_says_how():
    result = infer_published([tx("March 4, 2031", "2031-03-04"), tx("Tuesday", "XXXX-WXX-2")], "")
    assert result == (date(2031, 3, 4), "inferred from 1 date mention and Tuesday")


@pytest.mark.parametrize("value, expected", [
    ("2031-03-04", date(2031, 3, 4)),               # our own forms, no dateparser
    ("Tue, 4 March 2031 08:00", date(2031, 3, 4)),
    ("4 mars 2031", date(2031, 3, 4)),              # dateparser, French
    ("Dienstag, 4. März 2031", date(2031, 3, 4)),   # dateparser, German
    ("2031/03/04", date(2031, 3, 4)),
    ("tomorrow", None),                             # relative: would need today's date
    ("March 2031", None),                           # no day
    ("soon, we hope 2", None),
    ("4 March 2031 " + "x" * 80, date(2031, 3, 4)),  # long, but our form finds it
])
def test_header_date(value, expected):
    from events.dating.evidence import header_date

    assert header_date(value) == expected


def test_infer_published_reads_a_month_and_day_the_tagger_put_in_the_story_year():
    # with no publication date the tagger gives "March 4" the story's year (anchor
    # "reference"): it is still a mentioned day (YEARLESS_DAY_RULES), not a relative one
    from events.temporal import tag  # the real tagger, not a fake output

    text = "The council voted on March 1, 2031. It met again on March 4."
    result = infer_published(tag(text, None), text)
    assert result is not None and result[0] == date(2031, 3, 4)


# --- Publication notes: the article's own words on when it was published -------------

# (rule, text, date, the note's text)
NOTE_CASES = [
    ("first-published", "The vote is on Friday. First published on Monday 5 May 2031 20.12 BST",
     date(2031, 5, 5), "First published on Monday 5 May 2031 20.12 BST"),
    ("first-published", "This story was published on example.org at 19.48 BST on Friday 16 "
     "May 2031. Follow us", date(2031, 5, 16),
     "This story was published on example.org at 19.48 BST on Friday 16 May 2031"),
    ("published-label", "Rain fell.\nPublished: 12 May 2031\nMore rain.", date(2031, 5, 12),
     "Published: 12 May 2031"),
    ("appeared-in-print", "the end. This article appeared on p7 of the Home section of the "
     "Daily Example on Saturday 17 May 2031", date(2031, 5, 17),
     "This article appeared on p7 of the Home section of the Daily Example on Saturday 17 "
     "May 2031"),
    ("appeared-in-print", "A version of this article appeared in print on May 3, 2031, on "
     "page A1 of the city edition.", date(2031, 5, 3),
     "A version of this article appeared in print on May 3, 2031"),
    ("last-updated", "Page last updated at 10:08 GMT, Monday, 2 June 2031 11:08 UK The mayor "
     "said", date(2031, 6, 2), "Page last updated at 10:08 GMT, Monday, 2 June 2031 11:08 UK"),
    ("last-updated", "Last Modified: Monday, 2 June 2031", date(2031, 6, 2),
     "Last Modified: Monday, 2 June 2031"),
    ("updated-label", "Updated: June 2, 2031 4:15 pm\nThe mayor said", date(2031, 6, 2),
     "Updated: June 2, 2031 4:15 pm"),
]


def test_every_publication_note_rule_has_a_case():
    assert {name for name, *_ in PUBLICATION_NOTES} == {rule for rule, *_ in NOTE_CASES}


@pytest.mark.parametrize(("rule", "text", "expected", "note"), NOTE_CASES)
def test_publication_notes(rule, text, expected, note):
    found = find_publication_notes(text)
    assert [(n.name, n.date, text[n.start:n.end]) for n in found] == [(rule, expected, note)]
    assert found[0].kind == dict((name, kind) for name, kind, _ in PUBLICATION_NOTES)[rule]


@pytest.mark.parametrize("text", [
    "A report published on 3 May 2031 said the wells leak.",  # another paper's date
    "He was last seen on 3 May 2031.",
    "The agency issued an updated warning on 3 May 2031.",  # "updated" inside a sentence
    "This article appeared on p7 of the Home section of the Daily Example on Follow us",
    "Page last updated at 10:08 GMT, Tuesday, 2 June 2031",  # 2 June 2031 is a Monday
])
def test_no_publication_note(text):
    assert find_publication_notes(text) == []


def test_a_page_may_say_when_it_was_published_and_when_it_was_changed():
    text = ("This article was published on example.org at 19.48 BST on Friday 16 May 2031. "
            "It was last modified at 09.00 BST on Saturday 17 May 2031.")
    assert [(n.kind, n.date) for n in find_publication_notes(text)] == [
        ("published", date(2031, 5, 16)), ("updated", date(2031, 5, 17))]
