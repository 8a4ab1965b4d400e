"""Sounds of Turkish: vowels, vowel harmony and the case suffix shapes.

Suffixes follow how a word is *spoken*. The functions here take the spoken
form of a word (already lower-cased; see ``speech_letters``) and answer the
questions the suffix rules ask: which vowel is the last one, is it front or
back, rounded or not, does the word end in a vowel or a voiceless consonant.
Foreign letters are mapped to the Turkish sound they usually stand for
(é → e, w → v, x → ks, q → k); â, î, û count as a, i, u.
"""

import unicodedata
from dataclasses import dataclass

from osbpress.turkish.casing import lower

VOWELS = frozenset("aeıioöuü")
FRONT_VOWELS = frozenset("eiöü")
ROUNDED_VOWELS = frozenset("oöuü")
VOICELESS = frozenset("fstkçşhp")
TURKISH_LETTERS = frozenset("abcçdefgğhıijklmnoöprsştuüvyz")

_FOREIGN = {
    "â": "a",
    "î": "i",
    "û": "u",
    "ä": "e",
    "æ": "e",
    "œ": "ö",
    "ø": "ö",
    "å": "o",
    "ß": "s",
    "w": "v",
    "x": "ks",
    "q": "k",
}


def speech_letters(word: str) -> str:
    """Lower-case ``word`` and spell it with Turkish letters only; other characters drop."""
    letters = []
    for char in lower(word):
        if char in TURKISH_LETTERS:
            letters.append(char)
        elif char in _FOREIGN:
            letters.append(_FOREIGN[char])
        else:
            base = unicodedata.normalize("NFD", char)[0]
            if base in TURKISH_LETTERS:
                letters.append(base)
            elif base in _FOREIGN:
                letters.append(_FOREIGN[base])
    return "".join(letters)


@dataclass(frozen=True)
class Sound:
    """What the suffix rules need to know about the end of a spoken word."""

    front: bool
    rounded: bool
    ends_in_vowel: bool
    voiceless_end: bool

    @property
    def high(self) -> str:
        """The four-way harmony vowel ı/i/u/ü."""
        if self.front:
            return "ü" if self.rounded else "i"
        return "u" if self.rounded else "ı"

    @property
    def low(self) -> str:
        """The two-way harmony vowel a/e."""
        return "e" if self.front else "a"

    @property
    def d(self) -> str:
        """d, or t after a voiceless consonant."""
        return "t" if self.voiceless_end else "d"


def sound_of(spoken: str, *, palatal: bool = False) -> Sound | None:
    """The harmony of ``spoken`` (Turkish letters, lower case), or None if it has no vowel.

    ``palatal`` marks a word whose final consonant is palatal (Kemal, gol), so
    its suffixes take front vowels whatever its last vowel is.
    """
    vowels = [char for char in spoken if char in VOWELS]
    if not vowels:
        return None
    last = vowels[-1]
    return Sound(
        front=palatal or last in FRONT_VOWELS,
        rounded=last in ROUNDED_VOWELS,
        ends_in_vowel=spoken[-1] in VOWELS,
        voiceless_end=spoken[-1] in VOICELESS,
    )
