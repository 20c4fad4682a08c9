"""Helpers for the actor tests: articles made from small texts written for them."""
from __future__ import annotations

from datetime import date

import pytest

from events.models import Article, ArticleInfo

DCT = date(2022, 10, 12)


def make_article(text: str, article_id: str = "a1", published: date | None = DCT) -> Article:
    """An Article around ``text`` with a fixed id and publication date."""
    return Article(ArticleInfo(id=article_id, title="t", content_hash="h", published=published), text)


@pytest.fixture
def article_of():
    """Build an Article from a text."""
    return make_article
