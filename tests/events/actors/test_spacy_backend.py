"""The optional spaCy recognizer: a clear error when missing, the same filters when present."""
from __future__ import annotations

import builtins

import pytest

from events.actors import NerUnavailable, find_actors, spacy_backend
from events.errors import TimelineError
from events.options import Options

from .conftest import make_article


def spacy_ready() -> bool:
    try:
        spacy_backend.pipeline()
    except NerUnavailable:
        return False
    return True


needs_spacy = pytest.mark.skipif(not spacy_ready(), reason="spaCy or an English pipeline is not installed "
                                 "(pip install -e '.[nlp]' and requirements/nlp-model.txt)")


def test_missing_spacy_is_a_timeline_error_naming_the_install(monkeypatch):
    real_import = builtins.__import__

    def no_spacy(name, *args, **kwargs):
        if name == "spacy" or name.startswith("spacy."):
            raise ImportError("No module named 'spacy'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_spacy)
    spacy_backend.pipeline.cache_clear()
    try:
        with pytest.raises(NerUnavailable) as info:
            find_actors(make_article("NATO met."), Options(ner="spacy"))
    finally:
        spacy_backend.pipeline.cache_clear()
    assert isinstance(info.value, TimelineError)
    assert "pip install -e '.[nlp]'" in str(info.value)
    assert "requirements/nlp-model.txt" in str(info.value)


@needs_spacy
def test_spacy_finds_people_and_countries_and_keeps_the_filters(request):
    text = (request.config.rootpath / "tests" / "fixtures" / "actors" / "summit.txt").read_text("utf-8")
    result = find_actors(make_article(text), Options(ner="spacy"))
    ids = {a.id for a in result.actors}
    assert {"jens-stoltenberg", "lloyd-austin", "nato", "ukraine", "russia"} <= ids
    names = {a.name for a in result.actors}
    assert not names & {"Teri Schultz", "Anna Writer", "Carla Lens", "CNN", "Reuters"}
    assert "Reuters" in result.outlets


@needs_spacy
def test_spacy_uses_the_same_capital_rules():
    text = "Kyiv has asked for help after strikes on the capital, Kyiv."
    place = text.rindex("Kyiv")
    ents = [e.start_char for e in spacy_backend.pipeline()(text).ents]
    result = find_actors(make_article(text), Options(ner="spacy"))
    assert place in ents  # spaCy tags the capital as a place here ...
    assert all(m.start != place for m in result.mentions)  # ... and the capital rule drops it


def test_a_surname_spacy_calls_an_organization_joins_the_person(monkeypatch):
    class Ent:
        def __init__(self, text, start, label):
            self.text, self.start_char, self.end_char, self.label_ = text, start, start + len(text), label

    class Parsed:
        def __init__(self, ents):
            self.ents = ents

    text = "Zahi Hawass spoke. Hawass wrote a post."
    fake = lambda t: Parsed([Ent("Zahi Hawass", 0, "PERSON"), Ent("Hawass", 19, "ORG")])
    monkeypatch.setattr(spacy_backend, "pipeline", lambda: fake)
    result = find_actors(make_article(text), Options(ner="spacy"))
    assert [(a.id, a.mentions) for a in result.actors] == [("zahi-hawass", 2)]
