"""The ``osbpress`` command line: everything the app does, headless.

Each subcommand lives in its own module with a ``register(subparsers)``
function that adds its parser and sets ``func``. Building the parser imports
nothing but argparse: each ``func`` imports the engine modules it needs when
it runs, so ``osbpress --help`` or a mistyped option answers at once instead
of loading reportlab, python-docx, Pillow and pydantic first (a test checks
``sys.modules``). Errors the engine raises on
purpose (``OsbPressError``) are printed as their Turkish message with exit
code 2; no traceback reaches the officer.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from osbpress import __version__
from osbpress.cli import argparse_tr
from osbpress.errors import OsbPressError

_COMMANDS = ("sample", "render", "schema", "drafts", "profile")


def build_parser() -> argparse.ArgumentParser:
    argparse_tr.install()
    parser = argparse.ArgumentParser(
        prog="osbpress", description="OSB Basın: Türkçe basın bülteni aracı"
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"osbpress {__version__}",
        help="programın sürümünü göster ve çık",
    )
    sub = parser.add_subparsers(dest="command", metavar="KOMUT", required=True)
    for name in _COMMANDS:
        importlib.import_module(f"osbpress.cli.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code: int = args.func(args)
    except OsbPressError as error:
        print(f"Hata: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        print(
            f"Hata: dosya işlemi başarısız: {error.strerror or error} ({error.filename})",
            file=sys.stderr,
        )
        return 2
    return code
