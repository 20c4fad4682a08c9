import pytest

from events.text.wording import SUFFIX_RULES, content_stems, dice, stem


@pytest.mark.parametrize("rule, forms", [
    ("ies", ["casualties", "casualty"]),
    ("ied", ["denied", "deny"]),
    ("ying", ["denying", "deny"]),
    ("ing", ["striking", "strike"]),
    ("ed", ["delivered", "deliver"]),
    ("es", ["strikes", "strike"]),
    ("s", ["systems", "system"]),
])
def test_each_suffix_rule_brings_forms_together(rule, forms):
    assert rule in {r[0] for r in SUFFIX_RULES}
    assert len({stem(f) for f in forms}) == 1


@pytest.mark.parametrize("word", ["crisis", "bus", "glass"])
def test_words_ending_in_s_that_are_not_plurals_keep_it(word):
    assert stem(word).endswith("s")


def test_doubled_consonant_is_undoubled_on_every_form():
    assert stem("stopped") == stem("stop") and stem("shelled") == stem("shell")


def test_stop_words_time_words_and_excluded_words_are_dropped():
    stems = content_stems("Germany on Tuesday said it delivered four systems", frozenset({"germany"}))
    assert stems == {"deliver", "four", "system"}


@pytest.mark.parametrize("a, b, expected", [
    ({"x", "y"}, {"x", "y"}, 1.0),
    ({"x", "y"}, {"x", "z"}, 0.5),
    ({"x"}, set(), 0.0),
])
def test_dice(a, b, expected):
    assert dice(frozenset(a), frozenset(b)) == expected
