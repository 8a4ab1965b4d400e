"""One way to find bundled files (fonts, templates, sample data), wherever we run.

From a checkout or an editable install the data lives beside the package
(``resources/``, ``templates/``); in the PyInstaller bundle ``build.spec``
copies the same folders to the same relative paths under ``sys._MEIPASS``.
Only relative paths inside those folders are accepted.
"""

from __future__ import annotations

import sys
from pathlib import Path, PurePosixPath

_ROOTS = ("resources", "templates")


def _base() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def data_path(root: str, relative: str = "") -> Path:
    """The path of ``relative`` inside the bundled folder ``root``.

    Raises ValueError for an unknown root, an absolute path or one that
    climbs out with ``..``.
    """
    if root not in _ROOTS:
        raise ValueError(f"bilinmeyen kaynak klasörü: {root!r}")
    rel = PurePosixPath(relative)
    if rel.is_absolute() or ".." in rel.parts or "\\" in relative:
        raise ValueError(f"geçersiz kaynak yolu: {relative!r}")
    return _base().joinpath(root, *rel.parts)


def resource(relative: str = "") -> Path:
    return data_path("resources", relative)


def template(relative: str = "") -> Path:
    return data_path("templates", relative)
