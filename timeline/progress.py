"""Progress on a terminal: a count, a bar and an ETA; silence when not a terminal.

``terminal_progress(stream)`` returns a :data:`events.options.Progress` callback that
draws on ``stream`` when it is a terminal, or None when it is not (pipes and CI stay
quiet). The line is redrawn in place (carriage return) at most every
:data:`REDRAW_SECONDS`, and ended with a newline when the count reaches the total.
"""
from __future__ import annotations

import time
from typing import Callable, TextIO

from events.options import Progress

#: The width of the bar, in characters.
BAR_WIDTH = 28

#: The shortest time between two redraws (the last one is always drawn).
REDRAW_SECONDS = 0.1


def format_eta(seconds: float) -> str:
    """Seconds as ``m:ss`` (or ``h:mm:ss`` from an hour on)."""
    seconds = max(0, int(round(seconds)))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def render(done: int, total: int | None, label: str, elapsed: float) -> str:
    """One progress line: label, bar, count and ETA (count and rate when the total is unknown)."""
    if not total:
        rate = f"  {done / elapsed:.1f}/s" if elapsed > 0 and done else ""
        return f"{label} {done}{rate}"
    share = min(done / total, 1.0)
    filled = int(share * BAR_WIDTH)
    bar = "#" * filled + "-" * (BAR_WIDTH - filled)
    if done >= total:
        tail = f"done in {format_eta(elapsed)}"
    elif done and elapsed > 0:
        tail = f"ETA {format_eta(elapsed / done * (total - done))}"
    else:
        tail = "ETA --:--"
    return f"{label} [{bar}] {done}/{total}  {tail}"


def terminal_progress(stream: TextIO, clock: Callable[[], float] = time.monotonic
                      ) -> Progress | None:
    """A progress callback drawing on ``stream``, or None when it is not a terminal.

    ``clock`` gives seconds (for the ETA); tests pass a fake one.
    """
    isatty = getattr(stream, "isatty", None)
    if isatty is None or not isatty():
        return None
    # The clock starts now (the command is starting) and again at each new stage.
    state = {"start": clock(), "drawn": None, "width": 0, "label": None}

    def progress(done: int, total: int | None, label: str) -> None:
        now = clock()
        if state["label"] is None:
            state["label"] = label
        elif state["start"] is None or label != state["label"]:
            state.update(start=now, drawn=None, label=label)
        finished = bool(total) and done >= total
        if not finished and state["drawn"] is not None \
                and now - state["drawn"] < REDRAW_SECONDS:
            return
        state["drawn"] = now
        line = render(done, total, label, now - state["start"])
        pad = " " * max(0, state["width"] - len(line))  # wipe what a longer line left
        state["width"] = len(line)
        stream.write(f"\r{line}{pad}" + ("\n" if finished else ""))
        stream.flush()
        if finished:  # the next run starts a fresh line and a fresh clock
            state.update(start=None, width=0)

    return progress
