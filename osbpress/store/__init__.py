"""The draft store: drafts, revisions, photos, the profile and backups in one SQLite file.

Open it with ``DraftStore()`` (the file under ``paths.store_path()``) or, to
survive an unreadable file, ``open_or_recover()``. A window opens it with
``auto_backup=False`` and runs ``backup_if_due(path)`` from a worker.
"""

from osbpress.store.completions import CompletionField
from osbpress.store.daily import backup_if_due
from osbpress.store.drafts import DraftStore
from osbpress.store.records import DraftSummary, Recovery, RevisionInfo, StoredDraft
from osbpress.store.recovery import open_or_recover, recover

__all__ = [
    "CompletionField",
    "DraftStore",
    "DraftSummary",
    "Recovery",
    "RevisionInfo",
    "StoredDraft",
    "backup_if_due",
    "open_or_recover",
    "recover",
]
