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
from osbpress.i18n import N_, _
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
_CONTACT_GAPS = {
    "name": N_("Basın iletişiminde ad eksik."),
    "phone": N_("Basın iletişiminde telefon eksik."),
    "email": N_("Basın iletişiminde e-posta eksik."),
}


@rule("bulten-olusturma", N_("Bülten metni oluşturulabiliyor"))
def composes(context: Context) -> Iterator[Flag]:
    error = context.compose_error
    if error is not None:
        yield hata(_("Bülten metni oluşturulamıyor: {error}").format(error=error), *error.field)


@rule("baslik", N_("Başlık var ve en çok 100 karakter"))
def headline(context: Context) -> Iterator[Flag]:
    document = context.document
    if document is None:
        return
    text = document.headline.strip()
    if not text:
        yield hata(_("Başlık yok: Yayın sayfasında bir başlık yazın."), "headline")
    elif len(text) > HEADLINE_MAX:
        yield uyari(
            _(
                "Başlık {count} karakter; en çok {limit} olmalı. Haberin özünü "
                "söyleyen kısa bir başlık yazın, ayrıntıyı spota bırakın."
            ).format(count=len(text), limit=HEADLINE_MAX),
            "headline",
        )


@rule("spot", N_("Spot bir ile dört cümle arası"))
def spot(context: Context) -> Iterator[Flag]:
    document = context.document
    if document is None:
        return
    count = len(sentences(document.spot))
    low, high = SPOT_SENTENCES
    if count < low:
        yield uyari(_("Spot yok: başlığın altına haberi bir iki cümleyle özetleyin."), "spot")
    elif count > high:
        yield uyari(
            _(
                "Spot {count} cümle; en çok {limit} cümle olmalı. "
                "Ayrıntıları giriş paragrafına taşıyın."
            ).format(count=count, limit=high),
            "spot",
        )


def _mentions(haystack: str, needles: list[str]) -> bool:
    return any(needle and fold(needle) in haystack for needle in needles)


@rule("giris-sorular", N_("Giriş paragrafı kim, nerede, ne zaman sorularını yanıtlıyor"))
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
        missing.append(_("kim (katılımcı ya da kurum adı)"))
    if any(p.strip() for p in places) and not _mentions(lead, places):
        missing.append(_("nerede (yer ya da şehir)"))
    # An event on the release's own day is dated by the dateline.
    dated = event.when is not None and event.when.date() == release.release_date
    if not dated and not _WHEN.search(lead):
        missing.append(_("ne zaman (tarih ya da gün)"))
    if missing:
        yield uyari(
            _("Giriş paragrafı haberin temel sorularını yanıtlamalı; eksik: {missing}.").format(
                missing=", ".join(missing)
            ),
            "lead",
        )


@rule("tarih-satiri", N_("Tarih satırında şehir var"))
def dateline(context: Context) -> Iterator[Flag]:
    if not (context.release.dateline_city.strip() or context.profile.city.strip()):
        yield uyari(
            _("Tarih satırında şehir yok: bültenin çıktığı şehri yazın (örn. “Kahramanmaraş”)."),
            "dateline_city",
        )


@rule("govde-paragraf", N_("Metin en az üç paragraf"))
def body_paragraphs(context: Context) -> Iterator[Flag]:
    document = context.document
    if document is None:
        return
    count = sum(1 for text in context.body_texts if len(words(text)) > 3)
    if count < BODY_PARAGRAPHS:
        yield uyari(
            _(
                "Metin {count} paragraf; en az {least} paragraf olmalı. Bölümler "
                "sayfasında etkinliği, konuşulanları ve sonucu ayrı paragraflarda anlatın."
            ).format(count=count, least=BODY_PARAGRAPHS),
            "sections",
        )


@rule("uzunluk", N_("Bülten 300–800 sözcük"))
def length(context: Context) -> Iterator[Flag]:
    document = context.document
    if document is None:
        return
    count = len(words(document.spot)) + sum(len(words(text)) for text in context.body_texts)
    low, high = WORDS
    if count < low:
        yield oneri(
            _(
                "Bülten {count} sözcük; gazeteler {low}–{high} sözcüklük bültenleri "
                "haberleştirmeye daha yatkındır. Etkinliğin sonucunu ya da bir alıntı daha "
                "eklemeyi düşünün."
            ).format(count=count, low=low, high=high),
            "sections",
        )
    elif count > high:
        yield uyari(
            _(
                "Bülten {count} sözcük; en çok {limit} sözcük olmalı. Editör uzun metni "
                "kısaltırken önemli olanı da atabilir: ayrıntıları çıkarın."
            ).format(count=count, limit=high),
            "sections",
        )


@rule("iletisim-eksik", N_("Basın iletişimi tam: ad, telefon, e-posta"))
def contact_complete(context: Context) -> Iterator[Flag]:
    contact = context.contact
    if contact.is_empty():
        yield hata(
            _(
                "Basın iletişim bilgisi yok: gazeteci soru sormak için kime ulaşacağını bilmeli. "
                "Yayın sayfasında ad, telefon ve e-posta girin."
            ),
            "contact",
            "name",
        )
        return
    if not contact.phone.strip() and not contact.email.strip():
        yield hata(
            _(
                "Basın iletişiminde telefon da e-posta da yok: en az birini, tercihen ikisini girin."
            ),
            "contact",
            "phone",
        )
        return
    for name, message in _CONTACT_GAPS.items():
        if not getattr(contact, name).strip():
            yield uyari(_(message), "contact", name)


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


@rule("iletisim-telefon", N_("Telefon numarası Türkiye biçiminde"))
def contact_phone(context: Context) -> Iterator[Flag]:
    phone = context.contact.phone.strip()
    if phone and not turkish_phone(phone):
        yield uyari(
            _(
                "Telefon numarası (“{phone}”) okunamıyor: alan koduyla yazın, örn. "
                "0 (344) 123 45 67 ya da cep için 0 (532) 123 45 67."
            ).format(phone=phone),
            "contact",
            "phone",
        )


@rule("iletisim-eposta", N_("E-posta adresi geçerli"))
def contact_email(context: Context) -> Iterator[Flag]:
    email = context.contact.email.strip()
    if email and safe_href(f"mailto:{email}") is None:
        yield hata(
            _("E-posta adresi (“{email}”) geçerli değil: ad@kurum.org.tr biçiminde yazın.").format(
                email=email
            ),
            "contact",
            "email",
        )


@rule("hakkinda", N_("“Hakkında” metni var ve en çok 100 sözcük"))
def about(context: Context) -> Iterator[Flag]:
    text = context.profile.about.strip()
    if not text:
        yield uyari(
            _(
                "“Hakkında” metni yok: kurum profiline kurumu iki üç cümleyle tanıtan bir metin "
                "ekleyin; gazeteci kurumu oradan tanır."
            ),
            "profile",
            "about",
        )
    elif (count := len(words(text))) > ABOUT_WORDS:
        yield uyari(
            _(
                "“Hakkında” metni {count} sözcük; en çok {limit} sözcük olmalı. "
                "Kurum profilinde kısaltın."
            ).format(count=count, limit=ABOUT_WORDS),
            "profile",
            "about",
        )
