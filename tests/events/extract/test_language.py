"""The language check: an article not in English is named, and gives no events silently."""
from datetime import date

import pytest

from events.extract import extract
from events.extract.language import FUNCTION_WORDS, SCRIPTS, language_name, language_of
from events.models import Article, ArticleInfo
from events.options import Options

GERMAN = ("Die Stadt hat am Dienstag eine neue Fähre für den Hafen gekauft. Der Bürgermeister "
          "sagte, dass die Fähre im Sommer in Betrieb gehen wird. Die Kosten sind nach Angaben "
          "der Verwaltung höher als geplant, aber der Rat hat den Kauf mit großer Mehrheit "
          "beschlossen, und auch die Bürger sind mit der Entscheidung zufrieden.")
FRENCH = ("La ville a acheté mardi un nouveau bac pour le port. Le maire a dit que le bac sera "
          "mis en service cet été. Les coûts sont plus élevés que prévu selon les services de "
          "la ville, mais le conseil a voté pour cet achat avec une large majorité, et les "
          "habitants sont contents de cette décision.")
SPANISH = ("La ciudad compró el martes un nuevo ferry para el puerto. El alcalde dijo que el "
           "ferry entrará en servicio este verano. Los costes son más altos de lo previsto según "
           "la administración, pero el consejo aprobó la compra con una amplia mayoría y los "
           "vecinos están contentos con la decisión según una encuesta del diario local.")
RUSSIAN = "Город во вторник купил новый паром для порта. Мэр сказал, что паром начнёт работать летом."
ENGLISH = ("The town bought a new ferry for the harbour on Tuesday. The mayor said that the ferry "
           "would start running in the summer, and that the costs were higher than planned, "
           "but the council approved the purchase by a large majority after a long debate.")


@pytest.mark.parametrize("text, code", [
    (GERMAN, "de"), (FRENCH, "fr"), (SPANISH, "es"), (RUSSIAN, "ru"), (ENGLISH, "en"),
    ("Die Fähre ist neu.", "en"),  # too short to judge: read as English
    (ENGLISH + " Der Bürgermeister und die Stadt.", "en"),  # a German phrase inside English
])
def test_language_of(text, code):
    assert language_of(text) == code


def test_every_language_has_a_name():
    codes = {c for c, _, _ in FUNCTION_WORDS} | {c for _, c, _ in SCRIPTS}
    assert all(language_name(c) != c for c in codes)
    assert language_name("de") == "German"


def test_an_article_not_in_english_is_named_and_gives_no_events():
    info = ArticleInfo("hafen", "Hafen", "x", published=date(2031, 5, 14))
    done = extract(Article(info, GERMAN), Options())
    assert done.article.language == "de"
    assert done.events == () and "German (de)" in done.notes[0]
    english = extract(Article(info, ENGLISH), Options())
    assert english.article.language == "" and english.events
