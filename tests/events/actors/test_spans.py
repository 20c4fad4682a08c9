"""Spans into the text: every actor mention can be traced to its characters in the article.

The page shows why a name is there by pointing at these characters, so a mention's
``start``/``end`` must cut exactly its ``text`` out of the article, never fall inside a
byline or credit, and each actor's mention count must equal its mentions.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from events.actors import filters, find_actors
from events.ingest import read_input
from events.options import Options

from .conftest import make_article

EXAMPLES = sorted((Path(__file__).resolve().parents[3] / "examples").glob("*.txt"))

TEXTS = [
    "Former Quellix CEO Bram Tovey said no. The former Quellix CEO left.",
    "The Chairman of the Joint Chiefs of Staff Gen. Mark Milley said so. The Chairman added more.",
    "the Bureau of Ocean Energy Management, Regulation and Enforcement (BOEMRE) said. BOEMRE agreed.",
    "Insurer Quorra Mutual has asked a court. Halvex shares fell. QXR said it would pay.",
    "The Libyan Interior Ministry said. The California Highway Patrol provides security.",
    "President Ronald Quade's eldest son, Ronald Quade Jr., is ill. Quade Jr. rests.",
    "By: Dara Quillon\nDW's Teri Schultz said Kyiv has stepped up its calls. Russian forces fired.",
]


def _check(article, options=Options()):
    result = find_actors(article, options)
    credits = filters.scan(article.text).excluded
    for m in result.mentions:
        assert article.text[m.start:m.end] == m.text, m
        assert not any(a <= m.start < b for a, b in credits), m
    counts = {a.id: a.mentions for a in result.actors}
    for actor_id, n in counts.items():
        assert sum(m.actor == actor_id for m in result.mentions) == n
    assert {m.actor for m in result.mentions} == set(counts)
    return result


@pytest.mark.parametrize("text", TEXTS)
def test_every_mention_is_its_span(text):
    _check(make_article(text))


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_the_worked_example_mentions_are_their_spans(path):
    result = _check(read_input(str(path), Options()))
    assert result.mentions
