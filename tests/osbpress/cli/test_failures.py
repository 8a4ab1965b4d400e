"""System errors reach the officer as Turkish sentences naming their path, never as English.

Each case runs the real command against a path the operating system really
refuses: a file used as a folder, a 300-letter name, a read-only folder
(as root, where permissions do not block, run as ``nobody`` through
``setpriv``), ``/dev/full`` behind a redirection, and a reader that closes
the pipe after one line.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

import osbpress
from osbpress.cli import main
from osbpress.cli.failures import describe, reason, translate, user_path
from osbpress.errors import ExportError
from osbpress.files import write_error

ROOT = Path(osbpress.__file__).resolve().parent.parent
NOBODY = 65534
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
SETPRIV = shutil.which("setpriv")

# The C library's English, which must never reach the officer.
_ENGLISH = ("File exists", "Not a directory", "No such file", "name too long", "(None)")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("OSBPRESS_HOME", str(tmp_path / "veri"))
    return tmp_path / "veri"


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "ornek.json"
    assert main(["sample", "-o", str(path)]) == 0
    return path


def _error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert err.startswith("Hata: ") and "Traceback" not in err
    for english in _ENGLISH:
        assert english not in err, err
    assert ".tmp" not in err and ".partial" not in err  # never a hidden temporary name
    return err


def test_sample_under_a_regular_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "dosya").write_text("x")
    assert main(["sample", "-o", str(tmp_path / "dosya" / "b.json")]) == 2
    err = _error(capsys)
    assert f"“{tmp_path / 'dosya'}”" in err
    assert "yoldaki klasörlerden biri aslında bir dosya" in err


def test_render_into_a_folder_with_a_300_letter_name(
    tmp_path: Path, draft: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / ("ç" * 300)
    assert main(["render", str(draft), "-o", str(out), "--format", "txt"]) == 2
    err = _error(capsys)
    assert "dosya adı çok uzun; daha kısa bir ad seçin" in err
    assert str(out) in err


def test_render_under_a_file_names_the_folder(
    tmp_path: Path, draft: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "dosya").write_text("x")
    out = tmp_path / "dosya" / "cikti"
    assert main(["render", str(draft), "-o", str(out), "--format", "txt"]) == 2
    assert f"“{out}” yazılamadı" in _error(capsys)
    # An output "folder" that is an existing file ("File exists (outfile)" before).
    assert main(["render", str(draft), "-o", str(tmp_path / "dosya"), "--format", "txt"]) == 2
    assert "bu adda bir dosya ya da klasör zaten var; başka bir ad seçin" in _error(capsys)


def test_drafts_export_under_a_file_names_the_bundle_not_its_temporary(
    home: Path, draft: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["drafts", "import", str(draft)]) == 0
    draft_id = capsys.readouterr().out.split()[2]
    (tmp_path / "dosya").write_text("x")
    target = tmp_path / "dosya" / "b.osbpress"
    assert main(["drafts", "export", draft_id, str(target)]) == 2
    err = _error(capsys)
    assert f"“{target}” kullanılamadı: yoldaki klasörlerden biri aslında bir dosya" in err
    long_name = tmp_path / ("a" * 300)
    assert main(["drafts", "export", draft_id, str(long_name)]) == 2
    assert "dosya adı çok uzun" in _error(capsys)


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder another user can reach (tmp_path's parents are private), removed after."""
    made = Path(tempfile.mkdtemp(prefix="osbpress-ro-"))
    made.chmod(0o755)
    yield made
    for path in (made, *made.rglob("*")):
        if path.is_dir():
            path.chmod(0o755)
    shutil.rmtree(made)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.skipif(
    AS_ROOT and SETPRIV is None,
    reason="running as root (chmod has no effect) and no setpriv to drop to another user",
)
def test_render_into_a_read_only_folder(shared_folder: Path) -> None:
    # Root ignores permission bits, so as root the command runs as ``nobody``
    # through setpriv (as tests/osbpress/store/test_read_only.py does).
    draft = shared_folder / "ornek.json"
    assert main(["sample", "-o", str(draft)]) == 0
    draft.chmod(0o644)
    home = shared_folder / "veri"
    home.mkdir()
    out = shared_folder / "salt-okunur"
    out.mkdir()
    command = [sys.executable, "-m", "osbpress", "render", str(draft), "-o", str(out)]
    command += ["--format", "txt,html"]
    if AS_ROOT:
        assert SETPRIV is not None
        os.chown(home, NOBODY, NOBODY)
        command = [SETPRIV, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", *command]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"}
    env["OSBPRESS_HOME"] = str(home)
    out.chmod(0o555)
    run = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    out.chmod(0o755)
    assert run.returncode == 2, run.stderr
    assert "yazma izniniz yok" in run.stderr and str(out) in run.stderr
    assert not any(english in run.stderr for english in _ENGLISH)
    assert list(out.iterdir()) == []


def test_every_errno_has_a_turkish_reason_and_no_none() -> None:
    for code in errno.errorcode:
        error = OSError(code, os.strerror(code), None)
        text = describe(error)
        assert "None" not in text and os.strerror(code) not in text, code
    full = describe(OSError(errno.ENOSPC, "No space left on device", None))
    assert full == "Dosya işlemi yapılamadı: diskte yer kalmadı; yer açıp yeniden deneyin"
    assert "(ENOSPC)" not in reason(OSError(errno.ENOSPC, "x"))
    assert "(EBADF)" in reason(OSError(errno.EBADF, "Bad file descriptor"))


def test_temporary_names_are_traced_back_to_the_officers_file() -> None:
    hidden = "/bülten/.bom.pdf.c1a39b8ccf23.tmp"
    text = describe(OSError(errno.EROFS, "Read-only file system", hidden))
    assert text == "“/bülten/bom.pdf” kullanılamadı: disk salt okunur; yazılabilir bir klasör seçin"
    assert user_path("/a/.b.osbpress.partial") == Path("/a/b.osbpress")
    assert user_path("/a/.gizli.txt") == Path("/a/.gizli.txt")  # an ordinary hidden file stays


def _raised_by_engine(path: Path, problem: OSError) -> ExportError:
    """The ExportError the engine raises for ``problem``, context and all."""
    try:
        try:
            raise problem
        except OSError:
            raise write_error(path, problem) from None
    except ExportError as error:
        return error


def test_an_engine_error_carrying_english_is_translated(tmp_path: Path) -> None:
    # Whatever errno the engine words in English, the CLI says it in Turkish.
    error = _raised_by_engine(tmp_path / "b.pdf", OSError(errno.EMFILE, "Too many open files"))
    text = translate(error)
    assert "Too many open files" not in text
    assert str(tmp_path / "b.pdf") in text and reason(OSError(errno.EMFILE, "")) in text


def _cli(*argv: str, **kwargs: object) -> subprocess.Popen[bytes]:
    return subprocess.Popen(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "osbpress", *argv], **kwargs
    )


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="SIGPIPE and /dev/full are Unix")
def test_a_closed_pipe_ends_the_command_quietly(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # 300 kB of body: more than a pipe holds, so the writer meets the closed end.
    long = tmp_path / "uzun.json"
    long.write_text('{"sections": [{"body": "' + "Uzun satır.\\n" * 25_000 + '"}]}')
    assert main(["drafts", "import", str(long)]) == 0
    draft_id = capsys.readouterr().out.split()[2]
    env = {**os.environ, "OSBPRESS_HOME": str(home)}
    shown = _cli(
        "drafts", "show", draft_id, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )
    assert shown.stdout is not None and shown.stderr is not None
    assert shown.stdout.readline().startswith(b"Kimlik: ")
    shown.stdout.close()  # what `| head -1` does after its line
    assert shown.wait(timeout=30) == 141
    with shown.stderr:
        assert shown.stderr.read() == b""


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_behind_stdout_is_one_turkish_line() -> None:
    with open("/dev/full", "wb") as full:
        done = _cli("schema", stdout=full, stderr=subprocess.PIPE)
        _, err = done.communicate(timeout=30)
    assert done.returncode == 2
    assert err.decode().splitlines() == [
        "Hata: Dosya işlemi yapılamadı: diskte yer kalmadı; yer açıp yeniden deneyin"
    ]
