"""Fixtures for the Qt front end: real widgets on the offscreen platform."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from ui.operations import Operations

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session", autouse=True)
def _release_clipboard_at_exit() -> Iterator[None]:
    """What the app does at quit (see ``ui.clipboard.release_clipboard``):
    a QMimeData left on the clipboard crashes the interpreter's exit."""
    yield
    from PySide6.QtWidgets import QApplication

    from ui.clipboard import release_clipboard

    if QApplication.instance() is not None:
        release_clipboard()


@pytest.fixture
def operations() -> Iterator[Operations]:
    """A worker pool of the test's own, shut down afterwards."""
    operations = Operations()
    yield operations
    operations.shutdown()
