"""`make mutants`: mutation testing of the modules that must never break, one at a time.

For each module below, mutmut (configured under ``[tool.mutmut]`` in
pyproject.toml) changes the code one small way at a time and runs that
module's own tests against each change; a change no test notices is a
survivor. Each module runs in a work folder of its own under
``build/mutants/`` (made afresh), whose pyproject.toml is this project's with
``only_mutate`` and the test selection set to that module, so no run pays
for the whole suite. At the end a table gives each module's mutants, killed,
survivors and their share, and every survivor not listed as equivalent in
tests/MUTANTS.md is printed with its diff. Exits 1 when a module has more
than 5 % survivors or an unexplained one.

``python tests/mutants.py quotes markup`` runs only the modules whose path
holds one of the words. Slow (minutes per module): not part of ``make test``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "build" / "mutants"
EXPLAINED = ROOT / "tests" / "MUTANTS.md"
LIMIT = 0.05

# Each module and the tests that are its own.
MODULES: dict[str, list[str]] = {
    "osbpress/turkish/suffixes.py": ["tests/osbpress/turkish"],
    "osbpress/turkish/casing.py": ["tests/osbpress/turkish"],
    "osbpress/compose/markup.py": [
        "tests/osbpress/test_markup.py",
        "tests/osbpress/test_markup_plain.py",
    ],
    "osbpress/render/html.py": [
        "tests/osbpress/render/test_html.py",
        "tests/osbpress/render/test_html_blocks.py",
        "tests/osbpress/render/test_html_escaping.py",
        "tests/osbpress/render/test_links.py",
    ],
    "osbpress/render/common.py": [
        "tests/osbpress/render/test_html.py",
        "tests/osbpress/render/test_html_blocks.py",
        "tests/osbpress/render/test_links.py",
        "tests/osbpress/render/test_text.py",
    ],
    "osbpress/store/drafts.py": [
        "tests/osbpress/store/test_drafts.py",
        "tests/osbpress/store/test_conflicts.py",
        "tests/osbpress/store/test_listing.py",
    ],
    "osbpress/store/revisions.py": [
        "tests/osbpress/store/test_drafts.py",
        "tests/osbpress/store/test_conflicts.py",
    ],
    "osbpress/store/recovery.py": [
        "tests/osbpress/store/test_recovery.py",
        "tests/osbpress/store/test_integrity.py",
    ],
    "ui/editor/session.py": ["tests/ui/editor/test_session.py"],
    "osbpress/bundle.py": ["tests/osbpress/test_bundle.py"],
    "osbpress/compose/quotes.py": ["tests/osbpress/test_quotes.py"],
    "osbpress/compose/protocol.py": ["tests/osbpress/test_facts_protocol.py"],
}
# Linked into each work folder; mutmut copies them into its mutants/ copy.
LINKED = ("osbpress", "ui", "tests", "resources", "templates")
# mutmut's exit codes (mutmut.stats.status_by_exit_code) that count as killed.
KILLED = {1, 3, 36, 37, -24, 24, 152, 255, -11, -9}


def _config(module: str, tests: list[str]) -> str:
    """This project's pyproject.toml with mutmut aimed at ``module`` and ``tests``."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    isolation = "forkserver" if module.startswith("ui/") else "fork"
    settings = (
        f"only_mutate = {json.dumps([module])}\n"
        f"pytest_add_cli_args_test_selection = {json.dumps(tests)}\n"
        f'process_isolation = "{isolation}"\n'
    )
    return text.replace("[tool.mutmut]\n", "[tool.mutmut]\n" + settings, 1)


def _prepare(module: str, tests: list[str]) -> Path:
    folder = WORK / re.sub(r"\W", "_", module.removesuffix(".py"))
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for name in LINKED:
        (folder / name).symlink_to(ROOT / name)
    (folder / "pyproject.toml").write_text(_config(module, tests), encoding="utf-8")
    return folder


def _results(folder: Path, module: str) -> dict[str, int | None]:
    meta = folder / "mutants" / (module + ".meta")
    if not meta.is_file():
        return {}
    codes: dict[str, int | None] = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
    return codes


def _explained() -> set[str]:
    if not EXPLAINED.is_file():
        return set()
    return set(re.findall(r"`([\w.]+__mutmut_\d+)`", EXPLAINED.read_text(encoding="utf-8")))


def main(selected: list[str]) -> int:
    mutmut = Path(sys.executable).with_name("mutmut")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    explained = _explained()
    rows: list[tuple[str, int, int, int, float]] = []
    failed = False
    for module, tests in MODULES.items():
        if selected and not any(word in module for word in selected):
            continue
        folder = _prepare(module, tests)
        print(f"== {module} ({' '.join(tests)})", flush=True)
        started = time.perf_counter()
        run = subprocess.run(
            [str(mutmut), "run", "--max-children", "1"],
            cwd=folder,
            env=env,
            capture_output=True,
            text=True,
        )
        seconds = time.perf_counter() - started
        codes = _results(folder, module)
        if run.returncode != 0 or not codes:
            print(run.stdout[-3000:], run.stderr[-3000:], sep="\n")
            print(f"mutmut failed on {module}")
            failed = True
            continue
        survivors = sorted(name for name, code in codes.items() if code == 0)
        others = sorted(name for name, code in codes.items() if code not in KILLED and code != 0)
        killed = len(codes) - len(survivors) - len(others)
        share = len(survivors) / len(codes)
        rows.append((module, len(codes), killed, len(survivors), seconds))
        for name in others:
            print(f"  not run ({codes[name]}): {name}")
        for name in survivors:
            mark = "equivalent (MUTANTS.md)" if name in explained else "SURVIVED"
            print(f"  {mark}: {name}")
            if name not in explained:
                failed = True
                diff = subprocess.run(
                    [str(mutmut), "show", name], cwd=folder, capture_output=True, text=True
                )
                print("    " + diff.stdout.strip().replace("\n", "\n    "))
        failed |= share > LIMIT or bool(others)
        print(f"  {killed}/{len(codes)} killed, {share:.1%} survived, {seconds:.0f} s", flush=True)
    print()
    print(f"{'module':34} {'mutants':>7} {'killed':>7} {'survived':>8} {'share':>6} {'time':>6}")
    for module, total, killed, survived, seconds in rows:
        print(
            f"{module:34} {total:7} {killed:7} {survived:8} {survived / total:6.1%} {seconds:5.0f}s"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
