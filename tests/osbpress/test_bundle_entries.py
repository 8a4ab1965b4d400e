"""The entry checks of a .osbpress file, each refusal word for word.

Crafted zips: an unsupported compression, a folder, a name twice, a link,
too many files, one entry or the whole too big, a zip bomb. The limits are
lowered where building a real one would take hundreds of megabytes.
"""

from __future__ import annotations

import json
import stat
import warnings
import zipfile
from pathlib import Path

import pytest

from osbpress import bundle
from osbpress.bundle import import_bundle
from osbpress.errors import BundleError
from tests.osbpress.test_bundle import _good_draft, _jpeg, _media_entry, _write_zip

MANIFEST = json.dumps({"format": "osbpress", "format_version": 1, "app_version": "0.1.0"})


def _refusal(path: Path) -> str:
    with pytest.raises(BundleError) as caught:
        import_bundle(path)
    return str(caught.value)


def _zip(path: Path, *entries: tuple[zipfile.ZipInfo | str, bytes]) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about a name written twice
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("manifest.json", MANIFEST)
            for info, data in entries:
                archive.writestr(info, data)
    return path


def test_an_unsupported_compression(tmp_path: Path) -> None:
    info = zipfile.ZipInfo("draft.json")
    info.compress_type = zipfile.ZIP_BZIP2
    path = _zip(tmp_path / "s.osbpress", (info, _good_draft()))
    assert _refusal(path) == "“s.osbpress” desteklenmeyen bir sıkıştırma kullanıyor: “draft.json”"


def test_a_folder_other_than_media(tmp_path: Path) -> None:
    path = _zip(
        tmp_path / "k.osbpress",
        ("media/", b""),
        ("draft.json", _good_draft()),
        ("fotograflar/", b""),
    )
    assert _refusal(path) == "“k.osbpress” beklenmeyen bir klasör içeriyor: “fotograflar/”"


def test_a_name_written_twice(tmp_path: Path) -> None:
    path = _zip(tmp_path / "c.osbpress", ("draft.json", _good_draft()), ("draft.json", b"{}"))
    assert _refusal(path) == "“c.osbpress” aynı adlı iki dosya içeriyor: “draft.json”"


def test_a_link(tmp_path: Path) -> None:
    link = zipfile.ZipInfo("media/" + "a" * 64 + ".jpg")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    path = _zip(tmp_path / "b.osbpress", ("draft.json", _good_draft()), (link, b"/etc/passwd"))
    assert _refusal(path) == (
        f"“b.osbpress” bir bağlantı (symlink) içeriyor: “media/{'a' * 64}.jpg”"
    )


def test_too_many_files_and_too_big_entries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    photos = {_media_entry(_jpeg(c))[0]: _jpeg(c) for c in ("red", "blue", "green")}
    path = _write_zip(tmp_path / "cok.osbpress", {"draft.json": _good_draft(), **photos})
    monkeypatch.setattr(bundle, "MAX_ENTRIES", 3)
    assert _refusal(path) == "“cok.osbpress” çok fazla dosya içeriyor (5; en çok 3)"
    monkeypatch.setattr(bundle, "MAX_ENTRIES", 500)
    monkeypatch.setattr(bundle, "MAX_TOTAL_BYTES", 2 * 2**20)
    big = _write_zip(tmp_path / "top.osbpress", {"draft.json": b" " * (2**20 + 1), **photos})
    monkeypatch.setattr(bundle, "MAX_JSON_BYTES", 2**20)
    assert _refusal(big) == "“top.osbpress” içindeki “draft.json” çok büyük (en çok 1 MB)"
    # The photos unpack to more than the file holds: past a total set just above it.
    monkeypatch.setattr(bundle, "MAX_TOTAL_BYTES", path.stat().st_size + 10)
    assert _refusal(path) == "“cok.osbpress” açıldığında çok büyük (en çok 0 MB)"


def test_a_zip_bomb(tmp_path: Path) -> None:
    zeros = b"0" * (3 * 1024 * 1024)
    name, _ = _media_entry(zeros)
    path = _write_zip(tmp_path / "bomba.osbpress", {"draft.json": _good_draft(), name: zeros})
    assert _refusal(path) == (
        f"“bomba.osbpress” içindeki “{name}” olağan dışı sıkıştırılmış (zip bombası)"
    )
