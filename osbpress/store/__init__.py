"""The draft store: drafts, revisions, photos, the profile and backups in one SQLite file.

Open it with ``DraftStore()`` (the file under ``paths.store_path()``) or, to
survive an unreadable file, ``open_or_recover()``.
"""

from osbpress.store.drafts import DraftStore
from osbpress.store.records import DraftSummary, Recovery, RevisionInfo, StoredDraft
from osbpress.store.recovery import open_or_recover, recover

__all__ = [
    "DraftStore",
    "DraftSummary",
    "Recovery",
    "RevisionInfo",
    "StoredDraft",
    "open_or_recover",
    "recover",
]
