"""Exporting a composed release: the finished files in a folder, all or nothing.

``export`` is what the CLI's ``render`` and the app's export dialog both
call. Each format has a writer turning the Document into ``(file name,
bytes)`` pairs; the work runs as a list of steps (each photo, then each
format) reported through ``progress`` and stoppable through ``cancelled``
between steps. Every file is written in full under a temporary name first
and renamed into place only when all formats are done; if a rename fails
(a folder in the way, a disk gone full), the renames already made are
undone and the files they replaced come back. So a failure or a cancel
leaves the folder exactly as it was, and the error says so (or, should
even the undo fail, names the files left in their new version).
"""

from __future__ import annotations

import functools
import os
import re
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from osbpress.document import Document, Figure
from osbpress.errors import Cancelled, DraftError, ExportError
from osbpress.files import discard, is_device_name, stage, write_error
from osbpress.i18n import N_, _
from osbpress.model import Release
from osbpress.render import render_docx, render_html, render_pdf, render_text
from osbpress.render.images import PreparedImage, print_image, web_image

__all__ = [
    "FORMATS",
    "Cancelled",
    "ExportError",
    "ExportOptions",
    "check_formats",
    "export",
    "stem_for",
]

FORMATS = ("pdf", "docx", "html", "txt")
Progress = Callable[[int, int, str], None]
Files = list[tuple[str, bytes]]

_LABELS = {
    "pdf": N_("PDF hazırlanıyor"),
    "docx": N_("Word belgesi hazırlanıyor"),
    "html": N_("HTML hazırlanıyor"),
    "txt": N_("Düz metin hazırlanıyor"),
}
# Characters Windows, macOS or Linux refuse in a file name, and control characters.
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]+')
_MAX_STEM = 80


@dataclass(frozen=True)
class ExportOptions:
    """Format options; only the HTML snippet has any today."""

    wordpress: bool = False
    """Write the HTML in WordPress block-editor markup."""
    headline: bool = True
    """Put the headline in the HTML (off when the site keeps it in its own field)."""


def _text(doc: Document, stem: str, options: ExportOptions) -> Files:
    return [(f"{stem}.txt", render_text(doc).encode("utf-8"))]


def _pdf(doc: Document, stem: str, options: ExportOptions) -> Files:
    return [(f"{stem}.pdf", render_pdf(doc))]


def _docx(doc: Document, stem: str, options: ExportOptions) -> Files:
    return [(f"{stem}.docx", render_docx(doc))]


def _html(doc: Document, stem: str, options: ExportOptions) -> Files:
    # The photos go beside the snippet under the names its <img> tags use.
    snippet = render_html(doc, headline=options.headline, wordpress=options.wordpress)
    return [(f"{stem}.html", snippet.html.encode("utf-8")), *snippet.images]


_WRITERS: dict[str, Callable[[Document, str, ExportOptions], Files]] = {
    "pdf": _pdf,
    "docx": _docx,
    "html": _html,
    "txt": _text,
}
# Which prepared photo each format embeds (warmed one by one, so a cancel is heard).
_PHOTOS: dict[str, Callable[[Figure], PreparedImage]] = {
    "pdf": print_image,
    "docx": print_image,
    "html": web_image,
}


def check_formats(formats: Iterable[str]) -> list[str]:
    """``formats`` cleaned (trimmed, lower case, each once); DraftError for an unknown one."""
    wanted = list(dict.fromkeys(f.strip().lower() for f in formats if f.strip()))
    unknown = [f for f in wanted if f not in _WRITERS]
    if unknown or not wanted:
        raise DraftError(
            _("bilinmeyen biçim: {unknown} (bilinenler: {known})").format(
                unknown=", ".join(unknown) or _("(boş)"), known=", ".join(FORMATS)
            )
        )
    return wanted


def stem_for(release: Release) -> str:
    """A file name stem from the headline ("bulten" without one), safe on every system.

    Turkish letters, spaces and apostrophes stay; path separators and the
    characters Windows refuses go; long headlines are cut at a word.
    """
    text = " ".join(_UNSAFE.sub(" ", release.headline).split()).strip(" .")
    if len(text) > _MAX_STEM:
        cut = text[: _MAX_STEM + 1]
        text = (cut.rsplit(" ", 1)[0] if " " in cut else cut[:_MAX_STEM]).strip(" .")
    if not text or is_device_name(text):
        return "bulten"
    return text


def _steps(
    doc: Document, stem: str, formats: list[str], options: ExportOptions
) -> list[tuple[str, Callable[[], Files]]]:
    """What ``export`` does, in order: each photo once per size it is needed in, each format."""
    figures = [block for block in doc.body if isinstance(block, Figure)]
    steps: list[tuple[str, Callable[[], Files]]] = []
    warmed: set[Callable[[Figure], PreparedImage]] = set()
    for name in formats:
        prepare = _PHOTOS.get(name)
        if prepare is not None and prepare not in warmed:
            warmed.add(prepare)
            for number, figure in enumerate(figures, start=1):
                label = _("Fotoğraf {number}/{count} hazırlanıyor").format(
                    number=number, count=len(figures)
                )
                steps.append((label, _warm(prepare, figure)))
        steps.append((_(_LABELS[name]), functools.partial(_WRITERS[name], doc, stem, options)))
    return steps


def _warm(prepare: Callable[[Figure], PreparedImage], figure: Figure) -> Callable[[], Files]:
    """A step putting one photo in the image cache, where the format's writer finds it."""

    def run() -> Files:
        prepare(figure)
        return []

    return run


def export(
    doc: Document,
    folder: Path,
    stem: str,
    formats: Iterable[str],
    *,
    options: ExportOptions = ExportOptions(),
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Path]:
    """Write ``doc`` into ``folder`` as ``stem``.pdf/.docx/.html (+ photos)/.txt; the paths.

    ``progress(done, total, label)`` is called before each step and once at
    the end; ``cancelled()`` is asked between steps and raises ``Cancelled``
    when it answers True. DraftError for an unknown format or a stem that is
    not a plain file name, MediaError naming a bad photo, ExportError naming
    the path the disk refused. Nothing is left half-written in any case.
    """
    wanted = check_formats(formats)
    if not stem.strip() or stem in (".", "..") or any(c in stem for c in "/\\\0"):
        raise DraftError(_("“{stem}” bir dosya adı olarak kullanılamaz").format(stem=stem))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise write_error(folder, error) from None
    steps = _steps(doc, stem, wanted, options)
    total = len(steps) + 1
    staged: list[tuple[Path, Path]] = []
    try:
        for done, (label, work) in enumerate(steps):
            if cancelled is not None and cancelled():
                raise Cancelled()
            if progress is not None:
                progress(done, total, label)
            for name, data in work():
                try:
                    staged.append((stage(folder / name, data), folder / name))
                except ExportError as error:
                    raise _unchanged(error) from None
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None:
            progress(total - 1, total, _("Dosyalar kaydediliyor"))
        _commit(staged)
    except BaseException:
        for temp, _path in staged:
            discard(temp)
        raise
    if progress is not None:
        progress(total, total, _("Dışa aktarma tamamlandı"))
    return [path for _temp, path in staged]


def _commit(staged: list[tuple[Path, Path]]) -> None:
    """Rename every staged file into place, or leave the folder as it was.

    A file already at a destination (last week's export) is first set aside
    under a hidden name; if any rename fails (a folder where a file should
    go, a disk gone read-only or full), the files placed so far are removed
    and those set aside come back. Only if that undo itself fails does the
    error list the files left in their new version.
    """
    placed: list[tuple[Path, Path | None]] = []
    for temp, path in staged:
        try:
            backup = _set_aside(path)
            try:
                os.replace(temp, path)
            except OSError:
                if backup is not None:
                    os.replace(backup, path)
                raise
        except OSError as error:
            failure = write_error(path, error)
            left = _undo(placed)
            if left:
                written = ", ".join(f"“{p}”" for p in left)
                raise ExportError(
                    _("{failure}. Yalnızca şu dosyalar yeni hâliyle yazıldı: {written}").format(
                        failure=failure, written=written
                    ),
                    path=path,
                ) from None
            raise _unchanged(failure) from None
        placed.append((path, backup))
    for _path, backup in placed:
        if backup is not None:
            discard(backup)


def _unchanged(error: ExportError) -> ExportError:
    """``error`` telling the officer that no file in the folder was touched."""
    return ExportError(
        _("{error}. Klasördeki dosyalar değiştirilmedi").format(error=error), path=error.path
    )


def _set_aside(path: Path) -> Path | None:
    """Move the file at ``path`` to a hidden name beside it; that name (None if none was there)."""
    if not os.path.lexists(path) or path.is_dir():
        return None  # a folder is not moved: the rename onto it fails and says why
    backup = path.parent / f".{path.name}.{secrets.token_hex(6)}.bak"
    os.replace(path, backup)
    return backup


def _undo(placed: list[tuple[Path, Path | None]]) -> list[Path]:
    """Put back what ``_commit`` replaced, newest first; the paths it could not restore."""
    left: list[Path] = []
    for path, backup in reversed(placed):
        try:
            if backup is None:
                os.unlink(path)
            else:
                os.replace(backup, path)
        except OSError:
            left.append(path)
    return left[::-1]
