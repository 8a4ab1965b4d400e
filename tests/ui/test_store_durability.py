"""The store the app opens is set for durability: WAL and ``synchronous = FULL``, read back.

A kill -9 cannot show a lost fsync (the operating system still writes the
page cache out), so the settings themselves are read back from the
connection the app saves through: on a new file, on a reopened one, and on
the fresh file that replaces an unreadable one. ``synchronous`` belongs to
the connection, so it is read on the store's own; no accessor exists for
that connection, on purpose, so this test reads the private attribute.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from osbpress.store import DraftStore
from ui.startup import open_store

FULL = 2  # PRAGMA synchronous: 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA


def _settings(store: DraftStore) -> tuple[str, int]:
    conn: sqlite3.Connection = store._conn
    journal = conn.execute("PRAGMA journal_mode").fetchone()[0]
    synchronous = conn.execute("PRAGMA synchronous").fetchone()[0]
    return journal, synchronous


@pytest.mark.parametrize("existing", ["none", "ours", "garbage"])
def test_the_store_the_app_opens_is_wal_and_synchronous_full(tmp_path: Path, existing: str) -> None:
    path = tmp_path / "taslaklar.sqlite3"
    if existing == "ours":
        DraftStore(path, auto_backup=False).close()
    elif existing == "garbage":
        path.write_bytes(b"bir not dosyasi\n" * 300)
    opened = open_store(path)
    try:
        assert (opened.recovery is not None) == (existing == "garbage")
        assert _settings(opened.store) == ("wal", FULL)
        # The file itself says WAL to every other connection too.
        other = sqlite3.connect(path)
        try:
            assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        finally:
            other.close()
    finally:
        opened.store.close()
