"""The settings dialog ("Ayarlar"): organisation profile, house style, export, language.

Four tabs, each a module of this package: "Kurum" (the organisation profile, with
its logo), "Yazım" (the house style, with the engine's example sentences),
"Dışa aktarma" and "Arayüz" (kept in ``QSettings``). "Kaydet" writes the
profile with ``DraftStore.save_profile`` in a worker and then emits
``profile_saved(Profile)``: the main window gives it to
``AppContext.set_profile`` and renders the open preview again. Whatever
the profile holds that the dialog does not show (``checks_off``) is kept.
"""

from __future__ import annotations

import itertools
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from osbpress.i18n import _
from osbpress.model import Profile
from osbpress.validation import describe
from ui.context import AppContext
from ui.operations import Task
from ui.settings.house_style import HouseStyleTab
from ui.settings.organisation import OrganisationTab
from ui.settings.preferences import ExportDefaultsTab, InterfaceTab
from ui.style import set_role
from ui.widgets.scroll import scrolled


class SettingsDialog(QDialog):
    """Edits the organisation profile and this computer's preferences; see the module."""

    profile_saved = Signal(object)
    """The ``Profile`` just written to the store."""

    def __init__(
        self, context: AppContext, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Ayarlar"))
        self.setAccessibleName(_("Ayarlar"))
        self._context = context
        self._settings = settings
        self._profile = context.profile
        self._saving = False
        self._edited = False
        self._build()
        self._connect_signals()
        self._load()

    # -- building ------------------------------------------------------------

    def _build(self) -> None:
        self.organisation = OrganisationTab(self._context)
        self.house_style = HouseStyleTab(self._context)
        self.export_defaults = ExportDefaultsTab()
        self.interface = InterfaceTab()
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(_("Ayar sekmeleri"))
        for tab, title in (
            (self.organisation, _("Kurum")),
            (self.house_style, _("Yazım")),
            (self.export_defaults, _("Dışa aktarma")),
            (self.interface, _("Arayüz")),
        ):
            # A long form scrolls instead of pushing the dialog past a 720-px screen.
            self.tabs.addTab(scrolled(tab, self.tabs), title)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(_("Durum"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(_("Kaydet"), self)
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(_("İptal"), self)
        for button in (self.save_button, self.cancel_button):
            button.setAccessibleName(button.text())
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        order: list[QWidget] = [self.tabs]
        for tab in (self.organisation, self.house_style, self.export_defaults, self.interface):
            order.extend(tab.tab_order())
        order += [self.save_button, self.cancel_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.resize(720, 580)

    def _connect_signals(self) -> None:
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.house_style.edited.connect(self._style_edited)
        self.organisation.logo_changed.connect(self._update_controls)
        self.organisation.edited.connect(self._update_controls)
        self._context.store_ready.connect(self._update_controls)
        self._context.profile_changed.connect(self._profile_arrived)
        for tab in (self.organisation, self.house_style, self.export_defaults, self.interface):
            tab.edited.connect(self._mark_edited)

    def _load(self) -> None:
        self.organisation.show_profile(self._profile)
        self.house_style.show_style(self._profile.style)
        self.organisation.set_suffix_style(self.house_style.suffix_style())
        self.export_defaults.load(self._settings)
        self.interface.load(self._settings)
        self._show_status("", error=False)
        self._update_controls()
        self._edited = False  # filling the widgets is no edit

    # -- the profile -----------------------------------------------------------

    def profile(self) -> Profile:
        """The profile as the dialog shows it now (not yet saved)."""
        profile = self.organisation.apply(self._profile)
        return profile.model_copy(update={"style": self.house_style.house_style()})

    def save(self) -> None:
        """Write the preferences, then the profile in a worker; close when it is stored."""
        store = self._context.store
        if store is None or self._saving or self.organisation.storing:
            return
        self.export_defaults.save(self._settings)
        self.interface.save(self._settings)
        self._settings.sync()
        try:
            # Validated as the store will write it: a bad value is named here.
            profile = Profile.model_validate(self.profile().model_dump())
        except ValidationError as error:
            self._show_status(describe(error, Profile), error=True)
            return

        def work(task: Task[Any]) -> Profile:
            store.save_profile(profile)
            return profile

        self._saving = True
        self._show_status(_("Kaydediliyor…"), error=False)
        self._update_controls()
        self._context.operations.run(
            work,
            success=self._saved,
            failure=self._save_failed,
            ended=self._save_ended,
            owner=self,
        )

    def _save_ended(self) -> None:
        self._saving = False
        self._update_controls()

    def _saved(self, profile: Profile) -> None:
        self._profile = profile
        self.profile_saved.emit(profile)
        self.accept()

    def _save_failed(self, error: BaseException) -> None:
        self._show_status(str(error), error=True)

    # -- controls --------------------------------------------------------------

    def _mark_edited(self) -> None:
        self._edited = True

    def _profile_arrived(self) -> None:
        # Opened before the store: show the stored profile, so saving cannot
        # overwrite it with the empty one the window started with.
        if not self._edited and not self._saving:
            self._profile = self._context.profile
            self._load()

    def _style_edited(self) -> None:
        self.organisation.set_suffix_style(self.house_style.suffix_style())

    def _update_controls(self, *_args: object) -> None:
        ready = self._context.store is not None and not self._saving
        self.save_button.setEnabled(ready and not self.organisation.storing)
        if self._context.store is None and not self.status.text():
            self._show_status(_("Taslak deposu açılınca kaydedilebilir."), error=False)

    def _show_status(self, text: str, *, error: bool) -> None:
        self.status.setText(text)
        set_role(self.status, "state", "error" if error else None)
