"""Fonts load when first used: a PDF parses only the faces it prints with.

The check runs in a fresh interpreter, since this test process has rendered
PDFs with every face already.
"""

from __future__ import annotations

import json
import subprocess
import sys

from reportlab.pdfbase import pdfmetrics

from osbpress.render.pdf_fonts import FACE_FILES, family, load_face, loaded_faces

_RENDER_PLAIN = """
import json
from osbpress.document import Document, Letterhead, Meta, Paragraph, Run
from osbpress.render import render_pdf
from osbpress.render.pdf_fonts import loaded_faces

before = loaded_faces()
doc = Document(
    meta=Meta(title="Başlık"),
    letterhead=Letterhead("Kahramanmaraş OSB", date_text="24 Kasım 2024"),
    headline="Başlık",
    body=(Paragraph((Run("Düz metin, Кириллица и Ελληνικά."),)),),
)
data = render_pdf(doc)
print(json.dumps([before, loaded_faces(), data.count(b"/FontFile2")]))
"""


def test_a_pdf_loads_only_the_faces_it_uses() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _RENDER_PLAIN], capture_output=True, text=True, check=True
    )
    before, after, embedded = json.loads(done.stdout.strip().splitlines()[-1])
    assert before == []
    # Body serif, headline and letterhead sans bold, date sans: no italics at all.
    assert set(after) == {"OsbSerif", "OsbSans", "OsbSans-Bold"}
    assert embedded == len(after)


def test_faces_are_reportlab_fonts_and_other_names_still_resolve() -> None:
    bold = family("OsbSerif").bold
    assert pdfmetrics.getFont(bold).fontName == bold
    assert bold in loaded_faces()
    assert load_face(bold) is pdfmetrics.getFont(bold)
    assert pdfmetrics.getFont("Helvetica").fontName == "Helvetica"
    assert set(FACE_FILES) == {
        f"{name}{style}"
        for name in ("OsbSerif", "OsbSans")
        for style in ("", "-Bold", "-Italic", "-BoldItalic")
    }


def test_cyrillic_and_greek_names_print_with_the_bundled_faces() -> None:
    font = pdfmetrics.getFont(family("OsbSerif").regular)
    for char in "ĞğİıŞşКириллицаΕλληνικά₺":
        assert ord(char) in font.face.charToGlyph, char
