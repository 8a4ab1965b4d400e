"""Each store operation that fails says which one it was, in Turkish, first.

The officer reads "Taslak silinemedi: …", not a bare SQLite error. A store
whose connection is gone (closed under the caller) makes every operation
fail for real; each must name itself.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from osbpress.errors import StoreError
from osbpress.model import Release
from osbpress.store import DraftStore

OPERATIONS: dict[str, tuple[Callable[[DraftStore, str], object], str]] = {
    "create": (lambda s, i: s.create(Release()), "Yeni taslak kaydedilemedi"),
    "save": (lambda s, i: s.save(i, Release(headline="x")), "Taslak kaydedilemedi"),
    "get": (lambda s, i: s.get(i), "Taslak okunamadı"),
    "duplicate": (lambda s, i: s.duplicate(i), "Taslak okunamadı"),
    "trash": (lambda s, i: s.trash(i), "Taslak güncellenemedi"),
    "restore": (lambda s, i: s.restore(i), "Taslak güncellenemedi"),
    "purge": (lambda s, i: s.purge(i), "Taslak silinemedi"),
    "revisions": (lambda s, i: s.revisions(i), "Sürümler okunamadı"),
    "get_revision": (lambda s, i: s.get_revision(i, 1), "Sürüm okunamadı"),
    "restore_revision": (lambda s, i: s.restore_revision(i, 1), "Sürüm geri yüklenemedi"),
    "search": (lambda s, i: s.search("bir"), "Arama yapılamadı"),
    "list": (lambda s, i: s.list(), "Taslak listesi okunamadı"),
    "list_query": (lambda s, i: s.list(query="bir"), "Arama yapılamadı"),
    "count": (lambda s, i: s.count(), "Taslaklar sayılamadı"),
    "count_query": (lambda s, i: s.count(query="bir"), "Arama yapılamadı"),
    "completions": (lambda s, i: s.completions("name"), "Öneriler okunamadı"),
}


@pytest.mark.parametrize("name", OPERATIONS)
def test_a_failed_operation_names_itself(store_file: Path, name: str) -> None:
    operation, action = OPERATIONS[name]
    store = DraftStore(store_file, auto_backup=False)
    draft_id = store.create(Release(headline="Bir"))
    store.close()
    with pytest.raises(StoreError) as caught:
        operation(store, draft_id)
    assert str(caught.value).startswith(f"{action}: veritabanı hatası")
