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
