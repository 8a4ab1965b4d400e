"""An unreadable database is named, moved aside (never overwritten) and replaced; backups."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from osbpress.errors import CorruptStoreError, StoreError
from osbpress.model import Release
from osbpress.store import DraftStore, open_or_recover, recover
from osbpress.store.backup import KEEP

GARBAGE = b"Bu bir veritabani degil, bir not dosyasi.\n" * 200


def test_non_sqlite_file_is_refused_with_its_name_and_left_alone(store_file: Path) -> None:
    store_file.parent.mkdir(parents=True)
    store_file.write_bytes(GARBAGE)
    with pytest.raises(CorruptStoreError) as caught:
        DraftStore(store_file, auto_backup=False)
    assert f"“{store_file}”" in str(caught.value)
    assert caught.value.path == store_file
    assert store_file.read_bytes() == GARBAGE


def test_another_programs_database_is_not_ours(store_file: Path) -> None:
    store_file.parent.mkdir(parents=True)
    other = sqlite3.connect(store_file)
    other.execute("CREATE TABLE kisiler (ad TEXT)")
    other.commit()
    other.close()
    with pytest.raises(CorruptStoreError, match="başka bir programın dosyası"):
        DraftStore(store_file, auto_backup=False)


def test_recovery_moves_the_file_aside_and_starts_fresh(store_file: Path) -> None:
    store_file.parent.mkdir(parents=True)
    store_file.write_bytes(GARBAGE)
    store, recovery = open_or_recover(store_file, auto_backup=False)
    with store:
        assert store.list() == []
    assert recovery is not None and recovery.restored_from is None
    assert recovery.moved_to.read_bytes() == GARBAGE
    assert recovery.moved_to.name.startswith("taslaklar.sqlite3.bozuk-")
    assert "Yeni, boş bir taslak deposu açıldı" in recovery.message


def test_recovery_restores_the_latest_backup(store_file: Path, release: Release) -> None:
    with DraftStore(store_file, auto_backup=False) as store:
        draft_id = store.create(release)
        store.backup_now()
    store_file.write_bytes(GARBAGE)  # the header is gone: not a database any more
    with pytest.raises(CorruptStoreError) as caught:
        DraftStore(store_file, auto_backup=False)
    assert len(caught.value.backups) == 1

    store, recovery = open_or_recover(store_file, auto_backup=False)
    with store:
        assert store.get(draft_id).release == release
    assert recovery is not None and recovery.restored_from == caught.value.backups[0]
    assert recovery.moved_to.read_bytes() == GARBAGE


def test_recover_skips_an_unreadable_backup(store_file: Path, tmp_path: Path) -> None:
    store_file.parent.mkdir(parents=True)
    store_file.write_bytes(GARBAGE)
    bad_backup = tmp_path / "bozuk-yedek.sqlite3"
    bad_backup.write_bytes(GARBAGE)
    recovery = recover(store_file, [bad_backup])
    assert recovery.restored_from is None
    assert "“bozuk-yedek.sqlite3” yedeği okunamadı" in recovery.message
    with DraftStore(store_file, auto_backup=False) as store:
        assert store.list() == []


def test_opening_makes_one_backup_a_day_and_keeps_the_last_seven(store_file: Path) -> None:
    with DraftStore(store_file) as store:
        assert len(store.backups()) == 1  # the automatic one made on opening
        assert store.backup_if_due() is None  # already done today
        first_day = dt.date(2026, 1, 1)
        for offset in range(10):
            assert store.backup_if_due(first_day + dt.timedelta(days=offset)) is not None
        kept = store.backups()
    assert len(kept) == KEEP
    assert kept[0].name.startswith(f"taslaklar-{dt.date.today():%Y%m%d}-")
    backup = sqlite3.connect(kept[-1])
    assert backup.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert backup.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    backup.close()


def test_restore_backup_brings_back_old_content_and_is_undoable(
    store: DraftStore, release: Release
) -> None:
    kept = store.create(release)
    snapshot = store.backup_now(dt.datetime(2026, 1, 1, 9, 0))
    later = store.create(Release(headline="Yedekten sonra"))
    store.save(kept, release.model_copy(update={"headline": "Değişti"}))

    safety = store.restore_backup(snapshot)

    assert [row.id for row in store.list()] == [kept]
    assert store.get(kept).release == release
    with DraftStore(safety.parent.parent / "geri.sqlite3", auto_backup=False) as undo:
        undo.restore_backup(safety)
        assert undo.get(later).release.headline == "Yedekten sonra"


def test_restore_backup_refuses_a_file_that_is_not_a_backup(
    store: DraftStore, tmp_path: Path, release: Release
) -> None:
    draft_id = store.create(release)
    fake = tmp_path / "sahte.sqlite3"
    fake.write_bytes(GARBAGE)
    with pytest.raises(StoreError, match="bir OSB Basın yedeği değil"):
        store.restore_backup(fake)
    assert store.get(draft_id).release == release
