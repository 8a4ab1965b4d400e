"""What was signed: the protocol's name as a noun phrase, in the cases a sentence needs.

The officer types the purpose of a signing three ways, and each becomes a
proper noun phrase: the protocol's own name ("Dual Eğitim İş Birliği
Protokolü") stands as typed; a subject ("kardeş OSB", "mesleki eğitim ve
staj") names the protocol ("kardeş OSB protokolü"); a clause ("öğrencilerin
OSB firmalarında dual eğitim alması") is what the protocol is for ("…
eğitim almasına yönelik iş birliği protokolü"), never "… alması protokolü".
A headline has no room for a clause: it says "İş Birliği Protokolü". A name
typed in the protocol's own field (``Event.agreement``) wins over all three.
"""

from __future__ import annotations

from dataclasses import dataclass

from osbpress.turkish import lower
from osbpress.turkish.phonology import sound_of

# The last word of a name the officer gave the agreement itself.
_AGREEMENT_WORDS = frozenset(
    [
        "protokol",
        "protokolü",
        "sözleşme",
        "sözleşmesi",
        "anlaşma",
        "anlaşması",
        "zaptı",
        "beyanı",
        "mutabakatı",
    ]
)
# Verbal nouns close a clause: "alması", "geliştirilmesi", "kurulmaları", "artırmak".
_VERBAL_ENDINGS = ("ması", "mesi", "maları", "meleri", "mak", "mek")


@dataclass(frozen=True)
class Agreement:
    """The protocol's name: in full, in the accusative, and short for a headline."""

    name: str
    accusative: str
    headline: str


def _possessive_case(word: str, buffer_vowel: bool) -> str:
    """A compound's possessive word in the accusative (-nI) or dative (-nA): protokolünü."""
    sound = sound_of(lower(word))
    if sound is None or not sound.ends_in_vowel:
        return word
    return word + "n" + (sound.high if buffer_vowel else sound.low)


def _for(clause: str) -> str:
    """ "… eğitim alması" → "… eğitim almasına yönelik"; "geliştirmek" → "geliştirmeye yönelik"."""
    *head, last = clause.split()
    if lower(last).endswith(("mak", "mek")):
        sound = sound_of(lower(last))
        last = last[:-1] + ("ye" if sound is not None and sound.front else "ya")
    else:
        last = _possessive_case(last, buffer_vowel=False)
    return " ".join([*head, last, "yönelik"])


def agreement(purpose: str, compound: str, own_name: str = "") -> Agreement:
    """The protocol ``purpose`` names; ``compound`` is the house spelling of "iş birliği".

    ``own_name`` is the name the officer gave the protocol itself (``Event.agreement``):
    it is what was signed, and a purpose clause says what it is for.
    """
    if own_name.strip():
        last = lower(purpose.split()[-1]) if purpose.split() else ""
        name = f"{_for(purpose)} {own_name}" if last.endswith(_VERBAL_ENDINGS) else own_name
        return Agreement(name, _accusative(own_name), own_name)
    words = purpose.split()
    generic = f"{compound} protokolü"
    if not words:
        return Agreement(generic, _accusative(generic), generic)
    last = lower(words[-1])
    if last in _AGREEMENT_WORDS:
        return Agreement(purpose, _accusative(purpose), purpose)
    if last.endswith(_VERBAL_ENDINGS):
        return Agreement(f"{_for(purpose)} {generic}", _accusative(generic), generic)
    name = f"{purpose} protokolü"
    return Agreement(name, _accusative(name), name)


# A bare document noun takes the plain accusative; a compound's possessive word takes -nI.
_BARE_ACCUSATIVE = {"protokol": "ü", "sözleşme": "yi", "anlaşma": "yı"}


def _accusative(name: str) -> str:
    """ "kardeş OSB protokolü" → "… protokolünü", "Ar-Ge Protokolü" → "… Protokolünü"."""
    *head, last = name.split()
    ending = _BARE_ACCUSATIVE.get(lower(last))
    if ending is not None:
        return " ".join([*head, last + ending])
    return " ".join([*head, _possessive_case(last, buffer_vowel=True)])
