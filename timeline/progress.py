"""Progress on a terminal: a count, a bar and an ETA; silence when not a terminal.

Contract (owned by the scale work): ``terminal_progress(stream)`` returns a
:data:`events.options.Progress` callback that draws on ``stream`` when it is a terminal,
or None when it is not (pipes and CI stay quiet).
"""
from __future__ import annotations

from typing import TextIO

from events.options import Progress


def terminal_progress(stream: TextIO) -> Progress | None:
    """A progress callback drawing on ``stream``, or None when it is not a terminal."""
    return None
