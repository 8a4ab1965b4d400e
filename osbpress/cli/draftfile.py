"""Opening a draft from disk for the CLI: the release, its photos and its issuer.

A draft JSON file names its photos by paths relative to itself (or absolute
paths), a ``.osbpress`` bundle carries them inside; ``load_draft`` returns
the validated release together with a media source that reads them, so
compose never touches the file system itself. ``issuer`` picks the profile
a command issues the release under (a ``--profile`` file, else the app's
saved profile); the app never needs either, so both live with the CLI.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from osbpress.bundle import bundle_media, import_bundle
from osbpress.errors import DraftError
from osbpress.i18n import _
from osbpress.media import (
    MEDIA_REF_PREFIX,
    MediaSource,
    folder_media,
    read_file,
    with_store_fallback,
)
from osbpress.model import Profile, Release
from osbpress.paths import store_path
from osbpress.validation import MAX_DRAFT_BYTES, load_profile, load_release_file


@dataclass(frozen=True)
class LoadedDraft:
    release: Release
    media: MediaSource
    path: Path


def load_draft(path: Path) -> LoadedDraft:
    """Read and validate the draft at ``path``; DraftError names the file and field.

    A ``.osbpress`` bundle is accepted too: its photos are read from the bundle
    (BundleError says why a bundle is refused).
    """
    if path.suffix.lower() == ".osbpress":
        release, media = import_bundle(path)
        return LoadedDraft(release=release, media=bundle_media(media), path=path)
    release = load_release_file(path)
    return LoadedDraft(release=release, media=folder_media(path.parent), path=path)


def load_profile_file(path: Path) -> Profile:
    """A profile JSON from disk, its logo path made absolute (it is named relative to the file)."""
    data = read_file(
        path, _("kurum profili “{path}”").format(path=path), DraftError, limit=MAX_DRAFT_BYTES
    )
    profile = load_profile(data, what=f"“{path.name}”")
    logo = profile.logo.strip()
    if logo and not logo.startswith(MEDIA_REF_PREFIX):
        profile = profile.model_copy(update={"logo": str(path.parent.resolve() / logo)})
    return profile


@contextlib.contextmanager
def issuer(
    profile_file: Path | None, media: MediaSource
) -> Iterator[tuple[Profile | None, MediaSource]]:
    """The profile to issue a release under, and where its logo and photos come from.

    A profile file wins; else the profile saved in the draft store, if there
    is one (its logo lives in the store, and ``sha256:`` references fall back
    to the store); else none, and compose makes one from the release's host.
    """
    if profile_file is not None:
        yield load_profile_file(profile_file), media
        return
    if not store_path().is_file():
        yield None, media
        return
    # Imported only here: with a profile file (the CLI's --profile) the store,
    # SQLite and its schema code stay out of the process.
    from osbpress.store import DraftStore

    with DraftStore(store_path(), auto_backup=False) as store:
        profile = store.get_profile()
        yield (
            (profile if profile.name.strip() else None),
            with_store_fallback(media, store.media_source()),
        )
