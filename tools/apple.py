"""macOS: the app's Info.plist, its check, ad-hoc signing and the ``.dmg``.

``info_plist`` is what ``build.spec`` hands PyInstaller's BUNDLE (which adds
the executable and icon keys and writes ``Contents/Info.plist``): the
bundle identifier and version from the package, ``NSHighResolutionCapable``
(else Retina screens get a blurred, doubled window), the oldest macOS the
Qt wheels run on, and ``.osbpress`` as a document type the app owns,
declared as an exported type (UTI) so Finder shows the icon and opens such
files in the app. ``plist_problems`` checks a parsed plist against that;
the tests run it here on the plist written with plistlib, and the macOS CI
job runs it on the plist inside the built app (``check_built_app``).
``build_dmg`` signs the app ad hoc (Apple Silicon refuses unsigned code)
and makes the disk image with an Applications link to drag onto.
"""

from __future__ import annotations

import plistlib
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

APP_NAME = "OSB Basın"
BUNDLE_ID = "tr.osbbasin.app"
DOCUMENT_UTI = "tr.osbbasin.osbpress"
EXTENSION = "osbpress"
# PySide6 6.12's wheels are tagged macosx_14_0: Qt 6.12 starts on macOS 14
# (Sonoma) and later only. check_built_app compares with the wheel in use.
MINIMUM_MACOS = "14.0"
ICON_FILE = "osbpress.icns"
_DOCUMENT_NAME = "OSB Basın bülteni"


def info_plist(version: str) -> dict[str, Any]:
    """The keys of the app's Info.plist that are ours (PyInstaller adds the rest)."""
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleIdentifier": BUNDLE_ID,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "NSHighResolutionCapable": True,
        "LSMinimumSystemVersion": MINIMUM_MACOS,
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": _DOCUMENT_NAME,
                "CFBundleTypeRole": "Editor",
                "CFBundleTypeIconFile": ICON_FILE,
                "LSItemContentTypes": [DOCUMENT_UTI],
                "LSHandlerRank": "Owner",
            }
        ],
        "UTExportedTypeDeclarations": [
            {
                "UTTypeIdentifier": DOCUMENT_UTI,
                "UTTypeDescription": _DOCUMENT_NAME,
                # A bundle is a zip; conforming to public.data lets Finder treat it as a file.
                "UTTypeConformsTo": ["public.data", "public.zip-archive"],
                "UTTypeIconFile": ICON_FILE,
                "UTTypeTagSpecification": {"public.filename-extension": [EXTENSION]},
            }
        ],
    }


def plist_problems(plist: dict[str, Any], version: str) -> list[str]:
    """What in a parsed Info.plist keeps the app from owning ``.osbpress`` files as ``version``."""
    problems = []
    for key, wanted in (
        ("CFBundleIdentifier", BUNDLE_ID),
        ("CFBundleShortVersionString", version),
        ("CFBundleVersion", version),
        ("NSHighResolutionCapable", True),
        ("LSMinimumSystemVersion", MINIMUM_MACOS),
    ):
        if plist.get(key) != wanted:
            problems.append(f"{key} is {plist.get(key)!r}, not {wanted!r}")
    documents = [
        d
        for d in plist.get("CFBundleDocumentTypes", [])
        if DOCUMENT_UTI in d.get("LSItemContentTypes", [])
    ]
    if not documents or documents[0].get("CFBundleTypeRole") != "Editor":
        problems.append(f"no document type opens {DOCUMENT_UTI} as its editor")
    exported = [
        t
        for t in plist.get("UTExportedTypeDeclarations", [])
        if t.get("UTTypeIdentifier") == DOCUMENT_UTI
    ]
    tags = exported[0].get("UTTypeTagSpecification", {}) if exported else {}
    if EXTENSION not in tags.get("public.filename-extension", []):
        problems.append(f"no exported type {DOCUMENT_UTI} for .{EXTENSION} files")
    return problems


def wheel_minimum_macos(distribution: str = "shiboken6") -> str | None:
    """The oldest macOS the installed Qt wheel is tagged for ("14.0"), None off macOS."""
    from importlib.metadata import distribution as installed

    wheel = installed(distribution).read_text("WHEEL") or ""
    found = re.search(r"^Tag: .*-macosx_(\d+)_(\d+)_\w+$", wheel, re.MULTILINE)
    return f"{found.group(1)}.{found.group(2)}" if found else None


def check_built_app(app: Path, version: str) -> None:
    """SystemExit unless the built ``app``'s Info.plist and its icon are as ``info_plist`` says."""
    with (app / "Contents" / "Info.plist").open("rb") as handle:
        problems = plist_problems(plistlib.load(handle), version)
    qt_minimum = wheel_minimum_macos()
    if qt_minimum is not None and qt_minimum != MINIMUM_MACOS:
        problems.append(
            f"Qt's wheel needs macOS {qt_minimum}, LSMinimumSystemVersion says {MINIMUM_MACOS}"
        )
    if not (app / "Contents" / "Resources" / ICON_FILE).is_file():
        problems.append(f"Contents/Resources/{ICON_FILE} is missing")
    if problems:
        raise SystemExit("Info.plist: " + "; ".join(problems))


def build_dmg(app: Path, out: Path) -> Path:
    """``app`` signed ad hoc and verified, then ``out``: a compressed image with an Applications link."""
    subprocess.run(["codesign", "--force", "--deep", "--sign", "-", str(app)], check=True)
    subprocess.run(["codesign", "--verify", "--deep", "--strict", str(app)], check=True)
    out.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as staging:
        folder = Path(staging) / APP_NAME
        folder.mkdir()
        # symlinks=True keeps the framework links inside the .app (copies would break signatures).
        shutil.copytree(app, folder / app.name, symlinks=True)
        (folder / "Applications").symlink_to("/Applications")
        # ULFO (lzfse): smaller than the old zlib UDZO and opened by every macOS since 10.11.
        image = ["-volname", APP_NAME, "-srcfolder", str(folder), "-fs", "HFS+", "-format", "ULFO"]
        subprocess.run(["hdiutil", "create", *image, "-ov", str(out)], check=True)
    return out
