"""Turkish for argparse's own words (usage line, help headings, errors).

argparse looks its messages up through the module-level ``_`` and
``ngettext`` it imported from gettext; ``install`` points those at the
catalogue in ``resources/locale/tr/argparse.po``, so a mistyped command is
answered in Turkish like everything else; for English it gives argparse
its own words back. Only the osbpress command line calls it, before
building its parsers. The catalogue is read by the small reader below
rather than babel's, whose import alone (60 ms) was most of what
``osbpress --help`` cost; a test holds the two readers equal.
"""

from __future__ import annotations

import argparse
import gettext as stdlib_gettext
import re
from functools import cache

from osbpress.resources import resource

# A keyword line (msgid, msgid_plural, msgstr, msgstr[1], msgctxt) or a
# continuation line, each with one double-quoted string.
_LINE = re.compile(r'^(?:(?P<key>msg[a-z_]+(?:\[\d+\])?)\s+)?"(?P<text>(?:[^"\\]|\\.)*)"\s*$')
_ESCAPE = re.compile(r"\\(.)")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\"}


def read_po(text: str) -> dict[str, str | tuple[str, ...]]:
    """The translated entries of a .po file: msgid → msgstr, or plural forms as a tuple.

    Entries without a translation, the header (empty msgid), comments and
    contexts are left out; that is all argparse's catalogue needs.
    """
    entries: dict[str, str | tuple[str, ...]] = {}
    fields: dict[str, str] = {}
    key = ""

    def finish() -> None:
        msgid = fields.get("msgid", "")
        forms = [fields[k] for k in sorted(fields) if k.startswith("msgstr[")]
        if msgid and "msgctxt" not in fields:
            if "msgid_plural" in fields and any(forms):
                entries[msgid] = tuple(forms)
            elif fields.get("msgstr"):
                entries[msgid] = fields["msgstr"]
        fields.clear()

    for line in text.splitlines():
        found = _LINE.match(line.strip())
        if found is None:
            continue  # a comment or a blank line
        part = _ESCAPE.sub(lambda m: _ESCAPES.get(m.group(1), m.group(1)), found["text"])
        if found["key"]:
            key = found["key"]
            if key in ("msgid", "msgctxt") and any(k.startswith("msgstr") for k in fields):
                finish()
            fields[key] = part
        elif key:
            fields[key] += part
    finish()
    return entries


@cache
def _catalogue() -> dict[str, str | tuple[str, ...]]:
    return read_po(resource("locale/tr/argparse.po").read_text(encoding="utf-8"))


def gettext(message: str) -> str:
    found = _catalogue().get(message)
    return found if isinstance(found, str) else message


def ngettext(singular: str, plural: str, count: int) -> str:
    found = _catalogue().get(singular)
    if isinstance(found, tuple) and len(found) == 2:
        return found[0] if count == 1 else found[1]
    return singular if count == 1 else plural


def install(language: str = "tr") -> None:
    """Make argparse speak ``language`` from now on, in this process.

    Turkish gets the catalogue above; any other language gets argparse's
    own English back (the standard gettext functions it imported), so a
    process that spoke Turkish before can switch.
    """
    if language == "tr":
        argparse._ = gettext  # type: ignore[attr-defined]
        argparse.ngettext = ngettext  # type: ignore[attr-defined]
    else:
        argparse._ = stdlib_gettext.gettext  # type: ignore[attr-defined]
        argparse.ngettext = stdlib_gettext.ngettext  # type: ignore[attr-defined]
