"""The export choices kept on this computer, shared by the export dialog and Ayarlar.

The export dialog remembers the formats, the WordPress option and the
folder of the last export in ``QSettings``; the "Dışa aktarma" tab of the
settings edits the very same keys, so what is set there is what the next
export starts with. Both screens read the keys, the format names and the
default folder from here, the floor below them, instead of one reaching
into the other. ``HEADLINE_KEY`` says whether the HTML snippet carries the
headline.
"""

from __future__ import annotations

from PySide6.QtCore import QDir, QSettings, QStandardPaths

from osbpress.export import FORMATS
from osbpress.i18n import N_

FOLDER_KEY = "export/folder"
FORMATS_KEY = "export/formats"
WORDPRESS_KEY = "export/wordpress"
HEADLINE_KEY = "export/headline"

FORMAT_LABELS = {
    "pdf": N_("PDF"),
    "docx": N_("Word (DOCX)"),
    "html": N_("HTML (+ fotoğraflar)"),
    "txt": N_("Metin (TXT)"),
}


def default_folder() -> str:
    """Where exports go until the officer picks a folder: Documents, else home."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents or QDir.homePath()


def chosen_formats(settings: QSettings) -> list[str]:
    """The formats checked last time (every format the first time)."""
    return str(settings.value(FORMATS_KEY, ",".join(FORMATS))).split(",")
