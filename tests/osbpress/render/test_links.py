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


def test_an_address_beside_a_long_word_is_found_in_one_pass() -> None:
    # Tried from every letter of a 20,000-letter word, the pattern took many seconds.
    line = "ş" * 20_000 + " bilgi@kmosb.org.tr " + "a" * 20_000 + "@"
    assert [run.href for run in linked(line) if run.href] == ["mailto:bilgi@kmosb.org.tr"]
