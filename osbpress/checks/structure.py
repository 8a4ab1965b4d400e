"""Structure rules: what every release needs before a newsroom reads it.

A headline of at most 100 characters, a spot of one to four sentences, a
spot and lead that say who, where and when, a dateline, at least three body
paragraphs, 300–800 words, a reachable press contact and a short
"Hakkında" text. These read the composed Document (what is printed),
except where the fix is a field the officer fills (the contact). A rule
compose cannot meet from the facts it has (no headline without a host, no
spot without anything to say) names the missing fact, at its field, instead
of the text compose wrote.
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


def _composed(context: Context, field: str) -> bool:
    """Whether compose writes ``field`` (the officer left it empty and the kind has no
    field of that name for the officer to fill: "genel" asks for its headline)."""
    release = context.release
    return not getattr(release, field).strip() and field not in context.kind_fields


def _host_field(context: Context) -> tuple[str, ...]:
    host = context.release.event.host
    return ("event", "host", "name" if not host.name.strip() else "short_name")


@rule("baslik", N_("Başlık var ve en çok 100 karakter"))
def headline(context: Context) -> Iterator[Flag]:
    document = context.document
    if document is None:
        return
    text = document.headline.strip()
    composed = _composed(context, "headline")
    if not text and composed:
        # Nothing to write a headline from: the missing fact is the host.
        yield hata(
            _("Başlık yazılamadı: ev sahibi kurumun adını yazın ya da başlığı kendiniz yazın."),
            *_host_field(context),
        )
    elif not text:
        yield hata(_("Başlık yok: Yayın sayfasında bir başlık yazın."), "headline")
    elif len(text) > HEADLINE_MAX:
        field = _host_field(context) if composed else ("headline",)
        yield uyari(
            _(
                "Başlık {count} karakter; en çok {limit} olmalı. Haberin özünü "
                "söyleyen kısa bir başlık yazın, ayrıntıyı spota bırakın."
            ).format(count=len(text), limit=HEADLINE_MAX),
            *field,
        )


@rule("spot", N_("Spot bir ile dört cümle arası"))
def spot(context: Context) -> Iterator[Flag]:
    document = context.document
    if document is None:
        return
    count = len(sentences(document.spot))
    low, high = SPOT_SENTENCES
    if count < low and _composed(context, "spot"):
        # compose writes a spot from any fact it has; with none, the facts are what is missing.
        if "sections" in context.kind_fields:
            yield uyari(
                _(
                    "Spot yazılamadı: ilk bölümü düz bir cümleyle başlatın ya da spotu "
                    "kendiniz yazın."
                ),
                "sections",
            )
        else:
            yield uyari(
                _("Spot yazılamadı: etkinliğin amacını, ev sahibini ve konuğunu yazın."),
                *(
                    ("event", "purpose")
                    if context.release.event.host.name.strip()
                    else _host_field(context)
                ),
            )
    elif count < low:
        yield uyari(_("Spot yok: başlığın altına haberi bir iki cümleyle özetleyin."), "spot")
    elif count > high:
        yield uyari(
            _(
                "Spot {count} cümle; en çok {limit} cümle olmalı. "
                "Ayrıntıları giriş paragrafına taşıyın."
            ).format(count=count, limit=high),
            "spot",
        )


def _places(context: Context) -> tuple[list[str], list[str]]:
    """The places the opening must name (typed away from the dateline's city) and the
    forms that answer "where"."""
    release, event, profile = context.release, context.release.event, context.profile
    asked = [event.place.strip(), *re.split(r"\s*[/\\|]\s*", event.city.strip())]
    home = fold(release.dateline_city or profile.city)
    if home and fold(asked[-1]) == home:
        # The dateline's city and its districts: the dateline has said where.
        asked = [event.place.strip()]
    if not any(field.startswith("event.") for field in context.kind_fields):
        asked = []  # a kind without an event ("genel") asks for no venue
    answers = [*asked, release.dateline_city.strip(), profile.city.strip()]
    for host in (event.host.short_name, event.host.name):
        # "Dilovası OSB Hizmet Binası" said right after the host is "hizmet binasında".
        if host.strip() and fold(event.place).startswith(fold(host) + " "):
            answers.append(event.place.strip()[len(host.strip()) :].strip())
    return asked, answers


def _mentions(haystack: str, needles: list[str]) -> bool:
    return any(needle and fold(needle) in haystack for needle in needles)


@rule("giris-sorular", N_("Giriş paragrafı kim, nerede, ne zaman sorularını yanıtlıyor"))
def lead_answers(context: Context) -> Iterator[Flag]:
    """The spot and the lead together answer who, where and when (the spot opens the text).

    "Where" is asked only of a place the officer typed (else the dateline's city
    answers it); an event without a date is a missing fact, named at its field.
    """
    release, event = context.release, context.release.event
    if event.when is None and "event.when" in context.kind_fields:
        yield uyari(
            _("Etkinliğin tarihi yok: Etkinlik sayfasında etkinliğin tarihini ve saatini girin."),
            "event",
            "when",
        )
    document = context.document
    if document is None or not (context.lead_text.strip() or document.spot.strip()):
        return
    opening = fold(f"{document.spot} {context.lead_text}")
    profile = context.profile
    people = [p.name.strip() for p in release.participants]
    people += [p.name.split()[-1] for p in release.participants if p.name.split()]
    people += [event.host.name, event.host.short_name, event.guest.name, event.guest.short_name]
    people += [profile.name, profile.short_name]
    typed_places, places = _places(context)
    missing: list[tuple[str, tuple[str, ...]]] = []
    if any(p.strip() for p in people) and not _mentions(opening, people):
        missing.append((_("kim (katılımcı ya da kurum adı)"), ("event", "host", "name")))
    if any(p for p in typed_places) and not _mentions(opening, places):
        missing.append((_("nerede (yer ya da şehir)"), ("event", "place")))
    if (
        # An event on the release's own day is dated by the dateline.
        "event.when" in context.kind_fields
        and event.when is not None
        and event.when.date() != release.release_date
        and not _WHEN.search(opening)
    ):
        missing.append((_("ne zaman (tarih ya da gün)"), ("event", "when")))
    if not missing:
        return
    # A kind whose opening the officer writes in the sections is asked there; an
    # opening compose wrote lacks a fact, asked at the first fact's field.
    own_text = "sections" in context.kind_fields and release.sections and not release.lead
    if own_text:
        field: tuple[str | int, ...] = ("sections", 0, "body")
    elif release.lead.strip() or release.spot.strip():
        field = ("lead",)
    else:
        field = missing[0][1]
    yield uyari(
        _("Giriş paragrafı haberin temel sorularını yanıtlamalı; eksik: {missing}.").format(
            missing=", ".join(text for text, _field in missing)
        ),
        *field,
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
