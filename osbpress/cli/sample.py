"""``osbpress sample``: write the sample release (or profile) as a draft to start from."""

from __future__ import annotations

import argparse
from pathlib import Path

from osbpress.cli.output import echo
from osbpress.i18n import _


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "sample",
        help=_("örnek bülteni taslak dosyası olarak yaz"),
        description=_(
            "Örnek bülteni (JICA heyetinin Kahramanmaraş OSB ziyareti) ve "
            "fotoğrafını JSON taslak olarak yazar."
        ),
    )
    parser.add_argument(
        "-o", "--output", type=Path, required=True, help=_("yazılacak JSON dosyası")
    )
    parser.add_argument(
        "--profile",
        action="store_true",
        help=_("bülten yerine örnek kurum profilini (ve logosunu) yaz"),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from osbpress.cli.failures import make_folder
    from osbpress.files import write_atomic
    from osbpress.sample import (
        SAMPLE_LOGO,
        SAMPLE_PHOTO,
        sample_media,
        sample_profile,
        sample_release,
    )

    output: Path = args.output
    if output.is_dir():
        output = output / ("kurum.json" if args.profile else "ornek-bulten.json")
    if args.profile:
        model_json = sample_profile().model_dump_json(indent=2)
        media = SAMPLE_LOGO
    else:
        model_json = sample_release().model_dump_json(indent=2)
        media = SAMPLE_PHOTO
    make_folder(output.parent)
    write_atomic(output.parent / media, sample_media(media))
    write_atomic(output, model_json.encode("utf-8"))
    echo(_("Örnek yazıldı: {path}").format(path=output))
    return 0
