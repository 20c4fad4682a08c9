"""Bylines, credits, agency footers and furniture: one case per rule of filters.RULES."""
from __future__ import annotations

import pytest

from events.actors.filters import RULES, scan

# (rule, text, what must be excluded, bylines expected, outlets expected)
CASES = [
    ("byline", "By Ellie Kaufman and Oren Liebermann, CNN\n\nThe US said", "Oren Liebermann, CNN",
     ("Ellie Kaufman", "Oren Liebermann"), ("CNN",)),
    ("byline", "By John Sepulvado , CNN Radio Khaled Ahmed , known as", "CNN Radio",
     ("John Sepulvado",), ("CNN",)),
    ("byline", "January 31 , 2011 | By Ashley Hayes , CNN Army soldiers", "Ashley Hayes , CNN",
     ("Ashley Hayes",), ("CNN",)),
    ("byline", "By Bryony Jones for CNN Ban Ki-moon said", "Bryony Jones for CNN",
     ("Bryony Jones",), ("CNN",)),
    ("byline-from", "2011 | From Mohammed Tawfeeq , CNN Hundreds of demonstrators", "Mohammed Tawfeeq , CNN",
     ("Mohammed Tawfeeq",), ("CNN",)),
    ("photo-credit", "The US has led. Image: Stephanie Lecoq/REUTERS\n", "Stephanie Lecoq/REUTERS",
     ("Stephanie Lecoq",), ("Reuters",)),
    ("photo-credit", "Credit : Reuters\\/Louafi Larbi \nTRIPOLI", "Louafi Larbi",
     ("Louafi Larbi",), ("Reuters",)),
    ("agency-footer", "end . -LRB- Reporting by Mohammed Abbas and Angus MacSwan in Benghazi ; "
     "Writing by Myra MacDonald ; Editing by Jon Boyle -RRB- next", "Editing by Jon Boyle",
     ("Mohammed Abbas", "Angus MacSwan", "Myra MacDonald", "Jon Boyle"), ()),
    ("agency-footer-open", "The talks ended.\nEditing by Douglas Hamilton and Elizabeth Piper\n",
     "Douglas Hamilton", ("Douglas Hamilton", "Elizabeth Piper"), ()),
    ("initials-credit", "the end\n\njs,tj/wmr (Reuters, AFP)", "js,tj/wmr (Reuters, AFP)", (), ("AFP", "Reuters")),
    ("agency-dateline", "TRIPOLI -LRB- Reuters -RRB- - Western forces hit", "-LRB- Reuters -RRB-", (), ("Reuters",)),
    ("reader-comments", "Gates said. We welcome comments that advance the story. Obama is wrong. "
     "This discussion is now closed.", "Obama is wrong", (), ()),
    ("furniture", "1. Skip to content\nAuthor Profile Photo\nJump to comments \u2193\nNATO met.",
     "Author Profile Photo", (), ()),
    ("furniture", "\u2122 & \u00a9 2022 Cable News Network, Inc. All rights reserved.\nNATO met.",
     "Cable News Network", (), ()),
    ("outlet-possessive", "DW's Teri Schultz said from Brussels", "Teri Schultz", ("Teri Schultz",), ("DW",)),
    ("outlet-possessive", "Fox News' Orla Brennick reported.", "Orla Brennick", ("Orla Brennick",), ("Fox News",)),
    ("byline", "May 2, 2010 - 9:15 AM | by: Dara Quillon The Harbor Authority said", "Dara Quillon",
     ("Dara Quillon",), ()),
    ("contributor", "The talks ended.\nTomas Verrill contributed to this report.", "Tomas Verrill",
     ("Tomas Verrill",), ()),
    ("photo-credit", "Photograph: Ines Mabry/AP The Vantor administration said", "Ines Mabry/AP",
     ("Ines Mabry",), ("AP",)),
]


@pytest.mark.parametrize("rule,text,excluded,byline,outlets", CASES,
                         ids=[f"{c[0]}:{c[2][:20]}" for c in CASES])
def test_rule(rule, text, excluded, byline, outlets):
    found = scan(text)
    at = text.index(excluded)
    assert any(s <= at and at + len(excluded) <= e for s, e in found.excluded)
    assert found.byline == byline
    assert found.outlets == outlets


def test_every_rule_has_a_case():
    assert {name for name, _ in RULES} | {"outlet-possessive"} == {c[0] for c in CASES}


def test_a_photo_credit_stops_where_the_sentence_starts():
    text = "Photograph: Ines Mabry/AP The Vantor administration said"
    found = scan(text)
    assert all(text[a:b] != text for a, b in found.excluded)
    assert not any("Vantor" in text[a:b] for a, b in found.excluded)


def test_plain_prose_is_left_alone():
    found = scan("By Tuesday, Germany had delivered the system. From Monday on, talks go on.")
    assert found.excluded == () and found.byline == () and found.outlets == ()
