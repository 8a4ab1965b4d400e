"""Numbers as Turkish speaks them, for suffixes and ordinals.

A number takes the suffix of its last spoken word: 2024 is "iki bin yirmi
dört", so 2024’te; 1990 ends in "doksan", so 1990’da. ``spell_number`` gives
the whole spoken form, ``spoken_number`` reads a number as typed in a text
(1.500 and 1.000.000 with thousands dots, 2,5 with a decimal comma, %25,
-3), and ``ordinal`` writes 1’inci, 2’nci, 40’ıncı.
"""

import re

from osbpress.turkish.cases import DEFAULT_STYLE, SuffixStyle
from osbpress.turkish.phonology import sound_of

_ONES = ("", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz")
_TENS = ("", "on", "yirmi", "otuz", "kırk", "elli", "altmış", "yetmiş", "seksen", "doksan")
_SCALES = (
    "",
    "bin",
    "milyon",
    "milyar",
    "trilyon",
    "katrilyon",
    "kentilyon",
    "seksilyon",
    "septilyon",
    "oktilyon",
    "nonilyon",
    "desilyon",
)
# Thousands grouped with dots (1.500, 1.000.000); anything else with one dot
# is read as a decimal point, a comma always is one (Turkish decimal comma).
_NUMBER_RE = re.compile(
    r"^(?P<sign>[-+−]?)%?(?P<int>\d{1,3}(?:\.\d{3})+|\d+)(?:[.,](?P<frac>\d+))?%?$"
)


def _spell_below_thousand(n: int) -> list[str]:
    hundreds, rest = divmod(n, 100)
    words = []
    if hundreds:
        words += ([] if hundreds == 1 else [_ONES[hundreds]]) + ["yüz"]
    tens, ones = divmod(rest, 10)
    words += [word for word in (_TENS[tens], _ONES[ones]) if word]
    return words


def spell_number(n: int) -> str:
    """The Turkish words for the integer ``n``: 2024 → "iki bin yirmi dört"."""
    if n == 0:
        return "sıfır"
    if n < 0:
        return "eksi " + spell_number(-n)
    groups = []
    rest = n
    while rest:
        rest, group = divmod(rest, 1000)
        groups.append(group)
    if len(groups) > len(_SCALES):
        # Beyond the named scales nobody says the number aloud; read it digit by digit.
        return " ".join(_ONES[int(digit)] or "sıfır" for digit in str(n))
    words: list[str] = []
    for scale, group in reversed(list(enumerate(groups))):
        if not group:
            continue
        # "bin", never "bir bin"; but "bir milyon".
        if not (scale == 1 and group == 1):
            words += _spell_below_thousand(group)
        if scale:
            words.append(_SCALES[scale])
    return " ".join(words)


def spoken_number(text: str) -> str | None:
    """How a number typed in a text is read aloud, or None if ``text`` is no number.

    >>> spoken_number("1.500")
    'bin beş yüz'
    >>> spoken_number("2,05")
    'iki virgül sıfır beş'
    """
    match = _NUMBER_RE.match(text.strip())
    if match is None:
        return None
    spoken = spell_number(int(match["int"].replace(".", "")))
    if match["sign"] in ("-", "−"):
        spoken = "eksi " + spoken
    if text.strip().startswith(("%", "-%", "+%")) or text.strip().endswith("%"):
        spoken = "yüzde " + spoken
    frac = match["frac"]
    if frac:
        zeros = len(frac) - len(frac.lstrip("0"))
        tail = spell_number(int(frac)) if frac.strip("0") else ""
        spoken += " virgül " + " ".join(["sıfır"] * zeros + ([tail] if tail else []))
    return spoken


def ordinal(n: int, *, style: SuffixStyle | None = None) -> str:
    """The ordinal written with digits: 1’inci, 2’nci, 3’üncü, 6’ncı, 9’uncu, 40’ıncı."""
    apostrophe = (style or DEFAULT_STYLE).apostrophe
    sound = sound_of(spell_number(n).split()[-1])
    if sound is None:  # unreachable: every number word has a vowel
        return f"{n}."
    vowel = sound.high
    suffix = f"nc{vowel}" if sound.ends_in_vowel else f"{vowel}nc{vowel}"
    return f"{n}{apostrophe}{suffix}"
