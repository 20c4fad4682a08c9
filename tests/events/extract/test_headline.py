"""The headline as an event: each trim, reject and verb rule by name, its dating and its source."""
from datetime import date

import pytest

from events.extract.assemble import extract, find_events
from events.extract.headline import (REJECTS, TRIMS, VERB_RULES, find_headline, headline_event,
                                     is_future, own_date, reject_rule, trim, verb_rule)
from events.models import ActorMention, Article, ArticleInfo
from events.options import Options
from events.temporal import tag

DCT = date(2031, 3, 5)  # a Wednesday


@pytest.mark.parametrize(("rule", "title", "kept"), [
    ("label-prefix", "Live updates: Harbour board approves the new ferry pier",
     "Harbour board approves the new ferry pier"),
    ("label-prefix", "Opinion | The ferry pier is a mistake", "The ferry pier is a mistake"),
    ("site-suffix", "Harbour board approves ferry pier - Portville Gazette",
     "Harbour board approves ferry pier"),
    ("site-suffix", "Harbour board approves ferry pier | portville.com",
     "Harbour board approves ferry pier"),
])
def test_trim_rule(rule, title, kept):
    assert rule in dict(TRIMS)
    start, end = trim(title)
    assert title[start:end] == kept


def test_trims_keep_what_is_no_label_or_site():
    title = "Ferry plan: the board approves a new pier - and a second one"
    assert trim(title) == (0, len(title))


@pytest.mark.parametrize(("rule", "headline"), [
    ("label", "Live updates"),
    ("label", "Opinion"),
    ("label", "Middle East"),
    ("too-short", "Ferry approved"),
    ("question", "Will the harbour board approve the pier?"),
    ("no-verb", "Series of explosions in the harbour district"),
])
def test_reject_rule(rule, headline):
    assert rule in REJECTS
    assert reject_rule(headline) == rule


@pytest.mark.parametrize(("rule", "headline"), [
    ("present-s", "Harbour board approves new ferry pier"),
    ("present-s", "Northern missile misses southern warship"),
    ("past", "Ferry operator fined over harbour spill"),
    ("to-infinitive", "Portville to open new ferry pier"),
    ("modal", "Ferries will stop at the new pier"),
    ("bare-present", "Fishermen cheer the harbour plan"),
])
def test_verb_rule(rule, headline):
    assert rule in dict(VERB_RULES)
    assert verb_rule(headline) == rule
    assert reject_rule(headline) is None


def test_rule_to_infinitive_is_the_headline_future():
    assert is_future("Portville to open new ferry pier")
    assert not is_future("Board votes to open new ferry pier")  # the vote happened


@pytest.mark.parametrize("title_from", ["", "first words"])
def test_a_title_not_given_by_the_input_is_no_headline(title_from):
    assert find_headline("Harbour board approves new ferry pier", title_from) is None
    assert find_headline("Harbour board approves new ferry pier", "meta") is not None


def test_rule_named_year_is_part_of_a_name_not_the_date():
    title = "Portville shows new ferries at Harbour Expo 2031"
    head = find_headline(title, "meta")
    assert own_date(title, head, tag(title, DCT)) is None


TEXT = ("The harbour board on Tuesday approved a new ferry pier for Portville. "
        "Work will start in May, the board said. Shares of Ferrico rose sharply.")


def _article(title: str, text: str = TEXT, published=DCT) -> Article:
    info = ArticleInfo("harbour-1", title, "0" * 64, published=published,
                       published_from="text" if published else "unknown", title_from="meta")
    return Article(info, text)


def _headline(title: str, text: str = TEXT, published=DCT, mentions=()):
    article = _article(title, text, published)
    events = find_events(article, tag(text, published), mentions)
    head = find_headline(title, "meta")
    return headline_event(article.id, title, head, tag(title, published), mentions, events,
                          published)


def test_headline_takes_the_date_of_its_lead():
    made = _headline("Harbour board approves new ferry pier")
    assert (made.when.start, made.dated_by, made.status) == (date(2031, 3, 4), "time", "happened")
    assert made.source.part == "title" and made.source.quote == made.summary


def test_headline_dated_by_its_own_date():
    made = _headline("Harbour board approves new ferry pier on March 1")
    assert (made.when.start, made.source.time_text) == (date(2031, 3, 1), "March 1")
    assert made.summary == "Harbour board approves new ferry pier"


def test_headline_of_another_happening_is_dated_by_the_publication():
    made = _headline("Ferrico shares jump after the vote")
    assert (made.when.start, made.dated_by) == (DCT, "publication")


def test_headline_with_nothing_to_date_it_gives_no_event():
    assert _headline("Ferrico shares jump after the vote", published=None) is None


def test_headline_in_the_future_is_planned():
    assert _headline("Portville to get new ferry pier").status == "planned"


def test_headline_names_the_actors_of_the_text():
    i = TEXT.index("Portville")
    mentions = (ActorMention(i, i + 9, "Portville", "portville"),)
    made = _headline("Portville approves new ferry pier", mentions=mentions)
    assert made.actors == ("portville",)


def test_source_span_is_in_the_title():
    title = "Live updates: Harbour board approves new ferry pier"
    made = _headline(title)
    assert title[made.source.start:made.source.end] == made.source.quote == \
        "Harbour board approves new ferry pier"


def test_extract_puts_the_headline_first_and_a_label_gives_none():
    events = extract(_article("Harbour board approves new ferry pier"), Options()).events
    assert events[0].source.part == "title"
    assert all(e.source.part == "text" for e in events[1:])
    label = extract(_article("Live updates"), Options()).events
    assert all(e.source.part == "text" for e in label) and len(label) == len(events) - 1
