"""Reading input files safely, and writing output files so a failure never leaves half a file.

Every file the engine reads (drafts, profiles, bundles, photos, logos) goes
through ``open_regular``: only a regular file is opened, so a device
(``/dev/zero``), a named pipe (which would block for ever) or a socket is
refused with a Turkish sentence naming the path; ``read_capped`` stops at a
size limit, so even a file that grows while being read cannot eat memory.

A file is first written in full under a hidden temporary name beside its
destination (``stage``), flushed to the disk, and only then renamed into
place (``os.replace`` is atomic on one file system). A failed or cancelled
export removes its temporary files and leaves the folder as it was. Disk
and permission failures become a Turkish ``ExportError`` naming the path.
On Windows every file written is first held to Windows' own rules
(``windows_refusal``): a name Windows refuses or silently changes (``NUL``,
``COM1``, a trailing dot) and a path past its 260-character limit get a
Turkish sentence instead of a lost file; ``WINDOWS`` is read at each call,
so the tests switch it on to run the same checks on Linux.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
from pathlib import Path
from typing import BinaryIO

from osbpress.errors import ExportError, OsbPressError
from osbpress.i18n import _

_MB = 1024 * 1024
_CHUNK = 1024 * 1024
WINDOWS = os.name == "nt"
# MAX_PATH (260) counts the closing NUL: 259 characters of path. Most Windows
# machines keep the limit (long paths are off by default) and Explorer, Word
# and many mail programs keep it even where it is lifted.
MAX_PATH_CHARS = 259
# A staged file is ".{name}.{12 hex}.tmp" (and one set aside ".{name}.{12 hex}.bak").
STAGE_ROOM = 18
_WINDOWS_REFUSES = re.compile(r'[\x00-\x1f<>:"/\\|?*]')
_DEVICES = {"CON", "PRN", "AUX", "NUL"} | {
    f"{port}{number}" for port in ("COM", "LPT") for number in [*"0123456789", "¹", "²", "³"]
}
# O_NONBLOCK: opening a FIFO that slipped in after the stat() returns at once
# instead of waiting for a writer; it changes nothing for a regular file.
_READ_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_BINARY", 0)
)


def open_regular(path: Path, label: str, error: type[OsbPressError]) -> BinaryIO:
    """``path`` opened for reading in binary, if it is a regular file (links followed).

    ``error`` (with ``label`` naming the file) for a missing path, a folder, a
    device, a FIFO, a socket, a path with a NUL character or any other failure.
    """
    try:
        _refuse_special(os.stat(path).st_mode, path, label, error)
        fd = os.open(path, _READ_FLAGS)
    except ValueError:  # "embedded null byte"
        raise error(
            _("{label} okunamadı: dosya yolunda NUL karakteri var").format(label=label)
        ) from None
    except OSError as problem:
        raise read_error(label, problem, error, path) from None
    try:
        # Swapped for something else between stat() and open()?
        _refuse_special(os.fstat(fd).st_mode, path, label, error)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_capped(handle: BinaryIO, limit: int, label: str, error: type[OsbPressError]) -> bytes:
    """At most ``limit`` bytes of ``handle``; ``error`` naming ``label`` if there are more.

    The size on disk is checked first, and the reading counts too: a file
    that grows meanwhile is still stopped at the limit.
    """
    too_big = _("{label} çok büyük (en çok {limit} MB)").format(label=label, limit=limit // _MB)
    try:
        size = os.fstat(handle.fileno()).st_size
        if size > limit:
            raise error(
                _("{label} çok büyük ({size} MB; en çok {limit} MB)").format(
                    label=label, size=size // _MB, limit=limit // _MB
                )
            )
        chunks: list[bytes] = []
        total = 0
        while chunk := handle.read(min(_CHUNK, limit + 1 - total)):
            total += len(chunk)
            if total > limit:
                raise error(too_big)
            chunks.append(chunk)
    except OSError as problem:
        raise read_error(label, problem, error) from None
    return b"".join(chunks)


def read_regular(path: Path, limit: int, label: str, error: type[OsbPressError]) -> bytes:
    """The bytes of regular file ``path``, at most ``limit`` of them (see ``open_regular``)."""
    with open_regular(path, label, error) as handle:
        return read_capped(handle, limit, label, error)


def read_error(
    label: str, problem: OSError, error: type[OsbPressError], path: Path | None = None
) -> OsbPressError:
    """A Turkish ``error`` for ``problem`` met while reading the file ``label`` names."""
    where = f" ({path})" if path is not None and str(path) not in label else ""
    if problem.errno in (errno.ENOENT, errno.ENOTDIR):
        return error(_("{label} bulunamadı{where}").format(label=label, where=where))
    if problem.errno in (errno.EACCES, errno.EPERM):
        return error(
            _("{label} okunamadı: bu dosyayı okuma izniniz yok{where}").format(
                label=label, where=where
            )
        )
    if problem.errno == errno.EISDIR:
        return error(_("{label} bir dosya değil, klasör").format(label=label))
    if problem.errno == errno.ELOOP:
        return error(
            _("{label} okunamadı: bağlantılar (symlink) birbirine dönüyor{where}").format(
                label=label, where=where
            )
        )
    if problem.errno == errno.ENAMETOOLONG:
        return error(_("{label} okunamadı: dosya adı çok uzun").format(label=label))
    if problem.errno == errno.EIO:
        return error(
            _("{label} okunamadı: diskten okuma hatası{where}").format(label=label, where=where)
        )
    return error(
        _("{label} okunamadı: {reason}{where}").format(
            label=label, reason=problem.strerror or problem, where=where
        )
    )


def _refuse_special(mode: int, path: Path, label: str, error: type[OsbPressError]) -> None:
    """``error`` unless ``mode`` is a regular file's; a device or a pipe is named as such."""
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise error(_("{label} bir dosya değil, klasör").format(label=label))
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        pattern = _("{label} bir dosya değil:{where} bir aygıt; sıradan bir dosya seçin")
    elif stat.S_ISFIFO(mode):
        pattern = _(
            "{label} bir dosya değil:{where} adlandırılmış bir boru (FIFO); sıradan bir dosya seçin"
        )
    elif stat.S_ISSOCK(mode):
        pattern = _("{label} bir dosya değil:{where} bir soket; sıradan bir dosya seçin")
    else:
        pattern = _("{label} bir dosya değil:{where} özel bir dosya; sıradan bir dosya seçin")
    where = "" if str(path) in label else f" “{path}”"
    raise error(pattern.format(label=label, where=where))


def is_device_name(name: str) -> bool:
    """True for a name Windows takes as a device (``NUL``, ``com1.pdf``, ``CON .txt``), whatever the extension."""
    return name.split(".", 1)[0].rstrip(" ").upper() in _DEVICES


def windows_refusal(path: Path, *, room: int = 0) -> str | None:
    """On Windows, the Turkish sentence why Windows would refuse or mangle file ``path``; else None.

    ``room``: the characters a temporary name beside ``path`` adds, which must
    fit under the limit too. The name's own rules are checked before the length.
    """
    if not WINDOWS:
        return None
    name = path.name
    if _WINDOWS_REFUSES.search(name):
        reason = _('adında Windows’un kabul etmediği bir karakter var (< > : " / \\ | ? *)')
    elif is_device_name(name):
        reason = _("bu ad Windows’ta bir aygıtın adı (CON, NUL, COM1 gibi); başka bir ad seçin")
    elif name.endswith((".", " ")):
        reason = _("ad nokta ya da boşlukla bitiyor; Windows bunu siler, başka bir ad seçin")
    else:
        # Windows counts UTF-16 units: a character outside the BMP (an emoji) is two.
        length = len(str(path.absolute()).encode("utf-16-le")) // 2
        limit = MAX_PATH_CHARS - room
        if length <= limit:
            return None
        reason = _(
            "dosya yolu çok uzun ({length} karakter; Windows’ta en çok {limit} olabilir). "
            "Daha kısa adlı ya da diske daha yakın bir klasör seçin"
        ).format(length=length, limit=limit)
    return _("“{path}” yazılamadı: {reason}").format(path=path, reason=reason)


def write_atomic(path: Path, data: bytes, *, sync: bool = True) -> None:
    """Write ``data`` to ``path`` through a temporary file: whole or not at all."""
    temp = stage(path, data, sync=sync)
    try:
        os.replace(temp, path)
    except OSError as error:
        discard(temp)
        raise write_error(path, error) from None


def write_cache(path: Path, data: bytes) -> bool:
    """Keep a cache entry (its folder made): whole or not at all, never waiting for the disk.

    False, with nothing left behind, when the disk refuses (read-only, full,
    a file where the folder should be): a cache that cannot be written only
    means the work is done again next time.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, data, sync=False)
    except (OSError, ExportError):
        return False
    return True


def stage(path: Path, data: bytes, *, sync: bool = True) -> Path:
    """``data`` written and flushed under a temporary name beside ``path``; that name.

    The file gets the usual permissions (0666 less the umask), so a colleague
    on a shared folder can open it, unlike mkstemp's private 0600. ``sync``
    False skips waiting for the disk (a cache entry, checked when read).
    """
    refusal = windows_refusal(path, room=STAGE_ROOM)
    if refusal is not None:
        raise ExportError(refusal, path=path)
    temp = path.parent / f".{path.name}.{secrets.token_hex(6)}.tmp"
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    except OSError as error:
        raise write_error(path, error) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if sync:
                os.fsync(handle.fileno())
    except BaseException as error:
        discard(temp)
        if isinstance(error, OSError):
            raise write_error(path, error) from None
        raise
    return temp


def discard(temp: Path) -> None:
    """Remove a staged file that will not be used; a file already gone is fine."""
    with contextlib.suppress(OSError):
        os.unlink(temp)


def write_error(path: Path, error: OSError) -> ExportError:
    """A Turkish ExportError for ``error`` met while writing ``path``."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        reason = _("diskte yer kalmadı; yer açıp yeniden deneyin")
    elif error.errno in (errno.EACCES, errno.EPERM):
        reason = _("bu klasöre yazma izniniz yok; başka bir klasör seçin")
    elif error.errno == errno.EROFS:
        reason = _("disk salt okunur; başka bir klasör seçin")
    elif error.errno == errno.ENOENT:
        reason = _("klasör bulunamadı")
    elif error.errno in (errno.ENOTDIR, errno.EISDIR):
        reason = _("aynı adda bir klasör ya da dosya var")
    else:
        reason = error.strerror or str(error)
    return ExportError(
        _("“{path}” yazılamadı: {reason}").format(path=path, reason=reason), path=path
    )
