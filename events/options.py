"""The one options object that travels through the pipeline."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Callable

#: A progress callback: (items done, items in all or None when unknown, what is being done).
Progress = Callable[[int, "int | None", str], None]


@dataclass(frozen=True, slots=True)
class Options:
    """Settings for reading, extracting and building.

    published: the publication date for inputs whose own date can't be found.
    ner: the actor recognizer, ``"rules"`` (no model needed) or ``"spacy"``.
    jobs: worker processes for extraction (1 = in this process).
    dates: keep only the N most important dates (None = keep all).
    title: the page title (None = derived from the articles).
    timeout: seconds to wait for a URL.
    max_bytes: the largest input read, file or URL.
    progress: called as articles are processed; None for silence.
    since, until: keep only the events whose dates lie inside this window (inclusive;
        None = no bound), and pick digest dates inside it only.
    """

    published: date | None = None
    ner: str = "rules"
    jobs: int = 1
    dates: int | None = None
    title: str | None = None
    timeout: float = 20.0
    max_bytes: int = 20_000_000
    progress: Progress | None = None
    since: date | None = None
    until: date | None = None

    def __post_init__(self) -> None:
        # events.temporal imports the pipeline's models: checked only when an Options is made
        from events.errors import TimelineError
        from events.temporal.interval import FIRST_DAY, LAST_DAY, on_calendar

        if self.published is not None and not on_calendar(self.published):
            raise TimelineError(f"publication date {self.published.isoformat()} is outside "
                                f"the dates read ({FIRST_DAY.year} to {LAST_DAY.year})")
