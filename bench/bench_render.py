"""How long rendering takes: each format and all four together, for the sample and a large release.

In-process and warm (one render first, then the median of repeated runs), the
way the app re-exports while the officer edits. The large release has 30
sections, 12 camera-sized photos and about 20 pages. Also reports the first
(cold) render of the large release, which decodes and resizes every photo,
and peak memory (tracemalloc during one full export, and the process's
maximum resident size). Targets on a 2-core machine: sample, all four under
150 ms (aim 100 ms); large PDF under 2 s.

The cold first PDF is measured in fresh interpreters: engine imported and the
sample composed, then the first ``render_pdf`` timed (fonts loaded, photos
prepared, reportlab's first calls), target under 150 ms, with the cache
folder filled by an earlier run as it is on an officer's computer; beside it
the same with an empty cache folder (the first PDF after installing) and
with all eight font faces parsed up front.
"""

from __future__ import annotations

import dataclasses
import io
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from PIL import Image

from osbpress.compose import compose
from osbpress.document import Document, Figure, Heading, Paragraph, Run
from osbpress.render import render_docx, render_html, render_pdf, render_text
from osbpress.sample import sample_media, sample_profile, sample_release

SAMPLE_TARGET = 0.150
SAMPLE_AIM = 0.100
LARGE_PDF_TARGET = 2.0
COLD_PDF_TARGET = 0.150
_COLD_RUNS = 5
_COLD_PROBE = """
import json, sys, time
from osbpress.compose import compose
from osbpress.render import render_pdf
from osbpress.render.pdf_fonts import FACE_FILES, load_face, loaded_faces
from osbpress.sample import sample_media, sample_profile, sample_release
import osbpress.render.pdf

doc = compose(sample_release(), sample_profile(), media=sample_media)
started = time.perf_counter()
if sys.argv[1] == "eager":
    for face in FACE_FILES:
        load_face(face)
render_pdf(doc)
print(json.dumps([time.perf_counter() - started, len(loaded_faces())]))
"""

FORMATS: dict[str, Callable[[Document], object]] = {
    "pdf": render_pdf,
    "docx": render_docx,
    "html": render_html,
    "txt": render_text,
}


def _all(doc: Document) -> None:
    for render in FORMATS.values():
        render(doc)


def _median(work: Callable[[], object], runs: int) -> float:
    work()  # warm: fonts, templates and photos are cached after the first render
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _camera_photo(seed: int) -> bytes:
    """A 12-megapixel JPEG with grain, so it weighs about what a camera's does (1-3 MB)."""
    grain = Image.effect_noise((1000, 750), 40 + seed).convert("RGB")
    tint = Image.new("RGB", grain.size, (40 + seed * 10, 90, 160 - seed * 5))
    photo = Image.blend(grain, tint, 0.5).resize((4000, 3000), Image.Resampling.BICUBIC)
    out = io.BytesIO()
    photo.save(out, "JPEG", quality=90)
    return out.getvalue()


def large_document(base: Document) -> Document:
    """The sample stretched to 30 sections with 12 photos (about 20 pages)."""
    sentence = (
        "Bölgedeki işletmeler üretim kapasitesini artırdı, yeni yatırımlar için "
        "Kahramanmaraş OSB yönetimiyle görüşmelerini sürdürdü ve ihracat hedeflerini "
        "güncelledi. "
    )
    photos = [_camera_photo(n) for n in range(12)]
    body = list(base.body)
    for number in range(30):
        body.append(Heading(f"Bölüm {number + 1}: üretim, istihdam ve ihracat"))
        body += [Paragraph((Run(sentence * 4),)) for _ in range(2)]
        if number % 5 < 2 and len(photos) > 0:
            body.append(
                Figure(
                    photos.pop(),
                    name=f"Bölüm {number + 1} fotoğrafı",
                    caption="Soldan sağa: yönetim kurulu üyeleri ve konuk heyet",
                    credit="Kahramanmaraş OSB",
                )
            )
    return dataclasses.replace(base, body=tuple(body))


def _peak_memory(doc: Document) -> float:
    tracemalloc.start()
    _all(doc)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1e6


def cold_first_pdf(mode: str = "lazy", runs: int = _COLD_RUNS) -> tuple[float, int]:
    """Median seconds of the first PDF of the sample in fresh interpreters, and faces parsed.

    ``mode`` "lazy" is the officer's everyday case: faces load on use and the
    cache folder (parsed faces, compiled templates) was filled by an earlier
    run. "first" starts each run with an empty cache folder, as the very first
    PDF after installing. "eager" parses all eight faces first, as the
    renderer did before faces loaded on use.
    """
    times, faces = [], 0
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "OSBPRESS_HOME": home}
        if mode != "first":
            _probe(env, mode)  # fills the cache folder
        for _ in range(runs):
            if mode == "first":
                shutil.rmtree(Path(home) / "cache", ignore_errors=True)
            took, faces = _probe(env, mode)
            times.append(took)
    return statistics.median(times), faces


def _probe(env: dict[str, str], mode: str) -> tuple[float, int]:
    done = subprocess.run(
        [sys.executable, "-c", _COLD_PROBE, "eager" if mode == "eager" else "lazy"],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    took, faces = json.loads(done.stdout.strip().splitlines()[-1])
    return took, faces


def main() -> None:
    # A cache folder of the run's own: the large release's photos are decoded,
    # not read from an earlier run, and the officer's cache is left alone.
    with tempfile.TemporaryDirectory() as home:
        previous = os.environ.get("OSBPRESS_HOME")
        os.environ["OSBPRESS_HOME"] = home
        try:
            _measure()
        finally:
            if previous is None:
                del os.environ["OSBPRESS_HOME"]
            else:
                os.environ["OSBPRESS_HOME"] = previous


def _measure() -> None:
    lazy, faces = cold_first_pdf("lazy")
    first, _faces = cold_first_pdf("first")
    eager, all_faces = cold_first_pdf("eager")
    verdict = "met" if lazy < COLD_PDF_TARGET else "NOT met"
    print(f"cold first PDF of the sample (fresh process, median of {_COLD_RUNS}):")
    print(
        f"  {lazy * 1000:6.1f} ms with {faces} faces loaded on use, cache folder filled "
        f"(target < {COLD_PDF_TARGET * 1000:.0f} ms: {verdict})"
    )
    print(f"  {first * 1000:6.1f} ms with an empty cache folder (the first run after installing)")
    print(f"  {eager * 1000:6.1f} ms with all {all_faces} faces parsed first")
    sample = compose(sample_release(), sample_profile(), media=sample_media)
    print("sample release (warm, median of 20):")
    for name, render in FORMATS.items():
        print(f"  {name:5} {_median(lambda r=render: r(sample), 20) * 1000:7.1f} ms")  # type: ignore[misc]
    together = _median(lambda: _all(sample), 20)
    verdict = "met" if together < SAMPLE_TARGET else "NOT met"
    aim = "met" if together < SAMPLE_AIM else "not met"
    print(
        f"  all four {together * 1000:6.1f} ms  (target < {SAMPLE_TARGET * 1000:.0f} ms: "
        f"{verdict}; aim < {SAMPLE_AIM * 1000:.0f} ms: {aim})"
    )

    large = large_document(sample)
    photo_mb = sum(len(b.data) for b in large.body if isinstance(b, Figure)) / 1e6
    rss_before = _max_rss_mb()
    started = time.perf_counter()
    pdf = render_pdf(large)
    cold = time.perf_counter() - started
    pages = pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page ")
    print(f"large release (30 sections, 12 photos of 12 MP, {photo_mb:.0f} MB, {pages} pages):")
    print(f"  first PDF render (decodes and resizes every photo) {cold:6.2f} s")
    for name, render in FORMATS.items():
        warm = _median(lambda r=render: r(large), 5)  # type: ignore[misc]
        print(f"  {name:5} {warm * 1000:7.1f} ms (warm, median of 5)")
    large_pdf = _median(lambda: render_pdf(large), 5)
    verdict = "met" if large_pdf < LARGE_PDF_TARGET else "NOT met"
    print(f"  large PDF {large_pdf:5.2f} s  (target < {LARGE_PDF_TARGET:.0f} s: {verdict})")
    print(f"  all four  {_median(lambda: _all(large), 5):5.2f} s")
    print(
        f"peak traced memory, all four formats of the large release: {_peak_memory(large):.0f} MB"
    )
    print(
        f"process maximum resident size: {_max_rss_mb():.0f} MB "
        f"({rss_before:.0f} MB before rendering the large release)"
    )


def _max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    main()
