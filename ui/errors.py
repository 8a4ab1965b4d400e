"""What the app does with an error nobody caught: a Turkish dialog and a log line.

``install()`` sets one ``sys.excepthook`` (also reached by exceptions raised in
Qt slots and by failed background operations without a failure handler) and
one Qt message handler. The officer sees what happened and what to do,
never a traceback; the details go to a rotating log file under
``platformdirs.user_log_dir`` so a colleague can send it to us.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from osbpress.errors import OsbPressError
from osbpress.i18n import _
from osbpress.paths import APP_NAME

log = logging.getLogger("osbpress.app")

Reporter = Callable[[str, str], None]
"""Shows (title, message) to the officer."""


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def setup_logging(folder: Path | None = None) -> Path:
    """Log to ``uygulama.log`` in ``folder`` (5 files of 1 MB); returns the file."""
    folder = folder or log_dir()
    path = folder / "uygulama.log"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler(sys.stderr)  # a log we cannot write must not stop us
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("osbpress")
    root.handlers[:] = [handler]
    root.setLevel(logging.INFO)
    return path


def message_for(error: BaseException) -> str:
    """The Turkish text the officer reads for ``error``."""
    if isinstance(error, OsbPressError):
        return str(error)
    if isinstance(error, MemoryError):
        return _("Bellek yetmedi. Açık başka programları kapatıp yeniden deneyin.")
    if isinstance(error, OSError):
        reason = error.strerror or str(error)
        if error.filename:
            return _("Dosya işlemi başarısız: {reason} ({file})").format(
                reason=reason, file=error.filename
            )
        return _("Dosya işlemi başarısız: {reason}").format(reason=reason)
    return _(
        "Beklenmeyen bir hata oluştu. Yazdıklarınız kaydedildi; işlemi yeniden "
        "deneyebilirsiniz. Sorun sürerse günlük dosyasını bize gönderin: {log}"
    ).format(log=log_dir() / "uygulama.log")


def dialog_reporter(parent: Callable[[], QWidget | None]) -> Reporter:
    """Show errors as a message box over the window ``parent()`` returns."""
    showing = False

    def report(title: str, message: str) -> None:
        nonlocal showing
        if showing or QApplication.instance() is None:
            return  # one dialog at a time: an error while showing one is only logged
        showing = True
        try:
            QMessageBox.warning(parent(), title, message)
        finally:
            showing = False

    return report


def install(report: Reporter) -> None:
    """Route uncaught exceptions and Qt's warnings to the log (and errors to ``report``)."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        log.error("".join(traceback.format_exception(kind, error, trace)))
        report("OSB Basın", message_for(error))

    sys.excepthook = hook
    qInstallMessageHandler(_qt_message)


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
    }.get(kind, logging.ERROR)
    log.log(level, "Qt: %s", message)
