"""Nothing a file carries reaches the terminal raw: escapes, bidi overrides, stray CRs."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from osbpress.bundle import export_bundle
from osbpress.cli import main
from osbpress.cli.output import echo, visible
from osbpress.model import Release
from osbpress.sample import sample_media

# Retitles an xterm, clears the screen, and shows what follows right to left.
_HOSTILE = "Başlık\x1b]0;ele geçirildi\x07 \x1b[2J\x9b31m son\u202etxt.exe\rÜST"
_RAW = ("\x1b", "\x07", "\x9b", "\u202e", "\r")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("OSBPRESS_HOME", str(tmp_path / "veri"))
    return tmp_path / "veri"


def _clean(text: str) -> None:
    for raw in _RAW:
        assert raw not in text, repr(raw)


def test_visible_escapes_controls_and_keeps_turkish() -> None:
    assert visible("İğneada\x1b[31m") == "İğneada\\u001b[31m"
    assert visible("a\nb\tc") == "a\\u000ab\\u0009c"
    assert visible("a\nb\tc\r", multiline=True) == "a\nb\tc\\u000d"
    assert visible("\u202eabc\u2066") == "\\u202eabc\\u2066"
    assert visible("“Çağrı” — ’ ı İ ş ğ 😀 \u00ad") == "“Çağrı” — ’ ı İ ş ğ 😀 \u00ad"


def _hostile_bundle(tmp_path: Path) -> Path:
    release = Release(headline=_HOSTILE, spot=f"Spot {_HOSTILE}\nikinci satır")
    path = tmp_path / "kotu.osbpress"
    export_bundle(release, sample_media, path)
    return path


def test_import_list_show_and_search_escape_a_hostile_headline(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["drafts", "import", str(_hostile_bundle(tmp_path))]) == 0
    imported = capsys.readouterr().out
    _clean(imported)
    assert "Başlık\\u001b]0;ele geçirildi\\u0007" in imported
    draft_id = imported.split()[2]

    assert main(["drafts", "list"]) == 0
    listing = capsys.readouterr().out
    _clean(listing)
    assert len(listing.splitlines()) == 1  # the \r and the escapes stay in one row
    assert "\\u202etxt.exe\\u000dÜST" in listing

    for argv in (["drafts", "show", draft_id], ["drafts", "search", "Başlık"]):
        assert main(argv) == 0
        _clean(capsys.readouterr().out)
    assert main(["drafts", "revisions", draft_id]) == 0
    _clean(capsys.readouterr().out)


def test_show_json_stays_valid_json_with_the_same_text(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["drafts", "import", str(_hostile_bundle(tmp_path))]) == 0
    draft_id = capsys.readouterr().out.split()[2]
    assert main(["drafts", "show", draft_id, "--json"]) == 0
    out = capsys.readouterr().out
    _clean(out)
    assert json.loads(out)["headline"] == _HOSTILE


def test_a_hostile_manifest_is_escaped_in_the_error(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "yeni\x1b[2J.osbpress"
    manifest = {"format": "osbpress", "format_version": 99, "app_version": "9\x1b]0;pwned\x07"}
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr("draft.json", "{}")
    assert main(["drafts", "import", str(path)]) == 2
    err = capsys.readouterr().err
    _clean(err)
    assert err.startswith("Hata: ") and "9\\u001b]0;pwned\\u0007" in err


def test_argparse_errors_escape_the_argument(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["drafts", "list", "--limit", "1\x1b[2J"])
    err = capsys.readouterr().err
    _clean(err)
    assert "1\\u001b[2J" in err


def test_a_console_without_the_character_gets_an_escape_not_a_crash() -> None:
    raw = io.BytesIO()
    console = io.TextIOWrapper(raw, encoding="cp1254")  # Turkish Windows console
    echo("Çağrı 😀 ✓", file=console)
    console.flush()
    assert raw.getvalue().decode("cp1254") == "Çağrı \\U0001f600 \\u2713\n"
