"""Shared fixtures for engine tests: the sample release and profile."""

from __future__ import annotations

import pytest

from osbpress.model import Profile, Release
from osbpress.sample import sample_profile, sample_release


@pytest.fixture
def release() -> Release:
    return sample_release()


@pytest.fixture
def profile() -> Profile:
    return sample_profile()
