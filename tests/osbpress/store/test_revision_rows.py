"""Revision rows: what a plain save records, how small a delta is, and the exact messages.

Error messages are compared whole (``pytest.raises(match=…)`` only searches),
so a message that gained or lost words fails here.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from osbpress.errors import DraftError, StoreError
from osbpress.model import Release
from osbpress.sample import sample_release
from osbpress.store import DraftStore, codec


def _message(store: DraftStore, call: str, *args: object) -> str:
    with pytest.raises((StoreError, DraftError)) as caught:
        getattr(store, call)(*args)
    return str(caught.value)


def test_missing_drafts_and_revisions_are_named_exactly(store: DraftStore) -> None:
    assert _message(store, "get", "yok") == "“yok” kimlikli taslak bulunamadı"
    assert _message(store, "save", "yok", Release()) == "“yok” kimlikli taslak bulunamadı"
    draft_id = store.create(Release(headline="Bir"))
    assert _message(store, "get_revision", draft_id, 9) == f"“{draft_id}” taslağının 9. sürümü yok"


def test_damaged_and_invalid_revision_rows_are_named_exactly(
    store: DraftStore, store_file: Path
) -> None:
    damaged = store.create(Release(headline="Bir"))
    invalid = store.create(Release(headline="İki"))
    other = sqlite3.connect(store_file)
    row = "WHERE draft = (SELECT rid FROM drafts WHERE id = ?)"
    with other:
        other.execute(f"UPDATE revisions SET body = x'00112233' {row}", (damaged,))
        body = codec.encode(b'{"headline": 5}', None)
        other.execute(f"UPDATE revisions SET body = ? {row}", (body, invalid))
    other.close()
    assert _message(store, "get_revision", damaged, 1) == (
        f"“{damaged}” taslağının 1. sürümü bozuk, okunamadı"
    )
    assert _message(store, "get", damaged) == f"“{damaged}” taslağının 1. sürümü bozuk, okunamadı"
    assert _message(store, "restore_revision", damaged, 1) == (
        f"“{damaged}” taslağının 1. sürümü bozuk, okunamadı"
    )
    assert _message(store, "restore_revision", invalid, 1) == (
        f"“{invalid}” taslağının 1. sürümü geçersiz: Başlık: metin olmalı"
    )
    assert _message(store, "get_revision", invalid, 1) == (
        f"“{invalid}” taslağının 1. sürümü geçersiz: Başlık: metin olmalı"
    )


def test_a_plain_save_records_its_time_parent_and_no_note_or_conflict(
    store: DraftStore,
) -> None:
    before = dt.datetime.now(dt.UTC)
    draft_id = store.create(Release(headline="Bir"))
    store.save(draft_id, Release(headline="İki"))
    after = dt.datetime.now(dt.UTC)
    head, first = store.revisions(draft_id)
    assert (head.number, head.headline, head.parent, head.conflict, head.note) == (
        2,
        "İki",
        1,
        False,
        "",
    )
    assert (first.number, first.parent, first.conflict, first.note) == (1, None, False, "")
    assert before - dt.timedelta(seconds=1) <= head.saved_at <= after + dt.timedelta(seconds=1)


def test_a_revision_after_its_keyframe_stores_only_the_difference(
    store: DraftStore, store_file: Path
) -> None:
    draft_id = store.create(sample_release())
    for n in range(2, 6):
        store.save(draft_id, sample_release().model_copy(update={"headline": f"Başlık {n}"}))
    other = sqlite3.connect(store_file)
    sizes = dict(other.execute("SELECT n, length(body) FROM revisions").fetchall())
    other.close()
    # Compressed against revision 1's text, a one-line change takes a fraction of it.
    assert all(sizes[n] * 4 < sizes[1] for n in range(2, 6)), sizes


def test_saving_over_a_damaged_keyframe_names_it(store: DraftStore, store_file: Path) -> None:
    draft_id = store.create(Release(headline="Bir"))
    other = sqlite3.connect(store_file)
    with other:
        other.execute("UPDATE revisions SET body = x'00112233' WHERE n = 1")
    other.close()
    assert _message(store, "save", draft_id, Release(headline="İki")) == (
        f"“{draft_id}” taslağının 1. sürümü bozuk, okunamadı"
    )
