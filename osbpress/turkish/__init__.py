"""The Turkish language core: case suffixes, casing, numbers, hyphenation, typography.

Everything the rest of the engine needs from Turkish grammar is importable
from here; the rules it follows are those of the shared ``turkish/RULES.md``.
"""

from osbpress.turkish.abbreviations import abbreviation_reading, pronounceable, spell_out
from osbpress.turkish.cases import Case, SuffixStyle
from osbpress.turkish.casing import (
    capitalize_word,
    fold,
    headline_case,
    lower,
    sentence_case,
    upper,
)
from osbpress.turkish.formatting import (
    format_date,
    format_datetime,
    format_list,
    format_number,
    format_percent,
    format_time,
    inflect_date,
)
from osbpress.turkish.numbers import ordinal, spell_number, spoken_number
from osbpress.turkish.suffixes import contains_name, inflect
from osbpress.turkish.syllables import hyphenate, reportlab_hyphenator, syllables
from osbpress.turkish.typography import NBSP, normalize, tie_titles

__all__ = [
    "NBSP",
    "Case",
    "SuffixStyle",
    "abbreviation_reading",
    "capitalize_word",
    "contains_name",
    "fold",
    "format_date",
    "format_datetime",
    "format_list",
    "format_number",
    "format_percent",
    "format_time",
    "headline_case",
    "hyphenate",
    "inflect",
    "inflect_date",
    "lower",
    "normalize",
    "ordinal",
    "pronounceable",
    "reportlab_hyphenator",
    "sentence_case",
    "spell_number",
    "spell_out",
    "spoken_number",
    "syllables",
    "tie_titles",
    "upper",
]
