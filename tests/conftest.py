"""Fixtures for every test: no test reads or writes the officer's real data folder."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def private_data_folder(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """``OSBPRESS_HOME`` points at an empty folder of the test's own."""
    folder = tmp_path_factory.mktemp("osbpress-home")
    monkeypatch.setenv("OSBPRESS_HOME", str(folder))
    return folder
