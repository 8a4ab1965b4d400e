"""Writing output files so that a failure never leaves half a file behind.

A file is first written in full under a hidden temporary name beside its
destination (``stage``), flushed to the disk, and only then renamed into
place (``os.replace`` is atomic on one file system). A failed or cancelled
export removes its temporary files and leaves the folder as it was. Disk
and permission failures become a Turkish ``ExportError`` naming the path.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from pathlib import Path

from osbpress.errors import ExportError


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file: whole or not at all."""
    temp = stage(path, data)
    try:
        os.replace(temp, path)
    except OSError as error:
        discard(temp)
        raise write_error(path, error) from None


def stage(path: Path, data: bytes) -> Path:
    """``data`` written and flushed under a temporary name beside ``path``; that name.

    The file gets the usual permissions (0666 less the umask), so a colleague
    on a shared folder can open it, unlike mkstemp's private 0600.
    """
    temp = path.parent / f".{path.name}.{secrets.token_hex(6)}.tmp"
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    except OSError as error:
        raise write_error(path, error) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
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
        reason = "diskte yer kalmadı; yer açıp yeniden deneyin"
    elif error.errno in (errno.EACCES, errno.EPERM):
        reason = "bu klasöre yazma izniniz yok; başka bir klasör seçin"
    elif error.errno == errno.EROFS:
        reason = "disk salt okunur; başka bir klasör seçin"
    elif error.errno == errno.ENOENT:
        reason = "klasör bulunamadı"
    elif error.errno in (errno.ENOTDIR, errno.EISDIR):
        reason = "aynı adda bir klasör ya da dosya var"
    else:
        reason = error.strerror or str(error)
    return ExportError(f"“{path}” yazılamadı: {reason}", path=path)
