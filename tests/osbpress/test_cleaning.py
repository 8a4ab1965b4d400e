"""clean_text: characters XML cannot hold go, line breaks are kept, words stay."""

from osbpress.cleaning import clean_text, paragraphs


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
