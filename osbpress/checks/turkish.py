"""Turkish usage rules: the slips newsroom editors mark first.

A headline in capitals, "biz" and "-imiz" in the release's own voice,
praise words, body sentences not in the past tense, a doubled word, double
spaces and straight quotes. Each reads the fields the officer typed, so a
finding points at the field to fix; words inside quotation marks are the
speaker's and are left alone by the voice rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from osbpress.checks.context import Context, outside_quotes
from osbpress.checks.registry import Flag, oneri, rule, uyari
from osbpress.checks.text import WORD, folded_list, sentences, words
from osbpress.errors import FieldPath
from osbpress.i18n import N_, _, ngettext
from osbpress.turkish import fold, headline_case, lower, normalize, sentence_case, upper

_MIN_SHOUT_LETTERS = 8
_WE_WORDS = frozenset(
    {"biz", "bizim", "bize", "bizi", "bizden", "bizde", "bizce", "bizimle"}
    | {"bizler", "bizlere", "bizlerin", "bizlerle"}
)
# -(i)miz with an optional case suffix, and first person plural verb endings.
_WE_ENDINGS = re.compile(
    r"(?:m[ıiuü]z(?:[ıiuü]n|[ıiuü]|[ae]|[dt][ae]n?|l[ae]|ki|c[ae])?"
    r"|yoruz|yorduk|[ae]c[ae]ğ[ıi]z|m[ae]kt[ae]y[ıi]z|m[ae]l[ıi]y[ıi]z|[ıiuüae]r[ıiuü]z)$"
)
_NOT_WE = (
    "temiz",
    "semiz",
    "temmuz",
    "domuz",
    "kımız",
    "hürmüz",
    "kırmız",
    "omuz",
    "ramiz",
    "ramız",
)
_NOT_PAST = re.compile(
    r"(?:[ıiuü]?yor(?:lar)?|[ae]c[ae]k(?:tır|tir|ler)?|m[ae]kte(?:dir|ler)?|makta(?:dır|lar)?)$"
)
_DOUBLE_SPACE = re.compile(r"(?<=\S) {2,}(?=\S)")
_STRAIGHT_QUOTES = N_(
    'Düz tırnak (") yerine “ ” kullanın; çıktıda düzeltilir, alandaki metin de düzgün olsun.'
)
_STRAIGHT_APOSTROPHES = N_(
    "Düz kesme (') yerine ’ kullanın; çıktıda düzeltilir, alandaki metin de düzgün olsun."
)
_STRAIGHT_BOTH = N_(
    "Düz tırnak (\") yerine “ ” ve düz kesme (') yerine ’ kullanın; çıktıda düzeltilir, "
    "alandaki metin de düzgün olsun."
)
_SHOUTED_HEADLINE = N_(
    "Başlık tamamen büyük harfle yazılmış; editör bunu bağırmak olarak okur. Şöyle yazın: “{calm}”."
)
_SHOUTED_HEADING = N_(
    "Ara başlık tamamen büyük harfle yazılmış; editör bunu bağırmak olarak okur. "
    "Şöyle yazın: “{calm}”."
)


def _abbreviations(context: Context) -> set[str]:
    """Words of the release's short names that stay in capitals (OSB, JICA)."""
    release = context.release
    names = (
        release.event.host.short_name,
        release.event.guest.short_name,
        context.profile.short_name,
    )
    return {
        word for name in names for word in name.split() if len(word) > 1 and upper(word) == word
    }


def _calm(headline: str, keep: set[str], title_case: bool) -> str:
    """``headline`` out of capitals, keeping the release's abbreviations as they are."""
    calmed = []
    for word in headline.split():
        cut = min((word.find(mark) for mark in "’'" if mark in word), default=len(word))
        core = word[:cut].strip('“”"‘(),.:;!?')
        calmed.append(word[:cut] + lower(word[cut:]) if core in keep else lower(word))
    text = normalize(" ".join(calmed))
    return headline_case(text) if title_case else sentence_case(text)


@rule("baslik-buyuk-harf", N_("Başlık büyük harflerle değil"))
def shouting(context: Context) -> Iterator[Flag]:
    release = context.release
    typed: list[tuple[FieldPath, str]] = [(("headline",), release.headline)]
    typed += [(("sections", i, "heading"), s.heading) for i, s in enumerate(release.sections)]
    keep = _abbreviations(context)
    title_case = context.profile.style.headline_case == "title"
    for field, text in typed:
        letters = [char for char in text if char.isalpha()]
        if len(letters) >= _MIN_SHOUT_LETTERS and len(text.split()) > 1 and upper(text) == text:
            message = _SHOUTED_HEADLINE if field == ("headline",) else _SHOUTED_HEADING
            yield uyari(
                _(message).format(calm=_calm(" ".join(text.split()), keep, title_case)),
                *field,
            )


def _we(word: str) -> bool:
    low = lower(word)
    if low in _WE_WORDS:
        return True
    match = _WE_ENDINGS.search(low)
    return bool(match) and len(low) > 4 and not low.startswith(_NOT_WE)


@rule("biz-dili", N_("Bülten “biz” diye değil, kurumun adıyla konuşur"))
def first_person(context: Context) -> Iterator[Flag]:
    name = context.profile.short_name.strip() or context.profile.name.strip()
    for field in context.prose():
        found = list(dict.fromkeys(word for word in words(field.text) if _we(word)))
        if found:
            listed = ", ".join(f"“{word}”" for word in found[:3])
            if name:
                message = _(
                    "{words}: bülten üçüncü kişiyle yazılır. Tırnak dışında “biz” ve “-imiz” "
                    "yerine kurumun adını kullanın (örn. “{name}”)."
                ).format(words=listed, name=name)
            else:
                message = _(
                    "{words}: bülten üçüncü kişiyle yazılır. Tırnak dışında “biz” ve “-imiz” "
                    "yerine kurumun adını kullanın."
                ).format(words=listed)
            yield uyari(
                message,
                *field.field,
            )


def _hype_in(text: str, folded: str) -> list[str]:
    typed = words(text)
    tokens = words(folded)  # one fold for the whole text: folding word by word is slow
    if len(tokens) != len(typed):
        typed = tokens
    # Where each word stands, so an entry is looked up, not slid over the whole text.
    positions: dict[str, list[int]] = {}
    for index, token in enumerate(tokens):
        positions.setdefault(token, []).append(index)
    found = []
    for entry in folded_list("hype"):
        parts = entry.split()
        last = len(parts) - 1
        if last == 0:  # one word, matched as a prefix (muhteşem → muhteşemdi)
            starts = [
                places[0] for token, places in positions.items() if token.startswith(parts[0])
            ]
        else:
            starts = positions.get(parts[0], [])
        for start in sorted(starts):
            window = tokens[start : start + len(parts)]
            if (
                len(window) == len(parts)
                and window[:last] == parts[:last]
                and window[last].startswith(parts[last])
            ):
                found.append(" ".join(typed[start : start + len(parts)]))
                break
    return found


@rule("abarti", N_("Övgü sözcükleri yok (muhteşem, eşsiz, dünyada bir ilk …)"))
def hype(context: Context) -> Iterator[Flag]:
    for field in context.prose():
        found = _hype_in(field.text, context.fold(field.text))
        if found:
            listed = ", ".join(f"“{word}”" for word in found[:3])
            yield uyari(
                _(
                    "{words}: editörler övgü sözcüklerini siler, okur övgüye değil olguya "
                    "inanır. Yerine ölçülebilir bir bilgi yazın (sayı, kapasite, tarih)."
                ).format(words=listed),
                *field.field,
            )


@rule("gecmis-zaman", N_("Metin cümleleri geçmiş zamanda"))
def past_tense(context: Context) -> Iterator[Flag]:
    release = context.release
    typed: list[tuple[FieldPath, str]] = [(("lead",), release.lead)]
    typed += [(("sections", i, "body"), s.body) for i, s in enumerate(release.sections)]
    for field, text in typed:
        odd = []
        for sentence in sentences(outside_quotes(text)):
            last = words(sentence)[-1]
            if _NOT_PAST.search(lower(last)):
                odd.append(last)
        if odd:
            listed = ", ".join(f"“…{word}”" for word in dict.fromkeys(odd[:3]))
            yield oneri(
                ngettext(
                    "{count} cümle geçmiş zamanda değil ({words}). Olmuş bir etkinlik "
                    "“-di/-dı” ile anlatılır; gelecek bir plansa kimin açıkladığını belirtin.",
                    "{count} cümle geçmiş zamanda değil ({words}). Olmuş bir etkinlik "
                    "“-di/-dı” ile anlatılır; gelecek bir plansa kimin açıkladığını belirtin.",
                    len(odd),
                ).format(count=len(odd), words=listed),
                *field,
            )


@rule("tekrar-sozcuk", N_("Aynı sözcük art arda iki kez yazılmamış"))
def repeated(context: Context) -> Iterator[Flag]:
    allowed = set(folded_list("reduplications"))
    for field in context.fields:
        previous: re.Match[str] | None = None
        for match in WORD.finditer(field.text):
            if (
                previous is not None
                and lower(previous.group(0)) == lower(match.group(0))
                and not field.text[previous.end() : match.start()].strip()
                and fold(match.group(0)) not in allowed
            ):
                yield uyari(
                    _("“{first} {second}”: aynı sözcük iki kez yazılmış.").format(
                        first=previous.group(0), second=match.group(0)
                    ),
                    *field.field,
                )
                break
            previous = match


@rule("cift-bosluk", N_("Çift boşluk yok"))
def double_spaces(context: Context) -> Iterator[Flag]:
    for field in context.fields:
        if _DOUBLE_SPACE.search(field.text):
            yield oneri(
                _(
                    "Sözcükler arasında çift boşluk var; çıktıda teke indirilir, alandaki "
                    "metni de düzeltin ki kopyalanan metin temiz olsun."
                ),
                *field.field,
            )


@rule("duz-tirnak", N_("Tırnak ve kesme işaretleri tipografik"))
def straight_marks(context: Context) -> Iterator[Flag]:
    straight_apostrophe = context.profile.style.apostrophe != "'"
    for field in context.fields:
        quotes = '"' in field.text
        apostrophes = straight_apostrophe and "'" in field.text
        if quotes and apostrophes:
            message = _STRAIGHT_BOTH
        elif quotes:
            message = _STRAIGHT_QUOTES
        elif apostrophes:
            message = _STRAIGHT_APOSTROPHES
        else:
            continue
        yield oneri(_(message), *field.field)
