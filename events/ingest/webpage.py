"""HTML pages: the article body and metadata through trafilatura, the date through htmldate.

trafilatura finds the main text and the page's title, site name and authors; it hands
date-finding to htmldate with :data:`DATE_SETTINGS`. Nothing here touches the network:
the page arrives as bytes. The body then goes through the same steps as any text
(:func:`events.ingest.article.compose`), so a page without a date in its metadata can still be
dated by a dateline in its text. The dates found are evidence; :mod:`events.dating`
decides between them.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from urllib.parse import urlsplit

from events.ingest.article import Meta, compose
from events.errors import InputError
from events.models import Article, Evidence
from events.options import Options

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


def extensive_date(data: bytes | str, url: str | None = None) -> date | None:
    """The date htmldate's extensive search finds in a page, or None (and None for 1 Jan)."""
    from htmldate import find_date

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
        if (found := extensive_date(data, url)) is not None:
            clue = Evidence("extensive", found, "htmldate extensive")
            article = replace(article, evidence=(*article.evidence, clue))
    return article
