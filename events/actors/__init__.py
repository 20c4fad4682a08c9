"""Actors: who an article names, each once, with aliases and titles.

``find_actors(article, options)`` reads one article with the recognizer chosen by
``options.ner`` (``"rules"``, the default, needs no model; ``"spacy"`` uses an installed
English spaCy pipeline). Both feed the same filters (bylines, photo credits, outlets and
page furniture stay out of the actors) and the same alias merging
(:mod:`events.actors.aliases`). ``unify`` merges actors across articles.

How demonyms and capitals are read (the ``recognize`` rules):

- a capital stands for its country's government when it acts ("Kyiv has stepped up its
  calls", "Moscow escalated", "provide Kyiv with"); after a place word ("in Kyiv", "the
  capital, Kyiv") or before a place noun ("Tripoli residents") it is a place, not an actor;
- a demonym is a mention of its country when it qualifies an agent ("Russian forces",
  "Egyptian army", "Russian attacks") or opens a title or a body's name ("Dutch Defense
  Minister", "Libyan Interior Ministry"); qualifying a thing ("Iranian drones", "Israeli
  systems") it is not; a plural nationality noun ("Ukrainians") is its country's people;
- a country named only as a place ("a base in Germany") is not an actor of the article.
"""
from __future__ import annotations

from dataclasses import dataclass

from events.actors import aliases, filters, recognize
from events.actors.gazetteer import load as load_gazetteer
from events.actors.unify import unify
from events.errors import TimelineError
from events.models import Actor, ActorMention, Article
from events.options import Options

__all__ = ["ActorResult", "NerUnavailable", "find_actors", "load_gazetteer", "unify"]


class NerUnavailable(TimelineError):
    """The actor recognizer asked for (``--ner spacy``) is not installed."""


@dataclass(frozen=True, slots=True)
class ActorResult:
    """The actors of one article.

    ``actors`` are the article's canonical actors (ids are slugs of the canonical name);
    ``mentions`` the spans naming them, sorted by start, each ``actor`` an actor id;
    ``outlets`` the news outlets credited or quoted (metadata, not actors); ``byline`` the
    people credited as authors or photographers (not actors).
    """

    actors: tuple[Actor, ...]
    mentions: tuple[ActorMention, ...]
    outlets: tuple[str, ...] = ()
    byline: tuple[str, ...] = ()


def find_actors(article: Article, options: Options) -> ActorResult:
    """Find the actors of ``article`` with the recognizer ``options.ner`` names.

    Raises :class:`NerUnavailable` when ``options.ner`` is ``"spacy"`` and spaCy or an
    English pipeline is missing, and :class:`TimelineError` for an unknown recognizer.
    """
    text = article.text
    furniture = filters.scan(text)
    if options.ner == "rules":
        cands, outlets = recognize.scan(text, furniture.excluded)
    elif options.ner == "spacy":
        # spaCy is optional: its backend is imported only when asked for
        from events.actors import spacy_backend

        cands, outlets = spacy_backend.scan(text, furniture.excluded)
    else:
        raise TimelineError(f"unknown actor recognizer {options.ner!r}: use 'rules' or 'spacy'")
    # a credited journalist is no actor, by full name or by surname ("Schultz said")
    credited = set(furniture.byline) | {name.split()[-1] for name in furniture.byline}
    cands = [c for c in cands if not (c.kind == "person" and not c.id and c.name in credited)]
    actors, mentions = aliases.resolve(cands, article.info.published)
    return ActorResult(actors, mentions, tuple(sorted(outlets | set(furniture.outlets))),
                       furniture.byline)
