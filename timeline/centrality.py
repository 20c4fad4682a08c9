"""How central each article is to its collection: what a digest weighs dates by.

A collection about a war also holds the market report that mentions its oil, the page that
carries three other stories, the transcript of a show that covered ten topics. Their dates
are real, but they are not the story's. An article's centrality is the cosine between its
tf-idf vector (content-word stems, :func:`events.dating.neighbours.stem_counts`) and the
collection's centroid (the sum of all articles' unit vectors), divided by the mean over
the articles, so that a typical article scores 1.
"""
from __future__ import annotations

import math
from collections import Counter
from typing import Mapping

from events.dating import idf_of, tfidf


def centrality(profiles: Mapping[str, Mapping[str, int]]) -> dict[str, float]:
    """Each article's centrality (article id -> score, mean 1) from its stem counts.

    Articles with no content words score 0. An empty collection gives an empty result;
    a collection whose articles all score 0 gives 1 to each.
    """
    if not profiles:
        return {}
    total = len(profiles)
    idf = idf_of(list(profiles.values()))
    vectors = {aid: tfidf(profiles[aid], idf) for aid in sorted(profiles)}
    centroid: Counter[str] = Counter()
    for vector in vectors.values():
        centroid.update(vector)
    norm = math.sqrt(sum(w * w for w in centroid.values()))
    raw = {aid: (sum(w * centroid[s] for s, w in v.items()) / norm if norm else 0.0)
           for aid, v in vectors.items()}
    mean = sum(raw.values()) / total
    if mean <= 0:
        return {aid: 1.0 for aid in raw}
    return {aid: round(score / mean, 9) for aid, score in raw.items()}
