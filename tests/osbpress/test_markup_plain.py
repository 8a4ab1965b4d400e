"""Plain prose skips the markdown parser and comes out exactly as the parser would give it."""

from __future__ import annotations

import random
import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from osbpress.compose.markup import _blocks, _parser, parse, plain_paragraphs
from osbpress.document import Paragraph, Run


def _parsed(text: str, fix: object) -> list[object]:
    from markdown_it.tree import SyntaxTreeNode

    return list(_blocks(SyntaxTreeNode(_parser().parse(text)).children, fix))  # type: ignore[arg-type]


def _marked(text: str) -> str:
    # Shows where and on what the fix was applied, not only the words.
    return f"‹{text}›"


# Prose as officers type it, and every kind of piece that could trip the
# plain path: markup, line starts, spaces, tabs, other white space, NUL.
_PROSE = [
    "Kahramanmaraş OSB’yi",
    "JICA heyeti",
    "ziyaret etti.",
    "İĞÜŞÖÇ ığüşöç",
    "24 Kasım 2024",
    "%5",
    "Gaziantep-Kahramanmaraş",
    "“tırnak”",
    "e-posta: basin@kmosb.org.tr",
    "https://kmosb.org.tr",
    " ",
    "\n",
    "\n\n",
    "\n\n\n",
]
_TRAPS = [
    "  ",
    "\n \n",
    "1. ",
    "2) ",
    "- ",
    "+ ",
    "# ",
    "> ",
    "=",
    "---",
    "***",
    "~~~",
    "```",
    "*",
    "_",
    "[",
    "](",
    "<",
    "&amp;",
    "\\",
    "`",
    "!",
    "\t",
    "\r\n",
    "\u00a0",
    "\u2028",
    "\x00",
    "    kod",
]
_TEXTS = st.one_of(
    st.lists(st.sampled_from(_PROSE), max_size=14),
    st.lists(st.sampled_from(_PROSE + _TRAPS), max_size=14),
).map("".join)


@settings(max_examples=500, deadline=None)
@given(_TEXTS)
def test_plain_text_gives_what_the_parser_gives(text: str) -> None:
    for fix in (lambda s: s, _marked):
        assert parse(text, fix) == _parsed(text, fix), repr(text)


def test_prose_pieces_reach_the_plain_path_often() -> None:
    # Without plain texts among the examples the test above would test nothing.
    draw = random.Random(7)
    texts = ["".join(draw.choices(_PROSE, k=draw.randrange(1, 15))) for _ in range(400)]
    plain = [t for t in texts if plain_paragraphs(t) is not None and t.strip()]
    assert len(plain) > 100


def test_a_plain_body_is_paragraphs_of_joined_lines() -> None:
    body = "Birinci satır\nikinci satır\n\n\nÜçüncü paragraf."
    assert plain_paragraphs(body) == [["Birinci satır", "ikinci satır"], ["Üçüncü paragraf."]]
    assert parse(body, _marked) == [
        Paragraph((Run("‹Birinci satır› ‹ikinci satır›"),)),
        Paragraph((Run("‹Üçüncü paragraf.›"),)),
    ]


def test_markup_goes_through_the_parser() -> None:
    for body in ("**kalın**", "1. madde", "- madde", "> alıntı", "# Başlık", "a\n===", "  girinti"):
        assert plain_paragraphs(body) is None, body
    assert parse("**kalın** yazı") == [Paragraph((Run("kalın", bold=True), Run(" yazı")))]


def test_composing_a_plain_release_never_loads_markdown_it() -> None:
    probe = (
        "import sys\n"
        "from osbpress.compose import compose\n"
        "from osbpress.sample import sample_media, sample_profile, sample_release\n"
        "release = sample_release()\n"
        "release.sections[0].body = 'Heyete bölge tanıtıldı.\\n\\nKonuklar tesisleri gezdi.'\n"
        "compose(release, sample_profile(), media=sample_media)\n"
        "print('markdown_it' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
