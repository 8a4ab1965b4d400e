"""The right-hand pane: the live preview and the release checklist, side by side in tabs.

Every edit reaches both through ``request``: the preview controller renders
the release first; the checks runner checks the newest release once that
render has ended and the officer has paused (``CHECK_PAUSE_MS``), so the two
never compete with each other, or with the typing on the UI thread, for the
interpreter: the preview, which the officer watches, comes first, and the
checklist follows a moment later. The checklist reads the Document that
preview composed, rather than composing the same release a second time.
A finding or a failed render that names a field asks the editor to show it
through one ``field_requested`` signal. The "Kontrol" tab carries the number
of findings, so the officer sees that something is waiting without opening it.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTabWidget, QWidget

from osbpress.checks import Finding
from osbpress.document import Document
from osbpress.i18n import N_, _
from osbpress.media import MediaSource
from osbpress.model import Profile, Release
from ui.checks.panel import ChecksPanel
from ui.checks.runner import ChecksRunner
from ui.operations import Operations
from ui.preview.controller import PreviewController, PreviewResult
from ui.preview.panel import PreviewPanel

CHECKS_TITLE = N_("Kontrol")
# How long after the newest preview the checklist starts, if no key was pressed since.
CHECK_PAUSE_MS = 400


class ReviewPane(QTabWidget):
    """Önizleme and Kontrol tabs; see the module docstring."""

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(_("Önizleme ve kontrol"))
        self.setDocumentMode(True)
        self.preview = PreviewPanel(self)
        self.previewer = PreviewController(operations, self)
        self.checks = ChecksPanel(self)
        self.checker = ChecksRunner(operations, self)
        self.addTab(self.preview, _("Önizleme"))
        self.addTab(self.checks, _(CHECKS_TITLE))
        # Both panels' "go to the field" requests, for the editor.
        self.field_requested = self.preview.field_requested
        self.checks.field_activated.connect(self.preview.field_requested)
        self.previewer.failed.connect(self.preview.show_error)
        self.previewer.failed_at.connect(self.preview.set_error_field)
        self.checker.checked.connect(self.checks.set_findings)
        self.checker.failed.connect(self.checks.show_error)
        self.checks.count_changed.connect(self._counted)
        self._operations = operations
        self._to_check: tuple[Release, Profile | None, MediaSource] | None = None
        # The newest render's Document: always of the release in ``_to_check``, since
        # the preview reports only a render of its newest request and ``request`` clears it.
        self._composed: Document | None = None
        self._pause = QTimer(self, singleShot=True, interval=CHECK_PAUSE_MS)
        self._pause.timeout.connect(self._check_pending)
        self.previewer.rendered.connect(self._rendered)
        self.previewer.failed.connect(self._after_preview)

    def request(self, release: Release, profile: Profile | None, media: MediaSource) -> None:
        """Render ``release``, then check it (see the module docstring)."""
        self._pause.stop()  # still typing: wait for the next preview
        self.previewer.request(release, profile, media)
        self._to_check = (release, profile, media)  # the runner copies it when it starts
        self._composed = None

    def _rendered(self, result: PreviewResult) -> None:
        self._composed = result.document
        self._after_preview()

    def _after_preview(self, *_result: object) -> None:
        if self._to_check is not None and not self.previewer.busy():
            self._pause.start()

    def _check_pending(self) -> None:
        if self._to_check is None or self.previewer.busy() or self._operations.closed:
            return
        release, profile, media = self._to_check
        self._to_check = None
        self.checker.request(release, profile, media, document=self._composed)

    def findings(self) -> list[Finding] | None:
        """The newest checklist, or None before the first check came back."""
        return self.checker.latest()

    def _counted(self, count: int) -> None:
        index = self.indexOf(self.checks)
        title = _(CHECKS_TITLE)
        self.setTabText(
            index, _("{title} ({count})").format(title=title, count=count) if count else title
        )
