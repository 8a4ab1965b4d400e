"""Light markup in section bodies: formatting kept, typed HTML and odd links kept as text."""

from __future__ import annotations

from osbpress.cleaning import safe_href
from osbpress.document import BlockQuote, Heading, ListBlock, Paragraph, Run, plain
from osbpress.markup import parse


def test_bold_italic_and_safe_links() -> None:
    [block] = parse("Bölge **hızla** *büyüyor*, bkz. [site](https://osb.example).")
    assert isinstance(block, Paragraph)
    assert Run("hızla", bold=True) in block.runs
    assert Run("büyüyor", italic=True) in block.runs
    assert Run("site", href="https://osb.example") in block.runs


def test_typed_html_and_entities_stay_text() -> None:
    [block] = parse("AT&T <b>kalın</b> &amp; <script>x</script>")
    assert isinstance(block, Paragraph)
    assert plain(block.runs) == "AT&T <b>kalın</b> &amp; <script>x</script>"


def test_unsafe_link_keeps_its_words_without_a_link() -> None:
    [block] = parse("[tıkla](javascript:alert(1)) ve [dosya](rapor.pdf)")
    assert isinstance(block, Paragraph)
    assert all(run.href is None for run in block.runs)
    assert "tıkla" in plain(block.runs) and "dosya (rapor.pdf)" in plain(block.runs)


def test_lists_quotes_headings_and_code_become_blocks() -> None:
    blocks = parse("- bir\n- iki\n\n1. ilk\n\n> alıntı\n\n## Ara\n\n```\nkod {{ x }}\n```")
    assert blocks[0] == ListBlock(((Run("bir"),), (Run("iki"),)), ordered=False)
    assert blocks[1] == ListBlock(((Run("ilk"),),), ordered=True)
    assert blocks[2] == BlockQuote("alıntı")
    assert blocks[3] == Heading("Ara", level=2)
    assert blocks[4] == Paragraph((Run("kod {{ x }}"),))


def test_images_keep_alt_text_and_address() -> None:
    [block] = parse("![foto](x.png)")
    assert isinstance(block, Paragraph)
    assert plain(block.runs) == "foto (x.png)"


def test_safe_href_allows_only_web_and_mail() -> None:
    assert safe_href("mailto:a@b.c") == "mailto:a@b.c"
    assert safe_href(" HTTPS://x.y ") == "HTTPS://x.y"
    assert safe_href("javascript:alert(1)") is None
    assert safe_href("data:text/html,x") is None


def test_fix_is_applied_to_typed_text() -> None:
    [block] = parse("merhaba *dünya*", fix=str.upper)
    assert isinstance(block, Paragraph)
    assert plain(block.runs) == "MERHABA DÜNYA"


def test_spaces_between_formatted_runs_survive_a_trimming_fix() -> None:
    [block] = parse("daha sonra **tekstil** ve *metal* tesisleri", fix=str.strip)
    assert isinstance(block, Paragraph)
    assert plain(block.runs) == "daha sonra tekstil ve metal tesisleri"
