"""Copying the write-ahead log into the database file, away from the saving thread.

SQLite normally does this "checkpoint" inside whichever commit finds the
log past 1,000 pages, so one save in a hundred waited for it (the bench saw
save p99 go from ~3 ms to ~12 ms). The store turns that off and a small
thread with its own connection checkpoints after every ``EVERY`` saves
instead; saving never waits for it. A failed checkpoint costs nothing (the
log keeps everything) and is simply tried again later; closing the last
connection checkpoints anyway.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from pathlib import Path

EVERY = 64  # a save writes ~15 pages, so about SQLite's own 1,000-page rhythm


class Checkpointer:
    def __init__(self, path: Path) -> None:
        self._path = path
        self._writes = 0
        self._wake = threading.Event()
        self._stop = False
        self._thread: threading.Thread | None = None

    def wrote(self) -> None:
        """Count one committed write; every ``EVERY``-th wakes the checkpoint thread."""
        self._writes += 1
        if self._writes < EVERY:
            return
        self._writes = 0
        if self._thread is None:
            # Started on first need, so a short command-line run never starts it.
            self._thread = threading.Thread(target=self._run, name="osbpress-wal", daemon=True)
            self._thread.start()
        self._wake.set()

    def close(self) -> None:
        """Stop the thread after a last checkpoint (nothing to do if it never started)."""
        if self._thread is not None:
            self._stop = True
            self._wake.set()
            self._thread.join()
            self._thread = None

    def _run(self) -> None:
        try:
            conn = sqlite3.connect(self._path, timeout=10)
        except sqlite3.Error:
            return
        try:
            while True:
                self._wake.wait()
                self._wake.clear()
                # Read before checkpointing: a close() arriving during this round wakes
                # us again, so its last checkpoint covers every save before it.
                stopping = self._stop
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
                if stopping:
                    return
        finally:
            conn.close()
