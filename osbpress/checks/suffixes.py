"""The suffix rule: a case suffix after a name takes an apostrophe and the right vowels.

"OSByi" → "OSB’yi", "OSB’yı" → "OSB’yi", "Kahramanmaraşta" →
"Kahramanmaraş’ta". The names looked at are those the release knows (its
participants, organisations' short names, cities), the names with a settled
reading in ``resources/data/okunuslar.tsv`` ("Renault’a" → "Renault’ya") and
any abbreviation in capitals; the typed suffix is recognised by its shape (a
buffer, a vowel, a d/t …) and the correct form comes from
``osbpress.turkish.inflect``, which reads the name as it is spoken, with the
reading the officer gave if any.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from osbpress.checks.context import Context
from osbpress.checks.registry import Flag, oneri, rule, uyari
from osbpress.i18n import N_, _
from osbpress.turkish import Case, SuffixStyle, inflect
from osbpress.turkish.readings import readings

_APOSTROPHES = "’'"
_LOWER = "a-zçğıöşüâîû"
_ABBREVIATION = re.compile(rf"(?<![\w’'])([A-ZÇĞİÖŞÜ]{{2,}})([’']?)([{_LOWER}]+)\b")
# The shapes of the case suffixes as typed; the ``ki`` after the locative
# and genitive ("OSB’deki", "OSB’ninki") is carried over unchanged.
_SHAPES: tuple[tuple[Case, re.Pattern[str]], ...] = (
    (Case.ABLATIVE, re.compile(r"n?[dt][ae]n")),
    (Case.LOCATIVE, re.compile(r"n?[dt][ae](ki)?")),
    (Case.GENITIVE, re.compile(r"n?[ıiuü]n(ki)?")),
    (Case.INSTRUMENTAL, re.compile(r"y?l[ae]")),
    (Case.ACCUSATIVE, re.compile(r"[yn]?[ıiuü]")),
    (Case.DATIVE, re.compile(r"[yn]?[ae]")),
)
# Plural and -li ("KOBİ’ler", "ABD’li") are not cases, but take the apostrophe too.
_OTHER = re.compile(r"l[aeıiuü][a-zçğıöşü]*")
_MIN_LETTERS = 4


@dataclass(frozen=True)
class _Name:
    text: str
    reading: str | None
    known: bool


def _names(context: Context) -> list[_Name]:
    """The release's own names, longest first (so "Hasan Köse" is tried before "Köse")."""
    release, profile = context.release, context.profile
    found: dict[str, str | None] = {}
    for participant in release.participants:
        full = " ".join(participant.name.split())
        reading = participant.reading.strip() or None
        if full:
            found[full] = reading
            surname = full.split()[-1]
            if len(surname) >= _MIN_LETTERS:
                found.setdefault(surname, reading)
    for organisation in (release.event.host, release.event.guest):
        if organisation.short_name.strip():
            found[organisation.short_name.strip()] = organisation.reading.strip() or None
    if profile.short_name.strip():
        found.setdefault(profile.short_name.strip(), profile.reading.strip() or None)
    places = (release.dateline_city, release.event.city, profile.city, release.event.guest.country)
    for place in places:
        if len(place.strip()) >= _MIN_LETTERS:
            found.setdefault(place.strip(), None)
    # Names of industry news with a settled reading (Renault → reno) are known wherever
    # they are typed, so "Renault’a" is caught like a participant's name would be.
    typed = "\n".join(field.text for field in context.fields)
    for row in readings():
        if row.name in typed:
            found.setdefault(row.name, None)
    return [_Name(text, found[text], True) for text in sorted(found, key=len, reverse=True)]


def _expected(name: _Name, suffix: str, style: SuffixStyle) -> str | None:
    """How ``name`` followed by the typed ``suffix`` should be written, or None if the
    suffix is not one this rule knows."""
    for case, shape in _SHAPES:
        match = shape.fullmatch(suffix)
        if match:
            tail = (match.group(1) or "") if match.groups() else ""
            return inflect(name.text, case, reading=name.reading, style=style) + tail
    plural = suffix[:3] in ("lar", "ler")
    # -li after a name is a derivation written solid (Kahramanmaraşlı); after an
    # abbreviation it takes the apostrophe (ABD’li).
    if _OTHER.fullmatch(suffix) and (plural or name.text.isupper()):
        # The vowel of the plural follows the dative's; of -li, the accusative's.
        case = Case.DATIVE if plural else Case.ACCUSATIVE
        vowel = inflect(name.text, case, reading=name.reading, style=style)[-1]
        return f"{name.text}{style.apostrophe}l{vowel}{suffix[2:]}"
    return None


def _bare(text: str) -> str:
    return text.translate({ord(mark): None for mark in _APOSTROPHES})


def _occurrences(text: str, names: list[_Name]) -> Iterator[tuple[_Name, str, str, str]]:
    """(name, apostrophe typed, suffix typed, whole token) for each suffixed name in ``text``."""
    taken: set[int] = set()
    for name in names:
        pattern = rf"(?<![\w’']){re.escape(name.text)}([’']?)([{_LOWER}]+)\b"
        for match in re.finditer(pattern, text):
            if match.start() not in taken:
                taken.add(match.start())
                yield name, match.group(1), match.group(2), match.group(0)
    known = {word for name in names for word in name.text.split()}
    for match in _ABBREVIATION.finditer(text):
        if match.start() not in taken:
            name = _Name(match.group(1), None, match.group(1) in known)
            yield name, match.group(2), match.group(3), match.group(0)


@rule("ek-kesme", N_("Özel adlara gelen ek kesmeyle ve doğru ünlüyle"))
def suffixes(context: Context) -> Iterator[Flag]:
    house = context.profile.style
    style = SuffixStyle(house.apostrophe, house.institution_apostrophe)
    names = _names(context)
    for field in context.fields:
        seen: set[str] = set()
        for name, apostrophe, suffix, token in _occurrences(field.text, names):
            expected = _expected(name, suffix, style)
            if expected is None or token in seen:
                continue
            seen.add(token)
            if not apostrophe and _bare(expected) != expected:
                yield uyari(
                    _(
                        "“{typed}” yerine “{expected}” yazın: özel adlara gelen ek kesme "
                        "işaretiyle ayrılır."
                    ).format(typed=token, expected=expected),
                    *field.field,
                )
            elif apostrophe and _bare(expected) != _bare(token):
                flag = uyari if name.known else oneri
                yield flag(
                    _(
                        "“{typed}” yerine “{expected}” yazın: ek, adın okunuşuna uyar. Ad farklı "
                        "okunuyorsa okunuşunu Etkinlik ya da Katılımcılar sayfasında yazın."
                    ).format(typed=token, expected=expected),
                    *field.field,
                )
