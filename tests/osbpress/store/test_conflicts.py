"""The same draft saved from two places: detected, both texts kept, a clear message."""

from __future__ import annotations

from pathlib import Path

import pytest

from osbpress.errors import ConflictError
from osbpress.model import Release
from osbpress.store import DraftStore


def test_second_writer_gets_a_conflict_and_both_versions_are_kept(
    store_file: Path, release: Release
) -> None:
    with (
        DraftStore(store_file, auto_backup=False) as office,
        DraftStore(store_file, auto_backup=False) as laptop,
    ):
        draft_id = office.create(release)
        mine, theirs = office.get(draft_id), laptop.get(draft_id)
        office_text = mine.release.model_copy(update={"headline": "Ofisteki Düzeltme"})
        laptop_text = theirs.release.model_copy(update={"headline": "Dizüstündeki Düzeltme"})
        assert office.save(draft_id, office_text, base_revision=mine.revision) == 2

        with pytest.raises(ConflictError) as caught:
            laptop.save(draft_id, laptop_text, base_revision=theirs.revision)

        error = caught.value
        assert (error.draft_id, error.revision, error.other_revision) == (draft_id, 3, 2)
        assert "Hiçbir metin kaybolmadı" in str(error)
        assert "3. sürüm" in str(error) and "2. sürüm" in str(error)
        assert office.get_revision(draft_id, 2) == office_text
        assert office.get_revision(draft_id, 3) == laptop_text
        assert office.get(draft_id).release == laptop_text
        newest = office.revisions(draft_id)[0]
        assert newest.conflict and newest.parent == 1


def test_saving_from_the_new_head_after_a_conflict_is_clean(
    store: DraftStore, release: Release
) -> None:
    draft_id = store.create(release)
    store.save(draft_id, release.model_copy(update={"headline": "Başka pencere"}))
    with pytest.raises(ConflictError) as caught:
        store.save(draft_id, release.model_copy(update={"headline": "Bu pencere"}), base_revision=1)
    again = release.model_copy(update={"headline": "Bu pencere, sürüyor"})
    assert store.save(draft_id, again, base_revision=caught.value.revision) == 4
    assert not store.revisions(draft_id)[0].conflict


def test_same_text_saved_twice_is_no_conflict(store: DraftStore, release: Release) -> None:
    draft_id = store.create(release)
    edited = release.model_copy(update={"headline": "Aynı düzeltme"})
    store.save(draft_id, edited, base_revision=1)
    assert store.save(draft_id, edited, base_revision=1) == 2
