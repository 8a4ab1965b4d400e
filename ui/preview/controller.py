"""Renders the open draft's snapshots for the preview, off the UI thread and latest-wins.

The draft pipeline (``ui.pipeline``) composes each text once and publishes
a ``Snapshot``; ``show`` renders its Document as PDF, web snippet and plain
text on a worker. At most one render runs at a time: a snapshot arriving
meanwhile is rendered when it finishes, and only the newest, so a slow
render never queues up a backlog of stale ones, and the preview never steps
back to an older text. A snapshot whose text could not be composed shows
its reason under the last good preview. Nothing here composes.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from osbpress.compose import compose
from osbpress.document import Document
from osbpress.model import Release
from osbpress.render import render_html, render_pdf, render_text
from osbpress.sample import sample_release
from ui.interpreter import share_with_workers
from ui.operations import Operations, Task
from ui.pipeline import Snapshot


@dataclass(frozen=True)
class PreviewResult:
    """One finished render: the Document and its three previews.

    ``images`` are the web-sized photos the HTML refers to by relative name.
    """

    document: Document
    pdf: bytes
    html: str
    text: str
    elapsed_ms: float
    images: tuple[tuple[str, bytes], ...] = ()


def _warm_up_release() -> Release:
    """The sample's words without its pictures: enough to load every renderer's fonts,
    templates and imports, and needing no media store."""
    release = sample_release()
    return release.model_copy(update={"photos": []})


def _render(document: Document) -> PreviewResult:
    started = time.perf_counter()
    pdf = render_pdf(document)
    web = render_html(document)
    text = render_text(document)
    elapsed = (time.perf_counter() - started) * 1000
    return PreviewResult(document, pdf, web.html, text, elapsed, web.images)


def _warm_up() -> PreviewResult:
    return _render(compose(_warm_up_release()))


class PreviewController(QObject):
    """Renders the newest snapshot it is shown and reports it.

    ``rendered(PreviewResult)`` after a render of the newest snapshot;
    ``failed(str)`` with the engine's Turkish message when the snapshot's
    text could not be composed (``failed_at`` first, with its field path).
    """

    rendered = Signal(object)
    failed = Signal(str)
    failed_at = Signal(object)
    """The field path (``error.field``) of a failure that names one, before ``failed``."""
    warmed = Signal(float)
    """``warm_up`` finished its hidden render, which took this many milliseconds."""

    def __init__(self, operations: Operations, parent: QObject | None = None) -> None:
        super().__init__(parent)
        share_with_workers()  # the app does it at start; tests build controllers alone
        self._operations = operations
        self._pending: Snapshot | None = None
        self._running: Task[Any] | None = None
        self._shown_generation = 0
        self._latest: PreviewResult | None = None

    def warm_up(self) -> None:
        """Compose and render a photo-less sample once in the background, shown nowhere.

        The first render in a process pays for imports, font registration and
        template compilation (several hundred milliseconds cold). Started while
        the window appears and the store opens, that cost is paid before the
        officer's first draft is rendered. Failures are ignored: the real render
        reports its own.
        """
        self._operations.run(
            lambda _task: _warm_up(),
            success=lambda result: self.warmed.emit(result.elapsed_ms),
            failure=lambda _error: None,
            owner=self,
        )

    def show(self, snapshot: Snapshot) -> None:
        """Render ``snapshot`` (or say why its text has no preview) once nothing else renders."""
        if snapshot.document is None:
            self._shown_generation = max(self._shown_generation, snapshot.generation)
            if snapshot.error_field:
                self.failed_at.emit(snapshot.error_field)
            self.failed.emit(snapshot.error)
            return
        self._pending = snapshot
        self._start()

    def latest(self) -> PreviewResult | None:
        """The last result shown, or None before the first render."""
        return self._latest

    def busy(self) -> bool:
        """True while a render is waiting or running."""
        return self._pending is not None or self._running is not None

    def _start(self) -> None:
        if self._pending is None or self._running is not None or self._operations.closed:
            return  # a running render starts the pending one when it ends
        snapshot, self._pending = self._pending, None
        document = snapshot.document
        assert document is not None
        self._running = self._operations.run(
            lambda _task: _render(document),
            success=lambda result: self._on_success(snapshot, result),
            failure=lambda error: self._on_failure(snapshot, error),
            ended=self._ended,
            owner=self,
        )

    def _ended(self) -> None:
        """After a render, shown, refused or ended by a bug (which the error hook has)."""
        self._running = None
        self._start()

    def _on_success(self, snapshot: Snapshot, result: PreviewResult) -> None:
        if snapshot.generation < self._shown_generation:
            return  # a newer snapshot (one that failed) was shown meanwhile
        self._shown_generation = snapshot.generation
        self._latest = result
        self.rendered.emit(result)

    def _on_failure(self, snapshot: Snapshot, error: BaseException) -> None:
        """A refusal (a photo that cannot be decoded, a full disk): said under the preview."""
        if snapshot.generation >= self._shown_generation:
            self._shown_generation = snapshot.generation
            field = getattr(error, "field", ())
            if field:
                self.failed_at.emit(tuple(field))
            self.failed.emit(str(error))
