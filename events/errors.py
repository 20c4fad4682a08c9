"""The error hierarchy. The CLI turns any :class:`TimelineError` into ``Error: <message>``."""
from __future__ import annotations


class TimelineError(Exception):
    """Base class of every error this project raises on purpose."""


class InputError(TimelineError):
    """An input could not be read. ``path`` is the name the user gave, ``reason`` why."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class NoInputError(TimelineError):
    """None of the inputs could be read, so there is nothing to build."""


class StageError(TimelineError):
    """A pipeline stage failed on one article; the message names the stage and the article."""

    def __init__(self, stage: str, article: str, cause: BaseException):
        super().__init__(f"the {stage} stage failed on {article} "
                         f"({type(cause).__name__}: {cause})")
        self.stage = stage
        self.article = article
        self.cause = cause
