"""The command line's language: ``OSBPRESS_LANG=en`` gives English help and errors.

The language is chosen first thing in ``main``, so the parser built after it
speaks it; argparse's own words ("usage:", "show this help message") are
Turkish only in Turkish. The tests that read osbpress's own English need
the compiled English catalog (``make i18n``) and are skipped without it.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from osbpress import i18n
from osbpress.cli import main

# Letters English never uses; "OSB Basın" is the product's name in either language.
_TURKISH = re.compile(r"[çğıöşüÇĞİÖŞÜ]")
_NAME = "OSB Basın"


def _has_english() -> bool:
    """Whether the compiled English catalog holds the command line's messages."""
    try:
        i18n.set_language("en")
        return i18n._("Hata: {message}") != "Hata: {message}"
    finally:
        i18n.set_language("tr")


needs_catalog = pytest.mark.skipif(
    not _has_english(), reason="the English catalog lacks the CLI's messages (make i18n)"
)


@pytest.fixture(autouse=True)
def turkish_again() -> Iterator[None]:
    yield
    i18n.set_language("tr")


def _turkish_letters(text: str) -> list[str]:
    return _TURKISH.findall(text.replace(_NAME, ""))


def _osbpress(*argv: str, language: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, i18n.ENVIRONMENT: language}
    return subprocess.run(
        [sys.executable, "-m", "osbpress", *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def test_the_environment_chooses_the_language_before_the_parser(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(i18n.ENVIRONMENT, "en")
    with pytest.raises(SystemExit):
        main(["--help"])
    assert i18n.language() == "en"
    out = capsys.readouterr().out
    # argparse's own words are its native English, not the Turkish catalogue.
    assert out.startswith("usage: osbpress")
    assert "show this help message and exit" in out
    assert "kullanım:" not in out
    monkeypatch.delenv(i18n.ENVIRONMENT)
    with pytest.raises(SystemExit):
        main(["--help"])
    assert i18n.language() == "tr"
    assert capsys.readouterr().out.startswith("kullanım: osbpress")


def test_an_unknown_language_is_turkish(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(i18n.ENVIRONMENT, "xx")
    with pytest.raises(SystemExit):
        main(["render", "--help"])
    assert i18n.language() == "tr"
    assert "virgülle ayrılmış biçimler" in capsys.readouterr().out


@needs_catalog
def test_english_help_has_no_turkish_left() -> None:
    for argv in (("--help",), ("render", "--help"), ("drafts", "--help"), ("check", "--help")):
        done = _osbpress(*argv, language="en")
        assert done.returncode == 0, done.stderr
        assert done.stdout.startswith("usage: osbpress"), argv
        assert not _turkish_letters(done.stdout), (argv, done.stdout)
    assert (
        "comma-separated formats: pdf, docx, html, txt"
        in _osbpress("render", "--help", language="en").stdout
    )


@needs_catalog
def test_english_errors_from_the_command_line_and_the_system(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(i18n.ENVIRONMENT, "en")
    blocker = tmp_path / "blocker"
    blocker.write_text("a file, not a folder", encoding="utf-8")
    assert main(["sample", "-o", str(blocker / "sub" / "draft.json")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Error: ")
    assert "choose another path" in err
    assert not _turkish_letters(err), err
    with pytest.raises(SystemExit):
        main(["drafts", "list", "--limit", "0"])
    err = capsys.readouterr().err
    assert "error:" in err and "greater than zero" in err
    assert not _turkish_letters(err), err


@needs_catalog
def test_a_missing_draft_is_reported_in_english(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(i18n.ENVIRONMENT, "en")
    missing = tmp_path / "missing.json"
    assert main(["render", str(missing), "-o", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Error: ") and "missing.json" in err
    assert not _turkish_letters(err), err


def test_turkish_stays_the_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv(i18n.ENVIRONMENT, raising=False)
    blocker = tmp_path / "engel"
    blocker.write_text("dosya", encoding="utf-8")
    assert main(["sample", "-o", str(blocker / "alt" / "taslak.json")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Hata: “")
    assert "yoldaki klasörlerden biri aslında bir dosya" in err
