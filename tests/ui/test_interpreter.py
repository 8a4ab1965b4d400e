"""Workers share the interpreter politely: short switch interval, garbage collected on the main thread."""

from __future__ import annotations

import gc
import sys
import threading

import pytest
from pytestqt.qtbot import QtBot

from ui.interpreter import share_with_workers

_COLLECTED_ON: list[int] = []


class _Cycle:
    """Half of a reference cycle that notes the thread it was collected on."""

    def __init__(self) -> None:
        self.other: _Cycle | None = None

    def __del__(self) -> None:
        _COLLECTED_ON.append(threading.get_ident())


def _make_garbage() -> None:
    for _ in range(5000):  # far past the first generation's threshold
        first, second = _Cycle(), _Cycle()
        first.other, second.other = second, first


def test_workers_hand_the_interpreter_back_quickly(qtbot: QtBot) -> None:
    # From CPython's default (5 ms) to at most the 1 ms the module measured; an earlier
    # test's call must not make this one pass, so the default is put back first.
    before = sys.getswitchinterval()
    try:
        sys.setswitchinterval(0.005)
        share_with_workers()
        assert sys.getswitchinterval() <= 0.001
        # A shorter interval set by someone else is never lengthened.
        sys.setswitchinterval(0.0005)
        share_with_workers()
        assert sys.getswitchinterval() == pytest.approx(0.0005)
    finally:
        sys.setswitchinterval(before)


def test_cycles_made_on_a_worker_are_collected_on_the_main_thread(qtbot: QtBot) -> None:
    share_with_workers()
    assert not gc.isenabled()
    _COLLECTED_ON.clear()
    worker = threading.Thread(target=_make_garbage)
    worker.start()
    worker.join()
    assert _COLLECTED_ON == []  # the worker never collected, though it made 10,000
    qtbot.waitUntil(lambda: len(_COLLECTED_ON) > 1000, timeout=5000)
    assert set(_COLLECTED_ON) == {threading.main_thread().ident}
    gc.collect()
