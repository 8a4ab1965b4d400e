"""Release kinds: folders under templates/ holding a kind.toml and sentence templates.

A kind is data, not code: ``templates/<kind>/kind.toml`` gives its name,
description, the fields it needs and its default section headings; the
Jinja2 files beside it (headline, spot, lead, participants, closing) are the
sentences compose suggests. Adding a folder adds a kind.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache

from osbpress.errors import TemplateError
from osbpress.i18n import N_, _
from osbpress.resources import template

SENTENCES = ("headline", "spot", "lead", "participants", "closing")
_KIND_NAME = re.compile(r"[a-z0-9_-]{1,40}")

# The names and descriptions in the bundled kind.toml files, marked for the
# catalog: the kind.toml text stays the Turkish source, and ``kind_label`` /
# ``kind_description`` give it in the interface language. A kind added later
# without an entry here is shown as its kind.toml says.
_BUNDLED_TEXTS = (
    N_("Genel"),
    N_("Serbest biçimli basın bülteni: başlığı, spotu ve metni siz yazarsınız."),
    N_("Protokol / İmza Töreni"),
    N_(
        "İki kurum arasında imzalanan protokol, örneğin iki OSB arasında kardeş OSB protokolü. "
        "“Amaç” alanına protokolün konusunu (örn. kardeş OSB), neyi amaçladığını (örn. "
        "öğrencilerin dual eğitim alması) ya da kendi adını (örn. Ar-Ge İş Birliği Protokolü) "
        "yazın."
    ),
    N_("Toplantı"),
    N_(
        "OSB’de yapılan bir toplantı: yönetim kurulu, istişare ya da bilgilendirme toplantısı. "
        "“Amaç” alanına toplantının konusunu yazın (örn. enerji verimliliği)."
    ),
    N_("Ziyaret"),
    N_(
        "Bir kurumun ya da heyetin OSB’yi ziyareti: konuk kurum, konuklar, ev sahibi "
        "ve ziyaretin amacı."
    ),
)


@dataclass(frozen=True)
class Kind:
    id: str
    name: str
    description: str
    fields: tuple[str, ...]
    sections: tuple[str, ...]
    sentences: dict[str, str]
    quote_intros: tuple[str, ...] = ()
    """How a speaker's first quote is introduced ("Törende konuşan"), by turns."""


def kind_ids() -> list[str]:
    """The ids of every kind folder under templates/ that has a kind.toml."""
    root = template()
    return sorted(
        p.parent.name for p in root.glob("*/kind.toml") if _KIND_NAME.fullmatch(p.parent.name)
    )


def kind_label(kind: Kind) -> str:
    """The kind's name as the interface shows it ("Ziyaret" / "Visit")."""
    return _(kind.name)


def kind_description(kind: Kind) -> str:
    """The kind's description in the interface language."""
    return _(kind.description) if kind.description else ""


@cache
def load_kind(kind_id: str) -> Kind:
    """The kind ``kind_id``; TemplateError in Turkish if it is unknown or malformed."""
    if not _KIND_NAME.fullmatch(kind_id):
        raise TemplateError(_("bülten türü adı geçersiz: “{kind}”").format(kind=kind_id))
    folder = template(kind_id)
    toml_path = folder / "kind.toml"
    if not toml_path.is_file():
        known = ", ".join(kind_ids())
        raise TemplateError(
            _("bilinmeyen bülten türü: “{kind}” (bilinenler: {known})").format(
                kind=kind_id, known=known
            )
        )
    try:
        data = tomllib.loads(toml_path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise TemplateError(
            _("{kind}/kind.toml okunamadı: {reason}").format(kind=kind_id, reason=error)
        ) from None
    sentences = {}
    for name in SENTENCES:
        path = folder / f"{name}.j2"
        sentences[name] = path.read_text(encoding="utf-8") if path.is_file() else ""
    try:
        return Kind(
            id=kind_id,
            name=str(data["name"]),
            description=str(data.get("description", "")),
            fields=tuple(str(f) for f in data.get("fields", [])),
            sections=tuple(str(s) for s in data.get("sections", [])),
            sentences=sentences,
            quote_intros=tuple(str(s) for s in data.get("quote_intros", [])),
        )
    except KeyError as error:
        raise TemplateError(
            _("{kind}/kind.toml içinde “{field}” alanı eksik").format(
                kind=kind_id, field=error.args[0]
            )
        ) from None
