"""Whatever is typed into any field, every renderer finishes and nothing executable comes out.

Hypothesis builds Documents whose every text field holds hostile strings:
markup, script and event-handler attributes, ``javascript:`` links, CDATA ends,
entities, C0 controls, vertical tabs, RTL overrides, emoji, lone surrogates,
Jinja syntax and, in one example of ten, a 100 kB paragraph. HTML and DOCX are checked on
every example, the PDF on a few (it is the slow one) and on one fixed long
example, so the whole module stays within seconds.
"""

from __future__ import annotations

import io

from docx import Document as open_docx
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from osbpress.document import (
    About,
    BlockQuote,
    ContactBlock,
    Document,
    Figure,
    Heading,
    Letterhead,
    ListBlock,
    Meta,
    Paragraph,
    Run,
)
from osbpress.render import render_docx, render_html, render_pdf, render_text
from osbpress.render.common import clean_text
from tests.osbpress.render.conftest import photo_bytes
from tests.osbpress.render.readback import letters, parse_html, pdf_pages

PHOTO = photo_bytes(320, 200)
HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '"><svg onload=alert(1)>',
    "javascript:alert(1)",
    "]]>",
    "&amp;",
    "&lt;b&gt;",
    "<!-- wp:paragraph -->",
    "-->",
    "{{ 7*7 }}",
    "{% raw %}",
    "{% endraw %}",
    "\x00\x01\x08\x0b\x0c\x1b\x1f",
    "\x0b",
    "\u202eevil\u202c",
    "שלום עליכם",
    "😀👍🏽",
    "\ud800",
    "\udfff",
    "Işık ğ ı İ Ş Ğ ç ö ü â “ ” ’ – ₺",
    "AT&T <b>",
    "\t",
    "\n",
    " ",
]
HREFS = [
    "javascript:alert(1)",
    " JAVASCRIPT:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:x",
    "https://example.org/?a=1&b=<2>",
    "mailto:x@example.org",
    '"onmouseover="alert(1)',
    "",
]
pieces = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=20))
hostile = st.lists(pieces, max_size=6).map("".join)
LONG = "Uzun paragraf <b>&amp; \x0b " * 5000  # about 100 kB
links = st.one_of(st.none(), st.sampled_from(HREFS), hostile)


@st.composite
def documents(draw: st.DrawFn, *, long_ones: bool = True) -> Document:
    """A Document with hostile text everywhere; one in ten also has a 100 kB paragraph."""
    text = hostile

    def runs() -> tuple[Run, ...]:
        return tuple(
            Run(draw(text), bold=draw(st.booleans()), italic=draw(st.booleans()), href=draw(links))
            for _ in range(draw(st.integers(1, 3)))
        )

    return Document(
        meta=Meta(title=draw(text), author=draw(text), subject=draw(text), keywords=(draw(text),)),
        letterhead=Letterhead(
            organisation=draw(text),
            label=draw(text),
            date_text=draw(text),
            contact_line=draw(text),
        ),
        headline=draw(text),
        spot=draw(text),
        body=(
            Paragraph(runs()),
            Heading(draw(text), level=draw(st.integers(0, 3))),
            BlockQuote(draw(text), attribution=draw(text)),
            ListBlock((runs(), runs()), ordered=draw(st.booleans())),
            Figure(PHOTO, name=draw(text), caption=draw(text), credit=draw(text)),
            Paragraph(runs()),
            Paragraph((Run(LONG),) if long_ones and draw(st.integers(0, 9)) == 0 else runs()),
        ),
        contact=ContactBlock(draw(text), (draw(text), draw(text))),
        about=About(draw(text), draw(text)),
        end_mark=draw(text),
        categories=(draw(text),),
        embargo=draw(text),
    )


def _assert_nothing_executable(html: str) -> None:
    assert "<script" not in html.lower()
    parsed = parse_html(html)
    assert parsed.errors == []
    assert "script" not in parsed.tags
    for _tag, name, value in parsed.attributes:
        assert not name.startswith("on"), name
        if name in ("href", "src"):
            assert (value or "").strip().lower().split(":")[0] not in (
                "javascript",
                "data",
                "vbscript",
            )


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_html_docx_and_text_survive_any_typed_text(doc: Document) -> None:
    for wordpress in (False, True):
        export = render_html(doc, wordpress=wordpress)
        _assert_nothing_executable(export.html)
        shown = "".join(parse_html(export.html).text)
        for typed in (doc.headline, doc.spot, doc.about.text if doc.about else ""):
            assert clean_text(typed).replace("\n", "") in shown
    word = open_docx(io.BytesIO(render_docx(doc)))
    titles = [p.text for p in word.paragraphs if p.style is not None and p.style.name == "Title"]
    assert titles == [clean_text(doc.headline)]
    assert isinstance(render_text(doc), str)


_PDF_EXAMPLE_HEADLINE = "<script>alert(1)</script> ]]> {{ 7*7 }} {% raw %}"


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents(long_ones=False))
@example(
    Document(
        meta=Meta(title="x"),
        letterhead=Letterhead(organisation="AT&T <b>"),
        headline=_PDF_EXAMPLE_HEADLINE,
        body=(Paragraph((Run("Uzun paragraf <b>&amp; sürer. " * 3500),)),),
    )
)
def test_pdf_survives_any_typed_text(doc: Document) -> None:
    pages = pdf_pages(render_pdf(doc, deterministic=True))
    assert pages
    if doc.headline == _PDF_EXAMPLE_HEADLINE:
        flat = " ".join(" ".join(pages).split())
        assert _PDF_EXAMPLE_HEADLINE in flat
        assert "AT&T <b>" in flat
        assert letters(" ".join(pages)).count("Uzunparagrafbampsürer") >= 3000
