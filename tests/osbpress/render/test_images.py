"""Bad photos give a Turkish MediaError naming the photo in every format; good ones are cleaned."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable

import pytest
from PIL import Image

from osbpress.document import Document, Figure, Letterhead
from osbpress.errors import MediaError
from osbpress.render import render_docx, render_html, render_pdf
from osbpress.render.images import image_file_names, prepare_image
from tests.osbpress.render.conftest import photo_bytes

RENDERERS: list[Callable[[Document], object]] = [render_pdf, render_docx, render_html]


def _huge_png() -> bytes:
    # 9000 × 9000 = 81 megapixels; one bit per pixel keeps the test's own memory small.
    out = io.BytesIO()
    Image.new("1", (9000, 9000)).save(out, "PNG")
    return out.getvalue()


BAD_PHOTOS = {
    "metin": b"Bu bir fotograf degil, bir metin dosyasi.",
    "boş": b"",
    "yarım": photo_bytes()[:600],
    "dev": _huge_png(),
}


@pytest.mark.parametrize("render", RENDERERS, ids=["pdf", "docx", "html"])
@pytest.mark.parametrize("kind", BAD_PHOTOS)
def test_a_bad_photo_is_named_in_a_turkish_error(
    document: Document, render: Callable[[Document], object], kind: str
) -> None:
    figure = Figure(BAD_PHOTOS[kind], name="tören-foto", caption="Açılış töreni")
    doc = dataclasses.replace(document, body=(*document.body, figure))
    with pytest.raises(MediaError) as caught:
        render(doc)
    message = str(caught.value)
    assert "“tören-foto”" in message and "Açılış töreni" in message
    if kind == "dev":
        assert "megapiksel" in message


@pytest.mark.parametrize("render", [render_pdf, render_docx], ids=["pdf", "docx"])
def test_a_bad_logo_is_named(document: Document, render: Callable[[Document], object]) -> None:
    head = Letterhead(organisation="Gebze OSB", logo=b"<svg></svg>")
    with pytest.raises(MediaError, match=r"^Logo "):
        render(dataclasses.replace(document, letterhead=head))


def test_transparent_png_is_flattened_on_white() -> None:
    image = Image.new("RGBA", (40, 20), (0, 0, 0, 0))
    out = io.BytesIO()
    image.save(out, "PNG")
    prepared = prepare_image(out.getvalue(), "x", max_width=100, quality=90)
    decoded = Image.open(io.BytesIO(prepared.data))
    assert decoded.mode == "RGB"
    assert decoded.getpixel((5, 5)) == pytest.approx((255, 255, 255), abs=3)
    assert (prepared.width, prepared.height) == (40, 20)


def test_file_names_are_stable_ascii_and_unique() -> None:
    figures = tuple(
        Figure(b"", name=name)
        for name in ("Çağrı Öztürk İmza Töreni", "Çağrı Öztürk İmza Töreni", "foto.JPG", "", "ŞĞÜ")
    )
    assert image_file_names(figures) == (
        "cagri-ozturk-imza-toreni.jpg",
        "cagri-ozturk-imza-toreni-2.jpg",
        "foto.jpg",
        "fotograf-4.jpg",
        "sgu.jpg",
    )
