"""Nothing committed is ever lost: killed processes, two writers at once, a full disk."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import osbpress
from osbpress.errors import StoreError
from osbpress.model import Release, Section
from osbpress.store import DraftStore

SAVER = Path(__file__).with_name("saver.py")
ROOT = Path(osbpress.__file__).resolve().parent.parent


def _spawn(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, str(SAVER), *args], stdout=subprocess.PIPE, text=True, env=env
    )


def _kill_during_saves(store_file: Path, draft_id: str, rounds: int) -> None:
    rng = random.Random(20241124)
    for _ in range(rounds):
        with _spawn(str(store_file), draft_id) as child:  # closes the pipe, waits
            assert child.stdout is not None
            child.stdout.readline()  # the store is open; saving starts now
            time.sleep(rng.uniform(0.0, 0.15))
            child.send_signal(signal.SIGKILL)
            lines = child.stdout.read().split()
        assert child.returncode == -signal.SIGKILL
        last_revision = int(lines[-2]) if len(lines) >= 2 else 0
        last_counter = int(lines[-1]) if lines else 0

        check = sqlite3.connect(store_file)
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        check.close()
        with DraftStore(store_file, auto_backup=False) as store:
            head = store.get(draft_id)  # the head always reads back whole
            assert head.revision >= last_revision
            if last_counter:
                saved = store.get_revision(draft_id, last_revision)
                assert saved.headline == f"Kayıt {last_counter}"


@pytest.fixture
def draft_id(store_file: Path) -> str:
    with DraftStore(store_file, auto_backup=False) as store:
        return store.create(Release(headline="Başlangıç"))


def test_killed_while_saving_loses_no_committed_revision(store_file: Path, draft_id: str) -> None:
    _kill_during_saves(store_file, draft_id, rounds=8)


@pytest.mark.slow
def test_killed_while_saving_200_times(store_file: Path, draft_id: str) -> None:
    _kill_during_saves(store_file, draft_id, rounds=200)


def test_two_processes_saving_different_drafts_both_succeed(store_file: Path) -> None:
    with DraftStore(store_file, auto_backup=False) as store:
        ids = [store.create(Release(headline=name)) for name in ("Birinci", "İkinci")]
    start_at = str(time.time() + 1.0)  # both begin together, after their imports
    children = [_spawn(str(store_file), draft_id, start_at, "25") for draft_id in ids]
    outputs = [child.communicate(timeout=120)[0] for child in children]
    assert [child.returncode for child in children] == [0, 0]
    with DraftStore(store_file, auto_backup=False) as store:
        for draft_id, output in zip(ids, outputs, strict=True):
            assert output.split()[-2:] == ["26", "25"]
            assert store.get(draft_id).revision == 26
            assert store.get(draft_id).release.headline == "Kayıt 25"


def test_full_disk_fails_the_save_and_keeps_the_previous_revision(
    store: DraftStore, release: Release
) -> None:
    draft_id = store.create(release)
    conn = store._conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    # SQLite refuses to grow the file past max_page_count exactly as on a full disk (SQLITE_FULL).
    conn.execute(f"PRAGMA max_page_count = {pages}")
    # Text zlib cannot shrink much, so the revision itself needs new pages.
    noise = random.Random(5).randbytes(150_000).hex()
    big = release.model_copy(update={"sections": [Section(body=noise)]})
    with pytest.raises(StoreError, match="disk dolu") as caught:
        store.save(draft_id, big)
    assert "Son kaydedilen sürüm yerinde duruyor" in str(caught.value)
    assert store.get(draft_id).revision == 1
    assert store.get(draft_id).release == release
    assert len(store.revisions(draft_id)) == 1
    conn.execute("PRAGMA max_page_count = 1073741823")
    assert store.save(draft_id, big) == 2
    check = conn.execute("PRAGMA integrity_check").fetchone()[0]
    assert check == "ok"


def test_the_log_is_checkpointed_off_the_saving_thread(
    store_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("osbpress.store.checkpoint.EVERY", 8)
    with DraftStore(store_file, auto_backup=False) as store:
        draft_id = store.create(Release(headline="Günlük"))
        for number in range(24):
            store.save(draft_id, Release(headline=f"Sürüm {number}"))
        store._checkpointer.close()  # waits for the thread's last checkpoint
        # The database file alone, without its log, now holds every save.
        alone = tmp_path / "yalniz.sqlite3"
        shutil.copyfile(store_file, alone)
        copy = sqlite3.connect(alone)
        assert copy.execute("SELECT head FROM drafts").fetchone() == (25,)
        copy.close()


def test_under_steady_saving_the_log_is_reused_not_grown(
    store_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A log that only grows makes every save's sync wait for a file system journal commit.
    monkeypatch.setattr("osbpress.store.checkpoint.EVERY", 8)
    log = store_file.with_name(store_file.name + "-wal")
    with DraftStore(store_file, auto_backup=False) as store:
        draft_id = store.create(Release(headline="Günlük"))
        sizes = []
        for number in range(400):
            store.save(draft_id, Release(headline=f"Sürüm {number}"))
            sizes.append(log.stat().st_size)
    # Never restarted, the log would hold all 400 saves; reused, it stays at a few
    # checkpoints' worth (its size is the most it ever held). The margin, a quarter
    # of the saves, leaves room for a checkpoint thread that lags on a loaded machine
    # (it once fell ~30 saves behind, which a 1.5x-since-save-200 bound called growth).
    per_save = sizes[7] / 8  # before the first checkpoint
    assert sizes[-1] < 100 * per_save, f"{sizes[-1]} bytes, {per_save:.0f} per save"
