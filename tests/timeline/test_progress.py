import io

import pytest

from timeline.progress import format_eta, render, terminal_progress


class FakeTerminal(io.StringIO):
    def isatty(self):
        return True


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


def test_a_pipe_gets_no_progress_at_all():
    assert terminal_progress(io.StringIO()) is None


def test_a_terminal_gets_a_bar_with_count_and_eta():
    stream, clock = FakeTerminal(), Clock()
    progress = terminal_progress(stream, clock)
    progress(0, 10, "reading articles")
    clock.now += 4.0
    progress(4, 10, "reading articles")
    last = stream.getvalue().split("\r")[-1]
    assert last.startswith("reading articles [")
    assert "4/10" in last and "ETA 0:06" in last


def test_the_line_is_redrawn_in_place_and_ended_when_done():
    stream, clock = FakeTerminal(), Clock()
    progress = terminal_progress(stream, clock)
    for i in range(1, 4):
        clock.now += 1
        progress(i, 3, "adding")
    out = stream.getvalue()
    assert out.count("\r") == 3 and out.endswith("\n") and out.count("\n") == 1
    assert "1/3  ETA 0:02" in out and "3/3  done in 0:03" in out  # timed from the start


def test_redraws_are_rate_limited_but_the_last_one_is_drawn():
    stream, clock = FakeTerminal(), Clock()
    progress = terminal_progress(stream, clock)
    for i in range(1, 101):
        clock.now += 0.001
        progress(i, 100, "x")
    out = stream.getvalue()
    assert out.count("\r") == 2  # the first draw and the final one
    assert "100/100" in out


def test_unknown_total_shows_count_and_rate():
    assert render(50, None, "reading", 10.0) == "reading 50  5.0/s"


@pytest.mark.parametrize("seconds, text", [(0, "0:00"), (61, "1:01"), (3725, "1:02:05")])
def test_format_eta(seconds, text):
    assert format_eta(seconds) == text
