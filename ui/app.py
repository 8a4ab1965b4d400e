"""Starting the desktop app: arguments, the QApplication, logging, the main window.

``osbpress-app [FILE]`` (or ``python -m ui``) opens the window at once and
the store in a worker. ``--screenshot PNG`` opens the sample (or FILE), waits
until the preview has rendered, saves a picture of the window and exits; it
needs no display. On Linux with no display at all the app says so in one
line and renders the sample headless instead, so ``make run`` never fails.
On macOS the Finder hands files over as ``QFileOpenEvent``s (a double-click
on an ``.osbpress`` file, or one dropped on the Dock icon), at start or
while the app runs: ``forward_file_opens`` passes them to the window.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from osbpress import i18n
from osbpress.i18n import _

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

SCREENSHOT_TIMEOUT_MS = 60_000


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="osbpress-app", description=_("OSB Basın: basın bülteni hazırlama uygulaması")
    )
    parser.add_argument(
        "file", nargs="?", type=Path, help=_("açılacak .osbpress ya da .json taslak")
    )
    parser.add_argument(
        "--screenshot", type=Path, metavar="PNG", help=_("pencerenin resmini kaydet ve çık")
    )
    return parser


def has_display() -> bool:
    """False only where Qt could not open a window at all (Linux with no display)."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: Sequence[str] | None = None) -> int:
    i18n.from_environment()  # for --help; the window's language is set again from Ayarlar
    args = _parser().parse_args(argv)
    if not has_display():
        if args.screenshot is None:
            print(_("Ekran bulunamadı; uygulama yerine örnek bülten ekransız üretiliyor."))
            from osbpress.cli.run import main as render_sample

            return render_sample()
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return _run_app(args.file, args.screenshot)


def forward_file_opens(app: QObject, open_file: Callable[[Path], None]) -> QObject:
    """Call ``open_file`` for every file the OS asks ``app`` to open; returns the filter."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtGui import QFileOpenEvent

    class FileOpenFilter(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.FileOpen:
                assert isinstance(event, QFileOpenEvent)
                if event.file():
                    open_file(Path(event.file()))
                    return True
            return super().eventFilter(watched, event)

    opener = FileOpenFilter(app)
    app.installEventFilter(opener)
    return opener


def _run_app(file: Path | None, screenshot: Path | None) -> int:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from osbpress.paths import APP_NAME, store_path
    from ui.clipboard import release_clipboard
    from ui.errors import dialog_reporter, install, setup_logging
    from ui.interpreter import share_with_workers
    from ui.language import apply_language, chosen_language
    from ui.main_window import MainWindow
    from ui.operations import Operations
    from ui.style import apply_style

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    setup_logging()
    settings = QSettings()
    apply_language(app, chosen_language(settings))  # before any window text is made
    apply_style(app)  # the stylesheet and the window icon
    app.aboutToQuit.connect(release_clipboard)
    share_with_workers(app)  # before the first worker starts
    operations = Operations(app)
    window = MainWindow(operations, settings)
    install(dialog_reporter(lambda: window))
    forward_file_opens(app, window.open_file)
    code = 0
    if screenshot is not None:
        # A picture of the same size whatever size the window was last left at.
        window.resize(1280, 720)

        def shoot() -> None:
            window.grab().save(str(screenshot))
            window.close()

        def give_up() -> None:
            nonlocal code
            print(_("Önizleme zamanında hazır olmadı; ekran resmi alınamadı."), file=sys.stderr)
            code = 1
            window.close()

        # Let the page paint the freshly loaded PDF before taking the picture.
        window.preview_shown.connect(lambda: QTimer.singleShot(300, shoot))
        QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, give_up)
    window.show()
    window.start(store_path(), file)
    app.exec()
    operations.shutdown()
    return code
