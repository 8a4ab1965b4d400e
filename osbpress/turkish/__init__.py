"""The Turkish language core: case suffixes, casing, numbers, hyphenation, typography.

Everything the rest of the engine needs from Turkish grammar is importable
from here; see RULES.md in the shared notes for the rules these follow.
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
from osbpress.turkish.numbers import ordinal, spell_number, spoken_number
from osbpress.turkish.suffixes import inflect

__all__ = [
    "Case",
    "SuffixStyle",
    "abbreviation_reading",
    "capitalize_word",
    "fold",
    "headline_case",
    "inflect",
    "lower",
    "ordinal",
    "pronounceable",
    "sentence_case",
    "spell_number",
    "spell_out",
    "spoken_number",
    "upper",
]
