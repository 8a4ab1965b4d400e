"""Fixtures for the draft store: a real SQLite file in a temporary folder."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from osbpress.store import DraftStore


@pytest.fixture
def store_file(tmp_path: Path) -> Path:
    return tmp_path / "veri" / "taslaklar.sqlite3"


@pytest.fixture
def store(store_file: Path) -> Iterator[DraftStore]:
    opened = DraftStore(store_file, auto_backup=False)
    yield opened
    opened.close()


def image_bytes(
    kind: str = "JPEG", colour: str = "navy", size: tuple[int, int] = (64, 48)
) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, kind)
    return out.getvalue()


@pytest.fixture
def jpeg() -> bytes:
    return image_bytes()
