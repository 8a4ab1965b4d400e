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
from osbpress.i18n import N_, _, ngettext
from osbpress.media import read_file
from osbpress.model import SCHEMA_VERSION, Profile, Release

M = TypeVar("M", bound=BaseModel)

_MESSAGES = {
    "missing": N_("eksik"),
    "extra_forbidden": N_("tanınmayan alan"),
    "string_type": N_("metin olmalı"),
    "int_type": N_("tam sayı olmalı"),
    "int_parsing": N_("tam sayı olmalı"),
    "bool_type": N_("doğru/yanlış olmalı"),
    "bool_parsing": N_("doğru/yanlış olmalı"),
    "list_type": N_("liste olmalı"),
    "model_type": N_("nesne (JSON sözlüğü) olmalı"),
    "dict_type": N_("nesne (JSON sözlüğü) olmalı"),
    "date_type": N_("tarih olmalı (YYYY-AA-GG)"),
    "date_parsing": N_("geçerli bir tarih olmalı (YYYY-AA-GG)"),
    "date_from_datetime_parsing": N_("geçerli bir tarih olmalı (YYYY-AA-GG)"),
    "date_from_datetime_inexact": N_("saat içermeyen bir tarih olmalı (YYYY-AA-GG)"),
    "datetime_type": N_("tarih ve saat olmalı (YYYY-AA-GGTSS:DD)"),
    "datetime_parsing": N_("geçerli bir tarih ve saat olmalı (YYYY-AA-GGTSS:DD)"),
    "datetime_from_date_parsing": N_("geçerli bir tarih ve saat olmalı (YYYY-AA-GGTSS:DD)"),
    "enum": N_("izin verilen değerlerden biri olmalı"),
    "literal_error": N_("izin verilen değerlerden biri olmalı"),
    "union_tag_invalid": N_("izin verilen değerlerden biri olmalı"),
    "nul_in_path": N_("dosya yolunda NUL karakteri olamaz"),
}


def _field_path(model: type[BaseModel], loc: Sequence[int | str]) -> str:
    names: list[str] = []
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            names.append(_("{number}. öğe").format(number=part + 1))
            continue
        fields = getattr(current, "model_fields", None)
        info = fields.get(part) if fields else None
        if info is None:
            names.append(str(part))
            current = None
            continue
        names.append(_(info.title) if info.title else str(part))
        current = _inner_model(info.annotation)
    return " › ".join(names) or _("belge")


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
        reason = _(_MESSAGES.get(item["type"], N_("geçersiz değer")))
        if item["type"] in ("enum", "literal_error") and "expected" in item.get("ctx", {}):
            expected = str(item["ctx"]["expected"]).replace(" or ", _(" ya da "))
            reason = _("{reason} ({expected})").format(reason=reason, expected=expected)
        lines.append(f"{_field_path(model, item['loc'])}: {reason}")
    more = len(lines) - 10
    return "; ".join(lines[:10]) + (
        ngettext(" (ve {n} sorun daha)", " (ve {n} sorun daha)", more).format(n=more)
        if more > 0
        else ""
    )


def _check_version(data: object, what: str) -> None:
    if not isinstance(data, dict):
        raise DraftError(_("{what} bir JSON nesnesi değil").format(what=what))
    version = data.get("schema_version", SCHEMA_VERSION)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise DraftError(
            _("{what}: şema sürümü geçersiz ({version})").format(what=what, version=repr(version)),
            field=("schema_version",),
        )
    if version > SCHEMA_VERSION:
        raise DraftError(
            _(
                "{what} daha yeni bir OSB Basın sürümüyle yazılmış (şema {version}, "
                "bu sürüm en çok {supported} okuyabilir); programı güncelleyin"
            ).format(what=what, version=version, supported=SCHEMA_VERSION)
        )


Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 2 only adds fields with defaults (signatory, event city, manual order,
    compound spelling, checks off): a schema-1 file keeps every value it had."""
    return data


def _v2_to_v3(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 3 changes no field of a draft (only a profile's default, below)."""
    return data


def _profile_v2_to_v3(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 3 makes TDK's style the default: no apostrophe after an institution's name
    ("Türk Dil Kurumuna"). A profile saved before it left the choice at the old default,
    the apostrophe, where it stays: an officer's releases do not change style unasked."""
    style = data.get("style", {})
    if isinstance(style, dict):  # anything else is refused by validation, naming the field
        data["style"] = {"institution_apostrophe": True, **style}
    return data


MIGRATIONS: dict[int, Migration] = {1: _v1_to_v2, 2: _v2_to_v3}
"""``MIGRATIONS[n]`` turns the JSON of a schema-``n`` file into schema ``n + 1``.

Bumping ``SCHEMA_VERSION`` in model.py means adding the step from the old
version here, so every draft ever saved still opens. Version 1 is the first.
A profile takes the same steps except where ``PROFILE_MIGRATIONS`` has its own.
"""

PROFILE_MIGRATIONS: dict[int, Migration] = {2: _profile_v2_to_v3}


def _upgrade(data: dict[str, Any], what: str, profile: bool = False) -> dict[str, Any]:
    steps = {**MIGRATIONS, **PROFILE_MIGRATIONS} if profile else MIGRATIONS
    version = data.get("schema_version", SCHEMA_VERSION)
    while version < SCHEMA_VERSION:
        step = steps.get(version)
        if step is None:
            raise DraftError(
                _("{what}: şema {version} sürümünden yükseltme yolu yok").format(
                    what=what, version=version
                )
            )
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
            _("{what} okunamadı: geçerli bir JSON değil (satır {line}, sütun {column})").format(
                what=what, line=error.lineno, column=error.colno
            )
        ) from None
    except RecursionError:
        raise DraftError(
            _(
                "{what} okunamadı: iç içe yapı çok derin (en çok yaklaşık "
                "{limit} düzey okunabilir; bir taslakta birkaç düzey yeter)"
            ).format(what=what, limit=sys.getrecursionlimit())
        ) from None
    except UnicodeDecodeError:
        raise DraftError(_("{what} okunamadı: UTF-8 metin değil").format(what=what)) from None
    except ValueError as error:
        if "digits" in str(error):
            raise DraftError(
                _(
                    "{what} okunamadı: çok uzun bir sayı içeriyor (en çok "
                    "{limit} basamak okunabilir)"
                ).format(what=what, limit=sys.get_int_max_str_digits())
            ) from None
        raise DraftError(
            _("{what} okunamadı: geçerli bir JSON değil ({reason})").format(what=what, reason=error)
        ) from None


def _load(model: type[M], text: str | bytes, what: str) -> M:
    data = parse_json(text, what)
    _check_version(data, what)
    try:
        return model.model_validate(_upgrade(data, what, profile=model is Profile))
    except ValidationError as error:
        # The first problem's place, e.g. ("participants", 1, "name"), for the app to focus.
        first = error.errors(include_url=False)[0]["loc"] if error.error_count() else ()
        raise DraftError(
            _("{what} geçersiz: {problems}").format(what=what, problems=describe(error, model)),
            field=tuple(first),
        ) from None


def load_release(text: str | bytes, what: str | None = None) -> Release:
    """Parse and validate a draft; ``what`` names it in messages (e.g. the file name)."""
    return _load(Release, text, what or _("Taslak"))


def load_release_file(path: Path) -> Release:
    """The validated draft in JSON file ``path``; DraftError names the file (and the field)."""
    data = read_file(path, f"“{path}”", DraftError, limit=MAX_DRAFT_BYTES)
    return load_release(data, what=f"“{path.name}”")


def load_profile(text: str | bytes, what: str | None = None) -> Profile:
    return _load(Profile, text, what or _("Kurum profili"))
