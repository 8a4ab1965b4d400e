"""Operations: work off the UI thread, results on it, latest wins, progress and cancel."""

from __future__ import annotations

import gc
import threading
import time
from typing import Any

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from osbpress.errors import StoreError
from ui.operations import Operations, Task


def test_success_arrives_on_the_main_thread(qtbot: QtBot) -> None:
    operations = Operations()
    seen: list[tuple[str, bool]] = []
    worker: list[str] = []

    def work(task: Task[str]) -> str:
        worker.append(threading.current_thread().name)
        return "bitti"

    operations.run(
        work,
        success=lambda v: seen.append((v, threading.current_thread() is threading.main_thread())),
    )
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [("bitti", True)]
    assert worker[0].startswith("osbpress-op")
    operations.shutdown()


def test_a_refusal_is_delivered_to_failure_not_raised(qtbot: QtBot) -> None:
    operations = Operations()
    errors: list[BaseException] = []
    ended: list[str] = []

    def refused(task: Task[None]) -> None:
        raise StoreError("Taslak deposu kilitli")

    def disk_full(task: Task[None]) -> None:
        raise OSError(28, "No space left on device")

    operations.run(refused, failure=errors.append, ended=lambda: ended.append("depo"))
    operations.run(disk_full, failure=errors.append, ended=lambda: ended.append("disk"))
    qtbot.waitUntil(lambda: len(errors) == 2)
    assert {type(e) for e in errors} == {StoreError, OSError}
    assert sorted(ended) == ["depo", "disk"]
    operations.shutdown()


def test_a_bug_reaches_the_error_hook_and_ended_still_runs(qtbot: QtBot) -> None:
    operations = Operations()
    errors: list[BaseException] = []
    ended: list[bool] = []

    def buggy(task: Task[None]) -> None:
        raise ValueError("bozuk")

    with qtbot.capture_exceptions() as hooked:
        operations.run(buggy, failure=errors.append, ended=lambda: ended.append(True))
        qtbot.waitUntil(lambda: operations.running == 0)
    assert [type(e[1]) for e in hooked] == [ValueError]
    assert errors == [] and ended == [True]
    operations.shutdown()


def test_an_older_result_with_the_same_key_is_dropped(qtbot: QtBot) -> None:
    operations = Operations()
    shown: list[str] = []
    release = threading.Event()

    def slow(task: Task[str]) -> str:
        release.wait(5)
        return "eski"

    operations.run(slow, success=shown.append, key="önizleme")
    operations.run(lambda task: "yeni", success=shown.append, key="önizleme")
    qtbot.waitUntil(lambda: shown == ["yeni"])
    release.set()
    qtbot.waitUntil(lambda: operations.running == 0)
    assert shown == ["yeni"]
    operations.shutdown()


def test_progress_and_cancel(qtbot: QtBot) -> None:
    operations = Operations()
    steps: list[tuple[int, int, str]] = []
    results: list[str] = []
    started = threading.Event()

    def work(task: Task[str]) -> str:
        task.progress(1, 3, "PDF")
        started.set()
        while not task.cancelled():
            time.sleep(0.01)
        return "iptal edildi"

    task = operations.run(work, success=results.append, progress=lambda *a: steps.append(a))
    qtbot.waitUntil(lambda: steps == [(1, 3, "PDF")])
    assert started.wait(2)
    task.cancel()
    qtbot.waitUntil(lambda: operations.running == 0)
    assert results == []  # a cancelled operation delivers nothing
    operations.shutdown()


class _Owner(QObject):
    """A parentless object whose bound methods are an operation's work and callback."""

    def __init__(self, log: list[bool]) -> None:
        super().__init__()
        self._log = log

    def work(self, _task: Task[Any]) -> int:
        time.sleep(0.05)
        return 1

    def __del__(self) -> None:
        self._log.append(threading.current_thread() is threading.main_thread())


def test_an_object_only_the_operation_holds_dies_on_the_main_thread(qtbot: QtBot) -> None:
    operations = Operations()
    deaths: list[bool] = []
    owner = _Owner(deaths)
    operations.run(owner.work)
    del owner
    qtbot.waitUntil(lambda: operations.running == 0)
    time.sleep(0.1)  # let the worker finish releasing whatever it still holds
    gc.collect()
    operations.shutdown()
    assert deaths == [True]


def test_a_result_for_an_owner_deleted_meanwhile_is_dropped(qtbot: QtBot) -> None:
    operations = Operations()
    owner, kept = QObject(), QObject()
    delivered: list[str] = []
    release = threading.Event()

    def slow(task: Task[str]) -> str:
        release.wait(5)
        return "geç"

    operations.run(slow, success=lambda v: delivered.append(f"silinen {v}"), owner=owner)
    operations.run(slow, success=lambda v: delivered.append(f"duran {v}"), owner=kept)
    owner.deleteLater()
    qtbot.wait(20)  # the deferred delete runs
    release.set()
    qtbot.waitUntil(lambda: operations.running == 0)
    assert delivered == ["duran geç"]
    operations.shutdown()


def test_a_queue_runs_its_work_in_order_one_at_a_time(qtbot: QtBot) -> None:
    operations = Operations(workers=4)
    order: list[int] = []
    delivered: list[int] = []
    busy = threading.Lock()

    def work(number: int) -> int:
        # A second save starting while one runs would find the lock taken.
        assert busy.acquire(blocking=False), "two works of one queue ran at once"
        time.sleep(0.01 if number % 2 else 0.002)
        order.append(number)
        busy.release()
        return number

    for number in range(6):
        operations.run(lambda t, n=number: work(n), success=delivered.append, queue="kayıt")
    # ``call`` waits, on this thread, behind everything queued before it.
    assert operations.call(lambda: list(order), queue="kayıt") == list(range(6))
    qtbot.waitUntil(lambda: len(delivered) == 6)
    assert delivered == list(range(6))
    operations.end_queue("kayıt")
    operations.shutdown()


def test_a_queued_work_still_finishes_at_shutdown(qtbot: QtBot) -> None:
    operations = Operations()
    done = threading.Event()

    def slow(task: Task[None]) -> None:
        time.sleep(0.05)
        done.set()

    operations.run(slow, queue="kayıt")
    operations.shutdown()  # at quit: a save on its way is waited for, never dropped
    assert done.is_set()
