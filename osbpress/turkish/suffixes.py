"""Case suffixes after names: ``inflect("OSB", Case.ACCUSATIVE)`` → "OSB’yi".

The suffix is chosen by the last word as spoken (see ``reading``), shaped by
vowel harmony, the buffer consonants y and n, and d → t after a voiceless
consonant; a name's final p ç t k is never softened in writing (Ahmet’i).
Possessive compounds (… Ajansı, … Bölgesi, Kocaeli) take the pronominal n:
Ajansı’nın, Ajansı’na, Ajansı’nda.

What surrounds the name is kept in place: trailing punctuation stays after
the suffix ("OSB." → "OSB’yi."); a closing parenthetical takes the suffix of
the name before it, written after the parenthesis as TDK prescribes ("…
Ajansı (JICA)" → "… Ajansı (JICA)’nın", like "Yakup Kadri
(Karaosmanoğlu)’nin"); a closing quote takes the suffix right after it
without an apostrophe, as TDK writes (“Yeşil OSB”yi); an apostrophe typed at
the end ("OSB’") is taken as the separator. An apostrophe inside a name (O'Brien) is part of the name. A name
with nothing Turkish can read at its end (empty, only symbols, a script
without Latin letters) is returned unchanged.
"""

import re
import unicodedata
from dataclasses import dataclass

from osbpress.turkish.cases import DEFAULT_STYLE, Case, SuffixStyle
from osbpress.turkish.casing import lower
from osbpress.turkish.lexicon import (
    INSTITUTION_POSSESSIVES,
    INSTITUTION_REGION_HEADS,
    OTHER_POSSESSIVES,
    PALATAL,
    PLACE_POSSESSIVES,
    is_possessive_place,
)
from osbpress.turkish.phonology import Sound, sound_of
from osbpress.turkish.reading import Kind, hear
from osbpress.turkish.readings import settled_reading

_APOSTROPHES = "’'ʼ"
_OPENING_SINGLE = "‘'"
_CLOSING_QUOTES = '”"»›'
_PARENTHETICAL_RE = re.compile(r"(\s*\([^()]*\))([^\w(]*)$")


def suffix_for(case: Case, sound: Sound, *, possessive: bool = False) -> str:
    """The bare suffix for ``case`` after a word that sounds like ``sound``."""
    high, low, d = sound.high, sound.low, sound.d
    if possessive and case in (Case.ACCUSATIVE, Case.DATIVE, Case.LOCATIVE, Case.ABLATIVE):
        d = "d"
        buffer = "n"
    else:
        buffer = "y" if sound.ends_in_vowel else ""
    if case is Case.ACCUSATIVE:
        return buffer + high
    if case is Case.DATIVE:
        return buffer + low
    if case is Case.LOCATIVE:
        return ("n" if possessive else "") + d + low
    if case is Case.ABLATIVE:
        return ("n" if possessive else "") + d + low + "n"
    if case is Case.GENITIVE:
        return ("n" if sound.ends_in_vowel else "") + high + "n"
    return ("y" if sound.ends_in_vowel else "") + "l" + low


def _is_word_char(char: str) -> bool:
    return char.isalnum() or unicodedata.combining(char) != 0


@dataclass(frozen=True)
class _Placement:
    """Where the suffix goes: ``core + held + separator + suffix + rest``."""

    core: str
    held: str = ""
    rest: str = ""
    quoted: bool = False


def _place(text: str) -> _Placement:
    """Split ``text`` into the name, what the suffix follows, and what trails the suffix."""
    match = _PARENTHETICAL_RE.search(text)
    if match and text[: match.start()].strip():
        return _Placement(text[: match.start()], match.group(1), match.group(2))
    end = len(text)
    while end > 0 and not _is_word_char(text[end - 1]):
        end -= 1
    core, trailing = text[:end], text[end:]
    quote = max(trailing.rfind(char) for char in _CLOSING_QUOTES)
    if quote >= 0:
        return _Placement(core, trailing[: quote + 1], trailing[quote + 1 :], quoted=True)
    typed = len(trailing) - len(trailing.lstrip(_APOSTROPHES))
    if typed and any(char in core for char in _OPENING_SINGLE):
        # A closing single quote, not an apostrophe: ‘Yeşil OSB’yi.
        return _Placement(core, trailing[:typed], trailing[typed:], quoted=True)
    if trailing == "." and _dotted_abbreviation(core.split()[-1] if core.split() else ""):
        # The dot belongs to the abbreviation, so the suffix follows it: A.Ş.’ye, Şti.’ye.
        return _Placement(core, held=".")
    return _Placement(core, rest=trailing[typed:])


def _dotted_abbreviation(token: str) -> bool:
    """A token that a final dot abbreviates: "A.Ş", "T.C", "Şti", "Ltd" (not "OSB")."""
    letters = [char for char in token if char.isalpha()]
    if "." in token:
        return bool(letters)
    return 1 < len(letters) <= 4 and letters[0].isupper() and not token.isupper()


def _already_suffixed(core: str) -> bool:
    """The last word carries a suffix after an apostrophe already ("OSB’ler")."""
    last = core.split()[-1] if core.split() else ""
    for mark in _APOSTROPHES:
        where = last.rfind(mark)
        # A lower-case tail is a suffix (OSB’ler); a capital one is part of the name (O'Brien).
        if 0 < where < len(last) - 1 and last[where + 1 :].islower():
            return True
    return False


def _words(core: str) -> list[str]:
    return [lower(word) for word in re.findall(r"[^\W\d_]+", core)]


def _possessive(words: list[str]) -> bool:
    last = words[-1] if words else ""
    return (
        last in INSTITUTION_POSSESSIVES
        or last in PLACE_POSSESSIVES
        or last in OTHER_POSSESSIVES
        or is_possessive_place(last)
    )


def _institution(words: list[str]) -> bool:
    if len(words) < 2 or words[-1] not in INSTITUTION_POSSESSIVES | {"bölgesi"}:
        return False
    return words[-1] != "bölgesi" or words[-2] in INSTITUTION_REGION_HEADS


def inflect(
    name: str,
    case: Case,
    *,
    reading: str | None = None,
    style: SuffixStyle | None = None,
    institution: bool | None = None,
) -> str:
    """``name`` with the ``case`` suffix, as a Turkish press release writes it.

    ``reading`` is how the name's last word is spoken when the spelling does
    not tell (``inflect("TOBB", Case.ACCUSATIVE, reading="tob")`` → "TOBB’u").
    Without one, a name with a settled reading in ``resources/data/okunuslar.tsv``
    takes that (Renault → reno: "Renault’ya"), so no caller has to look it up.
    ``institution`` forces or forbids the institution-name rule of ``style``;
    by default a name of several words ending in Ajansı, Bakanlığı,
    Üniversitesi … is an institution.
    """
    style = style or DEFAULT_STYLE
    place = _place(name.rstrip())
    core = place.core
    tokens = core.split()
    if reading is None or not reading.strip():
        reading = settled_reading(core)
    heard = hear(tokens[-1], reading) if tokens else None
    if heard is None:
        return name
    words = _words(core) if heard.kind is not Kind.NUMBER else []
    palatal = heard.spoken in PALATAL or lower(heard.written).endswith(("âl", "ûl"))
    sound = sound_of(heard.spoken, palatal=palatal)
    if sound is None:
        return name
    possessive = sound.ends_in_vowel and _possessive(words)
    suffix = suffix_for(case, sound, possessive=possessive)
    is_institution = _institution(words) if institution is None else institution
    tdk_institution = (
        is_institution
        and not style.institution_apostrophe
        and heard.kind is Kind.WORD
        # After a parenthetical TDK keeps the apostrophe ("Yunus Emre (…)’nin").
        and not place.held
    )
    # A second suffix joins the first without another apostrophe: OSB’lere.
    bare = place.quoted or tdk_institution or (_already_suffixed(core) and not place.held)
    apostrophe = "" if bare else style.apostrophe
    return core + place.held + apostrophe + suffix + place.rest


_SUFFIX_LETTERS = "a-zçğıöşüâîû"


def contains_name(text: str, name: str) -> bool:
    """Whether ``text`` says ``name`` as whole words: bare, with a suffix after an
    apostrophe ("OSB’yi"), or, for an institution, with one joined to it as TDK
    writes them ("Dilovası Organize Sanayi Bölgesini"). Any other name followed by
    letters is another word ("Ali Canlı" does not say "Ali Can", "OSBÜK" not "OSB")."""
    if not name.strip():
        return False
    joined = f"[{_SUFFIX_LETTERS}]*" if _institution(_words(name)) else ""
    pattern = rf"(?<!\w){re.escape(name)}{joined}(?!\w)"
    return re.search(pattern, text) is not None
