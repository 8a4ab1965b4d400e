"""The open draft's tests collect garbage on the main thread, as the app does.

A session a test leaves behind is a reference cycle (its Qt slots hold it),
which only the garbage collector frees; run on a worker thread (whichever
allocates when a threshold is crossed), that deletes the session's timers
from the wrong thread and Qt warns. The app switches automatic collection
off and collects on its main thread (``ui.interpreter``); these tests do the
same, so the outcome never depends on which thread the collector met first.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _collect_on_the_main_thread() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    yield
    gc.collect()
    if enabled:
        gc.enable()
