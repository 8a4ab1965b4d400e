"""The "Fotoğraflar" page: adding by drop and by the dialog's paths, refusals, thumbnails."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPixmap
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from osbpress.errors import MediaError
from osbpress.media import parse_ref
from osbpress.model import Photo, Release
from osbpress.store import DraftStore
from tests.ui.forms.showing import shown_page
from tests.ui.keyboard import type_text
from ui.context import AppContext
from ui.forms.photos import PhotosPage, image_filter
from ui.operations import Operations

RED = (200, 30, 30)


def make_page(qtbot: QtBot, context: AppContext, release: Release) -> PhotosPage:
    return shown_page(qtbot, PhotosPage, context, release)


@pytest.fixture
def page(qtbot: QtBot, context: AppContext, release: Release) -> PhotosPage:
    return make_page(qtbot, context, release)


@pytest.fixture
def png(tmp_path: Path) -> Path:
    path = tmp_path / "kırmızı.png"
    Image.new("RGB", (640, 480), RED).save(path)
    return path


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    path = tmp_path / "x.jpg"
    path.write_bytes(os.urandom(4096))
    return path


def drop(page: PhotosPage, *paths: Path) -> bool:
    """Drag ``paths`` over the page and drop them, as a file manager would; True if taken."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    enter = QDragEnterEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(page, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(page, event)
    return event.isAccepted()


def engine_message(store: DraftStore, path: Path) -> str:
    with pytest.raises(MediaError) as refused:
        store.put_media(path.read_bytes(), path.name)
    return str(refused.value)


def decoration(page: PhotosPage, row: int) -> QPixmap:
    model = page.model()
    return model.data(model.index(row, 0), Qt.ItemDataRole.DecorationRole)


def test_dropping_an_image_stores_it_and_shows_its_thumbnail(
    qtbot: QtBot, page: PhotosPage, store: DraftStore, release: Release, png: Path
) -> None:
    with qtbot.waitSignal(page.changed, timeout=5000):
        assert drop(page, png)
    photos = page.apply(release).photos
    assert len(photos) == 2 and photos[0] == release.photos[0]
    ref = photos[1].image
    assert parse_ref(ref) is not None
    assert store.get_media(ref) == png.read_bytes()
    assert page.current_row() == 1

    qtbot.waitUntil(lambda: page.thumbnail(ref) is not None)
    thumbnail = decoration(page, 1).toImage()
    assert thumbnail.width() <= 112 and thumbnail.height() <= 84
    centre = thumbnail.pixelColor(thumbnail.width() // 2, thumbnail.height() // 2)
    assert (centre.red(), centre.green(), centre.blue()) == RED
    assert page.error_message == ""


def test_a_broken_image_shows_the_engines_message_and_adds_nothing(
    qtbot: QtBot, page: PhotosPage, store: DraftStore, release: Release, broken: Path
) -> None:
    with qtbot.assertNotEmitted(page.changed, wait=100):
        assert drop(page, broken)
        qtbot.waitUntil(lambda: page.error_message != "")
    assert page.error_message == engine_message(store, broken)
    assert "bozuk" in page.error_message
    assert page._error.isVisible()
    assert page.apply(release).photos == release.photos


def test_the_dialogs_paths_add_the_good_files_in_order_and_name_the_bad(
    qtbot: QtBot,
    page: PhotosPage,
    store: DraftStore,
    release: Release,
    png: Path,
    broken: Path,
    tmp_path: Path,
) -> None:
    blue = tmp_path / "mavi.jpg"
    Image.new("RGB", (300, 200), (20, 40, 200)).save(blue)
    missing = tmp_path / "yok.png"
    page.add_files([png, broken, blue, missing])
    qtbot.waitUntil(lambda: page.model().rowCount() == 3)
    refs = [photo.image for photo in page.apply(release).photos[1:]]
    assert [store.get_media(ref) for ref in refs] == [png.read_bytes(), blue.read_bytes()]
    lines = page.error_message.splitlines()
    assert lines[0] == engine_message(store, broken)
    assert "“yok.png” bulunamadı" in lines[1]
    assert "*.webp" in image_filter() and image_filter().startswith("Görseller (")


def test_an_oversized_file_is_refused_before_it_is_read(
    qtbot: QtBot, page: PhotosPage, tmp_path: Path
) -> None:
    huge = tmp_path / "dev.tif"
    with huge.open("wb") as file:
        file.truncate(41 * 1024 * 1024)  # sparse: costs no disk
    page.add_files([huge])
    qtbot.waitUntil(lambda: page.error_message != "")
    assert page.error_message == "“dev.tif” çok büyük (41 MB; en çok 40 MB)"
    assert page.model().rowCount() == 1


def test_caption_credit_and_order_keep_the_ids(
    qtbot: QtBot, page: PhotosPage, release: Release, png: Path
) -> None:
    page.add_files([png])
    qtbot.waitUntil(lambda: page.model().rowCount() == 2)
    added = page.apply(release).photos[1]
    page._caption.clear()
    with qtbot.waitSignal(page.changed):
        type_text(qtbot, page._caption, "Soldan sağa: İlk görüşme")
    type_text(qtbot, page._credit, "Basın Birimi")
    qtbot.mouseClick(page._up_button, Qt.MouseButton.LeftButton)
    photos = page.apply(release).photos
    assert [p.id for p in photos] == [added.id, release.photos[0].id]
    assert (photos[0].caption, photos[0].credit) == ("Soldan sağa: İlk görüşme", "Basın Birimi")
    assert photos[0].image == added.image
    assert photos[1] == release.photos[0]
    assert page.model().data(page.model().index(0, 0)).startswith("Soldan sağa: İlk görüşme\n")

    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(page._remove_button, Qt.MouseButton.LeftButton)
    assert page.apply(release).photos == release.photos


def test_a_photo_named_by_path_shows_the_path_and_no_thumbnail(
    qtbot: QtBot, page: PhotosPage, tmp_path: Path, png: Path, release: Release
) -> None:
    model = page.model()
    assert model.data(model.index(0, 0)).endswith("\nziyaret.jpg")
    assert page._image.text() == "ziyaret.jpg"
    placeholder = decoration(page, 0)
    assert page.thumbnail("ziyaret.jpg") is None  # relative: nothing to read it from
    qtbot.waitUntil(lambda: page._thumbnails._pending == set())
    assert decoration(page, 0).cacheKey() == placeholder.cacheKey()

    # An absolute path that exists is shown as it is.
    page.show_release(release.model_copy(update={"photos": [Photo(image=str(png))]}))
    qtbot.waitUntil(lambda: page.thumbnail(str(png)) is not None)
    assert page._image.text() == str(png)


def test_without_a_store_nothing_can_be_added_until_it_opens(
    qtbot: QtBot, store: DraftStore, release: Release, png: Path
) -> None:
    operations = Operations()
    try:
        context = AppContext(operations)
        page = make_page(qtbot, context, release)
        assert not page._add_button.isEnabled()
        assert not drop(page, png)
        context.set_store(store)
        assert page._add_button.isEnabled()
        with qtbot.waitSignal(page.changed, timeout=5000):
            assert drop(page, png)
    finally:
        operations.shutdown()


def test_an_add_finishing_after_another_release_was_shown_goes_nowhere(
    qtbot: QtBot, page: PhotosPage, context: AppContext, png: Path
) -> None:
    page.add_files([png])
    page.show_release(Release())
    qtbot.waitUntil(lambda: context.operations.running == 0)
    assert page.model().rowCount() == 0
    assert not page._busy.isVisible()


def test_focus_field_selects_the_photo(
    qtbot: QtBot, page: PhotosPage, release: Release, png: Path
) -> None:
    page.add_files([png])
    qtbot.waitUntil(lambda: page.model().rowCount() == 2)
    page.select(1)
    assert page.focus_field(("photos", 0, "caption"))
    assert page.current_row() == 0 and page._caption.hasFocus()
    assert page.focus_field(("photos", 1, "image"))
    assert page.current_row() == 1 and page.view().hasFocus()
