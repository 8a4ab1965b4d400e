"""DOCX media: camera photos are stored, not deflated again, and still open intact."""

from __future__ import annotations

import io
import zipfile

from docx import Document as open_docx
from PIL import Image

from osbpress.document import Document, Figure
from osbpress.render import render_docx
from tests.osbpress.render.conftest import photo_bytes, turkish_document


def _camera_photo() -> bytes:
    """A grainy JPEG, as incompressible as a camera's."""
    grain = Image.effect_noise((800, 600), 60).convert("RGB")
    out = io.BytesIO()
    grain.save(out, "JPEG", quality=90)
    return out.getvalue()


def _media(data: bytes) -> dict[str, zipfile.ZipInfo]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        return {i.filename: i for i in archive.infolist() if i.filename.startswith("word/media/")}


def _photo_in(data: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = [n for n in archive.namelist() if n.startswith("word/media/") and "jp" in n]
        assert len(names) == 1
        return archive.read(names[0])


def test_camera_photo_is_stored_and_comes_back_intact() -> None:
    doc = turkish_document(photo=_camera_photo())
    data = render_docx(doc)
    media = _media(data)
    photos = [info for name, info in media.items() if name.endswith((".jpg", ".jpeg"))]
    assert photos
    assert all(info.compress_type == zipfile.ZIP_STORED for info in photos)
    # Word's view of it: python-docx opens the file and finds the picture part.
    word = open_docx(io.BytesIO(data))
    blobs = [rel.target_part.blob for rel in word.part.rels.values() if "image" in rel.reltype]
    assert _photo_in(data) in blobs
    # The stored bytes decode to the picture the renderer prepared.
    stored = Image.open(io.BytesIO(_photo_in(data)))
    stored.load()
    figure = next(b for b in doc.body if isinstance(b, Figure))
    original = Image.open(io.BytesIO(figure.data)).convert("RGB")
    assert stored.size[0] / stored.size[1] == original.size[0] / original.size[1]


def test_text_parts_stay_deflated(document: Document) -> None:
    with zipfile.ZipFile(io.BytesIO(render_docx(document))) as archive:
        info = archive.getinfo("word/document.xml")
    assert info.compress_type == zipfile.ZIP_DEFLATED


def test_flat_picture_that_deflate_shrinks_is_still_deflated() -> None:
    data = render_docx(turkish_document(photo=photo_bytes()))
    photos = [info for name, info in _media(data).items() if name.endswith((".jpg", ".jpeg"))]
    assert photos
    assert all(info.compress_type == zipfile.ZIP_DEFLATED for info in photos)
    assert all(info.compress_size < info.file_size for info in photos)
    decoded = Image.open(io.BytesIO(_photo_in(data)))
    decoded.load()
    assert decoded.format == "JPEG"
