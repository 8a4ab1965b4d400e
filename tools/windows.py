"""Windows: compile the Inno Setup installer from ``packaging/windows/osbpress.iss``.

The script holds no version of its own: ``iscc_command`` passes
``/DAppVersion=`` with the package's, so the installer, its file name and
the uninstall entry in Windows' settings always say what ``osbpress
--version`` says. ISCC (Inno Setup 6's compiler) is looked up on PATH, then
where its installer puts it; the CI workflow installs it when missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from tools.bundle import DIST, ROOT

SCRIPT = ROOT / "packaging" / "windows" / "osbpress.iss"
_DEFAULT_ISCC = (
    Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)")) / "Inno Setup 6"
)


def installer_path(version: str) -> Path:
    """Where ISCC writes the installer (the script's OutputDir and OutputBaseFilename)."""
    return DIST / f"OSB-Basin-{version}-Windows-Kurulum.exe"


def find_iscc() -> Path:
    """The Inno Setup compiler; SystemExit saying how to get it when there is none."""
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return Path(found)
    candidate = _DEFAULT_ISCC / "ISCC.exe"
    if candidate.is_file():
        return candidate
    raise SystemExit("Inno Setup 6 (ISCC.exe) not found: install it from jrsoftware.org or choco")


def iscc_command(iscc: Path, version: str) -> list[str]:
    """The ISCC call compiling the installer for ``version``."""
    return [str(iscc), "/Qp", f"/DAppVersion={version}", str(SCRIPT)]


def build_installer(version: str) -> Path:
    """Compile the installer for the bundle in ``dist/osbpress``; its path."""
    subprocess.run(iscc_command(find_iscc(), version), check=True, cwd=SCRIPT.parent)
    out = installer_path(version)
    if not out.is_file():
        raise SystemExit(f"ISCC finished but {out.name} is not there")
    return out
