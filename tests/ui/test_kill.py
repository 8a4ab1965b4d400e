"""Killing the app while the officer types loses at most the last second of typing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from osbpress.paths import STORE_FILE
from osbpress.store import DraftStore

ROOT = Path(__file__).resolve().parents[2]


def _typed(log: Path) -> list[tuple[float, str]]:
    lines = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
    return [(float(t), text) for t, _, text in (line.partition(" ") for line in lines)]


def test_sigkill_while_typing_loses_at_most_a_second(tmp_path: Path) -> None:
    home = tmp_path / "home"
    log = tmp_path / "yazilan.log"
    env = {**os.environ, "OSBPRESS_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.typist", str(log)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while len(_typed(log)) < 60:  # about 2.5 s of typing
            assert child.poll() is None, child.stderr.read().decode() if child.stderr else ""
            assert time.monotonic() < deadline, "the child app never started typing"
            time.sleep(0.05)
        killed_at = time.time()
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait(10)
        if child.stderr is not None:
            child.stderr.close()
    typed = _typed(log)
    with DraftStore(home / STORE_FILE, auto_backup=False) as store:
        (summary,) = store.list()
        saved = store.get(summary.id).release.headline
    texts = [text for _, text in typed]
    assert saved in texts, "the saved headline is not one the officer typed"
    # What was on screen a second before the kill must be saved, all of it.
    earlier = [text for when, text in typed if when <= killed_at - 1.0]
    assert earlier, "typing had not gone on for a second"
    assert len(saved) >= len(earlier[-1])
