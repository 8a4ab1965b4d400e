"""How people and organisations are named: titles with their organisation, foreign readings.

Small rules compose's facts use: a title such as "Yönetim Kurulu Başkanı"
needs its organisation before it ("Gaziantep OSB Yönetim Kurulu Başkanı"),
one such as "Vali" or "Kahramanmaraş OSB Müdürü" does not; a guest
organisation from abroad reads a Latin I as /i/ ("GIZ’den", "USAID’i").
"""

from __future__ import annotations

import re

from osbpress.turkish import abbreviation_reading, fold, lower, pronounceable
from osbpress.turkish.lexicon import word_set

# Titles that stand alone before a name, without an organisation.
_STANDALONE = word_set(
    "bakan başkan büyükelçi cumhurbaşkanı dekan kaymakam milletvekili müdür profesör rektör vali"
)
# Organisation names that are an office ("Kahramanmaraş Valiliği"): the title says it already.
_OFFICE_ENDINGS = ("lığı", "liği", "luğu", "lüğü")
_HOME = frozenset({"türkiye", "turkiye", "turkey", "tc", "t.c."})


# An institution's name ends in the word its officers' titles begin with:
# "Belediyesi" → "Belediye Başkanı", "Valiliği" → "Valisi", "Odası" → "Oda Başkanı".
_HEADS = {"lığı": "", "liği": "", "luğu": "", "lüğü": ""}


# Heads a title can begin with when it means that very institution ("Belediye
# Başkanı", "OSB Müdürü"); "Bölge Müdürü" of "… Bölgesi" is a title of its own.
_TITLE_HEADS = frozenset({"belediye", "oda", "osb", "borsa"})


def _stem(word: str) -> str:
    """ "Belediyesi" → "Belediye", "Valiliği" → "Vali", "Odası" → "Oda", "OSB" → "OSB"."""
    low = lower(word)
    for ending in _HEADS:
        if low.endswith(ending) and len(low) > len(ending) + 2:
            return word[: -len(ending)]
    if low.endswith(("sı", "si", "su", "sü")) and len(low) > 4:
        return word[:-2]
    return word


def _stemmed(name: str) -> str:
    words = name.split()
    return " ".join([*words[:-1], _stem(words[-1])]) if words else ""


def mentions_org(title: str, short: str, full: str) -> bool:
    """Whether ``title`` names the organisation already, in any form: "Afyonkarahisar
    Belediye Başkanı" names "Afyonkarahisar Belediyesi", "Sivas OSB Müdürü" "Sivas OSB"."""
    folded = fold(title)
    forms = [short, full, *(_stemmed(n) for n in (short, full) if len(n.split()) > 1)]
    return any(form and fold(form) in folded for form in forms)


def with_owner(title: str, short: str, full: str) -> str:
    """``title`` begun with the organisation's own head word, completed with its place:
    "OSB Yönetim Kurulu Başkanı" of "Sivas OSB" → "Sivas OSB Yönetim Kurulu Başkanı",
    "Belediye Başkanı" of "Afyonkarahisar Belediyesi" → "Afyonkarahisar Belediye Başkanı".
    Any other title is returned as it is."""
    words = title.split()
    if not words or mentions_org(title, short, full):
        return title
    for name in (short, full):
        parts = name.split()
        head = fold(_stem(parts[-1])) if parts else ""
        if len(parts) > 1 and head in _TITLE_HEADS and head == fold(words[0]):
            return " ".join([*parts[:-1], title])
    return title


_POSSESSED = {
    "bakan": "Bakanı",
    "başkan": "Başkanı",
    "dekan": "Dekanı",
    "genel müdür": "Genel Müdürü",
    "genel sekreter": "Genel Sekreteri",
    "kaymakam": "Kaymakamı",
    "koordinatör": "Koordinatörü",
    "müdür": "Müdürü",
    "rektör": "Rektörü",
    "temsilci": "Temsilcisi",
    "uzman": "Uzmanı",
    "vali": "Valisi",
}


_UNOWNED = {lower(owned): plain.title() for plain, owned in _POSSESSED.items()}


def unowned_title(title: str) -> str:
    """A possessive title with no owner named ("Genel Sekreteri") in its plain form
    ("Genel Sekreter"): "whose?" has no answer in the sentence."""
    plain = _UNOWNED.get(lower(" ".join(title.split())))
    return plain if plain is not None else title


def possessed_title(title: str, organisation: str) -> str | None:
    """The title to write after ``organisation``, or None when it needs no owner.

    "Yönetim Kurulu Başkanı" asks "whose?" and gets it ("Gaziantep OSB
    Yönetim Kurulu Başkanı"); "Başkan" becomes "OSBÜK Başkanı"; "Vali" of
    "Eskişehir Valiliği" and a title already naming its organisation stay.
    """
    words = lower(title).split()
    if not words or not organisation.strip() or fold(organisation) in fold(title):
        return None
    if lower(organisation).endswith(_OFFICE_ENDINGS):
        return None
    if " ".join(words) in _POSSESSED:
        return _POSSESSED[" ".join(words)]
    last = words[-1]
    # A possessive ending ("Başkanı", "Müdürü", "Üyesi") asks for its owner.
    if last.endswith(("ı", "i", "u", "ü")) and last not in _STANDALONE:
        return title
    return None


_OFFICE_TITLES = {"vali": ("Valiliği", "Valisi"), "kaymakam": ("Kaymakamlığı", "Kaymakamı")}


def office_title(title: str, organisation: str) -> str:
    """ "Vali" of "Eskişehir Valiliği" → "Eskişehir Valisi"; any other title as it is.

    A governor is named with the province ("Eskişehir Valisi Aylin Ekinci"),
    never as a bare "Vali" the reader must place.
    """
    office = _OFFICE_TITLES.get(lower(" ".join(title.split())))
    words = organisation.split()
    if office is None or len(words) < 2 or words[-1] != office[0]:
        return title
    return f"{' '.join(words[:-1])} {office[1]}"


def foreign_reading(short: str, country: str) -> str:
    """The reading of a foreign organisation's short name, or "" to let the rules decide.

    A Latin I in an abbreviation read as a word is /i/ abroad: GIZ → "giz",
    USAID → "usaid". Lexicon readings (JICA → "cayka") and spelled-out
    abbreviations are left alone.
    """
    abroad = bool(country.strip()) and fold(country) not in _HOME
    if not short.strip() or "I" not in short or not (abroad or re.search(r"[QWX]", short)):
        return ""
    token = short.split()[-1]
    if token != token.upper():
        return ""
    as_is = abbreviation_reading(token)
    if as_is != lower(token):
        return ""  # the lexicon knows it, or it is spelled letter by letter
    reading = lower(token.replace("I", "İ"))
    return reading if pronounceable(reading) else ""
