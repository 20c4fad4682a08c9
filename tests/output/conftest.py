"""Fixtures for the output tests: hand-built timelines (tests/fixtures/output/timelines.py)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[1] / "fixtures" / "output" / "timelines.py"


def load_timelines():
    """The fixture module, loaded by path (the tests folder is not a package)."""
    name = "output_fixture_timelines"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, _PATH)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


@pytest.fixture(scope="session")
def timelines():
    """The fixture module: example_timeline(), xss_timeline(), large_timeline(), payloads."""
    return load_timelines()


@pytest.fixture(scope="session")
def example(timelines):
    """A timeline shaped like the worked example."""
    return timelines.example_timeline()


@pytest.fixture(scope="session")
def xss(timelines):
    """A timeline whose article-derived strings carry HTML and script payloads."""
    return timelines.xss_timeline()
