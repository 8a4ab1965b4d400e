"""Addresses typed as plain words become the same links in every format."""

from __future__ import annotations

from osbpress.render.common import linked
from osbpress.render.pdf_text import link_spans

_LINE = "Web: “www.kmosb.org.tr”, e-posta (basin@kmosb.org.tr) ve kmosb.org.tr/haberler!"


def test_closing_quotes_and_brackets_stay_outside_the_link() -> None:
    hrefs = [run.href for run in linked(_LINE) if run.href]
    assert hrefs == [
        "https://www.kmosb.org.tr",
        "mailto:basin@kmosb.org.tr",
        "https://kmosb.org.tr/haberler",
    ]


def test_the_pdf_links_what_docx_and_html_link() -> None:
    words = [(run.text, run.href) for run in linked(_LINE) if run.href]
    spans = [(_LINE[start:end], href) for start, end, href in link_spans(_LINE)]
    assert spans == words
    assert "".join(run.text for run in linked(_LINE)) == _LINE  # nothing typed is lost
