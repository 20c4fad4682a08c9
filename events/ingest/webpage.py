"""HTML pages: the article body and metadata through trafilatura, the date through htmldate.

trafilatura finds the main text and the page's title, site name and authors; it hands
date-finding to htmldate with :data:`DATE_SETTINGS`. Nothing here touches the network:
the page arrives as bytes. The body then goes through the same steps as any text
(:func:`events.ingest.article.compose`), so a page without a date in its metadata can still be
dated by a dateline in its text. The dates found are evidence; :mod:`events.dating`
decides between them.
"""
from __future__ import annotations

import re
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from functools import cache
from urllib.parse import urlsplit

from events.ingest.article import Meta, compose
from events.errors import InputError
from events.models import Article, Evidence
from events.options import Options
from events.temporal.interval import on_calendar

#: htmldate settings, tried in order (measured in benchmarks/pubdate.py against htmldate's
#: defaults). First the metadata and markup only, preferring the first publication over an
#: update; then, for a page whose text gave no dateline either, the extensive search
#: through the page's text. A 1 January found only by that search is dropped: it is
#: most often a copyright year, not a day.
DATE_SETTINGS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}
EXTENSIVE_SETTINGS = dict(DATE_SETTINGS, extensive_search=True)

#: The reason given when trafilatura finds no article in a page.
NO_TEXT = "no article text found in the page"


def _extract(data: bytes | str, url: str | None):
    import trafilatura  # slow to import; text-only runs never pay for it

    return trafilatura.bare_extraction(
        data, url=url, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, include_links=False, deduplicate=False,
        date_extraction_params=dict(DATE_SETTINGS, url=url))


#: The languages dateparser reads dates in during the extensive search, besides the
#: page's own (``<html lang>``): htmldate's own parser tries every locale dateparser has,
#: which on a long page in a language other than English cost 10-25 s.
DATE_LANGUAGES = ("en",)
#: htmldate's own settings for dateparser (``htmldate.extractors.get_external_parser``).
DATEPARSER_SETTINGS = {"NORMALIZE": True, "PARSERS": ["custom-formats", "absolute-time"],
                       "PREFER_DATES_FROM": "past", "PREFER_LOCALE_DATE_ORDER": True,
                       "RETURN_AS_TIMEZONE_AWARE": False, "STRICT_PARSING": True}

_LANG = re.compile(rb"""<html\b[^>]{0,500}?\slang\s*=\s*["']?([A-Za-z]{2,3})(?![A-Za-z])""",
                   re.IGNORECASE)


def page_languages(data: bytes | str) -> tuple[str, ...]:
    """The languages the extensive search reads dates in: the page's ``<html lang>``
    (when dateparser knows it) and :data:`DATE_LANGUAGES`."""
    # htmldate and dateparser are slow to import: only HTML pages pay for them
    from dateparser.data.languages_info import language_order

    head = data[:4096] if isinstance(data, bytes) else data[:4096].encode("utf-8", "ignore")
    m = _LANG.search(head)
    own = m[1].decode("ascii").lower() if m else ""
    return tuple(dict.fromkeys(([own] if own in language_order else []) + list(DATE_LANGUAGES)))


@cache
def _dateparser(languages: tuple[str, ...]):
    # htmldate and dateparser are slow to import: only HTML pages pay for them
    from dateparser import DateDataParser

    return DateDataParser(languages=list(languages), settings=DATEPARSER_SETTINGS)


@cache
def _month_words(languages: tuple[str, ...]) -> frozenset[str]:
    # htmldate and dateparser are slow to import: only HTML pages pay for them
    from dateparser.languages.loader import default_loader
    from htmldate import extractors

    fold = getattr(extractors, "_fold_month_name", str.lower)
    return frozenset(
        fold(word) for locale in default_loader.get_locales(languages=list(languages))
        for key in extractors.MONTH_KEYS for word in locale.info.get(key, [])
        if extractors.WORD.fullmatch(word))


@contextmanager
def _dates_in(languages: tuple[str, ...]):
    """htmldate with dateparser reading only ``languages`` (and month names of those).

    htmldate has no setting for it: its parser is got through
    ``extractors.get_external_parser()`` and its month cue through
    ``extractors.month_words()``, so both are stood in for the duration of one search,
    and its cache of parsed strings is cleared on both sides (a string read under other
    languages must not be reused, or a page's date would depend on the pages before it).
    """
    # htmldate and dateparser are slow to import: only HTML pages pay for them
    from htmldate import extractors

    stand_ins = {"get_external_parser": lambda: _dateparser(languages)}
    if hasattr(extractors, "month_words") and hasattr(extractors, "MONTH_KEYS"):
        stand_ins["month_words"] = lambda: _month_words(languages)
    saved = {name: getattr(extractors, name) for name in stand_ins}
    clear = getattr(extractors.try_date_expr, "cache_clear", lambda: None)
    for name, stand_in in stand_ins.items():
        setattr(extractors, name, stand_in)
    clear()
    try:
        yield
    finally:
        for name, original in saved.items():
            setattr(extractors, name, original)
        clear()


def extensive_date(data: bytes | str, url: str | None = None) -> date | None:
    """The date htmldate's extensive search finds in a page, or None (and None for 1 Jan).

    dateparser reads the page's own language and English only (:func:`page_languages`).
    """
    # htmldate and dateparser are slow to import: only HTML pages pay for them
    from htmldate import find_date

    with _dates_in(page_languages(data)):
        found = find_date(data, url=url, **EXTENSIVE_SETTINGS)
    if not found or found.endswith("-01-01"):
        return None
    return date.fromisoformat(found)


def _site_name(sitename: str | None, url: str | None) -> str | None:
    if sitename:
        return sitename.split(";")[0].strip() or None
    if url:
        host = urlsplit(url).hostname or ""
        return host.removeprefix("www.") or None
    return None


def html_article(name: str, data: bytes | str, *, path: str | None,
                 url: str | None = None) -> Article:
    """Build an Article from an HTML page's bytes (or text), with its date evidence.

    The extensive search is run only when the markup and the text give no day: it is
    slow, and a weaker clue than either. Raises :class:`InputError` with
    :data:`NO_TEXT` when the page holds no article.
    """
    doc = _extract(data, url)
    body = (doc.text or "").strip() if doc is not None else ""
    if not body:
        raise InputError(name, NO_TEXT)
    page_url = url or doc.url
    meta = Meta(name=name, path=path, url=page_url, title=(doc.title or "").strip() or None,
                source=_site_name(doc.sitename, page_url))
    if doc.author:
        meta.byline = [a.strip() for a in doc.author.split(";") if a.strip()]
    if doc.date:
        try:
            meta.evidence.append(Evidence("meta", date.fromisoformat(doc.date[:10]),
                                          "htmldate"))
        except ValueError:
            pass
    article = compose(body, meta, detok=False)
    if not article.text:
        raise InputError(name, NO_TEXT)
    if not any(clue.date for clue in article.evidence):
        if (found := extensive_date(data, url)) is not None and on_calendar(found):
            clue = Evidence("extensive", found, "htmldate extensive")
            article = replace(article, evidence=(*article.evidence, clue))
    return article
