"""The engine's error types; every message is Turkish and names what went wrong.

Callers (the CLI, the app) show ``str(error)`` to the officer as it is, so a
message must say which file, field or photo is at fault and never carry a
traceback.
"""

from pathlib import Path


class OsbPressError(Exception):
    """Base of every error the engine raises on purpose for bad input."""


class DraftError(OsbPressError):
    """A draft or profile file could not be read or did not validate."""


class MediaError(OsbPressError):
    """A photo or logo is missing, not an image, corrupt or too large."""


class TemplateError(OsbPressError):
    """A release kind under templates/ is missing or malformed."""


class StoreError(OsbPressError):
    """The draft store could not read or write (disk full, locked, unreadable)."""


class CorruptStoreError(StoreError):
    """The file at the store's path is not a readable draft database.

    ``path`` is the file at fault; ``backups`` lists the backups that could
    replace it, newest first, so the caller can offer them.
    """

    def __init__(self, message: str, path: Path, backups: tuple[Path, ...] = ()) -> None:
        super().__init__(message)
        self.path = path
        self.backups = backups


class ConflictError(StoreError):
    """A draft was saved elsewhere since the caller loaded it.

    Nothing is lost: the caller's text is stored as ``revision`` (the new
    head) and the other version stays as ``other_revision``.
    """

    def __init__(self, message: str, draft_id: str, revision: int, other_revision: int) -> None:
        super().__init__(message)
        self.draft_id = draft_id
        self.revision = revision
        self.other_revision = other_revision


class BundleError(OsbPressError):
    """A .osbpress file is unsafe, damaged or from a newer program version."""
