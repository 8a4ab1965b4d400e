"""How a model field is labelled on screen, and the quiet hint line under a form.

The models mark their titles and descriptions with ``N_``
(``osbpress.model``); ``field_title`` and ``field_hint`` translate them when
they are shown, since the interface language can change after import.
``hint_label`` is the explanatory grey line the forms and tabs put under a
group of fields; the stylesheet decides its colour through ``role="hint"``.
"""

from __future__ import annotations

from pydantic import BaseModel
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

from osbpress.i18n import _


def field_title(model: type[BaseModel], name: str) -> str:
    """The model's title for ``name`` in the interface language (``Event, "place"`` → "Yer").

    The models mark their titles with ``N_``; they are translated here, when shown.
    """
    title = model.model_fields[name].title
    return _(title) if title else name


def field_hint(model: type[BaseModel], name: str) -> str:
    """The model's description of ``name`` in the interface language, or ""."""
    description = model.model_fields[name].description
    return _(description) if description else ""


def hint_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A quiet explanatory line (``role="hint"`` in the app stylesheet), wrapped."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setProperty("role", "hint")
    # Without the stylesheet (a bare QApplication in a script) it is still quiet.
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label
