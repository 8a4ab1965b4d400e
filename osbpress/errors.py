"""The engine's error types; every message is Turkish and names what went wrong.

Callers (the CLI, the app) show ``str(error)`` to the officer as it is, so a
message must say which file, field or photo is at fault and never carry a
traceback. ``field`` says where in the release the fault is, as the path
pydantic uses (``("photos", 2, "image")``, ``("event", "when")``; empty when
no field is to blame), so the app can put the cursor on it.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from osbpress.i18n import _

FieldPath = tuple[str | int, ...]


class OsbPressError(Exception):
    """Base of every error the engine raises on purpose for bad input."""

    def __init__(self, message: str, *, field: FieldPath = ()) -> None:
        super().__init__(message)
        self.field: FieldPath = tuple(field)


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


class ExportError(OsbPressError):
    """An output file or folder could not be written (disk full, no permission); ``path`` says which."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


class Cancelled(OsbPressError):
    """The officer stopped a long operation (an export) before it finished."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or _("Dışa aktarma iptal edildi"))


class BundleError(OsbPressError):
    """A .osbpress file is unsafe, damaged or from a newer program version."""


@contextmanager
def at_field(field: FieldPath) -> Iterator[None]:
    """Engine errors raised inside the block without a place of their own get ``field``."""
    try:
        yield
    except OsbPressError as error:
        if not error.field:
            error.field = tuple(field)
        raise
