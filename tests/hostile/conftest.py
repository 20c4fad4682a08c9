"""The hostile-input makers and server of tests/fixtures/hostile, loaded by path."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

HOSTILE = Path(__file__).parents[1] / "fixtures" / "hostile"


def load(name: str):
    """tests/fixtures/hostile/<name>.py as a module (the tests folder is no package)."""
    key = f"hostile_fixture_{name}"
    if key not in sys.modules:
        spec = importlib.util.spec_from_file_location(key, HOSTILE / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[key] = module
        spec.loader.exec_module(module)
    return sys.modules[key]


@pytest.fixture(scope="session")
def hostile_server():
    """The base URL of the hostile server on 127.0.0.1."""
    base, stop = load("server").serve()
    yield base
    stop()
