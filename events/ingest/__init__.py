"""Reading inputs into articles: files, folders, standard input and URLs.

``expand_inputs(inputs)`` lists the inputs one by one (folders read recursively);
``read_input(name, options)`` reads one into an :class:`~events.models.Article` holding
its cleaned text and the date evidence it carries, or raises
:class:`~events.errors.InputError` naming it with the reason; ``iter_articles`` yields
an Article or an InputProblem per input; ``read_text`` gives a file's text as written
(what ``timeline tag`` marks up).

The modules behind this face: ``read`` (files, folders, stdin, dispatch), ``fetch``
(URLs), ``webpage`` (HTML through trafilatura and htmldate), ``headers`` (header lines,
front matter, Markdown), ``decode`` (telling text from binary, decoding), ``detok``
(undoing Penn Treebank tokens), ``clean`` (saved-page clutter) and ``article`` (from a
body and what is known about it to an Article).
"""
from events.ingest.read import REASONS, expand_inputs, iter_articles, read_input, read_text

__all__ = ["REASONS", "expand_inputs", "iter_articles", "read_input", "read_text"]
