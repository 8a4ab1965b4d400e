"""How an abbreviation is read aloud: by a lexicon first, then by a heuristic.

Suffixes follow the reading (RULES.md §1): OSB is read letter by letter,
"o-se-be", so OSB’yi; JICA is read as a word, so JICA’yı.

The lexicon lists the abbreviations OSB news uses. For any other all-caps
token the heuristic decides:

* a token of one or two letters is spelled out (AB → "a be", BM, AŞ);
* a longer token is read as a word when Turkish could pronounce it as
  written: it has a vowel, at most two vowels in a row, at most one consonant
  before the first vowel (or a loan onset such as tr, pr, st), at most three
  consonants between vowels, and after the last vowel either one consonant or
  a final cluster Turkish words end in (rt, nk, st, sk …). So ODTÜ, KOSGEB,
  OSTİM, DOSAB are words; OSB (ends in "sb"), TSE (starts "ts"), SGK (no
  vowel), ÖSYM (ends in "sym") are spelled out;
* spelled-out letters use the Turkish letter names: a, be, ce, çe, de, e, fe,
  ge, yumuşak ge, he, ı, i, je, ke, le, me, ne, o, ö, pe, re, se, şe, te, u,
  ü, ve, ye, ze; Q, W, X are kü, çift ve, iks.
"""

import itertools
import unicodedata

from osbpress.turkish.casing import lower, upper
from osbpress.turkish.lexicon import word_set
from osbpress.turkish.phonology import VOWELS, speech_letters

LETTER_NAMES = {
    "a": "a",
    "b": "be",
    "c": "ce",
    "ç": "çe",
    "d": "de",
    "e": "e",
    "f": "fe",
    "g": "ge",
    "ğ": "yumuşak ge",
    "h": "he",
    "ı": "ı",
    "i": "i",
    "j": "je",
    "k": "ke",
    "l": "le",
    "m": "me",
    "n": "ne",
    "o": "o",
    "ö": "ö",
    "p": "pe",
    "q": "kü",
    "r": "re",
    "s": "se",
    "ş": "şe",
    "t": "te",
    "u": "u",
    "ü": "ü",
    "v": "ve",
    "w": "çift ve",
    "x": "iks",
    "y": "ye",
    "z": "ze",
}

# Read as words. The value is the reading where the spelling would mislead.
_WORDS: dict[str, str] = {
    **dict.fromkeys(
        word_set(
            "AFAD AGİT AKUT ASELSAN ASO ATO BOTAŞ DEAŞ DEİK DOSAB EBSO HAVELSAN İSO İŞKUR İTO"
            " İTÜ İZKA KOBİ KOSGEB MEB MÜSİAD NASA NATO ODTÜ OSBÜK OSTİM PETKİM ROKETSAN TEİAŞ"
            " TESK TİKA TİM TİSK TOKİ TUSAŞ TÜBİTAK TÜİK TÜPRAŞ TÜRKSAT TÜSİAD UEFA YÖK"
        ),
        "",
    ),
    "AR-GE": "arge",
    "ÜR-GE": "ürge",
    "TÜRK-İŞ": "türkiş",
    "HAK-İŞ": "hakiş",
    "JICA": "cayka",
    "MESS": "mes",
    "TOBB": "tob",
    "TOGG": "tog",
    "UNESCO": "unesko",
    "UNICEF": "unisef",
}
# Spelled out letter by letter.
_LETTERS = word_set(
    "AA AB ABD AİHM AKP AVM AYM BBC BDDK BM CHP DHA DSİ EPDK İHA İKV İBB KDV KKTC MHP"
    " OECD OSB ÖSYM ÖTV PTT SGK SPK STK TBMM TCDD TCMB THY TMMOB TMO TMSF TPAO TRT TSE"
    " UNDP YSK"
)

_ONSETS = word_set("bl br dr fl fr gl gr kl kr pl pr sk sl sm sn sp st sv tr")
_CODAS = word_set(
    "ft hs ht kt ks lç lf lk lm lp ls lt mp nç nd ng nk ns nt ps rç rb rd rf rg rh rk rm"
    " rn rp rs rş rt rz sk st şt"
)


def _clusters(spoken: str) -> list[str]:
    """The consonant runs of ``spoken``: before the first vowel, between vowels, after the last."""
    runs = [""]
    for char in spoken:
        if char in VOWELS:
            runs.append("")
        else:
            runs[-1] += char
    return runs


def pronounceable(spoken: str) -> bool:
    """Whether Turkish can read ``spoken`` (Turkish letters, lower case) as one word."""
    if not any(char in VOWELS for char in spoken):
        return False
    runs = _clusters(spoken)
    onset, inner, coda = runs[0], runs[1:-1], runs[-1]
    if any(not a and not b for a, b in itertools.pairwise(inner)):
        return False  # three vowels in a row
    if len(onset) > 1 and onset not in _ONSETS:
        return False
    if any(len(run) > 3 for run in inner):
        return False
    return len(coda) <= 1 or coda in _CODAS


def spell_out(letters: str) -> str:
    """The letter names of ``letters``: "OSB" → "o se be"; other characters are skipped."""
    names = []
    for char in lower(letters):
        base = char if char in LETTER_NAMES else unicodedata.normalize("NFD", char)[:1]
        if base in LETTER_NAMES:
            names.append(LETTER_NAMES[base])
    return " ".join(names)


def abbreviation_reading(abbreviation: str) -> str:
    """How ``abbreviation`` (letters, maybe hyphens) is read aloud, by lexicon or heuristic."""
    key = upper(abbreviation)
    if key in _WORDS:
        return _WORDS[key] or speech_letters(key)
    if key in _LETTERS:
        return spell_out(key)
    parts = [part for part in key.split("-") if part]
    if not parts:
        return ""
    last = parts[-1]
    spoken = speech_letters(last)
    # A short piece after a hyphen is a syllable of a compound (AR-GE, TÜRK-İŞ).
    short_ok = len(parts) > 1 and len(spoken) == 2
    if (len(spoken) >= 3 or short_ok) and pronounceable(spoken):
        return spoken
    return spell_out(last)
