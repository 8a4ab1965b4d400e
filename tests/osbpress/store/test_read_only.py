"""A data folder that cannot be written: drafts still read, saving says why, in Turkish.

The folder is made read-only for real (``chmod``). Root ignores permission
bits, so when the tests run as root the scenario runs in a child process as
the unprivileged ``nobody`` user (through ``setpriv``), in a folder that
user can reach; without ``setpriv`` the tests are skipped with that reason.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

import osbpress
from osbpress.model import Photo, Release
from osbpress.store import DraftStore
from tests.osbpress.store.conftest import image_bytes

ROOT = Path(osbpress.__file__).resolve().parent.parent
NOBODY = 65534
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
SETPRIV = shutil.which("setpriv")

pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions"),
    pytest.mark.skipif(
        AS_ROOT and SETPRIV is None,
        reason="running as root (chmod has no effect) and no setpriv to drop to another user",
    ),
]

SCENARIO = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from osbpress.errors import StoreError
    from osbpress.model import Release
    from osbpress.store import DraftStore

    path, draft_id, ref = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    with DraftStore(path) as store:
        print("LIST", [d.headline for d in store.list()])
        print("GET", store.get(draft_id).release.headline)
        print("MEDIA", len(store.get_media(ref)))
        try:
            store.save(draft_id, Release(headline="Yeni"))
            print("SAVED")
        except StoreError as error:
            print("REFUSED", error)
    """
)


@pytest.fixture
def folder() -> Iterator[Path]:
    """A data folder the unprivileged user can reach (tmp_path's parents are private)."""
    made = Path(tempfile.mkdtemp(prefix="osbpress-ro-"))
    made.chmod(0o755)
    yield made
    for path in (made, *made.rglob("*")):
        if path.is_dir():
            path.chmod(0o755)
    shutil.rmtree(made)


def _seed(store_file: Path) -> tuple[str, str]:
    with DraftStore(store_file, auto_backup=False) as store:
        ref = store.put_media(image_bytes(), "foto.jpg")
        draft_id = store.create(Release(headline="Okunur", photos=[Photo(image=ref)]))
    return draft_id, ref


def _run(store_file: Path, draft_id: str, ref: str) -> str:
    command = [sys.executable, "-c", SCENARIO, str(store_file), draft_id, ref]
    if AS_ROOT:
        assert SETPRIV is not None
        command = [SETPRIV, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", *command]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"}
    run = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
    assert run.returncode == 0, run.stderr
    return run.stdout


def _listing(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_size for p in folder.iterdir()}


def test_a_read_only_folder_still_lists_and_reads(folder: Path) -> None:
    store_file = folder / "taslaklar.sqlite3"
    draft_id, ref = _seed(store_file)
    if AS_ROOT:
        store_file.chmod(0o644)  # owned by root: nobody may read, not write
    before = _listing(folder)
    folder.chmod(0o555)
    out = _run(store_file, draft_id, ref)
    folder.chmod(0o755)
    assert "LIST ['Okunur']" in out and "GET Okunur" in out and "MEDIA" in out
    assert "SAVED" not in out
    assert "REFUSED Taslak kaydedilemedi: taslak deposu yalnızca okunabiliyor" in out
    assert f"“{folder}” klasörüne yazma izniniz yok" in out
    assert _listing(folder) == before  # no log, no backup folder, nothing changed


def test_a_stale_read_only_shm_is_named_as_the_culprit(folder: Path) -> None:
    store_file = folder / "taslaklar.sqlite3"
    draft_id, ref = _seed(store_file)
    shm = store_file.with_name(store_file.name + "-shm")
    shm.write_bytes(b"\0" * 32768)  # left behind by another user's session
    shm.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    if AS_ROOT:  # the folder and database are the user's own; only the -shm is root's
        os.chown(folder, NOBODY, NOBODY)
        os.chown(store_file, NOBODY, NOBODY)
    out = _run(store_file, draft_id, ref)
    assert "LIST ['Okunur']" in out and "SAVED" not in out
    refused = next(line for line in out.splitlines() if line.startswith("REFUSED"))
    assert f"“{shm}” dosyası salt okunur" in refused
    assert "dosyayı silin" in refused


def test_a_writable_store_is_not_read_only(store_file: Path) -> None:
    with DraftStore(store_file, auto_backup=False) as store:
        assert store.read_only is None
        store.create(Release(headline="Yazılır"))
