"""One way to find bundled files (fonts, templates, sample data), wherever we run.

The data lives in two folders, ``resources/`` and ``templates/``, and each
way of running puts them in a different place, always found from the
``osbpress`` package through ``importlib.resources``:

- a checkout or an editable install: beside the package, in the project root;
- an installed wheel: inside the package, under ``osbpress/_data/``
  (``pyproject.toml`` maps the two folders there as package data);
- the PyInstaller bundle: ``build.spec`` copies them to the same relative
  paths under ``sys._MEIPASS``, which is also the package's parent there.

Only relative paths inside those folders are accepted. The callers get real
file-system paths (reportlab opens fonts by name, Jinja lists a folder), so
a package imported from a zip file is refused with a clear message.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path, PurePosixPath

_ROOTS = ("resources", "templates")
# Where the wheel keeps the two folders, inside the package (see pyproject.toml).
WHEEL_DATA = "_data"


@cache
def base() -> Path:
    """The folder holding ``resources/`` and ``templates/`` for this way of running."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    # Imported here: it pulls in tempfile and zipfile, which ``--help`` can do without.
    from importlib.resources import files

    # Imported late: osbpress.i18n finds its catalogs through this module.
    from osbpress.i18n import _

    package = files("osbpress")
    if not isinstance(package, Path):
        raise RuntimeError(
            _(
                "osbpress bir zip arşivinden yüklenmiş ({package}); "
                "yazı tipleri ve şablonlar için paket klasör olarak kurulmalı"
            ).format(package=package)
        )
    for candidate in (package / WHEEL_DATA, package.parent):
        if all((candidate / root).is_dir() for root in _ROOTS):
            return candidate
    raise RuntimeError(
        _(
            "OSB Basın’ın kaynak klasörleri bulunamadı ({wheel} ya da "
            "{parent} içinde resources/ ve templates/ yok); programı yeniden kurun"
        ).format(wheel=package / WHEEL_DATA, parent=package.parent)
    )


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
    return base().joinpath(root, *rel.parts)


def resource(relative: str = "") -> Path:
    return data_path("resources", relative)


def template(relative: str = "") -> Path:
    return data_path("templates", relative)
