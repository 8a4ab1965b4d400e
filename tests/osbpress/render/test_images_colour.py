"""Photos keep their tones and colours: odd pixel modes, colour profiles, tiny pictures.

Each test makes a real image in memory, prepares it as the renderers do and
reads the prepared pixels back (and, where the size matters, the PDF's own
drawing commands).
"""

from __future__ import annotations

import dataclasses
import io
import re
import struct
import zlib

import pytest
from docx import Document as WordDocument
from PIL import Image
from pypdf import PdfReader

from osbpress.document import Document, Figure
from osbpress.media import MIN_LONG_SIDE, long_side
from osbpress.render import render_docx, render_pdf
from osbpress.render.images import PRINT_DPI, PreparedImage, prepare_image, prepare_logo


def _encode(image: Image.Image, fmt: str = "PNG", **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


def _prepared(data: bytes) -> PreparedImage:
    return prepare_image(data, "Fotoğraf", max_width=2000, quality=95)


def _pixel(prepared: PreparedImage) -> tuple[int, ...]:
    with Image.open(io.BytesIO(prepared.data)) as image:
        assert image.mode == "RGB"
        return tuple(image.getpixel((image.width // 2, image.height // 2)))  # type: ignore[arg-type]


def _palette_with_transparency() -> bytes:
    image = Image.new("P", (8, 8), 1)
    image.putpalette([200, 30, 30, 0, 0, 0] + [0] * 762)
    return _encode(image, transparency=1)


# Each: the image, and the colour its middle must have once prepared.
MODES = {
    "I;16 grey": (_encode(Image.new("I;16", (8, 8), 32896)), (128, 128, 128)),
    "I;16 dark": (_encode(Image.new("I;16", (8, 8), 2570)), (10, 10, 10)),
    "I 32-bit": (_encode(Image.new("I", (8, 8), 30000), "TIFF"), (117, 117, 117)),
    "F 0..1": (_encode(Image.new("F", (8, 8), 0.5), "TIFF"), (128, 128, 128)),
    "LA transparent": (_encode(Image.new("LA", (8, 8), (0, 0))), (255, 255, 255)),
    "LA opaque": (_encode(Image.new("LA", (8, 8), (60, 255))), (60, 60, 60)),
    "P transparent": (_palette_with_transparency(), (255, 255, 255)),
    "CMYK": (
        _encode(Image.new("CMYK", (8, 8), (0, 255, 255, 0)), "JPEG", quality=100),
        (255, 0, 0),
    ),
    "1-bit": (_encode(Image.new("1", (8, 8), 1)), (255, 255, 255)),
    "1-bit black": (_encode(Image.new("1", (8, 8), 0)), (0, 0, 0)),
}


@pytest.mark.parametrize("mode", MODES)
def test_every_pixel_mode_keeps_its_tone(mode: str) -> None:
    data, expected = MODES[mode]
    assert _pixel(_prepared(data)) == pytest.approx(expected, abs=3)


def test_a_sixteen_bit_greyscale_png_is_grey_in_the_pdf(document: Document) -> None:
    """The reported fault: a 16-bit greyscale PNG printed white."""
    grey = _encode(Image.new("I;16", (400, 300), 16448))  # a quarter of full scale: 64
    pdf = render_pdf(dataclasses.replace(document, body=(Figure(grey, name="gri"),)))
    images = [image for page in PdfReader(io.BytesIO(pdf)).pages for image in page.images]
    photo = next(image.image for image in images if image.image.size == (400, 300))
    assert photo.convert("RGB").getpixel((200, 150)) == pytest.approx((64, 64, 64), abs=3)


# -- colour profiles ---------------------------------------------------------

_D50 = (0.9642, 1.0, 0.8249)
# Adobe RGB (1998): primaries adapted to D50, as in Adobe's own profile; gamma 563/256.
_ADOBE = {
    b"rXYZ": (0.60974, 0.31111, 0.01947),
    b"gXYZ": (0.20528, 0.62567, 0.06087),
    b"bXYZ": (0.14919, 0.06322, 0.74457),
}


def _s15(value: float) -> bytes:
    return struct.pack(">i", round(value * 65536))


def _xyz(values: tuple[float, float, float]) -> bytes:
    return b"XYZ \0\0\0\0" + b"".join(_s15(v) for v in values)


def adobe_rgb_profile() -> bytes:
    """An ICC v2 matrix/TRC profile with Adobe RGB (1998)'s primaries, built byte by byte."""
    text = b"Adobe RGB (1998) uyumlu deneme\0"
    describe = b"desc\0\0\0\0" + struct.pack(">I", len(text)) + text + b"\0" * 78
    curve = b"curv\0\0\0\0" + struct.pack(">IH", 1, 563) + b"\0\0"
    tags = [
        (b"desc", describe),
        (b"wtpt", _xyz(_D50)),
        *((name, _xyz(xyz)) for name, xyz in _ADOBE.items()),
        (b"rTRC", curve),
        (b"gTRC", curve),
        (b"bTRC", curve),
        (b"cprt", b"text\0\0\0\0yok\0"),
    ]
    start = 128 + 4 + 12 * len(tags)
    table = data = b""
    for name, body in tags:
        body += b"\0" * (-len(body) % 4)
        table += name + struct.pack(">II", start + len(data), len(body))
        data += body
    header = (
        struct.pack(">I", start + len(data))
        + b"\0" * 4
        + struct.pack(">I", 0x02100000)
        + b"mntrRGB XYZ "
        + b"\0" * 12
        + b"acsp"
        + b"\0" * 28
        + b"".join(_s15(v) for v in _D50)
        + b"\0" * 48
    )
    assert len(header) == 128
    return header + struct.pack(">I", len(tags)) + table + data


def _adobe_to_srgb(rgb: tuple[int, int, int]) -> tuple[int, int, int]:
    """The textbook conversion (D65 matrices), independent of littlecms."""
    to_xyz = ((0.5767309, 0.1855540, 0.1881852), (0.2973769, 0.6273491, 0.0752741),
              (0.0270343, 0.0706872, 0.9911085))  # fmt: skip
    to_srgb = ((3.2404542, -1.5371385, -0.4985314), (-0.9692660, 1.8760108, 0.0415560),
               (0.0556434, -0.2040259, 1.0572252))  # fmt: skip
    linear = [(v / 255) ** (563 / 256) for v in rgb]
    xyz = [sum(m * c for m, c in zip(row, linear, strict=True)) for row in to_xyz]
    out = [min(1.0, max(0.0, sum(m * c for m, c in zip(row, xyz, strict=True)))) for row in to_srgb]
    encoded = [12.92 * c if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055 for c in out]
    red, green, blue = (round(255 * c) for c in encoded)
    return red, green, blue


SHOT = (80, 160, 90)  # a green as an Adobe RGB camera stores it


@pytest.mark.parametrize("fmt", ["JPEG", "PNG"])
def test_an_adobe_rgb_photo_is_converted_to_srgb(fmt: str) -> None:
    options = {"quality": 100, "subsampling": 0} if fmt == "JPEG" else {}
    photo = _encode(
        Image.new("RGB", (64, 48), SHOT), fmt, icc_profile=adobe_rgb_profile(), **options
    )
    expected = _adobe_to_srgb(SHOT)
    assert expected == pytest.approx((0, 161, 85), abs=2)  # far from the stored numbers
    assert _pixel(_prepared(photo)) == pytest.approx(expected, abs=3)


def test_a_logo_with_a_profile_is_converted_and_keeps_transparency() -> None:
    logo = Image.new("RGBA", (40, 40), (0, 0, 0, 0))
    logo.paste((*SHOT, 255), (10, 10, 30, 30))
    prepared = prepare_logo(_encode(logo, icc_profile=adobe_rgb_profile()))
    with Image.open(io.BytesIO(prepared.data)) as image:
        assert image.getpixel((0, 0))[3] == 0  # type: ignore[index]
        assert image.getpixel((20, 20))[:3] == pytest.approx(_adobe_to_srgb(SHOT), abs=3)  # type: ignore[index]


def test_an_unreadable_profile_is_ignored_not_fatal() -> None:
    photo = _encode(Image.new("RGB", (16, 16), SHOT), "PNG", icc_profile=b"bozuk profil" * 20)
    assert _pixel(_prepared(photo)) == pytest.approx(SHOT, abs=2)


def test_an_untagged_photo_is_taken_as_srgb() -> None:
    assert _pixel(_prepared(_encode(Image.new("RGB", (16, 16), SHOT)))) == pytest.approx(
        SHOT, abs=2
    )


# -- size --------------------------------------------------------------------


def test_natural_width_is_the_source_pixels_at_150_dpi() -> None:
    tiny = _prepared(_encode(Image.new("RGB", (1, 1), "red")))
    assert tiny.natural_width == pytest.approx(72 / PRINT_DPI)
    big = prepare_image(
        _encode(Image.new("RGB", (3000, 2000), "red"), "JPEG"), "x", max_width=1000, quality=80
    )
    assert big.width == 1000  # scaled down for the file ...
    assert big.natural_width == pytest.approx(3000 * 72 / PRINT_DPI)  # ... not for its print size


def _drawn_widths(pdf: bytes) -> list[float]:
    """The width every image is drawn at, read from the page's ``cm ... Do`` commands."""
    widths = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        content = page.get_contents()
        assert content is not None
        stream = content.get_data().decode("latin-1")
        for match in re.finditer(r"([\d.]+) 0 0 ([\d.]+) [-\d.]+ [-\d.]+ cm\s*/(\S+) Do", stream):
            widths.append(float(match.group(1)))
    return widths


def test_a_one_pixel_photo_is_not_blown_up_in_the_pdf(document: Document) -> None:
    tiny = _encode(Image.new("RGB", (1, 1), "red"))
    wide = _encode(Image.new("RGB", (2400, 1600), "navy"), "JPEG")
    body = (Figure(tiny, name="nokta"), Figure(wide, name="geniş"))
    widths = sorted(_drawn_widths(render_pdf(dataclasses.replace(document, body=body))))
    assert widths[0] == pytest.approx(72 / PRINT_DPI, abs=0.01)
    assert widths[-1] > 400  # the large photo still fills the text width


def test_long_side_for_the_checklist() -> None:
    assert long_side(_encode(Image.new("RGB", (800, 1100)))) == 1100
    assert long_side(_encode(Image.new("RGB", (1600, 900)), "JPEG")) >= MIN_LONG_SIDE
    assert long_side(b"not an image") == 0
    assert long_side(zlib.compress(b"x")) == 0


def test_a_one_pixel_photo_is_not_blown_up_in_the_docx(document: Document) -> None:
    tiny = _encode(Image.new("RGB", (1, 1), "red"))
    wide = _encode(Image.new("RGB", (2400, 1600), "navy"), "JPEG")
    body = (Figure(tiny, name="nokta"), Figure(wide, name="geniş"))
    word = WordDocument(io.BytesIO(render_docx(dataclasses.replace(document, body=body))))
    widths = sorted(shape.width.pt for shape in word.inline_shapes)
    assert widths[0] == pytest.approx(72 / PRINT_DPI, abs=0.01)
    assert widths[-1] > 400
