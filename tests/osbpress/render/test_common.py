"""Helpers every renderer shares: alt texts, one-line titles, quote marks, linked addresses.

Pinned case by case after mutation testing found them unpinned (tests/MUTANTS.md).
"""

from __future__ import annotations

import pytest

from osbpress.document import Figure, Inline, Run
from osbpress.render.common import alt_text, linked, one_line, quoted_paragraphs


@pytest.mark.parametrize(
    ("caption", "credit", "alt"),
    [
        ("", "", "Fotoğraf"),
        ("", " Ali\nVeli ", "Fotoğraf: Ali Veli"),
        ("Fabrika\tgezisi", "Ali Veli", "Fabrika gezisi"),
    ],
)
def test_alt_text_is_the_caption_else_the_credit_else_fotograf(
    caption: str, credit: str, alt: str
) -> None:
    assert alt_text(Figure(b"", "a.jpg", caption=caption, credit=credit)) == alt


def test_one_line_joins_lines_and_tabs_with_single_spaces() -> None:
    assert one_line(" bir\n iki\tüç ") == "bir iki üç"


def _text(paragraphs: tuple[Inline, ...]) -> list[str]:
    return ["".join(run.text for run in runs) for runs in paragraphs]


def test_quote_marks_go_around_all_the_paragraphs_unless_typed() -> None:
    three = ((Run("bir"),), (Run("iki"),), (Run("üç"),))
    assert _text(quoted_paragraphs(three)) == ["“bir", "iki", "üç”"]
    typed = ((Run("  “Söz”"),),)
    assert quoted_paragraphs(typed) == typed
    assert quoted_paragraphs(()) == ()


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("", (Run(""),)),
        ("http://osb.example/a", (Run("http://osb.example/a", href="http://osb.example/a"),)),
        (
            "www.osb.example ile",
            (Run("www.osb.example", href="https://www.osb.example"), Run(" ile")),
        ),
        (
            "Bilgi: https://osb.example.",
            (Run("Bilgi: "), Run("https://osb.example", href="https://osb.example"), Run(".")),
        ),
        # An address safe_href refuses stays text, and the next one is still linked.
        (
            "https://a_b.example ve www.osb.example",
            (
                Run("https://a_b.example ve "),
                Run("www.osb.example", href="https://www.osb.example"),
            ),
        ),
    ],
)
def test_linked_makes_each_safe_address_a_link_and_nothing_else(
    text: str, runs: tuple[Run, ...]
) -> None:
    assert linked(text) == runs
