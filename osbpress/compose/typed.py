"""Typed input brought to the house style, and the notices that tell the officer so.

An officer pasting from an e-mail often brings a headline in CAPITALS or a
name in lower case. compose prints them in the house case with Turkish
casing (İ/ı) and keeps abbreviations (OSB, JICA) as they are; ``notices``
lists every such change, and every quote printed without a speaker, with the
field it concerns, so the checklist can show them. Nothing here changes a
word: only the case of letters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from osbpress.i18n import N_, _
from osbpress.model import Profile, Release
from osbpress.turkish import capitalize_word, headline_case, lower, sentence_case, upper
from osbpress.turkish.casing import SMALL_WORDS
from osbpress.turkish.lexicon import word_set

_LETTERS = re.compile(r"[^\W\d_]")
_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Abbreviations a release keeps in capitals even when the rest was typed in them.
_KNOWN_ABBREVIATIONS = word_set(
    "AB ABD AFAD AR-GE ASO BM DSİ EPDK GIZ İSO İTO JICA KOBİ KOSGEB OSB OSBÜK SGK STK TBMM"
    " TİKA TOBB TSE TÜBİTAK TÜİK UNDP USAID YÖK"
)


def _letters(text: str) -> str:
    return "".join(_LETTERS.findall(text))


def _prose_like(text: str, min_words: int = 2) -> bool:
    """Enough words and no markup: text whose case can be judged at all."""
    words = [w for w in _TOKEN.findall(text) if len(w) > 1]
    return len(words) >= min_words and not any(char in text for char in "<>{}=[]|\\")


def is_shouted(text: str, min_words: int = 2) -> bool:
    """All capitals, with enough letters to be more than an abbreviation."""
    letters = _letters(text)
    return (
        _prose_like(text, min_words)
        and len(letters) > 5
        and letters == upper(letters) != lower(letters)
    )


def is_unshifted(text: str, min_words: int = 2) -> bool:
    """All lower case (no capital anywhere) in text that should start with one."""
    letters = _letters(text)
    return _prose_like(text, min_words) and letters == lower(letters) != upper(letters)


def _lowered(text: str, keep: frozenset[str]) -> str:
    """``text`` in lower case, except abbreviations it keeps in capitals."""

    def word(match: re.Match[str]) -> str:
        token = match.group(0)
        return token if token in keep or token in _KNOWN_ABBREVIATIONS else lower(token)

    return _TOKEN.sub(word, text)


def house_headline(text: str, keep: frozenset[str], *, title_case: bool) -> str:
    """A typed headline or heading in the house case when it was typed all caps or all lower."""
    if not (is_shouted(text) or is_unshifted(text)):
        return text
    lowered = _lowered(text, keep)
    return _same_words(text, headline_case(lowered) if title_case else sentence_case(lowered))


def house_name(text: str, keep: frozenset[str] = frozenset()) -> str:
    """A person's name or title typed all caps or all lower, with capitals where they belong."""
    if not (is_shouted(text) or is_unshifted(text, min_words=1)):
        return text
    words = _lowered(text, keep).split(" ")
    cased = " ".join(
        word if index and lower(word) in SMALL_WORDS else capitalize_word(word)
        for index, word in enumerate(words)
    )
    return _same_words(text, cased)


def _same_words(typed: str, cased: str) -> str:
    """``cased`` when only the case of letters changed, else ``typed`` (ß → SS is a change)."""
    return cased if len(cased) == len(typed) and lower(cased) == lower(typed) else typed


@dataclass(frozen=True)
class Notice:
    """Something compose did to typed input, or a gap it worked around.

    ``field`` is the model path ("headline", "participants[1].title",
    "quotes[0].speaker"); ``message`` says it in the interface language.
    """

    field: str
    message: str


def abbreviations_of(release: Release, profile: Profile) -> frozenset[str]:
    """Capitalised tokens in the release's organisation names: kept when lower-casing."""
    names = [release.event.host.short_name, release.event.guest.short_name, profile.short_name]
    names += [release.event.host.name, release.event.guest.name, profile.name]
    return frozenset(t for n in names for t in _TOKEN.findall(n) if t == upper(t) and len(t) > 1)


# (what was typed, typed in capitals?) → the notice; {who} is a participant's name.
_CASE_NOTICES = {
    ("headline", True): N_("Başlık tümü büyük harfle yazılmış; yazım kuralına göre düzeltildi."),
    ("headline", False): N_("Başlık tümü küçük harfle yazılmış; yazım kuralına göre düzeltildi."),
    ("heading", True): N_("Ara başlık tümü büyük harfle yazılmış; yazım kuralına göre düzeltildi."),
    ("heading", False): N_(
        "Ara başlık tümü küçük harfle yazılmış; yazım kuralına göre düzeltildi."
    ),
    ("name", True): N_("“{who}” adı tümü büyük harfle yazılmış; yazım kuralına göre düzeltildi."),
    ("name", False): N_("“{who}” adı tümü küçük harfle yazılmış; yazım kuralına göre düzeltildi."),
    ("title", True): N_(
        "“{who}” unvanı tümü büyük harfle yazılmış; yazım kuralına göre düzeltildi."
    ),
    ("title", False): N_(
        "“{who}” unvanı tümü küçük harfle yazılmış; yazım kuralına göre düzeltildi."
    ),
}


def _case_notice(field: str, what: str, typed: str, printed: str, who: str = "") -> list[Notice]:
    if printed == typed:
        return []
    message = _(_CASE_NOTICES[what, is_shouted(typed)]).format(who=who)
    return [Notice(field, message)]


def notices(release: Release, profile: Profile, keep: frozenset[str] | None = None) -> list[Notice]:
    """Every change compose makes to how something was typed, and every unattributed quote.

    ``keep`` is ``abbreviations_of(release, profile)`` when the caller has it.
    """
    if keep is None:
        keep = abbreviations_of(release, profile)
    title_case = profile.style.headline_case == "title"

    def heading(text: str) -> str:
        return house_headline(text, keep, title_case=title_case)

    found = _case_notice("headline", "headline", release.headline, heading(release.headline))
    for index, section in enumerate(release.sections):
        field = f"sections[{index}].heading"
        found += _case_notice(field, "heading", section.heading, heading(section.heading))
    for index, person in enumerate(release.participants):
        who = person.name.strip() or _("{number}. katılımcı").format(number=index + 1)
        for attr in ("name", "title"):
            typed = getattr(person, attr)
            field = f"participants[{index}].{attr}"
            found += _case_notice(field, attr, typed, house_name(typed, keep), who)
    if release.event.purpose.rstrip().endswith("."):
        found.append(
            Notice("event.purpose", _("Amacın sonundaki nokta cümle içinde kullanılmadı."))
        )
    ids = {p.id for p in release.participants}
    for index, quote in enumerate(release.quotes):
        if quote.text.strip() and quote.speaker not in ids:
            found.append(
                Notice(
                    f"quotes[{index}].speaker",
                    _(
                        "Alıntının konuşmacısı yok ya da silinmiş; alıntı kimseye atfedilmeden "
                        "yazıldı."
                    ),
                )
            )
    return found
