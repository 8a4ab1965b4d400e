"""How the window shares the Python interpreter with its workers.

Two process-wide settings, both made once at start (``share_with_workers``):

- The switch interval. Rendering and checking are pure Python and hold the
  GIL; the UI thread gives it up at every call into Qt (a keystroke does so
  several times) and, at CPython's default of 5 ms, waits that long each
  time to get it back: keys typed during a 20-page render were handled up
  to 120-340 ms late (bench app). At 1 ms the slowest was 20-40 ms late
  (100 under load), and renders measured no slower.
- Garbage collection. Python collects reference cycles on whichever thread
  happens to allocate when a threshold is crossed, often a render worker;
  a cycle holding a Qt object then deletes it on the wrong thread, which
  can crash the process (seen once in the UI tests, GC running on a worker).
  Automatic collection is switched off and :class:`MainThreadCollector`
  runs the same generational collections from a timer on the main thread,
  as qutebrowser does.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, QTimer

SWITCH_INTERVAL_S = 0.001
COLLECT_INTERVAL_MS = 1000

_collector: MainThreadCollector | None = None


def share_with_workers(parent: QObject | None = None) -> None:
    """Set the switch interval and start collecting garbage on this (the main) thread.

    Idempotent: later calls (every window, every test) change nothing.
    """
    global _collector
    if sys.getswitchinterval() > SWITCH_INTERVAL_S:
        sys.setswitchinterval(SWITCH_INTERVAL_S)
    if _collector is None:
        _collector = MainThreadCollector(parent)


class MainThreadCollector(QObject):
    """Python's generational garbage collection, run by a main-thread timer."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(COLLECT_INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    def collect(self) -> int:
        """What automatic collection would have done by now; the objects found unreachable."""
        young, middle, old = gc.get_count()
        first, second, third = self._thresholds
        found = 0
        if young > first:
            found += gc.collect(0)
            if middle > second:
                found += gc.collect(1)
                if old > third:
                    found += gc.collect(2)
        return found
