"""The data model of the timeline stage: merged entries and the timeline itself."""
from __future__ import annotations

from dataclasses import dataclass

from events.models import Actor, ArticleInfo, InputProblem, Interval, Source


@dataclass(frozen=True, slots=True)
class Conflict:
    """Sources that date the same happening differently.

    ``dates`` are the differing TIMEX3 values in order; ``sources`` pairs each value with
    the ids of the articles that give it.
    """

    dates: tuple[str, ...]
    sources: tuple[tuple[str, tuple[str, ...]], ...]


@dataclass(frozen=True, slots=True)
class Entry:
    """One happening on the timeline, reported by one or more sources.

    ``when`` is the most precise interval the sources agree on; ``timex`` its TIMEX3
    value. ``conflict`` is None unless precise sources disagree on the date.
    ``salience`` ranks entries for a digest (higher is more important). ``dated_by`` is
    ``"publication"`` when every source is dated only by its publication date
    (:attr:`events.models.Event.dated_by`), else ``"time"``.

    ``members`` are the ids each of its sources' events would give an entry of its own
    (its ``id`` is the first of them by publication), so that a teacher's edit keyed by an
    earlier id still finds the happening when later coverage changes which source comes
    first. ``edited``, ``note`` and ``key`` come from her edits (:mod:`timeline.edits`):
    ``edited`` is true when anything of the entry was changed or added by hand, ``key``
    when she marked it as a key event.
    """

    id: str
    when: Interval
    timex: str
    summary: str
    type: str
    status: str
    actors: tuple[str, ...]
    sources: tuple[Source, ...]
    conflict: Conflict | None = None
    salience: float = 0.0
    dated_by: str = "time"
    members: tuple[str, ...] = ()
    edited: bool = False
    note: str = ""
    key: bool = False


@dataclass(frozen=True, slots=True)
class Timeline:
    """The merged, ordered timeline: its articles (without text), actors and entries.

    ``problems`` are the inputs that could not be read, each with its reason.
    """

    title: str
    articles: tuple[ArticleInfo, ...]
    actors: tuple[Actor, ...]
    entries: tuple[Entry, ...]
    problems: tuple[InputProblem, ...] = ()
