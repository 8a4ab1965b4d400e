"""What the suffix rules hear: the spoken last word of a name as typed.

A name takes its suffix from its last word as spoken (RULES.md §1): a number
by its last number word (2024 → dört), an abbreviation by its reading (OSB →
"o se be" → be), any other word as spelled with Turkish letters. In a token
that mixes letters and digits the last run decides (A4 → dört, COVID-19 →
dokuz, 3D → de). A word with no vowel (km, St) is spelled out.
"""

import re
from dataclasses import dataclass
from enum import Enum

from osbpress.turkish.abbreviations import abbreviation_reading, spell_out
from osbpress.turkish.casing import lower, upper
from osbpress.turkish.numbers import spoken_number
from osbpress.turkish.phonology import VOWELS, speech_letters

_RUN_RE = re.compile(r"\d(?:[\d.,]*\d)?|[^\W\d_]+")
_CAPS_COMPOUND_RE = re.compile(r"(?:[^\W\d_]+-)*[^\W\d_]+$")


class Kind(Enum):
    """What the last token of a name is, which decides how it is read."""

    WORD = "word"
    ABBREVIATION = "abbreviation"
    NUMBER = "number"


@dataclass(frozen=True)
class Heard:
    """The last word as spoken, and what the written token was."""

    spoken: str
    kind: Kind
    written: str


def _last_spoken_word(spoken: str) -> str:
    words = [speech_letters(word) for word in spoken.split()]
    words = [word for word in words if word]
    if not words:
        return ""
    last = words[-1]
    return last if any(char in VOWELS for char in last) else speech_letters(spell_out(last))


def hear(token: str, reading: str | None = None) -> Heard | None:
    """How the last word of ``token`` sounds; ``reading`` (the officer's override) wins.

    Returns None when the token has no letter or digit to go by.
    """
    runs = list(_RUN_RE.finditer(token))
    if not runs:
        return None
    last = runs[-1].group()
    if last[0].isdigit():
        kind = Kind.NUMBER
        spoken = spoken_number(last) or spoken_number(re.sub(r"\D", "", last)) or ""
        written = last
    elif last == upper(last) and last != lower(last):
        kind = Kind.ABBREVIATION
        match = _CAPS_COMPOUND_RE.search(token[: runs[-1].end()])
        written = match.group() if match else last
        spoken = abbreviation_reading(written)
    else:
        kind = Kind.WORD
        written = spoken = last
    if reading is not None and reading.strip():
        spoken = lower(reading)
    word = _last_spoken_word(spoken)
    if not word:
        return None
    return Heard(spoken=word, kind=kind, written=written)
