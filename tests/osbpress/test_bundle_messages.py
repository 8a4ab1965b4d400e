"""Every refusal of a .osbpress file, word for word (test_bundle.py checks the story).

``pytest.raises(match=…)`` only searches, so a message that gained or lost
words passed there; here each one is compared whole, with the field it
points at when it names a photo.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from osbpress.bundle import bundle_media, export_bundle, import_bundle, import_file
from osbpress.errors import BundleError, MediaError
from osbpress.media import ref_for
from osbpress.model import Photo, Release
from osbpress.store import DraftStore
from tests.osbpress.test_bundle import _good_draft, _jpeg, _media_entry, _write_zip

PHOTO = ("photos", 0, "image")


def _refusal(path: Path) -> BundleError:
    with pytest.raises(BundleError) as caught:
        import_bundle(path)
    return caught.value


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("../kacak.txt", "“k.osbpress” paket dışına yazmaya çalışan bir yol içeriyor: “../kacak.txt”"),
        ("C:/Windows/x.jpg", "“k.osbpress” paket dışına yazmaya çalışan bir yol içeriyor: “C:/Windows/x.jpg”"),
        ("media\\..\\x.jpg", "“k.osbpress” paket dışına yazmaya çalışan bir yol içeriyor: “media\\..\\x.jpg”"),
        ("notlar.txt", "“k.osbpress” beklenmeyen bir dosya içeriyor: “notlar.txt”"),
        ("media/kisa.jpg", "“k.osbpress” beklenmeyen bir dosya içeriyor: “media/kisa.jpg”"),
    ],
)  # fmt: skip
def test_entry_names(tmp_path: Path, name: str, message: str) -> None:
    path = _write_zip(tmp_path / "k.osbpress", {"draft.json": _good_draft(), name: b"x"})
    assert str(_refusal(path)) == message


@pytest.mark.parametrize(
    ("entries", "manifest", "message"),
    [
        (
            {"draft.json": b"{bozuk"},
            None,
            "“j.osbpress” içindeki taslak okunamadı: geçerli bir JSON değil (satır 1, sütun 2)",
        ),
        (
            {"draft.json": b'{"headline": 5}'},
            None,
            "“j.osbpress” içindeki taslak geçersiz: Başlık: metin olmalı",
        ),
        (
            {"draft.json": _good_draft()},
            {"format": "başka", "format_version": 1},
            "“j.osbpress” bir OSB Basın paketi değil (manifest.json tanınmadı)",
        ),
        (
            {"draft.json": _good_draft()},
            {"format": "osbpress", "format_version": 2, "app_version": "3.0"},
            "“j.osbpress” OSB Basın 3.0 ile hazırlanmış (paket biçimi 2; bu sürüm en çok 1 "
            "okuyabilir); programı güncelleyin",
        ),
        (
            {"draft.json": _good_draft()},
            {"format": "osbpress", "format_version": "1"},
            "“j.osbpress”: paket biçimi sürümü geçersiz ('1')",
        ),
        ({}, None, "“j.osbpress” bir OSB Basın paketi değil (draft.json yok)"),
        (
            {"draft.json": _good_draft()},
            False,
            "“j.osbpress” bir OSB Basın paketi değil (manifest.json yok)",
        ),
    ],
)
def test_manifest_and_draft(
    tmp_path: Path, entries: dict[str, bytes], manifest: dict[str, object] | None, message: str
) -> None:
    assert str(_refusal(_write_zip(tmp_path / "j.osbpress", entries, manifest))) == message


def test_a_newer_schema(tmp_path: Path) -> None:
    path = _write_zip(tmp_path / "j.osbpress", {"draft.json": b'{"schema_version": 99}'})
    message = str(_refusal(path))
    assert message.startswith(
        "“j.osbpress” içindeki taslak daha yeni bir OSB Basın sürümüyle yazılmış "
        "(şema 99, bu sürüm en çok "
    )
    assert message.endswith(" okuyabilir); programı güncelleyin")


def test_photos(tmp_path: Path) -> None:
    missing = _write_zip(tmp_path / "e.osbpress", {"draft.json": _good_draft("sha256:" + "c" * 64)})
    error = _refusal(missing)
    assert (str(error), error.field) == ("“e.osbpress” içinde 1. fotoğraf yok", PHOTO)

    wrong = {"draft.json": _good_draft("sha256:" + "b" * 64), f"media/{'b' * 64}.jpg": _jpeg()}
    error = _refusal(_write_zip(tmp_path / "h.osbpress", wrong))
    assert (str(error), error.field) == (
        "“h.osbpress” içindeki 1. fotoğraf bozuk (içerik, adındaki özetle uyuşmuyor)",
        PHOTO,
    )

    data = b"GIF89a ama aslinda degil"
    name, ref = _media_entry(data)
    error = _refusal(
        _write_zip(tmp_path / "m.osbpress", {"draft.json": _good_draft(ref), name: data})
    )
    assert (str(error), error.field) == (
        "“m.osbpress”: 1. fotoğraf bir görsel değil ya da bozuk.",
        PHOTO,
    )


def test_not_a_bundle_or_not_there(tmp_path: Path) -> None:
    (tmp_path / "metin.osbpress").write_text("merhaba", encoding="utf-8")
    assert str(_refusal(tmp_path / "metin.osbpress")) == (
        "“metin.osbpress” bir OSB Basın paketi değil ya da bozuk (zip okunamadı)"
    )
    missing = tmp_path / "yok.osbpress"
    assert str(_refusal(missing)) == f"“yok.osbpress” bulunamadı ({missing})"


def test_import_file_takes_a_json_draft_with_its_photo_or_a_bundle_by_suffix(
    tmp_path: Path,
) -> None:
    photo = _jpeg()
    (tmp_path / "ziyaret.jpg").write_bytes(photo)
    draft = tmp_path / "taslak.json"
    release = Release(headline="Dosyadan", photos=[Photo(image="ziyaret.jpg", caption="Heyet")])
    draft.write_text(release.model_dump_json(), encoding="utf-8")
    with DraftStore(tmp_path / "s.sqlite3", auto_backup=False) as store:
        draft_id = import_file(store, draft)
        stored = store.get(draft_id).release
        assert [p.image for p in stored.photos] == [ref_for(photo)]
        assert store.get_media(ref_for(photo)) == photo
        assert store.media_name(ref_for(photo)) == "ziyaret.jpg"
        assert store.revisions(draft_id)[0].note == "“taslak.json” dosyasından alındı"
        bundle = export_bundle(stored, store.media_source(), tmp_path / "PAKET.OSBPRESS")
        again = import_file(store, bundle)
        assert store.get(again).release == stored
        assert store.revisions(again)[0].note == "“PAKET.OSBPRESS” paketinden alındı"
    read = bundle_media({ref_for(photo): photo})
    assert read(ref_for(photo)) == photo
    with pytest.raises(MediaError) as caught:
        read("sha256:" + "d" * 64)
    assert str(caught.value) == f"“sha256:{'d' * 64}” fotoğrafı pakette yok"
