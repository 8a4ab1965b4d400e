"""The wheel carries everything the engine needs: every package, the fonts, the templates.

The wheel is built once from a copy of the checkout (so the build leaves no
``build/`` or ``*.egg-info`` in the working tree), offline, by the venv's own
setuptools backend (what ``pip wheel --no-build-isolation`` calls). The slow test (``make test-slow``) goes further:
installs it into a fresh venv, and renders the sample in every format from
there, far from the checkout.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]
_DATA = ("resources", "templates")
_CODE = ("osbpress", "ui")
_SKIP = shutil.ignore_patterns("__pycache__", "*.pyc")


def _listed_packages() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return set(config["tool"]["setuptools"]["packages"])


def _files(folder: Path, root: Path) -> set[str]:
    return {
        path.relative_to(root).as_posix()
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }


def test_every_package_of_the_checkout_is_listed_for_the_wheel() -> None:
    found = {
        folder.relative_to(ROOT).as_posix().replace("/", ".")
        for top in _CODE
        for folder in [ROOT / top, *(ROOT / top).rglob("*")]
        if folder.is_dir() and "__pycache__" not in folder.parts and any(folder.glob("*.py"))
    }
    listed = _listed_packages() - {"osbpress._data"}
    missing = found - listed
    assert not missing, f"add to [tool.setuptools] packages in pyproject.toml: {sorted(missing)}"
    gone = [name for name in listed if not (ROOT / name.replace(".", "/")).is_dir()]
    assert not gone, f"remove from [tool.setuptools] packages in pyproject.toml: {gone}"


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of what the wheel is built from (other work may change the checkout meanwhile)."""
    source = tmp_path_factory.mktemp("kaynak")
    shutil.copy2(ROOT / "pyproject.toml", source)
    shutil.copy2(ROOT / "README.md", source)
    for folder in (*_CODE, *_DATA):
        shutil.copytree(ROOT / folder, source / folder, ignore=_SKIP)
    return source


@pytest.fixture(scope="module")
def wheel(source: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # The build backend itself, as pip would call it (pip wheel adds only start-up time).
    subprocess.run(
        [sys.executable, "-c", f"from setuptools import build_meta; build_meta.build_wheel({str(out)!r})"],
        cwd=source, check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    (built,) = out.glob("osbpress-*.whl")
    return built


def test_the_wheel_carries_resources_templates_and_every_module(wheel: Path, source: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for folder in _DATA:
        expected = {f"osbpress/_data/{name}" for name in _files(source / folder, source)}
        assert expected <= names, sorted(expected - names)[:5]
    assert "osbpress/_data/resources/fonts/noto/NotoSans-Regular.ttf" in names
    assert "osbpress/_data/templates/docx/base.docx" in names
    code = _files(source / "osbpress", source) | _files(source / "ui", source)
    modules = {name for name in code if name.endswith(".py")}
    assert modules <= names, sorted(modules - names)[:5]
    # Only the two data folders sit under _data: no stray module from the project root.
    assert {name.split("/")[2] for name in names if name.startswith("osbpress/_data/")} == set(
        _DATA
    )
    assert not any(name.startswith(("resources/", "templates/")) for name in names)


@pytest.mark.slow
def test_the_installed_wheel_renders_the_sample(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet",
         "--no-deps", "--no-index", str(wheel)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    # The libraries come from this venv, appended after the fresh site-packages
    # (a .pth line adds the folder but runs none of its own .pth files, so the
    # checkout's editable install stays out): osbpress is the wheel's copy.
    here = sysconfig.get_paths()["purelib"]
    (Path(purelib) / "osb_test_deps.pth").write_text(here + "\n", encoding="utf-8")
    work = tmp_path / "is"
    work.mkdir()
    env = {**os.environ, "OSBPRESS_HOME": str(work / "veri"), "PYTHONPATH": ""}
    script = (
        "import osbpress, osbpress.resources as r, sys\n"
        "print(osbpress.__file__); print(r.base())\n"
        "from osbpress.cli import main\n"
        "assert main(['sample', '-o', 'b.json']) == 0\n"
        "sys.exit(main(['render', 'b.json', '-o', 'cikti']))\n"
    )
    done = subprocess.run(
        [str(python), "-c", script], cwd=work, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    package, base = done.stdout.splitlines()[:2]
    assert package.startswith(purelib) and base == str(Path(purelib) / "osbpress" / "_data")
    out = work / "cikti"
    assert {p.suffix for p in out.iterdir()} >= {".pdf", ".docx", ".html", ".txt", ".jpg"}
    text = PdfReader(out / "b.pdf").pages[0].extract_text()
    assert "Kahramanmaraş OSB’yi Ziyaret Etti" in text
