"""Fixtures for the output tests: hand-built timelines from the shared ``timelines`` fixture
(tests/conftest.py)."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def example(timelines):
    """A timeline shaped like the worked example."""
    return timelines.example_timeline()


@pytest.fixture(scope="session")
def xss(timelines):
    """A timeline whose article-derived strings carry HTML and script payloads."""
    return timelines.xss_timeline()


def load_payloads():
    """tests/fixtures/output/payloads.py, loaded by path as the fixture timelines are."""
    import importlib.util
    import sys
    from pathlib import Path

    name = "output_fixture_payloads"
    if name not in sys.modules:
        path = Path(__file__).parent.parent / "fixtures" / "output" / "payloads.py"
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


@pytest.fixture(scope="session")
def payloads():
    """The payload corpus and its timeline (tests/fixtures/output/payloads.py)."""
    return load_payloads()
