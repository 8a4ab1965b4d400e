"""The frozen smoke test: the built programs run as an officer would run them.

Each program starts with an environment of its own making: PATH holds only
the system folders (no venv, no Python), HOME and ``OSBPRESS_HOME`` point
at an empty folder under ``build/bundle-test``, so the bundle has to carry
everything itself. The console tool prints its version (checked against
the package), writes the sample release and profile and renders them to
every format; the text must hold the sample's place name. A draft is then
carried as an ``.osbpress`` file to a second, empty data folder (another
computer) and given to the app as its argument, as a double-click does: the
app, headless (Qt's offscreen platform), must import it, render its preview
and save a screenshot that is a real picture, not a blank window. On macOS the Info.plist the build wrote is checked too. Any
failure ends the run with a message naming the step.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from tools.bundle import ROOT, WORK

FORMATS = ("pdf", "docx", "html", "txt")
_SAMPLE_PLACE = "Kahramanmaraş"
_MARKER = "Paket sınaması: taşınan bülten"
# A rendered window (text, a PDF page, widgets) has thousands of colours;
# a window that never painted has a handful.
_MIN_SCREENSHOT_COLOURS = 64


def clean_environment(home: Path, system: str = sys.platform) -> dict[str, str]:
    """The environment an officer's double-click gives: system folders only, our own home."""
    env = {
        "HOME": str(home),
        "OSBPRESS_HOME": str(home / "veri"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    if system == "win32":
        system_root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        env |= {
            "SYSTEMROOT": system_root,
            "WINDIR": system_root,
            "PATH": rf"{system_root}\System32;{system_root}",
            "USERPROFILE": str(home),
            "APPDATA": str(home / "AppData" / "Roaming"),
            "LOCALAPPDATA": str(home / "AppData" / "Local"),
            "TEMP": str(home / "Temp"),
            "TMP": str(home / "Temp"),
        }
    else:
        env |= {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    return env


def _run(program: Path, args: list[str], env: dict[str, str]) -> str:
    """``program args`` in ``env``; its output, or SystemExit naming the failed command."""
    shown = " ".join([program.name, *args])
    print(f"$ {shown}", flush=True)
    done = subprocess.run(
        [str(program), *args],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    output = done.stdout + done.stderr
    if output.strip():
        print(output.rstrip(), flush=True)
    if done.returncode != 0:
        raise SystemExit(f"frozen smoke test failed: “{shown}” exited with {done.returncode}")
    return output


def _exe(folder: Path, name: str) -> Path:
    return folder / (f"{name}.exe" if sys.platform == "win32" else name)


def smoke_test(programs: Path, root: Path, version: str) -> None:
    """Run the frozen ``osbpress`` and ``osbpress-app`` in ``programs`` (the bundle at ``root``)."""
    home = WORK / "bundle-test"
    shutil.rmtree(home, ignore_errors=True)
    (home / "Temp").mkdir(parents=True)
    env = clean_environment(home)
    cli, app = _exe(programs, "osbpress"), _exe(programs, "osbpress-app")
    printed = _run(cli, ["--version"], env)
    if version not in printed:
        raise SystemExit(f"the frozen osbpress says “{printed.strip()}”, the package is {version}")
    release, profile, out = home / "ornek.json", home / "profil.json", home / "out"
    _run(cli, ["sample", "-o", str(release)], env)
    _run(cli, ["sample", "--profile", "-o", str(profile)], env)
    formats = ",".join(FORMATS)
    _run(
        cli,
        ["render", "--format", formats, "--profile", str(profile), "-o", str(out), str(release)],
        env,
    )
    for suffix in FORMATS:
        written = out / f"{release.stem}.{suffix}"
        if not written.is_file() or written.stat().st_size == 0:
            raise SystemExit(f"the frozen render wrote no {written.name}")
    if _SAMPLE_PLACE not in (out / f"{release.stem}.txt").read_text(encoding="utf-8"):
        raise SystemExit(f"the frozen render's text lacks “{_SAMPLE_PLACE}”")
    if not any(root.rglob("_rl_accel*")):
        raise SystemExit("reportlab's C accelerators (_rl_accel) are missing from the bundle")
    _open_on_another_computer(cli, app, release, home)
    if sys.platform == "darwin":
        from tools.apple import check_built_app

        check_built_app(root, version)
    print(f"frozen smoke test passed ({root.relative_to(ROOT)})", flush=True)


def _open_on_another_computer(cli: Path, app: Path, release: Path, home: Path) -> None:
    """A ``.osbpress`` written by one data folder opens in the app started on another.

    The app gets the file as its argument, as Windows' association and a
    double-click pass it; it must import it (listed afterwards by the CLI),
    render its preview and save a screenshot of a painted window.
    """
    marked = home / "isaretli.json"
    draft = json.loads(release.read_text(encoding="utf-8")) | {"headline": _MARKER}
    marked.write_text(json.dumps(draft, ensure_ascii=False), encoding="utf-8")
    env = clean_environment(home)
    found = re.search(r"\b[0-9a-f]{12}\b", _run(cli, ["drafts", "import", str(marked)], env))
    if found is None:
        raise SystemExit("the frozen “drafts import” printed no draft id")
    carried = home / "tasinan.osbpress"
    _run(cli, ["drafts", "export", found.group(0), str(carried)], env)
    other = home / "ikinci"
    (other / "Temp").mkdir(parents=True)
    env = clean_environment(other)
    screenshot = home / "ekran.png"
    _run(app, [str(carried), "--screenshot", str(screenshot)], env)
    if _MARKER not in _run(cli, ["drafts", "list"], env):
        raise SystemExit(
            f"the frozen app did not open {carried.name}: its draft is not in the store"
        )
    _check_screenshot(screenshot)


def _check_screenshot(path: Path) -> None:
    """SystemExit unless ``path`` is a PNG of a window that painted."""
    from PIL import Image

    if not path.is_file():
        raise SystemExit("the frozen app saved no screenshot")
    with Image.open(path) as image:
        colours = image.convert("RGB").getcolors(maxcolors=1 << 16)
    count = len(colours) if colours is not None else 1 << 16
    if count < _MIN_SCREENSHOT_COLOURS:
        raise SystemExit(f"the frozen app's screenshot has {count} colours: nothing was drawn")
