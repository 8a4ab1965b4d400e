"""``osbpress render``: a draft in, the finished release files out.

The command reads the draft and the profile to issue it under, composes
the release and hands it to ``osbpress.export``, which writes every file
atomically; it prints the path of each file written.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from osbpress.cli.output import echo
from osbpress.i18n import _

# The same tuple as ``osbpress.export.FORMATS`` (a test holds them equal):
# spelled out here so the help text does not import every renderer.
FORMATS = ("pdf", "docx", "html", "txt")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "render",
        help=_("taslaktan bülten dosyalarını üret"),
        description=_("Taslaktan bülteni oluşturur ve istenen biçimlerde yazar."),
    )
    parser.add_argument("draft", type=Path, help=_("taslak dosyası (.json)"))
    parser.add_argument("-o", "--output", type=Path, required=True, help=_("çıktı klasörü"))
    parser.add_argument(
        "--format",
        default=",".join(FORMATS),
        help=_("virgülle ayrılmış biçimler: {formats} (varsayılan: hepsi)").format(
            formats=", ".join(FORMATS)
        ),
    )
    parser.add_argument(
        "--profile",
        type=Path,
        help=_(
            "kurum profili (.json); verilmezse taslak deposundaki profil (osbpress profile set)"
        ),
    )
    parser.add_argument(
        "--wordpress",
        action="store_true",
        help=_("HTML’yi WordPress blok düzenleyicisinin biçiminde yaz"),
    )
    parser.add_argument(
        "--no-headline",
        action="store_true",
        help=_("HTML’ye başlığı koyma (site başlığı kendi alanında tutar; spot ilk paragraf olur)"),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from osbpress.cli.draftfile import issuer, load_draft
    from osbpress.compose import compose
    from osbpress.export import ExportOptions, check_formats, export

    formats = check_formats(args.format.split(","))
    draft = load_draft(args.draft)
    with issuer(args.profile, draft.media) as (profile, media):
        doc = compose(draft.release, profile, media=media)
    options = ExportOptions(wordpress=args.wordpress, headline=not args.no_headline)
    for path in export(doc, args.output, draft.path.stem, formats, options=options):
        echo(path)
    return 0
