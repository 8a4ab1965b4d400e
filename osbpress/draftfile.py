"""Opening a draft from disk for the CLI: the release and where its photos come from.

A draft JSON file names its photos by paths relative to itself (or absolute
paths), a ``.osbpress`` bundle carries them inside; ``load_draft`` returns
the validated release together with a media source that reads them, so
compose never touches the file system itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from osbpress.bundle import bundle_media, import_bundle
from osbpress.errors import DraftError
from osbpress.i18n import _
from osbpress.media import MEDIA_REF_PREFIX, MediaSource, folder_media, read_file
from osbpress.model import Profile, Release
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
