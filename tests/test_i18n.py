"""The interface catalogs: every marked message has its English, patterns keep their fields,
the compiled catalog is the current one, and the language switch works."""

from __future__ import annotations

import datetime as dt
import gettext
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from osbpress import i18n

ROOT = Path(__file__).resolve().parent.parent
CATALOG = ROOT / "resources" / "locale" / "en" / "LC_MESSAGES" / "osbpress.po"
COMPILED = CATALOG.with_suffix(".mo")
_FIELD = re.compile(r"\{(\w*)[^{}]*\}")


@pytest.fixture(autouse=True)
def turkish_again() -> Iterator[None]:
    yield
    i18n.set_language("tr")


def _marked() -> dict[str, str]:
    """Every message marked in osbpress/ and ui/, with where it was found."""
    found: dict[str, str] = {}
    for folder in ("osbpress", "ui"):
        method_map = [("**.py", "python")]
        for filename, line, message, _comments, _context in extract_from_dir(
            ROOT / folder, method_map
        ):
            ids = message if isinstance(message, tuple) else (message,)
            for msgid in ids:
                if msgid:
                    found.setdefault(msgid, f"{folder}/{filename}:{line}")
    return found


def _english() -> dict[str, str]:
    with CATALOG.open("rb") as stream:
        catalog = read_po(stream)
    out: dict[str, str] = {}
    for message in catalog:
        if not message.id or message.fuzzy:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for msgid, text in zip(ids, strings, strict=False):
            out[msgid] = text
    return out


def test_every_marked_message_has_its_english() -> None:
    english = _english()
    missing = [
        f"{where}: {msgid!r}" for msgid, where in _marked().items() if not english.get(msgid)
    ]
    assert not missing, "Run `make i18n` and translate:\n" + "\n".join(sorted(missing))


def test_every_translation_keeps_the_fields_of_its_pattern() -> None:
    wrong = [
        f"{msgid!r} → {text!r}"
        for msgid, text in _english().items()
        if text and sorted(_FIELD.findall(msgid)) != sorted(_FIELD.findall(text))
    ]
    assert not wrong, "\n".join(wrong)


def test_the_compiled_catalog_is_the_current_one() -> None:
    with CATALOG.open("rb") as stream:
        catalog = read_po(stream)
    fresh = io.BytesIO()
    write_mo(fresh, catalog)
    fresh.seek(0)
    expected = gettext.GNUTranslations(fresh)._catalog  # type: ignore[attr-defined]
    with COMPILED.open("rb") as stream:
        shipped = gettext.GNUTranslations(stream)._catalog  # type: ignore[attr-defined]
    assert shipped == expected, "Run `make i18n` to compile the catalog"


def test_the_language_switch() -> None:
    sample = "Bültende göze çarpan bir sorun yok."  # a single (not plural) message
    assert i18n.set_language("en") == "en"
    assert i18n._(sample) == _english()[sample] == "No problems stand out in the release."
    assert i18n.ngettext("{n} hata", "{n} hata", 1) == "{n} error"
    assert i18n.ngettext("{n} hata", "{n} hata", 3) == "{n} errors"
    assert i18n.babel_locale() == "en_GB"
    assert i18n.set_language("tr") == "tr"
    assert i18n._(sample) == sample
    assert i18n.set_language("xx") == "tr"  # anything unknown: Turkish


def test_the_environment_chooses_the_command_lines_language(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(i18n.ENVIRONMENT, "en")
    assert i18n.from_environment() == "en"
    monkeypatch.delenv(i18n.ENVIRONMENT)
    assert i18n.from_environment() == "tr"


def test_dates_and_numbers_follow_the_interface_language() -> None:
    day, moment = dt.date(2024, 11, 24), dt.datetime(2024, 11, 24, 14, 5)
    assert i18n.format_date(day) == "24 Kasım 2024"
    assert "Kas" in i18n.format_datetime(moment) and "14:05" in i18n.format_datetime(moment)
    assert i18n.format_number(1234.5) == "1.234,5"
    i18n.set_language("en")
    assert i18n.format_date(day) == "24 November 2024"
    assert "Nov" in i18n.format_datetime(moment)
    assert i18n.format_number(1234.5) == "1,234.5"
