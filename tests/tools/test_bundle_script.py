"""tools/bundle.py and its smoke test: sizes against their limits, the clean environment, the screenshot check."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from osbpress import __version__
from tools.bundle import DIST, bundle_root, package_version, programs_dir, size_mb, within
from tools.smoke import _check_screenshot, clean_environment


def test_the_build_reads_the_package_version() -> None:
    assert package_version() == __version__


def test_the_programs_sit_inside_the_app_on_macos_and_in_the_folder_elsewhere() -> None:
    assert bundle_root("darwin") == DIST / "OSB Basın.app"
    assert programs_dir("darwin") == DIST / "OSB Basın.app" / "Contents" / "MacOS"
    assert programs_dir("linux") == programs_dir("win32") == DIST / "osbpress"


def test_the_size_counts_files_once_and_links_not_at_all(tmp_path: Path) -> None:
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "big.so").write_bytes(b"\0" * (3 * 1024 * 1024))
    (tmp_path / "Frameworks").symlink_to(tmp_path / "lib")  # the .app's layout
    assert size_mb(tmp_path) == 3.0


def test_a_bundle_over_its_limit_stops_the_build(tmp_path: Path) -> None:
    out = tmp_path / "setup.exe"
    out.write_bytes(b"\0" * (2 * 1024 * 1024))
    assert within("Download", out, 2) == 2.0
    with pytest.raises(SystemExit, match="over its 1 MB limit"):
        within("Download", out, 1)


@pytest.mark.parametrize("platform", ["linux", "darwin", "win32"])
def test_the_frozen_programs_see_no_venv_and_an_empty_home(tmp_path: Path, platform: str) -> None:
    env = clean_environment(tmp_path, platform)
    assert "venv" not in env["PATH"] and "python" not in env["PATH"].lower()
    assert Path(env["OSBPRESS_HOME"]).parent == tmp_path
    assert env["QT_QPA_PLATFORM"] == "offscreen"
    assert "VIRTUAL_ENV" not in env and "PYTHONPATH" not in env


def test_a_blank_screenshot_fails_and_a_painted_one_passes(tmp_path: Path) -> None:
    blank = tmp_path / "blank.png"
    Image.new("RGB", (320, 200), "white").save(blank)
    with pytest.raises(SystemExit, match="nothing was drawn"):
        _check_screenshot(blank)
    with pytest.raises(SystemExit, match="no screenshot"):
        _check_screenshot(tmp_path / "missing.png")
    painted = tmp_path / "painted.png"
    Image.linear_gradient("L").convert("RGB").save(painted)  # 256 greys, like anti-aliased text
    _check_screenshot(painted)
