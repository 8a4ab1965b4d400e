"""Small pictures of photos and logos, made in a worker and kept for the session.

The photos page shows a thumbnail beside each photo and the settings' Kurum
tab shows the logo; both read a picture by reference: a stored reference
(``media:…``) from the draft store, or an absolute file path. Decoding a
12-megapixel photo takes long enough to stall typing, so the picture is
decoded straight to thumbnail size (JPEG decodes at the smaller size) in a
worker of ``ui.operations``. The cache asks its owner only for the store and
the worker pool (``PictureSource``), so it serves any page or tab.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap
from shiboken6 import isValid

from osbpress.errors import MediaError
from osbpress.i18n import _
from osbpress.media import MAX_MEDIA_BYTES, parse_ref, read_file

if TYPE_CHECKING:
    from osbpress.store import DraftStore
    from ui.operations import Operations


class PictureSource(Protocol):
    """Where the pictures come from: the store once open (None before), and the workers."""

    @property
    def store(self) -> DraftStore | None: ...

    @property
    def operations(self) -> Operations: ...


class ThumbnailCache(QObject):
    """Small pictures of photos by reference, made in a worker and kept for the session.

    ``thumbnail(ref)`` answers at once: the picture, or None while it is being
    made or when it can't be (``ready(ref)`` fires when one arrives). A stored
    reference waits for the store; a file path is read only when absolute,
    since a relative one has no folder to be relative to here.
    """

    ready = Signal(str)
    SIZE: ClassVar[QSize] = QSize(112, 84)

    def __init__(self, source: PictureSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._pictures: dict[str, QPixmap | None] = {}
        self._pending: set[str] = set()

    def thumbnail(self, ref: str) -> QPixmap | None:
        if ref in self._pictures:
            return self._pictures[ref]
        store = self._source.store
        if ref in self._pending or (parse_ref(ref) is not None and store is None):
            return None
        self._pending.add(ref)
        self._source.operations.run(
            lambda _task: _scaled_image(_image_bytes(store, ref), self.SIZE),
            success=lambda image: self._arrived(ref, image),
            failure=lambda _error: self._arrived(ref, None),
        )
        return None

    def _arrived(self, ref: str, image: QImage | None) -> None:
        if not isValid(self):  # the page went away while the worker ran
            return
        self._pending.discard(ref)
        self._pictures[ref] = QPixmap.fromImage(image) if image is not None else None
        self.ready.emit(ref)


def _image_bytes(store: Any, ref: str) -> bytes:
    if parse_ref(ref) is not None:
        return bytes(store.get_media(ref))
    path = Path(ref).expanduser()
    if not path.is_absolute():
        raise MediaError(_("“{ref}” göreli bir yol").format(ref=ref))
    return read_file(path, f"“{ref}”", MediaError, limit=MAX_MEDIA_BYTES)


def _scaled_image(data: bytes, size: QSize) -> QImage | None:
    """``data`` decoded straight to about ``size`` (JPEG decodes at the smaller size)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    full = reader.size()
    if full.isValid():
        reader.setScaledSize(full.scaled(size, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else image
