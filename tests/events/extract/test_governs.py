"""Which time expressions govern their clause, and which undated sentences report a happening."""
from datetime import date

import pytest

from events.extract.assemble import find_events
from events.extract.governs import (MODIFIER_BEFORE, background_rule, governs, in_quotation,
                                    modifier_rule, publication_verb)
from events.models import ActorMention, Article, ArticleInfo, TimeExpression
from events.temporal.interval import interval_of

DCT = date(2031, 5, 14)  # a Wednesday


def _rule(text, surface):
    i = text.index(surface)
    return modifier_rule(text, 0, i, i + len(surface))


@pytest.mark.parametrize("name, text, surface", [
    ("determiner", "Voters in the 2028 election chose a new council.", "2028"),
    ("possessor", "At the club's 2030 assembly the members voted.", "2030"),
    ("number", "Five 2032 hopefuls took the stage.", "2032"),
    ("described", "In her ground-breaking 2031 book the historian argued it.", "2031"),
    ("possessive", "At this year's fair the mayor spoke.", "this year"),
])
def test_a_date_that_modifies_a_noun_names_its_rule(name, text, surface):
    assert _rule(text, surface) == name
    assert name in {n for n, _ in MODIFIER_BEFORE} | {"possessive"}


@pytest.mark.parametrize("text, surface", [
    ("The club opened the store in 2003 and moved in 2005.", "2003"),
    ("The mayor spoke on Tuesday, as crowds gathered.", "Tuesday"),
    ("The store was renamed in 2006.", "2006"),
    ("The army on 5 March captured the town.", "5 March"),
    ("The council in 2027 approved the plan.", "2027"),
])
def test_a_date_that_modifies_the_verb_governs(text, surface):
    i = text.index(surface)
    assert _rule(text, surface) is None
    assert governs(text, 0, len(text), i, i + len(surface))


def test_a_date_inside_a_quotation_does_not_govern():
    text = 'The coach said: "In 2029 we lost the cup, and we will not lose it again."'
    i = text.index("2029")
    assert in_quotation(text, 0, len(text), i)
    assert not governs(text, 0, len(text), i, i + 4)


@pytest.mark.parametrize("name, text", [
    ("question", "Who built the bridge over the river?"),
    ("no-final-mark", "Photo gallery of the river bridge opening"),
    ("too-short", "The town cheered."),
])
def test_sentences_that_report_nothing_name_their_rule(name, text):
    assert background_rule(text, 0, len(text)) == name
    assert publication_verb(text, 0, len(text)) is None


@pytest.mark.parametrize("text, verb", [
    ("The mayor welcomed everyone to the opening of the bridge.", "welcomed"),
    ("The ferry comes in two colours and three sizes.", "comes"),
    ("The council has approved the budget for the harbour.", "has approved"),
    ('"We built it together," said the mayor of the town.', "said"),
])
def test_undated_sentences_that_report_a_happening(text, verb):
    found = publication_verb(text, 0, len(text))
    assert found is not None and text[found[0]:found[1]] == verb


@pytest.mark.parametrize("text", [
    "It remains difficult to estimate how many ferries the town owns.",
    "The harbour is one of the oldest on the coast.",
    "The council would need a new budget for the harbour.",
])
def test_background_and_hypothetical_sentences_report_nothing(text):
    assert publication_verb(text, 0, len(text)) is None


def _article(text):
    return Article(ArticleInfo("port", "Port", "x", published=DCT), text)


def _t(text, surface, value):
    i = text.index(surface)
    return TimeExpression(i, i + len(surface), surface, "DATE", value, interval=interval_of(value))


def test_a_noun_modifier_leaves_the_sentence_dated_by_publication():
    text = "Five 2032 hopefuls took the stage in the town hall."
    (event,) = find_events(_article(text), [_t(text, "2032", "2032")], [])
    assert (event.dated_by, event.when.start, event.summary) == \
        ("publication", DCT, "Five 2032 hopefuls took the stage in the town hall")


def test_march_and_june_are_two_dates():
    text = "The mayor made an appearance in March and June to open the bridges."
    events = find_events(_article(text), [_t(text, "March", "2031-03"), _t(text, "June", "2031-06")], [])
    assert [e.when.start.month for e in events] == [3, 6]


def test_between_two_dates_is_one_interval():
    text = "The bridge was closed between March and June for repairs."
    events = find_events(_article(text), [_t(text, "March", "2031-03"), _t(text, "June", "2031-06")], [])
    assert [(e.when.start.month, e.when.end.month) for e in events] == [(3, 6)]


def test_an_undated_sentence_continues_the_story_of_its_dated_lead():
    text = ("The mayor opened the bridge yesterday. She also thanked the builders for their work. "
            "The ferry company lowered its prices for the summer.")
    mentions = [ActorMention(0, 9, "The mayor", "mayor")]
    events = find_events(_article(text), [_t(text, "yesterday", "2031-05-13")], mentions)
    rows = [(e.summary, e.when.start.day, e.dated_by) for e in events]
    assert rows == [("The mayor opened the bridge", 13, "time"),
                    ("She also thanked the builders for their work", 13, "time"),
                    ("The ferry company lowered its prices for the summer", 14, "publication")]


def test_has_with_an_object_is_a_present_state_not_a_perfect():
    text = "The new ferry has two decks and a small cafe on board."
    assert publication_verb(text, 0, len(text))[2] == "present"


def test_a_verb_in_brackets_is_not_the_sentence_verb():
    text = "The ferry (first launched in Oslo) was sold to a Danish firm."
    found = publication_verb(text, 0, len(text))
    assert found is not None and text[found[0]:found[1]] == "was sold"


@pytest.mark.parametrize("name, text, surface", [
    ("name-run", "Fans watched Thursday Night Football at the club.", "Thursday"),
    ("quoted-title", 'She told NBC\'s "Today" that the ferry was late.', "Today"),
    ("name-run", "Clocks moved back at the end of British Summer Time in the town.", "Summer"),
    ("capitalized-unit", "The mayor spoke to 60 Minutes about the ferry.", "60 Minutes"),
])
def test_a_time_word_inside_a_name_is_no_date(name, text, surface):
    from events.extract.governs import name_rule
    i = text.index(surface)
    assert name_rule(text, 0, i, i + len(surface)) == name
    assert not governs(text, 0, len(text), i, i + len(surface))


@pytest.mark.parametrize("text, surface", [
    ("The mayor spoke on Monday March 3 at the pier.", "Monday"),
    ("The ferry left on Thursday and came back.", "Thursday"),
    ("Norway on Tuesday delivered the ferry.", "Tuesday"),
    ("The ferry came in 60 minutes.", "60 minutes"),
])
def test_a_plain_date_is_no_name(text, surface):
    from events.extract.governs import name_rule
    i = text.index(surface)
    assert name_rule(text, 0, i, i + len(surface)) is None


def test_a_name_keeps_its_words_in_the_summary():
    text = "Fans of the club watched Thursday Night Football in the harbour hall."
    (event,) = find_events(_article(text), [_t(text, "Thursday", "2031-05-15")], [])
    assert event.dated_by == "publication" and "Thursday Night Football" in event.summary


def test_a_date_after_a_preposition_before_a_name_is_a_date():
    from events.extract.governs import name_rule
    text = "The mayor said on Tuesday Harbour Lines would sell the ferry."
    i = text.index("Tuesday")
    assert name_rule(text, 0, i, i + 7) is None


@pytest.mark.parametrize("text, heading", [
    ("2031 ELECTION FALLOUT", True),
    ("Photo: the new ferry arrives in the harbour on Tuesday", True),
    ("The new ferry arrived in the harbour on Tuesday.", False),
    ("Did the ferry arrive on Tuesday?", False),
])
def test_headings_and_captions_are_not_story_sentences(text, heading):
    from events.extract.governs import is_heading
    assert is_heading(text, 0, len(text)) is heading


def test_a_caption_gives_no_event():
    text = "Photo: the new ferry arrives in the harbour on Tuesday\nThe mayor opened the new pier."
    events = find_events(_article(text), [_t(text, "Tuesday", "2031-05-13")], [])
    assert [e.summary for e in events] == ["The mayor opened the new pier"]


@pytest.mark.parametrize("text, surface", [
    ("Yesterday New Harbour Lines sold the ferry.", "Yesterday"),
    ("Tuesday Night Football fans and the mayor spoke.", "Tuesday"),  # a sentence start says nothing
])
def test_a_capital_after_a_date_at_the_sentence_start_makes_no_name(text, surface):
    from events.extract.governs import name_rule
    i = text.index(surface)
    assert name_rule(text, 0, i, i + len(surface)) is None


@pytest.mark.parametrize("text, surface, reduced", [
    ("The law applies to people born in 2005.", "2005", True),
    ("The club says it broke an agreement reached between the two towns in 1991.", "1991", True),
    ("The council said it planned to buy two advanced ferries for the harbour in May.", "May", False),
    ("The town founded the harbour school in 1976.", "1976", False),
    ("The school was founded in 1976.", "1976", False),
    # a subordinate clause's own subject and verb: CLAUSE_OPENER
    ("Two guards were hurt when the ferry capsized on 20 April.", "20 April", False),
    ("The mayor resigned after the council voted on Monday.", "Monday", False),
    # a clause opener earlier, then a verb of its own before the noun: still reduced
    ("When it opened, the club broke an agreement reached in 1991.", "1991", True),
])
def test_a_date_in_a_participle_phrase_after_a_noun_dates_the_noun(text, surface, reduced):
    from events.extract.governs import reduced_relative
    assert reduced_relative(text, 0, text.index(surface)) is reduced


def test_a_clause_left_without_a_verb_gives_the_sentence_as_summary():
    text = "In a speech on Tuesday, the mayor said the harbour would reopen."
    (event,) = find_events(_article(text), [_t(text, "Tuesday", "2031-05-13")], [])
    assert event.summary == "In a speech, the mayor said the harbour would reopen"


def test_a_state_going_on_since_a_date_began_then():
    text = "The mayor has been running the harbour since 2019."
    (event,) = find_events(_article(text), [_t(text, "2019", "2019")], [])
    assert (event.when.start.year, event.status, event.dated_by) == (2019, "ongoing", "time")
    text = "Prices have doubled since 2019."
    (event,) = find_events(_article(text), [_t(text, "2019", "2019")], [])
    assert event.dated_by == "publication"


def test_a_later_sentence_that_names_the_lead_actor_goes_on_with_the_lead():
    text = ("The old ferry sank in the harbour yesterday. The town held its breath. "
            "Divers from the coast guard searched the wreck of the old ferry for hours.")
    i, j = text.index("The old ferry"), text.rindex("the old ferry")
    mentions = [ActorMention(i, i + 13, "The old ferry", "ferry"), ActorMention(j, j + 13, "the old ferry", "ferry")]
    events = find_events(_article(text), [_t(text, "yesterday", "2031-05-13")], mentions)
    assert [(e.when.start.day, e.dated_by) for e in events] == [(13, "time"), (14, "publication"), (13, "time")]


@pytest.mark.parametrize("text", [
    "The mayor's remarks represent a change in the harbour's plans.",
    "Harbour passes give the owners the right to moor for free.",
])
def test_a_plural_noun_is_not_a_present_verb(text):
    assert publication_verb(text, 0, len(text)) is None


def _mentions(text, *pairs):
    out = []
    for surface, actor in pairs:
        start = 0
        while (i := text.find(surface, start)) >= 0:
            out.append(ActorMention(i, i + len(surface), surface, actor))
            start = i + len(surface)
    return out


def test_an_inverted_attribution_takes_its_subject_after_the_verb():
    # (only the name right after the verb: "said from Brussels that Russia ..." names no subject)
    # "... said Berg": no actor before the verb, so the subject is the first one after it
    text = ("The mayor opened the bridge yesterday. Anna Berg, its engineer, spoke on Monday. "
            "\u201cWe are proud of this bridge,\u201d said Berg.")
    mentions = _mentions(text, ("The mayor", "mayor"), ("Anna Berg", "berg"))
    i = text.rindex("Berg")
    mentions.append(ActorMention(i, i + 4, "Berg", "berg"))
    times = [_t(text, "yesterday", "2031-05-13"), _t(text, "Monday", "2031-05-12")]
    events = find_events(_article(text), times, mentions)
    assert [(e.when.start.day, e.dated_by) for e in events][-1] == (12, "time")


def test_a_subject_after_an_opening_phrase_is_the_subject():
    text = ("The mayor opened the bridge yesterday. Anna Berg, its engineer, spoke on Monday. "
            "For drivers still worried about the tolls, Berg said that the first month is free.")
    mentions = _mentions(text, ("The mayor", "mayor"), ("Anna Berg", "berg"))
    i = text.index("Berg said")
    mentions.append(ActorMention(i, i + 4, "Berg", "berg"))
    times = [_t(text, "yesterday", "2031-05-13"), _t(text, "Monday", "2031-05-12")]
    events = find_events(_article(text), times, mentions)
    assert [(e.when.start.day, e.dated_by) for e in events][-1] == (12, "time")


def test_the_lead_is_continued_by_a_sentence_naming_its_subject_not_its_first_actor():
    # the lead's first actor is the authority; its subject, Anna Berg, is who the story follows
    text = ("The head of the Port Authority Anna Berg resigned yesterday after ten years. "
            "The ferry timetable stays the same. The city council praised Berg for her work.")
    mentions = _mentions(text, ("Port Authority", "port-authority"), ("Anna Berg", "berg"),
                         ("The city council", "council"), ("Berg for", "berg"))
    events = find_events(_article(text), [_t(text, "yesterday", "2031-05-13")], mentions)
    praised = [e for e in events if "praised" in e.summary]
    assert [(e.when.start.day, e.dated_by) for e in praised] == [(13, "time")]


@pytest.mark.parametrize("text, verb", [
    ("When asked about the tolls, the minister, Anna Berg, said they would fall.", "said"),
    ("For drivers still worried about the tolls, Berg said the first month is free.", "said"),
    ("The mayor opened the bridge, and Berg cut the ribbon.", "opened"),
])
def test_the_sentence_verb_comes_after_an_opening_phrase(text, verb):
    from events.extract.governs import first_verb
    assert first_verb(text, 0, len(text)) == text.index(verb)


def test_a_name_in_the_reported_clause_is_not_the_subject():
    # no subject before "said"; "Russia" in the reported clause does not continue its story
    text = ("The mayor opened the bridge yesterday. Russia shelled the port on Monday. "
            "The reporter said from the harbour that Russia had fired at the town.")
    mentions = _mentions(text, ("Russia", "russia"), ("The mayor", "mayor"))
    times = [_t(text, "yesterday", "2031-05-13"), _t(text, "Monday", "2031-05-12")]
    events = find_events(_article(text), times, mentions)
    assert [(e.when.start.day, e.dated_by) for e in events][-1] == (14, "publication")


# A day that premodifies a happening noun (HAPPENING_NOUNS) dates that happening.

def _day(text, surface, value):
    return [_t(text, surface, value)]


@pytest.mark.parametrize("text, surface, span", [
    # the determiner opens the phrase; a prepositional phrase after the noun belongs to it
    ("The pier has been shut since the May 9 explosion on the old ferry.", "May 9",
     "the May 9 explosion on the old ferry"),
    # a possessive day is the determiner itself; a verb after the noun makes it a subject
    ("Officials said Sunday's strikes had closed the harbour.", "Sunday",
     "Sunday's strikes had closed the harbour"),
    # up to two describing words between the day and the noun
    ("The mayor will not attend Friday's harbour board meeting.", "Friday",
     "Friday's harbour board meeting"),
    # a comma ends the phrase
    ("The firm, the largest before the May 9 blowout at the pier, lost half its value.",
     "May 9", "the May 9 blowout at the pier"),
])
def test_a_day_before_a_happening_noun_names_the_happening(text, surface, span):
    from events.extract.governs import happening
    i = text.index(surface)
    found = happening(text, 0, len(text), i, i + len(surface))
    assert found is not None and text[found[0]:found[1]] == span


@pytest.mark.parametrize("text, surface", [
    ("The mayor praised the May 9 budget of the harbour.", "May 9"),  # not a happening noun
    ("The ferry left on May 9 after the explosion.", "May 9"),  # modifies the verb, not a noun
])
def test_a_day_before_another_noun_names_no_happening(text, surface):
    from events.extract.governs import happening
    i = text.index(surface)
    assert happening(text, 0, len(text), i, i + len(surface)) is None


@pytest.mark.parametrize("text, surface, dated", [
    ("Two sailors were hurt in Monday's incident.", "Monday", True),
    ("The mayor spoke at Tuesday's meeting of the council.", "Tuesday", True),
    ("The mayor spoke during the May 9 session.", "May 9", True),
    ("The mayor spoke after Monday's incident.", "Monday", False),  # "after" relates, not dates
    ("The mayor spoke about Monday's incident.", "Monday", False),
])
def test_a_happening_after_in_at_during_is_the_occasion_of_its_clause(text, surface, dated):
    from events.extract.governs import occasion_of_clause
    i = text.index(surface)
    assert occasion_of_clause(text, 0, i, i + len(surface)) is dated
    assert governs(text, 0, len(text), i, i + len(surface), fine=True, day=True) is dated


def test_a_premodified_happening_is_an_event_of_its_day_beside_the_sentence():
    text = "Officials said Sunday's strikes had closed the harbour."
    events = find_events(_article(text), _day(text, "Sunday", "2031-05-11"), [])
    rows = sorted((e.when.start.day, e.dated_by, e.trigger, e.summary) for e in events)
    assert rows == [(11, "time", "strikes", "The strikes had closed the harbour"),
                    (14, "publication", "said", "Officials said Sunday's strikes had closed the harbour")]


def test_a_dated_happening_that_is_the_subject_leaves_no_publication_event():
    # the sentence's verb lies in the happening's span: its event already tells it
    text = "A May 9 explosion on the old ferry injured two crew members."
    events = find_events(_article(text), _day(text, "May 9", "2031-05-09"), [])
    assert [(e.when.start.day, e.dated_by) for e in events] == [(9, "time")]


def test_a_happening_noun_phrase_alone_is_its_summary():
    text = "The pier has been shut since the May 9 explosion on the old ferry."
    events = find_events(_article(text), _day(text, "May 9", "2031-05-09"), [])
    (made,) = [e for e in events if e.dated_by == "time"]
    assert (made.when.start.day, made.trigger, made.summary) == \
        (9, "explosion", "The explosion on the old ferry")


def test_the_occasion_of_the_clause_dates_the_clause():
    text = "Two sailors were hurt in Monday's incident at the pier."
    (event,) = find_events(_article(text), _day(text, "Monday", "2031-05-12"), [])
    assert (event.when.start.day, event.summary) == (12, "Two sailors were hurt in the incident at the pier")


@pytest.mark.parametrize("text, surface, value", [
    ("Voters in this year's election chose a new council.", "this year", "2031"),  # not a day
    ("The council discussed the May vote on the harbour.", "May", "2031-05"),  # a month
    ('The mayor said: "Monday\'s meeting was a failure for the harbour."', "Monday", "2031-05-12"),
])
def test_a_year_a_month_or_a_quoted_day_dates_no_happening(text, surface, value):
    events = find_events(_article(text), _day(text, surface, value), [])
    assert [e.dated_by for e in events] == ["publication"]
