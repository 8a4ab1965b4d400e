"""reportlab's URL pattern, left uncompiled until a word could match it, answers as the real one."""

from __future__ import annotations

import re
import subprocess
import sys

import reportlab.platypus.paragraph as paragraph

from osbpress.document import Document, Letterhead, Meta, Paragraph, Run
from osbpress.render import render_pdf
from osbpress.render.pdf_platypus import UriPattern
from tests.osbpress.render.readback import pdf_pages

_WORDS = [
    "Kahramanmaraş",
    "OSB’yi",
    "https://www.kmosb.org.tr/haberler/jica-heyeti",
    "HTTP://KMOSB.ORG.TR",
    "ftp://192.168.1.10:2121/dosya",
    "mailto:basin@kmosb.org.tr",
    "www.kmosb.org.tr",
    "://yarım",
    "a://b",
    "x" * 300 + "://" + "y" * 10,
    "",
]


def test_the_renderer_imports_platypus_with_the_url_pattern_uncompiled() -> None:
    # A fresh interpreter: here reportlab was imported by the test modules first.
    probe = (
        "import osbpress.render.pdf, reportlab.platypus.paragraph as p; "
        "print(type(p.uri_pat).__name__)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.split()[0] == "UriPattern"


def test_the_lazy_pattern_matches_exactly_as_the_compiled_one() -> None:
    source = paragraph.uri_pat
    lazy = UriPattern(source.pattern, source.flags)
    real = re.compile(source.pattern, source.flags)
    for word in _WORDS:
        mine, theirs = lazy.match(word), real.match(word)
        assert (mine and mine.groups()) == (theirs and theirs.groups()), word
    assert lazy.groups == real.groups  # anything else is the compiled pattern's


def test_a_url_at_a_line_end_still_splits_at_its_slashes() -> None:
    address = (
        "https://www.kmosb.org.tr/haberler/2024/11/japonya-uluslararasi-isbirligi-ajansi-ziyareti"
    )
    doc = Document(
        meta=Meta(title="Bağlantı"),
        letterhead=Letterhead("Kahramanmaraş OSB", date_text="24 Kasım 2024"),
        headline="Bağlantı",
        body=(Paragraph((Run("Ayrıntılar için bakınız " + address + " adresi."),)),),
    )
    text = "".join(pdf_pages(render_pdf(doc))).replace("\n", "")
    assert address in text


def test_same_frag_answers_as_reportlab_s_own() -> None:
    import _rl_accel
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph as PlatypusParagraph

    from osbpress.render.pdf_platypus import same_frag

    style = ParagraphStyle("deneme")
    markup = (
        'Düz <b>kalın</b> <i>eğik</i> <a href="https://kmosb.org.tr">bağlantı</a> '
        '<font size="14">büyük</font> <font color="red">kırmızı</font> düz<br/>satır '
        "<super>üst</super> <strike>çizili</strike> <u>altı çizili</u> son"
    )
    frags = PlatypusParagraph(markup, style).frags
    assert len(frags) > 10
    for first in frags:
        for second in frags:
            assert same_frag(first, second) == bool(_rl_accel.sameFrag(first, second))


def test_platypus_takes_the_quick_same_frag() -> None:
    probe = (
        "import osbpress.render.pdf, reportlab.platypus.paragraph as p; "
        "from osbpress.render.pdf_platypus import same_frag; print(p.sameFrag is same_frag)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "True"
