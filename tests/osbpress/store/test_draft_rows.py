"""What get, duplicate and purge hand back and write, field by field.

Found unpinned by mutation testing (tests/MUTANTS.md): the stored draft's
own fields, a copy's revision note and list label, and the exact refusal to
purge a draft that is not in the trash.
"""

from __future__ import annotations

import datetime as dt

import pytest

from osbpress.errors import StoreError
from osbpress.model import Release
from osbpress.store import DraftStore


def test_get_gives_the_drafts_id_revision_times_and_trash_state(store: DraftStore) -> None:
    before = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)
    draft_id = store.create(Release(headline="Bir"))
    store.save(draft_id, Release(headline="İki"))
    stored = store.get(draft_id)
    assert (stored.id, stored.revision, stored.release.headline, stored.trashed) == (
        draft_id,
        2,
        "İki",
        False,
    )
    assert before <= stored.created_at <= stored.updated_at <= dt.datetime.now(dt.UTC)
    store.trash(draft_id)
    assert store.get(draft_id).trashed is True
    store.restore(draft_id)
    assert store.get(draft_id).trashed is False


def test_a_copy_notes_its_origin_and_keeps_the_list_label(store: DraftStore) -> None:
    original = store.create(Release(), label="Önerilen başlık")
    copy = store.duplicate(original)
    (first,) = store.revisions(copy)
    assert first.note == f"“{original}” taslağının kopyası"
    assert {row.id: row.headline for row in store.list()}[copy] == "Önerilen başlık"


def test_purging_a_draft_outside_the_trash_is_refused_exactly(store: DraftStore) -> None:
    draft_id = store.create(Release(headline="Bir"))
    with pytest.raises(StoreError) as caught:
        store.purge(draft_id)
    assert str(caught.value) == (
        f"“{draft_id}” taslağı çöp kutusunda değil; kalıcı silmeden önce çöpe taşıyın"
    )
    assert store.get(draft_id).release.headline == "Bir"
