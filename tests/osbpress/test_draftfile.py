"""Reading drafts and their photos from disk: every failure names the file in Turkish."""

from __future__ import annotations

from pathlib import Path

import pytest

from osbpress.cli.draftfile import load_draft
from osbpress.errors import DraftError, MediaError
from osbpress.media import MAX_MEDIA_BYTES, folder_media


def test_missing_folder_and_oversized_photos_are_named(tmp_path: Path) -> None:
    media = folder_media(tmp_path)
    with pytest.raises(MediaError, match=r"“yok\.jpg” bulunamadı"):
        media("yok.jpg")
    (tmp_path / "klasor").mkdir()
    with pytest.raises(MediaError, match="“klasor” bir dosya değil, klasör"):
        media("klasor")
    with (tmp_path / "dev.jpg").open("wb") as handle:
        handle.truncate(MAX_MEDIA_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(MediaError, match=r"“dev\.jpg” çok büyük"):
        media("dev.jpg")


def test_draft_that_is_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DraftError, match="bir dosya değil, klasör"):
        load_draft(tmp_path)


def test_photos_are_read_relative_to_the_draft(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text('{"photos": [{"image": "f.jpg"}]}', encoding="utf-8")
    (tmp_path / "f.jpg").write_bytes(b"jpeg")
    draft = load_draft(tmp_path / "a.json")
    assert draft.media(draft.release.photos[0].image) == b"jpeg"
