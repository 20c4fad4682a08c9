"""What the page is given (output/view.py, output/describe.py): the core and the
background, the axis's span, fuzzy dates, connections, embedded downloads."""
from __future__ import annotations

import base64
import dataclasses
from datetime import date

import pytest

from events.models import Interval
from output.describe import (CORE_MARGIN_DAYS, core_span, core_window, date_span,
                             is_background)
from output.graph import actor_graph
from output.view import (EMBED_LIMIT, axis_view, connections, day_number, download,
                         is_fuzzy, page_context)


@pytest.fixture(scope="module")
def teaching(timelines):
    return timelines.teaching_timeline()


def test_day_numbers_count_from_1970():
    assert day_number(date(1970, 1, 1)) == 0
    assert day_number(date(2022, 10, 12)) == 19277
    assert day_number(date(1, 1, 1)) == -719162


def test_core_window_reaches_a_year_around_the_articles(example):
    # both articles are of 12 Oct 2022
    assert CORE_MARGIN_DAYS == 365
    assert core_window(example) == (date(2021, 10, 12), date(2023, 10, 12))


def test_core_window_is_as_wide_as_a_long_coverage(example):
    articles = tuple(dataclasses.replace(a, published=d) for a, d in
                     zip(example.articles, (date(2010, 1, 1), date(2014, 1, 1))))
    low, high = core_window(dataclasses.replace(example, articles=articles))
    assert (low, high) == (date(2006, 1, 1), date(2018, 1, 1))


def test_one_misdated_article_in_twenty_does_not_stretch_the_core(example):
    article = example.articles[0]
    articles = [dataclasses.replace(article, id=f"a{i}", published=date(2011, 3, 1))
                for i in range(19)]
    articles.append(dataclasses.replace(article, id="stray", published=date(1922, 11, 1)))
    low, _ = core_window(dataclasses.replace(example, articles=tuple(articles)))
    assert low == date(2010, 3, 1)


def test_no_dated_article_means_no_background(example):
    undated = tuple(dataclasses.replace(a, published=None) for a in example.articles)
    timeline = dataclasses.replace(example, articles=undated)
    assert core_window(timeline) is None
    assert not any(is_background(e, None) for e in timeline.entries)


def test_background_is_what_starts_before_the_core(teaching):
    window = core_window(teaching)
    assert [e.id for e in teaching.entries if is_background(e, window)] == ["old-treaty"]


def test_the_span_is_the_cores(teaching):
    # 1994 is background; "2023" (a year) counts by its start
    assert core_span(teaching) == (date(2022, 4, 1), date(2023, 1, 1))
    assert date_span(teaching) == "Apr 2022 to Jan 2023"


def test_stats_line_counts_the_background_apart(teaching):
    context = page_context(teaching, actor_graph(teaching))
    assert (context["n_events"], context["n_background"], context["n_light"]) == (23, 1, 2)
    assert context["data"]["background_before"] == "Oct 2021"


def test_the_axis_opens_on_the_core(teaching):
    view = axis_view(teaching)
    first, last = day_number(date(2022, 4, 1)), day_number(date(2023, 1, 1)) + 1
    assert view["initial"] == [first, last + (last - first) // 20]
    assert view["extent"] == [first, day_number(date(2023, 12, 31)) + 1]


def test_the_axis_of_an_empty_timeline(example):
    assert axis_view(dataclasses.replace(example, entries=())) == {"initial": None,
                                                                  "extent": None}


@pytest.mark.parametrize("interval, fuzzy", [
    (Interval(date(2022, 10, 12), date(2022, 10, 12), "day"), False),
    (Interval(date(2022, 4, 1), date(2022, 4, 30), "month"), False),
    (Interval(date(2022, 11, 21), date(2022, 12, 10), "month", None, True), True),  # approximate
    (Interval(date(2022, 11, 21), date(2022, 11, 30), "month", "END"), True),       # late Nov
    (Interval(date(2022, 10, 13), date(2022, 12, 11), "vague"), True),
])
def test_fuzzy_dates(example, interval, fuzzy):
    entry = dataclasses.replace(example.entries[0], when=interval)
    assert is_fuzzy(entry) is fuzzy


def test_events_carry_what_the_axis_and_edits_need(teaching):
    data = page_context(teaching, actor_graph(teaching))["data"]
    by_id = {e["id"]: e for e in data["events"]}
    assert (by_id["ramstein-summit"]["t0"], by_id["ramstein-summit"]["t1"]) == (
        day_number(date(2022, 4, 1)), day_number(date(2022, 5, 1)))
    assert by_id["brussels-meeting"]["day"] == "2022-10-12"
    assert "day" not in by_id["iris-t-first"]          # sources disagree: no single day
    assert by_id["pub-dated-1"]["light"] and "light" not in by_id["brussels-meeting"]
    assert by_id["old-treaty"]["background"] and "background" not in by_id["ramstein-summit"]
    assert by_id["nasams-arrive"]["fuzzy"]
    # flags that are not set are left out (a rebuild with edits adds key, note, edited)
    assert not {"key", "note", "edited", "fuzzy"} & set(by_id["monday-strikes"])


def test_edit_fields_of_a_rebuilt_entry_are_shown(example):
    @dataclasses.dataclass(frozen=True)
    class Edited:  # an Entry as timeline/edits.py may extend it
        entry: object
        key: bool = True
        note: str = "Ask the class why"
        edited: bool = True

        def __getattr__(self, name):
            return getattr(self.entry, name)

    entries = (Edited(example.entries[0]),) + example.entries[1:]
    timeline = dataclasses.replace(example, entries=entries)
    first = page_context(timeline, actor_graph(example))["data"]["events"][0]
    assert (first["key"], first["note"], first["edited"]) == (True, "Ask the class why", True)


def test_connections_strongest_first(example):
    graph = actor_graph(example)
    found = connections(graph, "christine-lambrecht")
    assert found == {"top": [{"id": "germany", "name": "Germany", "events": 2},
                             {"id": "ukraine", "name": "Ukraine", "events": 2}], "more": 0}
    assert connections(graph, "ukraine")["more"] == len(graph["ukraine"]) - 5 > 0
    assert connections(graph, "nobody") == {"top": [], "more": 0}


def test_small_exports_are_embedded_big_ones_linked():
    small = download("events.csv", b"a,b\n1,2\n")
    assert small["embedded"] and small["data"] == (
        "data:text/csv;charset=utf-8;base64," + base64.b64encode(b"a,b\n1,2\n").decode())
    big = download("events.json", b"x" * (EMBED_LIMIT + 1))
    assert (big["embedded"], big["data"], big["file"]) == (False, None, "events.json")
    assert download("handout.md", None)["data"] is None
