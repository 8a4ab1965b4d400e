"""The open draft's one pipeline: each new text composed once, one snapshot for every view.

Every edit of the open draft (and every change of the profile) is handed to
``DraftPipeline.submit``. The pipeline composes that text on a worker
exactly once — the Document, the suggestions for the empty fields, the
notices and the checklist, from a single prose pass
(``osbpress.compose.composition``) — and publishes the result as one
immutable ``Snapshot``. The preview renders the snapshot's Document,
Kontrol lists its findings, the Yayın page shows its suggestions, the
library labels an untitled draft with its headline, and export and copy
write its Document: none of them composes on its own, so none can disagree
with another.

There is no pause to wait out: a text is composed at once when nothing is
being composed, and while a composition runs only the newest text waits
for it (older ones are never composed). Snapshots are published in order,
never an older one after a newer. ``when_current`` calls back with the
snapshot of the text as it is now — at once if it is out, else when it is —
which is what export and copy write, never an older text.

The editor hands over a new ``Release`` for every edit and never changes one
it has handed over (its pages build new lists and models). The worker takes
one deep copy of the text it composes, off the UI thread, and the snapshot
holds that copy, which nothing changes afterwards: no view needs a copy of
its own, and not even a script that breaks the editor's promise can change
a snapshot once it is out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from osbpress.checks import Finding, check
from osbpress.compose import Notice, Suggestions, composition
from osbpress.document import Document
from osbpress.errors import OsbPressError
from osbpress.media import MediaSource
from osbpress.model import Profile, Release
from ui.operations import Operations, Task

FieldPath = tuple[str | int, ...]


@dataclass(frozen=True)
class Snapshot:
    """One composed text of the open draft, as every view shows it.

    ``document`` is None when the text cannot be composed; ``error`` then
    says why in Turkish and ``error_field`` names the field, if it can.
    ``findings`` is the checklist of exactly this text.
    """

    generation: int
    release: Release
    profile: Profile
    document: Document | None
    suggestions: Suggestions | None
    notices: tuple[Notice, ...]
    findings: tuple[Finding, ...]
    error: str = ""
    error_field: FieldPath | None = None

    @property
    def label(self) -> str:
        """What the library lists for an untitled draft: the headline compose wrote."""
        return self.document.headline if self.document is not None else ""


@dataclass(frozen=True)
class _Request:
    generation: int
    release: Release
    profile: Profile
    media: MediaSource


def _compose(request: _Request, today: dt.date | None = None) -> Snapshot:
    """On a worker: the one prose pass of ``request``'s text, and its checklist."""
    release = request.release.model_copy(deep=True)
    profile, media = request.profile.model_copy(deep=True), request.media
    try:
        composed = composition(release, profile, media=media)
    except OsbPressError as error:
        # The checklist still judges the facts; its rules that need the Document skip.
        findings = check(release, profile, media, today=today)
        field = tuple(error.field) or None
        return Snapshot(
            request.generation, release, profile, None, None, (), tuple(findings), str(error), field
        )
    findings = check(release, profile, media, today=today, document=composed.document)
    return Snapshot(
        request.generation,
        release,
        profile,
        composed.document,
        composed.suggestions,
        composed.notices,
        tuple(findings),
    )


class DraftPipeline(QObject):
    """Composes the open draft's texts one at a time; see the module docstring."""

    published = Signal(object)
    """A ``Snapshot`` newer than any published before."""
    abandoned = Signal()
    """A bug ended the composition ``when_current`` waited for: nobody will be called."""

    def __init__(self, operations: Operations, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._operations = operations
        self._generation = 0
        self._pending: _Request | None = None
        self._running: Task[Any] | None = None
        self._latest: Snapshot | None = None
        self._cleared_at = 0  # texts of generations up to this one belong to a closed draft
        self._waiting: list[tuple[int, Callable[[Snapshot], None]]] = []
        self.compositions = 0
        """How many texts were composed (the bench counts them per keystroke)."""
        self.today: dt.date | None = None
        """The date the checklist compares with (None: the system date; tests fix it)."""

    # -- in -------------------------------------------------------------------

    def submit(self, release: Release, profile: Profile, media: MediaSource) -> int:
        """Compose ``release`` as ``profile`` issues it, as soon as nothing else is being composed.

        Returns the text's generation. ``release`` and ``profile`` must not be
        changed afterwards (the editor hands over a new ``Release`` per edit).
        """
        self._generation += 1
        self._pending = _Request(self._generation, release, profile, media)
        self._start()
        return self._generation

    def clear(self) -> None:
        """The draft was closed: nothing pending, nothing current, nobody waiting."""
        self._generation += 1
        self._cleared_at = self._generation
        self._pending = None
        self._latest = None
        self._waiting.clear()

    # -- out ------------------------------------------------------------------

    def latest(self) -> Snapshot | None:
        """The newest snapshot published (it may be a keystroke behind the editor)."""
        return self._latest

    def current(self) -> Snapshot | None:
        """The snapshot of the text as it is now, or None while that text is being composed."""
        latest = self._latest
        return latest if latest is not None and latest.generation == self._generation else None

    def label_for(self, release: Release) -> str:
        """The library label of untitled ``release``: the newest snapshot's headline.

        Called by the session's saver thread when it saves an untitled text:
        the snapshot of that very text is normally out (it takes a fraction
        of the autosave pause); at worst the label is one keystroke behind
        until the next save. Nothing is composed for it.
        """
        latest = self._latest
        return latest.label if latest is not None else ""

    def busy(self) -> bool:
        """True while a text is being composed or waits to be."""
        return self._running is not None or self._pending is not None

    def when_current(self, then: Callable[[Snapshot], None]) -> None:
        """Call ``then`` with the snapshot of the text submitted last, once it is out.

        At once if it is out already; else on the main thread when it is
        published (or a snapshot of a text submitted after it). Nothing is
        called if the draft is closed first.
        """
        current = self.current()
        if current is not None:
            then(current)
        elif self._generation > 0:
            self._waiting.append((self._generation, then))

    # -- internals --------------------------------------------------------------

    def _start(self) -> None:
        if self._pending is None or self._running is not None or self._operations.closed:
            return
        request, self._pending = self._pending, None
        self.compositions += 1
        today = self.today
        self._running = self._operations.run(
            lambda _task: _compose(request, today),
            success=self._composed,
            ended=self._ended,
            owner=self,
        )

    def _composed(self, snapshot: Snapshot) -> None:
        latest = self._latest
        if snapshot.generation <= self._cleared_at or (
            latest is not None and snapshot.generation <= latest.generation
        ):
            return  # of a draft closed since, or older than what is shown
        self._latest = snapshot
        self.published.emit(snapshot)
        ready = [then for generation, then in self._waiting if generation <= snapshot.generation]
        self._waiting = [(g, then) for g, then in self._waiting if g > snapshot.generation]
        for then in ready:
            then(snapshot)

    def _ended(self) -> None:
        """After a composition, published or ended by a bug (which the error hook has)."""
        self._running = None
        self._start()  # the newest text typed meanwhile, if any
        # Looked at once the result is delivered: a bug leaves waiters nothing to wait for.
        QTimer.singleShot(0, self, self._abandon_if_stalled)

    def _abandon_if_stalled(self) -> None:
        if self._waiting and not self.busy():
            self._waiting.clear()
            self.abandoned.emit()
