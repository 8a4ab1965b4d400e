"""What the history dialog shows of one draft: its revisions as a table model, and one
revision composed, rendered and compared with the open text.

``preview_revision`` runs in a worker: it composes the revision with the
current profile, renders its plain text and page 1 of its PDF (rasterised
with QtPdf, which is safe off the UI thread), and compares its words with
the open text's (``word_diff_html``, difflib over words, HTML with
``del``/``ins`` classes that ``DIFF_CSS`` colours).
"""

from __future__ import annotations

import difflib
import html
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QBuffer,
    QByteArray,
    QIODevice,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QStyle

from osbpress.compose import compose
from osbpress.errors import OsbPressError
from osbpress.i18n import N_, _
from osbpress.model import Profile, Release
from osbpress.render import render_pdf, render_text
from osbpress.store import DraftStore, RevisionInfo
from ui.widgets.local_time import local_time

Index = QModelIndex | QPersistentModelIndex
HEADERS = (N_("Sürüm"), N_("Kaydedildi"), N_("Başlık"), N_("Not"))
CONFLICT_TIP = N_(
    "Çakışma: bu sürüm, metin başka bir yerde değiştirilmişken kaydedildi. "
    "Öteki metin bir önceki sürümde duruyor."
)
# Deletions are struck through and insertions underlined, so colour is not the only cue.
DIFF_CSS = """
.del { background-color: #fbd5d5; color: #6b0000; text-decoration: line-through; }
.ins { background-color: #d3f2d3; color: #0b4a0b; text-decoration: underline; }
"""
DIFF_LEGEND = N_(
    "Üstü çizili (kırmızı): bu sürümde olup şimdiki metinde olmayan. "
    "Altı çizili (yeşil): şimdiki metne bu sürümden sonra giren."
)
SAME_TEXT = N_("Bu sürüm şimdiki metinle aynı.")
# The number column's marks, one whole pattern per combination (conflict, head).
_NUMBER_MARKS = {
    (True, True): N_("{number} (çakışma, şimdiki)"),
    (True, False): N_("{number} (çakışma)"),
    (False, True): N_("{number} (şimdiki)"),
}


def word_diff_html(old: str, new: str) -> str:
    """``old`` → ``new`` word by word as HTML: removed words in ``.del``, added in ``.ins``.

    Line breaks count as words, so a moved paragraph shows where it went.
    """
    before, after = _words(old), _words(new)
    parts: list[str] = []
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            parts.append(_html_words(before[i1:i2]))
            continue
        if i2 > i1:
            parts.append(f'<span class="del">{_html_words(before[i1:i2])}</span>')
        if j2 > j1:
            parts.append(f'<span class="ins">{_html_words(after[j1:j2])}</span>')
    return " ".join(parts).replace(" <br> ", "<br>").replace("<br> ", "<br>")


def _words(text: str) -> list[str]:
    words: list[str] = []
    for number, line in enumerate(text.splitlines()):
        if number:
            words.append("\n")
        words.extend(line.split())
    return words


def _html_words(words: list[str]) -> str:
    return " ".join("<br>" if word == "\n" else html.escape(word) for word in words)


def first_page(pdf: bytes, width: int) -> QImage | None:
    """Page 1 of ``pdf`` as an image ``width`` pixels wide (safe in a worker); None if unreadable."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    try:
        document.load(buffer)
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
            return None
        points = document.pagePointSize(0)
        height = round(width * points.height() / max(points.width(), 1.0))
        # The page itself is transparent: lay it on white paper.
        paper = QImage(width, height, QImage.Format.Format_RGB32)
        paper.fill(Qt.GlobalColor.white)
        painter = QPainter(paper)
        painter.drawImage(0, 0, document.render(0, QSize(width, height)))
        painter.end()
        return paper
    finally:
        document.close()
        buffer.close()


@dataclass(frozen=True)
class RevisionPreview:
    """One revision as printed: its text, the difference, page 1; or why it failed."""

    number: int
    text: str = ""
    diff_html: str = ""
    page: QImage | None = None
    problem: str = ""


def preview_revision(
    store: DraftStore,
    draft_id: str,
    number: int,
    current: Release,
    profile: Profile,
    page_width: int,
) -> RevisionPreview:
    """Compose and render revision ``number`` and compare it with ``current`` (in a worker)."""
    try:
        media = store.media_source()
        document = compose(store.get_revision(draft_id, number), profile, media=media)
        text = render_text(document)
        now = render_text(compose(current, profile, media=media))
        page = first_page(render_pdf(document), page_width)
    except OsbPressError as error:
        return RevisionPreview(number, problem=str(error))
    diff = html.escape(_(SAME_TEXT)) if text == now else word_diff_html(text, now)
    return RevisionPreview(number, text, diff, page)


class RevisionModel(QAbstractTableModel):
    """The draft's revisions, newest first; the head is marked "(şimdiki)"."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RevisionInfo] = []
        self._head = 0
        self._warning = QApplication.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning
        )

    def set_revisions(self, revisions: list[RevisionInfo]) -> None:
        self.beginResetModel()
        self._rows = list(revisions)
        self._head = max((r.number for r in revisions), default=0)
        self.endResetModel()

    def revision(self, row: int) -> RevisionInfo:
        return self._rows[row]

    def row_of(self, number: int) -> int:
        return next((row for row, r in enumerate(self._rows) if r.number == number), -1)

    @property
    def head(self) -> int:
        return self._head

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        revision = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.texts(revision)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return _(CONFLICT_TIP) if revision.conflict else self.texts(revision)[column]
        if role == Qt.ItemDataRole.DecorationRole and column == 0 and revision.conflict:
            return self._warning
        return None

    def texts(self, revision: RevisionInfo) -> tuple[str, str, str, str]:
        marks = _NUMBER_MARKS.get((revision.conflict, revision.number == self._head))
        number = _(marks).format(number=revision.number) if marks else str(revision.number)
        saved = local_time(revision.saved_at)
        return (number, saved, revision.headline or _("(başlıksız)"), revision.note)
