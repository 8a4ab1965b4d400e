"""The export dialog: the release as PDF, Word, HTML (+ photos) and text, into a folder.

The chosen formats, the WordPress option and the folder are remembered in
the ``QSettings`` given to the dialog, under the keys of
``ui.export_choices`` that the settings' "Dışa aktarma" tab edits too. The export itself is
``osbpress.export.export`` in a worker, with a progress bar and an "İptal"
that stops it between two steps; the engine writes every file under a
temporary name and renames them only at the end, so a cancel or an error
leaves the folder as it was.
"""

from __future__ import annotations

import contextlib
import itertools
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, QSettings, QStringListModel, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from osbpress.document import Document
from osbpress.export import FORMATS, ExportOptions, export
from osbpress.i18n import _, ngettext
from ui.export_choices import (
    FOLDER_KEY,
    FORMAT_LABELS,
    FORMATS_KEY,
    HEADLINE_KEY,
    WORDPRESS_KEY,
    chosen_formats,
    default_folder,
)
from ui.operations import Operations, Task


class ExportDialog(QDialog):
    """Writes one composed ``Document`` in the chosen formats; see the module docstring."""

    # From the worker, whatever its outcome (the paths, or None after an error or a
    # cancel): a cancelled task delivers no result, yet the dialog must learn when
    # the folder is settled again, and whether the cancel came too late.
    _work_ended = Signal(object)

    def __init__(
        self,
        document: Document,
        stem: str,
        operations: Operations,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Dışa aktar"))
        self.setMinimumWidth(520)
        self._document = document
        self._operations = operations
        self._settings = settings
        self._task: Task[Any] | None = None
        self._written: list[Path] = []
        self._build(stem)
        self._restore()
        self._connect_signals()
        self._set_running(False)
        self._update_controls()

    @property
    def document(self) -> Document:
        """The Document this dialog writes (the snapshot of the text on screen)."""
        return self._document

    # -- building ------------------------------------------------------------

    def _build(self, stem: str) -> None:
        formats = QGroupBox(_("Biçimler"), self)
        self._formats = {name: QCheckBox(_(FORMAT_LABELS[name]), formats) for name in FORMATS}
        self._all = QCheckBox(_("Tümü"), formats)
        self._wordpress = QCheckBox(_("HTML’yi WordPress blokları olarak yaz"), formats)
        column = QVBoxLayout(formats)
        for name, box in self._formats.items():
            box.setAccessibleName(_("{format} biçimi").format(format=_(FORMAT_LABELS[name])))
            column.addWidget(box)
        self._all.setAccessibleName(_("Tüm biçimler"))
        self._wordpress.setAccessibleName(_("WordPress blokları"))
        column.addWidget(self._all)
        column.addWidget(self._wordpress)

        self._stem = QLineEdit(stem, self)
        self._stem.setCursorPosition(0)  # a long headline shows its start
        self._stem.setAccessibleName(_("Dosya adı"))
        self._folder = QLineEdit(self)
        self._folder.setAccessibleName(_("Klasör"))
        self._choose = QPushButton(_("Seç…"), self)
        self._choose.setAccessibleName(_("Klasör seç"))
        where = QHBoxLayout()
        where.addWidget(self._folder, 1)
        where.addWidget(self._choose)
        form = QFormLayout()
        form.addRow(_("Dosya adı:"), self._stem)
        form.addRow(_("Klasör:"), where)

        self._progress = QProgressBar(self)
        self._progress.setAccessibleName(_("İlerleme"))
        self._status = QLabel(self)
        self._status.setAccessibleName(_("Durum"))
        self._status.setWordWrap(True)
        self._status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._files = QStringListModel(self)
        self._list = QListView(self)
        self._list.setAccessibleName(_("Yazılan dosyalar"))
        self._list.setModel(self._files)
        self._list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self._list.setVisible(False)  # until there are files to list

        self._start = QPushButton(_("Dışa aktar"), self)
        self._start.setDefault(True)
        self._cancel = QPushButton(_("İptal"), self)
        self._open = QPushButton(_("Klasörü aç"), self)
        self._close = QPushButton(_("Kapat"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self._open)
        buttons.addStretch(1)
        for button in (self._start, self._cancel, self._close):
            buttons.addWidget(button)
        for button in (self._start, self._cancel, self._open, self._close):
            button.setAccessibleName(button.text())

        layout = QVBoxLayout(self)
        layout.addWidget(formats)
        layout.addLayout(form)
        layout.addWidget(self._progress)
        layout.addWidget(self._status)
        layout.addWidget(self._list, 1)
        layout.addLayout(buttons)
        order = [*self._formats.values(), self._all, self._wordpress, self._stem, self._folder]
        order += [self._choose, self._start, self._cancel, self._open, self._close]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _restore(self) -> None:
        chosen = chosen_formats(self._settings)
        for name, box in self._formats.items():
            box.setChecked(name in chosen)
        self._wordpress.setChecked(bool(self._settings.value(WORDPRESS_KEY, False, type=bool)))
        self._folder.setText(str(self._settings.value(FOLDER_KEY, default_folder())))

    def _remember(self) -> None:
        self._settings.setValue(FORMATS_KEY, ",".join(self.formats()))
        self._settings.setValue(WORDPRESS_KEY, self._wordpress.isChecked())
        self._settings.setValue(FOLDER_KEY, self._folder.text().strip())
        self._settings.sync()

    def _connect_signals(self) -> None:
        for box in self._formats.values():
            box.toggled.connect(self._update_controls)
        self._all.clicked.connect(self._check_all)
        self._stem.textChanged.connect(self._update_controls)
        self._folder.textChanged.connect(self._update_controls)
        self._choose.clicked.connect(self._choose_folder)
        self._start.clicked.connect(self.start)
        self._cancel.clicked.connect(self.cancel)
        self._open.clicked.connect(self._open_folder)
        self._close.clicked.connect(self.reject)
        self._work_ended.connect(self._on_work_ended)

    # -- public --------------------------------------------------------------

    def formats(self) -> list[str]:
        """The checked formats, in the engine's order."""
        return [name for name, box in self._formats.items() if box.isChecked()]

    def folder(self) -> Path:
        return Path(self._folder.text().strip()).expanduser()

    def written(self) -> list[Path]:
        """The files the last export wrote (empty after a cancel or an error)."""
        return list(self._written)

    def status_text(self) -> str:
        return self._status.text()

    def is_running(self) -> bool:
        return self._task is not None

    def start(self) -> None:
        """Export into the chosen folder (what "Dışa aktar" does)."""
        if self._task is not None or not self._start.isEnabled():
            return
        self._remember()
        document, folder, stem = self._document, self.folder(), self._stem.text().strip()
        formats = self.formats()
        options = ExportOptions(
            wordpress=self._wordpress.isChecked(),
            headline=bool(self._settings.value(HEADLINE_KEY, True, type=bool)),
        )

        def work(task: Task[list[Path]]) -> list[Path]:
            paths = None
            try:
                paths = export(
                    document,
                    folder,
                    stem,
                    formats,
                    options=options,
                    progress=task.progress,
                    cancelled=task.cancelled,
                )
                return paths
            finally:
                # The dialog may be gone by now (closed during a cancelled export).
                with contextlib.suppress(RuntimeError):
                    self._work_ended.emit(paths)

        self._written = []
        self._files.setStringList([])
        self._list.setVisible(False)
        self._progress.setRange(0, 0)  # busy until the first step reports
        self._show_status(_("Dışa aktarılıyor…"), error=False)
        self._task = self._operations.run(
            work, success=self._on_success, failure=self._on_failure, progress=self._on_progress
        )
        self._set_running(True)

    def cancel(self) -> None:
        """Stop the running export at its next step; nothing it wrote stays."""
        if self._task is None or self._task.cancelled():
            return
        self._task.cancel()
        self._cancel.setEnabled(False)
        self._show_status(_("İptal ediliyor…"), error=False)

    # -- worker results ------------------------------------------------------

    def _on_progress(self, done: int, total: int, label: str) -> None:
        self._progress.setRange(0, total)
        self._progress.setValue(done)
        self._show_status(_("{step}…").format(step=label) if done < total else label, error=False)

    def _on_success(self, paths: list[Path]) -> None:
        self._task = None
        self._written = paths
        self._files.setStringList([path.name for path in paths])
        self._list.setVisible(True)
        written = ngettext(
            "{n} dosya “{folder}” klasörüne yazıldı.",
            "{n} dosya “{folder}” klasörüne yazıldı.",
            len(paths),
        )
        self._show_status(written.format(n=len(paths), folder=self.folder()), error=False)
        self._set_running(False)
        self._open.setEnabled(True)
        self._open.setFocus()

    def _on_failure(self, error: BaseException) -> None:
        self._task = None
        self._set_running(False)
        self._show_status(str(error), error=True)

    def _on_work_ended(self, paths: list[Path] | None) -> None:
        # Only a cancelled export ends here: the others end in _on_success/_on_failure.
        if self._task is None or not self._task.cancelled():
            return
        if paths is not None:  # the cancel came after the files were in place
            self._on_success(paths)
            return
        self._task = None
        self._set_running(False)
        self._show_status(_("Dışa aktarma iptal edildi; klasör değişmedi."), error=False)

    # -- controls ------------------------------------------------------------

    def _set_running(self, running: bool) -> None:
        for widget in (*self._formats.values(), self._all, self._stem, self._folder, self._choose):
            widget.setEnabled(not running)
        self._close.setEnabled(True)
        self._cancel.setEnabled(running)
        self._progress.setVisible(running)
        self._open.setEnabled(False)
        self._update_controls()

    def _update_controls(self, *_args: object) -> None:
        chosen = self.formats()
        self._all.setChecked(len(chosen) == len(self._formats))
        self._wordpress.setEnabled("html" in chosen and self._task is None)
        ready = bool(chosen and self._stem.text().strip() and self._folder.text().strip())
        self._start.setEnabled(ready and self._task is None)

    def _check_all(self, checked: bool) -> None:
        for box in self._formats.values():
            box.setChecked(checked)

    def _show_status(self, text: str, *, error: bool) -> None:
        # The stylesheet marks errors through the dynamic "error" property.
        self._status.setText(text)
        self._status.setProperty("error", error)
        self._status.style().unpolish(self._status)
        self._status.style().polish(self._status)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, _("Dışa aktarma klasörü"), self._folder.text()
        )
        if folder:
            self._folder.setText(QDir.toNativeSeparators(folder))

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder())))

    def reject(self) -> None:
        """Closing stops a running export; the engine removes what it had staged."""
        self.cancel()
        super().reject()
