"""Damage inside a store that still opens: flipped database bytes, damaged photos, failed backups.

Each test damages a real store file the way a failing disk does (a byte
changed in a page, a photo's bytes changed in its row) and checks that
``open_or_recover(thorough=True)`` (what ``drafts recover`` runs), the daily
backup and every read of a photo notice it and say so in Turkish.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import osbpress
from osbpress.bundle import export_bundle, import_file
from osbpress.errors import MediaError, StoreError
from osbpress.model import Photo, Release
from osbpress.paths import backup_dir
from osbpress.store import DraftStore, open_or_recover
from tests.osbpress.store.conftest import image_bytes

ROOT = Path(osbpress.__file__).resolve().parent.parent


def _flip_last_byte_of(store_file: Path, table_or_index: str) -> None:
    """Change the last byte of the root page of ``table_or_index``, as a bad sector would."""
    conn = sqlite3.connect(store_file)
    root = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = ?", (table_or_index,)
    ).fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(store_file.read_bytes())
    data[root * size - 1] ^= 0x7F
    store_file.write_bytes(bytes(data))


def _checks(store_file: Path) -> tuple[str, str]:
    conn = sqlite3.connect(store_file)
    try:
        quick = conn.execute("PRAGMA quick_check").fetchone()[0]
        full = conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
    return quick, full


@pytest.fixture
def damaged(store_file: Path) -> Path:
    """A store of five drafts, closed (so all is in the main file), then a byte flipped."""
    with DraftStore(store_file, auto_backup=False) as store:
        for number in range(5):
            store.create(Release(headline=f"Taslak {number}"))
    _flip_last_byte_of(store_file, "drafts_recent")
    quick, full = _checks(store_file)
    assert quick == "ok" and full != "ok"  # the damage only a full check sees
    return store_file


def test_recover_finds_what_quick_check_misses_and_loses_nothing(damaged: Path) -> None:
    store, recovery = open_or_recover(damaged, auto_backup=False, thorough=True)
    with store:
        assert sorted(d.headline for d in store.list()) == [f"Taslak {n}" for n in range(5)]
        assert len(store.search("Taslak")) == 5
    assert recovery is not None and recovery.moved_to is not None
    assert "Bütünlük denetimi" in recovery.message and "drafts_recent" in recovery.message
    assert "kenara alındı" in recovery.message
    assert recovery.moved_to.exists()  # the damaged file is kept for hand rescue
    assert _checks(damaged) == ("ok", "ok")


def test_a_sound_store_is_reported_sound(store_file: Path) -> None:
    with DraftStore(store_file, auto_backup=False) as store:
        store.create(Release(headline="Sağlam"))
    store, recovery = open_or_recover(store_file, auto_backup=False, thorough=True)
    store.close()
    assert recovery is None


def test_damage_that_cannot_be_mended_restores_the_backup(store_file: Path) -> None:
    with DraftStore(store_file, auto_backup=False) as store:
        store.create(Release(headline="Yedekteki"))
        store.backup_now()
        store.create(Release(headline="Sonraki"))
    conn = sqlite3.connect(store_file)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'revisions'").fetchone()
    conn.close()
    data = bytearray(store_file.read_bytes())
    data[(root[0] - 1) * 4096] = 0x00  # not a page type at all: the table cannot be read
    store_file.write_bytes(bytes(data))

    store, recovery = open_or_recover(store_file, auto_backup=False, thorough=True)
    with store:
        assert [d.headline for d in store.list()] == ["Yedekteki"]
    assert recovery is not None and recovery.restored_from is not None
    assert recovery.moved_to is not None and recovery.moved_to.exists()
    assert "yedeği geri yüklendi" in recovery.message


def test_a_backup_of_a_damaged_store_is_not_kept(damaged: Path) -> None:
    with DraftStore(damaged, auto_backup=False) as store:
        with pytest.raises(StoreError, match="denetimden geçmedi") as caught:
            store.backup_now()
        assert "drafts_recent" in str(caught.value)
    assert list(backup_dir(damaged).iterdir()) == []  # neither a backup nor a .partial


def test_the_daily_backup_on_a_full_disk_leaves_nothing_and_says_so_once(
    store_file: Path,
) -> None:
    with DraftStore(store_file, auto_backup=False) as store:
        store.put_media(image_bytes("PNG", size=(400, 400)), "büyük.png")
    size = store_file.stat().st_size
    # A real write limit from the kernel: the copy fails part-way, as on a full disk.
    script = textwrap.dedent(
        f"""
        import resource, signal, sys
        from pathlib import Path
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, ({size // 2}, {size // 2}))
        from osbpress.store import DraftStore
        DraftStore(Path(sys.argv[1])).close()
        """
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for _ in range(2):
        run = subprocess.run(
            [sys.executable, "-c", script, str(store_file)],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
        assert run.returncode == 0, run.stderr
        assert run.stderr.count("Yedek alınamadı") == 1
        assert "bir sonraki açılışta yeniden denenecek" in run.stderr
        assert list(backup_dir(store_file).glob("*")) == []  # no 0-byte .partial, ever
    with DraftStore(store_file) as store:  # room again: the next start makes it
        assert store.backup_problem is None
    assert len(list(backup_dir(store_file).glob("*.sqlite3"))) == 1


# -- photos --------------------------------------------------------------------


def _damage_photo(store_file: Path, ref: str) -> None:
    """Change one byte of a stored photo in place, leaving its hash as it was."""
    conn = sqlite3.connect(store_file, isolation_level=None)
    digest = ref.removeprefix("sha256:")
    (data,) = conn.execute("SELECT data FROM media WHERE hash = ?", (digest,)).fetchone()
    broken = bytearray(data)
    broken[len(broken) // 2] ^= 0xFF
    conn.execute("UPDATE media SET data = ? WHERE hash = ?", (bytes(broken), digest))
    conn.close()


def test_a_damaged_photo_is_named_by_file_caption_and_draft(store_file: Path) -> None:
    with DraftStore(store_file, auto_backup=False) as store:
        ref = store.put_media(image_bytes(), "IMG_1042.jpg")
        photo = Photo(image=ref, caption="Heyet fabrikayı gezdi")
        draft_id = store.create(Release(headline="JICA Ziyareti", photos=[photo]))
    _damage_photo(store_file, ref)
    with DraftStore(store_file, auto_backup=False) as store:
        with pytest.raises(MediaError) as caught:
            store.get_media(ref)
        message = str(caught.value)
        assert "“IMG_1042.jpg”" in message and "“JICA Ziyareti” taslağı" in message
        assert "Heyet fabrikayı gezdi" in message and "bozulmuş" in message
        assert "sha256" not in message
        # Nothing exports it under a new hash either.
        with pytest.raises(MediaError, match="bozulmuş"):
            export_bundle(
                store.get(draft_id).release, store.media_source(), store_file.parent / "x.osbpress"
            )
    assert not (store_file.parent / "x.osbpress").exists()


def test_recover_reports_a_damaged_photo(store_file: Path) -> None:
    with DraftStore(store_file, auto_backup=False) as store:
        ref = store.put_media(image_bytes(), "kurdele.jpg")
        store.create(Release(headline="Açılış", photos=[Photo(image=ref, caption="Kurdele")]))
    _damage_photo(store_file, ref)
    store, recovery = open_or_recover(store_file, auto_backup=False, thorough=True)
    with store:
        assert [d.headline for d in store.list()] == ["Açılış"]  # the drafts stay where they are
    assert recovery is not None and recovery.moved_to is None
    assert "“kurdele.jpg”" in recovery.message and "“Açılış” taslağı" in recovery.message


def test_an_imported_draft_keeps_its_photos_file_names(store_file: Path, tmp_path: Path) -> None:
    (tmp_path / "foto.jpg").write_bytes(image_bytes())
    draft = tmp_path / "taslak.json"
    draft.write_text(
        Release(
            headline="İçe", photos=[Photo(image="foto.jpg", caption="Tören")]
        ).model_dump_json(),
        encoding="utf-8",
    )
    with DraftStore(store_file, auto_backup=False) as store:
        draft_id = import_file(store, draft)
        ref = store.get(draft_id).release.photos[0].image
    _damage_photo(store_file, ref)
    with (
        DraftStore(store_file, auto_backup=False) as store,
        pytest.raises(MediaError, match=r"“foto\.jpg” fotoğrafı"),
    ):
        store.get_media(ref)


def test_a_sound_photo_reads_back(store_file: Path) -> None:
    with DraftStore(store_file, auto_backup=False) as store:
        data = image_bytes()
        assert store.get_media(store.put_media(data, "a.jpg")) == data


def test_a_photo_stored_by_reference_is_not_named_by_it(store_file: Path) -> None:
    with DraftStore(store_file, auto_backup=False) as store:
        data = image_bytes()
        ref = store.put_media(data, "sha256:" + "0" * 64)
        assert store._conn.execute("SELECT name FROM media").fetchone()[0] == ""
        assert store.put_media(data, "sonra.jpg") == ref  # a name arriving later is kept
        assert store._conn.execute("SELECT name FROM media").fetchone()[0] == "sonra.jpg"
