"""Shared fixtures: paths to the small fixture articles written for these tests."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).parent.parent


@pytest.fixture
def fixtures() -> Path:
    """The folder of fixture articles."""
    return FIXTURES


def load_fixture_timelines():
    """tests/fixtures/output/timelines.py, loaded by path (the tests folder is no package):
    example_timeline(), xss_timeline(), large_timeline() and the XSS payloads."""
    name = "output_fixture_timelines"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, FIXTURES / "output" / "timelines.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


@pytest.fixture(scope="session")
def timelines():
    """The fixture timelines module, for the output and browser tests."""
    return load_fixture_timelines()
