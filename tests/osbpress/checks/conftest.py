"""Helpers for the checklist tests: run one rule on a release changed from the sample."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from osbpress.checks import Finding, check
from osbpress.model import Profile, Release
from osbpress.sample import sample_media, sample_profile, sample_release

TODAY = dt.date(2024, 11, 24)  # the sample's own release date


def run(
    rule: str, release: Release | None = None, profile: Profile | None = None, **kwargs: Any
) -> list[Finding]:
    """The findings of ``rule`` alone for ``release`` (the sample by default)."""
    kwargs.setdefault("today", TODAY)
    found = check(release or sample_release(), profile or sample_profile(), **kwargs)
    return [finding for finding in found if finding.rule == rule]


def edited(**changes: Any) -> Release:
    """The sample release with ``changes`` applied."""
    return sample_release().model_copy(update=changes)


@pytest.fixture
def media() -> Any:
    return sample_media
