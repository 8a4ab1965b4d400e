"""Fixtures for the preview: a worker pool, a controller wired to a panel."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from ui.operations import Operations
from ui.preview import PreviewController, PreviewPanel


@pytest.fixture
def controller(operations: Operations) -> PreviewController:
    return PreviewController(operations)


@pytest.fixture
def panel(qtbot: QtBot, controller: PreviewController) -> PreviewPanel:
    panel = PreviewPanel()
    qtbot.addWidget(panel)
    controller.rendered.connect(panel.show_result)
    controller.failed.connect(panel.show_error)
    panel.resize(600, 800)
    panel.show()
    return panel
