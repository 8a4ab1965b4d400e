"""The "Kurum" tab of the settings: who issues the releases, with logo and press contact.

Name, short name and reading are the ground floor's ``OrganisationBox``, the
one the "Etkinlik" page shows for host and guest, with the engine's live
suffix line in the house style chosen on the "Yazım" tab, so a wrong
reading shows while it is typed. A chosen logo file is stored by content in the draft
store in a worker (``put_media``) before the profile is saved; the preview
shows the stored picture, read back the way the renderers will read it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from osbpress.errors import MediaError
from osbpress.i18n import _
from osbpress.media import MAX_MEDIA_BYTES, parse_ref, read_file
from osbpress.model import Contact, Organisation, Profile
from osbpress.turkish import SuffixStyle
from ui.context import AppContext
from ui.operations import Task
from ui.style import set_role
from ui.widgets.fields import field_hint, field_title
from ui.widgets.organisation import NAME_FIELDS, OrganisationBox
from ui.widgets.thumbnails import ThumbnailCache

_LOGO_PATTERNS = "*.png *.jpg *.jpeg *.webp *.gif *.tif *.tiff"
_LINES = ("address", "phone", "email", "web", "city")
_CONTACT = ("name", "title", "phone", "email")


class LogoPictures(ThumbnailCache):
    """The thumbnail cache at logo size: letterhead logos are wide and short."""

    SIZE: ClassVar[QSize] = QSize(240, 96)


class OrganisationTab(QWidget):
    """Edits every organisation field of a ``Profile``; ``profile()`` reads them back."""

    edited = Signal()
    logo_changed = Signal(str)
    """A new logo reference is in place (after the worker stored the file), or ""."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._logo = ""
        self._storing = 0
        self._pictures = LogoPictures(context, self)
        self._folder = ""
        self.fields: dict[str, QLineEdit] = {}
        self.contact: dict[str, QLineEdit] = {}
        self._build()
        self._pictures.ready.connect(self._picture_ready)
        context.store_ready.connect(self._update_controls)

    # -- building ------------------------------------------------------------

    def _build(self) -> None:
        self.names = OrganisationBox(_("Kurum adı"), SuffixStyle(), parent=self)
        self.names.edited.connect(self.edited)
        form = QFormLayout()
        for name in _LINES:
            self.fields[name] = self._line(form, Profile, name, "{field}")
        self.about = QPlainTextEdit(self)
        self.about.setTabChangesFocus(True)
        self.about.setAccessibleName(field_title(Profile, "about"))
        self.about.setPlaceholderText(_("Bültenin sonunda “Hakkında” başlığıyla yer alan metin"))
        self.about.setFixedHeight(self.about.fontMetrics().lineSpacing() * 4 + 12)
        self.about.textChanged.connect(self.edited)
        form.addRow(field_title(Profile, "about"), self.about)

        contact_box = QGroupBox(field_title(Profile, "contact"), self)
        contact_form = QFormLayout(contact_box)
        for name in _CONTACT:
            self.contact[name] = self._line(
                contact_form, Contact, name, _("Basın iletişim: {field}")
            )

        self.logo_preview = QLabel(self)
        self.logo_preview.setAccessibleName(_("Logo önizlemesi"))
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setMinimumSize(LogoPictures.SIZE + QSize(12, 12))
        set_role(self.logo_preview, "role", "preview")
        self.choose_logo = _button(_("Logo seç…"), _("Logo seç"), self._choose_logo, self)
        self.remove_logo = _button(_("Logoyu kaldır"), _("Logoyu kaldır"), self._remove_logo, self)
        self.logo_status = QLabel(self)
        self.logo_status.setWordWrap(True)
        self.logo_status.setAccessibleName(_("Logo durumu"))
        self.logo_status.setVisible(False)
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_logo)
        buttons.addWidget(self.remove_logo)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.logo_preview)
        row.addLayout(buttons)
        row.addStretch(1)
        logo_column = QVBoxLayout()
        logo_column.addLayout(row)
        logo_column.addWidget(self.logo_status)
        # Right under the names it stands for on the letterhead.
        form.insertRow(0, field_title(Profile, "logo"), logo_column)

        layout = QVBoxLayout(self)
        layout.addWidget(self.names)
        layout.addLayout(form)
        layout.addWidget(contact_box)
        layout.addStretch(1)

    def _line(self, form: QFormLayout, model: Any, name: str, named: str) -> QLineEdit:
        """A line edit for ``model.<name>``; ``named`` is its accessible name with ``{field}``."""
        edit = QLineEdit(self)
        label = field_title(model, name)
        edit.setAccessibleName(named.format(field=label))
        edit.setPlaceholderText(field_hint(model, name))
        edit.textEdited.connect(self.edited)
        form.addRow(label, edit)
        return edit

    def tab_order(self) -> list[QWidget]:
        """The tab's focusable widgets in form order (the dialog chains them)."""
        names = list(self.names.fields.values())
        logo = [self.choose_logo, self.remove_logo]
        return [*names, *logo, *self.fields.values(), self.about, *self.contact.values()]

    # -- profile in and out ----------------------------------------------------

    def show_profile(self, profile: Profile) -> None:
        names = {name: getattr(profile, name) for name in NAME_FIELDS}
        self.names.show_organisation(Organisation(**names))
        for name, edit in self.fields.items():
            edit.setText(getattr(profile, name))
            edit.setCursorPosition(0)  # a long name shows its start
        for name, edit in self.contact.items():
            edit.setText(getattr(profile.contact, name))
            edit.setCursorPosition(0)
        self.about.setPlainText(profile.about)
        self._set_logo(profile.logo)

    def apply(self, profile: Profile) -> Profile:
        """``profile`` with this tab's fields (and the logo) replaced."""
        values: dict[str, Any] = {name: edit.text() for name, edit in self.fields.items()}
        organisation = self.names.organisation()
        values.update({name: getattr(organisation, name) for name in NAME_FIELDS})
        values["about"] = self.about.toPlainText()
        values["contact"] = Contact(**{n: e.text() for n, e in self.contact.items()})
        values["logo"] = self._logo
        return profile.model_copy(update=values)

    @property
    def logo(self) -> str:
        return self._logo

    @property
    def storing(self) -> bool:
        """A chosen logo file is still being stored (saving must wait)."""
        return self._storing > 0

    def set_suffix_style(self, style: SuffixStyle) -> None:
        """Show the suffix line in the house style chosen on the "Yazım" tab."""
        self.names.set_style(style)

    # -- logo ------------------------------------------------------------------

    def choose_logo_file(self, path: Path) -> None:
        """Store the image at ``path`` in a worker and make it the logo (what "Logo seç…" feeds)."""
        store = self._context.store
        if store is None:
            self._show_logo_status(
                _("Taslak deposu henüz açılmadı; birazdan yeniden deneyin."), True
            )
            return

        def work(task: Task[Any]) -> str:
            data = read_file(path, f"“{path.name}”", MediaError, limit=MAX_MEDIA_BYTES)
            return store.put_media(data, path.name)

        self._storing += 1
        self._show_logo_status(_("Logo kaydediliyor…"), False)
        self._update_controls()
        self._context.operations.run(
            work,
            success=self._logo_stored,
            failure=self._logo_refused,
            ended=self._logo_ended,
            owner=self,
        )

    def _choose_logo(self) -> None:
        images = _("Görseller ({patterns})").format(patterns=_LOGO_PATTERNS)
        path, _filter = QFileDialog.getOpenFileName(self, _("Logo seç"), self._folder, images)
        if path:
            self._folder = str(Path(path).parent)
            self.choose_logo_file(Path(path))

    def _remove_logo(self) -> None:
        self._set_logo("")
        self._show_logo_status("", False)
        self.edited.emit()

    def _logo_ended(self) -> None:
        self._storing -= 1
        self._update_controls()

    def _logo_stored(self, ref: str) -> None:
        self._set_logo(ref)
        self._show_logo_status("", False)
        self.edited.emit()

    def _logo_refused(self, error: BaseException) -> None:
        self._show_logo_status(str(error), True)

    def _set_logo(self, ref: str) -> None:
        self._logo = ref
        self._show_picture()
        self._update_controls()
        self.logo_changed.emit(ref)

    def _show_picture(self) -> None:
        if not self._logo:
            self.logo_preview.setText(_("Logo yok"))  # setText drops a shown picture
            return
        picture = self._pictures.thumbnail(self._logo)
        if picture is not None:
            self.logo_preview.setPixmap(picture)
        elif parse_ref(self._logo) is None and not Path(self._logo).is_absolute():
            self.logo_preview.setText(self._logo)  # a relative path: nothing to show it from
        else:
            self.logo_preview.setText(_("Yükleniyor…"))

    def _picture_ready(self, ref: str) -> None:
        if ref == self._logo:
            if self._pictures.thumbnail(ref) is None:
                self.logo_preview.setText(_("Logo okunamadı"))
            else:
                self._show_picture()

    def _show_logo_status(self, text: str, error: bool) -> None:
        self.logo_status.setText(text)
        self.logo_status.setVisible(bool(text))
        set_role(self.logo_status, "state", "error" if error else "busy")

    def _update_controls(self) -> None:
        ready = self._context.store is not None and not self.storing
        self.choose_logo.setEnabled(ready)
        self.remove_logo.setEnabled(bool(self._logo) and not self.storing)


def _button(
    text: str, name: str, slot: Callable[[], None], parent: QWidget | None = None
) -> QPushButton:
    button = QPushButton(text, parent)
    button.setAccessibleName(name)
    button.clicked.connect(slot)
    return button
