"""Thumbnails: made in a worker at thumbnail size, from any owner that has a store and workers."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from pytestqt.qtbot import QtBot

from osbpress.store import DraftStore
from ui.operations import Operations
from ui.widgets.thumbnails import ThumbnailCache


@dataclass
class Source:
    """Not an editor context: only what the cache asks for."""

    operations: Operations
    store: DraftStore | None = None


def test_a_file_becomes_a_small_picture(
    qtbot: QtBot, operations: Operations, tmp_path: Path
) -> None:
    photo = tmp_path / "genis.png"
    Image.new("RGB", (1200, 400), (20, 90, 160)).save(photo)
    cache = ThumbnailCache(Source(operations))
    assert cache.thumbnail(str(photo)) is None  # being made
    with qtbot.waitSignal(cache.ready) as ready:
        pass
    assert ready.args == [str(photo)]
    picture = cache.thumbnail(str(photo))
    assert picture is not None
    assert picture.width() == ThumbnailCache.SIZE.width()
    assert picture.height() == ThumbnailCache.SIZE.width() // 3  # the shape kept


def test_a_stored_reference_waits_for_the_store(qtbot: QtBot, operations: Operations) -> None:
    cache = ThumbnailCache(Source(operations))
    ref = "sha256:" + "0" * 64
    with qtbot.assertNotEmitted(cache.ready, wait=100):
        assert cache.thumbnail(ref) is None
    assert operations.running == 0  # nothing to read it from: no work started


def test_a_relative_path_has_no_picture(qtbot: QtBot, operations: Operations) -> None:
    cache = ThumbnailCache(Source(operations))
    cache.thumbnail("foto.jpg")
    with qtbot.waitSignal(cache.ready):
        pass
    assert cache.thumbnail("foto.jpg") is None
