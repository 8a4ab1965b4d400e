"""Hostile input files: devices, FIFOs, sockets and endless files end in a Turkish sentence, at once.

Every path the engine reads (a draft, a bundle, a photo, a profile) goes
through ``files.open_regular``; these tests give each of them the files a
hostile or confused user would, with a timeout so a blocking open fails the
test instead of hanging the suite.
"""

from __future__ import annotations

import json
import os
import socket
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from osbpress.bundle import import_bundle
from osbpress.cli.draftfile import load_draft, load_profile_file
from osbpress.errors import BundleError, DraftError, MediaError, OsbPressError
from osbpress.files import read_regular
from osbpress.media import folder_media, read_file
from osbpress.validation import load_release_file

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
needs_dev_zero = pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")


def _within(seconds: float, work: Callable[[], object]) -> BaseException:
    """The error ``work`` raises, failing the test if it runs longer than ``seconds``."""
    outcome: list[BaseException] = []

    def run() -> None:
        try:
            work()
        except BaseException as error:
            outcome.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still reading after {seconds} s"
    assert outcome, "a hostile file was accepted"
    return outcome[0]


READERS: dict[str, Callable[[Path], object]] = {
    "draft": load_release_file,
    "draft via render": load_draft,
    "profile": load_profile_file,
    "bundle": import_bundle,
    "photo": lambda path: folder_media(path.parent)(path.name),
}


@needs_fifo
@pytest.mark.parametrize("reader", READERS)
def test_a_fifo_is_refused_without_blocking(tmp_path: Path, reader: str) -> None:
    suffix = ".osbpress" if reader == "bundle" else ".json"
    fifo = tmp_path / f"boru{suffix}"
    os.mkfifo(fifo)
    error = _within(3, lambda: READERS[reader](fifo))
    assert isinstance(error, OsbPressError)
    assert "FIFO" in str(error) and "boru" in str(error)


@needs_dev_zero
@pytest.mark.parametrize("reader", READERS)
def test_dev_zero_is_refused_by_name(reader: str) -> None:
    error = _within(3, lambda: READERS[reader](Path("/dev/zero")))
    assert isinstance(error, OsbPressError)
    assert "aygıt" in str(error) and "zero" in str(error)


@pytest.mark.skipif(not Path("/dev/urandom").exists(), reason="no /dev/urandom")
@pytest.mark.parametrize("reader", READERS)
def test_a_link_to_dev_urandom_is_refused(tmp_path: Path, reader: str) -> None:
    link = tmp_path / ("paket.osbpress" if reader == "bundle" else "taslak.json")
    link.symlink_to("/dev/urandom")
    error = _within(3, lambda: READERS[reader](link))
    assert isinstance(error, OsbPressError)
    assert "aygıt" in str(error) and link.name in str(error)


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no Unix sockets")
def test_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "soket.json"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        with pytest.raises(DraftError, match="bir soket"):
            load_release_file(path)
    finally:
        server.close()


def test_a_folder_is_named_as_a_folder(tmp_path: Path) -> None:
    with pytest.raises(MediaError, match="bir dosya değil, klasör"):
        folder_media(tmp_path)(".")


def test_a_file_past_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "büyük.jpg"
    with big.open("wb") as handle:
        handle.truncate(3 * 1024 * 1024)  # sparse: costs no disk
    with pytest.raises(MediaError, match=r"“büyük\.jpg” çok büyük \(3 MB; en çok 2 MB\)"):
        read_file(big, "“büyük.jpg”", MediaError, limit=2 * 1024 * 1024)
    assert read_regular(big, 4 * 1024 * 1024, "x", MediaError)[:4] == b"\0\0\0\0"


def test_a_draft_file_is_read_with_a_cap(tmp_path: Path) -> None:
    draft = tmp_path / "dev.json"
    with draft.open("wb") as handle:
        handle.truncate(64 * 1024 * 1024)
    with pytest.raises(DraftError, match="çok büyük"):
        load_release_file(draft)


def test_a_nul_in_a_path_is_a_turkish_error(tmp_path: Path) -> None:
    with pytest.raises(MediaError, match="NUL"):
        read_file(tmp_path / "a\x00b.jpg", "“a.jpg”", MediaError)


def test_a_missing_file_names_its_path(tmp_path: Path) -> None:
    with pytest.raises(BundleError, match="bulunamadı") as caught:
        import_bundle(tmp_path / "yok.osbpress")
    assert "yok.osbpress" in str(caught.value)


def test_a_regular_draft_still_loads(tmp_path: Path) -> None:
    draft = tmp_path / "taslak.json"
    draft.write_text(json.dumps({"headline": "Ziyaret"}), encoding="utf-8")
    assert load_release_file(draft).headline == "Ziyaret"


def test_a_cache_entry_is_written_whole_or_not_at_all(tmp_path: Path) -> None:
    from osbpress.files import write_cache

    entry = tmp_path / "cache" / "fonts" / "a.marshal"
    assert write_cache(entry, b"veri") and entry.read_bytes() == b"veri"  # folder made
    blocker = tmp_path / "dosya"
    blocker.write_text("bir dosya")
    assert not write_cache(blocker / "b.marshal", b"veri")  # a file where the folder should be
    assert sorted(p.name for p in entry.parent.iterdir()) == ["a.marshal"]  # no temporary left
