"""Loading untrusted drafts and profiles, with Turkish messages naming the field.

A hand-edited JSON file or a colleague's bundle is validated by pydantic;
its English errors are turned into one Turkish sentence per problem that
names the field by its Turkish title ("Katılımcılar › 2. öğe › Taraf").
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from osbpress.errors import DraftError
from osbpress.media import read_file
from osbpress.model import SCHEMA_VERSION, Profile, Release

M = TypeVar("M", bound=BaseModel)

_MESSAGES = {
    "missing": "eksik",
    "extra_forbidden": "tanınmayan alan",
    "string_type": "metin olmalı",
    "int_type": "tam sayı olmalı",
    "int_parsing": "tam sayı olmalı",
    "bool_type": "doğru/yanlış olmalı",
    "bool_parsing": "doğru/yanlış olmalı",
    "list_type": "liste olmalı",
    "model_type": "nesne (JSON sözlüğü) olmalı",
    "dict_type": "nesne (JSON sözlüğü) olmalı",
    "date_type": "tarih olmalı (YYYY-AA-GG)",
    "date_parsing": "geçerli bir tarih olmalı (YYYY-AA-GG)",
    "date_from_datetime_parsing": "geçerli bir tarih olmalı (YYYY-AA-GG)",
    "date_from_datetime_inexact": "saat içermeyen bir tarih olmalı (YYYY-AA-GG)",
    "datetime_type": "tarih ve saat olmalı (YYYY-AA-GGTSS:DD)",
    "datetime_parsing": "geçerli bir tarih ve saat olmalı (YYYY-AA-GGTSS:DD)",
    "datetime_from_date_parsing": "geçerli bir tarih ve saat olmalı (YYYY-AA-GGTSS:DD)",
    "enum": "izin verilen değerlerden biri olmalı",
    "literal_error": "izin verilen değerlerden biri olmalı",
    "union_tag_invalid": "izin verilen değerlerden biri olmalı",
    "nul_in_path": "dosya yolunda NUL karakteri olamaz",
}


def _field_path(model: type[BaseModel], loc: Sequence[int | str]) -> str:
    names: list[str] = []
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            names.append(f"{part + 1}. öğe")
            continue
        fields = getattr(current, "model_fields", None)
        info = fields.get(part) if fields else None
        if info is None:
            names.append(str(part))
            current = None
            continue
        names.append(f"{info.title or part}")
        current = _inner_model(info.annotation)
    return " › ".join(names) or "belge"


def _inner_model(annotation: Any) -> Any:
    """The pydantic model inside ``X``, ``list[X]`` or ``X | None``, if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def describe(error: ValidationError, model: type[BaseModel]) -> str:
    """One Turkish line per problem, e.g. "Etkinlik › Tarih ve saat: … olmalı"."""
    lines = []
    for item in error.errors(include_url=False):
        reason = _MESSAGES.get(item["type"], "geçersiz değer")
        if item["type"] in ("enum", "literal_error") and "expected" in item.get("ctx", {}):
            reason += f" ({str(item['ctx']['expected']).replace(' or ', ' ya da ')})"
        lines.append(f"{_field_path(model, item['loc'])}: {reason}")
    return "; ".join(lines[:10]) + (
        f" (ve {len(lines) - 10} sorun daha)" if len(lines) > 10 else ""
    )


def _check_version(data: object, what: str) -> None:
    if not isinstance(data, dict):
        raise DraftError(f"{what} bir JSON nesnesi değil")
    version = data.get("schema_version", SCHEMA_VERSION)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise DraftError(f"{what}: şema sürümü geçersiz ({version!r})", field=("schema_version",))
    if version > SCHEMA_VERSION:
        raise DraftError(
            f"{what} daha yeni bir OSB Basın sürümüyle yazılmış (şema {version}, "
            f"bu sürüm en çok {SCHEMA_VERSION} okuyabilir); programı güncelleyin"
        )


Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 2 only adds fields with defaults (signatory, event city, manual order,
    compound spelling, checks off): a schema-1 file keeps every value it had."""
    return data


MIGRATIONS: dict[int, Migration] = {1: _v1_to_v2}
"""``MIGRATIONS[n]`` turns the JSON of a schema-``n`` file into schema ``n + 1``.

Bumping ``SCHEMA_VERSION`` in model.py means adding the step from the old
version here, so every draft ever saved still opens. Version 1 is the first.
"""


def _upgrade(data: dict[str, Any], what: str) -> dict[str, Any]:
    version = data.get("schema_version", SCHEMA_VERSION)
    while version < SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise DraftError(f"{what}: şema {version} sürümünden yükseltme yolu yok")
        data = step(dict(data))
        version += 1
        data["schema_version"] = version
    return data


MAX_DRAFT_BYTES = 16 * 1024 * 1024
"""A draft or profile file larger than this is refused before it is read (1.5 MB of text
in every field is under 4 MB of JSON)."""


def parse_json(text: str | bytes, what: str) -> Any:
    """``text`` parsed as JSON; DraftError saying where it is broken or which limit it passes.

    Valid JSON can still pass what Python reads: nesting deeper than the
    interpreter's recursion allows, or an integer longer than
    ``sys.get_int_max_str_digits()`` digits. The message names that limit.
    """
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise DraftError(
            f"{what} okunamadı: geçerli bir JSON değil (satır {error.lineno}, sütun {error.colno})"
        ) from None
    except RecursionError:
        raise DraftError(
            f"{what} okunamadı: iç içe yapı çok derin (en çok yaklaşık "
            f"{sys.getrecursionlimit()} düzey okunabilir; bir taslakta birkaç düzey yeter)"
        ) from None
    except UnicodeDecodeError:
        raise DraftError(f"{what} okunamadı: UTF-8 metin değil") from None
    except ValueError as error:
        if "digits" in str(error):
            raise DraftError(
                f"{what} okunamadı: çok uzun bir sayı içeriyor (en çok "
                f"{sys.get_int_max_str_digits()} basamak okunabilir)"
            ) from None
        raise DraftError(f"{what} okunamadı: geçerli bir JSON değil ({error})") from None


def _load(model: type[M], text: str | bytes, what: str) -> M:
    data = parse_json(text, what)
    _check_version(data, what)
    try:
        return model.model_validate(_upgrade(data, what))
    except ValidationError as error:
        # The first problem's place, e.g. ("participants", 1, "name"), for the app to focus.
        first = error.errors(include_url=False)[0]["loc"] if error.error_count() else ()
        raise DraftError(f"{what} geçersiz: {describe(error, model)}", field=tuple(first)) from None


def load_release(text: str | bytes, what: str = "Taslak") -> Release:
    """Parse and validate a draft; ``what`` names it in messages (e.g. the file name)."""
    return _load(Release, text, what)


def load_release_file(path: Path) -> Release:
    """The validated draft in JSON file ``path``; DraftError names the file (and the field)."""
    data = read_file(path, f"“{path}”", DraftError, limit=MAX_DRAFT_BYTES)
    return load_release(data, what=f"“{path.name}”")


def load_profile(text: str | bytes, what: str = "Kurum profili") -> Profile:
    return _load(Profile, text, what)
