"""Quote rules: who said it, how the sentence after the quote goes on, balanced marks.

Every quote needs a speaker among the participants, and that speaker a
title; the verb after a direct quote must be one that can follow it ("…”
dedi.", not "…” belirtti."); a quote inside a quote takes ‘ ’; and no field
leaves a “ or ( open.
"""

from __future__ import annotations

from collections.abc import Iterator

from osbpress.checks.context import Context
from osbpress.checks.registry import Flag, hata, rule, uyari
from osbpress.checks.text import folded_list
from osbpress.i18n import N_, _
from osbpress.turkish import fold, normalize

_PAIRS = {"“": "”", "(": ")"}
_CLOSERS = {closer: opener for opener, closer in _PAIRS.items()}
_UNBALANCED = {
    "“": N_("Açılan tırnak (“) kapanmamış: kapanış tırnağını (”) ekleyin ya da fazlasını silin."),
    "”": N_(
        "Kapanış tırnağının (”) açılışı (“) yok: açılış tırnağını ekleyin ya da fazlasını silin."
    ),
    "(": N_("Açılan ayraç kapanmamış: “)” ekleyin ya da fazla “(” işaretini silin."),
    ")": N_("Kapanan ayracın açılışı yok: “(” ekleyin ya da fazla “)” işaretini silin."),
}


@rule("alinti-konusmaci", N_("Her alıntının konuşmacısı belli"))
def speaker(context: Context) -> Iterator[Flag]:
    release = context.release
    for index, quote in enumerate(release.quotes):
        if not quote.text.strip():
            continue
        if release.participant(quote.speaker) is None:
            yield hata(
                _(
                    "{number}. alıntının konuşmacısı yok: kimin söylediği belli olmayan söz "
                    "haber olmaz. Alıntılar sayfasında konuşmacıyı seçin."
                ).format(number=index + 1),
                "quotes",
                index,
                "speaker",
            )


@rule("alinti-unvan", N_("Alıntı yapılan kişinin unvanı var"))
def speaker_title(context: Context) -> Iterator[Flag]:
    release = context.release
    speakers = {quote.speaker for quote in release.quotes if quote.text.strip()}
    for index, participant in enumerate(release.participants):
        if participant.id in speakers and not participant.title.strip():
            name = participant.name.strip()
            if name:
                message = _(
                    "{name} için unvan yazılmamış: sözü aktarılan kişi ilk anıldığında "
                    "unvanıyla yazılır (örn. “OSB Müdürü Hasan Köse”)."
                ).format(name=name)
            else:
                message = _(
                    "{number}. katılımcının unvanı yok: sözü aktarılan kişi ilk anıldığında "
                    "unvanıyla yazılır (örn. “OSB Müdürü Hasan Köse”)."
                ).format(number=index + 1)
            yield uyari(
                message,
                "participants",
                index,
                "title",
            )


def follows_direct_quote(verb: str) -> bool | None:
    """True if ``verb`` may follow a direct quote, False if it may not, None if unknown."""
    folded = " ".join(fold(verb).split())
    if not folded:
        return True  # compose writes "dedi"
    if any(folded.startswith(good) for good in folded_list("quote_verbs")):
        return True
    if any(folded.startswith(bad) for bad in folded_list("indirect_verbs")):
        return False
    return None


@rule("alinti-fiil", N_("Doğrudan alıntıdan sonra uygun fiil"))
def verb(context: Context) -> Iterator[Flag]:
    for index, quote in enumerate(context.release.quotes):
        if not quote.text.strip() or (quote.style or context.profile.style.quote_style) == "block":
            continue
        if follows_direct_quote(quote.verb) is False:
            typed = " ".join(quote.verb.split())
            yield uyari(
                _(
                    "Doğrudan alıntıdan sonra “{verb}” gelmez: “dedi”, “diye {verb}” ya da "
                    "“ifadelerini kullandı” yazın."
                ).format(verb=typed),
                "quotes",
                index,
                "verb",
            )


@rule("alinti-isaret", N_("Alıntı içindeki alıntı tek tırnakta"))
def nested_marks(context: Context) -> Iterator[Flag]:
    for index, quote in enumerate(context.release.quotes):
        text = normalize(quote.text.strip())
        if text.startswith("“") and text.endswith("”"):
            text = text[1:-1]
        if "“" in text or "”" in text or "«" in text or "»" in text:
            yield uyari(
                _(
                    "{number}. alıntının içinde çift tırnak var: alıntı içindeki alıntıyı "
                    "tek tırnakla yazın (‘…’)."
                ).format(number=index + 1),
                "quotes",
                index,
                "text",
            )


def unbalanced(text: str) -> str | None:
    """The first “ ” ( ) mark in ``text`` left without its partner, or None."""
    stack: list[str] = []
    for line in normalize(text).splitlines():
        for position, char in enumerate(line):
            if char in _PAIRS:
                stack.append(char)
            elif char in _CLOSERS:
                if char == ")" and _list_marker(line, position):
                    continue
                if not stack or stack[-1] != _CLOSERS[char]:
                    return char
                stack.pop()
    return stack[0] if stack else None


def _list_marker(line: str, position: int) -> bool:
    """A ")" closing a list number at the line start ("1) …", "a) …")."""
    head = line[:position].strip()
    return 0 < len(head) <= 3 and head.isalnum() and not line[:position].startswith("(")


@rule("isaret-denge", N_("Tırnak ve ayraçlar eşli"))
def balanced(context: Context) -> Iterator[Flag]:
    for field in context.fields:
        mark = unbalanced(field.text)
        if mark is not None:
            yield uyari(_(_UNBALANCED[mark]), *field.field)
