"""Runs the release checklist in a worker after each edit, latest result wins.

``request(release, profile, media)`` copies the release (the editor goes on
changing its own) and, after a short pause in typing, runs
``osbpress.checks.check`` through ``Operations`` under the key "checks": a
result overtaken by a newer request is never delivered. ``checked(list)``
carries the findings; ``failed(str)`` the Turkish message of an engine
error. ``latest()`` is what the export asks about.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from osbpress.checks import Finding, MediaLookup, check
from osbpress.errors import OsbPressError
from osbpress.model import Profile, Release
from ui.operations import Operations

# A check of the sample takes ~15 ms; the pause only keeps a burst of keys to one run.
DEBOUNCE_MS = 150


class ChecksRunner(QObject):
    """Debounces edits into checks on a worker; see the module docstring."""

    checked = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        operations: Operations,
        parent: QObject | None = None,
        *,
        debounce_ms: int = DEBOUNCE_MS,
    ) -> None:
        super().__init__(parent)
        self._operations = operations
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._start)
        self._pending: tuple[Release, Profile | None, MediaLookup | None] | None = None
        self._latest: list[Finding] | None = None

    def request(
        self, release: Release, profile: Profile | None, media: MediaLookup | None = None
    ) -> None:
        """Check ``release`` once the officer pauses typing."""
        self._pending = (
            release.model_copy(deep=True),
            profile.model_copy(deep=True) if profile is not None else None,
            media,
        )
        self._timer.start()

    def latest(self) -> list[Finding] | None:
        """The findings of the newest finished check, or None before the first."""
        return self._latest

    def busy(self) -> bool:
        return self._timer.isActive()

    def _start(self) -> None:
        if self._pending is None:
            return
        release, profile, media = self._pending
        self._pending = None
        self._operations.run(
            lambda _task: check(release, profile, media),
            success=self._on_success,
            failure=self._on_failure,
            key="checks",
        )

    def _on_success(self, findings: Any) -> None:
        self._latest = list(findings)
        self.checked.emit(self._latest)

    def _on_failure(self, error: BaseException) -> None:
        if not isinstance(error, OsbPressError):
            raise error
        self.failed.emit(str(error))
