"""Start-up stays light: the parser and ``--help`` load no engine-heavy library.

Each check runs in a fresh interpreter (this test process has long since
imported everything) and reads ``sys.modules`` at the end, so a top-level
import of reportlab, python-docx, Pillow or Jinja creeping back into the CLI
or the render package fails here.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from osbpress.cli.render import FORMATS as CLI_FORMATS
from osbpress.export import FORMATS

_HEAVY = ("reportlab", "docx", "PIL", "jinja2")


def _loaded_after(code: str) -> set[str]:
    """The heavy top-level packages present in sys.modules after running ``code``."""
    probe = (
        "import sys, json\n"
        f"{code}\n"
        f"print(json.dumps([m for m in {_HEAVY!r} if m in sys.modules]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def _run_module_code(*argv: str) -> str:
    # What ``python -m osbpress ARGS`` does, with a look at sys.modules afterwards.
    return (
        "import runpy\n"
        f"sys.argv = ['osbpress', *{list(argv)!r}]\n"
        "try:\n"
        "    runpy.run_module('osbpress', run_name='__main__', alter_sys=True)\n"
        "except SystemExit:\n"
        "    pass\n"
    )


def test_import_cli_and_build_parser_load_no_heavy_library() -> None:
    code = "import osbpress.cli\nosbpress.cli.build_parser()"
    assert _loaded_after(code) == set()


def test_help_loads_no_heavy_library() -> None:
    assert _loaded_after(_run_module_code("--help")) == set()


def test_subcommand_help_loads_no_heavy_library() -> None:
    for command in ("render", "drafts", "profile", "sample", "schema"):
        assert _loaded_after(_run_module_code(command, "--help")) == set(), command


def test_help_is_still_turkish() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "osbpress", "render", "--help"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert "kullanım:" in done.stdout
    assert "virgülle ayrılmış biçimler: pdf, docx, html, txt" in done.stdout


def test_importing_render_package_loads_no_renderer() -> None:
    code = "from osbpress.render import render_docx, render_html, render_pdf, render_text"
    assert _loaded_after(code) == set()


def _loaded_by_render(tmp_path: Path, fmt: str, modules: tuple[str, ...]) -> set[str]:
    """Which of ``modules`` a fresh ``osbpress render --format fmt`` of the sample loaded."""
    draft, profile = tmp_path / "ornek.json", tmp_path / "kurum.json"
    code = (
        "from osbpress.cli import main\n"
        f"main(['sample', '-o', {str(draft)!r}])\n"
        f"main(['sample', '--profile', '-o', {str(profile)!r}])\n"
        f"main(['render', {str(draft)!r}, '--profile', {str(profile)!r}, '-o', {str(tmp_path)!r},"
        f" '--format', {fmt!r}])\n"
    )
    probe = (
        f"import sys, json\n{code}\nprint(json.dumps([m for m in {modules!r} if m in sys.modules]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert (tmp_path / f"ornek.{fmt}").is_file()
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def test_render_txt_loads_neither_reportlab_nor_docx(tmp_path: Path) -> None:
    # Jinja and Pillow may load here: compose fills its sentence templates with
    # Jinja and the text lists photo file names; the two office libraries may not,
    # and with a profile file the draft store (and SQLite) stays closed too.
    modules = ("reportlab", "docx", "osbpress.store", "sqlite3")
    assert _loaded_by_render(tmp_path, "txt", modules) == set()


def test_cli_formats_match_export() -> None:
    assert CLI_FORMATS == FORMATS


def test_help_does_not_import_babel() -> None:
    # Reading argparse's Turkish catalogue with babel cost 60 ms of every start.
    code = (
        _run_module_code("--help")
        + "print(json.dumps(['babel'] if 'babel' in sys.modules else []))"
    )
    done = subprocess.run(
        [sys.executable, "-c", "import sys, json\n" + code],
        capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


def test_render_pdf_loads_neither_docx_nor_the_html_sanitiser(tmp_path: Path) -> None:
    # A PDF needs reportlab, Pillow and (for compose's sentence templates) Jinja;
    # python-docx, nh3, the other renderers and the draft store have no part in it.
    modules = ("docx", "nh3", "osbpress.render.docx", "osbpress.render.html", "sqlite3")
    assert _loaded_by_render(tmp_path, "pdf", modules) == set()
