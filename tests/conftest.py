"""Shared fixtures: paths to the small fixture articles written for these tests."""
from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).parent.parent


@pytest.fixture
def fixtures() -> Path:
    """The folder of fixture articles."""
    return FIXTURES
