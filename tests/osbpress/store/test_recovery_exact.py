"""Recovery, pinned exactly: names of moved files, companions, messages, backups made or not.

``test_recovery.py`` tells the story; these check the details a changed
line would spoil: the timestamped name and its serial, every companion
moved beside it, each message word for word, the "(ve N sorun daha)" tail
after five problems, and when opening makes the day's backup.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from pathlib import Path

import pytest

from osbpress.errors import StoreError
from osbpress.model import Photo, Release
from osbpress.store import DraftStore, open_or_recover, recover
from osbpress.store.recovery import move_aside
from tests.osbpress.store.conftest import image_bytes
from tests.osbpress.store.test_integrity import _damage_photo, _flip_last_byte_of


def test_moved_aside_with_a_timestamp_a_serial_and_every_companion(tmp_path: Path) -> None:
    path = tmp_path / "t.sqlite3"
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).write_bytes(b"x")
    first = move_aside(path)
    assert re.fullmatch(r"t\.sqlite3\.bozuk-\d{8}-\d{6}", first.name)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        first.name + suffix for suffix in ("", "-journal", "-shm", "-wal")
    ]
    path.write_bytes(b"y")
    second = move_aside(path)
    path.write_bytes(b"z")
    third = move_aside(path)
    # Within the same second the serial counts up from 2; nothing is overwritten.
    if third.name.startswith(first.name):  # all three in one second (nearly always)
        assert (second.name, third.name) == (first.name + "-2", first.name + "-3")
    assert {first.read_bytes(), second.read_bytes(), third.read_bytes()} == {b"x", b"y", b"z"}
    assert not path.exists()


def test_a_file_that_cannot_be_moved_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "yok.sqlite3"
    with pytest.raises(StoreError) as caught:
        move_aside(missing)
    assert str(caught.value) == (
        f"“{missing}” kenara alınamadı: No such file or directory; "
        "dosyayı elle taşıyıp yeniden deneyin"
    )


def test_recovery_messages_word_for_word(tmp_path: Path) -> None:
    path = tmp_path / "t.sqlite3"
    path.write_bytes(b"z" * 100)
    bad = tmp_path / "bozuk-yedek.sqlite3"
    bad.write_bytes(b"q" * 100)
    empty = recover(path, [bad])
    assert empty.moved_to is not None and empty.restored_from is None
    assert empty.message == (
        f"“{path}” okunamadı; dosya “{empty.moved_to.name}” adıyla kenara alındı. "
        "“bozuk-yedek.sqlite3” yedeği okunamadı. Yeni, boş bir taslak deposu açıldı."
    )
    assert bad.read_bytes() == b"q" * 100 and not path.exists()

    good = tmp_path / "iyi-yedek.sqlite3"
    with DraftStore(good, auto_backup=False) as store:
        store.create(Release(headline="Yedekteki"))
    path.write_bytes(b"z" * 100)
    restored = recover(path, [bad, good])
    assert restored.moved_to is not None and restored.restored_from == good
    assert restored.message == (
        f"“{path}” okunamadı; dosya “{restored.moved_to.name}” adıyla kenara alındı. "
        "“bozuk-yedek.sqlite3” yedeği okunamadı. “iyi-yedek.sqlite3” yedeği geri yüklendi; "
        "yedekten sonraki değişiklikler kenara alınan dosyada duruyor."
    )
    with DraftStore(path, auto_backup=False) as store:
        assert [d.headline for d in store.list()] == ["Yedekteki"]


def test_more_than_five_damaged_photos_are_counted_not_listed(store_file: Path) -> None:
    refs = []
    with DraftStore(store_file, auto_backup=False) as store:
        for n in range(7):
            refs.append(store.put_media(image_bytes(colour=f"#{n}0{n}0{n}0"), f"f{n}.jpg"))
        store.create(Release(headline="Galeri", photos=[Photo(image=r) for r in refs]))
    for ref in refs:
        _damage_photo(store_file, ref)
    store, recovery = open_or_recover(store_file, auto_backup=False, thorough=True)
    store.close()
    assert recovery is not None and recovery.moved_to is None
    assert recovery.message.startswith("Taslak deposu açılıyor, ancak bazı fotoğraflar bozulmuş: ")
    assert recovery.message.count("bozulmuş") == 6  # the sentence's own and five listed
    assert recovery.message.endswith(
        " (ve 2 sorun daha). Bu fotoğrafları dosyalarından yeniden ekleyin ya da bozulmadan "
        "önceki bir yedeği geri yükleyin."
    )


@pytest.mark.parametrize("thorough", [False, True])
def test_opening_makes_the_days_backup_unless_told_not_to(store_file: Path, thorough: bool) -> None:
    DraftStore(store_file, auto_backup=False).close()
    store, recovery = open_or_recover(store_file, auto_backup=False, thorough=thorough)
    with store:
        assert recovery is None and store.backups() == []
    store, recovery = open_or_recover(store_file, thorough=thorough)
    with store:
        assert recovery is None and len(store.backups()) == 1
        assert store.path == store_file


def test_without_a_path_the_default_store_is_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OSBPRESS_HOME", str(tmp_path / "ev"))
    store, recovery = open_or_recover(auto_backup=False)
    with store:
        assert recovery is None and store.path.is_relative_to(tmp_path / "ev")


def test_a_garbage_file_without_backups_asked_for_starts_empty_and_is_backed_up(
    store_file: Path,
) -> None:
    with DraftStore(store_file, auto_backup=False) as store:
        store.create(Release(headline="Yedekteki"))
        store.backup_now(dt.datetime.now() - dt.timedelta(days=1))  # yesterday's
    store_file.write_bytes(b"bir not dosyasi\n" * 300)
    store, recovery = open_or_recover(store_file, use_backup=False)
    with store:
        assert recovery is not None and recovery.restored_from is None
        assert store.list() == []
        # The new store gets today's backup like any opened store; yesterday's stays.
        assert len(store.backups()) == 2


def _damaged_photos(store_file: Path, count: int) -> str:
    refs = []
    with DraftStore(store_file, auto_backup=False) as store:
        for n in range(count):
            refs.append(store.put_media(image_bytes(colour=f"#{n}0{n}0{n}0"), f"f{n}.jpg"))
        store.create(Release(headline="Galeri", photos=[Photo(image=r) for r in refs]))
    for ref in refs:
        _damage_photo(store_file, ref)
    store, recovery = open_or_recover(store_file, auto_backup=False, thorough=True)
    store.close()
    assert recovery is not None and recovery.moved_to is None
    return recovery.message


def _photo(n: int) -> str:
    return f"“f{n}.jpg” fotoğrafı (“Galeri” taslağı) bozulmuş"


@pytest.mark.parametrize(("count", "tail"), [(1, ""), (5, ""), (6, " (ve 1 sorun daha)")])
def test_damaged_photos_are_listed_up_to_five_then_counted(
    store_file: Path, count: int, tail: str
) -> None:
    message = _damaged_photos(store_file, count)
    found = message.removeprefix("Taslak deposu açılıyor, ancak bazı fotoğraflar bozulmuş: ")
    found = found.removesuffix(
        ". Bu fotoğrafları dosyalarından yeniden ekleyin ya da bozulmadan önceki bir yedeği "
        "geri yükleyin."
    )
    assert found.endswith("bozulmuş" + tail)
    listed = found.removesuffix(tail).split("; ")
    assert len(set(listed)) == min(count, 5)
    assert set(listed) <= {_photo(n) for n in range(count)}


def test_a_mended_file_is_named_with_its_damage_and_where_it_went(store_file: Path) -> None:
    with DraftStore(store_file, auto_backup=False) as store:
        for number in range(5):
            store.create(Release(headline=f"Taslak {number}"))
    _flip_last_byte_of(store_file, "drafts_recent")
    store, recovery = open_or_recover(store_file, auto_backup=False, thorough=True)
    store.close()
    assert recovery is not None and recovery.moved_to is not None
    assert recovery.message.startswith(
        f"Bütünlük denetimi “{store_file}” içinde hata buldu (veritabanı: "
    )
    assert recovery.message.endswith(
        f"). Dosya “{recovery.moved_to.name}” adıyla kenara alındı; okunabilen bütün "
        "taslaklar yeni bir dosyaya aktarıldı ve yeni dosya denetimden geçti."
    )


def test_recovery_backs_up_only_when_asked(store_file: Path) -> None:
    store_file.parent.mkdir(parents=True, exist_ok=True)
    store_file.write_bytes(b"bir not dosyasi\n" * 300)
    store, recovery = open_or_recover(store_file, auto_backup=False)
    with store:
        assert recovery is not None and store.backups() == []
    with DraftStore(store_file, auto_backup=False) as store:
        for number in range(5):
            store.create(Release(headline=f"Taslak {number}"))
    _flip_last_byte_of(store_file, "drafts_recent")
    store, recovery = open_or_recover(store_file, auto_backup=False, thorough=True)
    with store:
        assert recovery is not None and recovery.moved_to is not None
        assert store.backups() == []


def test_a_damaged_photo_is_only_looked_for_when_asked(store_file: Path) -> None:
    with DraftStore(store_file, auto_backup=False) as store:
        ref = store.put_media(image_bytes(), "f.jpg")
        store.create(Release(headline="Galeri", photos=[Photo(image=ref)]))
    _damage_photo(store_file, ref)
    store, recovery = open_or_recover(store_file, auto_backup=False)  # at every start: quick
    store.close()
    assert recovery is None


def test_unmendable_damage_without_backups_asked_for_starts_empty(store_file: Path) -> None:
    with DraftStore(store_file, auto_backup=False) as store:
        store.create(Release(headline="Yedekteki"))
        store.backup_now()
        store.create(Release(headline="Sonraki"))
    _break_revisions_table(store_file)
    store, recovery = open_or_recover(
        store_file, auto_backup=False, thorough=True, use_backup=False
    )
    with store:
        assert store.list() == []
    assert recovery is not None and recovery.restored_from is None
    assert recovery.message.endswith("Yeni, boş bir taslak deposu açıldı.")


def _break_revisions_table(store_file: Path) -> None:
    """Make the revisions table unreadable, past what a salvage can copy."""
    conn = sqlite3.connect(store_file)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'revisions'").fetchone()
    conn.close()
    data = bytearray(store_file.read_bytes())
    data[(root[0] - 1) * 4096] = 0x00
    store_file.write_bytes(bytes(data))


def test_a_mended_store_gets_the_days_backup_by_default(store_file: Path) -> None:
    with DraftStore(store_file, auto_backup=False) as store:
        for number in range(5):
            store.create(Release(headline=f"Taslak {number}"))
    _flip_last_byte_of(store_file, "drafts_recent")
    store, recovery = open_or_recover(store_file, thorough=True)
    with store:
        assert recovery is not None and recovery.moved_to is not None
        assert len(store.backups()) == 1  # of the mended file, made only after the check
