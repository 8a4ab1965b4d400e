"""Speed limits that were once asserted in the test suite, now measured here.

A wall-clock assertion in ``make test`` fails on a loaded machine and says
nothing on a quiet one, so these live in the bench (issue 25); the tests
keep checking what the same inputs produce. Each line prints the time and
its limit, and "OVER" when a limit is passed:

- checking the sample release: mean of 5 runs under 150 ms (the checks'
  own target is 20 ms; 150 catches a rule gone quadratic);
- a PDF with a 40 kB paragraph, a 20 kB list item and a 15 kB contact
  line: under 8 s (reportlab took minutes before paragraphs were cut);
- a PDF with one unbroken 5,000-letter word: under 5 s (reportlab's
  hyphenation took minutes for such a word).
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable

from osbpress.checks import check
from osbpress.compose import compose
from osbpress.document import ContactBlock, Document, ListBlock, Paragraph, Run
from osbpress.render import render_pdf
from osbpress.sample import sample_media, sample_profile, sample_release

# Entities and line breaks make reportlab's slow paths: many frags, many breaks.
_SENTENCE = "Bölge {n}: AT&T <b> ve “ölçülebilir” sonuçlar, ihracat arttı.\n"


def _long_text(characters: int) -> str:
    parts: list[str] = []
    while sum(map(len, parts)) < characters:
        parts.append(_SENTENCE.format(n=len(parts)))
    return "".join(parts)


def _sample_document() -> Document:
    return compose(sample_release(), sample_profile(), media=sample_media)


def _check_sample() -> None:
    release, profile = sample_release(), sample_profile()
    for _ in range(5):
        check(release, profile, sample_media)


def _long_paragraphs() -> None:
    text = _long_text(40_000)
    doc = dataclasses.replace(
        _sample_document(),
        body=(Paragraph((Run(text),)), ListBlock(((Run(text[:20_000]),), (Run("kısa"),)))),
        contact=ContactBlock("Ayrıntılı bilgi için:", (text[:15_000], "basin@kmosb.example")),
        about=None,
    )
    render_pdf(doc, deterministic=True)


def _long_word() -> None:
    word = "ş" * 2500 + "a" * 2500
    doc = dataclasses.replace(
        _sample_document(),
        headline="Uzun " + word[:600],
        body=(Paragraph((Run(f"Başlangıç {word} son."),)),),
    )
    render_pdf(doc, deterministic=True)


LIMITS: list[tuple[str, Callable[[], None], int, float]] = [
    ("check, sample (mean of 5)", _check_sample, 5, 0.15),
    ("PDF, 40 kB paragraph", _long_paragraphs, 1, 8.0),
    ("PDF, 5,000-letter word", _long_word, 1, 5.0),
]


def main() -> None:
    check(sample_release(), sample_profile(), sample_media)  # imports and caches warmed
    for name, run, repeats, limit in LIMITS:
        started = time.perf_counter()
        run()
        seconds = (time.perf_counter() - started) / repeats
        verdict = "OVER" if seconds > limit else "ok"
        print(f"{name:30} {seconds * 1000:8.0f} ms  (limit {limit * 1000:.0f} ms) {verdict}")


if __name__ == "__main__":
    main()
