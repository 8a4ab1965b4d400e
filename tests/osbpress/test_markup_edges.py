"""Markup edge cases that mutation testing found unpinned (tests/MUTANTS.md).

Line breaks inside bold, italic and links keep the formatting on both sides
(a soft break is a space, a hard one a line break); an unsafe link or an
image inside emphasis keeps the emphasis with its address in brackets; a
quote holding a list, a heading or code keeps their words as paragraphs,
list marks and numbers included; a heading holds text only, each address
after its words unless the words are the address.
"""

from __future__ import annotations

import pytest

from osbpress.compose.markup import parse
from osbpress.document import Block, BlockQuote, Heading, ListBlock, Paragraph, Run


@pytest.mark.parametrize(
    ("text", "blocks"),
    [
        (
            "**bir\niki**",
            [Paragraph(runs=(Run(text="bir iki", bold=True, italic=False, href=None),))],
        ),
        (
            "*bir\niki*",
            [Paragraph(runs=(Run(text="bir iki", bold=False, italic=True, href=None),))],
        ),
        (
            "[bir\niki](https://osb.example)",
            [
                Paragraph(
                    runs=(
                        Run(text="bir iki", bold=False, italic=False, href="https://osb.example"),
                    )
                )
            ],
        ),
        (
            "**bir  \niki**",
            [Paragraph(runs=(Run(text="bir\niki", bold=True, italic=False, href=None),))],
        ),
        (
            "*bir\\\niki*",
            [Paragraph(runs=(Run(text="bir\niki", bold=False, italic=True, href=None),))],
        ),
        (
            "[bir  \niki](https://osb.example)",
            [
                Paragraph(
                    runs=(
                        Run(text="bir\niki", bold=False, italic=False, href="https://osb.example"),
                    )
                )
            ],
        ),
        (
            "**[bir\niki](https://osb.example)**",
            [
                Paragraph(
                    runs=(Run(text="bir iki", bold=True, italic=False, href="https://osb.example"),)
                )
            ],
        ),
        (
            "*[bir  \niki](https://osb.example)*",
            [
                Paragraph(
                    runs=(
                        Run(text="bir\niki", bold=False, italic=True, href="https://osb.example"),
                    )
                )
            ],
        ),
        (
            "> 3. üç\n> 4. dört",
            [
                BlockQuote(
                    paragraphs=(
                        (Run(text="3. üç", bold=False, italic=False, href=None),),
                        (Run(text="4. dört", bold=False, italic=False, href=None),),
                    ),
                    attribution="",
                )
            ],
        ),
        (
            "> 0. sıfır\n> 1. bir",
            [
                BlockQuote(
                    paragraphs=(
                        (Run(text="0. sıfır", bold=False, italic=False, href=None),),
                        (Run(text="1. bir", bold=False, italic=False, href=None),),
                    ),
                    attribution="",
                )
            ],
        ),
        (
            "> - a\n>   - b",
            [
                BlockQuote(
                    paragraphs=(
                        (Run(text="• a", bold=False, italic=False, href=None),),
                        (Run(text="  • b", bold=False, italic=False, href=None),),
                    ),
                    attribution="",
                )
            ],
        ),
        (
            "# Başlık [site](https://osb.example)",
            [Heading(text="Başlık site (https://osb.example)", level=2)],
        ),
        (
            "# [https://osb.example](https://osb.example)",
            [Heading(text="https://osb.example", level=2)],
        ),
        (
            "# **Kalın** [site](https://osb.example)",
            [Heading(text="Kalın site (https://osb.example)", level=2)],
        ),
        (
            "# *İtalik [site](https://osb.example)*",
            [Heading(text="İtalik site (https://osb.example)", level=2)],
        ),
        (
            "> **kalın [bağ](https://x.example)**",
            [
                BlockQuote(
                    paragraphs=(
                        (
                            Run(text="kalın ", bold=True, italic=False, href=None),
                            Run(text="bağ", bold=True, italic=False, href="https://x.example"),
                        ),
                    ),
                    attribution="",
                )
            ],
        ),
        (
            "> ```\n> kod\n> ```",
            [
                BlockQuote(
                    paragraphs=((Run(text="kod", bold=False, italic=False, href=None),),),
                    attribution="",
                )
            ],
        ),
        (
            "> # Başlık\n> metin",
            [
                BlockQuote(
                    paragraphs=(
                        (Run(text="Başlık", bold=False, italic=False, href=None),),
                        (Run(text="metin", bold=False, italic=False, href=None),),
                    ),
                    attribution="",
                )
            ],
        ),
        (
            "[x](rapor.pdf) ve **[y](rapor.pdf)**",
            [
                Paragraph(
                    runs=(
                        Run(text="x (rapor.pdf) ve ", bold=False, italic=False, href=None),
                        Run(text="y (rapor.pdf)", bold=True, italic=False, href=None),
                    )
                )
            ],
        ),
        (
            "*[z](rapor.pdf)*",
            [Paragraph(runs=(Run(text="z (rapor.pdf)", bold=False, italic=True, href=None),))],
        ),
        (
            "![resim](a.png)",
            [Paragraph(runs=(Run(text="resim (a.png)", bold=False, italic=False, href=None),))],
        ),
        (
            "**![resim](a.png)**",
            [Paragraph(runs=(Run(text="resim (a.png)", bold=True, italic=False, href=None),))],
        ),
        (
            "*![resim](a.png)*",
            [Paragraph(runs=(Run(text="resim (a.png)", bold=False, italic=True, href=None),))],
        ),
        # Code keeps its lines and their spaces; only the final line end goes.
        ("```\nbir\niki  \n```", [Paragraph((Run("bir\niki  "),))]),
        ("    ikinci\n    kod X", [Paragraph((Run("ikinci\nkod X"),))]),
        # Two links to one address make one linked run.
        (
            "[bir](https://a.example)[iki](https://a.example)",
            [Paragraph((Run("biriki", href="https://a.example"),))],
        ),
        # An empty code block between an item's paragraphs leaves no gap.
        ("- a\n\n  ```\n  ```\n\n  b", [ListBlock(((Run("a\nb"),),))]),
        # Indented code inside a quote keeps its lines and spaces too.
        (
            ">     kod X  \n>     iki",
            [BlockQuote(((Run("kod X  \niki"),),))],
        ),
        (">     iki\n>     kod X", [BlockQuote(((Run("iki\nkod X"),),))]),
        (">     kod  ", [BlockQuote(((Run("kod  "),),))]),
        ("`kod` ve `x`", [Paragraph((Run("kod ve x"),))]),  # inline code is text
        # Nested and repeated emphasis: bold and italic hold until their own end.
        ("**bir __iki__ üç**", [Paragraph((Run("bir iki üç", bold=True),))]),
        ("*bir _iki_ üç*", [Paragraph((Run("bir iki üç", italic=True),))]),
        (
            "**a** ve **b**",
            [Paragraph((Run("a", bold=True), Run(" ve "), Run("b", bold=True)))],
        ),
        (
            "*a* ve *b*",
            [Paragraph((Run("a", italic=True), Run(" ve "), Run("b", italic=True)))],
        ),
        # A list from 1 in a quote keeps its numbers.
        (
            "> 1. bir\n> 2. iki",
            [BlockQuote(((Run("1. bir"),), (Run("2. iki"),)))],
        ),
    ],
)
def test_edge_cases(text: str, blocks: list[Block]) -> None:
    assert parse(text) == blocks


def test_nesting_falls_back_to_plain_text_only_past_the_limit() -> None:
    # 97 quote levels still parse (token level 98); one more is past the limit.
    assert isinstance(parse("> " * 97 + "söz")[0], BlockQuote)
    assert isinstance(parse("> " * 98 + "söz")[0], Paragraph)
