"""argparse's Turkish catalogue: the small .po reader agrees with babel's, plurals included."""

from __future__ import annotations

import io

from babel.messages.pofile import read_po as babel_read_po

from osbpress.cli import argparse_tr
from osbpress.resources import resource


def _babel_entries() -> dict[str, str | tuple[str, ...]]:
    with resource("locale/tr/argparse.po").open("rb") as handle:
        catalogue = babel_read_po(handle, locale="tr")
    entries: dict[str, str | tuple[str, ...]] = {}
    for message in catalogue:
        key = message.id if isinstance(message.id, str) else message.id[0]
        string = message.string
        if key and string and any(string):
            entries[key] = string if isinstance(string, str) else tuple(string)
    return entries


def test_reader_matches_babel_on_the_shipped_catalogue() -> None:
    text = resource("locale/tr/argparse.po").read_text(encoding="utf-8")
    assert argparse_tr.read_po(text) == _babel_entries()


def test_reader_handles_escapes_continuations_plurals_and_untranslated() -> None:
    text = (
        '# yorum\nmsgid ""\nmsgstr "Language: tr\\n"\n\n'
        'msgid "a\\tb \\"c\\"\\n"\nmsgstr ""\n"çok "\n"satır\\\\"\n\n'
        'msgid "one %s"\nmsgid_plural "many %s"\nmsgstr[0] "bir %s"\nmsgstr[1] "çok %s"\n\n'
        'msgid "boş"\nmsgstr ""\n\n'
        'msgctxt "yer"\nmsgid "bağlamlı"\nmsgstr "x"\n'
    )
    assert argparse_tr.read_po(text) == {
        'a\tb "c"\n': "çok satır\\",
        "one %s": ("bir %s", "çok %s"),
    }
    # The plain string reader is what babel's own would give on the same text.
    catalogue = babel_read_po(io.BytesIO(text.encode()), locale="tr")
    assert catalogue.get('a\tb "c"\n').string == "çok satır\\"


def test_plural_forms_follow_the_count() -> None:
    assert argparse_tr.ngettext("expected %s argument", "expected %s arguments", 2) == (
        "%s değer bekleniyor"
    )
    assert argparse_tr.gettext("usage: ") == "kullanım: "
    assert argparse_tr.gettext("bilinmeyen") == "bilinmeyen"
