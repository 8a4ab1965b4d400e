"""Runs the release checklist in a worker after each edit, latest result wins.

``request(release, profile, media, document=)`` copies the release (the
editor goes on changing its own) and runs ``osbpress.checks.check`` through
``Operations`` under the key "checks"; ``document``, the preview's Document
of that very release and profile, spares the check composing it again. A
request overtaken while still queued returns at once, and an overtaken
result is never delivered. ``checked(list)`` carries the
findings; ``failed(str)`` the Turkish message of an engine error.
``latest()`` is what the export asks about.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from osbpress.checks import Finding, MediaLookup, check
from osbpress.document import Document
from osbpress.errors import OsbPressError
from osbpress.model import Profile, Release
from ui.operations import Operations, Task


class ChecksRunner(QObject):
    """Checks each release it is given on a worker; see the module docstring."""

    checked = Signal(object)
    failed = Signal(str)

    def __init__(self, operations: Operations, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._operations = operations
        self._latest: list[Finding] | None = None
        self._requested = 0
        self._answered = 0

    def request(
        self,
        release: Release,
        profile: Profile | None,
        media: MediaLookup | None = None,
        *,
        document: Document | None = None,
    ) -> None:
        """Check ``release`` (a copy of it) on a worker, reading ``document`` if given."""
        release = release.model_copy(deep=True)
        profile = profile.model_copy(deep=True) if profile is not None else None
        self._requested += 1
        serial = self._requested

        def work(task: Task[Any]) -> list[Finding] | None:
            if not self._operations.is_latest(task):
                return None  # overtaken while queued: its result would be dropped anyway
            return check(release, profile, media, document=document)

        self._operations.run(
            work,
            success=lambda findings: self._on_success(serial, findings),
            failure=lambda error: self._on_failure(serial, error),
            key="checks",
        )

    def latest(self) -> list[Finding] | None:
        """The findings of the newest finished check, or None before the first."""
        return self._latest

    def busy(self) -> bool:
        """True until the newest request has been answered."""
        return self._answered != self._requested

    def _on_success(self, serial: int, findings: list[Finding] | None) -> None:
        if findings is None:
            return  # overtaken while queued (see ``work``)
        self._answered = serial
        self._latest = list(findings)
        self.checked.emit(self._latest)

    def _on_failure(self, serial: int, error: BaseException) -> None:
        self._answered = serial
        if not isinstance(error, OsbPressError):
            raise error
        self.failed.emit(str(error))
