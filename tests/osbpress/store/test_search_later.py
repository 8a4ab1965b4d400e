"""Saving flags a draft for the search index; the next search indexes it, even after a crash."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import osbpress
from osbpress.model import Release, Section
from osbpress.store import DraftStore

ROOT = Path(osbpress.__file__).resolve().parent.parent


def _indexed_headline(store: DraftStore, draft_id: str) -> str:
    """What the search index holds for the draft's headline (folded), read from the table."""
    row = store._conn.execute(
        "SELECT s.headline FROM search s JOIN drafts d ON d.rid = s.rowid WHERE d.id = ?",
        (draft_id,),
    ).fetchone()
    return str(row[0])


def _flagged(store: DraftStore) -> int:
    return int(store._conn.execute("SELECT count(*) FROM drafts WHERE search_stale").fetchone()[0])


def test_a_save_leaves_the_index_to_the_next_search(store: DraftStore) -> None:
    draft_id = store.create(Release(headline="Kayseri Heyeti"))
    assert [row.id for row in store.search("kayseri")] == [draft_id]
    store.save(draft_id, Release(headline="Konya Heyeti"))
    assert _indexed_headline(store, draft_id) == "kayseri heyeti"  # the save did not index
    assert _flagged(store) == 1
    assert [row.id for row in store.search("KONYA")] == [draft_id]
    assert store.search("kayseri") == []
    assert _indexed_headline(store, draft_id) == "konya heyeti"
    assert _flagged(store) == 0


def test_list_and_count_with_words_see_the_latest_save(store: DraftStore) -> None:
    draft_id = store.create(Release(headline="Fuar Hazırlığı"))
    store.save(draft_id, Release(headline="Fuar Hazırlığı", spot="Stantlar Bursa’da kuruldu."))
    assert store.count("bursa") == 1
    store.save(draft_id, Release(headline="Fuar Hazırlığı", spot="Stantlar İzmir’de kuruldu."))
    assert [row.id for row in store.list(query="izmir")] == [draft_id]
    assert store.count("bursa") == 0


def test_many_saves_of_one_draft_are_indexed_once(store: DraftStore) -> None:
    draft_id = store.create(Release(headline="Taslak"))
    for number in range(20):
        store.save(draft_id, Release(headline="Taslak", spot=f"Paragraf {number}."))
    assert _flagged(store) == 1
    assert [row.id for row in store.search("taslak")] == [draft_id]
    # FTS5 keeps one document per draft, whatever happened in between.
    assert store._conn.execute("SELECT count(*) FROM search").fetchone()[0] == 1


def test_catching_up_the_index_does_not_look_like_a_change(store: DraftStore) -> None:
    draft_id = store.create(Release(headline="Denizli Ziyareti"))
    store.save(draft_id, Release(headline="Denizli Ziyareti Tamamlandı"))
    token = store.change_token()
    assert [row.id for row in store.search("tamamlandı")] == [draft_id]
    assert store.change_token() == token  # the library does not reload for it


def test_a_damaged_latest_revision_does_not_break_search(store: DraftStore) -> None:
    sound = store.create(Release(headline="Manisa Ziyareti"))
    damaged = store.create(Release(headline="Manisa Fuarı"))
    assert len(store.search("manisa")) == 2  # both first revisions are indexed
    store.save(damaged, Release(headline="Manisa Fuarı", sections=[Section(body="Yeni metin")]))
    store._conn.execute("UPDATE revisions SET body = x'00112233' WHERE n = 2")
    found = {row.id for row in store.search("manisa")}
    assert found == {sound, damaged}  # the damaged draft keeps its earlier text in the index
    assert _flagged(store) == 0  # and is not read again at every search


def test_a_save_right_before_a_crash_is_found_after_restarting(store_file: Path) -> None:
    with DraftStore(store_file, auto_backup=False) as store:
        draft_id = store.create(Release(headline="Uşak OSB"))
    # A process that saves and dies at once: no search, no close, no checkpoint.
    script = textwrap.dedent(
        f"""
        import os, signal
        from pathlib import Path
        from osbpress.model import Release
        from osbpress.store import DraftStore
        store = DraftStore(Path({str(store_file)!r}), auto_backup=False)
        store.save({draft_id!r}, Release(headline="Çorum OSB"))
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.run([sys.executable, "-c", script], env=env, timeout=60)
    assert child.returncode == -signal.SIGKILL
    with DraftStore(store_file, auto_backup=False) as store:
        assert [row.id for row in store.search("çorum")] == [draft_id]
        assert store.search("uşak") == []
