"""Reading inputs into articles: text, Markdown, HTML, folders, stdin and URLs.

Contract (owned by the ingest work):
- ``expand_inputs(inputs)`` lists the inputs one by one, folders read recursively in sorted
  order, so that a caller can count them before reading.
- ``read_input(name, options)`` reads one input into an :class:`Article` or raises
  :class:`events.errors.InputError` naming it with the reason.
- ``iter_articles(inputs, options)`` yields an Article or an InputProblem per input, in order,
  one at a time (memory stays bounded by one article).
"""
from __future__ import annotations

from typing import Iterator, Sequence

from events.models import Article, InputProblem
from events.options import Options


def expand_inputs(inputs: Sequence[str]) -> list[str]:
    """List the inputs one by one: folders are read recursively, in sorted order."""
    raise NotImplementedError


def read_input(name: str, options: Options) -> Article:
    """Read one input (file path, http(s) URL or ``-``) into an Article."""
    raise NotImplementedError


def iter_articles(inputs: Sequence[str], options: Options) -> Iterator[Article | InputProblem]:
    """Yield an Article, or an InputProblem with its reason, for each input in order."""
    for name in expand_inputs(inputs):
        try:
            yield read_input(name, options)
        except Exception as exc:  # replaced by the ingest work
            yield InputProblem(name, str(exc))
