"""The child process of ``bench_app``'s cold-start measurement: the real app, timed.

Run as ``python -m bench.app_start SPAWNED`` with ``OSBPRESS_HOME`` set,
SPAWNED being the parent's ``time.time()`` just before it started this
process. It starts the app through ``ui.app._run_app`` (what ``osbpress-app``
runs), notes when the main window first paints, when the store is open and
when the first preview is on screen, closes the window and prints one JSON
line of seconds since SPAWNED. The only addition to the real start is an
application-wide event filter that watches for the window, removed at the
first paint.
"""

from __future__ import annotations

import time

ENTERED = time.time()  # before any import of ours: interpreter start-up ends here

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

import ui  # noqa: E402, F401  (the PySide6 None-refcount workaround, before any event loop)
from ui.app import _run_app  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

GIVE_UP_MS = 60_000


class _Watch(QObject):
    """Notes the times; connects to the window when it is shown (before the store opens)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self._app = app
        self.times: dict[str, float] = {}
        self._window: MainWindow | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, MainWindow):
            if event.type() == QEvent.Type.Show and self._window is None:
                self._window = watched
                watched.store_opened.connect(lambda: self._note("store_opened"))
                watched.preview_shown.connect(lambda w=watched: self._preview(w))
            elif event.type() == QEvent.Type.Paint and "painted" not in self.times:
                self._note("painted")
                # Watching every event costs a Python call each; stop once we have ours.
                self._app.removeEventFilter(self)
        return False

    def _note(self, name: str) -> None:
        self.times.setdefault(name, time.time())

    def _preview(self, window: MainWindow) -> None:
        if "preview_shown" not in self.times:
            self._note("preview_shown")
            QTimer.singleShot(0, window.close)


def main(spawned: float) -> int:
    imported = time.time()
    app = QApplication(sys.argv[:1])
    watch = _Watch(app)
    app.installEventFilter(watch)
    QTimer.singleShot(GIVE_UP_MS, app.quit)
    code = _run_app(None, None)
    times = {"entered": ENTERED, "imported": imported, **watch.times}
    print(json.dumps({name: at - spawned for name, at in times.items()} | {"code": code}))
    return code


if __name__ == "__main__":
    sys.exit(main(float(sys.argv[1])))
