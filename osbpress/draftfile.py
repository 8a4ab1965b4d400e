"""Opening a draft from disk for the CLI: the release and where its photos come from.

A draft JSON file names its photos by paths relative to itself (or absolute
paths), a ``.osbpress`` bundle carries them inside; ``load_draft`` returns
the validated release together with a media source that reads them, so
compose never touches the file system itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from osbpress.errors import DraftError, MediaError, OsbPressError
from osbpress.model import Profile, Release
from osbpress.validation import load_profile, load_release

MediaSource = Callable[[str], bytes]
"""Returns the bytes of a photo or logo reference; raises MediaError naming it."""

MAX_MEDIA_BYTES = 40 * 1024 * 1024
MEDIA_REF_PREFIX = "sha256:"
"""References with this prefix name a photo in the draft store by content hash."""


@dataclass(frozen=True)
class LoadedDraft:
    release: Release
    media: MediaSource
    path: Path


def read_file(
    path: Path, label: str, error: type[OsbPressError], *, limit: int | None = None
) -> bytes:
    """The bytes of ``path``; ``error`` with a Turkish message naming ``label`` if they can't be had."""
    try:
        if limit is not None and (size := path.stat().st_size) > limit:
            mb = 1024 * 1024
            raise error(f"{label} çok büyük ({size // mb} MB; en çok {limit // mb} MB)")
        return path.read_bytes()
    except FileNotFoundError:
        raise error(f"{label} bulunamadı ({path})") from None
    except IsADirectoryError:
        raise error(f"{label} bir dosya değil, klasör") from None
    except OSError as problem:
        raise error(f"{label} okunamadı: {problem.strerror}") from None


def folder_media(folder: Path) -> MediaSource:
    """A media source reading references as paths relative to ``folder``."""

    def read(reference: str) -> bytes:
        path = (folder / reference).expanduser()
        return read_file(path, f"“{reference}”", MediaError, limit=MAX_MEDIA_BYTES)

    return read


def load_draft(path: Path) -> LoadedDraft:
    """Read and validate the draft at ``path``; DraftError names the file and field.

    A ``.osbpress`` bundle is accepted too: its photos are read from the bundle
    (BundleError says why a bundle is refused).
    """
    if path.suffix.lower() == ".osbpress":
        # Imported here: the bundle module itself builds on this one.
        from osbpress.bundle import bundle_media, import_bundle

        release, media = import_bundle(path)
        return LoadedDraft(release=release, media=bundle_media(media), path=path)
    data = read_file(path, f"“{path}”", DraftError)
    release = load_release(data, what=f"“{path.name}”")
    return LoadedDraft(release=release, media=folder_media(path.parent), path=path)


def load_profile_file(path: Path) -> Profile:
    """A profile JSON from disk, its logo path made absolute (it is named relative to the file)."""
    data = read_file(path, f"kurum profili “{path}”", DraftError)
    profile = load_profile(data, what=f"“{path.name}”")
    logo = profile.logo.strip()
    if logo and not logo.startswith(MEDIA_REF_PREFIX):
        profile = profile.model_copy(update={"logo": str(path.parent.resolve() / logo)})
    return profile
