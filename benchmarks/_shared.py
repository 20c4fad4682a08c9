"""Helpers the benchmarks share: where the evaluation data lives, and a clear exit when not.

The data is not in the repository (most of it is third-party text); it sits in ``../shared``
next to the repository root, or wherever the environment variable ``TIMELINE_SHARED``
points.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def shared_dir() -> Path:
    """The shared folder: ``$TIMELINE_SHARED`` or ``../shared`` beside the repository."""
    env = os.environ.get("TIMELINE_SHARED")
    return Path(env) if env else REPO.parent / "shared"


def require(*parts: str) -> Path:
    """The path ``shared/<parts>``; exits with a message naming it when it is missing."""
    path = shared_dir().joinpath(*parts)
    if not path.exists():
        sys.exit(f"benchmark data missing: {path} (set TIMELINE_SHARED to the shared folder)")
    return path
