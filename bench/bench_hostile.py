"""How long hostile input takes: 60 kB of hostile text in every field, every format.

The hostile text is Turkish prose, markup and Markdown, control characters,
right-to-left text and overrides, emoji, lone surrogates and one unbroken
5,000-letter word, 60 kB (UTF-8) per field. Two inputs:

- a Document whose every text (letterhead, headline, spot, each block,
  contact, "Hakkında", footer line) holds it: the renderers alone;
- the sample release with every field the officer can type (the release's,
  each participant's, quote's, section's, photo's, the contact's and the
  profile's) holding it: compose, then the renderers on what it made.

Prints the size and each step's time (first call, in-process). Target (issue
10): every format under 10 s. Before over-long words were kept from
reportlab's hyphenation and over-long paragraphs cut, the PDF took minutes.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable

from pydantic import BaseModel, ValidationError

from osbpress.compose import compose
from osbpress.document import (
    About,
    BlockQuote,
    ContactBlock,
    Document,
    Figure,
    Heading,
    ListBlock,
    Paragraph,
    Run,
)
from osbpress.model import Profile, Release
from osbpress.render import render_docx, render_html, render_pdf, render_text
from osbpress.sample import sample_media, sample_profile, sample_release

FIELD_BYTES = 60_000
LONG_WORD = 5_000
TARGET = 10.0

# Ids, references to other entries, file paths and choices are not typed text.
_NOT_TYPED = {"id", "speaker", "section", "image", "logo", "kind", "style", "apostrophe"}
_PIECES = (
    "Kahramanmaraş OSB’de üretim ve ihracat görüşüldü; Işık, ğ, ı, İ, Ş, Ğ, ç, ö, ü, â. ",
    "<b>kalın değil</b> &amp; <br/> <font color=red>x</font> <script>alert(1)</script> ",
    "**kalın** _eğik_ [bağlantı](javascript:alert(1)) [site](https://example.org) > alıntı ",
    "- madde\n  - alt madde\n1. numaralı\n\n",
    "\x00\x01\x08\x0b\x0c\x1b[31m\x1b]0;başlık\x07\x7f ",
    "שלום עליכם \u202eevil\u202c مرحبا ",
    "😀👍🏽🇹🇷 \ud800 ",
    "{{ 7*7 }} {% raw %} ]]> <!-- wp:paragraph --> ",
)

FORMATS: dict[str, Callable[[Document], object]] = {
    "pdf": render_pdf,
    "docx": render_docx,
    "html": render_html,
    "txt": render_text,
}


def hostile_text(size: int = FIELD_BYTES) -> str:
    """About ``size`` bytes (UTF-8) of hostile input, an unbroken 5,000-letter word in the middle."""
    word = "ş" * (LONG_WORD // 2) + "a" * (LONG_WORD // 2)
    cycle = "".join(_PIECES)
    per_character = _utf8_size(cycle) / len(cycle)
    half = int((size - _utf8_size(word)) / per_character / 2)
    body = cycle * (half // len(cycle) + 1)
    return body[:half] + " " + word + " " + body[:half]


def _utf8_size(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


def hostile_document(base: Document) -> Document:
    """``base`` with the hostile text in every text the renderers print."""
    text = hostile_text()
    letterhead = dataclasses.replace(
        base.letterhead, organisation=text, label=text, date_text=text, contact_line=text
    )
    return dataclasses.replace(
        base,
        letterhead=letterhead,
        embargo=text,
        headline=text,
        spot=text,
        body=(
            Paragraph((Run(text),)),
            Heading(text),
            Paragraph((Run(text, bold=True), Run(text, href="https://example.org"))),
            BlockQuote(text, text),
            ListBlock(((Run(text),), (Run(text, italic=True),)), ordered=True),
            *[block for block in base.body if isinstance(block, Figure)][:1],
            Heading(text, level=2),
            Paragraph((Run(text),)),
        ),
        contact=ContactBlock(text, (text, text, text)),
        about=About(text, text),
        end_mark=text,
    )


def _document_size(doc: Document) -> int:
    texts = [doc.letterhead.organisation, doc.letterhead.label, doc.letterhead.date_text]
    texts += [doc.letterhead.contact_line, doc.embargo, doc.headline, doc.spot, doc.end_mark]
    for block in doc.body:
        match block:
            case Paragraph(runs=runs):
                texts += [run.text for run in runs]
            case Heading(text=text):
                texts.append(text)
            case BlockQuote(text=text, attribution=attribution):
                texts += [text, attribution]
            case ListBlock(items=items):
                texts += [run.text for item in items for run in item]
    if doc.contact:
        texts += [doc.contact.heading, *doc.contact.lines]
    if doc.about:
        texts += [doc.about.heading, doc.about.text]
    return sum(map(_utf8_size, texts))


def _fill(model: BaseModel, text: str) -> int:
    """Put ``text`` in every typed text field of ``model`` and its children; the characters set."""
    filled = 0
    size = _utf8_size(text)
    for name in type(model).model_fields:
        value = getattr(model, name)
        if isinstance(value, BaseModel):
            filled += _fill(value, text)
        elif isinstance(value, list) and value and isinstance(value[0], BaseModel):
            filled += sum(_fill(item, text) for item in value)
        elif isinstance(value, list) and name not in _NOT_TYPED:
            setattr(model, name, [text[: len(text) // 4]] * 4)
            filled += size
        elif isinstance(value, str) and name not in _NOT_TYPED:
            try:
                setattr(model, name, text)
            except ValidationError:
                continue
            filled += size
    return filled


def hostile_release() -> tuple[Release, Profile, int]:
    """The sample release and profile with 60 kB in every field, and the bytes in all."""
    release, profile = sample_release(), sample_profile()
    text = hostile_text()
    filled = _fill(release, text) + _fill(profile, text)
    return release, profile, filled


def _timed(work: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


def _render_all(doc: Document) -> None:
    worst = 0.0
    for name, render in FORMATS.items():
        took, output = _timed(lambda r=render: r(doc))  # type: ignore[misc]
        # render_html gives the snippet with its photos; the others bytes or str.
        output = getattr(output, "html", output)
        size = _utf8_size(output) if isinstance(output, str) else len(output)  # type: ignore[arg-type]
        worst = max(worst, took)
        print(f"  {name:5} {took:6.2f} s  ({size / 1e6:.1f} MB out)", flush=True)
    verdict = "met" if worst < TARGET else "NOT met"
    print(f"  slowest format {worst:.2f} s (target < {TARGET:.0f} s each: {verdict})")


def main() -> None:
    sample = compose(sample_release(), sample_profile(), media=sample_media)
    doc = hostile_document(sample)
    print(f"hostile Document: {_document_size(doc) / 1e6:.1f} MB of text, 60 kB in every text")
    _render_all(doc)
    release, profile, filled = hostile_release()
    print(f"hostile release: {filled / 1e6:.1f} MB of text, 60 kB in every typed field", flush=True)
    took, composed = _timed(lambda: compose(release, profile, media=sample_media))
    assert isinstance(composed, Document)
    print(f"  compose {took:6.2f} s ({_document_size(composed) / 1e6:.1f} MB of text composed)")
    _render_all(composed)


if __name__ == "__main__":
    main()
