"""DraftStore basics: every save a revision, trash and purge, photos by hash, the profile."""

from __future__ import annotations

from pathlib import Path

import pytest

from osbpress.errors import MediaError, StoreError
from osbpress.model import Photo, Profile, Release, Section
from osbpress.store import DraftStore
from osbpress.store.codec import KEYFRAME_EVERY

from .conftest import image_bytes


def test_create_then_get_returns_the_same_release(store: DraftStore, release: Release) -> None:
    draft_id = store.create(release)
    loaded = store.get(draft_id)
    assert loaded.release == release
    assert loaded.revision == 1
    assert not loaded.trashed


def test_every_save_is_a_revision_and_old_ones_read_back(
    store: DraftStore, release: Release
) -> None:
    draft_id = store.create(release)
    # Cross several keyframes so the delta-compressed revisions are exercised.
    for number in range(2, 2 * KEYFRAME_EVERY + 5):
        edited = release.model_copy(update={"headline": f"Başlık {number}"})
        assert store.save(draft_id, edited) == number
    assert store.get(draft_id).release.headline == f"Başlık {2 * KEYFRAME_EVERY + 4}"
    for number in range(2, 2 * KEYFRAME_EVERY + 5):
        assert store.get_revision(draft_id, number).headline == f"Başlık {number}"
    assert store.get_revision(draft_id, 1) == release
    history = store.revisions(draft_id)
    assert [info.number for info in history] == list(range(2 * KEYFRAME_EVERY + 4, 0, -1))
    assert history[0].headline == f"Başlık {2 * KEYFRAME_EVERY + 4}"


def test_saving_unchanged_text_adds_no_revision(store: DraftStore, release: Release) -> None:
    draft_id = store.create(release)
    assert store.save(draft_id, release) == 1
    assert len(store.revisions(draft_id)) == 1


def test_restore_revision_creates_a_new_revision(store: DraftStore, release: Release) -> None:
    draft_id = store.create(release)
    store.save(draft_id, release.model_copy(update={"headline": "İkinci"}))
    assert store.restore_revision(draft_id, 1) == 3
    assert store.get(draft_id).release == release
    assert store.revisions(draft_id)[0].note == "1. sürüm geri yüklendi"
    assert store.get_revision(draft_id, 2).headline == "İkinci"


def test_list_is_newest_change_first_and_pages(store: DraftStore) -> None:
    ids = [store.create(Release(headline=f"Bülten {n}")) for n in range(5)]
    store.save(ids[0], Release(headline="Bülten 0, düzeltilmiş"))
    page = store.list(limit=3)
    assert [row.id for row in page] == [ids[0], ids[4], ids[3]]
    assert page[0].headline == "Bülten 0, düzeltilmiş"
    assert page[0].revision == 2
    assert [row.id for row in store.list(limit=3, offset=3)] == [ids[2], ids[1]]


def test_list_filters_by_kind(store: DraftStore) -> None:
    visit = store.create(Release(kind="ziyaret", headline="a"))
    store.create(Release(kind="toplanti", headline="b"))
    assert [row.id for row in store.list(kind="ziyaret")] == [visit]


def test_trash_restore_and_purge(store: DraftStore, release: Release) -> None:
    draft_id = store.create(release)
    with pytest.raises(StoreError, match="çöp kutusunda değil"):
        store.purge(draft_id)
    store.trash(draft_id)
    assert store.list() == []
    assert [row.id for row in store.list(trashed=True)] == [draft_id]
    store.restore(draft_id)
    assert [row.id for row in store.list()] == [draft_id]
    store.trash(draft_id)
    store.purge(draft_id)
    assert store.list(trashed=True) == []
    with pytest.raises(StoreError, match=f"“{draft_id}” kimlikli taslak bulunamadı"):
        store.get(draft_id)


def test_duplicate_is_an_independent_draft(store: DraftStore, release: Release) -> None:
    original = store.create(release)
    copy = store.duplicate(original)
    assert copy != original
    assert store.get(copy).release == release
    store.save(copy, release.model_copy(update={"headline": "Kopya"}))
    assert store.get(original).release.headline == release.headline


def test_unknown_draft_is_a_turkish_error(store: DraftStore, release: Release) -> None:
    with pytest.raises(StoreError, match="“yok” kimlikli taslak bulunamadı"):
        store.save("yok", release)
    draft_id = store.create(release)
    with pytest.raises(StoreError, match=r"9\. sürümü yok"):
        store.get_revision(draft_id, 9)


def test_media_is_stored_once_by_content(store: DraftStore, jpeg: bytes) -> None:
    ref = store.put_media(jpeg, "ziyaret.jpg")
    assert ref.startswith("sha256:") and len(ref) == len("sha256:") + 64
    assert store.put_media(jpeg) == ref
    assert store.get_media(ref) == jpeg
    assert store.media_source()(ref) == jpeg
    count = store._conn.execute("SELECT count(*) FROM media").fetchone()[0]
    assert count == 1


def test_media_refuses_what_is_not_an_image(store: DraftStore) -> None:
    with pytest.raises(MediaError, match=r"“notlar\.txt” bir görsel değil"):
        store.put_media(b"bir metin dosyasi", "notlar.txt")
    with pytest.raises(MediaError, match="desteklenmeyen bir biçimde \\(PPM\\)"):
        store.put_media(image_bytes("PPM"), "eski.ppm")
    with pytest.raises(MediaError, match="taslak deposunda yok"):
        store.get_media("sha256:" + "0" * 64)
    with pytest.raises(MediaError, match="özeti değil"):
        store.get_media("fotograf.jpg")


def test_purge_drops_photos_no_draft_uses(store: DraftStore, jpeg: bytes) -> None:
    shared, own = store.put_media(jpeg), store.put_media(image_bytes(colour="red"))
    keep = store.create(Release(photos=[Photo(image=shared)]))
    gone = store.create(Release(photos=[Photo(image=shared), Photo(image=own)]))
    # Photos only just added survive a purge for a day; make these look old.
    store._conn.execute("UPDATE media SET added_at = 0")
    store.trash(gone)
    store.purge(gone)
    assert store.get_media(shared) == jpeg
    with pytest.raises(MediaError):
        store.get_media(own)
    assert store.get(keep).release.photos[0].image == shared


def test_profile_round_trip(store: DraftStore, profile: Profile) -> None:
    assert store.get_profile() == Profile()
    store.save_profile(profile)
    assert store.get_profile() == profile


def test_store_survives_reopening(store_file: Path, release: Release) -> None:
    with DraftStore(store_file, auto_backup=False) as first:
        draft_id = first.create(release)
        first.save(draft_id, release.model_copy(update={"sections": [Section(body="yeni")]}))
    with DraftStore(store_file, auto_backup=False) as again:
        assert again.get(draft_id).revision == 2
        assert again.get(draft_id).release.sections[0].body == "yeni"


def test_data_folder_comes_from_osbpress_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OSBPRESS_HOME", str(tmp_path / "tasinabilir"))
    with DraftStore(auto_backup=False) as store:
        assert store.path == tmp_path / "tasinabilir" / "taslaklar.sqlite3"
        assert store.path.is_file()


def test_a_photo_with_too_many_pixels_is_refused(store: DraftStore) -> None:
    # Few bytes, 64 megapixels: the renderers could not decode it within reason.
    huge = image_bytes("PNG", colour="white", size=(8000, 8000))
    with pytest.raises(MediaError, match="megapiksel"):
        store.put_media(huge, "dev.png")


def test_a_damaged_revision_row_is_reported_not_trusted(
    store: DraftStore, release: Release
) -> None:
    draft_id = store.create(release)
    store._conn.execute("UPDATE revisions SET body = x'00112233'")
    with pytest.raises(StoreError, match=r"1\. sürümü bozuk"):
        store.get(draft_id)


def test_a_data_folder_that_cannot_be_made_is_named(tmp_path: Path) -> None:
    blocker = tmp_path / "dosya"
    blocker.write_text("klasör değil", encoding="utf-8")
    with pytest.raises(StoreError, match="Taslak klasörü oluşturulamadı"):
        DraftStore(blocker / "alt" / "taslaklar.sqlite3")


def test_a_named_save_names_the_new_revision_or_the_unchanged_head(tmp_path: Path) -> None:
    from osbpress.sample import sample_release

    with DraftStore(tmp_path / "s.sqlite3", auto_backup=False) as store:
        draft_id = store.create(sample_release())
        changed = sample_release().model_copy(update={"headline": "Adlı sürüm"})
        assert store.save(draft_id, changed, base_revision=1, note="Basına giden") == 2
        assert store.save(draft_id, changed, base_revision=2, note="Onaylandı") == 2
        notes = {r.number: r.note for r in store.revisions(draft_id)}
    assert notes[2] == "Onaylandı"


def test_a_label_stands_in_for_an_empty_headline_in_lists(tmp_path: Path) -> None:
    from osbpress.sample import sample_release

    with DraftStore(tmp_path / "s.sqlite3", auto_backup=False) as store:
        untitled = sample_release()
        assert untitled.headline == ""
        draft_id = store.create(untitled, label="JICA Heyeti OSB’de")
        assert store.list()[0].headline == "JICA Heyeti OSB’de"
        event = untitled.event.model_copy(update={"place": "Yönetim binası"})
        edited = untitled.model_copy(update={"event": event})
        store.save(draft_id, edited, base_revision=1, label="Önerilen yeni başlık")
        assert store.list()[0].headline == "Önerilen yeni başlık"
        titled = edited.model_copy(update={"headline": "Elle yazılan"})
        store.save(draft_id, titled, base_revision=2, label="Önerilen yeni başlık")
        assert store.list()[0].headline == "Elle yazılan"  # the officer's own wins
        copy = store.duplicate(draft_id)
        assert store.get(copy).release.headline == "Elle yazılan"
        assert store.restore_revision(draft_id, 2) == 4
        summary = next(s for s in store.list() if s.id == draft_id)
        assert summary.headline == "Önerilen yeni başlık"
        assert store.get(draft_id).release.headline == ""  # the label never enters the draft
