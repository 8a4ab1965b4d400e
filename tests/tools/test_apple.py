"""The macOS Info.plist: written and read back with plistlib, it owns ``.osbpress`` at our version."""

from __future__ import annotations

import plistlib
from pathlib import Path

import pytest

from osbpress import __version__
from tools.apple import (
    BUNDLE_ID,
    DOCUMENT_UTI,
    ICON_FILE,
    check_built_app,
    info_plist,
    plist_problems,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def written(tmp_path: Path) -> Path:
    """The spec's Info.plist keys written as PyInstaller writes them (plistlib, XML)."""
    path = tmp_path / "Info.plist"
    with path.open("wb") as handle:
        plistlib.dump(info_plist(__version__), handle)
    return path


def test_the_plist_declares_the_document_type_identifier_and_version(written: Path) -> None:
    with written.open("rb") as handle:
        plist = plistlib.load(handle)
    assert plist["CFBundleIdentifier"] == BUNDLE_ID
    assert plist["CFBundleShortVersionString"] == plist["CFBundleVersion"] == __version__
    assert plist["NSHighResolutionCapable"] is True
    (document,) = plist["CFBundleDocumentTypes"]
    assert document["LSItemContentTypes"] == [DOCUMENT_UTI]
    assert document["CFBundleTypeRole"] == "Editor"
    assert document["CFBundleTypeIconFile"] == ICON_FILE
    (exported,) = plist["UTExportedTypeDeclarations"]
    assert exported["UTTypeIdentifier"] == DOCUMENT_UTI
    assert exported["UTTypeTagSpecification"]["public.filename-extension"] == ["osbpress"]
    assert "public.data" in exported["UTTypeConformsTo"]
    assert plist_problems(plist, __version__) == []


def test_the_icon_the_plist_names_is_the_one_the_spec_bundles() -> None:
    assert (ROOT / "resources" / "icons" / ICON_FILE).is_file()
    assert 'ICONS / "osbpress.icns"' in (ROOT / "build.spec").read_text(encoding="utf-8")


def test_the_spec_hands_these_keys_to_pyinstaller() -> None:
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert "info_plist=info_plist(VERSION)" in spec


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        (lambda p: p.update(CFBundleShortVersionString="0.0.1"), "CFBundleShortVersionString"),
        (lambda p: p.update(CFBundleIdentifier="org.example"), "CFBundleIdentifier"),
        (lambda p: p.pop("NSHighResolutionCapable"), "NSHighResolutionCapable"),
        (lambda p: p.pop("UTExportedTypeDeclarations"), "exported type"),
        (lambda p: p["CFBundleDocumentTypes"][0].update(CFBundleTypeRole="Viewer"), "editor"),
    ],
)
def test_a_plist_that_would_not_own_the_files_is_named(
    written: Path, change: object, complaint: str
) -> None:
    with written.open("rb") as handle:
        plist = plistlib.load(handle)
    change(plist)  # type: ignore[operator]
    assert any(complaint in problem for problem in plist_problems(plist, __version__))


def test_the_built_app_check_reads_the_plist_in_the_bundle(tmp_path: Path, written: Path) -> None:
    app = tmp_path / "OSB Basın.app"
    (app / "Contents" / "Resources").mkdir(parents=True)
    (app / "Contents" / "Info.plist").write_bytes(written.read_bytes())
    with pytest.raises(SystemExit, match=ICON_FILE):
        check_built_app(app, __version__)
    (app / "Contents" / "Resources" / ICON_FILE).write_bytes(b"icns")
    check_built_app(app, __version__)
    with pytest.raises(SystemExit, match="CFBundleVersion"):
        check_built_app(app, "9.9.9")
