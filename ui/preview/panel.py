"""The preview panel: the latest render as PDF, web page, HTML source and plain text.

A failed render (a photo gone missing, a broken template) puts the engine's
Turkish message in the status line while the tabs keep the last good
render, so the officer still sees their release while fixing the cause.

Only the tab on screen takes a new render at once; the others (and all four
while the panel is hidden behind the checklist) take the latest one when
they are brought forward. Loading a long release's PDF and laying out its web
page cost the UI thread tens of milliseconds at every render, which typing
into a 20-page release must not wait for, for tabs nobody sees.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from osbpress.i18n import _, format_number
from ui.preview.controller import PreviewResult
from ui.preview.pdf_view import PdfPreview
from ui.preview.web_view import WebPreview


def _reader(name: str, *, monospace: bool = False) -> QPlainTextEdit:
    view = QPlainTextEdit()
    view.setReadOnly(True)
    view.setAccessibleName(name)
    if monospace:
        view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    return view


def _set_keeping_scroll(view: QPlainTextEdit, text: str) -> None:
    bar = view.verticalScrollBar()
    position = bar.value()
    view.setPlainText(text)
    bar.setValue(position)


class PreviewPanel(QWidget):
    """Four tabs over one ``PreviewResult`` and a status line under them.

    When a failure names its field, "Alana git" beside the message emits
    ``field_requested(path)`` so the window can focus the widget at fault.
    """

    field_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tabs = QTabWidget(self)
        self._tabs.setAccessibleName(_("Önizleme"))
        self._pdf = PdfPreview()
        self._web = WebPreview()
        self._source = _reader(_("HTML kaynağı"), monospace=True)
        self._text = _reader(_("Düz metin"))
        self._tabs.addTab(self._pdf, "PDF")
        self._tabs.addTab(self._web, _("Web"))
        self._tabs.addTab(self._source, _("HTML kaynağı"))
        self._tabs.addTab(self._text, _("Metin"))

        self._status = QLabel(self)
        self._status.setAccessibleName(_("Önizleme durumu"))
        self._status.setWordWrap(True)
        self._status.setContentsMargins(4, 2, 4, 4)
        self._status.setText(_("Önizleme hazırlanıyor…"))

        self._goto = QPushButton(_("Alana git"), self)
        self._goto.setAccessibleName(_("Hatalı alana git"))
        self._goto.hide()
        self._goto.clicked.connect(lambda: self.field_requested.emit(self._field))
        self._field: tuple[str | int, ...] = ()

        status_row = QHBoxLayout()
        status_row.addWidget(self._status, 1)
        status_row.addWidget(self._goto)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._tabs, 1)
        layout.addLayout(status_row)
        self._result: PreviewResult | None = None
        self._stale: set[QWidget] = set()  # tabs still showing an older render
        self._tabs.currentChanged.connect(lambda index: self._fill(self._tabs.widget(index)))

    def show_result(self, result: PreviewResult) -> None:
        self._result = result
        self._stale = {self._pdf, self._web, self._source, self._text}
        if self.isVisible():  # behind the Kontrol tab: filled when shown (``showEvent``)
            self._fill(self._tabs.currentWidget())
        elapsed = format_number(round(result.elapsed_ms))
        self._set_status(_("Önizleme {ms} ms’de hazırlandı.").format(ms=elapsed), error=False)
        self.set_error_field(())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fill(self._tabs.currentWidget())

    def _fill(self, tab: QWidget | None) -> None:
        """Show the latest render in ``tab`` unless it already does."""
        if self._result is None or tab not in self._stale:
            return
        self._stale.discard(tab)
        result = self._result
        if tab is self._pdf:
            self._pdf.show_pdf(result.pdf)
        elif tab is self._web:
            self._web.show_snippet(result.html, result.images)
        elif tab is self._source:
            _set_keeping_scroll(self._source, result.html)
        elif tab is self._text:
            _set_keeping_scroll(self._text, result.text)

    def set_error_field(self, field: tuple[str | int, ...]) -> None:
        """Offer "Alana git" for ``field`` (nothing for an empty path)."""
        self._field = tuple(field)
        self._goto.setVisible(bool(self._field))

    def show_error(self, message: str) -> None:
        """Show why the last render failed; the tabs keep the last good render."""
        reason = message.rstrip(".")
        if self._result is None:
            text = _("Önizleme hazırlanamadı: {reason}.")
        else:
            text = _("Önizleme hazırlanamadı: {reason}. Son başarılı önizleme gösteriliyor.")
        self._set_status(text.format(reason=reason), error=True)

    def _set_status(self, text: str, *, error: bool) -> None:
        # The stylesheet marks errors through the dynamic "error" property.
        self._status.setText(text)
        self._status.setProperty("error", error)
        self._status.style().unpolish(self._status)
        self._status.style().polish(self._status)

    def result(self) -> PreviewResult | None:
        """The render the tabs show."""
        return self._result

    def status_text(self) -> str:
        return self._status.text()

    def tabs(self) -> QTabWidget:
        return self._tabs

    def pdf(self) -> PdfPreview:
        return self._pdf

    def web(self) -> WebPreview:
        return self._web
