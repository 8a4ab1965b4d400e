"""Light markup in section bodies: formatting kept, typed HTML and odd links kept as text."""

from __future__ import annotations

from osbpress.cleaning import safe_href
from osbpress.compose.markup import parse
from osbpress.document import BlockQuote, Heading, ListBlock, Paragraph, Run, plain


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


LINKED_QUOTE = "> Bakınız [site](https://example.org) ve **kalın**\n>\n> İkinci *paragraf*."


def test_a_quote_keeps_its_links_emphasis_and_paragraphs() -> None:
    [quote] = parse(LINKED_QUOTE)
    assert isinstance(quote, BlockQuote)
    first, second = quote.paragraphs
    assert Run("site", href="https://example.org") in first
    assert Run("kalın", bold=True) in first
    assert Run("paragraf", italic=True) in second
    assert quote.text == "Bakınız site ve kalın\n\nİkinci paragraf."


def test_a_nested_list_stays_nested_under_its_item() -> None:
    [bullets] = parse("- üst\n  - alt [bağ](mailto:a@b.org)\n  - öbür\n- son")
    assert isinstance(bullets, ListBlock)
    assert [plain(item) for item in bullets.items] == ["üst", "son"]
    [nested] = bullets.sublists[0]
    assert bullets.sublists[1] == ()
    assert [plain(item) for item in nested.items] == ["alt bağ", "öbür"]
    assert Run("bağ", href="mailto:a@b.org") in nested.items[0]
    assert [plain(runs) for runs in bullets.words()] == ["üst", "alt bağ", "öbür", "son"]


def test_numbered_lists_nest_and_keep_further_paragraphs_of_an_item() -> None:
    [numbers] = parse("1. bir\n\n   devamı **kalın**\n2. iki\n   1. iki-bir")
    assert isinstance(numbers, ListBlock) and numbers.ordered
    assert plain(numbers.items[0]) == "bir\ndevamı kalın"
    assert Run("kalın", bold=True) in numbers.items[0]
    [nested] = numbers.sublists[1]
    assert nested.ordered and plain(nested.items[0]) == "iki-bir"


def test_lists_and_headings_inside_a_quote_keep_their_words() -> None:
    [quote] = parse("> ## Ara\n> - bir\n>   - iki\n> 1. üç")
    assert isinstance(quote, BlockQuote)
    assert [plain(runs) for runs in quote.paragraphs] == ["Ara", "• bir", "  • iki", "1. üç"]


def test_a_heading_keeps_a_link_address_as_words() -> None:
    [heading] = parse("## Bkz. [site](https://osb.example) **şimdi**")
    assert heading == Heading("Bkz. site (https://osb.example) şimdi", level=2)


def test_a_quote_inside_a_list_item_keeps_its_words() -> None:
    [bullets] = parse("- madde\n  > alıntı [x](https://a.example)")
    assert isinstance(bullets, ListBlock)
    assert plain(bullets.items[0]) == "madde\nalıntı x"
    assert Run("x", href="https://a.example") in bullets.items[0]


def test_a_plain_quote_from_compose_is_one_paragraph() -> None:
    quote = BlockQuote("Söz.", attribution="Ad Soyad")
    assert quote.paragraphs == ((Run("Söz."),),) and quote.text == "Söz."
    assert quote == BlockQuote(((Run("Söz."),),), "Ad Soyad")


def test_nesting_deeper_than_the_parser_goes_is_kept_as_plain_text() -> None:
    typed = ">" * 120 + " derin söz [bağ](https://osb.example)"
    [block] = parse(typed)
    assert block == Paragraph((Run(typed),))
