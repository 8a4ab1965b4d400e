"""Shared fixtures for engine tests: the sample release and profile, a data folder that refuses."""

from __future__ import annotations

from pathlib import Path

import pytest

from osbpress.model import Profile, Release
from osbpress.sample import sample_profile, sample_release


@pytest.fixture
def release() -> Release:
    return sample_release()


@pytest.fixture
def profile() -> Profile:
    return sample_profile()


@pytest.fixture
def unwritable_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``OSBPRESS_HOME`` is a file, so its cache folder can never be made; the file."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    monkeypatch.setenv("OSBPRESS_HOME", str(blocker))
    return blocker
