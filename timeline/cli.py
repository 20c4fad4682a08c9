"""The ``timeline`` command: a thin layer over importable functions.

Each command parses its arguments into an :class:`events.options.Options`, calls one
library function, and turns a :class:`events.errors.TimelineError` into ``Error: ...``
with exit status 1. Bad usage exits with status 2 (click's own behaviour).
"""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import click

from events.errors import TimelineError
from events.options import Options


class IsoDate(click.ParamType):
    """A calendar date written YYYY-MM-DD."""

    name = "YYYY-MM-DD"

    def convert(self, value, param, ctx):
        if isinstance(value, date):
            return value
        from events.temporal.interval import FIRST_DAY, LAST_DAY, on_calendar

        try:
            day = date.fromisoformat(value)
        except ValueError:
            self.fail(f"{value!r} is not a date in the form YYYY-MM-DD", param, ctx)
        if not on_calendar(day):
            self.fail(f"{value!r} is outside the dates read ({FIRST_DAY.year} to "
                      f"{LAST_DAY.year})", param, ctx)
        return day


ISO_DATE = IsoDate()


def _report_problems(problems) -> None:
    for problem in problems:
        click.echo(f"skipped {problem.path}: {problem.reason}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="news-timeline")
def main() -> None:
    """Turn news articles into a dated, sourced timeline and an actor graph.

    Start with:  timeline build ARTICLES... -o OUT_DIR   then open OUT_DIR/index.html.
    """


@main.command()
@click.argument("inputs", nargs=-1)
@click.option("-o", "--out", "out_dir", required=True,
              type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write index.html, events.json and the exports into.")
@click.option("--published", type=ISO_DATE,
              help="Publication date for inputs whose own date can't be found.")
@click.option("--title", help="Title of the page (default: taken from the articles).")
@click.option("--dates", type=click.IntRange(min=1), metavar="N",
              help="Keep only the N most important dates.")
@click.option("--ner", type=click.Choice(["rules", "spacy"]), default="rules", show_default=True,
              help="Actor recognizer: built-in rules, or an installed spaCy pipeline.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes for reading articles.")
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path),
              help="Build from a corpus made with 'timeline add' (plus any INPUTS).")
def build(inputs, out_dir, published, title, dates, ner, jobs, db):
    """Build a timeline page from articles.

    INPUTS are .txt, .md, .html or .htm files, folders (read recursively), http(s) URLs,
    or - for standard input. Inputs that can't be read are named on stderr with the
    reason; the rest still build. Exit status 1 when nothing could be built.
    """
    from output.page import write_page
    from timeline.build import build_timeline
    from timeline.progress import terminal_progress

    if not inputs and db is None:
        raise click.UsageError("give at least one INPUT, or --db CORPUS")
    options = Options(published=published, title=title, dates=dates, ner=ner, jobs=jobs,
                      progress=terminal_progress(sys.stderr))
    try:
        if db is not None:
            from timeline.store import Corpus
            with Corpus(db, create=bool(inputs)) as corpus:
                if inputs:
                    _report_problems(corpus.add(inputs, options).problems)
                timeline = corpus.timeline(options)
        else:
            timeline = build_timeline(inputs, options)
            _report_problems(timeline.problems)
        index = write_page(timeline, out_dir)
    except TimelineError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(str(index))


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--db", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The SQLite corpus file (created if missing).")
@click.option("--published", type=ISO_DATE,
              help="Publication date for inputs whose own date can't be found.")
@click.option("--ner", type=click.Choice(["rules", "spacy"]), default="rules", show_default=True,
              help="Actor recognizer: built-in rules, or an installed spaCy pipeline.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes for reading articles.")
def add(inputs, db, published, ner, jobs):
    """Add articles to a corpus, to build from later with 'timeline build --db'.

    An article already in the corpus (same text) is skipped; one read by an older version
    of the extractor is read again.
    """
    from timeline.progress import terminal_progress
    from timeline.store import Corpus

    options = Options(published=published, ner=ner, jobs=jobs,
                      progress=terminal_progress(sys.stderr))
    try:
        with Corpus(db) as corpus:
            report = corpus.add(inputs, options)
    except TimelineError as exc:
        raise click.ClickException(str(exc)) from exc
    _report_problems(report.problems)
    click.echo(report.summary())
    if report.problems and not (report.added or report.unchanged or report.updated):
        sys.exit(1)


@main.command()
@click.argument("file", required=False,
                type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@click.option("--dct", type=ISO_DATE, help="Document creation time (publication date) of FILE.")
@click.option("--timeml", "timeml_file", type=click.Path(dir_okay=False, exists=True),
              help="A TimeML document: use its DCT, drop its TIMEX3 tags, tag it again.")
def tag(file, dct, timeml_file):
    """Print a text with its time expressions marked as TIMEX3 tags.

    Either FILE with --dct, or --timeml IN.tml, which prints TimeML that the TempEval-3
    scorer reads.
    """
    from events.ingest import read_text
    from events.temporal.timeml import retag_timeml, tag_text

    if (file is None) == (timeml_file is None):
        raise click.UsageError("give either FILE (with --dct) or --timeml IN.tml")
    try:
        if timeml_file:
            raw = Path(timeml_file).read_text(encoding="utf-8")
            click.echo(retag_timeml(raw), nl=False)
        else:
            click.echo(tag_text(read_text(file, Options()), dct), nl=False)
    except TimelineError as exc:
        raise click.ClickException(str(exc)) from exc
    except UnicodeDecodeError as exc:
        raise click.ClickException(f"{timeml_file}: not UTF-8 text ({exc.reason})") from exc
