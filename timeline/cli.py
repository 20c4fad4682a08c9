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
        # imported by the command that needs it, so that --help and every other command start fast
        from events.temporal import FIRST_DAY, LAST_DAY, on_calendar

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


def _report_languages(articles) -> None:
    """Name each article not written in English: no events were read from it."""
    # imported by the command that needs it, so that --help and every other command start fast
    from events.extract import language_name

    for a in articles:
        if a.language and a.language != "en":
            click.echo(f"note {a.path or a.url or a.id}: written in {language_name(a.language)} "
                       f"({a.language}), not English: no events read from it", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="news-timeline")
def main() -> None:
    """Turn news articles into a dated, sourced timeline and an actor graph.

    Start with:  timeline build ARTICLES... -o OUT_DIR   then open OUT_DIR/index.html.
    """


BUILD_EPILOG = """\b
Examples:
  timeline build my-articles/ -o my-timeline
  timeline build a.txt b.html https://example.org/story -o out
  timeline build undated.txt --published 2022-10-12 -o out
  timeline build my-articles/ --dates 20 -o out
  timeline build my-articles/ --edits edits.json -o my-timeline
  timeline build --db story.sqlite -o out

\b
Files it writes into the -o folder:
  index.html       the page: timeline, search, actor graph; works offline
  events.json      everything, for other programs (schema timeline/1)
  events.csv       one row per event and source, for spreadsheets
  timelinejs.json  for TimelineJS (timeline.knightlab.com)
  handout.md       the dated list with quotes and sources, as Markdown
  handout.docx     the same handout, for Word or LibreOffice
  calendar.ics     the events, for a calendar program
  actors.gexf      the actor graph, for Gephi
  actors.graphml   the actor graph, for yEd and others

\b
Your corrections: in the page, hide or correct events and press "Save my
edits"; then build again with --edits edits.json (an edited events.csv
works too) and the new page keeps them.
"""


@main.command(epilog=BUILD_EPILOG)
@click.argument("inputs", nargs=-1)
@click.option("-o", "--out", "out_dir", required=True,
              type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write index.html, events.json and the exports into.")
@click.option("--published", type=ISO_DATE,
              help="Publication date for inputs whose own date can't be found.")
@click.option("--title", help="Title of the page (default: taken from the articles).")
@click.option("--dates", type=click.IntRange(min=1), metavar="N",
              help="Keep only the N most important dates.")
@click.option("--edits", "edits_file", metavar="FILE",
              help="Apply your corrections: the edits.json the page saved, or an edited "
                   "events.csv.")
@click.option("--ner", type=click.Choice(["rules", "spacy"]), default="rules", show_default=True,
              help="Actor recognizer: built-in rules, or an installed spaCy pipeline.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes for reading articles.")
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path),
              help="Build from a corpus made with 'timeline add' (plus any INPUTS).")
@click.option("--since", type=ISO_DATE, help="Keep only events on or after this day.")
@click.option("--until", type=ISO_DATE, help="Keep only events on or before this day.")
def build(inputs, out_dir, published, title, dates, edits_file, ner, jobs, db, since,
          until):
    """Build a timeline page from articles.

    INPUTS are .txt, .md, .html or .htm files, folders (read recursively), http(s) URLs,
    or - for standard input. Inputs that can't be read are named on stderr with the
    reason; the rest still build. Exit status 1 when nothing could be built.
    """
    # imported by the command that needs it, so that --help and every other command start fast
    from output.exports import relative_paths
    from output.page import write_page
    from timeline.build import build_timeline
    from timeline.edits import apply_edits, read_edits
    from timeline.progress import terminal_progress

    if not inputs and db is None:
        raise click.UsageError("give at least one INPUT, or --db CORPUS")
    options = Options(published=published, title=title, dates=dates, ner=ner, jobs=jobs,
                      since=since, until=until, progress=terminal_progress(sys.stderr))
    try:
        edits = read_edits(edits_file) if edits_file is not None else None
        if db is not None:
            # imported by the command that needs it, so that --help and every other command start fast
            from timeline.store import Corpus
            with Corpus(db, create=bool(inputs)) as corpus:
                if inputs:
                    _report_problems(corpus.add(inputs, options).problems)
                timeline = corpus.timeline(options)
        else:
            timeline = build_timeline(inputs, options)
            _report_problems(timeline.problems)
        if edits is not None:
            for warning in edits.warnings:
                click.echo(warning, err=True)
            applied = apply_edits(timeline, edits)
            for message in applied.messages(edits.name):
                click.echo(message, err=True)
            timeline = applied.timeline
        _report_languages(timeline.articles)
        index = write_page(relative_paths(timeline), out_dir)
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
    # imported by the command that needs it, so that --help and every other command start fast
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
    # imported by the command that needs it, so that --help and every other command start fast
    from events.ingest import read_text
    from events.temporal import retag_timeml, tag_text

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
