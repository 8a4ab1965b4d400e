"""The organisation box: name, short name and reading, with the live "Ekler" line.

An organisation's name is typed in two places, the Etkinlik page (the host
and the guest of an event) and the Kurum tab of the settings (who issues
the releases); both show under it the line of suffixed forms the release
will print ("OSB’yi · OSB’ye · OSB’de …"), so that a wrong reading
("okunuş") is seen while it is typed. The line is the engine's
(``osbpress.turkish.suffix_line``) in the house style chosen on the Yazım
tab; this box only shows it, or the engine's reason when a name cannot be
inflected, or how to start when there is no name yet.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from osbpress.errors import OsbPressError
from osbpress.i18n import _
from osbpress.model import HouseStyle, Organisation
from osbpress.turkish import SuffixStyle
from osbpress.turkish.suffix_line import organisation_suffix_line
from ui.widgets.fields import field_hint, field_title

NAME_FIELDS = ("name", "short_name", "reading")


def suffix_style(style: HouseStyle) -> SuffixStyle:
    """The part of the house style that decides how suffixes are attached."""
    return SuffixStyle(
        apostrophe=style.apostrophe, institution_apostrophe=style.institution_apostrophe
    )


def suffix_hint(name: str, short_name: str, reading: str, style: SuffixStyle) -> str:
    """What the "Ekler" line shows: the engine's line, its reason if it cannot
    inflect the name, or how to start."""
    try:
        line = organisation_suffix_line(name, short_name, reading, style)
    except OsbPressError as error:
        line = str(error)
    return line or _("Kısa ad yazıldığında ekli hâlleri burada görünür.")


class OrganisationBox(QGroupBox):
    """An ``Organisation``'s name, short name and reading (and ``more`` of its fields),
    with the "Ekler" line after the reading.

    Each field's accessible name is "{title}: {field}" ("Ev sahibi kurum: Kısa
    ad"), since the same labels stand in several boxes. ``edited`` fires when
    the officer types, never when ``show_organisation`` fills the box.
    """

    edited = Signal()

    def __init__(
        self,
        title: str,
        style: SuffixStyle,
        more: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self._style = style
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        for name in (*NAME_FIELDS, *more):
            edit = QLineEdit(self)
            label = field_title(Organisation, name)
            edit.setAccessibleName(_("{group}: {field}").format(group=title, field=label))
            edit.setPlaceholderText(field_hint(Organisation, name))
            edit.textEdited.connect(self._edited)
            self.fields[name] = edit
            form.addRow(label, edit)
            if name == NAME_FIELDS[-1]:
                self.suffixes = self._suffix_label(title)
                form.addRow(_("Ekler"), self.suffixes)

    def _suffix_label(self, title: str) -> QLabel:
        label = QLabel(self)
        label.setAccessibleName(_("{group}: ekli hâlleri").format(group=title))
        label.setToolTip(
            _("Adın bültende alacağı ekler. Yanlışsa okunuşu düzeltin (örn. TOBB → tob).")
        )
        label.setWordWrap(True)
        # Quiet, as on every form: it is the engine's answer, not a field to type in.
        label.setProperty("role", "hint")
        return label

    def show_organisation(self, organisation: Organisation) -> None:
        """Fill the fields from ``organisation``; not an edit."""
        for name, edit in self.fields.items():
            edit.setText(getattr(organisation, name))
            edit.setCursorPosition(0)  # show a long name from its start
        self.refresh()

    def organisation(self) -> Organisation:
        """What the box holds (fields it does not show are left empty)."""
        return Organisation(**{name: edit.text() for name, edit in self.fields.items()})

    def set_style(self, style: SuffixStyle) -> None:
        """Show the line in another house style (the profile or the Yazım tab changed)."""
        self._style = style
        self.refresh()

    def refresh(self) -> None:
        """Recompute the suffix line (compose uses the short name, else the full name)."""
        text = {name: edit.text() for name, edit in self.fields.items()}
        self.suffixes.setText(
            suffix_hint(text["name"], text["short_name"], text["reading"], self._style)
        )

    def _edited(self) -> None:
        self.refresh()
        self.edited.emit()
