"""Opening the store for the window, off the UI thread: what ``Operations`` runs at start.

``open_store`` opens (or recovers) the drafts database without the daily
backup, so the window can list drafts at once; ``daily_backup`` then runs
the backup on its own connection in another worker. An empty store gets the
sample release and the sample organisation profile (logo and photo stored
by content), so the officer sees a finished example on the first start.
A file given on the command line is imported as a new draft and opened.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from osbpress.bundle import import_file
from osbpress.compose import suggested_headline
from osbpress.errors import OsbPressError
from osbpress.i18n import _
from osbpress.model import Profile, Release
from osbpress.sample import sample_media, sample_profile, sample_release
from osbpress.store import DraftStore, Recovery, open_or_recover


@dataclass
class Opened:
    """What the window needs once the store is open."""

    store: DraftStore
    profile: Profile
    open_id: str | None
    """The draft to open first: the imported file, the sample, or the latest draft."""
    recovery: Recovery | None = None
    import_problem: str | None = None


def list_label(release: Release, profile: Profile) -> str:
    """What the library lists for an untitled draft: the headline compose suggests."""
    try:
        return suggested_headline(release, profile)
    except OsbPressError:
        return ""


def seed_sample(store: DraftStore) -> str:
    """Put the sample profile (with logo) and the sample release (with photo) in ``store``."""
    profile = sample_profile()
    if profile.logo:
        logo = store.put_media(sample_media(profile.logo), profile.logo)
        profile = profile.model_copy(update={"logo": logo})
    store.save_profile(profile)
    release: Release = sample_release()
    photos = [
        photo.model_copy(update={"image": store.put_media(sample_media(photo.image), photo.image)})
        for photo in release.photos
    ]
    label = list_label(release, profile)
    return store.create(
        release.model_copy(update={"photos": photos}), note="Örnek bülten", label=label
    )


def open_store(path: Path, file: Path | None = None) -> Opened:
    """Open ``path`` (recovering an unreadable file), seed a new store, import ``file``."""
    store, recovery = open_or_recover(path, auto_backup=False)
    try:
        open_id: str | None = None
        problem: str | None = None
        if not store.list(limit=1) and not store.list(trashed=True, limit=1):
            open_id = seed_sample(store)
        if file is not None:
            try:
                open_id = import_file(store, file)
            except OsbPressError as error:
                problem = _("“{name}” açılamadı: {reason}").format(name=file.name, reason=error)
        if open_id is None:
            latest = store.list(limit=1)
            open_id = latest[0].id if latest else None
        return Opened(store, store.get_profile(), open_id, recovery, problem)
    except BaseException:
        store.close()
        raise
