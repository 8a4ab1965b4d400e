"""The six editor pages in the order of the editor's tabs (Ctrl+1…6), and which edits what."""

from __future__ import annotations

from ui.forms.base import EditorPage, FieldPath
from ui.forms.event import EventPage
from ui.forms.participants import ParticipantsPage
from ui.forms.photos import PhotosPage
from ui.forms.publish import PublishPage
from ui.forms.quotes import QuotesPage
from ui.forms.sections import SectionsPage

PAGES: tuple[type[EditorPage], ...] = (
    EventPage,
    ParticipantsPage,
    QuotesPage,
    SectionsPage,
    PhotosPage,
    PublishPage,
)

# The first part of an error's field path → the page that edits it.
_FIELD_PAGES: dict[str, type[EditorPage]] = {
    "kind": EventPage,
    "event": EventPage,
    "participants": ParticipantsPage,
    "quotes": QuotesPage,
    "sections": SectionsPage,
    "photos": PhotosPage,
}


def page_for(path: FieldPath) -> type[EditorPage]:
    """The page class editing the field at ``path`` (the publishing page by default)."""
    head = path[0] if path else ""
    return _FIELD_PAGES.get(str(head), PublishPage)
