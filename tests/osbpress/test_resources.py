"""Bundled files are found from the checkout and from the PyInstaller bundle, and paths stay inside.

The installed wheel's layout is tested in ``test_wheel.py`` (built and
installed for real).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import osbpress
from osbpress import resources
from osbpress.resources import base, data_path, resource, template

ROOT = Path(osbpress.__file__).resolve().parents[1]


@pytest.fixture
def fresh_base() -> Iterator[None]:
    base.cache_clear()
    yield
    base.cache_clear()


def test_a_checkout_finds_the_folders_beside_the_package(fresh_base: None) -> None:
    assert base() == ROOT
    assert resource("fonts/noto/NotoSans-Regular.ttf").is_file()
    assert template("html/article.html.j2").is_file()
    assert template() == ROOT / "templates"


def test_the_frozen_bundle_looks_under_meipass(
    fresh_base: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource("locale/tr/argparse.po") == tmp_path / "resources" / "locale/tr/argparse.po"


def test_a_package_without_its_folders_says_to_reinstall(
    fresh_base: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "site" / "osbpress"
    package.mkdir(parents=True)
    monkeypatch.setattr("importlib.resources.files", lambda name: package)
    with pytest.raises(RuntimeError, match="yeniden kurun"):
        base()
    for folder in ("resources", "templates"):
        (package / resources.WHEEL_DATA / folder).mkdir(parents=True)
    base.cache_clear()
    assert base() == package / resources.WHEEL_DATA


@pytest.mark.parametrize("relative", ["/etc/passwd", "../pyproject.toml", "a/../../b", "a\\b"])
def test_paths_outside_the_folders_are_refused(relative: str) -> None:
    with pytest.raises(ValueError, match="geçersiz kaynak yolu"):
        data_path("resources", relative)
    with pytest.raises(ValueError, match="bilinmeyen kaynak klasörü"):
        data_path("osbpress", "x")
