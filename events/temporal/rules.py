"""The recognition rules of the temporal tagger, as data.

A rule is a row (name, pattern, builder). The pattern is a regular expression written with
macros: ``{MONTH}`` is the alternation of month names from :mod:`events.temporal.lexicon`,
``{mo:MONTH}`` the same captured as the group ``mo``. The builder names a function in
:mod:`events.temporal.normalize` that turns the captured groups into a
:class:`events.temporal.sem.Sem` (or rejects the match). Every rule is named in the test
table ``tests/events/temporal/test_rules.py``.

Three tables:
- ``CORE``: expressions that stand on their own ("October 12, 2022", "last week").
- ``PREFIXES``: words that extend a core expression to the left and change its meaning
  ("the end of", "early", "about"); each applies to the Sem kinds it lists.
- ``SUFFIXES``: the same to the right ("ago", "later", "morning", "of 1998").
- ``JOINS``: two adjacent expressions that make one ("10 p.m. Wednesday").
"""
from __future__ import annotations

import re
from typing import NamedTuple

from events.temporal import lexicon as lx

_DAY_NUMBER = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)"
_ORDINAL_SUFFIX = r"(?:st|nd|rd|th)"
_MONTH_ABBR = [f for f in lx.MONTHS if len(f) <= 4 and f not in ("june", "july", "may")]
_MONTH_FULL = [f for f in lx.MONTHS if f not in _MONTH_ABBR]

#: Macro name -> regex fragment. Fragments are non-capturing and linear to match.
MACROS = {
    "MONTH_FULL": lx.alternation(_MONTH_FULL, lx.CASE_SENSITIVE),
    "MONTH": "(?:" + lx.alternation(_MONTH_FULL, lx.CASE_SENSITIVE) + "|"
             + lx.alternation(_MONTH_ABBR, lx.CASE_SENSITIVE) + r"\.?)",
    "DAY": f"{_DAY_NUMBER}{_ORDINAL_SUFFIX}?",
    "ORDDAY": "(?:" + f"{_DAY_NUMBER}{_ORDINAL_SUFFIX}|"
              + lx.alternation([o for o in lx.ORDINALS if lx.ORDINALS[o] > 0]) + ")",
    "YEAR": r"(?:1\d{3}|20\d{2})(?![\d,]\d)",
    "SHORTYEAR": r"'\d{2}(?!\d)",
    "WEEKDAY": lx.alternation(lx.WEEKDAYS),
    "WEEKDAY_ABBR": r"(?-i:" + "|".join(sorted((a.capitalize() for a in
                                               lx.WEEKDAY_ABBREVIATIONS), key=len,
                                              reverse=True)) + r")\.?",
    "WEEKDAY_ANY": "(?:" + lx.alternation(lx.WEEKDAYS) + "|" + r"(?-i:" + "|".join(
        sorted((a.capitalize() for a in lx.WEEKDAY_ABBREVIATIONS), key=len, reverse=True))
        + r")\.?)",
    "SEASON": lx.alternation(lx.SEASONS),
    "DAYPART": lx.alternation(["morning", "afternoon", "evening", "night"]),
    "NUMWORD": lx.alternation([w for w in lx.NUMBER_WORDS if " " not in w
                               and w not in ("a", "an")]),
    "NUMBER": r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+1/2|\s*\u00bd)?",
    "UNIT": r"(?:second|minute|hour|day|week(?:end)?|fortnight|month|quarter|year|decade"
            r"|centur(?:y|ies)|millenni(?:um|a))",
    "ORDINAL": lx.alternation([o for o in lx.ORDINALS if lx.ORDINALS[o] > 0]),
    "ORDINAL_ANY": lx.alternation(lx.ORDINALS),
    "VAGUE": lx.alternation(lx.VAGUE_NUMBERS),
    "REL": lx.alternation(lx.RELATIONS),
    "ANCHORING": lx.alternation(lx.ANCHORING_WORDS),
    "AMPM": r"(?:[ap]\.\s?m\.?|[ap]m\b|(?-i:[AP]M)\b)",
    "ZONE": r"(?-i:[ECMP][SD]T|GMT|UTC|BST|CET|EET|MSK)",
}
# A spelled-out number of up to four words ("twenty four", "two hundred fifty").
MACROS["NUM"] = ("(?:" + MACROS["NUMBER"] + "|" + MACROS["NUMWORD"]
                 + r"(?:(?:\s+and\s+|[\s-]+)" + MACROS["NUMWORD"] + "){0,3}"
                 + r"|(?:a\s+)?couple(?:\s+of)?"
                 + r"|an?(?=[\s-]+(?:half|additional|extra|further|" + MACROS["UNIT"] + r")\b))")


class Rule(NamedTuple):
    """A core rule: its name, its macro pattern and the builder that reads its groups."""

    name: str
    pattern: str
    build: str


class Wrap(NamedTuple):
    """A prefix or suffix rule: extends an expression of one of ``kinds`` to one side."""

    name: str
    pattern: str
    kinds: tuple[str, ...]
    build: str


class Join(NamedTuple):
    """Two adjacent expressions (left kinds, right kinds) joined by ``pattern``."""

    name: str
    left: tuple[str, ...]
    pattern: str
    right: tuple[str, ...]
    build: str


#: A comma between a date's parts, also with a space before it as tokenized text has it
#: ("April 20 , 2010", "Tuesday , 1 June 2010").
_C = r"(?:\s?,)?\s+"
_WD = r"{wd:WEEKDAY_ANY}" + _C

CORE: tuple[Rule, ...] = (
    # absolute dates, most specific first
    Rule("iso_date", r"{y:YEAR}-(?P<mo>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
                     r"(?:T(?P<hh>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?::[0-5]\d)?)?(?!\d)", "date"),
    Rule("numeric_date", r"(?P<a>[01]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:1[89]|20)\d\d|\d\d)(?![\d/])",
         "numeric_date"),
    Rule("month_day_year", r"(?:" + _WD + r")?{mo:MONTH}\s*{d:DAY}" + _C + r"{y:YEAR}", "date"),
    Rule("day_month_year", r"(?:" + _WD + r")?(?:the\s+)?{d:DAY}(?:\s+of)?\s+{mo:MONTH}" + _C + r"{y:YEAR}",
         "date"),
    Rule("month_year", r"{mo:MONTH}" + _C + r"(?:of\s+)?{y:YEAR}", "date"),
    Rule("month_year_bc", r"{mo:MONTH},?\s+(?:of\s+)?(?P<y>\d{1,4})\s*(?:BCE|BC|B\.C\.)(?!\w)", "date_bc"),
    Rule("day_before_range", r"(?P<d>{DAY})(?=\s*(?:-|\u2013|and|to|or)\s*{DAY}\s+{MONTH})", "day_before_range"),
    Rule("day_after_range", r"(?P<d>{DAY})", "day_after_range"),
    Rule("month_shortyear", r"{mo:MONTH}\s+{y:SHORTYEAR}", "date"),
    Rule("month_day", r"(?:" + _WD + r")?{mo:MONTH}\s*{d:DAY}(?!\s*(?:,\s*)?\d)", "date"),
    Rule("day_month", r"(?:" + _WD + r")?(?:the\s+)?{d:DAY}(?:\s+of)?\s+{mo:MONTH}", "date"),
    Rule("the_ordinal_day", r"the\s+{d:ORDDAY}(?=\s+of\s+(?:that|the|this)\s+month\b|[,.;])",
         "ordinal_day"),
    Rule("month_name", r"{mo:MONTH_FULL}", "month"),
    Rule("month_rel", r"{rel:REL}\s+(?:past\s+|coming\s+)?{mo:MONTH_FULL}", "month"),
    Rule("year", r"(?:the\s+year\s+)?{y:YEAR}", "year"),
    Rule("spelled_year", r"(?:the\s+year\s+)?(?P<w>(?:nineteen|eighteen|seventeen)[\s-]+(?:"
                         r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|"
                         r"three|four|five|six|seven|eight|nine))?|hundred)"
                         r"|two\s+thousand(?:\s+and)?(?:[\s-]+(?:one|two|three|four|five|six|seven|"
                         r"eight|nine|ten|eleven|twelve))?)", "spelled_year"),
    Rule("year_bc", r"(?:ca\.\s*|c\.\s*)?(?P<y>\d{1,4})\s*(?P<era>BCE|BC|B\.C\.E?\.?)(?!\w)",
         "year_bc"),
    Rule("year_range_end", r"(?<=\d\d\d\d-)(?P<yy>\d{2}|\d{4})(?![\d%])|(?<=\d\d\d\d\u2013)"
                           r"(?P<yy2>\d{2}|\d{4})(?![\d%])", "year_range_end"),
    Rule("year_bc_range", r"(?P<y>\d{1,4})(?=\s*(?:-|\u2013|to|and|through|until)\s*\d{1,4}\s*"
                          r"(?:BCE?|B\.C\.))", "year_bc"),
    Rule("year_ad", r"(?:AD|A\.D\.)\s*(?P<y>\d{1,4})(?!\d)|(?P<y2>\d{1,4})\s*(?:AD|A\.D\.|CE)(?!\w)",
         "year_ad"),
    Rule("decade", r"(?:the\s+)?(?P<y>1\d\d0|20\d0|\d{1,3}0(?=s\s*(?:BCE?|B\.C\.)))'?s(?!\w)", "decade"),
    Rule("decade_short", r"(?:the\s+)?'?(?P<yy>[1-9]0)'?s(?!\w)", "decade"),
    Rule("decade_word", r"the\s+(?P<w>twenties|thirties|forties|fifties|sixties|seventies"
                        r"|eighties|nineties)", "decade"),
    Rule("century", r"(?:the\s+)?(?P<n>\d{1,2}" + _ORDINAL_SUFFIX + r"|{ORDINAL})[\s-]+century"
                    r"(?:\s+(?P<era>BCE|BC|B\.C\.|AD))?", "century"),
    Rule("fiscal_year", r"(?:the\s+)?fiscal(?:\s+year)?\s+(?P<y>(?:1\d|20)\d\d|'?\d\d)(?!\d)"
                        r"|(?-i:FY)\s?(?P<y2>(?:1\d|20)\d\d|\d\d)(?!\d)", "fiscal_year"),
    # weekdays, seasons, parts of the year
    Rule("weekday", r"{wd:WEEKDAY}", "weekday"),
    Rule("weekday_rel", r"(?:the\s+(?=previous|preceding|following|next|same))?{rel:REL}\s+"
                        r"(?:past\s+|coming\s+)?{wd:WEEKDAY}", "weekday"),
    Rule("weekday_plural", r"{wd:WEEKDAY}s", "weekday_set"),
    Rule("weekday_parts", r"{wd:WEEKDAY}\s+(?P<p>mornings|afternoons|evenings|nights)", "weekday_set"),
    Rule("season", r"(?:the\s+)?{s:SEASON}", "season"),
    Rule("season_rel", r"{rel:REL}\s+(?:past\s+|coming\s+)?{s:SEASON}", "season"),
    Rule("quarter", r"(?:the\s+(?!(?:fiscal[\s-]+)?\w+-(?:quarter|half)\s+[a-z]))?"
                    r"(?:(?:fiscal|calendar)[\s-]+)?{o:ORDINAL_ANY}[\s-]+(?:fiscal[\s-]+)?"
                    r"(?P<u>quarter|half)(?![\s-]+(?:of\s+)?(?:a|an|one)\b)", "quarter"),
    Rule("holiday", r"(?:{rel:REL}\s+)?(?P<h>" + lx.alternation(lx.FIXED_HOLIDAYS) + r")", "holiday"),
    Rule("floating_holiday", r"(?:{rel:REL}\s+)?(?P<h>" + lx.alternation(lx.FLOATING_HOLIDAYS) + r")",
         "floating_holiday"),
    # times of day
    Rule("clock_ampm", r"(?P<hh>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*{AMPM}(?:\s*{z:ZONE})?",
         "clock"),
    Rule("clock_24h", r"(?P<hh>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?:\s*(?:hrs|h)\b|\s*{z:ZONE})?(?![\d:])",
         "clock"),
    Rule("clock_hrs", r"(?P<hh>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s*(?:hrs|hours\s+GMT|GMT)\b", "clock"),
    # a four-digit clock time before "local time" or a time zone ("at 1425 local time",
    # "1900 BST"): a time of day, never the year 1425 ("local time" stays outside the
    # expression, as TimeML writes "11:30 a.m. local time")
    Rule("clock_local", r"(?P<hh>[01]\d|2[0-3])(?P<mi>[0-5]\d)(?:(?=\s*local\s+time\b|\s*local\s*[),;.])"
                        r"|\s*hours(?=\s+local\s+time\b)|\s*{z:ZONE}\b)", "clock"),
    Rule("oclock", r"(?P<hh>{NUM})\s+o'clock", "clock"),
    Rule("noon_midnight", r"(?P<w>noon|midnight|midday)", "noon"),
    Rule("hour_in_the", r"(?P<hh>1[0-2]|[1-9])\s+in\s+the\s+(?P<p>morning|afternoon|evening)",
         "clock"),
    # deictic and relative expressions
    Rule("deictic_day", r"(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow"
                        r"|today|yesterday|tomorrow)", "deictic"),
    Rule("deictic_daypart", r"(?P<w>tonight|(?:this|last|tomorrow|yesterday)\s+{DAYPART})",
         "deictic_part"),
    Rule("the_daypart", r"(?P<the>the\s+)?(?P<m>mid[\s-]?|early\s+|late\s+)?(?P<p>morning|afternoon|evening)"
                        r"(?:\s+(?P<d>yesterday|today|tomorrow))?(?!\s+(?:hours\s+)?of\b|-)", "the_daypart"),
    Rule("that_daypart", r"(?P<w>that|the\s+next|the\s+following|the\s+same)\s+(?P<p>{DAYPART})",
         "anaphoric_part"),
    Rule("rel_unit", r"(?P<the>the\s+)?(?:very\s+)?{rel:REL}\s+(?P<u>day|week(?:end)?|month|quarter|year"
                     r"|decade|century)(?!s|-)", "rel_unit"),
    Rule("the_unit", r"(?P<the>the|that|this)\s+(?:same\s+|full\s+|fiscal\s+|calendar\s+|entire\s+)?"
                     r"(?P<u>day|week|month|quarter|year)(?![\s-]*(?:-|old|long|earlier|ago)\b)",
         "the_unit"),
    Rule("latest_period", r"the\s+(?:latest|most\s+recent|current|recent)\s+(?:fiscal\s+)?"
                          r"(?P<u>quarter|period|year|month|week)", "latest_period"),
    Rule("year_ago_period", r"the\s+(?:comparable\s+)?year[\s-](?:earlier|ago)\s+(?:(?:first|second|third|"
                            r"fourth)[\s-]+)?(?P<u>quarter|period|year|month|nine\s+months)"
                            r"|(?<!\ba\s)(?<!\bone\s)year\s(?:earlier|ago)|year-(?:earlier|ago)", "year_ago"),
    Rule("period_last_year", r"(?:the\s+)?(?:same|corresponding|comparable)\s+(?:period|quarter)\s+"
                             r"(?:of\s+)?(?:last|the\s+previous|the\s+prior)\s+year"
                             r"|last\s+year's\s+(?:period|quarter)", "year_ago"),
    Rule("year_period", r"the\s+{y:YEAR}\s+(?:(?P<o>first|second|third|fourth)[\s-]+)?(?:fiscal\s+)?"
                        r"(?P<u>period|quarter)", "year_period"),
    Rule("year_end", r"year(?P<s>[\s-]|'s\s+)end(?!\w)", "year_end"),
    Rule("weekend", r"(?P<the>the|this|last|next|that)\s+(?:past\s+|coming\s+)?weekend", "weekend"),
    # sets
    Rule("every_unit", r"(?P<e>every|each|per)\s+(?:other\s+)?(?:(?P<n>{NUM})\s+)?(?P<u>{UNIT})s?",
         "every_unit"),
    Rule("every_weekday", r"(?:every|each)\s+{wd:WEEKDAY}", "every_weekday"),
    Rule("every_month", r"(?:every|each)\s+{mo:MONTH_FULL}", "every_month"),
    Rule("set_word", r"(?P<w>" + lx.alternation(lx.SETS) + r")", "set_word"),
    Rule("a_unit_rate", r"(?:(?:once|twice|thrice|\w+\s+times)\s+)(?:a|an|per)\s+"
                        r"(?P<u>day|week|month|year|hour)(?!\s+(?:ago|earlier|later|before|after)\b)",
         "rate"),
    # durations
    Rule("num_unit", r"(?P<n>{NUM})(?:\s+and\s+a\s+half)?(?:\s+(?:more|additional|extra|further|"
                     r"trading|business|working|calendar|straight|consecutive))?[\s-]+(?P<u>{UNIT})s?(?:[\s-]+and\s+a\s+half)?"
                     r"(?![\s-]+(?:old|olds)\b)", "duration"),
    Rule("half_unit", r"(?:half\s+an?|a\s+half)[\s-]+(?P<u>{UNIT})", "half_duration"),
    Rule("vague_unit", r"(?P<q>{VAGUE})\s+(?:more\s+|additional\s+)?(?P<u>{UNIT})s", "vague_duration"),
    Rule("span_unit", r"the\s+(?P<rel>past|last|next|first|previous|following|final|"
                      r"preceding|latest|remaining|ensuing|subsequent|entire|whole|same)\s+"
                      r"(?:(?P<n>{NUM}|{VAGUE})\s+)?(?P<u>{UNIT})(?P<pl>s?)(?:\s+or\s+so)?", "span"),
    Rule("the_num_unit", r"the\s+(?P<n>{NUM})\s+(?P<u>{UNIT})s?", "duration"),
    Rule("plural_unit", r"(?P<u>hours|days|weeks|months|years|decades|centuries)(?!\s+(?:ago|of)\b)",
         "plural_duration"),
    # vague references
    Rule("ref_word", r"(?P<w>" + lx.alternation(lx.REFS) + r")(?!-)", "ref"),
    Rule("bare_daypart", r"(?<!\bthe\s)(?<!\bthat\s)(?<!\bthis\s)(?<!\blast\s)(?<!\bone\s)"
                         r"(?P<p>nights?|daytime)(?!\s+of\b)", "bare_daypart"),
    Rule("history_ref", r"(?P<w>" + lx.alternation(lx.HISTORY_REFS) + r")(?!-)", "history_ref"),
    Rule("recent_units", r"(?:recent|past)\s+(?P<u>days|weeks|months|quarters|years|decades)", "recent"),
    Rule("coming_units", r"(?:the\s+)?(?:coming|next\s+few|following)\s+(?P<u>days|weeks|months|years|decades)"
                         r"|the\s+(?P<u2>days|weeks|months|years)\s+ahead", "coming"),
)

#: Kinds of Sem that name a calendar place a part-of-period word can narrow.
_PLACES = ("abs", "yearless", "shift", "weekday")

PREFIXES: tuple[Wrap, ...] = (
    Wrap("part_of", r"(?:the\s+)?(?:very\s+)?(?P<p>end|beginning|start|middle|close|turn|dawn)"
                    r"\s+of\s+(?:the\s+)?$", _PLACES, "part_of"),
    Wrap("early_late", r"(?:the\s+)?(?:very\s+)?(?P<p>early|late|mid|middle|earlier|later)"
                       r"(?:-|\s+|\s+in\s+(?:the\s+)?)$", _PLACES, "part_of"),
    Wrap("daypart_of", r"(?:the\s+)?(?:early\s+|late\s+)?(?P<p>morning|afternoon|evening|night)(?:\s+hours)?\s+of\s+$",
         ("abs", "yearless", "weekday", "shift"), "daypart_of"),
    Wrap("approx", r"(?P<q>nearly|almost|less\s+than|fewer\s+than|more\s+than|at\s+least|at\s+most"
                   r"|up\s+to|no\s+more\s+than|no\s+less\s+than|just\s+under|just\s+over"
                   r"|(?:well\s+|just\s+)?over(?=\s+an?\s))\s+$", ("dur",), "approx"),
    Wrap("approx_time", r"(?P<q>about|around|approximately|roughly|circa|ca\.)\s+$",
         ("abs", "yearless", "clock"), "approx"),
    Wrap("post_pre", r"(?P<p>post|pre)-$", ("abs",), "post_pre"),
)

SUFFIXES: tuple[Wrap, ...] = (
    Wrap("ago", r"(?:\s+or\s+so)?\s+ago(?!\w)", ("dur",), "ago"),
    Wrap("later", r"(?:\s+or\s+so)?\s+(?P<w>{ANCHORING})(?!\w)", ("dur",), "later"),
    Wrap("daypart", r"\s+(?P<p>{DAYPART})(?!\w)", ("weekday", "abs", "shift", "yearless"), "daypart"),
    Wrap("bc", r"\s*(?P<era>BCE|BC|B\.C\.E?\.?)(?!\w)", ("abs",), "bc"),
    Wrap("or_later", r"\s+or\s+(?P<w>later|earlier|before|after|sooner)(?!\w)", ("abs", "yearless", "shift"),
         "or_later"),
)

JOINS: tuple[Join, ...] = (
    Join("part_of_year", ("yearless",), _C + r"(?:of\s+)?", ("abs",), "of_year"),
    Join("month_rel_year", ("yearless",), _C + r"(?:of\s+)?", ("shift",), "of_rel_year"),
    Join("year_s_quarter", ("shift", "abs"), r"'s\s+", ("yearless",), "year_s_part"),
    Join("half_of_span", ("yearless",), r"\s+of\s+", ("abs", "yearless"), "half_of_span"),
    Join("period_year_ago", ("shift",), r"\s+", ("shift",), "period_year_ago"),
    # the clock it is read on may stand between: "09:27 UK time, Friday, 28 May 2010"
    Join("time_date", ("clock",), r"(?:\s+(?:local|(?-i:[A-Z]{2,4}|Eastern|Central|Mountain|Pacific"
                                  r"|Atlantic|British))\s+time)?" + _C + r"(?:on\s+)?",
         ("weekday", "abs", "yearless", "shift"), "time_date"),
    Join("date_time", ("weekday", "abs", "yearless", "shift"), _C + r"(?:at\s+)?", ("clock",),
         "date_time"),
)


def _words_of(phrases, stop=frozenset({"the", "in", "at", "as", "a", "an", "of", "s"})):
    out = set()
    for p in phrases:
        out.update(w for w in re.split(r"[^a-z]+", p.lower()) if w and w not in stop)
    return frozenset(out)


#: Trigger classes: words one of which every match of a rule contains. A rule is only run
#: on the stretches of text around its triggers, which makes tagging several times faster.
#: "digit" stands for any run of digits, "digit4" for a run of exactly four; "clock" also
#: takes "10:35", and "decade" also "1990s" and "90s".
TRIGGERS = {
    "digit": frozenset(),
    "digit4": frozenset(),
    "clock": frozenset(["hrs", "gmt", "utc", "am", "pm", "m"]),
    "era": frozenset(["bc", "bce", "ad", "ce", "b", "c"]),
    "month": frozenset(lx.MONTHS),
    "weekday": _words_of(list(lx.WEEKDAYS) + [w + "s" for w in lx.WEEKDAYS]
                         + list(lx.WEEKDAY_ABBREVIATIONS)),
    "ordinal": frozenset(lx.ORDINALS) | _words_of(lx.ORDINALS) | {"st", "nd", "rd", "th"},
    "unit": _words_of(list(lx.UNITS) + [u + "s" for u in lx.UNITS] + list(lx.UNIT_PLURALS)
                      + ["period", "half", "periods"]),
    "season": frozenset(lx.SEASONS),
    "decade": frozenset(["twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                         "eighties", "nineties"]),
    "fiscal": frozenset(["fiscal", "fy"]),
    "spelled": frozenset(["nineteen", "eighteen", "seventeen", "thousand"]),
    "holiday": _words_of(list(lx.FIXED_HOLIDAYS) + list(lx.FLOATING_HOLIDAYS)),
    "day": _words_of(list(lx.DEICTIC_DAYS) + ["noon", "midnight", "midday", "clock",
                                              "morning", "afternoon", "evening", "night",
                                              "nights", "daytime", "midmorning",
                                              "midafternoon"]),
    "set": _words_of(lx.SETS),
    "ref": _words_of(lx.REFS) | frozenset(lx.HISTORY_REFS),
}

#: How far a match may reach from its trigger word: (characters before, characters after),
#: lookaheads included. A rule runs only on these stretches around its triggers.
TRIGGER_REACH = {
    "unit": (50, 30), "month": (30, 25), "digit": (20, 25), "digit4": (20, 30),
    "weekday": (20, 12), "season": (20, 12), "ordinal": (20, 25), "day": (25, 25),
}
DEFAULT_REACH = (30, 30)

#: The trigger classes of each core rule.
RULE_TRIGGERS = {
    "iso_date": ("digit4",), "numeric_date": ("digit",), "month_day_year": ("month",),
    "day_month_year": ("month",), "month_year": ("month",), "month_shortyear": ("month",),
    "month_day": ("month",), "day_month": ("month",), "month_year_bc": ("month",),
    "day_before_range": ("month",), "day_after_range": ("month",), "the_ordinal_day": ("ordinal",),
    "month_name": ("month",), "month_rel": ("month",), "year": ("digit4",),
    "year_bc": ("era",), "spelled_year": ("spelled",), "year_ad": ("era",), "year_range_end": ("digit",), "year_bc_range": ("era",), "decade": ("decade",),
    "decade_short": ("decade",), "decade_word": ("decade",), "century": ("unit",),
    "fiscal_year": ("fiscal",), "weekday": ("weekday",), "weekday_rel": ("weekday",),
    "weekday_plural": ("weekday",), "season": ("season",), "season_rel": ("season",),
    "quarter": ("unit",), "holiday": ("holiday",), "floating_holiday": ("holiday",),
    "clock_ampm": ("clock",), "clock_24h": ("clock",), "clock_hrs": ("clock",),
    "clock_local": ("digit4",),
    "oclock": ("day",), "noon_midnight": ("day",), "hour_in_the": ("day",),
    "deictic_day": ("day",), "deictic_daypart": ("day",), "that_daypart": ("day",),
    "the_daypart": ("day",), "weekday_parts": ("weekday",),
    "rel_unit": ("unit",), "the_unit": ("unit",), "latest_period": ("unit",),
    "year_ago_period": ("unit",), "period_last_year": ("unit",), "year_period": ("digit4",), "year_end": ("unit",), "weekend": ("unit",),
    "every_unit": ("unit",), "every_weekday": ("weekday",), "every_month": ("month",),
    "set_word": ("set",), "a_unit_rate": ("unit",), "num_unit": ("unit",),
    "half_unit": ("unit",), "vague_unit": ("unit",), "span_unit": ("unit",),
    "the_num_unit": ("unit",), "plural_unit": ("unit",), "ref_word": ("ref",), "history_ref": ("ref",), "bare_daypart": ("day",),
    "recent_units": ("unit",), "coming_units": ("unit",),
}

#: Between two expressions of a range or a list ("March and April 1918", "6-7 January",
#: "from May 15 to August 16, 1988"), the first takes its year from the second and the
#: second its month from the first.
RANGE_CONNECTOR = r"\s*(?:-|\u2013|\u2014|/|to|and|or|through|till|until|into|and\s+again\s+in)\s*"
