"""The one way the app runs slow work off the UI thread (Anki's ``op`` pattern).

``Operations.run(work, success=…, failure=…)`` runs ``work(task)`` on a
worker thread and calls ``success(result)`` or ``failure(error)`` back on the
main thread. ``failure`` hears only of the world refusing: an engine error
(``OsbPressError``, a Turkish message naming the fault) or an ``OSError``
(a full disk, a file gone); any other exception is a bug and is raised on
the main thread, where the app's error hook reports it, whatever the
caller passed. ``ended()`` runs first, however the work ended (success,
refusal or bug), for state that must be reset either way (a busy flag, the
next queued render); ``success`` or ``failure`` then sees that state
settled. ``task`` lets the work report progress (``task.progress(done,
total, label)``) and check for cancellation (``task.cancelled()``, which the
engine's ``cancelled=`` callbacks take as they are). Giving a ``key`` makes
the operation latest-wins: a result of an older operation with the same key
that finishes after a newer one started is dropped, never shown. Giving an
``owner`` (the widget or object the callbacks belong to) drops the result
when that object has been deleted meanwhile (a closed dialog, a window torn
down), so callbacks need no guard of their own. Giving a ``queue`` name runs
the work on that queue's own thread, after every earlier work of the same
queue and before every later one (the open draft's saves, each on the
revision the one before made); ``call`` runs work on a queue and waits for
its result on the calling thread (quitting, scripts), in the same order.

The work and its callbacks are kept in a table on the main thread until the
result is delivered, and the worker hands back only the outcome. Were the
worker to drop the last reference to a callback, a bound method of a
parentless widget, Python would delete that widget on the worker thread,
which Qt does not survive.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal

from osbpress.errors import OsbPressError

T = TypeVar("T")
REFUSALS = (OsbPressError, OSError)
"""What ``failure`` hears of: the world refusing, not a bug."""


@dataclass
class Task(Generic[T]):
    """One running operation, as the work and its caller see it."""

    key: str | None
    serial: int
    on_progress: Callable[[int, int, str], None] | None = None
    owner: QObject | None = None
    _cancel: threading.Event = field(default_factory=threading.Event)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def progress(self, done: int, total: int, label: str = "") -> None:
        """Called from the worker; delivered to ``on_progress`` on the main thread."""
        if self.on_progress is not None:
            self._emit(done, total, label)

    _emit: Callable[[int, int, str], None] = field(default=lambda *_: None, repr=False)


class Operations(QObject):
    """A small thread pool whose results come back on the main thread."""

    _finished = Signal(object)
    _progressed = Signal(object, int, int, str)

    def __init__(self, parent: QObject | None = None, *, workers: int = 2) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="osbpress-op")
        self._serials = itertools.count(1)
        self._latest: dict[str, int] = {}
        self._running = 0
        # serial -> (work, success, failure, ended), released on the main thread at delivery.
        self._held: dict[int, tuple[Any, Any, Any, Any]] = {}
        self._queues: dict[str, ThreadPoolExecutor] = {}
        self._closed = False
        self._finished.connect(self._deliver)
        self._progressed.connect(self._deliver_progress)

    @property
    def running(self) -> int:
        """How many operations have not delivered their result yet."""
        return self._running

    def run(
        self,
        work: Callable[[Task[Any]], T],
        *,
        success: Callable[[T], object] | None = None,
        failure: Callable[[BaseException], object] | None = None,
        ended: Callable[[], object] | None = None,
        progress: Callable[[int, int, str], None] | None = None,
        key: str | None = None,
        owner: QObject | None = None,
        queue: str | None = None,
    ) -> Task[T]:
        """Start ``work`` on a worker thread; see the module docstring.

        Raises RuntimeError once ``shutdown`` ran.
        """
        task: Task[T] = Task(key=key, serial=next(self._serials), on_progress=progress, owner=owner)
        task._emit = lambda done, total, label: self._progressed.emit(task, done, total, label)
        if key is not None:
            self._latest[key] = task.serial
        self._running += 1
        self._held[task.serial] = (work, success, failure, ended)
        box = [work]  # the worker's only way to the work, emptied before it reports

        def body() -> None:
            run = box.pop()
            try:
                outcome: tuple[bool, Any] = (True, run(task))
            except BaseException as error:  # delivered to failure() on the main thread
                outcome = (False, error)
            del run  # the main thread's table still holds it: never the last reference here
            self._finished.emit((task, outcome))

        try:
            self._executor(queue).submit(body)
        except RuntimeError:  # shut down: nothing will run or be delivered
            self._running -= 1
            del self._held[task.serial]
            raise
        return task

    def call(self, work: Callable[[], T], *, queue: str) -> T:
        """Run ``work`` on ``queue`` after the work queued before it, and wait for its result.

        Its value is returned (or its error raised) here, on the calling
        thread; nothing is delivered to the main thread.
        """
        return self._executor(queue).submit(work).result()

    def _executor(self, queue: str | None) -> ThreadPoolExecutor:
        if queue is None:
            return self._pool
        executor = self._queues.get(queue)
        if executor is None:
            if self._closed:
                raise RuntimeError("operations shut down")
            executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"osbpress-{queue}")
            self._queues[queue] = executor
        return executor

    def end_queue(self, queue: str) -> None:
        """Let ``queue``'s thread end once its work is done (the work still runs and reports)."""
        executor = self._queues.pop(queue, None)
        if executor is not None:
            executor.shutdown(wait=False)

    def is_latest(self, task: Task[Any]) -> bool:
        return task.key is None or self._latest.get(task.key) == task.serial

    def _wanted(self, task: Task[Any]) -> bool:
        """Still to be delivered: the newest of its key, not cancelled, its owner alive."""
        owner_alive = task.owner is None or shiboken6.isValid(task.owner)
        return owner_alive and self.is_latest(task) and not task.cancelled()

    def _deliver(self, packet: tuple[Any, ...]) -> None:
        task, (ok, value) = packet
        _work, success, failure, ended = self._held.pop(task.serial)
        self._running -= 1
        if not self._wanted(task):
            return
        if ended is not None:
            ended()
        if ok:
            if success is not None:
                success(value)
        elif failure is not None and isinstance(value, REFUSALS):
            failure(value)
        else:
            raise value  # a bug (or a refusal nobody listens for): the error hook

    def _deliver_progress(self, task: Task[Any], done: int, total: int, label: str) -> None:
        if task.on_progress is not None and self._wanted(task):
            task.on_progress(done, total, label)

    @property
    def closed(self) -> bool:
        """True once ``shutdown`` ran: a late timer must not start work any more."""
        return self._closed

    def shutdown(self) -> None:
        """Wait for running work to end (at quit); results not yet delivered are dropped."""
        self._closed = True
        for executor in self._queues.values():
            executor.shutdown(wait=True)  # a queue's work (a save) is finished, never dropped
        self._queues.clear()
        self._pool.shutdown(wait=True, cancel_futures=True)
