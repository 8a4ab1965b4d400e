"""Structure rules: what every release needs before a newsroom reads it.

A headline of at most 100 characters, a spot of one to four sentences, a
lead that says who, where and when, a dateline, at least three body
paragraphs, 300–800 words, a reachable press contact and a short
"Hakkında" text. These read the composed Document (what is printed),
except where the fix is a field the officer fills (the contact).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from osbpress.checks.context import Context
from osbpress.checks.registry import Flag, hata, oneri, rule, uyari
from osbpress.checks.text import sentences, words
from osbpress.cleaning import safe_href
from osbpress.turkish import fold

HEADLINE_MAX = 100
SPOT_SENTENCES = (1, 4)
BODY_PARAGRAPHS = 3
WORDS = (300, 800)
ABOUT_WORDS = 100

_MONTHS = "ocak|subat|mart|nisan|mayis|haziran|temmuz|agustos|eylul|ekim|kasim|aralik"
_DAYS = "pazartesi|sali|carsamba|persembe|cuma|cumartesi|pazar"
_WHEN = re.compile(
    rf"\b(?:\d{{1,2}} (?:{_MONTHS})|{_DAYS}|bugun|dun|yarin|bu hafta|gecen hafta|bu sabah)\b"
)
# Separators between two numbers typed in one phone field.
_PHONE_SPLIT = re.compile(r"\s*(?:/|,|;|\bveya\b|\bya da\b)\s*")
_EXTENSION = re.compile(r"(?:dahili|dah\.|ext\.?|\bx)\s*\d+\s*$", re.IGNORECASE)


@rule("bulten-olusturma", "Bülten metni oluşturulabiliyor")
def composes(context: Context) -> Iterator[Flag]:
    error = context.compose_error
    if error is not None:
        yield hata(f"Bülten metni oluşturulamıyor: {error}", *error.field)


@rule("baslik", "Başlık var ve en çok 100 karakter")
def headline(context: Context) -> Iterator[Flag]:
    document = context.document
    if document is None:
        return
    text = document.headline.strip()
    if not text:
        yield hata("Başlık yok: Yayın sayfasında bir başlık yazın.", "headline")
    elif len(text) > HEADLINE_MAX:
        yield uyari(
            f"Başlık {len(text)} karakter; en çok {HEADLINE_MAX} olmalı. Haberin özünü "
            "söyleyen kısa bir başlık yazın, ayrıntıyı spota bırakın.",
            "headline",
        )


@rule("spot", "Spot bir ile dört cümle arası")
def spot(context: Context) -> Iterator[Flag]:
    document = context.document
    if document is None:
        return
    count = len(sentences(document.spot))
    low, high = SPOT_SENTENCES
    if count < low:
        yield uyari("Spot yok: başlığın altına haberi bir iki cümleyle özetleyin.", "spot")
    elif count > high:
        yield uyari(
            f"Spot {count} cümle; en çok {high} cümle olmalı. Ayrıntıları giriş paragrafına taşıyın.",
            "spot",
        )


def _mentions(haystack: str, needles: list[str]) -> bool:
    return any(needle and fold(needle) in haystack for needle in needles)


@rule("giris-sorular", "Giriş paragrafı kim, nerede, ne zaman sorularını yanıtlıyor")
def lead_answers(context: Context) -> Iterator[Flag]:
    if context.document is None or not context.lead_text.strip():
        return
    lead = fold(context.lead_text)
    release, event, profile = context.release, context.release.event, context.profile
    people = [p.name.strip() for p in release.participants]
    people += [p.name.split()[-1] for p in release.participants if p.name.split()]
    people += [event.host.name, event.host.short_name, event.guest.name, event.guest.short_name]
    people += [profile.name, profile.short_name]
    places = [event.place.strip(), event.city.strip(), release.dateline_city.strip(), profile.city]
    missing = []
    if any(p.strip() for p in people) and not _mentions(lead, people):
        missing.append("kim (katılımcı ya da kurum adı)")
    if any(p.strip() for p in places) and not _mentions(lead, places):
        missing.append("nerede (yer ya da şehir)")
    # An event on the release's own day is dated by the dateline.
    dated = event.when is not None and event.when.date() == release.release_date
    if not dated and not _WHEN.search(lead):
        missing.append("ne zaman (tarih ya da gün)")
    if missing:
        yield uyari(
            "Giriş paragrafı haberin temel sorularını yanıtlamalı; eksik: "
            + ", ".join(missing)
            + ".",
            "lead",
        )


@rule("tarih-satiri", "Tarih satırında şehir var")
def dateline(context: Context) -> Iterator[Flag]:
    if not (context.release.dateline_city.strip() or context.profile.city.strip()):
        yield uyari(
            "Tarih satırında şehir yok: bültenin çıktığı şehri yazın (örn. “Kahramanmaraş”).",
            "dateline_city",
        )


@rule("govde-paragraf", "Metin en az üç paragraf")
def body_paragraphs(context: Context) -> Iterator[Flag]:
    document = context.document
    if document is None:
        return
    count = sum(1 for text in context.body_texts if len(words(text)) > 3)
    if count < BODY_PARAGRAPHS:
        yield uyari(
            f"Metin {count} paragraf; en az {BODY_PARAGRAPHS} paragraf olmalı. Bölümler "
            "sayfasında etkinliği, konuşulanları ve sonucu ayrı paragraflarda anlatın.",
            "sections",
        )


@rule("uzunluk", "Bülten 300–800 sözcük")
def length(context: Context) -> Iterator[Flag]:
    document = context.document
    if document is None:
        return
    count = len(words(document.spot)) + sum(len(words(text)) for text in context.body_texts)
    low, high = WORDS
    if count < low:
        yield oneri(
            f"Bülten {count} sözcük; gazeteler {low}–{high} sözcüklük bültenleri haberleştirmeye "
            "daha yatkındır. Etkinliğin sonucunu ya da bir alıntı daha eklemeyi düşünün.",
            "sections",
        )
    elif count > high:
        yield uyari(
            f"Bülten {count} sözcük; en çok {high} sözcük olmalı. Editör uzun metni kısaltırken "
            "önemli olanı da atabilir: ayrıntıları çıkarın.",
            "sections",
        )


@rule("iletisim-eksik", "Basın iletişimi tam: ad, telefon, e-posta")
def contact_complete(context: Context) -> Iterator[Flag]:
    contact = context.contact
    if contact.is_empty():
        yield hata(
            "Basın iletişim bilgisi yok: gazeteci soru sormak için kime ulaşacağını bilmeli. "
            "Yayın sayfasında ad, telefon ve e-posta girin.",
            "contact",
            "name",
        )
        return
    if not contact.phone.strip() and not contact.email.strip():
        yield hata(
            "Basın iletişiminde telefon da e-posta da yok: en az birini, tercihen ikisini girin.",
            "contact",
            "phone",
        )
        return
    labels = {"name": "ad", "phone": "telefon", "email": "e-posta"}
    for name, label in labels.items():
        if not getattr(contact, name).strip():
            yield uyari(f"Basın iletişiminde {label} eksik.", "contact", name)


def turkish_phone(text: str) -> bool:
    """Whether every number in ``text`` is a Turkish phone number (landline, mobile, 0850, 444)."""
    numbers = [part for part in _PHONE_SPLIT.split(text.strip()) if part.strip()]
    if not numbers:
        return False
    for number in numbers:
        digits = re.sub(r"\D", "", _EXTENSION.sub("", number))
        if len(digits) == 7 and digits.startswith("444"):
            continue
        if digits.startswith("90") and len(digits) == 12:
            digits = digits[2:]
        if len(digits) == 10 and not digits.startswith("0"):
            digits = "0" + digits
        if not (len(digits) == 11 and digits[0] == "0" and digits[1] in "23458"):
            return False
    return True


@rule("iletisim-telefon", "Telefon numarası Türkiye biçiminde")
def contact_phone(context: Context) -> Iterator[Flag]:
    phone = context.contact.phone.strip()
    if phone and not turkish_phone(phone):
        yield uyari(
            f"Telefon numarası (“{phone}”) okunamıyor: alan koduyla yazın, örn. "
            "0 (344) 123 45 67 ya da cep için 0 (532) 123 45 67.",
            "contact",
            "phone",
        )


@rule("iletisim-eposta", "E-posta adresi geçerli")
def contact_email(context: Context) -> Iterator[Flag]:
    email = context.contact.email.strip()
    if email and safe_href(f"mailto:{email}") is None:
        yield hata(
            f"E-posta adresi (“{email}”) geçerli değil: ad@kurum.org.tr biçiminde yazın.",
            "contact",
            "email",
        )


@rule("hakkinda", "“Hakkında” metni var ve en çok 100 sözcük")
def about(context: Context) -> Iterator[Flag]:
    text = context.profile.about.strip()
    if not text:
        yield uyari(
            "“Hakkında” metni yok: kurum profiline kurumu iki üç cümleyle tanıtan bir metin "
            "ekleyin; gazeteci kurumu oradan tanır.",
            "profile",
            "about",
        )
    elif (count := len(words(text))) > ABOUT_WORDS:
        yield uyari(
            f"“Hakkında” metni {count} sözcük; en çok {ABOUT_WORDS} sözcük olmalı. "
            "Kurum profilinde kısaltın.",
            "profile",
            "about",
        )
