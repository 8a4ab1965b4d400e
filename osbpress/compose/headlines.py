"""Headlines a national reader understands, in at most 100 characters.

A headline template writes its alternatives as paragraphs, the fullest
first; ``pick`` takes the first that fits in ``HEADLINE_MAX`` characters
(shortening the purpose, never cutting a word), else the shortest. Names in a
headline are national: a local abbreviation ("İAOSB", "GAÜN") is replaced by
the organisation's short name with its city ("İzmir Atatürk OSB") or its
name; a person is named with organisation and title ("Kahramanmaraş Valisi
Karaca’dan …", "OSBÜK Başkanı Kütükcü’den …"), never by a bare title
("Başkan Kütükcü’den": which Başkan?).
"""

from __future__ import annotations

import re

from osbpress.compose.people import possessed_title
from osbpress.turkish import fold, lower, upper
from osbpress.turkish.lexicon import word_set

HEADLINE_MAX = 100
"""The checklist's limit too (``osbpress.checks.structure``)."""

# Abbreviations a reader of a national daily knows without the name beside them.
_KNOWN = word_set(
    "OSB OSBÜK TOBB TÜBİTAK KOSGEB İŞKUR TBMM AB BM ABD TSE TİM THY TCDD TOKİ DSİ SGK MEB "
    "YÖK TÜİK AFAD İSO İTO ASO MÜSİAD TÜSİAD TESK DEİK KGF BOTAŞ TEİAŞ ASELSAN TUSAŞ "
    "ROKETSAN TRT JICA GIZ UNIDO UNDP UNICEF EBRD OECD NATO IMF ILO FAO WHO DTÖ TİKA"
)
_OSB = re.compile(r"\bOrganize Sanayi Bölgesi\b")
_OFFICES = ("Valiliği", "Kaymakamlığı")
# Titles that ask for their owner in a headline ("Vali" → "Kahramanmaraş Valisi").
_OWNED = {
    "vali": "Valisi",
    "kaymakam": "Kaymakamı",
    "başkan": "Başkanı",
    "rektör": "Rektörü",
    "dekan": "Dekanı",
    "müdür": "Müdürü",
    "genel müdür": "Genel Müdürü",
    "genel sekreter": "Genel Sekreteri",
}
_BOARD_CHAIR = "yönetim kurulu başkanı"
# Offices whose title names its own place ("Kayseri Valisi", "Çiğli Kaymakamı").
_OWN_PLACE = ("valisi", "kaymakamı", "belediye başkanı", "milletvekili", "bakanı", "büyükelçisi")


def pick(alternatives: list[str]) -> str:
    """The first alternative of at most ``HEADLINE_MAX`` characters, else the shortest."""
    candidates = [text for text in alternatives if text.strip()]
    if not candidates:
        return ""
    fitting = [text for text in candidates if len(text) <= HEADLINE_MAX]
    return fitting[0] if fitting else min(candidates, key=len)


def local_abbreviation(short: str) -> bool:
    """A one-word abbreviation a national reader would not know ("GGOSB", "KSÜ")."""
    words = short.split()
    return (
        len(words) == 1
        and len(short) > 1
        and short == upper(short)
        and any(c.isalpha() for c in short)
        and short not in _KNOWN
    )


def national(full: str, short: str) -> str:
    """The name a headline uses: the short one unless it is a local abbreviation."""
    if not local_abbreviation(short) or not full.strip():
        return short or full
    return _OSB.sub("OSB", full)


def _office_city(organisation: str) -> str:
    words = organisation.split()
    if len(words) > 1 and words[-1] in _OFFICES:
        return " ".join(words[:-1])
    return ""


def titled(title: str, organisation: str, org_national: str) -> str:
    """The title a headline puts before a surname, with its organisation ("OSBÜK Başkanı")."""
    title = " ".join(title.split())
    key = lower(title)
    if key.endswith(_BOARD_CHAIR):
        # "Yönetim Kurulu Başkanı" is the chair: a headline says "Başkanı".
        title = (title[: -len(_BOARD_CHAIR)] + "Başkanı").strip()
        key = lower(title)
    owner = _office_city(organisation) or org_national
    if len(key.split()) > 1 and key.endswith(_OWN_PLACE):
        return title
    if key in _OWNED or key == "başkanı":
        # Without an owner the title is bare ("Başkan Demir’den": which Başkan?).
        return f"{owner} {_OWNED.get(key, title)}" if owner else ""
    needs_owner = bool(organisation) and possessed_title(title, organisation) is not None
    if needs_owner and owner and fold(owner) not in fold(title):
        return f"{owner} {title}"
    return title
