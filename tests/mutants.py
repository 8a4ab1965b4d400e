"""`make mutants`: mutation testing of the modules that must never break, one at a time.

For each module below, mutmut (configured under ``[tool.mutmut]`` in
pyproject.toml) changes the code one small way at a time and runs that
module's own tests against each change; a change no test notices is a
survivor. Each module runs in a work folder of its own under
``build/mutants/`` (made afresh), whose pyproject.toml is this project's with
``only_mutate`` and the test selection set to that module, so no run pays
for the whole suite. At the end a table gives each module's mutants, killed,
survivors, their share and how many are unexplained; every survivor that
is neither listed as equivalent in tests/MUTANTS.md nor a change of letter
case in an SQL statement (SQLite reads those in any case) is printed with
its diff. Exits 1 when a module has more than 5 % survivors or an
unexplained one.

``python tests/mutants.py quotes markup`` runs only the modules whose path
holds one of the words; ``--report`` prints the last run's verdicts again.
A change of letter case in an SQL statement is not counted at all (SQLite
reads keywords and names in any case). Slow (minutes per module): not part of ``make test``.
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
        "tests/osbpress/test_markup_edges.py",
    ],
    "osbpress/render/html.py": [
        "tests/osbpress/render/test_html.py",
        "tests/osbpress/render/test_html_blocks.py",
        "tests/osbpress/render/test_html_escaping.py",
        "tests/osbpress/render/test_html_layers.py",
        "tests/osbpress/render/test_links.py",
    ],
    "osbpress/render/common.py": [
        "tests/osbpress/render/test_common.py",
        "tests/osbpress/render/test_html.py",
        "tests/osbpress/render/test_html_blocks.py",
        "tests/osbpress/render/test_links.py",
        "tests/osbpress/render/test_text.py",
    ],
    "osbpress/store/drafts.py": [
        "tests/osbpress/store/test_drafts.py",
        "tests/osbpress/store/test_conflicts.py",
        "tests/osbpress/store/test_listing.py",
        "tests/osbpress/store/test_search.py",
        "tests/osbpress/store/test_messages.py",
        "tests/osbpress/store/test_integrity.py",
        "tests/osbpress/store/test_revision_rows.py",
        "tests/osbpress/store/test_photo_users.py",
        "tests/osbpress/store/test_draft_rows.py",
        "tests/osbpress/test_bundle.py",
    ],
    "osbpress/store/revisions.py": [
        "tests/osbpress/store/test_drafts.py",
        "tests/osbpress/store/test_conflicts.py",
        "tests/osbpress/store/test_integrity.py",
        "tests/osbpress/store/test_messages.py",
        "tests/osbpress/store/test_revision_rows.py",
    ],
    "osbpress/store/recovery.py": [
        "tests/osbpress/store/test_recovery.py",
        "tests/osbpress/store/test_recovery_exact.py",
        "tests/osbpress/store/test_integrity.py",
    ],
    "ui/editor/session.py": [
        "tests/ui/editor/test_session.py",
        "tests/ui/editor/test_session_commands.py",
    ],
    "osbpress/bundle.py": [
        "tests/osbpress/test_bundle.py",
        "tests/osbpress/test_bundle_messages.py",
        "tests/osbpress/test_bundle_entries.py",
        "tests/osbpress/test_media_formats.py",
    ],
    "osbpress/compose/quotes.py": ["tests/osbpress/test_quotes.py"],
    "osbpress/compose/protocol.py": ["tests/osbpress/test_facts_protocol.py"],
}
FRESH_PROCESS = {"ui/editor/session.py", "osbpress/turkish/casing.py"}
# Linked into each work folder; mutmut copies them into its mutants/ copy.
LINKED = ("osbpress", "ui", "tests", "resources", "templates")
# mutmut's exit codes (mutmut.stats.status_by_exit_code) that count as killed.
KILLED = {1, 3, 36, 37, -24, 24, 152, 255, -11, -9}


def _config(module: str, tests: list[str]) -> str:
    """This project's pyproject.toml with mutmut aimed at ``module`` and ``tests``."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    # mutmut's "fork" runs the clean tests in its own process and forks each mutant
    # from it: fast, but whatever those tests left in a module's caches is seen by
    # every mutant. Qt code and casing's translation table (a dict filled on
    # first use) get a fork server that has run no test instead.
    isolation = "forkserver" if module in FRESH_PROCESS else "fork"
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


_LITERAL = re.compile(r"'[^']*'")
_SQL_WORD = re.compile(
    r"\b(SELECT|FROM|WHERE|JOIN|INSERT|UPDATE|DELETE|SET|VALUES|ORDER BY|PRAGMA|VACUUM|REINDEX)\b"
)


def _sql_case_only(diff: str) -> bool:
    """A mutant that only changed the letter case of an SQL statement: equivalent.

    SQLite reads keywords and names in any case; a change of case inside a
    quoted literal (whose case matters) never counts as one.
    """
    removed = [line[1:] for line in diff.splitlines() if line.startswith("- ")]
    added = [line[1:] for line in diff.splitlines() if line.startswith("+ ")]
    if len(removed) != 1 or len(added) != 1 or removed == added:
        return False
    before, after = removed[0], added[0]
    return (
        before.lower() == after.lower()
        and _LITERAL.findall(before) == _LITERAL.findall(after)
        and bool(_SQL_WORD.search(before))
    )


def _explained() -> set[str]:
    if not EXPLAINED.is_file():
        return set()
    return set(re.findall(r"`([\w.]+__mutmut_\d+)`", EXPLAINED.read_text(encoding="utf-8")))


def _verdicts(
    folder: Path, module: str, explained: set[str]
) -> tuple[int, int, list[str], list[str], list[str], list[str]]:
    """Mutants, killed, then the names: not run, SQL-case, explained, unexplained survivors."""
    mutmut = Path(sys.executable).with_name("mutmut")
    codes = _results(folder, module)
    others = sorted(name for name, code in codes.items() if code not in KILLED and code != 0)
    sql_case: list[str] = []
    listed: list[str] = []
    unexplained: list[str] = []
    for name in sorted(name for name, code in codes.items() if code == 0):
        diff = subprocess.run(
            [str(mutmut), "show", name], cwd=folder, capture_output=True, text=True
        ).stdout
        if name in explained:
            listed.append(name)
            print(f"  equivalent (MUTANTS.md): {name}")
        elif _sql_case_only(diff):
            sql_case.append(name)
        else:
            unexplained.append(name)
            print(f"  SURVIVED: {name}")
            print("    " + diff.strip().replace("\n", "\n    "))
    for name in others:
        print(f"  not run ({codes[name]}): {name}")
    killed = sum(code in KILLED for code in codes.values())
    return len(codes), killed, others, sql_case, listed, unexplained


def main(selected: list[str], *, report_only: bool = False) -> int:
    """Run (or with ``report_only`` re-read) each selected module; 1 if any misses the bar."""
    mutmut = Path(sys.executable).with_name("mutmut")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    explained = _explained()
    rows: list[tuple[str, int, int, int, int, int, float]] = []
    failed = False
    for module, tests in MODULES.items():
        if selected and not any(word in module for word in selected):
            continue
        folder = WORK / re.sub(r"\W", "_", module.removesuffix(".py"))
        print(f"== {module} ({' '.join(tests)})", flush=True)
        started = time.perf_counter()
        if not report_only:
            folder = _prepare(module, tests)
            run = subprocess.run(
                [str(mutmut), "run", "--max-children", "1"],
                cwd=folder,
                env=env,
                capture_output=True,
                text=True,
            )
            if run.returncode != 0:
                print(run.stdout[-3000:], run.stderr[-3000:], sep="\n")
        seconds = time.perf_counter() - started
        if not _results(folder, module):
            print(f"mutmut failed on {module}")
            failed = True
            continue
        total, killed, others, sql_case, listed, unexplained = _verdicts(folder, module, explained)
        # A change of letter case in SQL is no change at all: not counted either way.
        counted = total - len(sql_case)
        survived = len(listed) + len(unexplained)
        share = survived / counted
        failed |= share > LIMIT or bool(unexplained) or bool(others)
        rows.append((module, counted, len(sql_case), killed, survived, len(unexplained), seconds))
        print(f"  {killed}/{counted} killed, {share:.1%} survived, {seconds:.0f} s", flush=True)
    print()
    print(
        f"{'module':30} {'mutants':>7} {'killed':>6} {'survived':>8} {'share':>6} "
        f"{'unexplained':>11} {'SQL case (not counted)':>22}"
    )
    for module, counted, sql, killed, survived, unexplained, seconds in rows:
        print(
            f"{module:30} {counted:7} {killed:6} {survived:8} {survived / counted:6.1%} "
            f"{unexplained:11} {sql:22}  ({seconds:.0f} s)"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    words = [word for word in sys.argv[1:] if word != "--report"]
    sys.exit(main(words, report_only="--report" in sys.argv[1:]))
