"""Whole processes, as the officer starts them: ``osbpress render`` against LibreOffice, ``--help``.

Everything here is timed from outside, a fresh interpreter per run, so the
numbers include start-up, imports, font parsing and the first calls that an
in-process benchmark hides. Three comparisons, each run in the same sitting
so the machine's load weighs on both sides alike:

- ``osbpress render`` of the sample in every format (PDF, DOCX, HTML, text)
  against LibreOffice converting the same release's DOCX to PDF
  (``soffice --headless --convert-to pdf``), when ``soffice`` is installed;
  skipped, and said so, without it. LibreOffice gets its own profile folder,
  made by an untimed first run, as an officer's installed LibreOffice has.
  Target: the render at least 5× faster (aim 10×). Then ``osbpress render
  --format pdf`` alone, which loads only what a PDF needs (no python-docx,
  no HTML sanitiser): target at least 3.5× faster than LibreOffice.
  Beside them, a Python that only imports the libraries a render needs:
  the floor no single fresh process can go below.
- ``osbpress --help`` against ``python -c pass``. Target: under 3×.

Each figure is the median of several runs after one untimed run of each
side (disk caches warm), with the fastest beside it and the CPU time the
process and its children used (steadier than the wall clock on a busy
machine); the two sides of a comparison take turns run by run, so a busy
machine slows both alike. Verdicts go by the wall clock.
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

RENDER_TARGET = 5.0
PDF_TARGET = 3.5
RENDER_AIM = 10.0
HELP_TARGET = 3.0
_RUNS = 5
_HELP_RUNS = 10
_OSBPRESS = (sys.executable, "-m", "osbpress")
# What rendering every format needs loaded before any work: the floor of a
# whole-process render (reportlab, python-docx, Pillow and babel are the
# prescribed stack; pydantic validates the draft, Jinja writes sentences and HTML).
_LIBRARIES = (
    "import reportlab.platypus, reportlab.pdfgen.canvas, docx, PIL.Image, babel.dates,"
    " pydantic, jinja2"
)


@dataclass
class _Times:
    """One command's runs: wall-clock seconds and CPU seconds (user + system, children included)."""

    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _turns(
    commands: Sequence[Sequence[str]], runs: int, env: dict[str, str], cwd: Path
) -> list[_Times]:
    """Each run of each command timed, the commands taking turns.

    Alternating run by run (after one untimed run of each) lets a busy
    machine slow every side alike, so a ratio holds even when the times wander.
    """
    times = [_Times() for _ in commands]
    for run in range(runs + 1):
        for argv, kept in zip(commands, times, strict=True):
            cpu, started = _children_cpu(), time.perf_counter()
            subprocess.run(argv, check=True, env=env, cwd=cwd, capture_output=True, timeout=300)
            if run:
                kept.wall.append(time.perf_counter() - started)
                kept.cpu.append(_children_cpu() - cpu)
    return times


def _show(label: str, times: _Times) -> _Times:
    wall, cpu = statistics.median(times.wall), statistics.median(times.cpu)
    print(
        f"  {label:<40} {wall * 1000:6.0f} ms  (fastest {min(times.wall) * 1000:.0f} ms; "
        f"CPU {cpu * 1000:.0f} ms)"
    )
    return times


def _ratio(slow: _Times, fast: _Times) -> tuple[float, float]:
    """How many times ``fast`` beats ``slow``, by wall-clock median and by CPU median."""
    return (
        statistics.median(slow.wall) / statistics.median(fast.wall),
        statistics.median(slow.cpu) / statistics.median(fast.cpu),
    )


def _verdict(ratio: float, target: float, faster: bool) -> str:
    met = ratio >= target if faster else ratio < target
    return "met" if met else "NOT met"


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def render_against_libreoffice(work: Path, env: dict[str, str]) -> None:
    draft, profile = work / "ornek-bulten.json", work / "kurum.json"
    for argv in (["sample", "-o", str(draft)], ["sample", "--profile", "-o", str(profile)]):
        subprocess.run([*_OSBPRESS, *argv], check=True, env=env, capture_output=True)
    render = [*_OSBPRESS, "render", str(draft), "--profile", str(profile), "-o", str(work / "out")]
    print(f"whole process, the sample release (median of {_RUNS}):")
    soffice = _soffice()
    if soffice is None:
        (ours,) = _turns([render], _RUNS, env, work)
        _show("osbpress render, PDF+DOCX+HTML+text", ours)
        print("  LibreOffice (soffice) is not installed: comparison skipped")
        return
    docx = work / "out" / "ornek-bulten.docx"
    subprocess.run(render, check=True, env=env, capture_output=True)  # the DOCX to convert
    converted = work / "lo"
    # A profile folder of its own: LibreOffice's first start in it (the untimed
    # run) writes the profile, which an installed LibreOffice has already.
    user = (work / "lo-profile").as_uri()
    convert = [
        soffice, f"-env:UserInstallation={user}", "--headless", "--norestore",
        "--convert-to", "pdf", "--outdir", str(converted), str(docx),
    ]  # fmt: skip
    floor = [sys.executable, "-c", _LIBRARIES]
    pdf_only = [*render, "--format", "pdf"]
    ours, theirs, libraries, pdf = _turns([render, convert, floor, pdf_only], _RUNS, env, work)
    _show("osbpress render, PDF+DOCX+HTML+text", ours)
    _show("osbpress render --format pdf", pdf)
    _show("LibreOffice, the same DOCX → PDF only", theirs)
    _show("python importing those libraries only", libraries)
    print(
        f"  (a process that only imports them is at best "
        f"{_ratio(theirs, libraries)[0]:.1f}× faster than LibreOffice)"
    )
    if not (converted / "ornek-bulten.pdf").is_file():
        print("  LibreOffice wrote no PDF: comparison void")
        return
    ratio, by_cpu = _ratio(theirs, ours)
    print(
        f"  osbpress is {ratio:.1f}× faster ({by_cpu:.1f}× by CPU time; target ≥ {RENDER_TARGET:.0f}×: "
        f"{_verdict(ratio, RENDER_TARGET, True)}; aim ≥ {RENDER_AIM:.0f}×: "
        f"{'met' if ratio >= RENDER_AIM else 'not met'})"
    )
    ratio, by_cpu = _ratio(theirs, pdf)
    print(
        f"  osbpress render --format pdf is {ratio:.1f}× faster ({by_cpu:.1f}× by CPU time; "
        f"target ≥ {PDF_TARGET}×: {_verdict(ratio, PDF_TARGET, True)})"
    )


def help_against_bare_python(work: Path, env: dict[str, str]) -> None:
    print(f"start-up (median of {_HELP_RUNS}):")
    bare, helped = _turns(
        [[sys.executable, "-c", "pass"], [*_OSBPRESS, "--help"]], _HELP_RUNS, env, work
    )
    _show("python -c pass", bare)
    _show("osbpress --help", helped)
    ratio, by_cpu = _ratio(helped, bare)
    print(f"  --help takes {ratio:.1f}× a bare start ({by_cpu:.1f}× by CPU time; target < "
          f"{HELP_TARGET:.0f}×: {_verdict(ratio, HELP_TARGET, False)})")  # fmt: skip


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="osbpress-bench-") as folder:
        work = Path(folder)
        # An empty data folder: the store's profile and backups stay out of the timing.
        env = {**os.environ, "OSBPRESS_HOME": str(work / "veri")}
        render_against_libreoffice(work, env)
        help_against_bare_python(work, env)


if __name__ == "__main__":
    main()
