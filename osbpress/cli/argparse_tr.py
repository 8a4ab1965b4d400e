"""Turkish for argparse's own words (usage line, help headings, errors).

argparse looks its messages up through the module-level ``_`` and
``ngettext`` it imported from gettext; ``install`` points those at the
catalogue in ``resources/locale/tr/argparse.po`` (read with babel), so a
mistyped command is answered in Turkish like everything else. Only the
osbpress command line calls it, before building its parsers.
"""

from __future__ import annotations

import argparse
from functools import cache

from babel.messages.pofile import read_po

from osbpress.resources import resource


@cache
def _catalogue() -> dict[str, str | tuple[str, ...]]:
    with resource("locale/tr/argparse.po").open("rb") as handle:
        catalogue = read_po(handle, locale="tr")
    entries: dict[str, str | tuple[str, ...]] = {}
    for message in catalogue:
        key = message.id if isinstance(message.id, str) else message.id[0]
        string = message.string
        if key and string:
            entries[key] = string if isinstance(string, str) else tuple(string)
    return entries


def gettext(message: str) -> str:
    found = _catalogue().get(message)
    return found if isinstance(found, str) else message


def ngettext(singular: str, plural: str, count: int) -> str:
    found = _catalogue().get(singular)
    if isinstance(found, tuple) and len(found) == 2:
        return found[0] if count == 1 else found[1]
    return singular if count == 1 else plural


def install() -> None:
    """Make argparse speak Turkish from now on, in this process."""
    argparse._ = gettext  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
