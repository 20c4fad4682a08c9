"""clause_tense: the tense of the clause around an offset, as the extraction stage uses it."""
import pytest

from events.temporal.tense import aspect, clause_tense, cue_before


def _tense(sentence, word):
    return clause_tense(sentence, 0, len(sentence), sentence.index(word))


@pytest.mark.parametrize("sentence, word, expected", [
    ("The ministers will hold a session on Thursday.", "hold", "future"),
    ("The summit is set to open in Riga.", "open", "future"),
    ("The army plans to withdraw its troops.", "withdraw", "future"),
    ("Ministers are expected to discuss the budget.", "discuss", "future"),
    ("Officials are going to inspect the dam.", "inspect", "future"),
    ("The firm has scheduled a hearing for Monday.", "hearing", "future"),
    ("Norway delivered two radars to the front.", "delivered", "past"),
    ("Norway has delivered two radars.", "delivered", "past"),
    ("The bridge was closed for repairs.", "closed", "past"),
    ("The minister said the bridge is safe.", "said", "past"),
    ("The council says the bridge is safe.", "says", "present"),
    ("The bridge is closed.", "closed", "present"),
    ("The agency said it would send six more.", "send", "future"),
    ("On Friday, the envoy met the king.", "Friday", "past"),
    ("The envoys were set to dine on Monday, then hold talks on Tuesday.", "Tuesday", "future"),
    ("With the first two ferries arriving by the end of November, officials smiled.",
     "November", "none"),
    ("A long list of advanced systems.", "systems", "none"),
    ("The dividend would be paid on a still unspecified date in June.", "June", "future"),
    ("The newly elected mayor spoke in June.", "June", "past"),
    # PLANNED_FOR: a participle of planning before "for" names a plan
    ("It might delay the big push planned for 1976.", "1976", "future"),
    ("The council planned the bridge in 1970.", "1970", "past"),
    # IRREGULAR_PAST and SHORT_PAST
    ("Fresh explosions rang out early Tuesday.", "Tuesday", "past"),
    ("The storm blew the roof off on Sunday.", "Sunday", "past"),
    ("Seven people died Sunday in the fighting.", "Sunday", "past"),
    ("The families sued the firm on Monday.", "Monday", "past"),
    # NOT_FINITE_BEFORE leaves out "that": a relative clause's verb
    ("They sued over the spill that lasted until August.", "August", "past"),
    ("That damaged car stood there in June.", "June", "past"),
])
def test_clause_tense(sentence, word, expected):
    assert _tense(sentence, word) == expected


def test_the_nearest_verb_group_wins():
    s = "The minister said the bridge will reopen next year."
    assert _tense(s, "next") == "future"
    assert _tense(s, "minister") == "past"


def test_would_is_conditional_inside_the_tagger():
    s = "The agency announced it would send six more on Aug. 24."
    assert aspect(s, 0, len(s), s.index("Aug."), s.index("Aug.") + 7) == "conditional"


@pytest.mark.parametrize("text, expected", [
    ("the sixth meeting since ", "past"),
    ("prices rose ahead of ", "future"),
    ("the meeting on ", None),
])
def test_prepositions_that_fix_the_direction(text, expected):
    assert cue_before(text + "April", len(text)) == expected


@pytest.mark.parametrize("start, end, at", [(0, 0, 5), (5, 2, 3), (-4, 100, 50)])
def test_odd_bounds_do_not_raise(start, end, at):
    assert clause_tense("short text", start, end, at) in ("past", "present", "future", "none")


def _aspect(text, word):
    i = text.index(word)
    return aspect(text, 0, len(text), i, i + len(word))


def test_a_sentence_end_just_before_a_date_bounds_its_clause():
    # the previous sentence's "will" is not the clause of "March 30"
    text = "The ministers will meet in May. March 30 - Koussa defects and flies to Britain."
    assert _aspect(text, "March 30") == "none"


def test_a_list_entry_head_borrows_no_tense_from_the_line_before():
    # _list_head: a date that opens its sentence and is followed by a dash or a colon
    text = "The fund will pay. May 5: the crew stops the flow."
    assert _aspect(text, "May 5") == "none"


def test_a_bare_opening_phrase_still_takes_its_sentence_tense():
    text = "The fund will pay. On Friday, the king spoke."
    assert _aspect(text, "On Friday") == "past"


def test_the_period_of_an_abbreviation_ends_no_clause():
    # _breaks: "U.S. Attorney General" goes on; the opening phrase takes its sentence's verb
    text = "The panel looked into it in 1986. Also on Tuesday, U.S. Attorney General Eric Holder will meet them."
    assert _aspect(text, "Tuesday") == "future"
    text = "The panel looked into it in 1986. Also on Tuesday, Sen. Jim Webb will meet them."
    assert _aspect(text, "Tuesday") == "future"


@pytest.mark.parametrize("text", [
    "(Update 5:57 a.m. Monday ET) Supporters gathered in the square.",
    "-LRB- Update 5:57 a.m. Monday ET -RRB- Supporters gathered in the square.",
    "(5:57 a.m. Monday ET, 11:57 a.m. Monday in Libya) Supporters gathered in the square.",
])
def test_a_bare_phrase_in_brackets_borrows_no_tense(text):
    # _OPEN/_CLOSE: a live blog's update stamp is the time of writing, not the next verb's
    assert _aspect(text, "Monday") == "none"
