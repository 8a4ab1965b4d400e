"""The app survives PySide6 6.12's lost ``None``/``True`` references on Python 3.11 (see ``ui``)."""

from __future__ import annotations

import os
import subprocess
import sys

_LOOP = """
{prelude}
from PySide6.QtWidgets import QApplication
app = QApplication([])
for _ in range(30000):
    app.processEvents()
print("sağ")
"""


def _run(prelude: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", _LOOP.format(prelude=prelude)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_thirty_thousand_event_loops_do_not_abort_the_app() -> None:
    done = _run("import ui")
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "sağ"


_EMITS = """
{prelude}
from PySide6.QtCore import QObject, Signal
class Source(QObject):
    ping = Signal()
source = Source()
source.ping.connect(lambda: None)
for _ in range(30000):
    source.ping.emit()
print("sağ")
"""


def test_thirty_thousand_signal_emits_do_not_abort_the_app() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _EMITS.format(prelude="import ui")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "sağ"
