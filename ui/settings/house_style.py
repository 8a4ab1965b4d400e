"""The "Yazım" tab of the settings: the house style, each choice with a live example.

Every ``HouseStyle`` field is a combo box; under each, the sentence the
engine writes in the chosen style (``ui.settings.examples``, run in a
worker, latest wins) so the officer sees the difference before saving.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from osbpress.i18n import N_, _
from osbpress.model import HouseStyle
from osbpress.turkish import SuffixStyle
from ui.context import AppContext
from ui.settings.examples import StyleExamples, style_examples
from ui.style import set_role
from ui.widgets.fields import field_hint, field_title
from ui.widgets.organisation import suffix_style

# Each choice's value and the words the officer picks it by (marked here,
# translated when the combo is filled). The two spellings of "iş birliği" are
# the Turkish forms themselves, the same in every interface language.
CHOICES: dict[str, tuple[tuple[Any, str], ...]] = {
    "apostrophe": (("’", N_("Tipografik kesme ( ’ )")), ("'", N_("Düz kesme ( ' )"))),
    "institution_apostrophe": (
        (False, N_("Kurum adlarında kesmesiz (TDK)")),
        (True, N_("Kurum adlarında da kesme işareti")),
    ),
    "headline_case": (
        ("title", N_("Her Sözcüğün İlk Harfi Büyük")),
        ("sentence", N_("Yalnızca ilk sözcüğün ilk harfi büyük")),
    ),
    "quote_style": (
        ("inline", N_("Metin içinde (“…” dedi.)")),
        ("block", N_("Ayrı blok, altında konuşmacı")),
    ),
    "compound_spelling": (("iş birliği", "iş birliği (TDK)"), ("işbirliği", "işbirliği")),
}
_UNTRANSLATED = {"compound_spelling"}
# Why a choice's default is what it is, shown under its example.
NOTES: dict[str, str] = {
    "institution_apostrophe": N_(
        "TDK Yazım Kılavuzu kurum adlarına gelen eki kesmesiz yazar (Türk Dil Kurumuna, "
        "Trabzon Valiliğine); kısaltmalarda kesme kalır (OSB’yi). Yeni profillerde bu "
        "yazım seçilidir; basında yaygın olan kesmeli yazım da seçilebilir."
    )
}


class HouseStyleTab(QWidget):
    """One combo box per house-style choice, each with the engine's example below it."""

    edited = Signal()
    examples_shown = Signal()
    """The examples on screen are those of the style now chosen."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._loading = False
        self.choices: dict[str, QComboBox] = {}
        self.examples: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for name, options in CHOICES.items():
            title = field_title(HouseStyle, name)
            combo = QComboBox(self)
            for value, label in options:
                combo.addItem(label if name in _UNTRANSLATED else _(label), value)
            combo.setAccessibleName(title)
            combo.setToolTip(field_hint(HouseStyle, name))
            combo.currentIndexChanged.connect(self._changed)
            example = QLabel(self)
            example.setWordWrap(True)
            example.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            example.setAccessibleName(_("{choice}: örnek").format(choice=title))
            set_role(example, "role", "example")
            column = QVBoxLayout()
            column.addWidget(combo)
            column.addWidget(example)
            if name in NOTES:
                note = QLabel(_(NOTES[name]), self)
                note.setWordWrap(True)
                set_role(note, "role", "hint")
                column.addWidget(note)
            form.addRow(title, column)
            self.choices[name] = combo
            self.examples[name] = example
        note = QLabel(
            _("Örnekler, örnek bültenin (JICA ziyareti) seçilen yazımla yazılmış hâlidir."),
            self,
        )
        note.setWordWrap(True)
        set_role(note, "role", "hint")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)

    def tab_order(self) -> list[QWidget]:
        return list(self.choices.values())

    def show_style(self, style: HouseStyle) -> None:
        self._loading = True
        try:
            for name, combo in self.choices.items():
                index = combo.findData(getattr(style, name))
                combo.setCurrentIndex(max(index, 0))
        finally:
            self._loading = False
        self.refresh_examples()

    def house_style(self) -> HouseStyle:
        return HouseStyle(**{name: combo.currentData() for name, combo in self.choices.items()})

    def suffix_style(self) -> SuffixStyle:
        return suffix_style(self.house_style())

    def refresh_examples(self) -> None:
        """Have the engine write the examples for the chosen style (in a worker)."""
        style = self.house_style()
        self._context.operations.run(
            lambda _task: style_examples(style),
            success=self._show_examples,
            failure=self._examples_failed,
            key=f"settings-examples-{id(self)}",
            owner=self,
        )

    def _changed(self) -> None:
        if self._loading:
            return
        self.refresh_examples()
        self.edited.emit()

    def _show_examples(self, examples: StyleExamples) -> None:
        for name, label in self.examples.items():
            label.setText(examples.get(name, ""))
        self.examples_shown.emit()

    def _examples_failed(self, error: BaseException) -> None:
        for label in self.examples.values():
            label.setText(str(error))
