"""The release model: what the officer typed, as plain validated data.

A ``Release`` holds the facts of one press release and nothing derived; the
``Profile`` holds the organisation that issues it. Both are pydantic models,
carry a ``schema_version`` when saved, and load from untrusted JSON through
:func:`load_release` / :func:`load_profile`, which turn validation failures
into a Turkish message naming the field (see ``osbpress.validation``).
"""

from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field
from pydantic_core import PydanticCustomError

from osbpress.cleaning import replace_surrogates

SCHEMA_VERSION = 2


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
    return uuid.uuid4().hex[:12]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Side(StrEnum):
    HOST = "host"
    GUEST = "guest"
    OTHER = "other"


class Organisation(_Model):
    name: Text = Field("", title="Ad")
    short_name: Text = Field("", title="Kısa ad", description="Örn. OSB, JICA, TÜBİTAK")
    reading: Text = Field(
        "", title="Okunuş", description="Kısa adın ekler için okunuşu, örn. TOBB → tob"
    )
    country: Text = Field("", title="Ülke")


class Participant(_Model):
    id: str = Field(default_factory=_new_id, title="Kimlik")
    name: Text = Field("", title="Ad soyad")
    title: Text = Field("", title="Unvan")
    organisation: Text = Field("", title="Kurum")
    side: Side = Field(Side.OTHER, title="Taraf")
    reading: Text = Field(
        "", title="Okunuş", description="Yabancı adlar için, örn. Michael → maykıl"
    )
    signatory: bool = Field(
        False, title="İmzacı", description="Protokolü ya da sözleşmeyi imzalayan kişi"
    )


class Quote(_Model):
    id: str = Field(default_factory=_new_id, title="Kimlik")
    speaker: str = Field("", title="Konuşmacı", description="Katılımcının kimliği")
    text: Text = Field("", title="Alıntı")
    lead_in: Text = Field(
        "", title="Giriş", description="Örn. ziyaretin verimli geçtiğini belirterek"
    )
    verb: Text = Field(
        "dedi",
        title="Fiil",
        description="Doğrudan alıntıdan sonra: dedi, diye konuştu, ifadelerini kullandı",
    )
    section: str | None = Field(None, title="Bölüm", description="Alıntının yer aldığı bölüm")
    style: Literal["inline", "block"] | None = Field(None, title="Biçim")


class Section(_Model):
    id: str = Field(default_factory=_new_id, title="Kimlik")
    heading: Text = Field("", title="Ara başlık")
    body: Text = Field("", title="Metin")


class Photo(_Model):
    id: str = Field(default_factory=_new_id, title="Kimlik")
    image: FileRef = Field(
        "", title="Görsel", description="Medya deposundaki özet (sha256:…) ya da dosya yolu"
    )
    caption: Text = Field("", title="Alt yazı")
    credit: Text = Field("", title="Fotoğraf")


class Contact(_Model):
    name: Text = Field("", title="Ad soyad")
    title: Text = Field("", title="Unvan")
    phone: Text = Field("", title="Telefon")
    email: Text = Field("", title="E-posta")

    def is_empty(self) -> bool:
        return not any((self.name, self.title, self.phone, self.email))


class Event(_Model):
    when: dt.datetime | None = Field(None, title="Tarih ve saat")
    place: Text = Field("", title="Yer", description="Salon ya da tesis, örn. Toplantı Salonu")
    city: Text = Field(
        "", title="İl/ilçe", description="Etkinliğin yapıldığı yer; boşsa bülten şehri"
    )
    host: Organisation = Field(default_factory=Organisation, title="Ev sahibi kurum")
    guest: Organisation = Field(default_factory=Organisation, title="Konuk kurum")
    purpose: Text = Field("", title="Amaç", description="Örn. bölge hakkında bilgi almak")
    topics: list[Text] = Field(default_factory=list, title="Konular")


class Release(_Model):
    schema_version: int = Field(SCHEMA_VERSION, title="Şema sürümü")
    kind: str = Field("ziyaret", title="Bülten türü")
    headline: Text = Field("", title="Başlık")
    spot: Text = Field("", title="Spot")
    lead: Text = Field("", title="Giriş paragrafı")
    closing: Text = Field("", title="Kapanış")
    dateline_city: Text = Field("", title="Şehir")
    release_date: dt.date = Field(default_factory=dt.date.today, title="Bülten tarihi")
    embargo: dt.datetime | None = Field(None, title="Ambargo")
    categories: list[Text] = Field(default_factory=list, title="Kategoriler")
    event: Event = Field(default_factory=Event, title="Etkinlik")
    participants: list[Participant] = Field(default_factory=list, title="Katılımcılar")
    manual_order: bool = Field(
        False,
        title="Katılımcı sırası elle",
        description="Açıksa katılımcılar girildiği sırayla, kapalıysa protokol sırasıyla yazılır",
    )
    quotes: list[Quote] = Field(default_factory=list, title="Alıntılar")
    sections: list[Section] = Field(default_factory=list, title="Bölümler")
    photos: list[Photo] = Field(default_factory=list, title="Fotoğraflar")
    contact: Contact | None = Field(None, title="Basın iletişim")
    notes: Text = Field("", title="İç notlar")

    def participant(self, participant_id: str) -> Participant | None:
        return next((p for p in self.participants if p.id == participant_id), None)


class HouseStyle(_Model):
    apostrophe: Literal["’", "'"] = Field("’", title="Kesme işareti")
    institution_apostrophe: bool = Field(
        True, title="Kurum adlarında kesme", description="Kapalıysa TDK yazımı: Ajansının"
    )
    headline_case: Literal["title", "sentence"] = Field("title", title="Başlık yazımı")
    quote_style: Literal["inline", "block"] = Field("inline", title="Alıntı biçimi")
    compound_spelling: Literal["iş birliği", "işbirliği"] = Field(
        "iş birliği", title="“İş birliği” yazımı", description="TDK: iş birliği"
    )


class Profile(_Model):
    schema_version: int = Field(SCHEMA_VERSION, title="Şema sürümü")
    name: Text = Field("", title="Kurum adı")
    short_name: Text = Field("", title="Kısa ad")
    reading: Text = Field("", title="Okunuş")
    logo: FileRef = Field("", title="Logo")
    address: Text = Field("", title="Adres")
    phone: Text = Field("", title="Telefon")
    email: Text = Field("", title="E-posta")
    web: Text = Field("", title="Web")
    about: Text = Field("", title="Hakkında")
    contact: Contact = Field(default_factory=Contact, title="Varsayılan basın iletişim")
    city: Text = Field("", title="Şehir")
    style: HouseStyle = Field(default_factory=HouseStyle, title="Yazım tercihleri")
    checks_off: list[str] = Field(
        default_factory=list,
        title="Kapalı kontroller",
        description="Kontrol kurallarının kimlikleri",
    )
