"""The time window (--since/--until): events inside it are kept, and only they."""
from __future__ import annotations

import json
from datetime import date

import pytest
from click.testing import CliRunner

from events.options import Options
from events.temporal.interval import interval_of
from timeline.build import build_from_articles
from timeline.cli import main
from timeline.order import WindowError, inside, within

TEXT = ("2011-03-10 rebels took the oil town\n"
        "2011-03-19 warplanes struck the tank column\n"
        "2011-04-02 envoys met in the capital\n"
        "2011-03 fighting spread along the coast\n")


@pytest.mark.parametrize("timex, since, until, kept", [
    ("2011-03-19", date(2011, 3, 15), date(2011, 3, 31), True),
    ("2011-03-15", date(2011, 3, 15), date(2011, 3, 31), True),   # bounds are inclusive
    ("2011-03-31", date(2011, 3, 15), date(2011, 3, 31), True),
    ("2011-03-14", date(2011, 3, 15), date(2011, 3, 31), False),
    ("2011-04-01", date(2011, 3, 15), date(2011, 3, 31), False),
    ("2011-03", date(2011, 3, 15), date(2011, 3, 31), False),     # a month straddling since
    ("2011-03", date(2011, 3, 1), None, True),
    ("2011", None, date(2011, 6, 30), False),
    ("2011-03-19", None, None, True),
])
def test_inside_keeps_an_interval_only_when_all_of_it_lies_in_the_window(timex, since, until,
                                                                           kept):
    assert inside(interval_of(timex), since, until) is kept


def test_within_refuses_an_empty_window(event):
    with pytest.raises(WindowError, match="--since 2011-04-01 is after --until 2011-03-01"):
        within([event("a", "x y", "2011-03-19")], date(2011, 4, 1), date(2011, 3, 1))


def _build(article, extractor, **window):
    items = [article("a", TEXT, published=date(2011, 4, 3))]
    return build_from_articles(items, Options(**window), extractor=extractor)


def test_without_a_window_nothing_is_cut(article, extractor):
    days = [e.when.start for e in _build(article, extractor).entries]
    assert days == [date(2011, 3, 1), date(2011, 3, 10), date(2011, 3, 19), date(2011, 4, 2)]


def test_the_window_keeps_the_events_inside_it(article, extractor):
    tl = _build(article, extractor, since=date(2011, 3, 10), until=date(2011, 3, 31))
    assert [e.when.start for e in tl.entries] == [date(2011, 3, 10), date(2011, 3, 19)]


def test_the_digest_picks_dates_inside_the_window_only(article, extractor):
    tl = _build(article, extractor, since=date(2011, 3, 15), dates=5)
    assert [e.when.start for e in tl.entries] == [date(2011, 3, 19), date(2011, 4, 2)]


def test_cli_since_and_until(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Date: 2011-04-03\n\nRebels took the oil town on March 10, witnesses said.\n"
        "Warplanes struck the tank column on March 19, officials said.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(tmp_path / "a.txt"), "-o", str(out),
                                       "--since", "2011-03-15", "--until", "2011-03-31"])
    assert result.exit_code == 0, result.output
    starts = {e["start"] for e in json.loads((out / "events.json").read_text())["events"]}
    assert starts == {"2011-03-19"}


def test_cli_refuses_an_empty_window(tmp_path):
    (tmp_path / "a.txt").write_text("Date: 2011-04-03\n\nRebels took the town on March 10.\n",
                                    encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "a.txt"), "-o",
                                       str(tmp_path / "out"), "--since", "2011-04-01",
                                       "--until", "2011-03-01"])
    assert result.exit_code == 1
    assert result.stderr == ("Error: the window is empty: --since 2011-04-01 is after "
                             "--until 2011-03-01\n")
