"""The ``osbpress`` command line: everything the app does, headless.

Each subcommand lives in its own module with a ``register(subparsers)``
function that adds its parser and sets ``func``. Building the parser imports
nothing but argparse: each ``func`` imports the engine modules it needs when
it runs, so ``osbpress --help`` or a mistyped option answers at once instead
of loading reportlab, python-docx, Pillow and pydantic first (a test checks
``sys.modules``). Errors the engine raises on purpose (``OsbPressError``) and
the operating system's (``OSError``) are printed as one sentence with
exit code 2; no traceback reaches the officer. The language is chosen first
thing in ``main``, from ``OSBPRESS_LANG`` (Turkish unless it says ``en``),
so the help built after it and every message speak it; argparse's own words
are put in Turkish only when the language is Turkish. Everything printed goes
through ``osbpress.cli.output``, which makes control characters visible.
When the reader of the output goes away (``osbpress drafts show ID | head -1``)
the command stops quietly, as other Unix tools do.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from osbpress import __version__, i18n
from osbpress.cli import argparse_tr
from osbpress.cli.failures import describe, reason, translate
from osbpress.cli.output import fail, visible
from osbpress.errors import OsbPressError
from osbpress.i18n import _

if TYPE_CHECKING:
    from _typeshed import SupportsWrite

_COMMANDS = ("sample", "render", "check", "schema", "drafts", "profile")
# What a shell reports for a process ended by SIGPIPE (128 + 13), the way
# ``cat``, ``grep`` or ``git log`` end when ``head`` stops reading.
_BROKEN_PIPE = 141
_INTERRUPTED = 130


class _Parser(argparse.ArgumentParser):
    """argparse with its help, usage and error text (which quote the arguments) made safe."""

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        super()._print_message(visible(message, multiline=True), file)


def build_parser() -> argparse.ArgumentParser:
    """The parser in the interface language in force (``main`` chooses it first)."""
    argparse_tr.install(i18n.language())
    parser = _Parser(prog="osbpress", description=_("OSB Basın: Türkçe basın bülteni aracı"))
    parser.add_argument(
        "--version",
        action="version",
        version=f"osbpress {__version__}",
        help=_("programın sürümünü göster ve çık"),
    )
    sub = parser.add_subparsers(dest="command", metavar=_("KOMUT"), required=True)
    for name in _COMMANDS:
        importlib.import_module(f"osbpress.cli.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    i18n.from_environment()
    try:
        return _run(argv)
    except BrokenPipeError:
        _settle_stdout()
        return _BROKEN_PIPE
    except KeyboardInterrupt:
        fail(_("işlem durduruldu"))
        return _INTERRUPTED


def _run(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit:
        sys.stdout.flush()  # ``--help | head -1``: the closed pipe shows here
        raise
    try:
        code: int = args.func(args)
    except BrokenPipeError:
        raise
    except OsbPressError as error:
        fail(translate(error))
        return 2
    except OSError as error:
        fail(describe(error))
        _settle_stdout()
        return 2
    try:
        # What is still buffered goes out now, so a closed pipe or a full disk
        # behind a redirection is met here and not at interpreter exit.
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as error:
        _settle_stdout()
        fail(_("Çıktı yazılamadı: {reason}").format(reason=reason(error)))
        return 2
    return code


def _settle_stdout() -> None:
    """If stdout can no longer be written, stop writing it, so exit stays quiet."""
    try:
        sys.stdout.flush()
    except OSError:
        _silence_stdout()


def _silence_stdout() -> None:
    """Point stdout at the null device, so Python's final flush meets no closed pipe."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return  # not a real file (a test's capture): nothing is flushed at exit
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fd)
    finally:
        os.close(devnull)
