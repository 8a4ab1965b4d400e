"""Run every ``bench/bench_*.py`` module's ``main()`` in turn (``make bench``).

``python -m bench store`` runs only the modules whose name contains "store";
``python -m bench cli`` only the whole-process timings (render against
LibreOffice, ``--help`` against a bare Python).
"""

from __future__ import annotations

import importlib
import sys
import time
from pathlib import Path


def main(selected: list[str]) -> int:
    names = sorted(p.stem for p in Path(__file__).parent.glob("bench_*.py"))
    names = [n for n in names if not selected or any(s in n for s in selected)]
    for name in names:
        print(f"== {name} ==", flush=True)
        started = time.perf_counter()
        importlib.import_module(f"bench.{name}").main()
        print(f"({name}: {time.perf_counter() - started:.1f} s)\n", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
