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
from osbpress.resources import template

SENTENCES = ("headline", "spot", "lead", "participants", "closing")
_KIND_NAME = re.compile(r"[a-z0-9_-]{1,40}")


@dataclass(frozen=True)
class Kind:
    id: str
    name: str
    description: str
    fields: tuple[str, ...]
    sections: tuple[str, ...]
    sentences: dict[str, str]


def kind_ids() -> list[str]:
    """The ids of every kind folder under templates/ that has a kind.toml."""
    root = template()
    return sorted(
        p.parent.name for p in root.glob("*/kind.toml") if _KIND_NAME.fullmatch(p.parent.name)
    )


@cache
def load_kind(kind_id: str) -> Kind:
    """The kind ``kind_id``; TemplateError in Turkish if it is unknown or malformed."""
    if not _KIND_NAME.fullmatch(kind_id):
        raise TemplateError(f"bülten türü adı geçersiz: “{kind_id}”")
    folder = template(kind_id)
    toml_path = folder / "kind.toml"
    if not toml_path.is_file():
        known = ", ".join(kind_ids())
        raise TemplateError(f"bilinmeyen bülten türü: “{kind_id}” (bilinenler: {known})")
    try:
        data = tomllib.loads(toml_path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise TemplateError(f"{kind_id}/kind.toml okunamadı: {error}") from None
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
        )
    except KeyError as error:
        raise TemplateError(f"{kind_id}/kind.toml içinde “{error.args[0]}” alanı eksik") from None
