"""The history dialog over a real store: every revision listed, its preview, the word
difference, the conflict mark, and "Bu sürüme dön" asked of the window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from osbpress.errors import ConflictError
from osbpress.model import Release
from osbpress.sample import sample_profile, sample_release
from osbpress.store import DraftStore
from osbpress.turkish import format_datetime
from ui.dialogs.history import HistoryDialog
from ui.dialogs.revisions import word_diff_html
from ui.operations import Operations

FIRST = "Kahramanmaraş OSB’de ilk başlık"
SECOND = "Kahramanmaraş OSB’de ikinci başlık"
THIRD = "JICA heyeti OSB’yi gezdi"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[DraftStore]:
    store = DraftStore(tmp_path / "s.sqlite3", auto_backup=False)
    yield store
    store.close()


def _release(headline: str) -> Release:
    return sample_release().model_copy(update={"photos": [], "headline": headline})


@pytest.fixture
def draft(store: DraftStore) -> str:
    """Revisions 1–3 with three headlines, the third saved as a conflict over the first."""
    draft_id = store.create(_release(FIRST))
    store.save(draft_id, _release(SECOND), base_revision=1, note="Basına giden")
    with pytest.raises(ConflictError):
        store.save(draft_id, _release(THIRD), base_revision=1)
    return draft_id


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    """The dialog's parent, as the main window is in the app: a parentless dialog's
    last Python reference may go in the worker that rendered its preview, deleting
    a widget off the UI thread."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def open_dialog(
    qtbot: QtBot, store: DraftStore, draft_id: str, operations: Operations, window: QWidget
) -> HistoryDialog:
    profile = sample_profile().model_copy(update={"logo": ""})
    current = store.get(draft_id).release
    dialog = HistoryDialog(store, draft_id, current, profile, operations, window)
    with qtbot.waitSignal(dialog.preview_shown, timeout=10_000):
        dialog.show()
    return dialog


def cells(dialog: HistoryDialog, row: int) -> list[str]:
    model = dialog.view.model()
    return [model.index(row, column).data() for column in range(model.columnCount())]


def choose(qtbot: QtBot, dialog: HistoryDialog, row: int) -> None:
    view = dialog.view
    center = view.visualRect(view.model().index(row, 2)).center()
    with qtbot.waitSignal(dialog.preview_shown, timeout=10_000):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)


def test_every_revision_is_listed_newest_first_with_time_name_and_conflict(
    qtbot: QtBot, store: DraftStore, draft: str, operations: Operations, window: QWidget
) -> None:
    dialog = open_dialog(qtbot, store, draft, operations, window)
    revisions = store.revisions(draft)
    assert [cells(dialog, row)[2] for row in range(3)] == [THIRD, SECOND, FIRST]
    assert cells(dialog, 0)[0] == "3 (çakışma, şimdiki)"
    assert cells(dialog, 1)[0] == "2" and cells(dialog, 1)[3] == "Basına giden"
    assert "çakışma" in cells(dialog, 0)[3]
    # Turkish time, as the library shows it: "29 Kas 2026 09:30".
    assert cells(dialog, 2)[1] == format_datetime(revisions[2].saved_at.astimezone(), "medium")
    tip = dialog.view.model().index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Çakışma:")
    assert dialog.view.model().index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    assert dialog.view.model().index(1, 0).data(Qt.ItemDataRole.DecorationRole) is None


def test_the_head_is_selected_and_cannot_be_restored_onto_itself(
    qtbot: QtBot, store: DraftStore, draft: str, operations: Operations, window: QWidget
) -> None:
    dialog = open_dialog(qtbot, store, draft, operations, window)
    assert dialog.selected() == 3
    assert not dialog.restore_button.isEnabled()
    assert dialog.diff.toPlainText() == "Bu sürüm şimdiki metinle aynı."


def test_choosing_a_revision_shows_its_text_page_and_difference(
    qtbot: QtBot, store: DraftStore, draft: str, operations: Operations, window: QWidget
) -> None:
    dialog = open_dialog(qtbot, store, draft, operations, window)
    choose(qtbot, dialog, 2)
    assert dialog.selected() == 1
    assert FIRST in dialog.text.toPlainText()
    assert THIRD not in dialog.text.toPlainText()
    page = dialog.page.pixmap().toImage()
    assert not page.isNull() and page.height() > page.width()  # an A4 page, upright
    assert page.pixelColor(5, 5).lightness() > 240  # white paper
    top = [(x, y) for x in range(0, page.width(), 3) for y in range(0, page.height() // 3, 3)]
    assert any(page.pixelColor(x, y).lightness() < 100 for x, y in top)  # with print on it
    html = dialog.diff.toHtml()
    # "ilk başlık" was in revision 1 and is gone now; "JICA heyeti" came later.
    assert "ilk" in dialog.diff.toPlainText() and "JICA" in dialog.diff.toPlainText()
    assert "line-through" in html and "underline" in html
    with qtbot.waitSignal(dialog.restore_requested) as asked:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert asked.args == [1]
    assert store.get(draft).revision == 3  # the dialog itself changes nothing


def test_reload_after_a_restore_lists_the_new_head(
    qtbot: QtBot, store: DraftStore, draft: str, operations: Operations, window: QWidget
) -> None:
    dialog = open_dialog(qtbot, store, draft, operations, window)
    store.restore_revision(draft, 1)
    with qtbot.waitSignal(dialog.preview_shown, timeout=10_000):
        dialog.reload(store.get(draft).release)
    assert dialog.view.model().rowCount() == 4
    assert cells(dialog, 0)[0] == "4 (şimdiki)" and cells(dialog, 0)[2] == FIRST
    assert cells(dialog, 0)[3] == "1. sürüm geri yüklendi"
    assert cells(dialog, 1)[0] == "3 (çakışma)"  # the replaced text stays in the history


def test_word_difference_marks_removed_and_added_words() -> None:
    html = word_diff_html(
        "Heyet OSB’yi ziyaret etti.\nİkinci satır",
        "Heyet OSB’de incelemelerde bulundu.\nİkinci satır",
    )
    assert html == (
        'Heyet <span class="del">OSB’yi ziyaret etti.</span> '
        '<span class="ins">OSB’de incelemelerde bulundu.</span><br>İkinci satır'
    )
    assert word_diff_html("a <b> & c", "a <b> & c") == "a &lt;b&gt; &amp; c"
    assert word_diff_html("", "yeni") == '<span class="ins">yeni</span>'


def test_a_revision_that_cannot_be_composed_says_why(
    qtbot: QtBot, store: DraftStore, operations: Operations, window: QWidget
) -> None:
    photo = sample_release().photos[0].model_copy(update={"image": "sha256:" + "0" * 64})
    draft_id = store.create(sample_release().model_copy(update={"photos": [photo]}))
    store.save(draft_id, _release(FIRST))
    dialog = open_dialog(qtbot, store, draft_id, operations, window)
    choose(qtbot, dialog, 1)
    assert dialog.status.text().startswith("1. sürüm gösterilemiyor:")
    assert dialog.text.toPlainText() == ""
    assert isinstance(dialog.page.pixmap().toImage(), QImage)


def test_every_control_has_an_accessible_name(
    qtbot: QtBot, store: DraftStore, draft: str, operations: Operations, window: QWidget
) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QPlainTextEdit,
        QTabBar,
        QTextEdit,
    )

    dialog = open_dialog(qtbot, store, draft, operations, window)
    controls = [
        widget
        for widget in dialog.findChildren(QWidget)
        if isinstance(widget, QAbstractButton | QAbstractItemView | QTextEdit | QPlainTextEdit)
        and not isinstance(widget, QTabBar)
        and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]
    assert len(controls) >= 4
    assert [type(w).__name__ for w in controls if not w.accessibleName()] == []


def test_the_revisions_are_read_in_a_worker_not_while_the_dialog_opens(
    qtbot: QtBot, store: DraftStore, draft: str, operations: Operations, window: QWidget
) -> None:
    profile = sample_profile().model_copy(update={"logo": ""})
    dialog = HistoryDialog(store, draft, store.get(draft).release, profile, operations, window)
    assert dialog.view.model().rowCount() == 0  # the constructor read nothing
    with qtbot.waitSignal(dialog.revisions_shown, timeout=10_000) as shown:
        dialog.show()
    assert shown.args == [3] and dialog.view.model().rowCount() == 3
