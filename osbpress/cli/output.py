"""Everything the command line prints goes through here, with control characters made visible.

A headline, a caption or a manifest field comes from a file someone else
wrote: an ESC sequence in it would retitle the terminal, move the cursor or
hide the rest of the line, and a right-to-left override would show a file
name backwards. ``visible`` writes every such character as a ``\\uXXXX``
escape instead (the same spelling JSON uses, so ``--json`` output stays valid
JSON with the same value). Line feeds and tabs stay in multi-line text (a
release body, a JSON document, a help page); in a one-line field they are
escaped too, so a list row stays one row.
"""

from __future__ import annotations

import sys
from typing import TextIO

from osbpress.i18n import _

# C0 and C1 control characters, DEL, and the characters that reorder or
# hide text on a terminal: bidirectional marks, embeddings, overrides and
# isolates, and the Unicode line and paragraph separators.
_HIDDEN = (
    {*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)}
    | {0x061C, 0x200E, 0x200F, 0x2028, 0x2029}
    | set(range(0x202A, 0x202F))
    | set(range(0x2066, 0x206A))
)
_ONE_LINE = {code: f"\\u{code:04x}" for code in _HIDDEN}
_MULTI_LINE = {code: text for code, text in _ONE_LINE.items() if chr(code) not in "\n\t"}


def visible(text: object, *, multiline: bool = False) -> str:
    """``text`` as a string with its control characters written as ``\\uXXXX``."""
    return str(text).translate(_MULTI_LINE if multiline else _ONE_LINE)


def echo(text: object = "", *, multiline: bool = False, file: TextIO | None = None) -> None:
    """Print ``text`` (one line unless ``multiline``) made safe for a terminal.

    A console that cannot show a character (a Windows code page without
    emoji) gets a ``\\U0001f600``-style escape for it instead of a crash.
    """
    stream = file if file is not None else sys.stdout
    shown = visible(text, multiline=multiline)
    try:
        print(shown, file=stream)
    except UnicodeEncodeError:
        encoding = getattr(stream, "encoding", None) or "ascii"
        print(shown.encode(encoding, "backslashreplace").decode(encoding), file=stream)


def fail(message: object) -> None:
    """Print an error message on stderr as ``Hata: …`` (``Error: …`` in English)."""
    echo(_("Hata: {message}").format(message=message), multiline=True, file=sys.stderr)
