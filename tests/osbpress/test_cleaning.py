"""clean_text: characters XML cannot hold go, line breaks are kept, words stay; safe_href."""

import pytest

from osbpress.cleaning import clean_text, paragraphs, safe_href
from osbpress.compose.markup import parse
from osbpress.document import Paragraph, plain


def test_control_characters_are_removed_and_breaks_mapped() -> None:
    assert clean_text("a\x00b\x1bc\x7f") == "abc"
    assert clean_text("bir\x0biki\x0cüç\r\ndört\rbeş\u2028altı") == "bir\niki\nüç\ndört\nbeş\naltı"
    assert clean_text("sekme\tkalır") == "sekme\tkalır"


def test_surrogates_and_noncharacters_are_replaced_or_removed() -> None:
    assert clean_text("x\ud800y\uffffz") == "x\ufffdyz"


def test_rtl_and_emoji_stay() -> None:
    text = "\u202eعربى 🏭 עברית"
    assert clean_text(text) == text


def test_paragraphs_split_on_blank_lines() -> None:
    assert paragraphs(" bir\n\n  \n iki\nsatır \n") == ["bir", "iki\nsatır"]


@pytest.mark.parametrize(
    "href",
    [
        "https://kahramanmarasosb.org.tr",
        "https://osb.example/haber?id=7&dil=tr#foto",
        "http://www.osb.example:8080/",
        "https://kahramanmaraş.bel.tr/",
        "https://xn--kahramanmara-5pb.org",
        "http://192.0.2.10/rapor",
        "http://[2001:db8::1]/",
        "mailto:basin@osb.example",
        "mailto:basin@osb.example,ik@osb.example?subject=Bülten",
        "MAILTO:Basin@OSB.Example",
    ],
)
def test_well_formed_web_and_mail_addresses_are_links(href: str) -> None:
    assert safe_href(href) == href
    assert safe_href(f"  {href} ") == href


@pytest.mark.parametrize(
    "href",
    [
        "https://exa mple.com",
        "https://exa%20mple.com",
        "https://exa\tmple.com",
        "https://example.com/yol adı",
        "mailto:",
        "mailto:basin",
        "mailto:basin@osb",
        "mailto:@osb.example",
        "mailto:a b@osb.example",
        "https://",
        "https://localhost/",
        "https://-osb.example",
        "https://osb_.example",
        "https://osb..example",
        "https://1.2.3",
        "https://osb.example:99999/",
        "https://osb.example:port/",
        "https://kahramanmarasosb.org.tr@kotu.example/",
        "//osb.example/",
        "javascript:alert(1)",
        "data:text/html,x",
        "file:///etc/passwd",
        "",
        None,
    ],
)
def test_malformed_addresses_are_refused(href: str | None) -> None:
    assert safe_href(href) is None


def test_a_refused_link_keeps_its_words_and_shows_the_address() -> None:
    [block] = parse("[bülten](<https://exa mple.com>) ve [yaz](mailto:)")
    assert isinstance(block, Paragraph)
    assert all(run.href is None for run in block.runs)
    assert plain(block.runs).startswith("bülten (https://exa%20mple.com) ve yaz")
