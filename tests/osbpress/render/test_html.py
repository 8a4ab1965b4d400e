"""The CMS snippet parsed back: allowed tags only, balanced, same text; WordPress blocks; photos."""

from __future__ import annotations

import dataclasses
import io
import re

import pytest
from PIL import Image

from osbpress.document import Document, Figure, Paragraph, Run
from osbpress.render import render_html
from tests.osbpress.render.conftest import photo_bytes
from tests.osbpress.render.readback import content_texts, letters, parse_html

ALLOWED_TAGS = {
    "article", "h1", "h2", "h3", "p", "br", "strong", "em", "a", "blockquote", "cite",
    "ul", "ol", "li", "figure", "figcaption", "img",
}  # fmt: skip


def test_snippet_is_balanced_semantic_html_with_the_same_text(document: Document) -> None:
    export = render_html(document)
    parsed = parse_html(export.html)
    assert parsed.errors == []
    assert set(parsed.tags) <= ALLOWED_TAGS
    assert parsed.tags[0] == "article" and ("article", "lang", "tr") in parsed.attributes
    assert not [a for a in parsed.attributes if a[1] in ("style", "class")]
    assert parsed.comments == []
    text = letters("".join(parsed.text))
    assert text.startswith(letters(document.headline))
    position = 0
    for part in content_texts(document):
        found = text.find(letters(part), position)
        assert found >= 0, f"missing or out of order: {part!r}"
        position = found
    assert "Işık, ğ, ı, İ, Ş, Ğ, ç, ö, ü ve â" in "".join(parsed.text)
    for tag in ("h1", "h2", "h3", "blockquote", "ul", "ol", "figure", "figcaption"):
        assert tag in parsed.tags


def test_headline_and_spot_can_be_left_to_the_cms(document: Document) -> None:
    html = render_html(document, headline=False, spot=False).html
    parsed = parse_html(html)
    assert "h1" not in parsed.tags
    assert document.spot not in "".join(parsed.text)
    assert "".join(parsed.text).lstrip().startswith("Kahramanmaraş, 24 Kasım 2024")


def test_wordpress_mode_gives_one_block_per_element(document: Document) -> None:
    html = render_html(document, wordpress=True).html
    parsed = parse_html(html)
    assert parsed.errors == []
    assert "article" not in parsed.tags
    openers = [c.strip() for c in parsed.comments if not c.strip().startswith("/")]
    closers = [c.strip() for c in parsed.comments if c.strip().startswith("/")]
    assert len(openers) == len(closers)
    assert openers[:4] == [
        'wp:heading {"level":1}',
        "wp:paragraph",
        "wp:paragraph",
        "wp:heading",
    ]
    assert 'wp:heading {"level":3}' in openers
    assert "wp:quote" in openers and 'wp:list {"ordered":true}' in openers
    assert openers.count("wp:list-item") == 5
    assert 'wp:image {"sizeSlug":"large","linkDestination":"none"}' in openers
    assert '<h2 class="wp-block-heading">' in html
    assert '<blockquote class="wp-block-quote"><!-- wp:paragraph -->' in html
    assert '<ul class="wp-block-list"><!-- wp:list-item -->\n<li>' in html
    assert '<figure class="wp-block-image size-large"><img src=' in html
    assert '<figcaption class="wp-element-caption">' in html
    # Top-level blocks are separated by a blank line, so no words run together.
    assert "<!-- /wp:paragraph -->\n\n<!-- wp:heading -->" in html


def test_photos_come_out_as_web_sized_jpegs_with_stable_relative_names(
    document: Document,
) -> None:
    exif = Image.Exif()
    exif[0x010F] = "Kamera Üreticisi"
    exif[0x0112] = 6  # held upright: the stored pixels are rotated
    big = Image.new("RGB", (3000, 2000), (200, 30, 30))
    raw = io.BytesIO()
    big.save(raw, "JPEG", exif=exif)
    doc = dataclasses.replace(
        document,
        body=(
            Figure(raw.getvalue(), name="Tören Alanı", caption="Tören"),
            Figure(photo_bytes(fmt="PNG"), name="Tören Alanı"),
            Figure(photo_bytes(), name="!!!"),
        ),
    )
    export = render_html(doc, image_dir="foto")
    names = [name for name, _ in export.images]
    assert names == ["foto/toren-alani.jpg", "foto/toren-alani-2.jpg", "foto/fotograf-3.jpg"]
    sources = [value for tag, attr, value in parse_html(export.html).attributes if attr == "src"]
    assert sources == names
    first = Image.open(io.BytesIO(export.images[0][1]))
    assert first.format == "JPEG" and first.mode == "RGB"
    assert first.size == (1600, 2400)  # turned upright (portrait), then 1600 px wide
    assert not first.getexif()
    assert render_html(doc, image_dir="foto").images == export.images


@pytest.mark.parametrize("folder", ["/etc", "../yukarı", "a/../../b", "C:\\x"])
def test_image_folder_must_stay_relative(document: Document, folder: str) -> None:
    with pytest.raises(ValueError):
        render_html(document, image_dir=folder)


def test_links_keep_only_web_and_mail_addresses(document: Document) -> None:
    runs = (
        Run("a", href="https://example.org/?q=1&r=<2>"),
        Run("b", href="javascript:alert(1)"),
        Run("c", href="JaVaScRiPt:alert(1)"),
        Run("d", href="data:text/html,<script>alert(1)</script>"),
        Run("e", href="mailto:basin@kmosb.example"),
        Run("f", href="//evil.example/x"),
    )
    doc = dataclasses.replace(document, body=(Paragraph(runs),), contact=None)
    parsed = parse_html(render_html(doc).html)
    hrefs = [value for tag, attr, value in parsed.attributes if attr == "href"]
    assert hrefs == ["https://example.org/?q=1&r=<2>", "mailto:basin@kmosb.example"]
    assert "abcdef" in "".join(parsed.text)


def test_typed_markup_and_template_syntax_stay_text(document: Document) -> None:
    typed = "<script>alert(1)</script> <!-- wp:paragraph --> {{ 7*7 }} {% raw %} &amp;"
    doc = dataclasses.replace(
        document, headline=typed, body=(Paragraph((Run(typed),)),), spot=typed
    )
    for wordpress in (False, True):
        html = render_html(doc, wordpress=wordpress).html
        parsed = parse_html(html)
        assert "<script" not in html
        assert "script" not in parsed.tags
        assert "".join(parsed.text).count(typed) == 3
        assert not [c for c in parsed.comments if "7*7" in c or "raw" in c]
        if wordpress:
            assert all(re.fullmatch(r" /?wp:[a-z-]+( \{.*\})? ", c) for c in parsed.comments)


def test_empty_blocks_are_left_out(document: Document) -> None:
    doc = dataclasses.replace(
        document, body=(Paragraph((Run(" \x0b "),)), Paragraph((Run("dolu"),)))
    )
    for wordpress in (False, True):
        html = render_html(doc, wordpress=wordpress).html
        assert "<p></p>" not in html and "<p> <br> </p>" not in html
        assert html.count("<p>dolu</p>") == 1
