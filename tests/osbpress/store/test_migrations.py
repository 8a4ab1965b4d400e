"""Old database files are upgraded in place through PRAGMA user_version; newer ones refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from osbpress.errors import StoreError
from osbpress.model import Release
from osbpress.store import DraftStore, codec
from osbpress.store.schema import APPLICATION_ID, LATEST, MIGRATIONS


def _version_one_file(path: Path, release: Release) -> None:
    """A database as the first release of the store wrote it: no search index yet."""
    path.parent.mkdir(parents=True)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    MIGRATIONS[0](conn)
    conn.execute("PRAGMA user_version = 1")
    text = codec.dump(release)
    conn.execute(
        "INSERT INTO drafts (rid, id, kind, headline, release_date, created_at, updated_at,"
        " head, head_digest) VALUES (1, 'eski1', ?, ?, ?, 0, 0, 1, ?)",
        (release.kind, release.headline, release.release_date.isoformat(), codec.digest(text)),
    )
    conn.execute(
        "INSERT INTO revisions (draft, n, saved_at, headline, body) VALUES (1, 1, 0, ?, ?)",
        (release.headline, codec.encode(text, None)),
    )
    conn.close()


def test_version_one_file_is_upgraded_and_its_drafts_become_searchable(
    store_file: Path,
) -> None:
    release = Release(headline="Iğdır OSB’de Eski Bir Taslak")
    _version_one_file(store_file, release)
    with DraftStore(store_file, auto_backup=False) as store:
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
        assert store.get("eski1").release == release
        assert [row.id for row in store.search("ığdır")] == ["eski1"]
        assert store.save("eski1", Release(headline="Yeni")) == 2


def test_a_file_from_a_newer_program_is_refused_untouched(store_file: Path) -> None:
    store_file.parent.mkdir(parents=True)
    conn = sqlite3.connect(store_file)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.close()
    before = store_file.read_bytes()
    with pytest.raises(StoreError, match="daha yeni bir OSB Basın sürümüyle"):
        DraftStore(store_file, auto_backup=False)
    assert store_file.read_bytes() == before


def test_a_failed_migration_leaves_the_file_as_it_was(
    store_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _version_one_file(store_file, Release(headline="Dokunulmayacak"))

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE yarim (x)")
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr("osbpress.store.schema.MIGRATIONS", (MIGRATIONS[0], broken))
    with pytest.raises(StoreError):
        DraftStore(store_file, auto_backup=False)
    conn = sqlite3.connect(store_file)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert "yarim" not in tables and "search" not in tables
    conn.close()
