"""export() when the disk refuses the third format: no partial output, the old files back.

Two real failures: a folder standing where the HTML should go (every file is
staged, the PDF and DOCX are renamed into place, then the HTML rename fails
and both must be undone), and a file-size limit (``RLIMIT_FSIZE``) that
makes the kernel refuse the third file while it is being written, as a full
disk would.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from osbpress.cli import main
from osbpress.errors import ExportError
from osbpress.export import export
from tests.osbpress.render.conftest import turkish_document

_OLD = {"b.pdf": b"last week's PDF", "b.docx": b"last week's DOCX"}


def _folder_state(folder: Path) -> dict[str, bytes | None]:
    return {p.name: (p.read_bytes() if p.is_file() else None) for p in sorted(folder.iterdir())}


def test_a_failed_third_rename_puts_the_first_two_back(tmp_path: Path) -> None:
    for name, data in _OLD.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "b.html").mkdir()  # the third format cannot be renamed into place
    before = _folder_state(tmp_path)
    with pytest.raises(ExportError) as caught:
        export(turkish_document(), tmp_path, "b", ["pdf", "docx", "html", "txt"])
    assert caught.value.path == tmp_path / "b.html"
    assert str(caught.value).startswith(f"“{tmp_path / 'b.html'}” yazılamadı")
    assert str(caught.value).endswith("Klasördeki dosyalar değiştirilmedi")
    assert _folder_state(tmp_path) == before  # old PDF and DOCX back, no .tmp or .bak left


def test_a_failed_third_rename_removes_new_files_where_none_were(tmp_path: Path) -> None:
    (tmp_path / "b.html").mkdir()
    with pytest.raises(ExportError):
        export(turkish_document(), tmp_path, "b", ["pdf", "docx", "html"])
    assert [p.name for p in tmp_path.iterdir()] == ["b.html"]


@contextlib.contextmanager
def _file_size_limit(size: int) -> Iterator[None]:
    """Files may grow to ``size`` bytes; past it the kernel fails the write (EFBIG)."""
    resource = pytest.importorskip("resource")
    old_limit = resource.getrlimit(resource.RLIMIT_FSIZE)
    # Without this the kernel ends the process (SIGXFSZ) instead of failing the write.
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, old_limit[1]))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, old_limit)
        signal.signal(signal.SIGXFSZ, old_handler)


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="file-size limits are Unix")
def test_a_disk_refusing_the_third_file_leaves_nothing(tmp_path: Path) -> None:
    doc = turkish_document()
    # Sizes of this release: text and HTML are small, the PDF is far larger.
    sizes = {
        p.suffix: p.stat().st_size
        for p in export(doc, tmp_path / "olcu", "b", ["txt", "html", "pdf"])
    }
    limit = (max(sizes[".txt"], sizes[".html"]) + sizes[".pdf"]) // 2
    assert max(sizes[".txt"], sizes[".html"]) < limit < sizes[".pdf"]
    out = tmp_path / "cikti"
    out.mkdir()
    (out / "b.txt").write_bytes(b"eski metin")
    with _file_size_limit(limit), pytest.raises(ExportError) as caught:
        export(doc, out, "b", ["txt", "html", "pdf"])
    assert caught.value.path == out / "b.pdf"
    assert "Klasördeki dosyalar değiştirilmedi" in str(caught.value)
    assert _folder_state(out) == {"b.txt": b"eski metin"}


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="file-size limits are Unix")
def test_render_says_no_file_was_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OSBPRESS_HOME", str(tmp_path / "veri"))
    draft = tmp_path / "b.json"
    assert main(["sample", "-o", str(draft)]) == 0
    out = tmp_path / "cikti"
    with _file_size_limit(64 * 1024):  # the text fits, the PDF with its photo does not
        code = main(["render", str(draft), "-o", str(out), "--format", "txt,pdf"])
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith(f"Hata: “{out / 'b.pdf'}” yazılamadı: ")
    assert "Klasördeki dosyalar değiştirilmedi" in err
    assert "File too large" not in err and ".tmp" not in err
    assert list(out.iterdir()) == []
    assert os.path.getsize(draft) < 64 * 1024
