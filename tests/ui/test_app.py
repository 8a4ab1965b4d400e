"""Starting the app: the headless fallback of ``make run`` and the Turkish error dialog text."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from osbpress.errors import StoreError
from ui import app
from ui.errors import message_for

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication


def test_no_display_renders_the_sample_headless(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    assert app.main([]) == 0
    said = capsys.readouterr().out
    assert (
        said.splitlines()[0]
        == "Ekran bulunamadı; uygulama yerine örnek bülten ekransız üretiliyor."
    )
    assert (tmp_path / "out" / "ornek" / "ornek-bulten.pdf").stat().st_size > 10_000


def test_a_display_or_a_qt_platform_means_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert app.has_display()
    monkeypatch.delenv("QT_QPA_PLATFORM")
    assert not app.has_display()
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert app.has_display()


def test_error_messages_are_turkish_and_name_the_problem() -> None:
    assert message_for(StoreError("Taslak kaydedilemedi: disk dolu")) == (
        "Taslak kaydedilemedi: disk dolu"
    )
    disk = OSError(28, "No space left on device", "/veri/taslak.pdf")
    assert "/veri/taslak.pdf" in message_for(disk)
    unexpected = message_for(ZeroDivisionError("division by zero"))
    assert "Beklenmeyen bir hata" in unexpected and "division" not in unexpected


def test_the_hook_logs_the_trace_and_shows_only_the_message(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtCore import qInstallMessageHandler

    from ui.errors import install, setup_logging

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    log = setup_logging(tmp_path)
    shown: list[tuple[str, str]] = []
    previous = qInstallMessageHandler(None)
    try:
        install(lambda title, message: shown.append((title, message)))
        try:
            raise KeyError("iç ayrıntı")
        except KeyError as error:
            sys.excepthook(type(error), error, error.__traceback__)
    finally:
        qInstallMessageHandler(previous)
    assert len(shown) == 1 and "Beklenmeyen bir hata" in shown[0][1]
    assert "iç ayrıntı" not in shown[0][1]
    assert "KeyError" in log.read_text(encoding="utf-8")


def test_screenshot_opens_the_sample_waits_for_the_preview_and_exits(tmp_path: Path) -> None:
    import os
    import subprocess

    from PySide6.QtGui import QImage

    picture = tmp_path / "pencere.png"
    env = {
        **os.environ,
        "OSBPRESS_HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)  # with no display --screenshot goes offscreen itself
    done = subprocess.run(
        [sys.executable, "-m", "ui", "--screenshot", str(picture)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-500:]
    image = QImage(str(picture))
    assert (image.width(), image.height()) == (1280, 720)


def test_files_the_os_asks_to_open_reach_the_window(qapp: QApplication, tmp_path: Path) -> None:
    """macOS hands a double-clicked .osbpress file over as a QFileOpenEvent."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QFileOpenEvent

    application = qapp
    opened: list[Path] = []
    opener = app.forward_file_opens(application, opened.append)
    try:
        bundle = tmp_path / "Finder’dan gelen.osbpress"
        application.sendEvent(application, QFileOpenEvent(str(bundle)))
        application.sendEvent(application, QEvent(QEvent.Type.ApplicationActivate))
        assert opened == [bundle]
    finally:
        application.removeEventFilter(opener)
        opener.deleteLater()
