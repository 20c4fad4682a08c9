"""Hostile inputs through the real command line: each gives a build or a named error
(``Error: ...``, or ``skipped NAME: reason``), within its limit, and never a traceback."""
from __future__ import annotations

import os
import signal
from contextlib import contextmanager

import pytest
from click.testing import CliRunner

from events.errors import InputError
from events.ingest import read_input
from events.options import Options
from timeline.cli import main

def _load(name: str):
    import importlib.util
    import sys
    from pathlib import Path

    key = f"hostile_fixture_{name}"
    if key not in sys.modules:
        path = Path(__file__).parents[1] / "fixtures" / "hostile" / f"{name}.py"
        spec = importlib.util.spec_from_file_location(key, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[key] = module
        spec.loader.exec_module(module)
    return sys.modules[key]


INPUTS = _load("inputs")
SERVER = _load("server")


@contextmanager
def within(seconds: float):
    """Fail (rather than hang) when the block takes longer than ``seconds``."""
    def stop(signum, frame):
        raise TimeoutError(f"took more than {seconds} s")
    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def build(args, out, seconds):
    with within(seconds):
        result = CliRunner().invoke(main, ["build", *args, "-o", str(out)])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception  # a traceback: the test fails with it
    assert result.exit_code in (0, 1, 2), result.stderr
    if result.exit_code == 2:  # bad usage: click names the option
        assert result.stderr.strip().splitlines()[-1].startswith("Error: "), result.stderr
        return result
    if result.exit_code:
        assert result.stderr.startswith("Error: "), result.stderr
    for line in result.stderr.splitlines():
        assert line.startswith(("Error: ", "skipped ", "note ", "reading", "extracting")) or \
            not line.strip() or "\r" in line, line
    return result


NEEDS_NON_ROOT = {"unreadable file"}


#: In the suite, the heaviest inputs in a smaller form; 5,000 tiny files on their own.
SUITE = {**INPUTS.OTHER, **INPUTS.SMALL}
del SUITE["5,000 tiny files"]


@pytest.mark.parametrize("name", sorted(SUITE))
def test_hostile_file(name, tmp_path):
    if name in NEEDS_NON_ROOT and os.geteuid() == 0:
        pytest.skip("root reads every file (the unreadable case is a unit test with a "
                    "refused open)")
    make, seconds = SUITE[name]
    folder = tmp_path / "in"
    folder.mkdir()
    result = build(make(folder), tmp_path / "out", seconds)
    if name in ("old Mac line endings (CR)", "UTF-32 with BOM", "invalid UTF-8",
                "bytes undefined in cp1252", "Date: 9999-12-31", "Date: 0001-01-01",
                "February 30 and week 53", "years 1 and 9999 in the text"):
        assert result.exit_code == 0, result.stderr


#: The grown makers at their base size (the benchmark grows them 10x).
@pytest.mark.parametrize("name", sorted(INPUTS.GROWN))
def test_hostile_text_at_base_size(name, tmp_path):
    make, n = INPUTS.GROWN[name]
    folder = tmp_path / "in"
    folder.mkdir()
    result = build(make(folder, max(1, n // 5)), tmp_path / "out", 60)
    assert result.exit_code == 0, result.stderr


@pytest.mark.slow
def test_thousands_of_tiny_files_in_one_build(tmp_path):
    # 2,000 here; benchmarks/hostile.py builds the 5,000
    result = build(INPUTS._tiny_files(tmp_path, 2_000), tmp_path / "out", 120)
    assert result.exit_code == 0
    assert (tmp_path / "out" / "index.html").exists()


URL_REASONS = {
    "/ok": None, "/text": None,
    "/endless": "page too large", "/loop": "redirects in a loop",
    "/missing": "the server answered 404", "/pdf": "not an HTML page (content type application/pdf)",
    "/huge-length": "page too large", "/gzip-bomb": "", "/close": "could not reach URL",
}


@pytest.mark.parametrize("path", sorted(URL_REASONS))
def test_hostile_server_through_the_command_line(path, hostile_server, tmp_path):
    result = build([hostile_server + path], tmp_path / "out", 30)
    reason = URL_REASONS[path]
    if reason is None:
        assert result.exit_code == 0, result.stderr
    else:
        assert result.exit_code == 1 and reason in result.stderr, result.stderr


@pytest.mark.parametrize("path", ["/drip", "/silent"])
def test_a_server_that_drips_or_never_answers_is_cut_at_the_timeout(path, hostile_server):
    with within(6), pytest.raises(InputError) as info:
        read_input(hostile_server + path, Options(timeout=1.5))
    assert info.value.reason == "could not reach URL: no answer within 1.5 s"


def test_every_server_route_is_tested():
    assert set(SERVER.ROUTES) == set(URL_REASONS) | {"/drip", "/silent"}


def test_there_are_at_least_forty_hostile_inputs():
    assert len(INPUTS.OTHER) + len(INPUTS.GROWN) + len(SERVER.ROUTES) >= 40
