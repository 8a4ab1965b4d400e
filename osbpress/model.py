"""The release model: what the officer typed, as plain validated data.

A ``Release`` holds the facts of one press release and nothing derived; the
``Profile`` holds the organisation that issues it. Both are pydantic models,
carry a ``schema_version`` when saved, and load from untrusted JSON through
:func:`load_release` / :func:`load_profile`, which turn validation failures
into a Turkish message naming the field (see ``osbpress.validation``).
"""

from __future__ import annotations

import datetime as dt
import os
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field
from pydantic_core import PydanticCustomError

from osbpress.cleaning import replace_surrogates
from osbpress.i18n import N_

SCHEMA_VERSION = 3


# Lone surrogates cannot be saved as UTF-8 nor shown by any output.
Text = Annotated[str, AfterValidator(replace_surrogates)]


def _no_nul(value: str) -> str:
    # No file system takes a NUL in a name; refused here, it is named as a field.
    if "\x00" in value:
        raise PydanticCustomError("nul_in_path", "a path cannot contain NUL")
    return value


FileRef = Annotated[str, AfterValidator(_no_nul)]
"""A file path or ``sha256:`` reference (a photo, the logo)."""


def _new_id() -> str:
    # 48 random bits, as the first twelve hex digits of a uuid4 (without importing uuid,
    # which loads the platform module at start-up).
    return os.urandom(6).hex()


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Side(StrEnum):
    HOST = "host"
    GUEST = "guest"
    OTHER = "other"


class Organisation(_Model):
    name: Text = Field("", title=N_("Ad"))
    short_name: Text = Field("", title=N_("Kısa ad"), description=N_("Örn. OSB, JICA, TÜBİTAK"))
    reading: Text = Field(
        "", title=N_("Okunuş"), description=N_("Kısa adın ekler için okunuşu, örn. TOBB → tob")
    )
    country: Text = Field("", title=N_("Ülke"))


class Participant(_Model):
    id: str = Field(default_factory=_new_id, title=N_("Kimlik"))
    name: Text = Field("", title=N_("Ad soyad"))
    title: Text = Field("", title=N_("Unvan"))
    organisation: Text = Field("", title=N_("Kurum"))
    side: Side = Field(Side.OTHER, title=N_("Taraf"))
    reading: Text = Field(
        "", title=N_("Okunuş"), description=N_("Yabancı adlar için, örn. Michael → maykıl")
    )
    signatory: bool = Field(
        False, title=N_("İmzacı"), description=N_("Protokolü ya da sözleşmeyi imzalayan kişi")
    )


class Quote(_Model):
    id: str = Field(default_factory=_new_id, title=N_("Kimlik"))
    speaker: str = Field("", title=N_("Konuşmacı"), description=N_("Katılımcının kimliği"))
    text: Text = Field("", title=N_("Alıntı"))
    lead_in: Text = Field(
        "", title=N_("Giriş"), description=N_("Örn. ziyaretin verimli geçtiğini belirterek")
    )
    verb: Text = Field(
        "dedi",
        title=N_("Fiil"),
        description=N_("Doğrudan alıntıdan sonra: dedi, diye konuştu, ifadelerini kullandı"),
    )
    section: str | None = Field(
        None, title=N_("Bölüm"), description=N_("Alıntının yer aldığı bölüm")
    )
    style: Literal["inline", "block"] | None = Field(None, title=N_("Biçim"))


class Section(_Model):
    id: str = Field(default_factory=_new_id, title=N_("Kimlik"))
    heading: Text = Field("", title=N_("Ara başlık"))
    body: Text = Field("", title=N_("Metin"))


class Photo(_Model):
    id: str = Field(default_factory=_new_id, title=N_("Kimlik"))
    image: FileRef = Field(
        "", title=N_("Görsel"), description=N_("Medya deposundaki özet (sha256:…) ya da dosya yolu")
    )
    caption: Text = Field("", title=N_("Alt yazı"))
    credit: Text = Field("", title=N_("Fotoğraf"))


class Contact(_Model):
    name: Text = Field("", title=N_("Ad soyad"))
    title: Text = Field("", title=N_("Unvan"))
    phone: Text = Field("", title=N_("Telefon"))
    email: Text = Field("", title=N_("E-posta"))

    def is_empty(self) -> bool:
        return not any((self.name, self.title, self.phone, self.email))


class Event(_Model):
    when: dt.datetime | None = Field(None, title=N_("Tarih ve saat"))
    place: Text = Field(
        "", title=N_("Yer"), description=N_("Salon ya da tesis, örn. Toplantı Salonu")
    )
    city: Text = Field(
        "", title=N_("İl/ilçe"), description=N_("Etkinliğin yapıldığı yer; boşsa bülten şehri")
    )
    host: Organisation = Field(default_factory=Organisation, title=N_("Ev sahibi kurum"))
    guest: Organisation = Field(default_factory=Organisation, title=N_("Konuk kurum"))
    purpose: Text = Field("", title=N_("Amaç"), description=N_("Örn. bölge hakkında bilgi almak"))
    agreement: Text = Field(
        "",
        title=N_("Protokolün adı"),
        description=N_("İmzalanan belgenin kendi adı, örn. Dual Eğitim İş Birliği Protokolü"),
    )
    topics: list[Text] = Field(default_factory=list, title=N_("Konular"))


class Release(_Model):
    schema_version: int = Field(SCHEMA_VERSION, title=N_("Şema sürümü"))
    kind: str = Field("ziyaret", title=N_("Bülten türü"))
    headline: Text = Field("", title=N_("Başlık"))
    spot: Text = Field("", title=N_("Spot"))
    lead: Text = Field("", title=N_("Giriş paragrafı"))
    closing: Text = Field("", title=N_("Kapanış"))
    dateline_city: Text = Field("", title=N_("Şehir"))
    release_date: dt.date = Field(default_factory=dt.date.today, title=N_("Bülten tarihi"))
    embargo: dt.datetime | None = Field(None, title=N_("Ambargo"))
    categories: list[Text] = Field(default_factory=list, title=N_("Kategoriler"))
    event: Event = Field(default_factory=Event, title=N_("Etkinlik"))
    participants: list[Participant] = Field(default_factory=list, title=N_("Katılımcılar"))
    manual_order: bool = Field(
        False,
        title=N_("Katılımcı sırası elle"),
        description=N_(
            "Açıksa katılımcılar girildiği sırayla, kapalıysa protokol sırasıyla yazılır"
        ),
    )
    quotes: list[Quote] = Field(default_factory=list, title=N_("Alıntılar"))
    sections: list[Section] = Field(default_factory=list, title=N_("Bölümler"))
    photos: list[Photo] = Field(default_factory=list, title=N_("Fotoğraflar"))
    contact: Contact | None = Field(None, title=N_("Basın iletişim"))
    notes: Text = Field("", title=N_("İç notlar"))

    def participant(self, participant_id: str) -> Participant | None:
        return next((p for p in self.participants if p.id == participant_id), None)


class HouseStyle(_Model):
    apostrophe: Literal["’", "'"] = Field("’", title=N_("Kesme işareti"))
    # TDK's rule is the default for new profiles; profiles saved before schema 3 keep
    # the apostrophe they had (osbpress.validation migrates them).
    institution_apostrophe: bool = Field(
        False,
        title=N_("Kurum adlarında kesme"),
        description=N_(
            "Kapalıysa TDK yazımı: Türk Dil Kurumuna, Trabzon Valiliğine; kısaltmalarda "
            "kesme kalır: OSB’yi"
        ),
    )
    headline_case: Literal["title", "sentence"] = Field("title", title=N_("Başlık yazımı"))
    quote_style: Literal["inline", "block"] = Field("inline", title=N_("Alıntı biçimi"))
    compound_spelling: Literal["iş birliği", "işbirliği"] = Field(
        "iş birliği", title=N_("“İş birliği” yazımı"), description=N_("TDK: iş birliği")
    )


class Profile(_Model):
    schema_version: int = Field(SCHEMA_VERSION, title=N_("Şema sürümü"))
    name: Text = Field("", title=N_("Kurum adı"))
    short_name: Text = Field("", title=N_("Kısa ad"))
    reading: Text = Field("", title=N_("Okunuş"))
    logo: FileRef = Field("", title=N_("Logo"))
    address: Text = Field("", title=N_("Adres"))
    phone: Text = Field("", title=N_("Telefon"))
    email: Text = Field("", title=N_("E-posta"))
    web: Text = Field("", title=N_("Web"))
    about: Text = Field("", title=N_("Hakkında"))
    contact: Contact = Field(default_factory=Contact, title=N_("Varsayılan basın iletişim"))
    city: Text = Field("", title=N_("Şehir"))
    style: HouseStyle = Field(default_factory=HouseStyle, title=N_("Yazım tercihleri"))
    checks_off: list[str] = Field(
        default_factory=list,
        title=N_("Kapalı kontroller"),
        description=N_("Kontrol kurallarının kimlikleri"),
    )
