"""``osbpress drafts recover`` runs the full integrity check: damage that the quick check
misses is found and mended through the CLI, never called sound."""

from __future__ import annotations

import pytest

from osbpress.cli import main
from osbpress.model import Release
from osbpress.paths import store_path
from osbpress.store import DraftStore
from tests.osbpress.store.test_integrity import _checks, _flip_last_byte_of


def test_recover_mends_an_index_page_the_quick_check_calls_sound(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with DraftStore(store_path(), auto_backup=False) as store:
        for number in range(5):
            store.create(Release(headline=f"Taslak {number}"))
    _flip_last_byte_of(store_path(), "drafts_recent")
    assert _checks(store_path())[0] == "ok"

    assert main(["drafts", "recover", "--no-backup"]) == 0
    out = capsys.readouterr().out
    assert "sağlam" not in out and "Bütünlük denetimi" in out
    assert _checks(store_path()) == ("ok", "ok")
    with DraftStore(store_path(), auto_backup=False) as store:
        assert len(store.list()) == 5
