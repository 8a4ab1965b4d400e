"""One list of image formats for every path, and bad photos named as the officer knows them.

A photo that renders can be imported, stored and carried in a bundle, and
one refused anywhere is refused everywhere (issue: BMP rendered but
``drafts import`` refused it). A bad photo is named by the file the officer
chose and its caption, never by its hash or a generated name.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from osbpress.bundle import export_bundle, import_bundle, import_file
from osbpress.compose import compose
from osbpress.document import Figure
from osbpress.errors import MediaError
from osbpress.media import (
    FORMAT_NAMES,
    IMAGE_FORMATS,
    IMAGE_PATTERNS,
    check_image,
    folder_media,
    ref_for,
)
from osbpress.model import Photo, Release
from osbpress.render import render_pdf
from osbpress.render.images import print_image
from osbpress.store import DraftStore


def _image(fmt: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (48, 32), (200, 40, 40)).save(out, fmt)
    return out.getvalue()


def _draft(folder: Path, name: str, data: bytes, caption: str = "Açılış") -> Path:
    (folder / name).write_bytes(data)
    path = folder / "taslak.json"
    release = Release(headline="Biçim", photos=[Photo(image=name, caption=caption)])
    path.write_text(release.model_dump_json(), encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", IMAGE_FORMATS)
def test_every_listed_format_renders_imports_and_travels(fmt: str, tmp_path: Path) -> None:
    data = _image(fmt)
    draft = _draft(tmp_path, f"foto.{IMAGE_FORMATS[fmt]}", data)
    with DraftStore(tmp_path / "s.sqlite3", auto_backup=False) as store:
        draft_id = import_file(store, draft)
        release = store.get(draft_id).release
        assert store.get_media(release.photos[0].image) == data
        bundle = export_bundle(release, store.media_source(), tmp_path / "paket.osbpress")
    carried, media = import_bundle(bundle)
    assert media[carried.photos[0].image] == data
    document = compose(carried, media=media.__getitem__)
    assert render_pdf(document).startswith(b"%PDF")


@pytest.mark.parametrize("fmt", ["PPM", "ICO", "TGA"])
def test_an_unlisted_format_is_refused_on_every_path(fmt: str, tmp_path: Path) -> None:
    data = _image(fmt)
    with pytest.raises(MediaError, match=f"desteklenmeyen bir biçimde \\({fmt}\\)"):
        check_image(data, "eski")
    draft = _draft(tmp_path, "eski.img", data)
    with DraftStore(tmp_path / "s.sqlite3", auto_backup=False) as store:
        with pytest.raises(MediaError, match="desteklenmeyen"):
            import_file(store, draft)
        with pytest.raises(MediaError, match="desteklenmeyen"):
            store.put_media(data, "eski.img")
    release = Release(photos=[Photo(image="eski.img")])
    document = compose(release, media=folder_media(tmp_path))
    with pytest.raises(MediaError, match=f"yalnızca {FORMAT_NAMES} kabul edilir"):
        render_pdf(document)


def test_a_bad_photo_in_a_render_is_named_by_number_and_caption(tmp_path: Path) -> None:
    (tmp_path / "bozuk.jpg").write_bytes(b"bir fotograf degil")
    release = Release(photos=[Photo(image="bozuk.jpg", caption="Kurdele kesimi")])
    body = compose(release, media=folder_media(tmp_path)).body
    figure = next(block for block in body if isinstance(block, Figure))
    with pytest.raises(MediaError) as caught:
        print_image(figure)
    message = str(caught.value)
    assert message.startswith("1. fotoğraf") and "Kurdele kesimi" in message
    assert "foto-01" not in message and "sha256" not in message


def test_a_bad_photo_in_an_export_is_not_named_by_its_hash(tmp_path: Path) -> None:
    ref = ref_for(b"bozuk")
    release = Release(photos=[Photo(), Photo(image=ref, caption="Heyet")])
    with pytest.raises(MediaError) as caught:
        export_bundle(release, lambda _: b"bozuk", tmp_path / "x.osbpress")
    assert str(caught.value).startswith("2. fotoğraf (altyazı: “Heyet”)")
    assert "sha256" not in str(caught.value)
    assert caught.value.field == ("photos", 1, "image")


def test_a_bad_photo_file_is_named_by_its_file(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "IMG_1042.jpg", b"metin", caption="Tören")
    with (
        DraftStore(tmp_path / "s.sqlite3", auto_backup=False) as store,
        pytest.raises(MediaError, match=r"“IMG_1042\.jpg” bir görsel değil"),
    ):
        import_file(store, draft)


def test_the_file_dialog_patterns_cover_every_format() -> None:
    extensions = {pattern.removeprefix("*.") for pattern in IMAGE_PATTERNS}
    assert set(IMAGE_FORMATS.values()) <= extensions


def test_the_store_tells_a_photos_file_name(tmp_path: Path) -> None:
    with DraftStore(tmp_path / "s.sqlite3", auto_backup=False) as store:
        ref = store.put_media(_image("BMP"), "eski tarama.bmp")
        assert store.media_name(ref) == "eski tarama.bmp"
        assert store.media_name("foto.jpg") == ""
