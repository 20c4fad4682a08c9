"""Extraction over a stream of articles, in this process or in worker processes.

Articles are read one at a time and sent to the workers with at most
:data:`IN_FLIGHT_PER_JOB` per worker waiting, so memory is bounded by a few articles rather
than by the whole input. Results come back in input order, whatever the number of workers,
so a build is the same with ``--jobs 1`` and ``--jobs 4``. An article whose extraction
fails becomes an :class:`~events.models.InputProblem` naming the stage, and the rest go on.
"""
from __future__ import annotations

from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import replace
from typing import Callable, Iterable, Iterator

from events.models import Article, Extraction, InputProblem
from events.options import Options

#: An extraction function: a top-level (picklable) function of (article, options).
Extractor = Callable[[Article, Options], Extraction]

#: Articles waiting or running per worker process: enough to keep each busy, few enough
#: that only a handful of article texts are ever held at once.
IN_FLIGHT_PER_JOB = 4

_worker: tuple[Extractor, Options] | None = None


def default_extractor() -> Extractor:
    """The pipeline's extractor, ``events.extract.extract``."""
    from events.extract import extract
    return extract


def extract_one(article: Article, options: Options, extractor: Extractor) -> Extraction | InputProblem:
    """Extract one article; a failure becomes an InputProblem naming the stage and cause."""
    try:
        return extractor(article, options)
    except Exception as exc:  # one bad article must not sink a build of hundreds
        name = article.info.path or article.info.url or article.id
        return InputProblem(name, f"extracting events failed ({type(exc).__name__}: {exc})")


def _init_worker(extractor: Extractor, options: Options) -> None:
    global _worker
    _worker = (extractor, options)


def _work(article: Article) -> Extraction | InputProblem:
    extractor, options = _worker  # set by _init_worker in every worker process
    return extract_one(article, options, extractor)


def extract_stream(items: Iterable[Article | InputProblem], options: Options, *,
                   extractor: Extractor | None = None, total: int | None = None,
                   label: str = "reading articles") -> Iterator[Extraction | InputProblem]:
    """Yield an Extraction (or the InputProblem) for each item, in input order.

    With ``options.jobs > 1`` the articles are extracted in that many worker processes;
    ``extractor`` (default :func:`default_extractor`) must then be a top-level function.
    ``options.progress`` is called as ``(done, total, label)`` after each item.
    """
    extractor = extractor or default_extractor()
    report = options.progress
    done = 0
    for result in (_serial(items, options, extractor) if options.jobs <= 1
                   else _parallel(items, options, extractor)):
        done += 1
        if report is not None:
            report(done, total, label)
        yield result


def _serial(items, options, extractor):
    for item in items:
        yield item if isinstance(item, InputProblem) else extract_one(item, options, extractor)


def _parallel(items, options, extractor):
    # Workers get the options without the progress callback: it draws on our terminal
    # and need not be picklable.
    worker_options = replace(options, progress=None)
    pending: deque[Future | InputProblem] = deque()
    limit = max(1, options.jobs) * IN_FLIGHT_PER_JOB
    with ProcessPoolExecutor(max_workers=options.jobs, initializer=_init_worker,
                             initargs=(extractor, worker_options)) as pool:
        for item in items:
            if isinstance(item, InputProblem):
                pending.append(item)
            else:
                pending.append(pool.submit(_work, item))
            while len(pending) >= limit:
                yield _resolve(pending.popleft())
        while pending:
            yield _resolve(pending.popleft())


def _resolve(slot: Future | InputProblem) -> Extraction | InputProblem:
    return slot if isinstance(slot, InputProblem) else slot.result()
