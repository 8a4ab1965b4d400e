"""Readability: the Ateşman score of the composed text, with its band.

Ateşman (1997) adapted Flesch's reading ease to Turkish::

    198.825 − 40.175 × syllables/word − 2.610 × words/sentence

Syllables come from ``osbpress.turkish.syllables``. A text scoring under 50
("zor" or "çok zor") gets an öneri with the score and its band, since the
fix (shorter sentences, shorter words) is the officer's judgement.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from osbpress.checks.context import Context
from osbpress.checks.registry import Flag, oneri, rule
from osbpress.checks.text import sentences, words
from osbpress.i18n import N_, _
from osbpress.turkish import syllables

ADVICE_BELOW = 50
# Past these averages a text reads as hard (16 words keeps a sentence to a line or two).
LONG_SENTENCE = 16
LONG_WORD = 3.0
# (lowest score, band) from easiest down, as Ateşman gives them. A band is kept
# in Turkish on ``Readability`` and translated where a message shows it.
_BANDS = ((90, N_("çok kolay")), (70, N_("kolay")), (50, N_("orta güçlükte")), (30, N_("zor")))
_HARDEST = N_("çok zor")


@dataclass(frozen=True)
class Readability:
    score: float
    band: str
    words: int
    sentences: int
    syllables: int

    @property
    def words_per_sentence(self) -> float:
        return self.words / self.sentences

    @property
    def syllables_per_word(self) -> float:
        return self.syllables / self.words


def band(score: float) -> str:
    return next((name for low, name in _BANDS if score >= low), _HARDEST)


def atesman(texts: Iterable[str]) -> Readability | None:
    """The Ateşman score of ``texts`` taken together; None for text without words."""
    word_count = sentence_count = syllable_count = 0
    for text in texts:
        found = sentences(text)
        sentence_count += len(found)
        for sentence in found:
            for word in words(sentence):
                word_count += 1
                syllable_count += max(1, len(syllables(word)))
    if word_count == 0:
        return None
    score = 198.825 - 40.175 * syllable_count / word_count - 2.610 * word_count / sentence_count
    return Readability(score, band(score), word_count, sentence_count, syllable_count)


@rule("okunabilirlik", N_("Metin okunaklı (Ateşman puanı 50 ve üzeri)"))
def readability(context: Context) -> Iterator[Flag]:
    document = context.document
    if document is None:
        return
    result = atesman((document.spot, *context.body_texts))
    if result is None or result.score >= ADVICE_BELOW:
        return
    advice = []
    if result.words_per_sentence > LONG_SENTENCE:
        advice.append(
            _("cümleler ortalama {count} sözcük: uzun cümleleri bölün").format(
                count=f"{result.words_per_sentence:.0f}"
            )
        )
    if result.syllables_per_word > LONG_WORD or not advice:
        advice.append(
            _(
                "sözcükler ortalama {count} hece: kısa ve bilinen sözcükler seçin, uzun kurum "
                "adlarını ilk anıştan sonra kısa adıyla yazın"
            ).format(count=f"{result.syllables_per_word:.1f}")
        )
    yield oneri(
        _("Okunabilirlik (Ateşman) {score}, {band}; {advice}.").format(
            score=f"{result.score:.0f}", band=_(result.band), advice="; ".join(advice)
        ),
        "sections",
    )
