"""What the store hands back: light summaries for lists, a loaded draft, a revision line.

Lists (the library window, ``osbpress drafts list``) get ``DraftSummary``
rows read from one table, never whole releases, so the first page of ten
thousand drafts opens at once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from osbpress.model import Release


def timestamp(seconds: float) -> dt.datetime:
    """A stored UNIX time as an aware UTC datetime."""
    return dt.datetime.fromtimestamp(seconds, tz=dt.UTC)


@dataclass(frozen=True)
class DraftSummary:
    id: str
    headline: str
    kind: str
    release_date: dt.date
    revision: int
    created_at: dt.datetime
    updated_at: dt.datetime
    trashed: bool


@dataclass(frozen=True)
class StoredDraft:
    """A draft's latest revision; pass ``revision`` back to ``save`` as ``base_revision``."""

    id: str
    revision: int
    release: Release
    created_at: dt.datetime
    updated_at: dt.datetime
    trashed: bool


@dataclass(frozen=True)
class RevisionInfo:
    number: int
    saved_at: dt.datetime
    headline: str
    parent: int | None
    """The revision the saving window had started from (None for the first)."""
    conflict: bool
    """Saved over a head that had moved on since ``parent``."""
    note: str


@dataclass(frozen=True)
class Recovery:
    """What ``recover`` did with an unreadable database; ``message`` is for the officer.

    ``moved_to`` is None when nothing was moved (only damaged photos were found).
    """

    moved_to: Path | None
    restored_from: Path | None
    message: str
