"""Turkish syllables and the places a word may be broken at a line end.

Turkish syllabification is regular (RULES.md, Hyphenation): each syllable has
exactly one vowel; a single consonant between vowels starts the next syllable
(ka-pı), of two the second does (Kah-ra-man), of three the third (Türk-çe,
kont-rol). ``syllables`` applies that to any string, treating anything that is
not a vowel (digits, hyphens, apostrophes) as a consonant, so the pieces
always join back to the input.

``hyphenate`` is stricter, because a wrong break in print is worse than none:
it offers no break in a token with an apostrophe (OSB’yi, O'Brien), a digit,
an @, a slash or "www.", in an all-caps token (an abbreviation such as
TÜBİTAK; an upper-case headline word cannot be told apart from one, and
headlines are not hyphenated anyway), or at a point that would leave a single
letter alone at a line end or start (a-raş-tır-ma breaks first after "araş").
Leading and trailing punctuation (“Kocaeli”,) is ignored; the parts of a
hyphenated compound (Türk-Japon) are broken separately, never right after the
existing hyphen.
"""

import itertools
import re

from osbpress.turkish.casing import lower, upper

_VOWELS = frozenset("aeıioöuüâîûAEIİOÖUÜÂÎÛéèêëàáäóòôíìïúùÉÈÊËÀÁÄÓÒÔÍÌÏÚÙ")
_NO_BREAK_RE = re.compile(r"[\d@/’'ʼ`´]|www\.", re.IGNORECASE)
_MIN_LETTERS = 2


def _is_vowel(char: str) -> bool:
    return char in _VOWELS


def syllables(word: str) -> list[str]:
    """Split ``word`` into Turkish syllables: "Kahramanmaraş" → Kah-ra-man-ma-raş."""
    vowels = [index for index, char in enumerate(word) if _is_vowel(char)]
    if len(vowels) < 2:
        return [word] if word else []
    cuts = []
    for left, right in itertools.pairwise(vowels):
        consonants = right - left - 1
        # No consonant: the break falls between the vowels (sa-at); otherwise
        # the last consonant of the run opens the next syllable.
        cuts.append(right if consonants == 0 else right - 1)
    bounds = [0, *cuts, len(word)]
    return [word[start:end] for start, end in itertools.pairwise(bounds)]


def _part_breaks(part: str) -> list[int]:
    """Break offsets inside one hyphen-free part, never stranding a single letter."""
    letters = [index for index, char in enumerate(part) if char.isalpha()]
    if len(letters) < 2 * _MIN_LETTERS:
        return []
    offsets = []
    position = 0
    for piece in syllables(part)[:-1]:
        position += len(piece)
        before = sum(1 for index in letters if index < position)
        after = len(letters) - before
        if before >= _MIN_LETTERS and after >= _MIN_LETTERS:
            offsets.append(position)
    return offsets


def hyphenate(word: str) -> list[int]:
    """Offsets in ``word`` where a line may break with a hyphen added, in increasing order."""
    start = 0
    while start < len(word) and not word[start].isalpha():
        start += 1
    end = len(word)
    while end > start and not word[end - 1].isalpha():
        end -= 1
    core = word[start:end]
    if not core or _NO_BREAK_RE.search(word) or not all(c.isalpha() or c == "-" for c in core):
        return []
    letters = [char for char in core if char.isalpha()]
    if len(letters) > 1 and upper(core) == core and lower(core) != core:
        return []
    offsets = []
    position = start
    for part in core.split("-"):
        offsets += [position + offset for offset in _part_breaks(part)]
        position += len(part) + 1
    return offsets


def reportlab_hyphenator(word: str) -> list[tuple[str, str]]:
    """Hyphenation for reportlab's ``Paragraph``: (head, tail) pairs, longest head first.

    reportlab accepts a callable as ``hyphenationLang`` and calls it with a
    word stripped of surrounding punctuation; it tries the pairs in order,
    keeps the first head that fits the line and adds the hyphen itself::

        from reportlab.lib.styles import ParagraphStyle
        from osbpress.turkish import reportlab_hyphenator

        body = ParagraphStyle(
            "Gövde",
            fontName="SourceSerif",
            alignment=4,  # TA_JUSTIFY
            hyphenationLang=reportlab_hyphenator,
            hyphenationMinWordLength=5,
            uriWasteReduce=0.3,  # URLs may break at / when a line would waste 30 %
        )

    reportlab never calls it for a word containing an apostrophe or a digit,
    and the offsets come from ``hyphenate``, so the same rules hold.
    """
    return [(word[:offset], word[offset:]) for offset in reversed(hyphenate(word))]
