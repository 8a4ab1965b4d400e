"""The HTML snippet's last safety layer (nh3) alone, and what render_html writes by default.

``_sanitise`` gets raw HTML no template would write: tags, attributes,
classes, URL schemes and comments outside the allow-lists must go, in plain
and in WordPress mode, whatever the template and the link check would have
caught before (see test_html_escaping.py for the template alone). The
defaults are pinned on a small document: headline and bold spot included,
no WordPress comments, photos beside the snippet, line breaks as <br>,
blank blocks left out, the language from the document or "tr".
"""

from __future__ import annotations

import pytest

from osbpress.document import (
    Block,
    BlockQuote,
    Document,
    Figure,
    Heading,
    Letterhead,
    ListBlock,
    Meta,
    Paragraph,
    Run,
)
from osbpress.render import render_html
from osbpress.render.html import _sanitise
from tests.osbpress.render.conftest import photo_bytes

RAW = (
    '<article lang="tr" class="x"><h2 class="wp-block-heading">H</h2>'
    '<p onclick="x()">a <script>alert(1)</script><a href="javascript:alert(1)">j</a>'
    '<a href="http://osb.example" target="_blank" hreflang="tr">h</a>'
    '<a href="ftp://osb.example">f</a><a href="tel:123">t</a><a href="mailto:a@osb.example">m</a>'
    '<img src="x.jpg" alt="a" onerror="y" width="5"><iframe src="e"></iframe>'
    '<span style="color:red">s</span><table><tr><td>c</td></tr></table></p>'
    '<!-- wp:paragraph --><!-- yorum --><!-- wp:evil {"a":1} --></article>'
)
KEPT = (
    '<p>a <a>j</a><a href="http://osb.example">h</a><a>f</a><a>t</a>'
    '<a href="mailto:a@osb.example">m</a><img src="x.jpg" alt="a">s</p>c<p></p>'
)


def test_the_sanitiser_alone_keeps_only_the_allow_lists() -> None:
    assert _sanitise(RAW, wordpress=False) == f'<article lang="tr"><h2>H</h2>{KEPT}</article>\n'


def test_in_wordpress_mode_only_block_classes_and_delimiters_survive() -> None:
    assert _sanitise(RAW, wordpress=True) == (
        f'<article lang="tr"><h2 class="wp-block-heading">H</h2>{KEPT}'
        "<!-- wp:paragraph --></article>\n"
    )


def _document(*body: Block, lang: str = "tr-TR") -> Document:
    return Document(
        meta=Meta(title="Başlık", lang=lang),
        letterhead=Letterhead(organisation="OSB", date_text="1 Ocak 2025"),
        headline="Başlık",
        spot="Spot metni",
        body=body,
    )


def test_defaults_blank_blocks_line_breaks_and_a_caption_without_credit() -> None:
    doc = _document(
        Heading("  "),
        BlockQuote("   "),
        ListBlock(()),
        Paragraph((Run("bir\niki"),)),
        Figure(photo_bytes(40, 30), "a.jpg", caption="Açıklama"),
    )
    export = render_html(doc)
    assert export.html == (
        '<article lang="tr">\n<h1>Başlık</h1>\n<p><strong>Spot metni</strong></p>\n'
        "<p>bir<br>iki</p>\n"
        '<figure><img src="a.jpg" alt="Açıklama"><figcaption>Açıklama</figcaption></figure>\n'
        "</article>\n"
    )
    assert [path for path, _ in export.images] == ["a.jpg"]


@pytest.mark.parametrize(("lang", "written"), [("", "tr"), ("EN-gb", "en"), ("de", "de")])
def test_the_language_is_the_documents_or_turkish(lang: str, written: str) -> None:
    html = render_html(_document(lang=lang)).html
    assert html.startswith(f'<article lang="{written}">\n')


@pytest.mark.parametrize("folder", ["a\\b", "c:foto"])
def test_a_backslash_or_a_colon_alone_makes_an_image_folder_unusable(folder: str) -> None:
    with pytest.raises(ValueError, match="image_dir must be a relative folder"):
        render_html(_document(), image_dir=folder)


def test_an_image_folder_keeps_its_own_letters() -> None:
    doc = _document(Figure(photo_bytes(40, 30), "a.jpg"))
    assert [path for path, _ in render_html(doc, image_dir="XFOTOX/").images] == ["XFOTOX/a.jpg"]


def test_an_unknown_block_is_named() -> None:
    with pytest.raises(TypeError, match="unknown block"):
        render_html(_document("bir metin"))  # type: ignore[arg-type]
