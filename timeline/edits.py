"""A teacher's corrections, kept across rebuilds: ``timeline build ... --edits FILE``.

FILE is what the page's "Save my edits" downloads, ``edits.json``::

    {"schema": "timeline-edits/1",
     "events": {"<event id>": {"hidden": true},
                "<event id>": {"start": "2022-10-10", "end": "2022-10-11",
                               "summary": "...", "note": "...", "key": true}}}

or an ``events.csv`` as the build wrote it and a spreadsheet saved it again (same columns,
plus optional ``hidden``, ``note`` and ``key``; comma, semicolon or tab separated; UTF-8
or the Windows code page Excel uses). In a CSV only what differs from the rebuilt event
counts as an edit, so an untouched row changes nothing; its ``start`` and ``end`` columns
(YYYY-MM-DD) are the date read, not the ``date`` column of words.

:func:`read_edits` checks the whole file before anything is built (a bad file is an
:class:`EditsError` naming it, and nothing is written); :func:`apply_edits` applies it to a
built timeline: a hidden event is left out, an edited one carries ``edited=True``. An
edit whose event is in no entry any more is returned in :attr:`Applied.missing`, to be
named to the user, never dropped silently.

Event ids are the entries' ids (:func:`timeline.entry.member_id`); an edit also finds
its event by the id of any source merged into it (:attr:`timeline.models.Entry.members`),
so edits survive when new articles change which report comes first.
"""
from __future__ import annotations

import calendar
import csv
import io
import json
import re
from dataclasses import dataclass, fields, replace
from datetime import date
from pathlib import Path
from typing import Sequence

from events.errors import TimelineError
from events.models import Interval
from timeline.models import Entry, Timeline
from timeline.order import order

#: The ``schema`` of an edits file.
SCHEMA = "timeline-edits/1"

#: The fields an edit may give, and the JSON type each must have.
FIELD_TYPES = {"hidden": bool, "start": str, "end": str, "summary": str, "note": str,
               "key": bool}

#: Spreadsheet words for yes and no in the ``hidden`` and ``key`` columns.
YES = frozenset({"1", "true", "yes", "y", "x", "hidden", "key", "wahr", "vrai", "oui", "ja"})
NO = frozenset({"", "0", "false", "no", "n", "falsch", "faux", "non", "nein"})

#: Separators a spreadsheet may save a CSV with (Excel uses ";" where "," is a decimal mark).
DELIMITERS = (",", ";", "\t")

#: A cell the exports guarded against formula injection starts with "'" and one of these.
GUARDED = ("=", "+", "-", "@", "\t", "\r")

#: The largest edits file read (a hand-kept file is far smaller).
MAX_BYTES = 20 * 1024 * 1024

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class EditsError(TimelineError):
    """The edits file can't be read or is not a valid edits file; the message names it."""


@dataclass(frozen=True, slots=True)
class Edit:
    """One event's edit as the file gives it; None is "not given". ``start``/``end`` are
    days; ``row`` is the CSV line it came from (0 for JSON)."""

    hidden: bool | None = None
    start: date | None = None
    end: date | None = None
    summary: str | None = None
    note: str | None = None
    key: bool | None = None
    row: int = 0


@dataclass(frozen=True, slots=True)
class Edits:
    """A checked edits file: ``events`` pairs each event id with its edits (one from
    JSON, one per row from a CSV); ``warnings`` are things in it that were ignored."""

    name: str
    events: tuple[tuple[str, tuple[Edit, ...]], ...]
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Applied:
    """A timeline with edits applied, and the ids of edits that matched no event
    (``missing``, each with its edit in words)."""

    timeline: Timeline
    hidden: int = 0
    edited: int = 0
    missing: tuple[str, ...] = ()

    def messages(self, name: str) -> list[str]:
        """What to tell the user about the edits that found no event."""
        return [f"{name}: no event {m} in this build; that edit was not applied"
                for m in self.missing]


def read_edits(path: str | Path) -> Edits:
    """Read and check an edits file (``edits.json`` or an edited ``events.csv``).

    Raises :class:`EditsError` naming the file when it can't be read, is neither, has
    the wrong schema, or gives a date that is not YYYY-MM-DD.
    """
    name = str(path)
    try:
        with open(path, "rb") as stream:
            data = stream.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise EditsError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise EditsError(f"{name}: is a folder, not an edits file") from None
    except OSError as exc:
        raise EditsError(f"{name}: could not be read ({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:
        raise EditsError(f"{name}: too large for an edits file (over {MAX_BYTES // 2**20} MB)")
    text = _decode(name, data)
    suffix = Path(name).suffix.lower()
    if suffix == ".csv" or (suffix != ".json" and not text.lstrip()[:1] in ("{", "[")):
        return _read_csv(name, text)
    return _read_json(name, text)


def _decode(name: str, data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise EditsError(f"{name}: binary file, not an edits file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")  # Excel's "CSV (Comma delimited)" on Windows
    except UnicodeDecodeError:
        raise EditsError(f"{name}: not text (neither UTF-8 nor Windows-1252)") from None


#: Said after a CSV's date error: spreadsheets rewrite dates in their own format on saving.
CSV_DATE_HINT = (" (a spreadsheet may have rewritten the dates: format the start and end "
                 "columns as text before saving, or use the page's edits.json)")


def _day(name: str, where: str, field: str, value: str, hint: str = "") -> date:
    value = value.strip()
    try:
        if _ISO_DAY.match(value):
            return date.fromisoformat(value)
    except ValueError:
        pass
    raise EditsError(f"{name}: {where}: {field} {value!r} is not a date in the form "
                     f"YYYY-MM-DD{hint}")


def _check_order(name: str, where: str, edit: Edit) -> Edit:
    if edit.start is not None and edit.end is not None and edit.end < edit.start:
        raise EditsError(f"{name}: {where}: end {edit.end.isoformat()} is before start "
                         f"{edit.start.isoformat()}")
    return edit


def _read_json(name: str, text: str) -> Edits:
    try:
        data = json.loads(text)
    except RecursionError:
        raise EditsError(f"{name}: not an edits file (nested too deeply)") from None
    except ValueError as exc:
        where = f" (line {exc.lineno}, column {exc.colno}: {exc.msg})" if hasattr(exc, "lineno") else ""
        raise EditsError(f"{name}: not JSON{where}") from None
    if not isinstance(data, dict):
        raise EditsError(f"{name}: not an edits file (expected an object with "
                         f"\"schema\": \"{SCHEMA}\")")
    if data.get("schema") != SCHEMA:
        raise EditsError(f"{name}: not an edits file (schema {data.get('schema')!r}, "
                         f"expected {SCHEMA!r})")
    events = data.get("events", {})
    if not isinstance(events, dict):
        raise EditsError(f"{name}: \"events\" must be an object of event id to edit")
    warnings, out = [], []
    for event_id in sorted(events):
        given = events[event_id]
        where = f"event {event_id}"
        if not isinstance(given, dict):
            raise EditsError(f"{name}: {where}: the edit must be an object")
        values = {}
        for field, value in sorted(given.items()):
            if field not in FIELD_TYPES:
                warnings.append(f"{name}: {where}: unknown field {field!r} ignored "
                                f"(known: {', '.join(FIELD_TYPES)})")
                continue
            if value is None:
                continue
            if not isinstance(value, FIELD_TYPES[field]):
                kind = "true or false" if FIELD_TYPES[field] is bool else "text"
                raise EditsError(f"{name}: {where}: {field} must be {kind}, not {value!r}")
            values[field] = value
        for field in ("start", "end"):
            if field in values:
                values[field] = _day(name, where, field, values[field])
        if "summary" in values:
            values["summary"] = " ".join(values["summary"].split())
            if not values["summary"]:
                raise EditsError(f"{name}: {where}: summary is empty")
        out.append((event_id, (_check_order(name, where, Edit(**values)),)))
    return Edits(name, tuple(out), tuple(warnings))


def _delimiter(header: str) -> str:
    return max(DELIMITERS, key=lambda d: ("id" in [c.strip().lower() for c in header.split(d)],
                                          header.count(d)))


def _unguard(value: str) -> str:
    """A cell as it was before the exports guarded it ("'=x" was written for "=x")."""
    return value[1:] if value[:1] == "'" and value[1:2] in GUARDED else value


def _flag(name: str, where: str, column: str, value: str) -> bool:
    word = value.strip().lower()
    if word in YES:
        return True
    if word in NO:
        return False
    raise EditsError(f"{name}: {where}: {column} {value!r} is neither yes nor no "
                     "(leave it empty, or write yes)")


def _read_csv(name: str, text: str) -> Edits:
    header = text.split("\n", 1)[0]
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=_delimiter(header))
    columns = {(c or "").strip().lower(): c for c in reader.fieldnames or ()}
    if "id" not in columns:
        raise EditsError(f"{name}: not JSON, and not a CSV with an \"id\" column "
                         "(give edits.json or the events.csv a build wrote)")
    rows: dict[str, list[Edit]] = {}
    warnings = []
    try:
        for row in reader:
            line = reader.line_num
            cells = {key: (row.get(col) or "") for key, col in columns.items()}
            event_id = cells["id"].strip()
            if not event_id:
                if any(v.strip() for v in cells.values()):
                    warnings.append(f"{name}: row {line}: no id; the row was ignored")
                continue
            where = f"row {line}"
            values: dict = {}
            for field in ("start", "end"):
                if cells.get(field, "").strip():
                    values[field] = _day(name, where, field, cells[field], CSV_DATE_HINT)
            for field in ("hidden", "key"):
                if field in cells:
                    values[field] = _flag(name, where, field, cells[field])
            summary = " ".join(_unguard(cells.get("summary", "")).split())
            if summary:
                values["summary"] = summary
            if "note" in cells:
                values["note"] = " ".join(_unguard(cells["note"]).split())
            rows.setdefault(event_id, []).append(
                _check_order(name, where, Edit(**values, row=line)))
    except csv.Error as exc:
        raise EditsError(f"{name}: not a readable CSV (row {reader.line_num}: {exc})") from None
    return Edits(name, tuple((k, tuple(v)) for k, v in sorted(rows.items())), tuple(warnings))


def _whole_months(start: date, end: date) -> bool:
    return start.day == 1 and end.day == calendar.monthrange(end.year, end.month)[1]


def hand_interval(start: date, end: date) -> tuple[Interval, str]:
    """The interval and TIMEX3 value of a date given by hand: one day, a whole month or
    year when the days say so ("2022-04-01" to "2022-04-30" is April 2022), else a span
    of days (whose TIMEX3 value is "": TIMEX3 has none for it)."""
    if start == end:
        return Interval(start, end, "day"), start.isoformat()
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        return Interval(start, end, "year"), f"{start.year:04d}"
    if _whole_months(start, end):
        same = (start.year, start.month) == (end.year, end.month)
        return Interval(start, end, "month"), start.isoformat()[:7] if same else ""
    return Interval(start, end, "day"), ""


def _same(value, current) -> bool:
    if isinstance(value, str) and isinstance(current, str):  # as the CSV wrote it
        return " ".join(value.split()) == " ".join(current.split())
    return value == current


def _pick(rows: Sequence[Edit], field: str, current):
    """The first value the rows give for ``field`` that differs from ``current``."""
    return next((getattr(r, field) for r in rows
                 if getattr(r, field) is not None and not _same(getattr(r, field), current)),
                None)


def _dates(rows: Sequence[Edit], when: Interval) -> tuple[date, date] | None:
    """The new (start, end) the rows give, or None when they leave the date as it is. A
    start given alone makes the date that one day."""
    for r in rows:
        if r.start is None and r.end is None:
            continue
        start = r.start if r.start is not None else min(when.start, r.end)
        end = r.end if r.end is not None else start
        if (start, end) != (when.start, when.end):
            return start, end
    return None


def edit_entry(entry: Entry, rows: Sequence[Edit]) -> Entry | None:
    """The entry with ``rows`` applied; None when they hide it. Unchanged (and not marked
    ``edited``) when every value they give is the one it already has."""
    if any(r.hidden for r in rows):
        return None
    changes: dict = {}
    summary = _pick(rows, "summary", entry.summary)
    if summary is not None:
        changes["summary"] = summary
    note = _pick(rows, "note", entry.note)
    if note is not None:
        changes["note"] = note
    key = _pick(rows, "key", entry.key)
    if key is not None:
        changes["key"] = key
    dates = _dates(rows, entry.when)
    if dates is not None:
        when, timex = hand_interval(*dates)
        # her date replaces the sources' differing ones, which the page would show instead
        changes.update(when=when, timex=timex, conflict=None)
    if not changes:
        return entry
    return replace(entry, edited=True, **changes)


def _describe(rows: Sequence[Edit]) -> str:
    given = []
    for r in rows:
        for f in fields(Edit):
            value = getattr(r, f.name)
            if f.name != "row" and value is not None and f.name not in (g[0] for g in given):
                given.append((f.name, value))
    words = [name if value is True else f"{name} {value if isinstance(value, date) else repr(value)}"
             for name, value in given if value is not False and value != ""]
    return f" ({'; '.join(words)})" if words else ""


def apply_edits(timeline: Timeline, edits: Edits) -> Applied:
    """``timeline`` with ``edits`` applied (see the module docstring). Entries stay in
    chronological order; actors left in no entry are dropped with the hidden entries."""
    by_id = {e.id: e for e in timeline.entries}
    by_member = {m: e.id for e in timeline.entries for m in e.members}
    exact: dict[str, list[Edit]] = {}
    alias: dict[str, list[Edit]] = {}
    missing = []
    for event_id, rows in edits.events:
        if event_id in by_id:
            exact.setdefault(event_id, []).extend(rows)
        elif event_id in by_member:
            alias.setdefault(by_member[event_id], []).extend(rows)
        else:
            missing.append(event_id + _describe(rows))
    entries, hidden, edited = [], 0, 0
    for entry in timeline.entries:
        rows = exact.get(entry.id, []) + alias.get(entry.id, [])
        if not rows:
            entries.append(entry)
            continue
        changed = edit_entry(entry, rows)
        if changed is None:
            hidden += 1
            continue
        edited += changed is not entry
        entries.append(changed)
    used = {a for e in entries for a in e.actors}
    result = replace(timeline, entries=order(entries),
                     actors=tuple(a for a in timeline.actors if a.id in used))
    return Applied(result, hidden, edited, tuple(missing))
