"""Fixtures for the preview: a controller showing a draft pipeline's snapshots, and a panel.

``request(release)`` hands a text to the pipeline, as an edit of the open
draft does in the window.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from osbpress.media import MediaSource
from osbpress.model import Release
from osbpress.sample import sample_media, sample_profile
from ui.operations import Operations
from ui.pipeline import DraftPipeline
from ui.preview import PreviewController, PreviewPanel

Request = Callable[..., int]


@pytest.fixture
def pipeline(operations: Operations) -> DraftPipeline:
    return DraftPipeline(operations)


@pytest.fixture
def controller(operations: Operations, pipeline: DraftPipeline) -> PreviewController:
    controller = PreviewController(operations)
    pipeline.published.connect(controller.show)
    return controller


@pytest.fixture
def request_text(pipeline: DraftPipeline) -> Request:
    def request(release: Release, media: MediaSource = sample_media) -> int:
        return pipeline.submit(release, sample_profile(), media)

    return request


@pytest.fixture
def panel(qtbot: QtBot, controller: PreviewController) -> PreviewPanel:
    panel = PreviewPanel()
    qtbot.addWidget(panel)
    controller.rendered.connect(panel.show_result)
    controller.failed.connect(panel.show_error)
    panel.resize(600, 800)
    panel.show()
    return panel
