"""The right-hand pane: the live preview and the release checklist, side by side in tabs.

Both show the open draft's snapshots (``ui.pipeline``): the pipeline has
composed the text and checked it once; the preview renders the snapshot's
Document and Kontrol lists its findings, so the two always describe the
same text and neither composes it again. A finding or a failed composition
that names a field asks the editor to show it through one
``field_requested`` signal. The "Kontrol" tab carries the number of
findings, so the officer sees that something is waiting without opening it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from osbpress.checks import Finding
from osbpress.i18n import N_, _
from ui.checks.panel import ChecksPanel
from ui.operations import Operations
from ui.pipeline import DraftPipeline, Snapshot
from ui.preview.controller import PreviewController
from ui.preview.panel import PreviewPanel

CHECKS_TITLE = N_("Kontrol")


class ReviewPane(QTabWidget):
    """Önizleme and Kontrol tabs; see the module docstring."""

    def __init__(
        self, operations: Operations, pipeline: DraftPipeline, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(_("Önizleme ve kontrol"))
        self.setDocumentMode(True)
        self._pipeline = pipeline
        self.preview = PreviewPanel(self)
        self.previewer = PreviewController(operations, self)
        self.checks = ChecksPanel(self)
        self.addTab(self.preview, _("Önizleme"))
        self.addTab(self.checks, _(CHECKS_TITLE))
        # Both panels' "go to the field" requests, for the editor.
        self.field_requested = self.preview.field_requested
        self.checks.field_activated.connect(self.preview.field_requested)
        self.previewer.failed.connect(self.preview.show_error)
        self.previewer.failed_at.connect(self.preview.set_error_field)
        self.checks.count_changed.connect(self._counted)
        pipeline.published.connect(self.show_snapshot)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Render ``snapshot`` in the preview and list its findings."""
        self.previewer.show(snapshot)
        self.checks.set_findings(list(snapshot.findings))

    def findings(self) -> list[Finding] | None:
        """The newest checklist, or None before the first snapshot."""
        latest = self._pipeline.latest()
        return None if latest is None else list(latest.findings)

    def _counted(self, count: int) -> None:
        index = self.indexOf(self.checks)
        title = _(CHECKS_TITLE)
        self.setTabText(
            index, _("{title} ({count})").format(title=title, count=count) if count else title
        )
