""".osbpress files: export then import gives the same release; hostile files are refused whole."""

from __future__ import annotations

import hashlib
import io
import json
import stat
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from osbpress import bundle
from osbpress.bundle import export_bundle, import_bundle, import_into
from osbpress.cli.draftfile import load_draft
from osbpress.errors import BundleError, MediaError
from osbpress.media import folder_media
from osbpress.model import Photo, Release
from osbpress.sample import sample_media
from osbpress.store import DraftStore


def _jpeg(colour: str = "teal") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (80, 60), colour).save(out, "JPEG")
    return out.getvalue()


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGBA", (20, 20), (0, 0, 0, 0)).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def store(tmp_path: Path) -> DraftStore:
    return DraftStore(tmp_path / "depo" / "taslaklar.sqlite3", auto_backup=False)


def _write_zip(
    path: Path, entries: dict[str, bytes], manifest: dict[str, object] | None = None
) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        if manifest is not False:
            data = manifest or {"format": "osbpress", "format_version": 1, "app_version": "0.1.0"}
            archive.writestr("manifest.json", json.dumps(data))
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def _media_entry(data: bytes, ext: str = "jpg") -> tuple[str, str]:
    digest = hashlib.sha256(data).hexdigest()
    return f"media/{digest}.{ext}", f"sha256:{digest}"


def test_export_then_import_gives_the_same_release_and_photos(
    tmp_path: Path, release: Release
) -> None:
    photo, logo_like = sample_media("ziyaret.jpg"), _png()
    media = {"ziyaret.jpg": photo, "ikinci.png": logo_like}
    release.photos.append(Photo(image="ikinci.png", caption="İkinci fotoğraf"))
    path = export_bundle(release, media.__getitem__, tmp_path / "bulten.osbpress")

    imported, photos = import_bundle(path)

    refs = [p.image for p in imported.photos]
    assert all(ref.startswith("sha256:") for ref in refs)
    assert [photos[ref] for ref in refs] == [photo, logo_like]
    # Apart from the photo references becoming content hashes, nothing changed.
    expected = release.model_copy(deep=True)
    for item, ref in zip(expected.photos, refs, strict=True):
        item.image = ref
    assert imported == expected
    names = zipfile.ZipFile(path).namelist()
    assert names[:2] == ["manifest.json", "draft.json"]
    assert json.loads(zipfile.ZipFile(path).read("manifest.json"))["app_version"] == "0.1.0"


def test_store_export_import_round_trip(store: DraftStore, tmp_path: Path) -> None:
    ref = store.put_media(_jpeg(), "foto.jpg")
    original = Release(headline="Fuar Ziyareti", photos=[Photo(image=ref, caption="Fuar alanı")])
    draft_id = store.create(original)
    path = export_bundle(store.get(draft_id).release, store.media_source(), tmp_path / "f.osbpress")
    other = DraftStore(tmp_path / "baska" / "taslaklar.sqlite3", auto_backup=False)
    copy_id = import_into(other, path)
    assert other.get(copy_id).release == original
    assert other.get_media(ref) == _jpeg()
    assert other.revisions(copy_id)[0].note == "“f.osbpress” paketinden alındı"


def test_load_draft_reads_a_bundle_with_its_photos(tmp_path: Path, release: Release) -> None:
    path = export_bundle(release, sample_media, tmp_path / "b.osbpress")
    loaded = load_draft(path)
    assert loaded.release.headline == release.headline
    assert loaded.media(loaded.release.photos[0].image) == sample_media("ziyaret.jpg")
    with pytest.raises(MediaError, match="pakette yok"):
        loaded.media("sha256:" + "0" * 64)


def test_export_names_a_missing_photo(tmp_path: Path, release: Release) -> None:
    with pytest.raises(MediaError, match=r"ziyaret\.jpg"):
        export_bundle(release, folder_media(tmp_path), tmp_path / "x.osbpress")
    assert not (tmp_path / "x.osbpress").exists()


def _good_draft(ref: str | None = None) -> bytes:
    photos = [Photo(image=ref)] if ref else []
    return Release(headline="Paket", photos=photos).model_dump_json().encode()


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("../kacak.txt", "paket dışına yazmaya çalışan bir yol"),
        ("media/../../kacak.jpg", "paket dışına yazmaya çalışan bir yol"),
        ("/etc/passwd", "paket dışına yazmaya çalışan bir yol"),
        ("C:/Windows/x.jpg", "paket dışına yazmaya çalışan bir yol"),
        ("media\\..\\x.jpg", "paket dışına yazmaya çalışan bir yol"),
        ("notlar.txt", "beklenmeyen bir dosya"),
        ("media/kisa.jpg", "beklenmeyen bir dosya"),
    ],
)
def test_unsafe_or_unexpected_names_are_refused(
    tmp_path: Path, store: DraftStore, name: str, reason: str
) -> None:
    path = _write_zip(tmp_path / "k.osbpress", {"draft.json": _good_draft(), name: b"x"})
    with pytest.raises(BundleError, match=reason) as caught:
        import_into(store, path)
    assert "“k.osbpress”" in str(caught.value)
    assert store.list() == []


def test_symlink_entries_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "bag.osbpress"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("manifest.json", json.dumps({"format": "osbpress", "format_version": 1}))
        archive.writestr("draft.json", _good_draft())
        link = zipfile.ZipInfo("media/" + "a" * 64 + ".jpg")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(link, "/etc/passwd")
    with pytest.raises(BundleError, match="bağlantı"):
        import_bundle(path)


def test_zip_bomb_by_ratio_is_refused(tmp_path: Path) -> None:
    zeros = b"0" * (3 * 1024 * 1024)  # deflates about a thousandfold
    name, _ = _media_entry(zeros)
    path = _write_zip(tmp_path / "bomba.osbpress", {"draft.json": _good_draft(), name: zeros})
    with pytest.raises(BundleError, match="zip bombası"):
        import_bundle(path)


def test_total_size_and_file_count_limits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    photos = {_media_entry(_jpeg(c))[0]: _jpeg(c) for c in ("red", "blue", "green")}
    path = _write_zip(tmp_path / "cok.osbpress", {"draft.json": _good_draft(), **photos})
    # Small enough for the unpacked total, big enough for the file itself.
    monkeypatch.setattr(bundle, "MAX_TOTAL_BYTES", path.stat().st_size + 10)
    with pytest.raises(BundleError, match="açıldığında çok büyük"):
        import_bundle(path)
    monkeypatch.setattr(bundle, "MAX_TOTAL_BYTES", 10**9)
    monkeypatch.setattr(bundle, "MAX_ENTRIES", 3)
    with pytest.raises(BundleError, match="çok fazla dosya"):
        import_bundle(path)


def test_a_size_that_lies_is_caught_while_reading(tmp_path: Path) -> None:
    photo = _jpeg()
    name, ref = _media_entry(photo)
    path = _write_zip(tmp_path / "yalan.osbpress", {"draft.json": _good_draft(ref), name: photo})
    data = bytearray(path.read_bytes())
    # Shrink the declared uncompressed size in the local header (name at +30, size at +22)
    # and in the central directory (name at +46, size at +24).
    local = data.find(name.encode()) - 30
    central = data.find(name.encode(), local + 31) - 46
    for size_at in (local + 22, central + 24):
        data[size_at : size_at + 4] = (100).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    with pytest.raises(BundleError, match=r"“yalan\.osbpress” içindeki .* (bozuk|bombası)"):
        import_bundle(path)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"GIF89a ama aslinda degil", "bir görsel değil ya da bozuk"),
        (_jpeg()[:200], "bir görsel değil ya da bozuk"),
    ],
)
def test_media_that_is_not_a_sound_image_is_refused(
    tmp_path: Path, store: DraftStore, data: bytes, reason: str
) -> None:
    name, ref = _media_entry(data)
    path = _write_zip(tmp_path / "m.osbpress", {"draft.json": _good_draft(ref), name: data})
    with pytest.raises(BundleError, match=reason):
        import_into(store, path)
    assert store.list() == []
    assert store._conn.execute("SELECT count(*) FROM media").fetchone()[0] == 0


def test_media_whose_name_is_not_its_hash_is_refused(tmp_path: Path) -> None:
    photo = _jpeg()
    wrong = f"media/{'b' * 64}.jpg"
    draft = _good_draft("sha256:" + "b" * 64)
    path = _write_zip(tmp_path / "h.osbpress", {"draft.json": draft, wrong: photo})
    with pytest.raises(BundleError, match="özetle uyuşmuyor"):
        import_bundle(path)


def test_a_photo_missing_from_the_bundle_is_named(tmp_path: Path) -> None:
    ref = "sha256:" + "c" * 64
    path = _write_zip(tmp_path / "e.osbpress", {"draft.json": _good_draft(ref)})
    with pytest.raises(BundleError, match=r"içinde 1\. fotoğraf.* yok") as caught:
        import_bundle(path)
    assert "sha256" not in str(caught.value)  # named as the officer knows it, not by hash


@pytest.mark.parametrize(
    ("entries", "manifest", "reason"),
    [
        ({"draft.json": b"{bozuk"}, None, "geçerli bir JSON değil"),
        ({"draft.json": b'{"schema_version": 99}'}, None, "daha yeni bir OSB Basın sürümüyle"),
        ({"draft.json": b'{"headline": 5}'}, None, "Başlık: metin olmalı"),
        ({"draft.json": _good_draft()}, {"format": "başka", "format_version": 1}, "paketi değil"),
        (
            {"draft.json": _good_draft()},
            {"format": "osbpress", "format_version": 2, "app_version": "3.0"},
            "OSB Basın 3.0 ile hazırlanmış",
        ),
        ({"draft.json": _good_draft()}, {"format": "osbpress", "format_version": "1"}, "geçersiz"),
        ({}, None, "draft.json yok"),
    ],
)
def test_bad_json_and_versions_are_refused(
    tmp_path: Path, entries: dict[str, bytes], manifest: dict[str, object] | None, reason: str
) -> None:
    path = _write_zip(tmp_path / "j.osbpress", entries, manifest)
    with pytest.raises(BundleError, match=reason):
        import_bundle(path)


def test_not_a_zip_or_missing_file(tmp_path: Path) -> None:
    (tmp_path / "metin.osbpress").write_text("merhaba", encoding="utf-8")
    with pytest.raises(BundleError, match="zip okunamadı"):
        import_bundle(tmp_path / "metin.osbpress")
    with pytest.raises(BundleError, match="bulunamadı"):
        import_bundle(tmp_path / "yok.osbpress")
