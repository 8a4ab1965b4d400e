"""How long the hostile release takes: 60 kB of hostile text in every field, every format.

The release is the sample with every text field the officer can type (the
release's, each participant's, quote's, section's, photo's, the contact's
and the profile's) filled with 60 kB: Turkish prose, markup and Markdown,
control characters, right-to-left text and overrides, emoji, lone
surrogates and one unbroken 5,000-letter word; about 1.5 MB in all. Prints
the time of compose and of each renderer (first call, in-process). Target
(issue 10): every format under 10 s; before words over 40 letters were
kept from reportlab's hyphenation, the PDF alone took minutes.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from pydantic import BaseModel, ValidationError

from osbpress.compose import compose
from osbpress.document import Document
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
    """``size`` characters of hostile input with one unbroken 5,000-letter word in the middle."""
    cycle = "".join(_PIECES)
    body = cycle * (size // len(cycle) + 1)
    half = (size - LONG_WORD) // 2
    return body[:half] + " " + "ş" * (LONG_WORD // 2) + "a" * (LONG_WORD // 2) + " " + body[:half]


def _fill(model: BaseModel, text: str) -> int:
    """Put ``text`` in every typed text field of ``model`` and its children; the characters set."""
    filled = 0
    for name in type(model).model_fields:
        value = getattr(model, name)
        if isinstance(value, BaseModel):
            filled += _fill(value, text)
        elif isinstance(value, list) and value and isinstance(value[0], BaseModel):
            filled += sum(_fill(item, text) for item in value)
        elif isinstance(value, list) and name not in _NOT_TYPED:
            setattr(model, name, [text[: FIELD_BYTES // 4]] * 4)
            filled += FIELD_BYTES
        elif isinstance(value, str) and name not in _NOT_TYPED:
            try:
                setattr(model, name, text)
            except ValidationError:
                continue
            filled += len(text)
    return filled


def hostile_release() -> tuple[Release, Profile, int]:
    """The sample release and profile with 60 kB in every field, and the characters in all."""
    release, profile = sample_release(), sample_profile()
    text = hostile_text()
    filled = _fill(release, text) + _fill(profile, text)
    return release, profile, filled


def _timed(work: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


def main() -> None:
    release, profile, filled = hostile_release()
    took, doc = _timed(lambda: compose(release, profile, media=sample_media))
    assert isinstance(doc, Document)
    print(f"hostile release: {filled / 1e6:.1f} million characters, 60 kB in every field")
    print(f"  compose {took:6.2f} s")
    worst = 0.0
    for name, render in FORMATS.items():
        took, output = _timed(lambda r=render: r(doc))  # type: ignore[misc]
        size = len(output) if isinstance(output, bytes | str) else 0
        worst = max(worst, took)
        print(f"  {name:5} {took:6.2f} s  ({size / 1e6:.1f} MB)")
    verdict = "met" if worst < TARGET else "NOT met"
    print(f"  slowest format {worst:.2f} s (target < {TARGET:.0f} s each: {verdict})")


if __name__ == "__main__":
    main()
