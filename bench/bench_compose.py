"""Composing a release (Release + Profile → Document) and checking it, warm, as the app does.

Compose runs on every keystroke-driven preview, so it must stay a small part
of the 150 ms budget for producing all four formats.
"""

from __future__ import annotations

import statistics
import time

from osbpress.compose import compose
from osbpress.model import Section
from osbpress.sample import sample_media, sample_profile, sample_release


def _median_ms(work: object, runs: int) -> float:
    assert callable(work)
    work()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    release, profile = sample_release(), sample_profile()
    sample = _median_ms(lambda: compose(release, profile, media=sample_media), 200)
    print(f"compose, sample release: {sample:.2f} ms (median of 200)")
    large = sample_release()
    paragraph = (
        "Bölgedeki firmalar, **ihracat** hedefleri doğrultusunda yeni üretim hatları kurdu. "
        + "Enerji verimliliği projeleri ile maliyetler düşürülürken istihdam da arttı. " * 8
    )
    large.sections = [
        Section(heading=f"Bölüm {n}", body="\n\n".join([paragraph] * 5)) for n in range(30)
    ]
    size = sum(len(section.body) for section in large.sections) // 1000
    big = _median_ms(lambda: compose(large, profile, media=sample_media), 20)
    print(f"compose, 30 sections of 5 paragraphs ({size} kB): {big:.1f} ms (median of 20)")

    # The checklist runs beside the preview after every edit (target < 20 ms for the sample).
    from osbpress.checks import check

    checked = _median_ms(lambda: check(release, profile, sample_media), 100)
    print(f"checks, sample release: {checked:.2f} ms (median of 100; target < 20 ms)")
    long_check = _median_ms(lambda: check(large, profile, sample_media), 10)
    print(f"checks, {size} kB release: {long_check:.1f} ms (median of 10)")
