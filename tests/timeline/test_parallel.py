import os

import pytest

from events.models import Extraction, InputProblem
from events.options import Options
from timeline.parallel import IN_FLIGHT_PER_JOB, Read, extract_work, read_dated, run_stream


def pid_extractor(article, options):
    """Records the worker's pid in the notes, and fails on an article called 'bad'."""
    if article.id == "bad":
        raise ValueError("no clause found")
    return Extraction(article.info, notes=(str(os.getpid()),))


def _items(article, n):
    items = [article(f"art{i:03d}", f"text {i}") for i in range(n)]
    items.insert(3, InputProblem("missing.txt", "no such file"))
    return items


def _results(items, jobs, **kw):
    return list(run_stream(items, extract_work(pid_extractor), Options(jobs=jobs), **kw))


@pytest.mark.parametrize("jobs", [1, 2])
def test_results_come_back_in_input_order(article, jobs):
    items = _items(article, 12)
    out = _results(items, jobs)
    names = [r.path if isinstance(r, InputProblem) else r.article.id for r in out]
    assert names == [i.path if isinstance(i, InputProblem) else i.id for i in items]


def test_two_jobs_run_in_other_processes(article):
    pids = {r.notes[0] for r in _results(_items(article, 8), 2) if isinstance(r, Extraction)}
    assert str(os.getpid()) not in pids


@pytest.mark.parametrize("jobs", [1, 2])
def test_input_names_are_read_and_dated_in_the_first_pass(tmp_path, jobs):
    (tmp_path / "a.txt").write_text("Date: 2021-03-10\n\nNorway delivered a ferry on Tuesday.\n")
    out = list(run_stream([str(tmp_path / "a.txt"), str(tmp_path / "gone.txt")], read_dated,
                          Options(jobs=jobs)))
    assert isinstance(out[0], Read) and out[0].article.info.path == str(tmp_path / "a.txt")
    assert out[0].article.info.published_how == "header Date:"
    assert out[0].clues.profile
    assert out[1] == InputProblem(str(tmp_path / "gone.txt"), "file not found")


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_failing_extraction_becomes_a_problem_naming_the_stage(article, jobs):
    items = [article("good", "x"), article("bad", "y", path="bad.txt"), article("fine", "z")]
    out = _results(items, jobs)
    assert out[1] == InputProblem("bad.txt", "the extract stage failed (ValueError: no clause found)")
    assert [isinstance(r, Extraction) for r in out] == [True, False, True]


def test_articles_are_read_only_a_few_ahead_of_the_results(article):
    pulled = []

    def source():
        for i in range(40):
            pulled.append(i)
            yield article(f"a{i}", "text")

    stream = run_stream(source(), extract_work(pid_extractor), Options(jobs=2))
    next(stream)
    assert len(pulled) <= 2 * IN_FLIGHT_PER_JOB + 1
    stream.close()


def test_progress_is_reported_per_item(article):
    seen = []
    options = Options(progress=lambda done, total, label: seen.append((done, total, label)))
    list(run_stream(_items(article, 2), extract_work(pid_extractor), options, total=3))
    assert seen == [(1, 3, "reading articles"), (2, 3, "reading articles"),
                    (3, 3, "reading articles")]
