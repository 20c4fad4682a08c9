"""The two passes of a build over a stream of inputs, in this process or in workers.

A build goes over its articles twice, each time with :func:`run_stream`:

1. :func:`read_dated`: read an input (an input name is read where it is processed, so
   reading runs in the workers too), date it by its own evidence
   (:func:`events.dating.date_article`) and collect the clues dating the collection
   needs (:func:`events.dating.clues_of`);
2. :func:`extract_one`: extract each article once, after the collection has settled its
   date.

Items go to the workers with at most :data:`IN_FLIGHT_PER_JOB` per worker waiting, so
the workers never hold more than a few articles. Results come back in input order,
whatever the number of workers, so a build is the same with ``--jobs 1`` and
``--jobs 4``. An article that fails in a stage becomes an
:class:`~events.models.InputProblem` naming the stage, and the rest go on.
"""
from __future__ import annotations

from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from functools import partial
from typing import Any, Callable, Iterable, Iterator

from events.actors import NerUnavailable
from events.dating import Clues, clues_of, date_article
from events.errors import InputError, StageError
from events.ingest import read_input
from events.models import Article, Extraction, InputProblem
from events.options import Options

#: An extraction function: a top-level (picklable) function of (article, options).
Extractor = Callable[[Article, Options], Extraction]

#: Work done on one item: a top-level (picklable) function of (item, options).
Work = Callable[[Any, Options], Any]

#: Items waiting or running per worker process: enough to keep each busy, few enough
#: that only a handful of article texts are ever held at once.
IN_FLIGHT_PER_JOB = 4

_worker: tuple[Work, Options] | None = None


@dataclass(frozen=True, slots=True)
class Read:
    """One input read and dated by its own evidence, with its clues for the collection."""

    article: Article
    clues: Clues


def default_extractor() -> Extractor:
    """The pipeline's extractor, ``events.extract.extract``."""
    from events.extract import extract  # not at import: workers of pass 1 don't need it
    return extract


def _name(article: Article) -> str:
    return article.info.path or article.info.url or article.id


def _problem(stage: str, name: str, exc: BaseException) -> InputProblem:
    cause = exc.cause if isinstance(exc, StageError) else exc
    stage = exc.stage if isinstance(exc, StageError) else stage
    return InputProblem(name, f"the {stage} stage failed ({type(cause).__name__}: {cause})")


def read_dated(item: str | Article | InputProblem, options: Options) -> Read | InputProblem:
    """Pass 1 for one item: read it (a name), date it by its own evidence and the user's
    ``--published``, and collect its clues. An Article given as it is keeps the date it
    carries unless it holds evidence or has none. An unreadable input becomes an
    InputProblem with its reason; a failure in dating names the stage."""
    if isinstance(item, InputProblem):
        return item
    if isinstance(item, str):
        try:
            item = read_input(item, options)
        except InputError as exc:
            return InputProblem(exc.path, exc.reason)
    try:
        item = own_dated(item, options)
        return Read(item, clues_of(item))
    except Exception as exc:  # one bad article must not sink a build of hundreds
        return _problem("dating", _name(item), exc)


def own_dated(article: Article, options: Options) -> Article:
    """The article dated by its own evidence and the user's ``--published``
    (:func:`events.dating.date_article`); one that holds no evidence and has a date
    already (made by hand, or read back from a corpus) keeps it."""
    if article.evidence or article.info.published is None:
        return date_article(article, options.published)
    return article


def extract_one(article: Article, options: Options, extractor: Extractor | None = None
                ) -> Extraction | InputProblem:
    """Pass 2 for one article: extract it; a failure becomes an InputProblem naming the
    stage (:class:`~events.errors.StageError`) and its cause.

    A missing actor recognizer (:class:`events.actors.NerUnavailable`) is raised instead:
    it fails every article alike, so it is one error, not a problem per article.
    """
    try:
        return (extractor or default_extractor())(article, options)
    except NerUnavailable:
        raise
    except Exception as exc:  # one bad article must not sink a build of hundreds
        return _problem("extract", _name(article), exc)


def extract_work(extractor: Extractor | None) -> Work:
    """The pass-2 work for :func:`run_stream` with ``extractor`` (default: the pipeline's)."""
    return partial(_extract_item, extractor=extractor)


def _extract_item(item: Article | InputProblem, options: Options,
                  extractor: Extractor | None = None) -> Extraction | InputProblem:
    return item if isinstance(item, InputProblem) else extract_one(item, options, extractor)


def _init_worker(work: Work, options: Options) -> None:
    global _worker
    _worker = (work, options)


def _work(item):
    work, options = _worker  # set by _init_worker in every worker process
    return work(item, options)


def run_stream(items: Iterable, work: Work, options: Options, *, total: int | None = None,
               label: str = "reading articles") -> Iterator:
    """Yield ``work(item, options)`` for each item, in input order.

    With ``options.jobs > 1`` the items are processed in that many worker processes;
    ``work`` must then be a top-level function (or a partial of one). ``options.progress``
    is called as ``(done, total, label)`` after each item. InputProblems pass through
    as they are; standard input (``-``) is read here, not in a worker.
    """
    items = (read_dated(i, options) if i == "-" else i for i in items)
    report = options.progress
    done = 0
    stream = (map(lambda item: _pass(item, work, options), items) if options.jobs <= 1
              else _parallel(items, work, options))
    for result in stream:
        done += 1
        if report is not None:
            report(done, total, label)
        yield result


def _pass(item, work: Work, options: Options):
    """Work on one item in this process (a result of an earlier step passes through)."""
    return item if isinstance(item, (InputProblem, Read)) else work(item, options)


def _parallel(items, work: Work, options: Options):
    # Workers get the options without the progress callback: it draws on our terminal
    # and need not be picklable.
    worker_options = replace(options, progress=None)
    pending: deque[Future | Any] = deque()
    limit = max(1, options.jobs) * IN_FLIGHT_PER_JOB
    with ProcessPoolExecutor(max_workers=options.jobs, initializer=_init_worker,
                             initargs=(work, worker_options)) as pool:
        for item in items:
            if isinstance(item, (InputProblem, Read)):
                pending.append(item)
            else:
                pending.append(pool.submit(_work, item))
            while len(pending) >= limit:
                yield _resolve(pending.popleft())
        while pending:
            yield _resolve(pending.popleft())


def _resolve(slot):
    return slot.result() if isinstance(slot, Future) else slot
