"""``osbpress profile``: the organisation profile kept in the draft store.

``set`` reads a profile JSON (its logo path relative to the file), stores
the logo by content hash and the profile in the store; ``show`` prints it.
``osbpress render`` uses this profile when no ``--profile`` file is given.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from osbpress.cli.drafts import open_store
from osbpress.cli.output import echo
from osbpress.i18n import _


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "profile",
        help=_("taslak deposundaki kurum profilini göster ya da değiştir"),
        description=_(
            "Bültenleri yayımlayan kurumun profili (ad, logo, iletişim, "
            "“Hakkında” metni, yazım tercihleri) taslak deposunda tutulur."
        ),
    )
    actions = parser.add_subparsers(dest="action", metavar=_("İŞLEM"), required=True)
    show = actions.add_parser("show", help=_("kayıtlı profili JSON olarak yaz"))
    show.set_defaults(func=_show)
    update = actions.add_parser("set", help=_("profili bir JSON dosyasından kaydet"))
    update.add_argument("file", type=Path, help=_("kurum profili (.json)"))
    update.set_defaults(func=_set)


def _show(args: argparse.Namespace) -> int:
    with open_store() as store:
        echo(store.get_profile().model_dump_json(indent=2), multiline=True)
    return 0


def _set(args: argparse.Namespace) -> int:
    from osbpress.cli.draftfile import load_profile_file
    from osbpress.media import MEDIA_REF_PREFIX, folder_media

    path: Path = args.file
    profile = load_profile_file(path)
    with open_store() as store:
        if profile.logo.strip() and not profile.logo.startswith(MEDIA_REF_PREFIX):
            logo = folder_media(path.parent)(profile.logo)
            profile = profile.model_copy(update={"logo": store.put_media(logo, name="logo")})
        store.save_profile(profile)
    echo(_("Kurum profili kaydedildi: {name}").format(name=profile.name or _("(adsız)")))
    return 0
