"""When each article was published: one stage, one home.

Reading (:mod:`events.ingest`) collects each article's date evidence and decides nothing.
Here:

- :func:`decide` weighs one article's evidence and the user's ``--published`` by one
  table, :data:`PRECEDENCE` (:mod:`events.dating.precedence`), into one
  :class:`~events.models.Published`; :func:`date_article` applies it;
- :func:`clues_of` is the light first pass over an article's text that dating a
  collection needs, and :func:`date_collection` settles the provisional dates of a
  collection from the dated articles (:mod:`events.dating.collection`).

Folder builds, corpus builds and the benchmarks all date through these functions. The
modules behind the face: ``evidence`` (dates in an article's own text), ``precedence``,
``mentions`` (an undated article's guess from the dates it mentions), ``shared``
(sentences shared with dated articles), ``neighbours`` (the most alike dated articles),
``weekdays`` (the day of the week the named weekdays fit), ``collection``.
"""
from events.dating.collection import (Clues, clues_of, date_collection, provisional,
                                      publication_span)
from events.dating.evidence import year_near
from events.dating.neighbours import idf_of, tfidf
from events.dating.precedence import PRECEDENCE, date_article, decide, with_published

__all__ = ["PRECEDENCE", "Clues", "clues_of", "date_article", "date_collection", "decide",
           "idf_of", "provisional", "publication_span", "tfidf", "with_published", "year_near"]
