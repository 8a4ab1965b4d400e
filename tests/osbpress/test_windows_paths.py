"""Windows' path rules, simulated on Linux: refused names and the 260-character limit, wherever files are written.

``osbpress.files.WINDOWS`` is what the Windows build has; switched on here,
every writer (export and its photos, ``.osbpress`` bundles, backups, caches)
meets the same check on real files in a real folder, and the Turkish
sentence comes before anything is written.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
from pathlib import Path

import pytest

from osbpress import files
from osbpress.bundle import export_bundle
from osbpress.errors import BundleError, ExportError, StoreError
from osbpress.export import export, stem_for
from osbpress.files import MAX_PATH_CHARS, STAGE_ROOM, windows_refusal, write_cache
from osbpress.model import Release
from osbpress.sample import sample_media
from osbpress.store.backup import list_backups, write_backup
from tests.osbpress.render.conftest import turkish_document

# These build real folders past Windows' own limits (a folder path over 248
# characters), which only the other systems allow: the simulation is for them.
deep_folders = pytest.mark.skipif(
    sys.platform == "win32", reason="needs folders deeper than Windows allows"
)


@pytest.fixture
def on_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(files, "WINDOWS", True)


def _deep_folder(base: Path, length: int) -> Path:
    """A real folder under ``base`` whose path is exactly ``length`` characters long."""
    folder = base
    while len(str(folder)) < length - 101:
        folder = folder / ("k" * 100)
    folder = folder / ("d" * (length - len(str(folder)) - 1))
    folder.mkdir(parents=True)
    assert len(str(folder)) == length
    return folder


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("rapor<1>.pdf", "kabul etmediği bir karakter"),
        ("soru?.docx", "kabul etmediği bir karakter"),
        ("NUL", "aygıtın adı"),
        ("com1.pdf", "aygıtın adı"),
        ("Lpt¹.txt", "aygıtın adı"),
        ("CON .html", "aygıtın adı"),
        ("bülten.", "nokta ya da boşlukla bitiyor"),
        ("bülten ", "nokta ya da boşlukla bitiyor"),
    ],
)
def test_names_windows_refuses_or_mangles_are_named(
    on_windows: None, tmp_path: Path, name: str, reason: str
) -> None:
    refusal = windows_refusal(tmp_path / name)
    assert refusal is not None and reason in refusal and name in refusal


@pytest.mark.parametrize("name", ["Basın bülteni.pdf", "CONSOLE.pdf", "NULL.txt", "com10.docx"])
def test_ordinary_names_pass(on_windows: None, tmp_path: Path, name: str) -> None:
    assert windows_refusal(tmp_path / name) is None


@deep_folders
def test_off_windows_nothing_is_refused(tmp_path: Path) -> None:
    # The rules apply only where Windows enforces them: Linux and macOS take these.
    assert files.WINDOWS is False
    assert windows_refusal(tmp_path / "NUL") is None
    assert windows_refusal(_deep_folder(tmp_path, 300) / "bülten.pdf") is None


@deep_folders
def test_the_limit_counts_what_windows_counts(on_windows: None, tmp_path: Path) -> None:
    folder = _deep_folder(tmp_path, MAX_PATH_CHARS - 10)
    assert windows_refusal(folder / "123456789") is None  # 259 characters: allowed
    too_long = windows_refusal(folder / "1234567890")
    assert too_long is not None and "260 karakter" in too_long and "en çok 259" in too_long
    # An emoji is two UTF-16 units, as Windows counts it: nine characters, ten units.
    assert windows_refusal(folder / "12345678🙂") is not None
    assert windows_refusal(folder / "1234567", room=2) is None
    assert windows_refusal(folder / "1234567", room=3) is not None


@deep_folders
def test_an_export_into_a_too_deep_folder_says_so_and_writes_nothing(
    on_windows: None, tmp_path: Path
) -> None:
    # The text and the HTML fit with their temporary names; the sample's photo beside them does not.
    folder = _deep_folder(tmp_path, MAX_PATH_CHARS - STAGE_ROOM - len("/bülten.html"))
    with pytest.raises(ExportError, match="dosya yolu çok uzun") as caught:
        export(turkish_document(), folder, "bülten", ["txt", "html"])
    assert "jica-heyeti-ziyareti.jpg” yazılamadı" in str(caught.value)
    assert "Klasördeki dosyalar değiştirilmedi" in str(caught.value)
    assert list(folder.iterdir()) == []


def test_an_export_named_as_a_device_is_refused(on_windows: None, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="aygıtın adı"):
        export(turkish_document(), tmp_path, "AUX", ["pdf"])
    assert list(tmp_path.iterdir()) == []


@deep_folders
def test_the_same_export_off_windows_is_written(tmp_path: Path) -> None:
    folder = _deep_folder(tmp_path, MAX_PATH_CHARS)
    written = export(turkish_document(), folder, "bülten", ["txt"])
    assert [p.name for p in written] == ["bülten.txt"]


def test_a_headline_that_is_a_device_name_gets_the_plain_stem(release: Release) -> None:
    release.headline = "COM¹"
    assert stem_for(release) == "bulten"


@pytest.mark.parametrize("name", ["NUL.osbpress", "taslak.", "t" * 300 + ".osbpress"])
def test_an_osbpress_file_windows_would_lose_is_refused(
    on_windows: None, tmp_path: Path, release: Release, name: str
) -> None:
    target = tmp_path / name[:240]
    with pytest.raises(BundleError, match="yazılamadı"):
        export_bundle(release, sample_media, target)
    assert list(tmp_path.iterdir()) == []


@deep_folders
def test_a_backup_past_the_limit_is_refused_and_leaves_nothing(
    on_windows: None, tmp_path: Path
) -> None:
    folder = _deep_folder(tmp_path, MAX_PATH_CHARS - 40)
    store = folder / "taslaklar.sqlite3"
    conn = sqlite3.connect(store)
    conn.execute("CREATE TABLE t (x)")
    try:
        with pytest.raises(StoreError, match="dosya yolu çok uzun"):
            write_backup(conn, store, dt.datetime(2026, 12, 7, 10, 30))
        assert list_backups(store) == []
        assert list((folder / "yedekler").iterdir()) == []
    finally:
        conn.close()


@deep_folders
def test_a_cache_entry_windows_would_refuse_is_skipped(on_windows: None, tmp_path: Path) -> None:
    folder = _deep_folder(tmp_path, MAX_PATH_CHARS - 5)
    assert write_cache(folder / "font.bin", b"data") is False
    assert write_cache(tmp_path / "font.bin", b"data") is True
