"""Very long text in the PDF: laid out in linear time, every word kept, in order."""

from __future__ import annotations

import dataclasses

from reportlab.platypus import Paragraph as RLParagraph

from osbpress.document import ContactBlock, ListBlock, Paragraph, Run
from osbpress.render import render_pdf
from osbpress.render.pdf_chunks import CHUNK_CHARACTERS, LONG_PARAGRAPH, chunked
from osbpress.render.pdf_story import escaped
from osbpress.render.pdf_styles import styles
from tests.osbpress.render.conftest import turkish_document
from tests.osbpress.render.readback import letters, pdf_body_letters

# Entities and line breaks make reportlab's slow paths: many frags, many breaks.
SENTENCE = "Bölge {n}: AT&T <b> ve “ölçülebilir” sonuçlar, ihracat arttı.\n"


def _long_text(characters: int) -> str:
    parts, n = [], 0
    while sum(map(len, parts)) < characters:
        parts.append(SENTENCE.format(n=n))
        n += 1
    return "".join(parts)


def test_a_40_kb_paragraph_list_item_and_contact_line_keep_every_word_in_order() -> None:
    text = _long_text(40_000)
    base = turkish_document(logo=False)
    doc = dataclasses.replace(
        base,
        body=(Paragraph((Run(text),)), ListBlock(((Run(text[:20_000]),), (Run("kısa"),)))),
        contact=ContactBlock("Ayrıntılı bilgi için:", (text[:15_000], "basin@kmosb.example")),
        about=None,
    )
    data = render_pdf(doc, deterministic=True)  # minutes before the cut; bench_limits times it
    body = pdf_body_letters(data, doc)
    position = 0
    for part in (text, text[:20_000], "kısa", text[:15_000], "basinkmosbexample"):
        found = body.find(letters(part), position)
        assert found >= 0
        position = found + len(letters(part))


def test_only_overlong_paragraphs_are_cut_and_pieces_stay_in_the_style() -> None:
    sheet = styles()
    short = RLParagraph(escaped(_long_text(LONG_PARAGRAPH - 100)), sheet.body)
    assert chunked([short]) == [short]
    long = RLParagraph(escaped(_long_text(LONG_PARAGRAPH * 2)), sheet.heading1)
    long.outline_title, long.outline_level = "Bölüm", 1
    pieces = chunked([long])
    assert len(pieces) >= 2 * LONG_PARAGRAPH // CHUNK_CHARACTERS - 1
    assert all(isinstance(piece, RLParagraph) for piece in pieces)
    assert pieces[0].outline_title == "Bölüm"  # type: ignore[attr-defined]
    assert not any(hasattr(piece, "outline_title") for piece in pieces[1:])
    # Only the last piece keeps with the next flowable and has the space after.
    assert [piece.style.keepWithNext for piece in pieces[-2:]] == [0, 1]  # type: ignore[attr-defined]
    assert pieces[0].style.spaceAfter == 0  # type: ignore[attr-defined]
    assert pieces[-1].style.spaceAfter == sheet.heading1.spaceAfter  # type: ignore[attr-defined]
    joined = "".join(
        frag.text
        for piece in pieces
        for frag in piece.frags  # type: ignore[attr-defined]
    )
    assert letters(joined) == letters(_long_text(LONG_PARAGRAPH * 2))
