"""Fixtures for the editor pages' tests: a real store, a context over it, the sample."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from osbpress.model import Release
from osbpress.sample import sample_profile, sample_release
from osbpress.store import DraftStore
from ui.context import AppContext
from ui.operations import Operations


@pytest.fixture
def store(tmp_path: Path) -> Iterator[DraftStore]:
    store = DraftStore(tmp_path / "s.sqlite3", auto_backup=False)
    yield store
    store.close()


@pytest.fixture
def context(store: DraftStore) -> Iterator[AppContext]:
    """A context with the store open and the sample organisation's profile."""
    operations = Operations()
    context = AppContext(operations)
    context.set_store(store)
    context.set_profile(sample_profile())
    yield context
    operations.shutdown()


@pytest.fixture
def release() -> Release:
    return sample_release()
