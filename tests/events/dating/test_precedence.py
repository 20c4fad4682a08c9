"""The one table that decides an article's publication date: a test per row, and the
case the table was made for (the same story as .txt and .html)."""
from __future__ import annotations

from datetime import date

import pytest

from events.dating import PRECEDENCE, date_article, decide
from events.dating.precedence import KINDS, YEAR_FROM_USER
from events.models import Article, ArticleInfo, Evidence, Published

D1, D2, D3, D4, D5, D6, D7, D8, D9 = (date(2011, 3, d) for d in range(1, 10))
USER = date(2011, 3, 20)

#: Every kind of clue, each on its own day, so that the winner shows which row won.
ALL = {
    "header": Evidence("header", D1, "header Date:"),
    "meta": Evidence("meta", D2, "htmldate"),
    "date line": Evidence("date line", D3, "date line"),
    "dateline": Evidence("dateline", D4, "dateline"),
    "published note": Evidence("published note", D7, "published note (first-published)"),
    "print note": Evidence("print note", D8, "print note (appeared-in-print)"),
    "update note": Evidence("update note", D9, "update note (last-updated)"),
    "extensive": Evidence("extensive", D5, "htmldate extensive"),
    "comment": Evidence("comment", D6, "first reader comment"),
}


# (row, the evidence present, the user's date, what wins)
ROWS = [
    ("header", ["header", "meta", "date line", "dateline", "published note", "print note",
                "update note", "extensive", "comment"], USER,
     Published(D1, "text", "header Date:")),
    ("meta", ["meta", "date line", "dateline", "published note", "extensive", "comment"], USER,
     Published(D2, "meta", "htmldate")),
    ("date line", ["date line", "dateline", "published note", "extensive", "comment"], USER,
     Published(D3, "text", "date line")),
    ("dateline", ["dateline", "published note", "print note", "extensive", "comment"], USER,
     Published(D4, "text", "dateline")),
    # the article's own words "first published on ..." beat the user's year for a
    # month-day dateline and a print or change date
    ("published note", ["partial", "published note", "print note", "update note",
                        "extensive", "comment"], USER,
     Published(D7, "text", "published note (first-published)")),
    ("dateline+published", ["partial", "print note", "extensive", "comment"], USER,
     Published(date(2011, 3, 3), "user", YEAR_FROM_USER, "XXXX-03-03")),
    # printed is closer to published than last changed
    ("print note", ["print note", "update note", "extensive", "comment"], USER,
     Published(D8, "text", "print note (appeared-in-print)")),
    ("update note", ["update note", "extensive", "comment"], USER,
     Published(D9, "text", "update note (last-updated)")),
    ("extensive", ["extensive", "comment"], USER, Published(D5, "meta", "htmldate extensive")),
    ("--published", ["comment"], USER, Published(USER, "user", "--published")),
    ("comment", ["comment"], None, Published(D6, "inferred", "first reader comment")),
]

PARTIAL = Evidence("dateline", None, "dateline without a year", "XXXX-03-03")


def _clues(names):
    return [PARTIAL if name == "partial" else ALL[name] for name in names]


def test_every_row_has_a_case():
    assert [row for row, *_ in ROWS] == [kind for kind, _ in PRECEDENCE]


@pytest.mark.parametrize("row, present, user, expected", ROWS, ids=[r[0] for r in ROWS])
def test_precedence_row(row, present, user, expected):
    assert decide(_clues(present), user) == expected


def test_the_order_of_the_evidence_does_not_matter():
    clues = list(ALL.values())
    assert decide(clues) == decide(clues[::-1]) == Published(D1, "text", "header Date:")


def test_no_evidence_and_no_user_date_is_unknown():
    assert decide([]) == Published(None, "unknown", "")


def test_a_dateline_without_a_year_stays_partial_for_the_collection():
    assert decide([PARTIAL]) == Published(None, "unknown", "dateline without a year",
                                          "XXXX-03-03")


def test_a_dateline_whose_year_came_from_the_text_keeps_its_partial():
    clue = Evidence("dateline", D3, "dateline (year from the text)", "XXXX-03-03")
    assert decide([clue], USER) == Published(D3, "text", "dateline (year from the text)",
                                             "XXXX-03-03")


def test_an_unknown_kind_is_a_bug_not_a_clue():
    with pytest.raises(ValueError, match="unknown date evidence kind"):
        decide([Evidence("rumour", D1, "a rumour")])


def test_kinds_read_from_inputs():
    assert KINDS == {"header", "meta", "date line", "dateline", "published note", "print note",
                     "update note", "extensive", "comment"}


def test_date_article_applies_the_decision_to_the_info():
    article = Article(ArticleInfo("a", "A", "h"), "text", (PARTIAL,))
    info = date_article(article, USER).info
    assert (info.published, info.published_from, info.published_how, info.published_partial) == \
        (date(2011, 3, 3), "user", YEAR_FROM_USER, "XXXX-03-03")
