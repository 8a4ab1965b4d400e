"""Drafts in files: hostile bundles change nothing and say why; a saved bundle opens again.

The dialogs are the real ones: ``FileCommands`` opens them with ``open()``,
so the test finds the very ``QFileDialog``/``QMessageBox`` an officer would
see and answers it, with no event loop blocked and nothing patched.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QSettings, QUrl
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from osbpress.bundle import import_bundle
from osbpress.errors import OsbPressError
from osbpress.sample import sample_release
from osbpress.store import DraftStore
from osbpress.validation import load_release_file
from ui.files import FileCommands, bundle_path, dropped_files, openable
from ui.operations import Operations

MANIFEST = json.dumps({"format": "osbpress", "format_version": 1})


@pytest.fixture
def store(tmp_path: Path) -> Iterator[DraftStore]:
    store = DraftStore(tmp_path / "s.sqlite3", auto_backup=False)
    store.create(sample_release().model_copy(update={"photos": [], "headline": "Var olan"}))
    yield store
    store.close()


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def files(
    window: QWidget, operations: Operations, store: DraftStore, tmp_path: Path
) -> FileCommands:
    settings = QSettings(str(tmp_path / "ayarlar.ini"), QSettings.Format.IniFormat)
    commands = FileCommands(window, operations, settings)
    commands.set_store(store)
    return commands


def _zip(path: Path, entries: dict[str, str | bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def _draft_json() -> str:
    return sample_release().model_copy(update={"photos": []}).model_dump_json()


def hostile_files(folder: Path) -> dict[str, Path]:
    traversal = _zip(
        folder / "kaçak.osbpress",
        {"manifest.json": MANIFEST, "draft.json": _draft_json(), "../../.bashrc": "rm -rf ~"},
    )
    bad_json = _zip(
        folder / "bozuk-json.osbpress", {"manifest.json": MANIFEST, "draft.json": "{ bu json değil"}
    )
    not_zip = folder / "zip-değil.osbpress"
    not_zip.write_bytes(b"PK\x03\x04 ama gerisi yok")
    loose = folder / "yarım.json"
    loose.write_text('{"headline": 42, "participants": "kimse"}', encoding="utf-8")
    return {"traversal": traversal, "bad_json": bad_json, "not_zip": not_zip, "loose": loose}


def engine_reason(path: Path) -> str:
    """What the engine says about ``path`` (the window must show exactly this)."""
    with pytest.raises(OsbPressError) as refused:
        if path.suffix == ".json":
            load_release_file(path)
        else:
            import_bundle(path)
    return str(refused.value)


def message_box(qtbot: QtBot, window: QWidget) -> QMessageBox:
    qtbot.waitUntil(lambda: window.findChild(QMessageBox) is not None, timeout=5000)
    box = window.findChild(QMessageBox)
    assert isinstance(box, QMessageBox)
    return box


def everything(store: DraftStore) -> list[tuple[str, int]]:
    drafts = store.list(limit=1000) + store.list(trashed=True, limit=1000)
    return sorted((d.id, d.revision) for d in drafts)


@pytest.mark.parametrize("which", ["traversal", "bad_json", "not_zip", "loose"])
def test_a_hostile_file_is_refused_with_the_engines_reason_and_changes_nothing(
    qtbot: QtBot,
    files: FileCommands,
    window: QWidget,
    store: DraftStore,
    tmp_path: Path,
    which: str,
) -> None:
    path = hostile_files(tmp_path)[which]
    before = everything(store)
    with qtbot.assertNotEmitted(files.imported, wait=0):
        files.open_file(path)
        box = message_box(qtbot, window)
    assert box.text() == f"“{path.name}” açılamadı."
    assert box.informativeText() == engine_reason(path)
    assert everything(store) == before
    assert not (tmp_path.parent / ".bashrc").exists()
    with qtbot.waitSignal(box.destroyed):
        box.button(QMessageBox.StandardButton.Ok).click()


def test_save_then_open_gives_a_new_draft_with_the_same_text_and_photos(
    qtbot: QtBot, files: FileCommands, store: DraftStore, tmp_path: Path
) -> None:
    from osbpress.sample import sample_media

    release = sample_release()
    photos = [
        p.model_copy(update={"image": store.put_media(sample_media(p.image), p.image)})
        for p in release.photos
    ]
    release = release.model_copy(update={"photos": photos, "headline": "Pakette giden"})
    with qtbot.waitSignal(files.saved, timeout=10_000) as saved:
        files.save_file(release, tmp_path / "giden.osbpress")
    assert saved.args == [tmp_path / "giden.osbpress"]
    with qtbot.waitSignal(files.imported, timeout=10_000) as imported:
        files.open_file(tmp_path / "giden.osbpress")
    (draft_id,) = imported.args
    assert store.get(draft_id).release == release
    assert len(everything(store)) == 2


def test_the_open_dialog_imports_the_chosen_file(
    qtbot: QtBot, files: FileCommands, window: QWidget, tmp_path: Path, store: DraftStore
) -> None:
    draft = tmp_path / "gevşek taslak.json"
    draft.write_text(
        sample_release().model_copy(update={"photos": [], "headline": "Gevşek"}).model_dump_json(),
        encoding="utf-8",
    )
    dialog = files.ask_open()
    assert dialog is window.findChild(QFileDialog)
    assert dialog.isVisible() and dialog.windowTitle() == "Taslak aç"
    assert "*.osbpress *.json" in dialog.nameFilters()[0]
    dialog.setDirectory(str(tmp_path))
    dialog.selectFile(str(draft))
    with qtbot.waitSignal(files.imported, timeout=10_000) as imported:
        dialog.accept()
    assert store.get(imported.args[0]).release.headline == "Gevşek"
    # The next dialog starts in the folder the file came from.
    again = files.ask_open()
    assert Path(again.directory().absolutePath()) == tmp_path
    again.reject()


def test_the_save_dialog_adds_the_suffix_and_writes_the_bundle(
    qtbot: QtBot, files: FileCommands, tmp_path: Path
) -> None:
    release = sample_release().model_copy(update={"photos": []})
    dialog = files.ask_save(lambda: release, "JICA ziyareti")
    assert dialog.windowTitle() == "Farklı kaydet"
    dialog.setDirectory(str(tmp_path))
    dialog.selectFile(str(tmp_path / "ziyaret"))
    with qtbot.waitSignal(files.saved, timeout=10_000) as saved:
        dialog.accept()
    assert saved.args == [tmp_path / "ziyaret.osbpress"]
    assert import_bundle(tmp_path / "ziyaret.osbpress")[0] == release


def test_files_offered_before_the_store_opens_wait_for_it(
    qtbot: QtBot, window: QWidget, operations: Operations, store: DraftStore, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "ayarlar.ini"), QSettings.Format.IniFormat)
    files = FileCommands(window, operations, settings)
    draft = tmp_path / "erken.json"
    draft.write_text(_draft_json(), encoding="utf-8")
    files.open_file(draft)
    with qtbot.waitSignal(files.imported, timeout=10_000):
        files.set_store(store)


def test_only_local_bundles_and_json_drafts_are_taken_from_a_drop(tmp_path: Path) -> None:
    mime = QMimeData()
    mime.setUrls(
        [
            QUrl.fromLocalFile(str(tmp_path / "a.osbpress")),
            QUrl.fromLocalFile(str(tmp_path / "B.JSON")),
            QUrl.fromLocalFile(str(tmp_path / "resim.jpg")),
            QUrl("https://example.org/c.osbpress"),
        ]
    )
    assert dropped_files(mime) == [tmp_path / "a.osbpress", tmp_path / "B.JSON"]
    assert openable(Path("x.OSBPRESS")) and not openable(Path("x.docx"))
    assert bundle_path("/tmp/ziyaret") == Path("/tmp/ziyaret.osbpress")
    assert bundle_path("/tmp/ziyaret.osbpress") == Path("/tmp/ziyaret.osbpress")
    assert bundle_path("/tmp/v1.2") == Path("/tmp/v1.2.osbpress")


def test_a_bundle_that_cannot_be_written_says_why(
    qtbot: QtBot, files: FileCommands, window: QWidget, tmp_path: Path
) -> None:
    target = tmp_path / "olmayan klasör" / "giden.osbpress"
    with qtbot.assertNotEmitted(files.saved, wait=0):
        files.save_file(sample_release().model_copy(update={"photos": []}), target)
        box = message_box(qtbot, window)
    assert box.windowTitle() == "Dosya kaydedilemedi"
    assert box.text() == "“giden.osbpress” yazılamadı."
    assert box.informativeText().startswith(f"“{target}” yazılamadı:")
    assert not target.parent.exists()
