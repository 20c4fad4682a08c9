from datetime import date

import pytest

from events.extract.classify import (EVENT_TYPES, EXPECTATION_CUES, ONGOING_CUES, PLAN_CUES, first_cue,
                             status_of, trigger_and_type)
from events.models import Interval
from events.extract.classify import _EXPECT, _ONGOING, _PLAN

DCT = date(2021, 3, 10)


def _day(d):
    return Interval(d, d, "day")


@pytest.mark.parametrize("name, text", [
    ("expected", "Prices are expected to fall"),
    ("likely", "The vote will likely pass"),
    ("modal-maybe", "The bridge could open"),
    ("forecast", "Growth is forecast to slow"),
    ("arrival-by", "the first buses arriving by the end of May"),
    ("according-to", "the plant opens, according to engineers"),
])
def test_expectation_cues(name, text):
    assert name in dict(EXPECTATION_CUES)
    assert first_cue(_EXPECT, text) == name


@pytest.mark.parametrize("name, text", [
    ("will", "The mayor will open the bridge"),
    ("set-to", "Ministers are set to meet"),
    ("plan-to", "The firm plans to hire staff"),
    ("going-to", "They are going to vote"),
    ("to-be-held", "a summit to be held in Oslo"),
])
def test_plan_cues(name, text):
    assert name in dict(PLAN_CUES)
    assert first_cue(_PLAN, text) == name


@pytest.mark.parametrize("name, text", [
    ("progressive", "Crews are clearing the roads"),
    ("continues", "The strike continues"),
])
def test_ongoing_cues(name, text):
    assert name in dict(ONGOING_CUES)
    assert first_cue(_ONGOING, text) == name


@pytest.mark.parametrize("clause, when, expected", [
    ("The mayor opened the bridge", _day(date(2021, 3, 8)), "happened"),
    ("The mayor will open the bridge", _day(date(2021, 3, 12)), "planned"),
    ("The bridge could open", _day(date(2021, 3, 12)), "expected"),
    ("Ministers were set to meet", _day(DCT), "planned"),
    ("Crews are clearing the roads", _day(DCT), "ongoing"),
    ("The mayor spoke", _day(DCT), "happened"),
    ("The bridge opens", _day(date(2021, 4, 1)), "planned"),
    ("The plan will be approved", _day(date(2021, 3, 1)), "happened"),
])
def test_status(clause, when, expected):
    assert status_of(clause, when, DCT) == expected


def test_status_without_a_publication_date_reads_the_wording():
    assert status_of("The mayor will open it", _day(date(2021, 3, 1)), None) == "planned"
    assert status_of("The mayor opened it", _day(date(2021, 3, 1)), None) == "happened"


@pytest.mark.parametrize("kind, clause, trigger", [
    ("attack", "Rebels shelled the port", "shelled"),
    ("meeting", "The ministers met in Oslo", "met"),
    ("meeting", "The chief executive appears at a congressional hearing", "hearing"),
    ("meeting", "The regulator testified before the committee", "testified"),
    ("delivery", "Norway delivered two ferries", "delivered"),
    ("agreement", "The parties signed a truce", "signed"),
    ("announcement", "The firm announced job cuts", "announced"),
    ("legal", "Police arrested the suspect", "arrested"),
    ("protest", "Thousands marched in the capital", "marched"),
    ("election", "Voters elected a new council", "elected"),
    ("death", "The former king died", "died"),
    ("statement", "The minister warned of delays", "warned"),
])
def test_event_types(kind, clause, trigger):
    assert kind in dict(EVENT_TYPES)
    assert trigger_and_type(clause) == (trigger, kind)


def test_unknown_trigger_falls_back_to_a_verb_like_word():
    assert trigger_and_type("The choir rehearsed") == ("rehearsed", "other")


def test_a_past_tense_clause_is_not_planned_for_its_date_alone():
    later = _day(date(2031, 3, 1))
    assert status_of("The army crossed the river", later, DCT, "past") == "happened"
    assert status_of("The army crossed the river", later, DCT) == "planned"
    assert status_of("The army was set to cross the river", later, DCT, "past") == "planned"


@pytest.mark.parametrize("text", [
    'The general launched his "March of the Iron Will" on the city',
    "Will Smith opened the new cinema",
])
def test_a_capitalized_will_is_a_name_not_a_plan(text):
    assert first_cue(_PLAN, text) is None
    later = _day(date(2021, 3, 20))
    assert status_of(text, later, DCT, "past") == "happened"


@pytest.mark.parametrize("name, text", [
    ("arrival-by", "By the end of May the fleet was on the last leg of its journey"),
    ("according-to", "The plant opened, according to engineers"),
])
def test_a_timing_cue_in_a_past_tense_clause_is_no_expectation(name, text):
    assert first_cue(_EXPECT, text) == name
    later = _day(date(2021, 3, 20))  # an inferred publication date may lie before the story
    assert status_of(text, later, DCT, "past") == "happened"
    assert status_of(text, later, DCT, "future") == "expected"


@pytest.mark.parametrize("name, text, status", [
    ("was-expected-to", "The envoy was expected to land in the capital", "expected"),
    ("was-to", "The army was to cross the river", "planned"),
    ("was-to", "The talks were scheduled to open in the palace", "planned"),
    ("planned-to", "The council planned to open the bridge", "planned"),
])
def test_past_cue_a_plan_stated_in_the_past_keeps_its_status(name, text, status):
    from events.extract.classify import PAST_CUES
    assert name in {n for n, _, _ in PAST_CUES}
    for dct in (None, DCT):  # missing, or an inferred date before the story
        assert status_of(text, _day(date(2031, 3, 1)), dct, "past") == status


@pytest.mark.parametrize("text", [
    "The shortage may have contributed to the failure of the offensive",  # a hedge
    "An estimated 200,000 troops arrived at the front",  # a noun's modifier
    "The parliament approved him hours before the projected launch",
    "Voters were registered to take part in a referendum to be held on the charter",
    "The drop in seizures, possibly indicating a change of policy, was reported",
])
def test_a_past_tense_clause_with_only_a_hedge_or_a_modifier_happened(text):
    # no publication date at all: tense decides the status, not the wording's hedges
    assert status_of(text, _day(date(1958, 5, 29)), None, "past") == "happened"


def test_was_to_is_no_plan_in_blame_or_a_cause():
    for text in ("The crew was to blame for the crash", "The delays were due to the storm"):
        assert status_of(text, _day(date(1958, 5, 29)), None, "past") == "happened"
