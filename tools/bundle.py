"""Build, smoke-test and package the desktop bundle on this OS: ``python tools/bundle.py``.

One script for every platform, so Windows needs no make: ``build`` runs
PyInstaller on ``build.spec`` (with the interpreter running this script,
which must have PyInstaller: ``make bundle`` uses ``.venv-bundle``) and
prints the unpacked size; ``test`` runs the frozen programs as an officer
would (``tools/smoke.py``); ``package`` wraps the bundle for handing out:
the Inno Setup installer on Windows, a signed-ad-hoc ``.dmg`` on macOS, a
``.tar.gz`` on Linux, and prints its size. Sizes are in MB of 1024², as
``du -h`` counts them. The Linux bundle must stay within
``LINUX_BUNDLE_LIMIT_MB`` and every package within ``PACKAGE_LIMIT_MB``:
past either the step fails, so a dependency that drags in a large library
is noticed when it lands, not when an officer downloads it.
"""

from __future__ import annotations

import argparse
import platform
import re
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
WORK = ROOT / "build"
APP_NAME = "OSB Basın"
LINUX_BUNDLE_LIMIT_MB = 200
PACKAGE_LIMIT_MB = 90
_MB = 1024 * 1024


def package_version() -> str:
    """``osbpress.__version__``, read as text (as ``build.spec`` does) so nothing heavy is imported."""
    text = (ROOT / "osbpress" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"$', text, re.MULTILINE)
    if found is None:
        raise SystemExit("osbpress/__init__.py has no __version__ line")
    return found.group(1)


def bundle_root(system: str = sys.platform) -> Path:
    """What ``build`` makes: the ``.app`` on macOS, the ``osbpress`` folder elsewhere."""
    return DIST / f"{APP_NAME}.app" if system == "darwin" else DIST / "osbpress"


def programs_dir(system: str = sys.platform) -> Path:
    """The folder holding the two executables."""
    root = bundle_root(system)
    return root / "Contents" / "MacOS" if system == "darwin" else root


def size_mb(path: Path) -> float:
    """Bytes of every file under ``path`` (links not followed: the .app links folders), in MB."""
    if path.is_file():
        return path.stat().st_size / _MB
    total = sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())
    return total / _MB


def within(label: str, path: Path, limit: float | None) -> float:
    """Print ``path``'s size; SystemExit when it is over ``limit`` MB."""
    size = size_mb(path)
    budget = f" (limit {limit} MB)" if limit is not None else ""
    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    print(f"{label}: {shown} {size:.1f} MB{budget}", flush=True)
    if limit is not None and size > limit:
        raise SystemExit(f"{label} is {size:.1f} MB, over its {limit} MB limit")
    return size


def build() -> None:
    """PyInstaller from ``build.spec`` into ``dist/``, then the unpacked size."""
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean"]
    command += ["--distpath", str(DIST), "--workpath", str(WORK), str(ROOT / "build.spec")]
    subprocess.run(command, check=True, cwd=ROOT)
    limit = LINUX_BUNDLE_LIMIT_MB if sys.platform.startswith("linux") else None
    within("Unpacked bundle", bundle_root(), limit)


def package() -> Path:
    """The file an officer downloads, made from the built bundle; its path."""
    version = package_version()
    # The two macOS builds (arm64, x86_64) land in one release: the name tells them apart.
    machine = platform.machine()
    if sys.platform == "win32":
        from tools.windows import build_installer

        out = build_installer(version)
    elif sys.platform == "darwin":
        from tools.apple import build_dmg

        out = build_dmg(bundle_root(), DIST / f"OSB-Basin-{version}-macOS-{machine}.dmg")
    else:
        out = _tarball(DIST / f"OSB-Basin-{version}-linux-{machine}.tar.gz")
    within("Download", out, PACKAGE_LIMIT_MB)
    return out


def _tarball(out: Path) -> Path:
    """``dist/osbpress`` as a gzipped tar (the folder an officer unpacks and runs)."""
    with tarfile.open(out, "w:gz", compresslevel=9) as archive:
        archive.add(bundle_root(), arcname="osbpress")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tools/bundle.py", description=__doc__)
    parser.add_argument("steps", nargs="+", choices=["build", "test", "package"])
    args = parser.parse_args(argv)
    for step in args.steps:
        if step == "build":
            build()
        elif step == "test":
            from tools.smoke import smoke_test

            smoke_test(programs_dir(), bundle_root(), package_version())
        else:
            package()
    return 0


if __name__ == "__main__":
    # Run as a file (python tools/bundle.py): make the checkout importable as
    # the spec and the tests see it, so ``tools.smoke`` and friends resolve.
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
