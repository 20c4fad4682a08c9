"""Copied sentences keep the date they were written on.

News agencies update a story day after day and reuse its paragraphs. A sentence written
on 6 March ("there was a new attack, bigger than yesterday") and printed again on 7 March
resolves "yesterday" against each article's own date: 5 March, then 6 March. The second
reading is an artifact of the reprint, not a source disagreeing, so it must neither open
a date conflict nor count as a report on another day.

A precise event is a *copy* when an article published earlier has a sentence this alike
(Dice of content words at least ``similar``) with the same time expression, resolved at
the same distance from its own publication date. The copy takes the date of the earliest
such sentence; its source keeps what its own text said (``time_text``, ``time_value``).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date
from typing import Mapping, Sequence

from events.models import Event
from events.text import content_stems, dice

#: Granularities whose relative readings can drift with the publication date.
PRECISE = frozenset({"day", "time"})


def redate_copies(events: Sequence[Event], published: Mapping[str, date | None],
                  similar: float) -> list[Event]:
    """The events, with copies of earlier sentences given the earlier sentence's date."""
    buckets: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i, event in enumerate(events):
        day = published.get(event.source.article) or event.source.published
        if day is not None and event.when.granularity in PRECISE and event.source.time_text:
            said = event.source.time_text.strip().lower()
            buckets[(said, (event.when.start - day).days)].append(i)
    out = list(events)
    stems: dict[int, frozenset[str]] = {}

    def stems_of(i: int) -> frozenset[str]:
        if i not in stems:
            stems[i] = content_stems(events[i].source.quote)
        return stems[i]

    for members in buckets.values():
        days = {i: published.get(events[i].source.article) or events[i].source.published
                for i in members}
        if len(set(days.values())) < 2:
            continue
        members.sort(key=lambda i: (days[i], events[i].source.article, events[i].source.start))
        for pos, i in enumerate(members):
            for j in members[:pos]:
                if days[j] < days[i] and dice(stems_of(i), stems_of(j)) >= similar:
                    original = out[j]
                    out[i] = replace(events[i], when=original.when, timex=original.timex)
                    break
    return out
