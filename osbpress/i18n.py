"""The interface language: every message the officer reads, through gettext catalogs.

The source strings are Turkish, the default language, so Turkish needs no
catalog; ``resources/locale/en/LC_MESSAGES/osbpress.mo`` holds the English.
The release itself (headline, prose, "Sayfa 1 / 2", "Hakkında") is Turkish
whatever the interface speaks: only the tool's own words are translated.

Mark a message with ``_("…")`` where it is made; a message with values is
one translatable pattern with named fields, ``_("“{path}” okunamadı").format(
path=path)``, never an f-string, so a translator sees the whole sentence.
A string kept at module level (a table of labels, a pydantic field title)
is marked with ``N_("…")``, which only marks it for extraction, and goes
through ``_()`` where it is shown, so it follows a language chosen later.

The language is chosen once at start: the app from its settings, the
command line from ``OSBPRESS_LANG`` (``tr`` or ``en``). ``make i18n``
extracts, updates and compiles the catalogs with babel's tools;
``tests/test_i18n.py`` fails when a marked message has no English.
"""

from __future__ import annotations

import datetime as dt
import gettext
import os

from osbpress.resources import resource

LANGUAGES = {"tr": "Türkçe", "en": "English"}
DEFAULT = "tr"
DOMAIN = "osbpress"
ENVIRONMENT = "OSBPRESS_LANG"
# babel's locale for dates and numbers in each interface language.
_LOCALES = {"tr": "tr_TR", "en": "en_GB"}

_translation: gettext.NullTranslations = gettext.NullTranslations()
_language = DEFAULT


def set_language(code: str | None) -> str:
    """Speak ``code`` ("tr" or "en") from now on; anything else means Turkish.

    Returns the language in force. A missing English catalog leaves the
    messages Turkish rather than failing: the tool stays usable.
    """
    global _translation, _language
    code = (code or "").strip().lower()[:2]
    if code not in LANGUAGES:
        code = DEFAULT
    _language = code
    _translation = gettext.NullTranslations()
    if code != DEFAULT:
        try:
            _translation = gettext.translation(
                DOMAIN, localedir=str(resource("locale")), languages=[code]
            )
        except OSError:
            _translation = gettext.NullTranslations()
    return code


def from_environment() -> str:
    """Set the language ``OSBPRESS_LANG`` names (the command line's choice)."""
    return set_language(os.environ.get(ENVIRONMENT))


def language() -> str:
    """The interface language in force: "tr" or "en"."""
    return _language


def babel_locale() -> str:
    """The babel locale for dates and numbers in the interface language."""
    return _LOCALES[_language]


def _(message: str) -> str:
    """``message`` (Turkish) in the interface language."""
    return _translation.gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of ``singular``/``plural`` for ``count`` in the interface language."""
    return _translation.ngettext(singular, plural, count)


def N_(message: str) -> str:
    """Mark ``message`` for the catalog without translating it now (see the module doc)."""
    return message


def format_date(value: dt.date, form: str = "long") -> str:
    """A date in the interface language ("24 Kasım 2024" / "24 November 2024")."""
    from babel.dates import format_date as babel_date  # babel only where dates are shown

    return babel_date(value, format=form, locale=babel_locale())


def format_datetime(value: dt.datetime, form: str = "medium") -> str:
    """A date and time in the interface language, for lists and history."""
    from babel.dates import format_datetime as babel_datetime

    return babel_datetime(value, format=form, locale=babel_locale())


def format_number(value: float) -> str:
    """A number with the interface language's separators (1.234,5 / 1,234.5)."""
    from babel.numbers import format_decimal

    return format_decimal(value, locale=babel_locale())
