"""Two windows on one store see each other's saves; the daily backup never blocks a window."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from pathlib import Path

import pytest

from osbpress.errors import StoreError
from osbpress.model import Release
from osbpress.store import DraftStore, backup_if_due


def test_each_store_sees_the_others_commits_move_its_token(store_file: Path) -> None:
    with (
        DraftStore(store_file, auto_backup=False) as first,
        DraftStore(store_file, auto_backup=False) as second,
    ):
        mine, theirs = first.change_token(), second.change_token()
        assert first.change_token() == mine  # nothing happened: no refresh
        draft = first.create(Release(headline="Birinci pencere"))
        assert first.change_token() != mine  # its own write
        assert second.change_token() != theirs  # the other window's write
        mine, theirs = first.change_token(), second.change_token()
        second.save(draft, Release(headline="İkinci pencere"))
        assert first.change_token() != mine
        assert first.list()[0].headline == "İkinci pencere"
        mine = first.change_token()
        first.list()
        first.get(draft)
        assert first.change_token() == mine  # reading changes nothing


def test_a_write_from_another_process_moves_the_token(store_file: Path) -> None:
    with DraftStore(store_file, auto_backup=False) as store:
        before = store.change_token()
        other = sqlite3.connect(store_file, isolation_level=None)
        other.execute("INSERT INTO meta (key, value) VALUES ('x', 'y')")
        other.close()
        assert store.change_token() != before


def test_backup_runs_on_its_own_connection_while_the_store_serves(store_file: Path) -> None:
    with DraftStore(store_file, auto_backup=False) as store:
        store.create(Release(headline="Yedeklenecek"))
        assert store.backups() == []
        made: list[Path | None] = []
        # Hold the store's lock as a long list() would: the backup must not need it.
        with store._lock:
            worker = threading.Thread(target=lambda: made.append(backup_if_due(store_file)))
            worker.start()
            worker.join(timeout=30)
            assert not worker.is_alive()
        assert made[0] is not None and store.backups() == [made[0]]
        assert backup_if_due(store_file) is None  # one a day
        copy = sqlite3.connect(made[0])
        assert copy.execute("SELECT headline FROM drafts").fetchone()[0] == "Yedeklenecek"
        copy.close()
        assert store.backup_if_due(dt.date(2030, 1, 2)) is not None  # the method shares it


def test_backup_of_a_missing_or_foreign_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="bulunamadı"):
        backup_if_due(tmp_path / "yok.sqlite3")
    assert not (tmp_path / "yok.sqlite3").exists()
    foreign = tmp_path / "baska.sqlite3"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(StoreError, match="taslak deposu değil"):
        backup_if_due(foreign)
