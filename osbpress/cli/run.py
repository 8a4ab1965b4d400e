"""Render the sample release to ./out/ornek: what ``make run`` does where no display exists."""

from __future__ import annotations

import sys
from pathlib import Path

from osbpress.cli import main as cli
from osbpress.cli.output import echo
from osbpress.i18n import _


def main() -> int:
    folder = Path("out/ornek")
    for argv in (
        ["sample", "-o", str(folder / "ornek-bulten.json")],
        ["sample", "--profile", "-o", str(folder / "kurum.json")],
        [
            "render",
            str(folder / "ornek-bulten.json"),
            "--profile",
            str(folder / "kurum.json"),
            "-o",
            str(folder),
        ],
    ):
        code = cli(argv)
        if code:
            return code
    echo()
    echo(_("Örnek bülten {folder} klasörüne yazıldı.").format(folder=folder.resolve()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
