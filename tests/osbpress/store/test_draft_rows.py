"""What get, duplicate and purge hand back and write, field by field.

Found unpinned by mutation testing (tests/MUTANTS.md): the stored draft's
own fields, a copy's revision note and list label, and the exact refusal to
purge a draft that is not in the trash.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from osbpress.errors import StoreError
from osbpress.model import Participant, Release
from osbpress.store import DraftStore, StoredDraft


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


def test_restoring_a_revision_adds_one_on_top_of_the_head(store: DraftStore) -> None:
    draft_id = store.create(Release(headline="Bir"))
    store.save(draft_id, Release(headline="İki"))
    assert store.restore_revision(draft_id, 1) == 3
    head, *_ = store.revisions(draft_id)
    assert (head.number, head.parent, head.headline, head.note, head.conflict) == (
        3,
        2,
        "Bir",
        "1. sürüm geri yüklendi",
        False,
    )
    assert store.get(draft_id).release.headline == "Bir"


def test_a_purged_drafts_words_are_not_found_in_a_later_draft(store: DraftStore) -> None:
    # SQLite may give the next draft the purged one's row number; its old words
    # must have left the search index with it.
    gone = store.create(Release(headline="Zeplin gezisi"))
    assert [row.id for row in store.search("zeplin")] == [gone]
    store.trash(gone)
    store.purge(gone)
    later = store.create(Release(headline="Balon gezisi"))
    assert store.search("zeplin") == []
    assert [row.id for row in store.search("balon")] == [later]


def test_a_photo_only_a_purged_draft_used_is_kept_for_a_while(
    store: DraftStore, jpeg: bytes
) -> None:
    # A photo just added may be about to be used by a draft still being saved.
    ref = store.put_media(jpeg, "yeni.jpg")
    draft_id = store.create(Release(headline="Bir"))
    store.trash(draft_id)
    store.purge(draft_id)
    assert store.get_media(ref) == jpeg


def test_indexing_for_a_search_changes_nothing_a_reader_sees(store: DraftStore) -> None:
    store.create(Release(headline="Zeplin gezisi"))
    token = store.change_token()
    assert len(store.search("zeplin")) == 1  # indexed the new draft first
    assert store.change_token() == token


def test_indexing_on_a_full_disk_says_the_search_failed(store: DraftStore) -> None:
    store.create(Release(headline="Zeplin gezisi " + "uzun metin " * 2000))
    conn = store._conn  # no public way to fill the disk: as test_durability does
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    try:
        with pytest.raises(StoreError) as caught:
            store.search("zeplin")
    finally:
        conn.execute("PRAGMA max_page_count = 1073741823")
    assert str(caught.value).startswith("Arama yapılamadı: disk dolu")


class _LostAfterFirstRead(DraftStore):
    """A store whose connection is lost right after the first read of an operation,
    so the operation's second read fails: it must still name the operation."""

    def get(self, draft_id: str) -> StoredDraft:
        stored = super().get(draft_id)
        self._conn.close()
        return stored

    def _refresh_search(self, query: str | None) -> None:
        super()._refresh_search(query)
        self._conn.close()


@pytest.mark.parametrize(
    ("operation", "action"),
    [("duplicate", "Taslak okunamadı"), ("search", "Arama yapılamadı")],
)
def test_a_second_read_that_fails_names_the_operation(
    store_file: Path, operation: str, action: str
) -> None:
    with DraftStore(store_file, auto_backup=False) as store:
        draft_id = store.create(Release(headline="Zeplin"))
    lost = _LostAfterFirstRead(store_file, auto_backup=False)
    argument = draft_id if operation == "duplicate" else "zeplin"
    with pytest.raises(StoreError) as caught:
        getattr(lost, operation)(argument)
    assert str(caught.value).startswith(f"{action}: veritabanı hatası")


def test_lists_and_searches_give_fifty_rows_unless_asked(store: DraftStore) -> None:
    for n in range(51):
        store.create(Release(headline=f"Zeplin {n}"))
    assert len(store.list()) == 50
    assert len(store.search("zeplin")) == 50
    assert len(store.list(limit=60)) == 51


def test_completions_offer_five_hundred_names_unless_asked(store: DraftStore) -> None:
    for k in range(3):
        names = [Participant(name=f"Kişi {k}-{n}") for n in range(200)]
        store.create(Release(participants=names))
    assert len(store.completions("name")) == 500
    assert len(store.completions("name", limit=600)) == 600
