"""Undoing Penn Treebank tokenization: one case per rule, and prose left alone."""
from __future__ import annotations

import pytest

from events.ingest.detok import RULES, apply_rule, detokenize, looks_tokenized

# (rule, tokenized, prose) — each case exercises the rule it names.
RULE_CASES = [
    ("open-quote", "said `` no", "said \u201cno"),
    ("close-quote", "no '' he", "no\u201d he"),
    ("open-bracket", "( Reuters", "(Reuters"),
    ("close-bracket", "Reuters )", "Reuters)"),
    ("clitic", "the council 's plan , it does n't", "the council's plan , it doesn't"),
    ("possessive-plural", "the rebels ' base", "the rebels' base"),
    ("punct-left", "Paris , on Monday .", "Paris, on Monday."),
    ("ellipsis", "and then ...", "and then..."),
    ("currency", "cost $ 5 million", "cost $5 million"),
    ("number-comma", "some 1, 200 people", "some 1,200 people"),
]


def test_every_rule_has_a_case():
    assert {name for name, _, _ in RULES} == {name for name, _, _ in RULE_CASES}


@pytest.mark.parametrize(("rule", "tokenized", "prose"), RULE_CASES)
def test_rule(rule, tokenized, prose):
    assert apply_rule(rule, tokenized) == prose


def test_whole_line():
    line = ("CAIRO -LRB- Reuters -RRB- - Libya 's leader said `` no '' on Feb 20 , 2011 , "
            "officials said .")
    assert detokenize(line) == ("CAIRO (Reuters) - Libya's leader said \u201cno\u201d on "
                                "Feb 20, 2011, officials said.")


def test_line_breaks_are_kept():
    assert detokenize("One .\nTwo .\n") == "One.\nTwo.\n"


@pytest.mark.parametrize(("text", "expected"), [
    ("CAIRO -LRB- Reuters -RRB- - Talks began .", True),
    ("He said , on Monday , that the talks , which began in May , had failed .", True),
    ("He said, on Monday, that the talks, which began in May, had failed.", False),
    ("Gaddafi 's forces retreated.", True),
    ("Prices rose 5%, the bank said.", False),
])
def test_looks_tokenized(text, expected):
    assert looks_tokenized(text) is expected
