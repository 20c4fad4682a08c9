"""Reading and extraction over a stream of inputs, in this process or in worker processes.

An item is an input name (read by ``events.ingest.read_input`` where it is processed, so
that reading runs in the workers too), an Article already read, or an InputProblem met
while reading. Items go to the workers with at most :data:`IN_FLIGHT_PER_JOB` per worker
waiting, so memory is bounded by a few articles rather than by the whole input. Results
come back in input order, whatever the number of workers, so a build is the same with
``--jobs 1`` and ``--jobs 4``. An article whose extraction fails becomes an
:class:`~events.models.InputProblem` naming the stage, and the rest go on.
"""
from __future__ import annotations

from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from typing import Callable, Iterable, Iterator

from events.errors import InputError
from events.models import Article, Extraction, InputProblem
from events.options import Options

#: An extraction function: a top-level (picklable) function of (article, options).
Extractor = Callable[[Article, Options], Extraction]

#: Which articles come back with their result (``Done.article``): every one, those still
#: undated after extraction, or none.
KEEP = ("all", "undated", "none")

#: Items waiting or running per worker process: enough to keep each busy, few enough
#: that only a handful of article texts are ever held at once.
IN_FLIGHT_PER_JOB = 4

_worker: tuple[Extractor, Options, str] | None = None


@dataclass(frozen=True, slots=True)
class Done:
    """One item processed: its extraction or problem, and the article when it was kept."""

    result: Extraction | InputProblem
    article: Article | None = None


def default_extractor() -> Extractor:
    """The pipeline's extractor, ``events.extract.extract``."""
    from events.extract import extract
    return extract


def extract_one(article: Article, options: Options, extractor: Extractor) -> Extraction | InputProblem:
    """Extract one article; a failure becomes an InputProblem naming the stage and cause.

    A missing actor recognizer (:class:`events.actors.NerUnavailable`) is raised instead:
    it fails every article alike, so it is one error, not a problem per article.
    """
    try:
        return extractor(article, options)
    except Exception as exc:  # one bad article must not sink a build of hundreds
        from events.actors import NerUnavailable
        if isinstance(exc, NerUnavailable):
            raise
        name = article.info.path or article.info.url or article.id
        return InputProblem(name, f"extracting events failed ({type(exc).__name__}: {exc})")


def read_one(name: str, options: Options) -> Article | InputProblem:
    """Read one input; an unreadable one becomes an InputProblem with its reason."""
    from events.ingest import read_input
    try:
        return read_input(name, options)
    except InputError as exc:
        return InputProblem(exc.path, exc.reason)


def process(item, options: Options, extractor: Extractor, keep: str = "none") -> Done:
    """Read (if ``item`` is a name) and extract one item."""
    if isinstance(item, str):
        item = read_one(item, options)
    if isinstance(item, InputProblem):
        return Done(item)
    result = extract_one(item, options, extractor)
    kept = keep == "all" or (keep == "undated" and isinstance(result, Extraction)
                             and result.article.published is None)
    return Done(result, item if kept else None)


def _init_worker(extractor: Extractor, options: Options, keep: str) -> None:
    global _worker
    _worker = (extractor, options, keep)


def _work(item) -> Done:
    extractor, options, keep = _worker  # set by _init_worker in every worker process
    return process(item, options, extractor, keep)


def extract_stream(items: Iterable, options: Options, *, extractor: Extractor | None = None,
                   total: int | None = None, label: str = "reading articles",
                   keep: str = "none") -> Iterator[Done]:
    """Yield a :class:`Done` for each item (name, Article or InputProblem), in input order.

    With ``options.jobs > 1`` the items are processed in that many worker processes;
    ``extractor`` (default :func:`default_extractor`) must then be a top-level function.
    ``keep`` (one of :data:`KEEP`) says which articles come back with their result.
    ``options.progress`` is called as ``(done, total, label)`` after each item. Standard
    input (``-``) is read here, not in a worker.
    """
    if keep not in KEEP:
        raise ValueError(f"keep must be one of {KEEP}, not {keep!r}")
    extractor = extractor or default_extractor()
    items = (read_one(i, options) if i == "-" else i for i in items)
    report = options.progress
    done = 0
    stream = (_serial(items, options, extractor, keep) if options.jobs <= 1
              else _parallel(items, options, extractor, keep))
    for result in stream:
        done += 1
        if report is not None:
            report(done, total, label)
        yield result


def _serial(items, options, extractor, keep):
    for item in items:
        yield process(item, options, extractor, keep)


def _parallel(items, options, extractor, keep):
    # Workers get the options without the progress callback: it draws on our terminal
    # and need not be picklable.
    worker_options = replace(options, progress=None)
    pending: deque[Future | Done] = deque()
    limit = max(1, options.jobs) * IN_FLIGHT_PER_JOB
    with ProcessPoolExecutor(max_workers=options.jobs, initializer=_init_worker,
                             initargs=(extractor, worker_options, keep)) as pool:
        for item in items:
            if isinstance(item, InputProblem):
                pending.append(Done(item))
            else:
                pending.append(pool.submit(_work, item))
            while len(pending) >= limit:
                yield _resolve(pending.popleft())
        while pending:
            yield _resolve(pending.popleft())


def _resolve(slot: Future | Done) -> Done:
    return slot if isinstance(slot, Done) else slot.result()
