"""Renders the open release for the preview, off the UI thread and latest-wins.

Every edit calls ``request``; a short single-shot timer lets a burst of
keystrokes end in one render. At most one render runs at a time: a request
arriving meanwhile is rendered when it finishes, so a slow render never
queues up a backlog of stale ones. A render whose text has been typed over
since it started is dropped, never shown, so the preview never steps back to
an older text. Typing never waits: a request only remembers the release,
which is copied once, when its render starts (the editor hands over a new
``Release`` for every edit and never changes one it has handed over).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from osbpress.compose import compose
from osbpress.document import Document
from osbpress.errors import OsbPressError
from osbpress.media import MediaSource
from osbpress.model import Profile, Release
from osbpress.render import render_html, render_pdf, render_text
from osbpress.sample import sample_release
from ui.interpreter import share_with_workers
from ui.operations import Operations, Task

# Long enough to cover the gap between two keystrokes of a steady typist,
# short enough that the preview feels live (a sample render takes ~90 ms).
DEBOUNCE_MS = 120


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


@dataclass(frozen=True)
class _Request:
    generation: int
    release: Release
    profile: Profile | None
    media: MediaSource


def _warm_up_release() -> Release:
    """The sample's words without its pictures: enough to load every renderer's fonts,
    templates and imports, and needing no media store."""
    release = sample_release()
    return release.model_copy(update={"photos": []})


def _render(request: _Request) -> PreviewResult:
    started = time.perf_counter()
    document = compose(request.release, request.profile, media=request.media)
    pdf = render_pdf(document)
    web = render_html(document)
    text = render_text(document)
    elapsed = (time.perf_counter() - started) * 1000
    return PreviewResult(document, pdf, web.html, text, elapsed, web.images)


def _no_media(_ref: str) -> bytes:
    raise KeyError(_ref)


class PreviewController(QObject):
    """Debounces edits into renders and reports the newest one.

    ``rendered(PreviewResult)`` after a render of the newest text;
    ``failed(str)`` with the engine's Turkish message when it raised an
    ``OsbPressError``. Any other error is raised again on the main thread,
    where the app's exception hook reports it.
    """

    rendered = Signal(object)
    failed = Signal(str)
    failed_at = Signal(object)
    """The field path (``error.field``) of a failure that names one, before ``failed``."""
    warmed = Signal(float)
    """``warm_up`` finished its hidden render, which took this many milliseconds."""

    def __init__(
        self,
        operations: Operations,
        parent: QObject | None = None,
        *,
        debounce_ms: int = DEBOUNCE_MS,
    ) -> None:
        super().__init__(parent)
        share_with_workers()  # the app does it at start; tests build controllers alone
        self._operations = operations
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._start)
        self._generation = 0
        self._pending: _Request | None = None
        self._running: Task[Any] | None = None
        self._latest: PreviewResult | None = None

    def warm_up(self) -> None:
        """Render a photo-less sample once in the background, shown nowhere.

        The first render in a process pays for imports, font registration and
        template compilation (several hundred milliseconds cold). Started while
        the window appears and the store opens, that cost is paid before the
        officer's first draft is rendered. Failures are ignored: the real render
        reports its own.
        """
        self._operations.run(
            lambda _task: _render(_Request(0, _warm_up_release(), None, _no_media)),
            success=lambda result: self.warmed.emit(result.elapsed_ms),
            failure=lambda _error: None,
            key="preview-warm-up",
        )

    def request(self, release: Release, profile: Profile | None, media: MediaSource) -> None:
        """Render ``release`` once the officer pauses typing."""
        self._generation += 1
        # Not copied here: a keystroke must not pay for copying a long release that the
        # next keystroke replaces anyway. ``_start`` copies the one that is rendered.
        self._pending = _Request(self._generation, release, profile, media)
        self._timer.start()

    def render_now(self) -> None:
        """Start the pending render without waiting for the pause."""
        self._timer.stop()
        self._start()

    def latest(self) -> PreviewResult | None:
        """The last result shown, or None before the first render."""
        return self._latest

    def busy(self) -> bool:
        """True while a render is waiting for its pause or running."""
        return self._timer.isActive() or self._running is not None

    def _start(self) -> None:
        if self._pending is None or self._running is not None:
            return  # a running render starts the pending one when it ends
        if self._operations.closed:
            return  # the window is closing: a debounce timer that fires now starts nothing
        pending, self._pending = self._pending, None
        # A deep copy: the worker reads it while the officer goes on typing.
        request = _Request(
            pending.generation,
            pending.release.model_copy(deep=True),
            pending.profile.model_copy(deep=True) if pending.profile is not None else None,
            pending.media,
        )
        self._running = self._operations.run(
            lambda _task: _render(request),
            success=lambda result: self._on_success(request, result),
            failure=lambda error: self._on_failure(request, error),
            key="preview",
        )

    def _finish(self) -> None:
        self._running = None
        if self._pending is not None and not self._timer.isActive():
            self._start()

    def _on_success(self, request: _Request, result: PreviewResult) -> None:
        self._finish()
        if request.generation != self._generation:
            return  # typed over while rendering; the newer text is on its way
        self._latest = result
        self.rendered.emit(result)

    def _on_failure(self, request: _Request, error: BaseException) -> None:
        self._finish()
        if not isinstance(error, OsbPressError):
            raise error
        if request.generation == self._generation:
            self.failed_at.emit(tuple(error.field))
            self.failed.emit(str(error))
