"""The "Fotoğraflar" page: the release's photos with thumbnails, captions and credits.

Photos come in through the file dialog or by dropping image files on the
page. The file is read with the engine's size-capped reader and stored with
``put_media`` in a worker, so the store's full image check never stalls the
window; a file the engine refuses (not an image, broken, too many pixels,
too big) leaves its Turkish message on the page and adds nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QPalette, QPixmap
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QWidget

from osbpress.errors import MediaError, OsbPressError
from osbpress.i18n import N_, _
from osbpress.media import IMAGE_PATTERNS, MAX_MEDIA_BYTES, parse_ref, read_file
from osbpress.model import Photo, Release
from ui.context import AppContext
from ui.forms.item_page import ItemListPage
from ui.operations import Task
from ui.widgets.fields import field_title, hint_label
from ui.widgets.item_list import ItemListModel
from ui.widgets.thumbnails import ThumbnailCache

DROP_HINT = N_("Görsel dosyalarını bu sayfaya sürükleyip bırakarak da ekleyebilirsiniz.")


def image_filter() -> str:
    """The file dialog's filter for images, in the interface language."""
    return _("Görseller ({patterns})").format(patterns=" ".join(IMAGE_PATTERNS))


class PhotosPage(ItemListPage):
    """Photos in their order: add (dialog or drop), remove, reorder; caption and credit."""

    page_title = N_("Fotoğraflar")
    list_field = "photos"
    item_type = Photo
    button_names = (
        N_("Fotoğraf ekle"),
        N_("Seçili fotoğrafı sil"),
        N_("Seçili fotoğrafı yukarı taşı"),
        N_("Seçili fotoğrafı aşağı taşı"),
    )

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._thumbnails = ThumbnailCache(context, self)
        self._placeholder = QPixmap(ThumbnailCache.SIZE)
        self._placeholder.fill(self.palette().color(QPalette.ColorRole.Midlight))
        self._generation = 0  # bumped per shown release: late adds go nowhere
        self._adding = 0
        self._folder = ""

        self._view.setIconSize(ThumbnailCache.SIZE)
        self._view.setWordWrap(True)
        self._view.setSpacing(2)
        self._view.setMinimumHeight(3 * (ThumbnailCache.SIZE.height() + 8))

        self._image = QLabel()
        self._image.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._image.setWordWrap(True)
        self._image.setAccessibleName(field_title(Photo, "image"))
        self._form.addRow(field_title(Photo, "image"), self._image)
        self._caption = QLineEdit()
        self._caption.setPlaceholderText(_("Örn. Soldan sağa: …"))
        self._credit = QLineEdit()
        self._credit.setPlaceholderText(_("Fotoğrafı çeken kişi ya da kurum"))
        self._add_item_field("caption", self._caption)
        self._add_item_field("credit", self._credit)

        self._busy = QLabel()
        self._busy.setAccessibleName(_("Fotoğraf ekleme durumu"))
        self._busy.hide()
        self._error = QLabel()
        self._error.setWordWrap(True)
        self._error.setTextFormat(Qt.TextFormat.PlainText)
        self._error.setProperty("error", True)
        self._error.setAccessibleName(_("Fotoğraf hatası"))
        palette = self._error.palette()
        palette.setColor(QPalette.ColorRole.WindowText, Qt.GlobalColor.darkRed)
        self._error.setPalette(palette)
        self._error.hide()
        hint = hint_label(_(DROP_HINT))
        for position, label in enumerate((hint, self._busy, self._error), start=1):
            self._layout.insertWidget(position, label)
        # The photo list, not the two-line form, takes the page's height.
        self._layout.setStretch(0, 1)
        self._layout.setStretchFactor(self._detail, 0)

        self.setAcceptDrops(True)
        self.setTabOrder(self._view, self._add_button)
        self.setTabOrder(self._down_button, self._caption)
        self.setTabOrder(self._caption, self._credit)
        self._thumbnails.ready.connect(self._model.refresh)
        context.store_ready.connect(self._store_ready)
        self._update_controls()

    # -- public ---------------------------------------------------------------

    @property
    def error_message(self) -> str:
        """The message shown for the last refused file, or ""."""
        return self._error.text()

    def thumbnail(self, ref: str) -> QPixmap | None:
        """The photo's thumbnail if it has been made (asks for it otherwise)."""
        return self._thumbnails.thumbnail(ref)

    def add_files(self, paths: Sequence[Path]) -> None:
        """Store the image files at ``paths`` in a worker and append a photo for each.

        What the file dialog and a drop feed; refused files are named in the
        page's error line, the others are added in the order given.
        """
        store = self.context.store
        if not paths:
            return
        if store is None:
            self._show_error(_("Taslak deposu henüz açılmadı; birazdan yeniden deneyin."))
            return
        generation = self._generation
        files = [Path(path) for path in paths]

        def work(task: Task[Any]) -> list[str | OsbPressError]:
            results: list[str | OsbPressError] = []
            for path in files:
                if task.cancelled():
                    break
                try:
                    data = read_file(path, f"“{path.name}”", MediaError, limit=MAX_MEDIA_BYTES)
                    results.append(store.put_media(data, path.name))
                except OsbPressError as error:
                    results.append(error)
            return results

        self._set_adding(+1)
        self.context.operations.run(
            work,
            success=lambda results: self._added(generation, results),
            ended=lambda: self._set_adding(-1),
            owner=self,
        )

    # -- EditorPage -------------------------------------------------------------

    def show_release(self, release: Release) -> None:
        self._generation += 1
        self._show_error("")
        super().show_release(release)

    # -- ItemListPage -----------------------------------------------------------

    def _create_model(self) -> ItemListModel:
        return ItemListModel(self._label, self._decoration, parent=self)

    def _label(self, photo: Photo) -> str:
        lines = [photo.caption.strip() or _("(Alt yazı yok)")]
        if parse_ref(photo.image) is None:
            lines.append(photo.image)
        elif photo.credit.strip():
            lines.append(
                _("{label}: {credit}").format(
                    label=field_title(Photo, "credit"), credit=photo.credit.strip()
                )
            )
        return "\n".join(lines)

    def _decoration(self, photo: Photo) -> QPixmap:
        return self._thumbnails.thumbnail(photo.image) or self._placeholder

    def _add(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, _("Fotoğraf ekle"), self._folder, image_filter()
        )
        if paths:
            self._folder = str(Path(paths[0]).parent)
            self.add_files([Path(path) for path in paths])

    def _show_current(self) -> None:
        super()._show_current()
        row = self.current_row()
        image = self._model.item(row).image if row >= 0 else ""
        if parse_ref(image) is not None:
            image = _("Taslak deposunda ({digest}…)").format(digest=image[:15])
        self._image.setText(image)

    def _update_controls(self) -> None:
        super()._update_controls()
        self._add_button.setEnabled(self.context.store is not None)

    # -- adding ------------------------------------------------------------------

    def _added(self, generation: int, results: list[str | OsbPressError]) -> None:
        if generation != self._generation:
            return  # another draft is shown now; the photos stay in the store unused
        errors = [str(result) for result in results if isinstance(result, OsbPressError)]
        for result in results:
            if isinstance(result, str):
                self._append(Photo(image=result))
        self._show_error("\n".join(errors))

    def _set_adding(self, step: int) -> None:
        self._adding += step
        self._busy.setText(_("Fotoğraf ekleniyor…"))
        self._busy.setVisible(self._adding > 0)

    def _show_error(self, message: str) -> None:
        self._error.setText(message)
        self._error.setVisible(bool(message))

    def _store_ready(self) -> None:
        self._update_controls()
        self._model.refresh()  # stored photos can have thumbnails now

    # -- dropping files --------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._consider_drop(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._consider_drop(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _local_files(event.mimeData())
        if not paths or self.context.store is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_files(paths)

    def _consider_drop(self, event: QDragMoveEvent) -> None:
        if _local_files(event.mimeData()) and self.context.store is not None:
            event.acceptProposedAction()
        else:
            event.ignore()


def _local_files(mime: QMimeData) -> list[Path]:
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
