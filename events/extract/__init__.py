"""From one dated article to its events: the last stage of ``events``.

``extract(article, options)`` tags the time expressions, finds the actors and makes one
:class:`~events.models.Event` per dated clause. The article's publication date must be
settled first (:mod:`events.dating`): each article is extracted once, against it.

The modules behind this face: ``assemble`` (events from tags and mentions), ``clauses``
(which clause a time expression dates), ``governs`` (whether a time expression dates its
clause at all, and which undated sentences report a happening), ``summarize`` (a readable
summary of a clause), ``classify`` (status and type) and ``language`` (is the article in
English?).
"""
from events.extract.assemble import EXTRACTION_VERSION, extract, find_events, when_of
from events.extract.language import language_name

__all__ = ["EXTRACTION_VERSION", "extract", "find_events", "language_name", "when_of"]
