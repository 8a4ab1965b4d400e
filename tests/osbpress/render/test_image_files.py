"""Prepared photos kept in the cache folder: read back by the next process, never trusted broken."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from osbpress.document import Figure
from osbpress.render import image_files
from osbpress.render.images import clear_image_cache, prepare_logo, print_image
from tests.osbpress.render.conftest import logo_bytes, photo_bytes


@pytest.fixture(autouse=True)
def _nothing_prepared_in_memory() -> Iterator[None]:
    clear_image_cache()  # each test starts as a new process would ...
    yield
    clear_image_cache()  # ... and leaves no planted picture to the next file's tests


def _figure(data: bytes) -> Figure:
    return Figure(data, "foto-01-abc", caption="Heyet fabrikada", origin=("photos", 0, "image"))


def _entries() -> list[Path]:
    return sorted(image_files.folder().glob("*.img"))


def _next_process() -> None:
    # What a new process starts with: nothing prepared in memory.
    clear_image_cache()


def test_a_prepared_photo_is_kept_and_read_back_the_same() -> None:
    figure = _figure(photo_bytes(2400, 1600))
    first = print_image(figure)
    (entry,) = _entries()
    assert entry.name.startswith(figure.digest.hex())
    _next_process()
    assert print_image(_figure(figure.data)) == first
    prepare_logo(logo_bytes())
    assert len(_entries()) == 2


def test_what_the_entry_holds_is_what_the_renderer_gets() -> None:
    # Proof that the next process reads the entry instead of decoding: a
    # picture planted under the photo's name is what comes back.
    figure = _figure(photo_bytes())
    prepared = print_image(figure)
    planted = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 0, 0)).save(planted, "JPEG")
    (entry,) = _entries()
    image_files.write(entry.name, planted.getvalue(), 40, 30, "image/jpeg", 19.2)
    _next_process()
    again = print_image(_figure(figure.data))
    assert (again.data, again.width, again.height) == (planted.getvalue(), 40, 30)
    assert again != prepared


@pytest.mark.parametrize("damage", ["flip", "truncate", "garbage", "empty"])
def test_a_damaged_entry_is_never_embedded(damage: str) -> None:
    figure = _figure(photo_bytes())
    prepared = print_image(figure)
    (entry,) = _entries()
    raw = bytearray(entry.read_bytes())
    if damage == "flip":
        raw[-100] ^= 0xFF
    elif damage == "truncate":
        raw = raw[: len(raw) // 2]
    elif damage == "garbage":
        raw = bytearray(os.urandom(len(raw)))
    else:
        raw = bytearray()
    entry.write_bytes(bytes(raw))
    _next_process()
    assert print_image(_figure(figure.data)) == prepared  # made again from the photo
    assert entry.read_bytes() != bytes(raw)  # and the entry written anew


def test_an_unwritable_cache_folder_only_costs_the_decode(unwritable_home: Path) -> None:
    prepared = print_image(_figure(photo_bytes()))
    assert prepared.width == 1200 and prepared.mime == "image/jpeg"


def test_the_folder_is_kept_under_its_limit_dropping_the_longest_unused() -> None:
    figures = [_figure(photo_bytes(800 + 10 * n, 600)) for n in range(4)]
    for number, figure in enumerate(figures):
        print_image(figure)
        entry = image_files.folder() / image_files.name_for(figure.digest, 2000, 88, False)
        os.utime(entry, ns=(number * 10**9, number * 10**9))  # written one after another
    _next_process()
    print_image(_figure(figures[0].data))  # the oldest is read again: now the newest
    sizes = {path.name: path.stat().st_size for path in _entries()}
    image_files.prune(limit=sum(sizes.values()) - 1)
    kept = {path.name for path in _entries()}
    assert image_files.name_for(figures[1].digest, 2000, 88, False) not in kept
    assert image_files.name_for(figures[0].digest, 2000, 88, False) in kept
    assert len(kept) == 3


def test_a_second_process_writes_the_same_pdf(tmp_path: Path) -> None:
    probe = (
        "import sys\n"
        "from osbpress.compose import compose\n"
        "from osbpress.render import render_pdf\n"
        "from osbpress.sample import sample_media, sample_profile, sample_release\n"
        "doc = compose(sample_release(), sample_profile(), media=sample_media)\n"
        "sys.stdout.buffer.write(render_pdf(doc, deterministic=True))\n"
    )
    env = {**os.environ, "OSBPRESS_HOME": str(tmp_path / "home")}
    first, second = (
        subprocess.run([sys.executable, "-c", probe], capture_output=True, env=env, check=True)
        for _ in range(2)
    )
    assert (tmp_path / "home" / "cache" / "images").is_dir()
    assert first.stdout == second.stdout and first.stdout.startswith(b"%PDF")
